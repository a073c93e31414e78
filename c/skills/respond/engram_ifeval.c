/* engram-ifeval: the IFEval responder on the host (docs/board.md).
 *   engram-ifeval ARTIFACT BATCH          one response per prompt
 *   engram-ifeval --plan ARTIFACT BATCH   the detected plan per prompt (text, as planText in TS)
 *   engram-ifeval --check-load ARTIFACT...   prints the loader's error code, one line per file
 *   engram-ifeval --keep-going ARTIFACT BATCH   as the first form, but a prompt that fails is
 *       written as the frame header 0x80000000 | error code (no bytes) and the run goes on
 * BATCH: u32 count, then count x (u32 length, UTF-8 bytes). Output on stdout: count x (u32 length,
 * bytes), little-endian. Exit 1 with a message on stderr on any error. */
#include <stdio.h>
#include <string.h>
#include "eg_host_file.h"
#include "eg_ifr.h"
#include "eg_ifr_unicode.h"

#define ART_CAP (4u << 20)
#define BATCH_CAP (64u << 20)

static uint8_t g_art[ART_CAP];
static uint8_t g_batch[BATCH_CAP];
static uint8_t g_plan[1u << 20];
static eg_ifr_scratch g_s;

static void put_frame(const uint8_t *p, uint32_t n) {
    uint8_t h[4];
    eg_wr_u32(h, n);
    fwrite(h, 1, 4, stdout);
    fwrite(p, 1, n, stdout);
}

static void wr_range(eg_wr *w, int has, eg_range r) {
    if (!has) {
        eg_wr_c(w, "-");
        return;
    }
    eg_wr_int(w, r.lo);
    eg_wr_c(w, "..");
    eg_wr_int(w, r.hi);
}

static void wr_opt(eg_wr *w, int has, eg_str s) {
    if (has) eg_wr_json(w, s);
    else eg_wr_c(w, "-");
}

static void wr_plan(eg_wr *w, const eg_ifr *r, const eg_plan *p) {
    uint32_t i;
    static const char *const ps[3] = {"-", "P.S.", "P.P.S"};
    static const char *const sep[3] = {"-", "stars", "nl"};
    eg_wr_c(w, "upper "); eg_wr_int(w, p->upper);
    eg_wr_c(w, " lower "); eg_wr_int(w, p->lower);
    eg_wr_c(w, " caps "); wr_range(w, p->has_caps, p->caps);
    eg_wr_c(w, " words "); wr_range(w, p->has_words, p->words);
    eg_wr_c(w, " sents "); wr_range(w, p->has_sents, p->sents);
    eg_wr_c(w, "\npar "); eg_wr_int(w, p->par_count);
    eg_wr_c(w, " "); eg_wr_c(w, sep[p->par_sep]);
    eg_wr_c(w, " sec "); eg_wr_int(w, p->sec_count);
    eg_wr_c(w, " "); wr_opt(w, p->has_sec_mark, p->sec_mark);
    eg_wr_c(w, " nth ");
    if (p->has_nth) {
        eg_wr_int(w, p->nth_n);
        eg_wr_c(w, " ");
        eg_wr_json(w, p->nth_word);
    } else eg_wr_c(w, "-");
    eg_wr_c(w, "\nforbid");
    for (i = 0; i < p->n_forbid; i++) { eg_wr_c(w, " "); eg_wr_json(w, p->forbid[i]); }
    eg_wr_c(w, "\nkwfreq");
    for (i = 0; i < p->n_kwfreq; i++) { eg_wr_c(w, " "); eg_wr_json(w, p->kwfreq_key[i]); eg_wr_c(w, "="); wr_range(w, 1, p->kwfreq[i]); }
    eg_wr_c(w, "\nkeywords");
    for (i = 0; i < p->n_keywords; i++) { eg_wr_c(w, " "); eg_wr_json(w, p->keywords[i]); }
    eg_wr_c(w, "\nletters");
    for (i = 0; i < p->n_letters; i++) { eg_wr_c(w, " "); eg_wr_json(w, p->letter_key[i]); eg_wr_c(w, "="); wr_range(w, 1, p->letters[i]); }
    eg_wr_c(w, "\nbullets ");
    if (p->has_bullets) eg_wr_int(w, p->bullets); else eg_wr_c(w, "-");
    eg_wr_c(w, " highlights "); eg_wr_int(w, p->highlights);
    eg_wr_c(w, " title "); eg_wr_int(w, p->title);
    eg_wr_c(w, " placeholders "); eg_wr_int(w, p->placeholders);
    eg_wr_c(w, " ps ");
    if (p->postscript == 3) eg_wr_str(w, p->ps_marker); else eg_wr_c(w, ps[p->postscript]);
    eg_wr_c(w, "\njson "); eg_wr_int(w, p->json);
    eg_wr_c(w, " quote "); eg_wr_int(w, p->quote);
    eg_wr_c(w, " end "); wr_opt(w, p->has_end, p->end_phrase);
    eg_wr_c(w, " two "); eg_wr_int(w, p->two);
    eg_wr_c(w, " constrained "); eg_wr_int(w, p->constrained);
    eg_wr_c(w, " nocomma "); eg_wr_int(w, p->no_comma);
    eg_wr_c(w, " lang ");
    if (p->lang != EG_IFR_NONE) eg_wr_str(w, eg_ifr_string(r, p->lang)); else eg_wr_c(w, "-");
    eg_wr_c(w, "\nrepeat "); wr_opt(w, p->has_repeat, p->repeat);
    eg_wr_c(w, " task "); eg_wr_int(w, p->task_start);
    eg_wr_c(w, ".."); eg_wr_int(w, p->task_end);
    eg_wr_c(w, "\n");
}

