/* Unit tests of the C runtime. The shared conformance vectors of test/vectors/ (hashes, CRC-32,
 * SHA-256, tokenizer cases, every load error code of the MCQ and responder loaders, the batch
 * reader's codes, the golden scores of test/golden) are read from the files the TypeScript side
 * reads; the rest are C-only checks: eg_score against a slow, literal reference implementation of
 * format.md section 2 on random items, the token-table cutoff, item errors and ties.
 * Usage: test_main REPO_ROOT. Exit status 0 = all pass. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "eg_reader.h"
#include "eg_batch.h"
#include "eg_crc32.h"
#include "eg_hash.h"
#include "eg_runtime.h"
#include "eg_sha256.h"
#include "eg_tokenize.h"
#include "eg_testart.h"
#include "eg_ref.h"
#include "eg_ifr.h"
#include "eg_vectors.h"
#include "eg_vec_eval.h"

static int g_fail = 0, g_checks = 0;

#define EXPECT_EQ_U32(got, want)                                                                   \
    do {                                                                                           \
        uint32_t g_ = (uint32_t)(got), w_ = (uint32_t)(want);                                      \
        g_checks++;                                                                                \
        if (g_ != w_) {                                                                            \
            g_fail++;                                                                              \
            fprintf(stderr, "%s:%d: %s = 0x%08X, want 0x%08X\n", __FILE__, __LINE__, #got, g_, w_); \
        }                                                                                          \
    } while (0)

/* ------------------------------------------------------------------ shared vectors (test/vectors/) */

static const char *g_root;       /* the repository root: argv[1] */
static char g_vdir[4096];        /* g_root/test/vectors */
static uint8_t g_art[1u << 21];
static eg_vec_file g_v;          /* static: the line buffer is large */

#define VEC_FAIL(...)                                                    \
    do {                                                                 \
        g_fail++;                                                        \
        fprintf(stderr, "%s:%u: ", g_v.path, g_v.lineno);                \
        fprintf(stderr, __VA_ARGS__);                                    \
        fputc('\n', stderr);                                             \
    } while (0)

/* Opens a vector file; a missing file is a failure, never a skip. Returns 0 when open. */
static int vec_open(const char *name) {
    if (eg_vec_open(&g_v, g_vdir, name) != 0) {
        g_fail++;
        return -1;
    }
    return 0;
}

/* Runs each line through `check`; counts the lines, fails on a malformed file or an empty one. */
static void vec_each(const char *name, void (*check)(void)) {
    int rc;
    unsigned lines = 0;
    if (vec_open(name) != 0) return;
    while ((rc = eg_vec_next(&g_v)) == 1) {
        g_checks++;
        lines++;
        check();
    }
    if (rc < 0 || lines == 0) {
        g_fail++;
        fprintf(stderr, "%s: %s\n", g_v.path, rc < 0 ? "malformed" : "no vectors");
    }
    eg_vec_close(&g_v);
}

/* hashes.txt: FNV-1a, fmix32, feature_hash, CRC-32, SHA-256; CRC-32 also continued across a split
 * and SHA-256 also fed a byte at a time (the streaming paths of both). */
static void check_hash(void) {
    static uint8_t buf[8192];
    char got[80];
    const char *want = g_v.fields[g_v.nfields - 1u];
    long n;
    if (eg_vec_eval_hash(&g_v, got, sizeof(got)) != 0) {
        VEC_FAIL("malformed hash vector");
        return;
    }
    if (strcmp(got, want) != 0) VEC_FAIL("%s: got %s, want %s", g_v.fields[0], got, want);
    if (g_v.nfields != 3u || (n = eg_vec_unhex(g_v.fields[1], buf, sizeof(buf))) < 0) return;
    if (strcmp(g_v.fields[0], "crc32") == 0) {
        size_t k = (size_t)n / 2u;
        snprintf(got, sizeof(got), "%08x", eg_crc32_update(eg_crc32(buf, k), buf + k, (size_t)n - k));
        if (strcmp(got, want) != 0) VEC_FAIL("crc32 split at %u: got %s", (unsigned)k, got);
    } else if (strcmp(g_v.fields[0], "sha256") == 0) {
        eg_sha256_ctx c;
        uint8_t d[32];
        long i;
        eg_sha256_init(&c);
        for (i = 0; i < n; i++) eg_sha256_update(&c, buf + i, 1);
        eg_sha256_final(&c, d);
        for (i = 0; i < 32; i++) snprintf(got + 2 * i, 3, "%02x", d[i]);
        if (strcmp(got, want) != 0) VEC_FAIL("sha256 byte at a time: got %s", got);
    }
}

