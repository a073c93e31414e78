/* Unit tests of the C runtime: hash vectors (format.md 1.4), CRC and SHA-256 vectors, tokenizer
 * cases, every loader error code, the batch reader, and eg_score against a slow, literal
 * reference implementation of format.md section 2 on random items. Exit status 0 = all pass. */
#include <stdio.h>
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

static uint32_t fnv_str(const char *s) {
    return eg_hash_fnv1a((const uint8_t *)s, strlen(s), EG_FNV_OFFSET);
}

/* ------------------------------------------------------------------ hashes, CRC, SHA-256 */

static void test_hash_vectors(void) {
    static const uint8_t e_acute[2] = {0xC3, 0xA9};
    EXPECT_EQ_U32(fnv_str(""), 0x811C9DC5u);
    EXPECT_EQ_U32(fnv_str("a"), 0xE40C292Cu);
    EXPECT_EQ_U32(fnv_str("foobar"), 0xBF9CF968u);
    EXPECT_EQ_U32(eg_hash_fnv1a(e_acute, 2, EG_FNV_OFFSET), 0x1E9DE8C1u);
    EXPECT_EQ_U32(eg_hash_fmix32(0u), 0x00000000u);
    EXPECT_EQ_U32(eg_hash_fmix32(1u), 0x514E28B7u);
    EXPECT_EQ_U32(eg_hash_fmix32(0x811C9DC5u), 0xAB3E7C0Bu);
    EXPECT_EQ_U32(eg_hash_feature(1u, fnv_str("pump"), 0u), 0x938F7385u);
    EXPECT_EQ_U32(eg_hash_feature(2u, fnv_str("not"), fnv_str("all")), 0xA84E2454u);
}

static void test_crc_sha(void) {
    static const uint8_t abc_digest[32] = {0xba, 0x78, 0x16, 0xbf, 0x8f, 0x01, 0xcf, 0xea, 0x41, 0x41, 0x40,
                                           0xde, 0x5d, 0xae, 0x22, 0x23, 0xb0, 0x03, 0x61, 0xa3, 0x96, 0x17,
                                           0x7a, 0x9c, 0xb4, 0x10, 0xff, 0x61, 0xf2, 0x00, 0x15, 0xad};
    static const uint8_t long_digest[32] = {0x24, 0x8d, 0x6a, 0x61, 0xd2, 0x06, 0x38, 0xb8, 0xe5, 0xc0, 0x26,
                                            0x93, 0x0c, 0x3e, 0x60, 0x39, 0xa3, 0x3c, 0xe4, 0x59, 0x64, 0xff,
                                            0x21, 0x67, 0xf6, 0xec, 0xed, 0xd4, 0x19, 0xdb, 0x06, 0xc1};
    static const uint8_t empty_digest_head[4] = {0xe3, 0xb0, 0xc4, 0x42};
    const char *msg = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    uint8_t d[32];
    eg_sha256_ctx c;
    size_t i;
    EXPECT_EQ_U32(eg_crc32((const uint8_t *)"123456789", 9), 0xCBF43926u);
    EXPECT_EQ_U32(eg_crc32_update(eg_crc32((const uint8_t *)"1234", 4), (const uint8_t *)"56789", 5), 0xCBF43926u);
    EXPECT_EQ_U32(eg_crc32(NULL, 0), 0u);
    eg_sha256((const uint8_t *)"abc", 3, d);
    EXPECT_EQ_U32(memcmp(d, abc_digest, 32), 0);
    eg_sha256((const uint8_t *)"", 0, d);
    EXPECT_EQ_U32(memcmp(d, empty_digest_head, 4), 0);
    eg_sha256_init(&c); /* byte at a time through the buffer path */
    for (i = 0; i < strlen(msg); i++) {
        eg_sha256_update(&c, (const uint8_t *)msg + i, 1);
    }
    eg_sha256_final(&c, d);
    EXPECT_EQ_U32(memcmp(d, long_digest, 32), 0);
}

/* ------------------------------------------------------------------ tokenizer */

