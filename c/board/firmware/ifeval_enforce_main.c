/* Engram IFEval enforcer board firmware (RV32IMC, QEMU virt, semihosting; docs/ifeval-enforce.md "On the
 * board"): loads the embedded responder artifact in place and the embedded Punkt blob (embed_punkt.S),
 * then enforces every (prompt, draft) pair of the embedded batch from their raw UTF-8 bytes
 * (eg_ifr_enforce: detect, bind, check, edit, fall back to the composer) and prints, one JSON object per
 * line on semihosting stdout:
 *   {"engram_ifeval_enforce_board": 1, "target": ..., "artifact_bytes": N, "load_error": E, "load_instret": N,
 *    "batch_bytes": N, "texts": N, "batch_error": E, "punkt_bytes": N, "punkt_error": E}
 *   {"i": I, "error": E, "instret": N, "fallback": F, "bytes": N, "hex": "<response bytes in hex>"}   per row
 *   {"memory": {..., "scratch_bytes": ...}} and {"end": 1}
 * Batch: the responder's framing over prompt, draft, prompt, draft, ... (u32 texts = 2 x rows, then per
 * text u32 length and bytes; src/board/ifeval-enforce-native.ts encodeEnforceBatch).
 * Integer only, no heap. Language checks are refused (EG_IFV_NO_LANGDETECT): langdetect is doubles.
 *
 * Memory plan (all static, sized by the board limits in c/mk/ifeval-enforce-board.mk):
 *   - the responder's scratch and the verifier's scratch overlap: the responder's detect and compose
 *     memory (eg_ifr_scratch.mem, its last member) lies over the verifier's per-call buffers (every
 *     member before eg_ifv_scratch.arg). Detect runs before the first check and compose between
 *     checks, and the enforcer checks a composed response from a copy in its own buffers, so the two
 *     are never alive at once; the verifier's bound kwargs (arg) and compiled patterns lie past the end
 *     of the responder's scratch.
 *   - the enforcer's scratch (its text buffers) is alive across checks and stands alone.
 *   - the responder is built without its matcher index (EG_IFR_IX_*: about 100 KB), so the matcher
 *     scans the artifact's tables: the same plans, more instructions. */
#include <stddef.h>
#include <string.h>
#include "eg_ifr_enforce.h"

#define EG_FW_OUT_CAP 1024
#include "fw_report.h"

extern const uint8_t eg_fw_punkt[], eg_fw_punkt_end[];

typedef union eg_enf_board_mem {
    eg_ifr_scratch s;
    struct {
        uint8_t responder_head[offsetof(eg_ifr_scratch, mem)];
        eg_ifv_scratch vs;
    } v;
} eg_enf_board_mem;

/* The overlap holds only while the responder's mem ends before the verifier's arg begins. */
typedef char eg_assert_vs_at_mem[offsetof(eg_enf_board_mem, v.vs) == offsetof(eg_ifr_scratch, mem) ? 1 : -1];
typedef char eg_assert_mem_before_arg[sizeof(eg_ifr_scratch) <= offsetof(eg_enf_board_mem, v.vs) + offsetof(eg_ifv_scratch, arg) ? 1 : -1];
/* mem is the responder scratch's last member: a member added after it would lie in the verifier's buffers. */
typedef char eg_assert_mem_last[offsetof(eg_ifr_scratch, mem) + sizeof(((eg_ifr_scratch *)0)->mem) == sizeof(eg_ifr_scratch) ? 1 : -1];

static eg_enf_board_mem g_mem;
static eg_ifr_enf_scratch g_e;
static eg_ifv_regs g_regs;
static eg_ifv_punkt g_punkt;
static eg_ifr g_r;

int main(void) {
    const uint32_t art_len = (uint32_t)(eg_fw_artifact_end - eg_fw_artifact);
    const uint32_t batch_len = (uint32_t)(eg_fw_batch_end - eg_fw_batch);
    const uint32_t punkt_len = (uint32_t)(eg_fw_punkt_end - eg_fw_punkt);
    eg_ifv_ctx ctx;
    uint32_t t0, t_load, i, at = 4;
    int rc, prc;
    int32_t count;

    paint_stack();

    t0 = eg_instret();
    rc = eg_ifr_load(eg_fw_artifact, art_len, &g_r);
    t_load = eg_instret() - t0;
    prc = eg_ifv_regs_init(&g_regs);
    if (prc == EG_OK) prc = eg_ifv_punkt_from_blob(&g_punkt, eg_fw_punkt, punkt_len);
    count = eg_fw_batch_count(eg_fw_batch, batch_len);
    if (count >= 0 && (count & 1)) count = -1; /* prompt, draft pairs */
    ctx.regs = &g_regs;
    ctx.punkt = &g_punkt;
    ctx.langdetect = NULL;

    out_s("{\"engram_ifeval_enforce_board\": 1, \"target\": \"rv32imc qemu-virt semihosting\", ");
    out_load_fields(art_len, rc, t_load, batch_len, count, "texts", ", ");
    out_kv("punkt_bytes", punkt_len, ", ");
    out_kv("punkt_error", (uint32_t)prc, "}\n");

    if (rc == EG_OK && prc == EG_OK && count >= 0) {
        for (i = 0; i < (uint32_t)count / 2u; i++) {
            const uint8_t *pp = eg_fw_batch + at + 4u, *dp;
            uint32_t pn = eg_rd_u32(eg_fw_batch + at), dn, dt;
            eg_str out;
            int erc, fallback = 0;
            at += 4u + pn;
            dn = eg_rd_u32(eg_fw_batch + at);
            dp = eg_fw_batch + at + 4u;
            at += 4u + dn;
            out.p = NULL;
            out.n = 0;
            t0 = eg_instret();
            erc = eg_ifr_enforce(&g_r, &ctx, pp, pn, dp, dn, &g_mem.s, &g_e, &g_mem.v.vs, &out, &fallback);
            dt = eg_instret() - t0;
            if (erc != EG_OK) out.n = 0, fallback = 0; /* only the error code is reported */
            out_s("{");
            out_kv("i", i, ", ");
            out_kv("error", (uint32_t)erc, ", ");
            out_kv("instret", dt, ", ");
            out_kv("fallback", (uint32_t)fallback, ", ");
            out_kv("bytes", out.n, ", \"hex\": \"");
            out_hex(out.p, out.n);
            out_s("\"}\n");
        }
    }
    out_report_end(art_len, batch_len, (uint32_t)(sizeof g_mem + sizeof g_e + sizeof g_regs));
    fflush(stdout);
    return (rc == EG_OK && prc == EG_OK && count >= 0) ? 0 : 1;
}