/* tokenize.txt: eg_text_tokenize with each case's byte and token limits. */
static void check_tokenize(void) {
    static char got[1024], want[1024];
    if (eg_vec_eval_tokenize(&g_v, got, sizeof(got)) != 0) {
        VEC_FAIL("malformed tokenizer vector");
        return;
    }
    eg_vec_expected_tokenize(&g_v, want, sizeof(want));
    if (strcmp(got, want) != 0) VEC_FAIL("tokens \"%s\", want \"%s\"", got, want);
}

/* load-errors.txt: the case bytes rebuilt from the base and the writes, through the MCQ loader
 * (eg_artifact_load) or the responder's (eg_ifr_load). */
static void check_load(void) {
    static uint8_t base_path_seen[4096];
    static uint8_t *base = NULL;
    static size_t base_len = 0;
    const char *loader = g_v.fields[0], *bpath = g_v.fields[1];
    unsigned long want = strtoul(g_v.fields[2], NULL, 10), len = strtoul(g_v.fields[5], NULL, 10), k;
    int got;
    if (g_v.nfields < 6u || len > sizeof(g_art)) {
        VEC_FAIL("malformed load case");
        return;
    }
    if (strcmp((const char *)base_path_seen, bpath) != 0) { /* cases are grouped by base: read each once */
        free(base);
        base = NULL;
        base_len = 0;
        if (strcmp(bpath, "-") != 0 && (base = eg_vec_read_file(g_root, bpath, &base_len)) == NULL) {
            VEC_FAIL("cannot read base %s", bpath);
            base_path_seen[0] = '\0';
            return;
        }
        snprintf((char *)base_path_seen, sizeof(base_path_seen), "%s", bpath);
    }
    memset(g_art, 0, len);
    if (base != NULL) memcpy(g_art, base, base_len < len ? base_len : len);
    for (k = 6; k < g_v.nfields; k++) {
        char *colon;
        unsigned long at = strtoul(g_v.fields[k] + 2, &colon, 10);
        long n;
        if (strncmp(g_v.fields[k], "w:", 2) != 0 || *colon != ':' || at > len ||
            (n = eg_vec_unhex(colon + 1, g_art + at, len - at)) < 0) {
            VEC_FAIL("bad write %s", g_v.fields[k]);
            return;
        }
    }
    if (strcmp(loader, "mcq") == 0) {
        static eg_artifact a;
        got = eg_artifact_load(g_art, (size_t)len, &a);
    } else {
        static eg_ifr r;
        got = eg_ifr_load(g_art, (size_t)len, &r);
    }
    if ((unsigned long)got != want) VEC_FAIL("%s %s: code %d, want %lu %s", loader, g_v.fields[4], got, want, g_v.fields[3]);
}

/* batch-errors.txt: eg_batch_open on each case; the valid base is also iterated item by item. */
static void check_batch(void) {
    static uint8_t b[4096];
    long n = eg_vec_unhex(g_v.fields[3], b, sizeof(b));
    eg_batch batch;
    int got;
    if (n < 0) {
        VEC_FAIL("malformed batch case");
        return;
    }
    got = eg_batch_open(b, (size_t)n, &batch);
    if ((unsigned long)got != strtoul(g_v.fields[0], NULL, 10)) VEC_FAIL("%s: code %d, want %s", g_v.fields[2], got, g_v.fields[0]);
    if (strcmp(g_v.fields[2], "valid") == 0 && got == EG_OK) {
        /* the base's first item: 2 options, answer 1, fields "c" "q" "x" "yy"; three items in all */
        eg_batch_iter it;
        eg_item item;
        int ans = -1, items = 0;
        eg_batch_iter_init(&it, &batch);
        EXPECT_EQ_U32(eg_batch_next(&it, &item, &ans), 1);
        EXPECT_EQ_U32(ans, 1);
        EXPECT_EQ_U32(item.option_count, 2);
        EXPECT_EQ_U32(item.options[1].len, 2);
        EXPECT_EQ_U32(memcmp(item.options[1].ptr, "yy", 2), 0);
        for (items = 1; eg_batch_next(&it, &item, &ans); items++) {
        }
        EXPECT_EQ_U32(items, 3);
        EXPECT_EQ_U32(ans == -1, 1); /* the third item has no answer */
    }
}