/* Tokenizes `text` (len bytes) and compares with the NUL-separated expected token list. */
static void expect_tokens(const char *text, size_t len, size_t max_bytes, uint32_t max_tokens, const char *const *want,
                          uint32_t nwant, int line) {
    uint32_t got[64], n, i;
    n = eg_text_tokenize((const uint8_t *)text, len, max_bytes, max_tokens, got);
    g_checks++;
    if (n != nwant) {
        g_fail++;
        fprintf(stderr, "test_main.c:%d: %u tokens, want %u\n", line, n, nwant);
        return;
    }
    for (i = 0; i < n; i++) {
        if (got[i] != fnv_str(want[i])) {
            g_fail++;
            fprintf(stderr, "test_main.c:%d: token %u differs from \"%s\"\n", line, i, want[i]);
        }
    }
}

#define TOK(text, ...)                                                                            \
    do {                                                                                          \
        static const char *const w_[] = {__VA_ARGS__};                                            \
        expect_tokens(text, sizeof(text) - 1, 1u << 20, 64, w_ + 1, sizeof(w_) / sizeof(w_[0]) - 1, \
                      __LINE__);                                                                  \
    } while (0)

static void test_tokenizer(void) {
    static const char *const two[] = {"ab", "cd"};
    TOK("", "");
    TOK("   ,.;", "");
    TOK("Hello, WORLD 42x", "", "hello", "world", "42x");
    TOK("Don't stop", "", "dont", "stop");
    TOK("Jupiter\xE2\x80\x99s moon \xE2\x80\x98q\xE2\x80\x99", "", "jupiters", "moon", "q");
    TOK("\xE2\x80\x9Cquoted\xE2\x80\x9D and\xE2\x80\x93" "dash\xE2\x80\x94x", "", "quoted", "and", "dash", "x");
    TOK("no\xC2\xA0" "break", "", "no", "break");
    TOK("caf\xC3\xA9 na\xC3\xAFve", "", "caf\xC3\xA9", "na\xC3\xAFve");
    TOK("ab\xE2\x80", "", "ab\xE2\x80");                 /* partial sequence at the end: word bytes */
    TOK("ab\xC2", "", "ab\xC2");
    TOK("x\xC2y \xE2\x80\x9Fz", "", "x\xC2y", "\xE2\x80\x9Fz"); /* C2 not before A0; unlisted E2 80 9F */
    TOK("a_b-c/d\te\nf", "", "a", "b", "c", "d", "e", "f");
    TOK("''' 'tis", "", "tis");
    TOK("\x7F\x40\x5B\x60\x7B", "");                     /* ASCII punctuation around the letter ranges */
    /* truncation at a byte position may cut a sequence: E2 80 | 99 leaves "ab" + E2 80 as word bytes */
    expect_tokens("ab\xE2\x80\x99" "cd", 7, 4, 64, (const char *const[]){"ab\xE2\x80"}, 1, __LINE__);
    expect_tokens("ab cd ef", 8, 5, 64, two, 2, __LINE__);          /* "ab cd" */
    expect_tokens("ab cd ef", 8, 100, 2, two, 2, __LINE__);         /* token limit */
    expect_tokens("ab cd ef", 8, 100, 0, two, 0, __LINE__);
}

/* ------------------------------------------------------------------ loader */

static uint8_t g_art[1u << 21];
static uint8_t g_mut[1u << 21];

static int load_mut(size_t len) {
    eg_artifact a;
    return eg_artifact_load(g_mut, len, &a);
}

static void put(size_t off, uint32_t v) {
    eg_wr_u32(g_mut + off, v);
}

