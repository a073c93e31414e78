/* Engram board firmware (RV32IMC, QEMU virt, semihosting): loads and validates the embedded
 * artifact in place, scores every item of the embedded compiled probe batch from raw text, and
 * prints one JSON board report on semihosting stdout (format: docs/board.md). Integer only. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "eg_reader.h"
#include "eg_batch.h"
#include "eg_crc32.h"
#include "eg_hash.h"
#include "eg_runtime.h"
#include "eg_sha256.h"

#include "fw_report.h"

static eg_scratch g_scratch; /* the runtime's working memory: static RAM, no heap */

/* ---------------------------------------------------------------- main */

int main(void) {
    const uint32_t art_len = (uint32_t)(eg_fw_artifact_end - eg_fw_artifact);
    const uint32_t batch_len = (uint32_t)(eg_fw_batch_end - eg_fw_batch);
    eg_artifact art;
    eg_batch batch;
    eg_batch_iter it;
    eg_item item;
    uint8_t digest[32];
    uint32_t t0, t_load, t_crc, t_sha, t_batch, crc, fold = EG_FNV_OFFSET, first = 1;
    int rc, brc, answer, pred;
    int32_t scores[EG_MAX_OPTIONS];

    paint_stack();

    t0 = eg_instret();
    rc = eg_artifact_load(eg_fw_artifact, art_len, &art); /* validation incl. every CRC-32 */
    t_load = eg_instret() - t0;
    t0 = eg_instret();
    crc = eg_crc32(eg_fw_artifact, art_len);
    t_crc = eg_instret() - t0;
    t0 = eg_instret();
    eg_sha256(eg_fw_artifact, art_len, digest);
    t_sha = eg_instret() - t0;
    t0 = eg_instret();
    brc = eg_batch_open(eg_fw_batch, batch_len, &batch);
    t_batch = eg_instret() - t0;

    out_s("{\n\"engram_board_report\": 1,\n\"target\": \"rv32imc qemu-virt semihosting\",\n");
    out_s("\"artifact\": {");
    out_kv("bytes", art_len, ", ");
    out_s("\"crc32\": \"");
    out_hex32(crc);
    out_s("\", \"sha256\": \"");
    out_hex(digest, 32);
    out_s("\", ");
    out_kv("load_error", (uint32_t)rc, ", ");
    out_kv("load_instret", t_load, ", ");
    out_kv("crc32_instret", t_crc, ", ");
    out_kv("sha256_instret", t_sha, "},\n");
    out_s("\"batch\": {");
    out_kv("bytes", batch_len, ", ");
    out_kv("open_error", (uint32_t)brc, ", ");
    out_kv("items", batch.item_count, ", ");
    out_kv("open_instret", t_batch, "},\n");
    out_s("\"items\": [\n");
    if (rc == EG_OK && brc == EG_OK) {
        eg_batch_iter_init(&it, &batch);
        while (eg_batch_next(&it, &item, &answer)) {
            uint32_t i, dt;
            int src;
            t0 = eg_instret();
            src = eg_score(&art, &item, &g_scratch, scores, &pred);
            dt = eg_instret() - t0;
            out_s(first ? "" : ",\n");
            first = 0;
            out_s("{");
            out_kv("i", it.index - 1u, ", \"scores\": [");
            for (i = 0; i < item.option_count; i++) {
                out_i(scores[i]);
                out_s(i + 1u < item.option_count ? ", " : "]");
                fold = eg_hash_fnv1a_u32(fold, (uint32_t)scores[i]); /* FNV-1a over LE score bytes */
            }
            out_s(", \"prediction\": ");
            out_i(pred);
            out_s(", \"answer\": ");
            out_i(answer);
            out_s(", \"error\": ");
            out_i(src);
            out_s(", ");
            out_kv("instret", dt, "}");
        }
    }
    out_s("\n],\n\"fold\": \"");
    out_hex32(fold);
    out_s("\",\n\"memory\": {");
    out_memory_fields(art_len, batch_len, (uint32_t)sizeof(eg_scratch), "}\n}\n");
    out_flush();
    fflush(stdout);
    return (rc == EG_OK && brc == EG_OK) ? 0 : 1;
}
