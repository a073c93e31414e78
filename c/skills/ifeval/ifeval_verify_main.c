/* The C IFEval verifier on the RV32IMC board (QEMU virt, semihosting; docs/ifeval.md "The verifier in
 * C"): every row of the embedded batch (eg_ifv_batch.h) judged by the same C as the host driver, with the
 * Punkt tables embedded as the read-only blob `engram-ifeval-verify --write-punkt` writes (in the
 * artifact slot of embed.S). Prints, one JSON object per line on semihosting stdout:
 *   {"engram_ifeval_verify_board": 1, "target": ..., "punkt_bytes": N, "punkt_error": E, "batch_bytes": N, "rows": N, "batch_error": E}
 *   {"i": I, "error": E, "instret": N, "bytes": N, "hex": "<strict bits, space, loose bits as ASCII, in hex>"}   per row
 *   {"memory": {...}} and {"end": 1}
 * Integer only, no heap; language checks are refused (EG_IFV_NO_LANGDETECT): langdetect is doubles. */
#include "eg_ifv_batch.h"

#define EG_FW_OUT_CAP 1024
#include "fw_report.h"

static eg_ifv_regs g_regs;
static eg_ifv_scratch g_scr;
static eg_ifv_batch_row g_row;
static eg_ifv_punkt g_punkt;

int main(void) {
    const uint32_t art_len = (uint32_t)(eg_fw_artifact_end - eg_fw_artifact);
    const uint32_t batch_len = (uint32_t)(eg_fw_batch_end - eg_fw_batch);
    eg_ifv_batch b;
    eg_ifv_ctx ctx;
    int prc, brc, rc;
    uint32_t row = 0;

    paint_stack();
    prc = eg_ifv_regs_init(&g_regs);
    if (prc == EG_OK) prc = eg_ifv_punkt_from_blob(&g_punkt, eg_fw_artifact, art_len);
    brc = eg_ifv_batch_open(&b, eg_fw_batch, batch_len);
    ctx.regs = &g_regs;
    ctx.punkt = &g_punkt;
    ctx.langdetect = NULL;

    out_s("{\"engram_ifeval_verify_board\": 1, \"target\": \"rv32imc qemu-virt semihosting\", ");
    out_kv("punkt_bytes", art_len, ", ");
    out_kv("punkt_error", (uint32_t)prc, ", ");
    out_kv("batch_bytes", batch_len, ", ");
    out_kv("rows", brc == EG_OK ? b.rows : 0u, ", ");
    out_kv("batch_error", (uint32_t)brc, "}\n");

    while (prc == EG_OK && brc == EG_OK && (rc = eg_ifv_batch_next(&b, &g_row)) == 1) {
        uint8_t strict[EG_IFV_MAX_INSTR], loose[EG_IFV_MAX_INSTR], line[2 * EG_IFV_MAX_INSTR + 1];
        uint32_t i, n = 0, t0 = eg_instret(), dt;
        rc = g_row.too_many ? EG_IFV_TOO_LARGE : eg_ifv_judge(&ctx, g_row.ins, g_row.n, g_row.response.p, g_row.response.n, strict, loose, &g_scr);
        dt = eg_instret() - t0;
        if (rc == EG_OK) {
            for (i = 0; i < g_row.n; i++) line[n++] = (uint8_t)('0' + strict[i]);
            line[n++] = ' ';
            for (i = 0; i < g_row.n; i++) line[n++] = (uint8_t)('0' + loose[i]);
        }
        out_item_line(row++, rc, dt, line, n);
    }
    out_report_end(art_len, batch_len, (uint32_t)(sizeof g_scr + sizeof g_regs + sizeof g_row));
    fflush(stdout);
    return prc == EG_OK && brc == EG_OK ? 0 : 1;
}