int main(int argc, char **argv) {
    eg_ifr r;
    long alen, blen;
    int plan_mode = 0, keep_going = 0, rc, a = 1;
    uint32_t count, i, at;
    if (argc >= 3 && strcmp(argv[1], "--check-load") == 0) {
        for (a = 2; a < argc; a++) { /* several files in one run: the conformance harness checks many */
            alen = eg_host_read_file(argv[a], g_art, ART_CAP);
            if (alen < 0) {
                fprintf(stderr, "engram-ifeval: cannot read %s\n", argv[a]);
                return 1;
            }
            printf("%d\n", eg_ifr_load(g_art, (size_t)alen, &r));
        }
        return 0;
    }
    if (argc == 3 && strcmp(argv[1], "--index") == 0) { /* whether the matcher index fits its limits (eg_ifr.h) */
        alen = eg_host_read_file(argv[2], g_art, ART_CAP);
        if (alen < 0) {
            fprintf(stderr, "engram-ifeval: cannot read %s\n", argv[2]);
            return 1;
        }
        rc = eg_ifr_load(g_art, (size_t)alen, &r);
        if (rc != 0) {
            fprintf(stderr, "engram-ifeval: load error %d\n", rc);
            return 1;
        }
        /* rows: the distinct pattern rows the keys share */
        printf("ok %d rel_ok %d keys %u/%u patterns %u/%u rows %u/%u row_words %u/%u relations %u/%u\n", r.ix.ok, r.ix.rel_ok,
               (unsigned)r.ix.n_keys, (unsigned)EG_IFR_IX_MAX_KEYS, (unsigned)r.npat, (unsigned)EG_IFR_IX_PATS,
               (unsigned)r.ix.n_rows, (unsigned)EG_IFR_IX_ROWS, (unsigned)(r.ix.n_rows * r.ix.words), (unsigned)EG_IFR_IX_ROW_WORDS,
               (unsigned)r.nrel, (unsigned)EG_IFR_IX_REL);
        return 0;
    }
    if (argc == 4 && strcmp(argv[1], "--plan") == 0) {
        plan_mode = 1;
        a = 2;
    } else if (argc == 4 && strcmp(argv[1], "--keep-going") == 0) {
        keep_going = 1;
        a = 2;
    } else if (argc != 3) {
        fprintf(stderr, "usage: engram-ifeval [--plan | --keep-going] ARTIFACT BATCH | --check-load ARTIFACT... | --index ARTIFACT\n");
        return 2;
    }
    alen = eg_host_read_file(argv[a], g_art, ART_CAP);
    blen = eg_host_read_file(argv[a + 1], g_batch, BATCH_CAP);
    if (alen < 0 || blen < 0) {
        fprintf(stderr, "engram-ifeval: cannot read the artifact or the batch\n");
        return 1;
    }
    rc = eg_ifr_load(g_art, (size_t)alen, &r);
    if (rc != EG_OK) {
        fprintf(stderr, "engram-ifeval: artifact does not load: %s\n", eg_err_name(rc));
        return 1;
    }
    if (blen < 4) {
        fprintf(stderr, "engram-ifeval: batch truncated\n");
        return 1;
    }
    count = eg_rd_u32(g_batch);
    at = 4;
    for (i = 0; i < count; i++) {
        uint32_t n;
        if ((uint32_t)blen - at < 4u || (n = eg_rd_u32(g_batch + at)) > (uint32_t)blen - at - 4u) {
            fprintf(stderr, "engram-ifeval: batch truncated at prompt %u\n", (unsigned)i);
            return 1;
        }
        if (plan_mode) {
            eg_wr w;
            rc = eg_ifr_detect(&r, g_batch + at + 4u, n, &g_s);
            w.p = g_plan;
            w.n = 0;
            w.cap = sizeof(g_plan);
            w.over = 0;
            if (rc == EG_OK) wr_plan(&w, &r, &g_s.plan);
            if (rc != EG_OK || w.over) {
                fprintf(stderr, "engram-ifeval: prompt %u: error %d\n", (unsigned)i, rc);
                return 1;
            }
            put_frame(w.p, w.n);
        } else {
            eg_str out;
            rc = eg_ifr_respond(&r, g_batch + at + 4u, n, &g_s, &out);
            if (rc != EG_OK && keep_going) {
                uint8_t h[4];
                eg_wr_u32(h, 0x80000000u | (uint32_t)rc);
                fwrite(h, 1, 4, stdout);
                at += 4u + n;
                continue;
            }
            if (rc != EG_OK) {
                fprintf(stderr, "engram-ifeval: prompt %u: error %d\n", (unsigned)i, rc);
                return 1;
            }
            put_frame(out.p, out.n);
        }
        at += 4u + n;
    }
    return fflush(stdout) == 0 ? 0 : 1;
}
