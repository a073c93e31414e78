/* engram-ifeval-enforce: the C enforcer on the host (docs/ifeval-enforce.md "Enforce in C").
 *   engram-ifeval-enforce --punkt DIR [--langdetect-profiles DIR] ARTIFACT BATCH
 * BATCH: u32 2 x rows, then per row (u32 length, prompt bytes) and (u32 length, draft bytes), little-endian
 * (the responder's batch framing, src/board/ifeval-native.ts encodePromptBatch).
 * Output on stdout, per row: u32 header, then when the header's top bit is clear, one byte (the
 * fallback: 0 none, 1 language, 2 unsatisfied) and header bytes of the response; a row the port
 * refuses is the header 0x80000000 | error code (eg_errors.h: IFR_TOO_LARGE, IFR_ENFORCE_NOT_PORTED,
 * IFV_*). Exit 1 with a message on stderr when the inputs cannot be read. */
#include <stdio.h>
#include <string.h>
#include "eg_host_file.h"
#include "eg_ifr_enforce.h"
#include "eg_ifv_data.h"

#define ART_CAP (4u << 20)
#define BATCH_CAP (64u << 20)

static uint8_t g_art[ART_CAP];
static uint8_t g_batch[BATCH_CAP];
static eg_ifr_scratch g_s;
static eg_ifr_enf_scratch g_e;
static eg_ifv_scratch g_vs;
static eg_ifv_punkt_store g_punkt_store;
static eg_ifv_punkt g_punkt;
static eg_ifv_regs g_regs;
static eg_ifv_langdetect g_ld;

static int field(uint32_t blen, uint32_t *at, const uint8_t **p, uint32_t *n) {
    if (blen - *at < 4u || (*n = eg_rd_u32(g_batch + *at)) > blen - *at - 4u) return 0;
    *p = g_batch + *at + 4u;
    *at += 4u + *n;
    return 1;
}

int main(int argc, char **argv) {
    const char *punkt = NULL, *profiles = NULL, *art = NULL, *batch = NULL;
    char err[512];
    eg_ifr r;
    eg_ifv_ctx ctx;
    long alen, blen;
    uint32_t count, i, at;
    int a, rc;
    for (a = 1; a < argc; a++) {
        if (strcmp(argv[a], "--punkt") == 0 && a + 1 < argc) punkt = argv[++a];
        else if (strcmp(argv[a], "--langdetect-profiles") == 0 && a + 1 < argc) profiles = argv[++a];
        else if (!art) art = argv[a];
        else if (!batch) batch = argv[a];
        else art = NULL;
    }
    if (!punkt || !art || !batch) {
        fprintf(stderr, "usage: engram-ifeval-enforce --punkt DIR [--langdetect-profiles DIR] ARTIFACT BATCH\n");
        return 2;
    }
    alen = eg_host_read_file(art, g_art, ART_CAP);
    blen = eg_host_read_file(batch, g_batch, BATCH_CAP);
    if (alen < 0 || blen < 4) {
        fprintf(stderr, "engram-ifeval-enforce: cannot read the artifact or the batch\n");
        return 1;
    }
    if ((rc = eg_ifr_load(g_art, (size_t)alen, &r)) != EG_OK) {
        fprintf(stderr, "engram-ifeval-enforce: artifact does not load: %s\n", eg_err_name(rc));
        return 1;
    }
    if ((rc = eg_ifv_regs_init(&g_regs)) != EG_OK || (rc = eg_ifv_load_punkt(&g_punkt_store, &g_punkt, punkt, err, sizeof err)) != EG_OK) {
        fprintf(stderr, "engram-ifeval-enforce: Punkt: %s\n", eg_err_name(rc));
        return 1;
    }
    if (profiles && (rc = eg_ifv_load_langdetect(&g_ld, &g_regs, profiles, err, sizeof err)) != EG_OK) {
        fprintf(stderr, "engram-ifeval-enforce: %s (%s)\n", err, eg_err_name(rc));
        return 1;
    }
    ctx.regs = &g_regs;
    ctx.punkt = &g_punkt;
    ctx.langdetect = profiles ? &g_ld : NULL;
    count = eg_rd_u32(g_batch) / 2u;
    at = 4;
    for (i = 0; i < count; i++) {
        const uint8_t *pp, *dp;
        uint32_t pn, dn;
        uint8_t h[4], fb;
        eg_str out;
        int fallback = 0;
        if (!field((uint32_t)blen, &at, &pp, &pn) || !field((uint32_t)blen, &at, &dp, &dn)) {
            fprintf(stderr, "engram-ifeval-enforce: batch truncated at row %u\n", (unsigned)i);
            return 1;
        }
        rc = eg_ifr_enforce(&r, &ctx, pp, pn, dp, dn, &g_s, &g_e, &g_vs, &out, &fallback);
        if (rc != EG_OK) {
            eg_wr_u32(h, 0x80000000u | (uint32_t)rc);
            fwrite(h, 1, 4, stdout);
            continue;
        }
        eg_wr_u32(h, out.n);
        fb = (uint8_t)fallback;
        fwrite(h, 1, 4, stdout);
        fwrite(&fb, 1, 1, stdout);
        fwrite(out.p, 1, out.n, stdout);
    }
    return fflush(stdout) == 0 ? 0 : 1;
}