/* Parses the next integer after `key` in a JSON line of test/golden/NAME.expected.jsonl (flat objects
 * of integers and integer arrays written by scripts/make-golden.ts). */
static const char *json_ints(const char *p, const char *key, long *out, int max, int *n) {
    char *end;
    p = strstr(p, key);
    if (p == NULL) return NULL;
    p += strlen(key);
    for (*n = 0; *n < max;) {
        while (*p == ' ' || *p == '[' || *p == ',') p++;
        if (*p != '-' && (*p < '0' || *p > '9')) break;
        out[(*n)++] = strtol(p, &end, 10);
        p = end;
    }
    return p;
}

/* golden.txt: each golden artifact scores the compiled golden batch exactly as test/golden records. */
static void check_golden(void) {
    static eg_scratch s;
    static char row[4096];
    size_t alen = 0, blen = 0;
    uint8_t *art = eg_vec_read_file(g_root, g_v.fields[0], &alen);
    uint8_t *bat = eg_vec_read_file(g_root, g_v.fields[2], &blen);
    char path[4096];
    FILE *exp;
    eg_artifact a;
    eg_batch batch;
    eg_batch_iter it;
    eg_item item;
    int ans, pred, rows = 0;
    snprintf(path, sizeof(path), "%s/%s", g_root, g_v.fields[3]);
    exp = fopen(path, "rb");
    if (art == NULL || bat == NULL || exp == NULL || eg_artifact_load(art, alen, &a) != EG_OK ||
        eg_batch_open(bat, blen, &batch) != EG_OK) {
        VEC_FAIL("cannot load %s / %s / %s", g_v.fields[0], g_v.fields[2], g_v.fields[3]);
    } else {
        eg_batch_iter_init(&it, &batch);
        while (eg_batch_next(&it, &item, &ans)) {
            int32_t got[EG_MAX_OPTIONS];
            long want[EG_MAX_OPTIONS + 1];
            int n = 0, wpred = 0, i, bad;
            const char *p;
            if (fgets(row, sizeof(row), exp) == NULL) {
                VEC_FAIL("%s: fewer rows than items", g_v.fields[3]);
                break;
            }
            rows++;
            p = json_ints(row, "\"scores\":", want, EG_MAX_OPTIONS, &n);
            if (p == NULL || json_ints(p, "\"prediction\":", want + EG_MAX_OPTIONS, 1, &wpred) == NULL || wpred != 1) {
                VEC_FAIL("%s: row %d unreadable", g_v.fields[3], rows);
                continue;
            }
            bad = eg_score(&a, &item, &s, got, &pred) != EG_OK || n != (int)item.option_count || pred != want[EG_MAX_OPTIONS];
            for (i = 0; !bad && i < n; i++) bad = got[i] != want[i];
            if (bad) VEC_FAIL("%s: item %d scores differ", g_v.fields[0], rows - 1);
        }
        if (fgets(row, sizeof(row), exp) != NULL) VEC_FAIL("%s: more rows than items", g_v.fields[3]);
    }
    if (exp != NULL) fclose(exp);
    free(art);
    free(bat);
}

static void test_vectors(void) {
    vec_each("hashes.txt", check_hash);
    vec_each("tokenize.txt", check_tokenize);
    vec_each("load-errors.txt", check_load);
    vec_each("batch-errors.txt", check_batch);
    vec_each("golden.txt", check_golden);
}

/* Not a vector: the test artifact builder used below must itself produce a loadable artifact. */
static void test_testart_loads(void) {
    eg_testart_opts o = eg_testart_defaults();
    size_t n = eg_testart_build(&o, g_art, sizeof(g_art));
    eg_artifact a;
    EXPECT_EQ_U32(n > 0, 1);
    EXPECT_EQ_U32(eg_artifact_load(g_art, n, &a), EG_OK);
    EXPECT_EQ_U32(a.hash_bits, 10);
    EXPECT_EQ_U32(a.hash_mult, 37);
}

/* ------------------------------------------------------------------ random items */

