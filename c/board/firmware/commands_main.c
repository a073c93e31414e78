/* Engram commands board firmware (RV32IMC, QEMU virt, semihosting; docs/board.md "Commands on the
 * board"): loads and validates the embedded commands artifact in place, then parses every query of
 * the embedded query batch from its raw bytes (eg_cmd_parse) and prints, one JSON object per line
 * on semihosting stdout:
 *   {"engram_commands_board": 1, "target": ..., "artifact_bytes": N, "load_error": E, "load_instret": N,
 *    "batch_bytes": N, "queries": N, "batch_error": E, "limits": {...}}
 *   {"i": I, "error": E, "instret": N, "bytes": N, "hex": "<frame JSON bytes in lowercase hex>"}   per query
 *   {"memory": {"static_ram_bytes": ..., "stack_high_water_bytes": ..., "ram_region_bytes": ...,
 *               "flash_firmware_bytes": ..., "flash_artifact_bytes": ..., "flash_batch_bytes": ...,
 *               "scratch_bytes": ...}}
 *   {"end": 1}
 * Batch: u32 count, then count x (u32 length, bytes), little-endian (the IFEval prompt batch format,
 * src/board/ifeval-native.ts encodePromptBatch). Integer only, no heap: the parser's working memory is
 * one static eg_cmd_scratch built with the board limits of c/mk/commands-board.mk. */
#include "eg_cmd.h"

#define EG_FW_OUT_CAP 2048 /* fewer semihosting calls for the hex frames */
#include "fw_report.h"

/* The frame JSON of one query; a larger frame is EG_CMD_TOO_LARGE (never a cut one). */
#ifndef EG_CMD_FW_FRAME_CAP
#define EG_CMD_FW_FRAME_CAP 4096
#endif

static eg_cmd_scratch g_scratch; /* all of the parser's working memory */
static char g_frame[EG_CMD_FW_FRAME_CAP];

int main(void) {
    const uint32_t art_len = (uint32_t)(eg_fw_artifact_end - eg_fw_artifact);
    const uint32_t batch_len = (uint32_t)(eg_fw_batch_end - eg_fw_batch);
    eg_cmd m;
    uint32_t t0, t_load, i, at = 4;
    int rc;
    int32_t count;

    paint_stack();

    t0 = eg_instret();
    rc = eg_cmd_load(eg_fw_artifact, art_len, &m); /* every container and section check, CRC-32s */
    t_load = eg_instret() - t0;
    count = eg_fw_batch_count(eg_fw_batch, batch_len);

    out_s("{\"engram_commands_board\": 1, \"target\": \"rv32imc qemu-virt semihosting\", ");
    out_load_fields(art_len, rc, t_load, batch_len, count, "queries", ", \"limits\": {");
    out_kv("max_tokens", EG_CMD_MAX_TOKENS, ", ");
    out_kv("max_intent_slots", EG_CMD_MAX_INTENT_SLOTS, ", ");
    out_kv("gram_cps", EG_CMD_GRAM_CPS, ", ");
    out_kv("norm_scratch", EG_CMD_NORM_SCRATCH, ", ");
    out_kv("frame_cap", EG_CMD_FW_FRAME_CAP, "}}\n");

    if (rc == EG_OK && count >= 0) {
        for (i = 0; i < (uint32_t)count; i++) {
            uint32_t n = eg_rd_u32(eg_fw_batch + at), dt;
            size_t len = 0;
            int prc;
            t0 = eg_instret();
            prc = eg_cmd_parse(&m, eg_fw_batch + at + 4u, n, &g_scratch, g_frame, sizeof(g_frame), &len, NULL);
            dt = eg_instret() - t0;
            if (prc != EG_OK) len = 0; /* no frame: only the error code is reported */
            out_s("{");
            out_kv("i", i, ", ");
            out_kv("error", (uint32_t)prc, ", ");
            out_kv("instret", dt, ", ");
            out_kv("bytes", (uint32_t)len, ", \"hex\": \"");
            out_hex((const uint8_t *)g_frame, (uint32_t)len);
            out_s("\"}\n");
            at += 4u + n;
        }
    }
    out_report_end(art_len, batch_len, (uint32_t)sizeof(eg_cmd_scratch));
    fflush(stdout);
    return (rc == EG_OK && count >= 0) ? 0 : 1;
}
