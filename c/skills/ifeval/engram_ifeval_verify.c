/* engram-ifeval-verify: the C IFEval verifier on the host. Reads a batch file (format in
 * src/board/ifeval-verify-native.ts: per row the instructions with kwargs, the prompt and the
 * response) and prints one line per row: "<row> <strict bits> <loose bits>", or "<row> E<code>" when
 * the verifier refuses the row (eg_errors.h). With --detect it prints each response's detected
 * language instead ("<row> <code>", "-" where Python raises "No features in text").
 *   engram-ifeval-verify --punkt DIR [--langdetect-profiles DIR] [--detect] BATCH
 *   engram-ifeval-verify --punkt DIR --write-punkt BLOB      the Punkt tables as the board embeds them
 *   engram-ifeval-verify --punkt-blob BLOB ...               read that blob instead of DIR */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "eg_ifv_batch.h"
#include "eg_ifv_data.h"

static eg_ifv_punkt_store g_punkt_store;
static eg_ifv_punkt g_punkt;
static eg_ifv_regs g_regs;
static eg_ifv_langdetect g_ld;
static eg_ifv_scratch g_scr;
static eg_ifv_batch_row g_row;

int main(int argc, char **argv) {
    const char *punkt = NULL, *profiles = NULL, *batch = NULL, *write_blob = NULL, *punkt_blob = NULL;
    char err[512];
    int a, rc, detect = 0;
    size_t len;
    uint8_t *buf;
    eg_ifv_batch r;
    uint32_t row;
    eg_ifv_ctx ctx;
    for (a = 1; a < argc; a++) {
        if (strcmp(argv[a], "--punkt") == 0 && a + 1 < argc) {
            punkt = argv[++a];
        } else if (strcmp(argv[a], "--langdetect-profiles") == 0 && a + 1 < argc) {
            profiles = argv[++a];
        } else if (strcmp(argv[a], "--write-punkt") == 0 && a + 1 < argc) {
            write_blob = argv[++a];
        } else if (strcmp(argv[a], "--punkt-blob") == 0 && a + 1 < argc) {
            punkt_blob = argv[++a];
        } else if (strcmp(argv[a], "--detect") == 0) {
            detect = 1;
        } else if (!batch) {
            batch = argv[a];
        } else {
            batch = NULL;
            break;
        }
    }
    if (!(punkt || punkt_blob) || !(batch || (write_blob && punkt))) {
        fprintf(stderr, "usage: engram-ifeval-verify (--punkt DIR | --punkt-blob BLOB) [--langdetect-profiles DIR] [--detect] BATCH\n"
                        "       engram-ifeval-verify --punkt DIR --write-punkt BLOB\n");
        return 2;
    }
    if ((rc = eg_ifv_regs_init(&g_regs)) != EG_OK) {
        fprintf(stderr, "engram-ifeval-verify: internal pattern failed to compile (%s)\n", eg_err_name(rc));
        return 1;
    }
    if (punkt_blob) {
        size_t blen;
        uint8_t *blob = eg_ifv_read_file(punkt_blob, &blen); /* malloc: aligned for the words */
        if (!blob || blen > UINT32_MAX || (rc = eg_ifv_punkt_from_blob(&g_punkt, blob, (uint32_t)blen)) != EG_OK) {
            fprintf(stderr, "engram-ifeval-verify: %s is not a Punkt blob\n", punkt_blob);
            return 1;
        }
    } else if ((rc = eg_ifv_load_punkt(&g_punkt_store, &g_punkt, punkt, err, sizeof err)) != EG_OK) {
        fprintf(stderr, "engram-ifeval-verify: %s (%s)\n", err, eg_err_name(rc));
        return 1;
    }
    if (write_blob) {
        rc = eg_ifv_write_punkt_blob(&g_punkt, write_blob);
        if (rc != EG_OK) fprintf(stderr, "engram-ifeval-verify: cannot write %s\n", write_blob);
        return rc == EG_OK ? 0 : 1;
    }
    if (profiles && (rc = eg_ifv_load_langdetect(&g_ld, &g_regs, profiles, err, sizeof err)) != EG_OK) {
        fprintf(stderr, "engram-ifeval-verify: %s (%s)\n", err, eg_err_name(rc));
        return 1;
    }
    ctx.regs = &g_regs;
    ctx.punkt = &g_punkt;
    ctx.langdetect = profiles ? &g_ld : NULL;
    buf = eg_ifv_read_file(batch, &len);
    if (!buf) {
        fprintf(stderr, "engram-ifeval-verify: cannot read %s\n", batch);
        return 1;
    }
    if (eg_ifv_batch_open(&r, buf, len) != EG_OK) {
        fprintf(stderr, "engram-ifeval-verify: %s is not a verifier batch (EGIV version 1)\n", batch);
        return 1;
    }
    for (row = 0; (rc = eg_ifv_batch_next(&r, &g_row)) == 1; row++) {
        uint8_t strict[EG_IFV_MAX_INSTR], loose[EG_IFV_MAX_INSTR];
        uint32_t i;
        if (detect) {
            char code[16];
            int64_t len2 = eg_ifv_decode(g_row.response.p, g_row.response.n, g_scr.resp, EG_IFV_MAX_CPS);
            eg_txt t;
            t.s = g_scr.resp;
            t.n = len2 < 0 ? 0u : (uint32_t)len2;
            rc = len2 < 0 ? -EG_IFV_TOO_LARGE : profiles ? eg_ifv_detect(&g_ld, t, code, &g_scr) : -EG_IFV_NO_LANGDETECT;
            if (rc < 0) {
                printf("%u E%d\n", row, -rc);
            } else {
                printf("%u %s\n", row, rc ? code : "-");
            }
            continue;
        }
        rc = g_row.too_many ? EG_IFV_TOO_LARGE : eg_ifv_judge(&ctx, g_row.ins, g_row.n, g_row.response.p, g_row.response.n, strict, loose, &g_scr);
        if (rc != EG_OK) {
            printf("%u E%d\n", row, rc);
            continue;
        }
        printf("%u ", row);
        for (i = 0; i < g_row.n; i++) putchar('0' + strict[i]);
        putchar(' ');
        for (i = 0; i < g_row.n; i++) putchar('0' + loose[i]);
        putchar('\n');
    }
    if (rc != 0) {
        fprintf(stderr, "engram-ifeval-verify: batch truncated or malformed at byte %zu\n", r.i);
        return 1;
    }
    free(buf);
    return 0;
}
