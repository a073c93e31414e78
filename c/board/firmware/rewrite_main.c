/* Engram unit-rewrite board firmware (RV32IMC, QEMU virt, semihosting; docs/rewrite.md "On the board"):
 * rewrites every line of the embedded batch from its raw bytes (eg_cmd_rewrite, the same C as the host
 * driver) and prints, one JSON object per line on semihosting stdout:
 *   {"engram_rewrite_board": 1, "target": ..., "batch_bytes": N, "lines": N, "batch_error": E, "max_line_bytes": N}
 *   {"i": I, "error": E, "instret": N, "bytes": N, "hex": "<rewritten line in lowercase hex>"}   per line
 *   {"memory": {"static_ram_bytes": ..., "stack_high_water_bytes": ..., "ram_region_bytes": ...,
 *               "flash_firmware_bytes": ..., "flash_artifact_bytes": 0, "flash_batch_bytes": ...,
 *               "scratch_bytes": ...}}
 *   {"end": 1}
 * Batch: u32 count, then count x (u32 length, bytes), little-endian (src/board/ifeval-native.ts
 * encodePromptBatch); a line's first two bytes are its options (direction: 0 to-metric, 1 to-imperial;
 * decimals 0..6), the rest its text (src/skills/commands/rewrite/board.ts). The rewrite needs no artifact.
 * Integer only, no heap: one static scratch for lines up to EG_RW_FW_MAX_LINE bytes (a longer line is
 * EG_CMD_TOO_LARGE, never a cut answer) and one output buffer. */
#include "eg_cmd_rewrite.h"
#include "eg_errors.h"

#define EG_FW_OUT_CAP 2048 /* fewer semihosting calls for the hex lines */
#include "fw_report.h"

#ifndef EG_RW_FW_MAX_LINE
#define EG_RW_FW_MAX_LINE 512u /* the console's line */
#endif
/* A rewrite grows a line at most 7-fold ("1F" -> "-17.222222 °C"); more is EG_CMD_TOO_LARGE. */
#define EG_RW_FW_OUT (8u * EG_RW_FW_MAX_LINE + 64u)

static uint8_t g_scratch[EG_CMD_REWRITE_SCRATCH(EG_RW_FW_MAX_LINE)];
static uint8_t g_rewritten[EG_RW_FW_OUT];

int main(void) {
    const uint32_t art_len = (uint32_t)(eg_fw_artifact_end - eg_fw_artifact);
    const uint32_t batch_len = (uint32_t)(eg_fw_batch_end - eg_fw_batch);
    uint32_t i, at = 4;
    int32_t count;

    paint_stack();
    count = eg_fw_batch_count(eg_fw_batch, batch_len);

    out_s("{\"engram_rewrite_board\": 1, \"target\": \"rv32imc qemu-virt semihosting\", ");
    out_kv("batch_bytes", batch_len, ", ");
    out_kv("lines", count < 0 ? 0u : (uint32_t)count, ", ");
    out_kv("batch_error", count < 0 ? 1u : 0u, ", ");
    out_kv("max_line_bytes", EG_RW_FW_MAX_LINE, "}\n");

    for (i = 0; count >= 0 && i < (uint32_t)count; i++) {
        const uint8_t *item = eg_fw_batch + at + 4u;
        uint32_t n = eg_rd_u32(eg_fw_batch + at), t0, dt = 0;
        size_t out_len = 0;
        int rc = EG_CMD_REWRITE_OPTION;
        if (n >= 2u) {
            eg_cmd_rw_opts o;
            o.direction = item[0];
            o.decimals = item[1];
            t0 = eg_instret();
            rc = eg_cmd_rewrite(item + 2, n - 2u, &o, g_rewritten, sizeof g_rewritten, &out_len, NULL, 0, NULL, g_scratch, sizeof g_scratch);
            dt = eg_instret() - t0;
        }
        if (rc != EG_OK) out_len = 0; /* no text: only the error code is reported */
        out_item_line(i, rc, dt, g_rewritten, (uint32_t)out_len);
        at += 4u + n;
    }
    out_report_end(art_len, batch_len, (uint32_t)(sizeof g_scratch + sizeof g_rewritten));
    fflush(stdout);
    return count >= 0 ? 0 : 1;
}
