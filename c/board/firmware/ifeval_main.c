/* Engram IFEval board firmware (RV32IMC, QEMU virt, semihosting; docs/board.md "IFEval responder
 * on the board"): loads and validates the embedded responder artifact in place, then answers every
 * prompt of the embedded prompt batch from its raw UTF-8 bytes (eg_ifr_respond: detect + compose)
 * and prints, one JSON object per line on semihosting stdout:
 *   {"engram_ifeval_board": 1, "artifact_bytes": N, "load_error": E, "load_instret": N, "batch_bytes": N, "prompts": N, "batch_error": E}
 *   {"i": I, "error": E, "instret": N, "detect_instret": N, "bytes": N, "hex": "<response bytes in lowercase hex>"}   per prompt
 *     (instret: detect + compose; detect_instret: tokenize + match + plan, the rest is compose)
 *   {"memory": {"static_ram_bytes": ..., "stack_high_water_bytes": ..., "ram_region_bytes": ...,
 *               "flash_firmware_bytes": ..., "flash_artifact_bytes": ..., "flash_batch_bytes": ...,
 *               "scratch_bytes": ...}}
 *   {"end": 1}
 * Batch: u32 count, then count x (u32 length, UTF-8 bytes), little-endian (src/board/ifeval-native.ts).
 * Integer only, no heap: the responder's working memory is one static eg_ifr_scratch. */
#include <string.h>
#include "eg_ifr.h"

#define EG_FW_OUT_CAP 4096 /* fewer semihosting calls for the hex responses */
#include "fw_report.h"

static eg_ifr_scratch g_scratch; /* all of the responder's working memory */
static eg_ifr g_r;               /* the loaded artifact's views and its matcher index (static: ~33 KB) */

/* ---------------------------------------------------------------- main */

int main(void) {
    const uint32_t art_len = (uint32_t)(eg_fw_artifact_end - eg_fw_artifact);
    const uint32_t batch_len = (uint32_t)(eg_fw_batch_end - eg_fw_batch);
    eg_ifr *r = &g_r;
    uint32_t t0, t_load, i, at = 4;
    int rc;
    int32_t count;

    paint_stack();

    t0 = eg_instret();
    rc = eg_ifr_load(eg_fw_artifact, art_len, r); /* every container and section check, CRC-32s */
    t_load = eg_instret() - t0;
    count = eg_fw_batch_count(eg_fw_batch, batch_len);

    out_s("{\"engram_ifeval_board\": 1, \"target\": \"rv32imc qemu-virt semihosting\", ");
    out_load_fields(art_len, rc, t_load, batch_len, count, "prompts", "}\n");

    if (rc == EG_OK && count >= 0) {
        for (i = 0; i < (uint32_t)count; i++) {
            uint32_t n = eg_rd_u32(eg_fw_batch + at), dt, dt_detect;
            eg_str resp;
            int prc;
            resp.p = NULL;
            resp.n = 0;
            /* eg_ifr_respond's two steps, timed apart for the phase breakdown */
            t0 = eg_instret();
            prc = eg_ifr_detect(r, eg_fw_batch + at + 4u, n, &g_scratch);
            dt_detect = eg_instret() - t0;
            if (prc == EG_OK) prc = eg_ifr_compose(r, &g_scratch, &resp);
            dt = eg_instret() - t0;
            if (prc != EG_OK) resp.n = 0; /* no response: only the error code is reported */
            out_s("{");
            out_kv("i", i, ", ");
            out_kv("error", (uint32_t)prc, ", ");
            out_kv("instret", dt, ", ");
            out_kv("detect_instret", dt_detect, ", ");
            out_kv("bytes", resp.n, ", \"hex\": \"");
            out_hex(resp.p, resp.n);
            out_s("\"}\n");
            at += 4u + n;
        }
    }
    out_report_end(art_len, batch_len, (uint32_t)sizeof(eg_ifr_scratch));
    fflush(stdout);
    return (rc == EG_OK && count >= 0) ? 0 : 1;
}
