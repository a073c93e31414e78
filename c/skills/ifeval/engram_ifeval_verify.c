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
#include "eg_ifv_data.h"

static eg_ifv_punkt_store g_punkt_store;
static eg_ifv_punkt g_punkt;
static eg_ifv_regs g_regs;
static eg_ifv_langdetect g_ld;
static eg_ifv_scratch g_scr;

typedef struct rd {
    const uint8_t *b;
    size_t n, i;
    int bad;
} rd;

static uint32_t u32(rd *r) {
    uint32_t v;
    if (r->i + 4 > r->n) {
        r->bad = 1;
        return 0;
    }
    v = (uint32_t)r->b[r->i] | (uint32_t)r->b[r->i + 1] << 8 | (uint32_t)r->b[r->i + 2] << 16 | (uint32_t)r->b[r->i + 3] << 24;
    r->i += 4;
    return v;
}

static eg_ifv_bytes str(rd *r) {
    eg_ifv_bytes s;
    s.n = u32(r);
    if (r->bad || r->i + s.n > r->n) {
        r->bad = 1;
        s.n = 0;
        s.p = r->b;
        return s;
    }
    s.p = r->b + r->i;
    r->i += s.n;
    return s;
}

#define MAX_KW 16u
#define MAX_LIST 64u

int main(int argc, char **argv) {
    const char *punkt = NULL, *profiles = NULL, *batch = NULL, *write_blob = NULL, *punkt_blob = NULL;
    char err[512];
    int a, rc, detect = 0;
    size_t len;
    uint8_t *buf;
    rd r;
    uint32_t rows, row;
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
    r.b = buf, r.n = len, r.i = 0, r.bad = 0;
    if (len < 12 || memcmp(buf, "EGIV", 4) != 0) {
        fprintf(stderr, "engram-ifeval-verify: %s is not a verifier batch (EGIV)\n", batch);
        return 1;
    }
    r.i = 4;
    if (u32(&r) != 1u) {
        fprintf(stderr, "engram-ifeval-verify: unsupported batch version\n");
        return 1;
    }
    rows = u32(&r);
    for (row = 0; row < rows && !r.bad; row++) {
        static eg_ifv_instr ins[EG_IFV_MAX_INSTR];
        static eg_ifv_kwarg kws[EG_IFV_MAX_INSTR][MAX_KW];
        static eg_ifv_bytes lists[EG_IFV_MAX_INSTR][MAX_KW][MAX_LIST];
        uint8_t strict[EG_IFV_MAX_INSTR], loose[EG_IFV_MAX_INSTR];
        uint32_t n = u32(&r), i, k, too_many = n > EG_IFV_MAX_INSTR;
        eg_ifv_bytes resp;
        for (i = 0; i < n && !r.bad; i++) {
            uint32_t slot = i < EG_IFV_MAX_INSTR ? i : EG_IFV_MAX_INSTR - 1u, nkw;
            ins[slot].id = str(&r);
            nkw = u32(&r);
            too_many |= nkw > MAX_KW;
            ins[slot].kw = kws[slot];
            ins[slot].nkw = nkw < MAX_KW ? nkw : MAX_KW;
            for (k = 0; k < nkw && !r.bad; k++) {
                eg_ifv_kwarg *kw = &kws[slot][k < MAX_KW ? k : MAX_KW - 1u];
                kw->key = str(&r);
                if (r.i >= r.n) {
                    r.bad = 1;
                    break;
                }
                kw->type = r.b[r.i++];
                if (kw->type == EG_KW_INT) {
                    uint64_t v = (uint64_t)u32(&r);
                    v |= (uint64_t)u32(&r) << 32;
                    kw->i = (int64_t)v;
                } else if (kw->type == EG_KW_STR) {
                    kw->s = str(&r);
                } else if (kw->type == EG_KW_LIST) {
                    uint32_t m = u32(&r), q;
                    too_many |= m > MAX_LIST;
                    kw->list = lists[slot][k < MAX_KW ? k : MAX_KW - 1u];
                    kw->nlist = m < MAX_LIST ? m : MAX_LIST;
                    for (q = 0; q < m && !r.bad; q++) lists[slot][k < MAX_KW ? k : MAX_KW - 1u][q < MAX_LIST ? q : MAX_LIST - 1u] = str(&r);
                } else if (kw->type != EG_KW_OTHER) {
                    r.bad = 1;
                }
            }
        }
        (void)str(&r); /* the prompt: the checks get what they need from kwargs */
        resp = str(&r);
        if (r.bad) break;
        if (detect) {
            char code[16];
            int64_t len2 = eg_ifv_decode(resp.p, resp.n, g_scr.resp, EG_IFV_MAX_CPS);
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
        rc = too_many ? EG_IFV_TOO_LARGE : eg_ifv_judge(&ctx, ins, n, resp.p, resp.n, strict, loose, &g_scr);
        if (rc != EG_OK) {
            printf("%u E%d\n", row, rc);
            continue;
        }
        printf("%u ", row);
        for (i = 0; i < n; i++) putchar('0' + strict[i]);
        putchar(' ');
        for (i = 0; i < n; i++) putchar('0' + loose[i]);
        putchar('\n');
    }
    if (r.bad || r.i != r.n) {
        fprintf(stderr, "engram-ifeval-verify: batch truncated or malformed at byte %zu\n", r.i);
        return 1;
    }
    free(buf);
    return 0;
}