static void test_loader(void) {
    eg_testart_opts o = eg_testart_defaults();
    size_t n = eg_testart_build(&o, g_art, sizeof(g_art));
    uint32_t meta_off, mcqc_off, lexn_off, whsh_off, wdns_off;
    eg_artifact a;
    uint8_t big[4096];

    EXPECT_EQ_U32(n > 0, 1);
    EXPECT_EQ_U32(eg_artifact_load(g_art, n, &a), EG_OK);
    EXPECT_EQ_U32(a.hash_bits, 10);
    EXPECT_EQ_U32(a.hash_mult, 37);
    meta_off = eg_rd_u32(g_art + 32 + 4);
    mcqc_off = eg_rd_u32(g_art + 48 + 4);
    lexn_off = eg_rd_u32(g_art + 64 + 4);
    whsh_off = eg_rd_u32(g_art + 80 + 4);
    wdns_off = eg_rd_u32(g_art + 96 + 4);

#define FRESH() memcpy(g_mut, g_art, n)
    /* 1 */ EXPECT_EQ_U32(eg_artifact_load(g_art, 31, &a), EG_TRUNCATED);
    EXPECT_EQ_U32(eg_artifact_load(NULL, 0, &a), EG_TRUNCATED);
    /* 2 */ FRESH(); g_mut[6] = 1; EXPECT_EQ_U32(load_mut(n), EG_BAD_MAGIC);
    /* 3 */ FRESH(); put(8, EG_FORMAT_VERSION + 1u); EXPECT_EQ_U32(load_mut(n), EG_UNSUPPORTED_VERSION);
    /* 4 */ FRESH(); put(12, 0); EXPECT_EQ_U32(load_mut(n), EG_BAD_HEADER);
    FRESH(); put(12, 33); EXPECT_EQ_U32(load_mut(n), EG_BAD_HEADER);
    /* 5 */ FRESH(); EXPECT_EQ_U32(load_mut(n - 1), EG_TRUNCATED);
    FRESH(); put(12, 32); EXPECT_EQ_U32(load_mut(100), EG_TRUNCATED); /* table past the end */
    /* 6 */ FRESH(); g_mut[n] = 0; EXPECT_EQ_U32(load_mut(n + 1), EG_SIZE_MISMATCH);
    /* 7 */ FRESH(); g_mut[21] ^= 1; EXPECT_EQ_U32(load_mut(n), EG_HEADER_CRC_MISMATCH);
    FRESH(); g_mut[40] ^= 1; EXPECT_EQ_U32(load_mut(n), EG_HEADER_CRC_MISMATCH); /* in the table */
    /* 8 */ FRESH(); put(24, 1); eg_testart_reseal(g_mut, n); EXPECT_EQ_U32(load_mut(n), EG_BAD_HEADER);
    FRESH(); put(28, 1); eg_testart_reseal(g_mut, n); EXPECT_EQ_U32(load_mut(n), EG_BAD_HEADER);
    /* 9 */ FRESH(); put(48 + 4, mcqc_off + 8); eg_testart_reseal(g_mut, n); EXPECT_EQ_U32(load_mut(n), EG_SECTION_MISALIGNED);
    /* 10 */ FRESH(); put(32 + 4, 16); eg_testart_reseal(g_mut, n); EXPECT_EQ_U32(load_mut(n), EG_SECTION_OUT_OF_BOUNDS);
    FRESH(); put(96 + 8, 0xFFFFFFF0u); eg_testart_reseal(g_mut, n); EXPECT_EQ_U32(load_mut(n), EG_SECTION_OUT_OF_BOUNDS);
    FRESH(); put(96 + 4, 0xFFFFFFF0u); eg_testart_reseal(g_mut, n); EXPECT_EQ_U32(load_mut(n), EG_SECTION_OUT_OF_BOUNDS);
    /* 11 */ FRESH(); put(64 + 4, mcqc_off); eg_testart_reseal(g_mut, n); EXPECT_EQ_U32(load_mut(n), EG_SECTION_OVERLAP);
    /* 12 */ FRESH(); memcpy(g_mut + 64, "MCQC", 4); eg_testart_reseal(g_mut, n); EXPECT_EQ_U32(load_mut(n), EG_DUPLICATE_SECTION);
    /* 13 */ FRESH(); g_mut[whsh_off] ^= 1; EXPECT_EQ_U32(load_mut(n), EG_SECTION_CRC_MISMATCH);
    /* first failure wins: a misaligned entry 3 beats a CRC error in entry 0 (entry by entry) */
    FRESH(); g_mut[eg_rd_u32(g_art + 36)] ^= 1; put(80 + 4, whsh_off + 4); eg_testart_reseal(g_mut, n);
    g_mut[eg_rd_u32(g_art + 36)] ^= 1; /* corrupt META after resealing */
    EXPECT_EQ_U32(load_mut(n), EG_SECTION_CRC_MISMATCH);
    /* 14 */ FRESH(); memcpy(g_mut + 32, "ATEM", 4); eg_testart_reseal(g_mut, n); EXPECT_EQ_U32(load_mut(n), EG_MISSING_SECTION);
    /* 15 */ FRESH(); put(32 + 8, 0); eg_testart_reseal(g_mut, n); EXPECT_EQ_U32(load_mut(n), EG_BAD_SECTION);
    FRESH(); put(mcqc_off, 2); eg_testart_reseal(g_mut, n); EXPECT_EQ_U32(load_mut(n), EG_BAD_SECTION);
    FRESH(); put(mcqc_off + 4, 21); eg_testart_reseal(g_mut, n); EXPECT_EQ_U32(load_mut(n), EG_BAD_SECTION);
    FRESH(); put(mcqc_off + 8, 0x4000); eg_testart_reseal(g_mut, n); EXPECT_EQ_U32(load_mut(n), EG_BAD_SECTION);
    FRESH(); put(mcqc_off + 12, 4097); eg_testart_reseal(g_mut, n); EXPECT_EQ_U32(load_mut(n), EG_BAD_SECTION);
    FRESH(); put(mcqc_off + 16, 295); eg_testart_reseal(g_mut, n); EXPECT_EQ_U32(load_mut(n), EG_BAD_SECTION);
    FRESH(); put(mcqc_off + 28, 0); eg_testart_reseal(g_mut, n); EXPECT_EQ_U32(load_mut(n), EG_BAD_SECTION);
    FRESH(); put(mcqc_off + 20, 17); eg_testart_reseal(g_mut, n); EXPECT_EQ_U32(load_mut(n), EG_BAD_SECTION);
    FRESH(); put(mcqc_off + 24, 16); put(mcqc_off + 28, 16); eg_testart_reseal(g_mut, n); EXPECT_EQ_U32(load_mut(n), EG_OK);
    FRESH(); g_mut[meta_off] = '['; eg_testart_reseal(g_mut, n); EXPECT_EQ_U32(load_mut(n), EG_BAD_SECTION);
    FRESH(); put(48 + 8, 28); eg_testart_reseal(g_mut, n); EXPECT_EQ_U32(load_mut(n), EG_BAD_SECTION);
    FRESH(); put(lexn_off, 48); eg_testart_reseal(g_mut, n); EXPECT_EQ_U32(load_mut(n), EG_BAD_SECTION);
    FRESH(); put(lexn_off + 4, 65); eg_testart_reseal(g_mut, n); EXPECT_EQ_U32(load_mut(n), EG_BAD_SECTION);
    FRESH(); put(lexn_off + 4, 30); eg_testart_reseal(g_mut, n); EXPECT_EQ_U32(load_mut(n), EG_BAD_SECTION);
    FRESH(); { /* an empty slot with a non-zero hash, then a used slot with a reserved flag bit */
        uint32_t s;
        for (s = 0; s < 128; s++) if (eg_rd_u32(g_mut + lexn_off + 12 + 8 * s) == 0) break;
        put(lexn_off + 8 + 8 * s, 5); eg_testart_reseal(g_mut, n); EXPECT_EQ_U32(load_mut(n), EG_BAD_SECTION);
        FRESH(); put(lexn_off + 12 + 8 * s, 0x02000000); put(lexn_off + 4, eg_testart_default_lex_count + 1);
        eg_testart_reseal(g_mut, n); EXPECT_EQ_U32(load_mut(n), EG_BAD_SECTION);
        FRESH(); put(lexn_off + 12 + 8 * s, 0x01000000); put(lexn_off + 4, eg_testart_default_lex_count + 1);
        eg_testart_reseal(g_mut, n); EXPECT_EQ_U32(load_mut(n), EG_OK);
    }
    FRESH(); g_mut[whsh_off + 7] = 0x80; eg_testart_reseal(g_mut, n); EXPECT_EQ_U32(load_mut(n), EG_BAD_SECTION);
    FRESH(); g_mut[whsh_off + 7] = 0x81; eg_testart_reseal(g_mut, n); EXPECT_EQ_U32(load_mut(n), EG_OK);
    FRESH(); put(80 + 8, 512); eg_testart_reseal(g_mut, n); EXPECT_EQ_U32(load_mut(n), EG_BAD_SECTION);
    FRESH(); g_mut[wdns_off + 10] = 0; g_mut[wdns_off + 11] = 0x80; eg_testart_reseal(g_mut, n);
    EXPECT_EQ_U32(load_mut(n), EG_BAD_SECTION);
    FRESH(); put(96 + 8, 590); eg_testart_reseal(g_mut, n); EXPECT_EQ_U32(load_mut(n), EG_BAD_SECTION);
    /* an unknown section is checked, then ignored */
    {
        uint8_t *p = big;
        memset(big, 0, sizeof(big));
        memcpy(big, "ENGRAM\0\x1A", 8);
        eg_wr_u32(p + 8, EG_FORMAT_VERSION);
        eg_wr_u32(p + 12, 1);
        eg_wr_u32(p + 16, 64);
        memcpy(p + 32, "XTRA", 4);
        eg_wr_u32(p + 36, 48);
        eg_wr_u32(p + 40, 16);
        eg_testart_reseal(big, 64);
        EXPECT_EQ_U32(eg_artifact_load(big, 64, &a), EG_MISSING_SECTION);
    }
#undef FRESH
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

/* ------------------------------------------------------------------ batch */

static void test_batch(void) {
    /* 1 item: 2 options, answer 1, fields "c", "q", "x", "yy" */
    uint8_t b[64];
    size_t n = 24, i;
    eg_batch batch;
    eg_batch_iter it;
    eg_item item;
    int ans;
    const char *fields[4] = {"c", "q", "x", "yy"};
    memset(b, 0, sizeof(b));
    memcpy(b, "EGBATCH\x1A", 8);
    eg_wr_u32(b + 8, 1);
    eg_wr_u32(b + 12, 1);
    b[n++] = 2;
    b[n++] = 1;
    for (i = 0; i < 4; i++) {
        eg_wr_u32(b + n, (uint32_t)strlen(fields[i]));
        n += 4;
        memcpy(b + n, fields[i], strlen(fields[i]));
        n += strlen(fields[i]);
    }
    eg_wr_u32(b + 16, (uint32_t)(n - 24));
    eg_wr_u32(b + 20, eg_crc32(b + 24, n - 24));
    EXPECT_EQ_U32(eg_batch_open(b, n, &batch), EG_OK);
    eg_batch_iter_init(&it, &batch);
    EXPECT_EQ_U32(eg_batch_next(&it, &item, &ans), 1);
    EXPECT_EQ_U32(ans, 1);
    EXPECT_EQ_U32(item.option_count, 2);
    EXPECT_EQ_U32(item.options[1].len, 2);
    EXPECT_EQ_U32(memcmp(item.options[1].ptr, "yy", 2), 0);
    EXPECT_EQ_U32(eg_batch_next(&it, &item, &ans), 0);
    EXPECT_EQ_U32(eg_batch_open(b, n - 1, &batch), EG_BATCH_TRUNCATED);
    b[30] ^= 1;
    EXPECT_EQ_U32(eg_batch_open(b, n, &batch), EG_BATCH_CRC_MISMATCH);
    b[30] ^= 1;
    eg_wr_u32(b + 12, 2);
    EXPECT_EQ_U32(eg_batch_open(b, n, &batch), EG_BATCH_BAD_ITEM);
    eg_wr_u32(b + 12, 0);
    EXPECT_EQ_U32(eg_batch_open(b, n, &batch), EG_BATCH_BAD_ITEM); /* trailing bytes */
    eg_wr_u32(b + 8, 2);
    EXPECT_EQ_U32(eg_batch_open(b, n, &batch), EG_BATCH_UNSUPPORTED_VERSION);
    b[0] = 0;
    EXPECT_EQ_U32(eg_batch_open(b, n, &batch), EG_BATCH_BAD_MAGIC);
}

int main(void) {
    test_hash_vectors();
    test_crc_sha();
    test_tokenizer();
    test_loader();
    test_batch();
    test_score_errors_and_ties();
    test_token_table_cutoff();
    test_score_vs_reference();
    printf("c tests: %d checks, %d failures\n", g_checks, g_fail);
    return g_fail == 0 ? 0 : 1;
}