static uint32_t g_rng = 12345u;
static uint32_t rnd(uint32_t n) {
    g_rng ^= g_rng << 13;
    g_rng ^= g_rng >> 17;
    g_rng ^= g_rng << 5;
    return g_rng % n;
}

static uint32_t g_fresh = 25; /* percent of fresh random words (<= 95); 95 fills the token table */

static uint32_t gen_text(uint8_t *out, uint32_t cap, uint32_t words) {
    static const char *const pieces[] = {
        "the ", "of ", "not ", "all ", "some ", "may ", "more ", "than ", "only ", "if ", "then ", "except ",
        "weaken ", "Strengthen ", "assumption ", "explain ", "flaw ", "infer ", "TRUE ", "cannot ", "don't ",
        "Jupiter\xE2\x80\x99s ", "\xE2\x80\x9Cquote\xE2\x80\x9D ", "a\xE2\x80\x94" "b ", "nb\xC2\xA0sp ",
        "caf\xC3\xA9 ", "pump ", "water ", "city ", "x1 ", "\xE2\x80", "\xC2", ", ", ". ", "'", "A", "Zz "};
    uint32_t n = 0, w;
    for (w = 0; w < words && n + 24 < cap; w++) {
        uint32_t r = rnd(100);
        if (r < 95 - g_fresh) {
            const char *p = pieces[rnd(sizeof(pieces) / sizeof(pieces[0]))];
            size_t l = strlen(p);
            memcpy(out + n, p, l);
            n += (uint32_t)l;
        } else if (r < 95) { /* a fresh random word: fills the token table */
            uint32_t l = g_fresh == 95 ? 3 + rnd(5) : 1 + rnd(8), k;
            for (k = 0; k < l; k++) out[n++] = (uint8_t)('a' + rnd(26));
            out[n++] = ' ';
        } else {
            out[n++] = (uint8_t)rnd(256);
        }
    }
    return n;
}

static void test_score_vs_reference(void) {
    static uint8_t ctx[12000], q[1500], opts[8][1600];
    static eg_scratch s;
    eg_testart_opts o = eg_testart_defaults();
    size_t n;
    eg_artifact a;
    uint32_t iter, i, mismatches = 0, full_tables = 0;
    for (iter = 0; iter < 3000; iter++) {
        eg_item it;
        int32_t got[8], want[8];
        int pred, wpred = 0;
        if (iter % 500 == 0) { /* vary the artifact: hash bits, families, lexicon size */
            o.hash_bits = 8 + iter / 500;
            o.ns_mask = iter == 1000 ? 0x1FF5 : iter == 1500 ? 0x2AAA : 0x3FFF;
            o.hash_mult = 1 + (iter * 7) % 4096;
            o.seed = iter + 7;
            n = eg_testart_build(&o, g_art, sizeof(g_art));
            if (eg_artifact_load(g_art, n, &a) != EG_OK) { g_fail++; return; }
        }
        memset(&it, 0, sizeof(it));
        g_fresh = iter % 17 == 0 ? 95 : 25;
        it.option_count = g_fresh == 95 ? 8 : 2 + rnd(7);
        it.context.ptr = ctx;
        it.context.len = gen_text(ctx, sizeof(ctx), (g_fresh == 95 || rnd(10) == 0) ? 1400 : rnd(200));
        it.question.ptr = q;
        it.question.len = gen_text(q, sizeof(q), rnd(20));
        for (i = 0; i < it.option_count; i++) {
            it.options[i].ptr = opts[i];
            it.options[i].len = gen_text(opts[i], sizeof(opts[i]), (g_fresh == 95 || rnd(10) == 0) ? 300 : rnd(30));
            if (g_fresh == 95 && (i & 3u) == 3u) { /* repeat the previous option: overlap around the cutoff */
                memcpy(opts[i], opts[i - 1], it.options[i - 1].len);
                it.options[i].len = it.options[i - 1].len;
            }
        }
        if (eg_score(&a, &it, &s, got, &pred) != EG_OK) { g_fail++; continue; }
        full_tables += s.tt.count == EG_TOKEN_TABLE_MAX_ENTRIES;
        eg_ref_score(&a, &it, want);
        for (i = 0; i < it.option_count; i++) {
            if (want[i] > want[wpred]) wpred = (int)i;
            if (got[i] != want[i]) mismatches++;
        }
        if (pred != wpred) mismatches++;
    }
    EXPECT_EQ_U32(mismatches, 0);
    EXPECT_EQ_U32(full_tables > 50, 1); /* the 1024-token limit was exercised */
}

/* Exactly 1024 distinct content tokens fill the table; the 1024th (last of option 3) must still be
 * stored, and option 4 repeats it, so an off-by-one in the cutoff changes option 3's opt_hits. */
static uint32_t words(uint8_t *out, uint32_t first, uint32_t count) {
    uint32_t i, n = 0;
    for (i = 0; i < count; i++) {
        n += (uint32_t)sprintf((char *)out + n, "w%05u ", first + i);
    }
    return n;
}

static void test_token_table_cutoff(void) {
    static uint8_t ctx[8192], opts[8][1024];
    static eg_scratch s;
    eg_testart_opts o = eg_testart_defaults();
    eg_artifact a;
    eg_item it;
    int32_t got[8], want[8];
    int pred;
    uint32_t i, diff = 0;
    size_t n;
    o.ns_mask = 0x40; /* only qt_opt_overlap: the score is a function of opt_hits alone */
    n = eg_testart_build(&o, g_art, sizeof(g_art));
    EXPECT_EQ_U32(eg_artifact_load(g_art, n, &a), EG_OK);
    memset(&it, 0, sizeof(it));
    it.option_count = 5;
    it.context.ptr = ctx;
    it.context.len = words(ctx, 0, 512); /* 7 bytes a word: 3584 bytes, 512 tokens */
    for (i = 0; i < 4; i++) {
        it.options[i].ptr = opts[i];
        it.options[i].len = words(opts[i], 1000 + 128 * i, 128); /* 896 bytes, 128 tokens */
    }
    it.options[4].ptr = opts[4];
    it.options[4].len = words(opts[4], 1000 + 128 * 3 + 127, 1); /* the 1024th distinct token */
    EXPECT_EQ_U32(eg_score(&a, &it, &s, got, &pred), EG_OK);
    EXPECT_EQ_U32(s.tt.count, 1024);
    eg_ref_score(&a, &it, want);
    for (i = 0; i < 5; i++) diff += got[i] != want[i];
    EXPECT_EQ_U32(diff, 0);
    /* option 4's one token: opt_hits 1 (bucket 4) if the cutoff is right, 0 (bucket 0) if not */
    EXPECT_EQ_U32(eg_rd_u16(a.wdns + 2 * (352 + 0)) != eg_rd_u16(a.wdns + 2 * (352 + 4)),
                  1); /* the weights distinguish the buckets involved, so the test is sensitive */
}

static void test_score_errors_and_ties(void) {
    static eg_scratch s;
    eg_testart_opts o = eg_testart_defaults();
    size_t n;
    eg_artifact a;
    eg_item it;
    int32_t sc[8];
    int pred = 9;
    o.ns_mask = 0; /* every score 0: the tie goes to option 0 */
    n = eg_testart_build(&o, g_art, sizeof(g_art));
    EXPECT_EQ_U32(eg_artifact_load(g_art, n, &a), EG_OK);
    memset(&it, 0, sizeof(it));
    it.option_count = 3;
    EXPECT_EQ_U32(eg_score(&a, &it, &s, sc, &pred), EG_OK);
    EXPECT_EQ_U32(pred, 0);
    it.option_count = 1;
    EXPECT_EQ_U32(eg_score(&a, &it, &s, sc, &pred), EG_BAD_ITEM);
    it.option_count = 9;
    EXPECT_EQ_U32(eg_score(&a, &it, &s, sc, &pred), EG_BAD_ITEM);
    it.option_count = 2;
    it.options[1].len = 3; /* NULL pointer with a length */
    EXPECT_EQ_U32(eg_score(&a, &it, &s, sc, &pred), EG_BAD_ITEM);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: test_main REPO_ROOT   (reads REPO_ROOT/test/vectors; make -C c test passes it)\n");
        return 2;
    }
    g_root = argv[1];
    snprintf(g_vdir, sizeof(g_vdir), "%s/test/vectors", g_root);
    test_vectors();
    test_testart_loads();
    test_score_errors_and_ties();
    test_token_table_cutoff();
    test_score_vs_reference();
    printf("c tests: %d checks, %d failures\n", g_checks, g_fail);
    return g_fail == 0 ? 0 : 1;
}
