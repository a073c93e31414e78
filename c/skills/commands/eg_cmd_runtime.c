/* The commands runtime <-> src/skills/commands/runtime.ts (CommandsRuntime.decide), tokenize.ts,
 * features.ts, gazetteer.ts (BloomGazetteer, phraseHash), grammar.ts (capitalRuns), viterbi.ts,
 * margin.ts, tags.ts. Integer only; every sum is i32 as in the TS runtime (docs/format.md 7.4 bounds).
 * Feature order within a token does not change a sum, so features are added as they are made; only
 * the gazetteer features are deduplicated per token, as the TS tokenFeatures does. */
#include <string.h>
#include "eg_cmd.h"
#include "eg_utf8.h"
#include "eg_hash.h"

#define BOS 0x626F73u
#define EOS 0x656F73u
#define FNV_STEP(h, b) (((h) ^ (uint32_t)(b)) * EG_FNV_PRIME)
#define GOLDEN 0x9E3779B1u
#define STEP_SALT 0x9E3779B9u
#define NS_GAZ 20u
#define NS_GAZ_KEY 0x60u

static uint32_t hash_cp(uint32_t h, uint32_t cp) {
    if (cp < 0x80u) {
        return FNV_STEP(h, cp);
    }
    if (cp < 0x800u) {
        return FNV_STEP(FNV_STEP(h, 0xC0u | (cp >> 6)), 0x80u | (cp & 0x3Fu));
    }
    if (cp < 0x10000u) {
        h = FNV_STEP(h, 0xE0u | (cp >> 12));
        h = FNV_STEP(h, 0x80u | ((cp >> 6) & 0x3Fu));
        return FNV_STEP(h, 0x80u | (cp & 0x3Fu));
    }
    h = FNV_STEP(h, 0xF0u | (cp >> 18));
    h = FNV_STEP(h, 0x80u | ((cp >> 12) & 0x3Fu));
    h = FNV_STEP(h, 0x80u | ((cp >> 6) & 0x3Fu));
    return FNV_STEP(h, 0x80u | (cp & 0x3Fu));
}

static uint32_t lower_cp(uint32_t cp) {
    return cp >= 0x41u && cp <= 0x5Au ? cp + 0x20u : cp;
}

static int is_separator(uint32_t cp) {
    return cp <= 0x20u || cp == 0xA0u;
}

static int is_word_char(uint32_t cp) {
    if (cp >= 0x30u && cp <= 0x39u) {
        return 1;
    }
    if (cp < 0x80u) {
        return (cp | 0x20u) >= 0x61u && (cp | 0x20u) <= 0x7Au;
    }
    return cp != 0xA0u && cp != 0x2018u && cp != 0x2019u && cp != 0x201Cu && cp != 0x201Du && cp != 0x2013u && cp != 0x2014u &&
           cp != 0x2026u && cp != 0xABu && cp != 0xBBu;
}

/* ---------------------------------------------------------------- tokens (tokenize.ts) */

typedef struct tok_build {
    uint32_t hash, shape, shape_last, shape_n;
    uint32_t pre[3];
    uint32_t suf[4]; /* ring of the last 4 lowered code points */
    uint32_t n;
} tok_build;

static void tb_start(tok_build *t) {
    t->hash = EG_FNV_OFFSET;
    t->shape = EG_FNV_OFFSET;
    t->shape_last = 0xFFFFFFFFu;
    t->shape_n = 0;
    t->n = 0;
}

static void tb_add(tok_build *t, uint32_t cp) {
    uint32_t lc = lower_cp(cp);
    uint32_t c = cp >= 0x41u && cp <= 0x5Au ? 0x58u : cp >= 0x61u && cp <= 0x7Au ? 0x78u : cp >= 0x30u && cp <= 0x39u ? 0x64u : cp >= 0x80u ? 0x75u : cp;
    t->hash = hash_cp(t->hash, lc);
    if (c != t->shape_last && t->shape_n < 6u) {
        t->shape = hash_cp(t->shape, c);
        t->shape_last = c;
        t->shape_n++;
    } else if (c != t->shape_last) {
        t->shape_n = 7u; /* full: the TS loop breaks, nothing more is hashed */
    }
    if (t->n < 3u) {
        t->pre[t->n] = lc;
    }
    t->suf[t->n & 3u] = lc;
    t->n++;
}

/* FNV-1a of the lowered code points: the first k, or the last k (whole token when n <= k). */
static uint32_t tb_affix(const tok_build *t, uint32_t k, int suffix) {
    uint32_t h = EG_FNV_OFFSET, i;
    if (t->n <= k) {
        return t->hash;
    }
    for (i = 0; i < k; i++) {
        h = hash_cp(h, suffix ? t->suf[(t->n - k + i) & 3u] : t->pre[i]);
    }
    return h;
}

static void tb_finish(const tok_build *t, eg_cmd_token *o) {
    o->hash = t->hash;
    o->shape = t->shape;
    o->ncp = t->n;
    o->pre2 = tb_affix(t, 2, 0);
    o->pre3 = tb_affix(t, 3, 0);
    o->suf2 = tb_affix(t, 2, 1);
    o->suf3 = tb_affix(t, 3, 1);
    o->suf4 = tb_affix(t, 4, 1);
}

static uint32_t tokenize(const uint8_t *text, size_t len, eg_cmd_token *tok) {
    uint32_t n = 0, cpos = 0;
    size_t pos = 0, at;
    int open = 0;
    tok_build tb;
    eg_cmd_token *cur = &tok[0];
    while (pos < len) {
        uint32_t cp;
        at = pos;
        cp = eg_utf8_next(text, len, &pos);
        if (is_separator(cp) || !is_word_char(cp)) {
            if (open) {
                open = 0;
                if (n < EG_CMD_MAX_TOKENS) {
                    cur->end = cpos;
                    cur->bend = (uint32_t)at;
                    tb_finish(&tb, cur);
                    n++;
                }
            }
            if (!is_separator(cp) && n < EG_CMD_MAX_TOKENS) {
                eg_cmd_token *t = &tok[n++];
                tb_start(&tb);
                tb_add(&tb, cp);
                t->start = cpos;
                t->end = cpos + 1u;
                t->bstart = (uint32_t)at;
                t->bend = (uint32_t)pos;
                t->first_cp = cp;
                t->punct = 1;
                tb_finish(&tb, t);
            }
        } else {
            if (!open) {
                open = 1;
                tb_start(&tb);
                cur = &tok[n < EG_CMD_MAX_TOKENS ? n : 0];
                if (n < EG_CMD_MAX_TOKENS) {
                    cur->start = cpos;
                    cur->bstart = (uint32_t)at;
                    cur->first_cp = cp;
                    cur->punct = 0;
                }
            }
            tb_add(&tb, cp);
        }
        cpos++;
    }
    if (open && n < EG_CMD_MAX_TOKENS) {
        cur->end = cpos;
        cur->bend = (uint32_t)len;
        tb_finish(&tb, cur);
        n++;
    }
    return n;
}

/* ---------------------------------------------------------------- tables */

static uint32_t lex_lookup(const eg_cmd *m, uint32_t h) {
    uint32_t S = m->lex_slots, k = eg_hash_fmix32(h) & (S - 1u);
    for (;;) {
        uint32_t f = eg_rd_u32(m->clex + 12u + 8u * k);
        if (f == 0u) {
            return 0u;
        }
        if (eg_rd_u32(m->clex + 8u + 8u * k) == h) {
            return f;
        }
        k = (k + 1u) & (S - 1u);
    }
}

/* Bit b of the filter's little-endian u32 words is bit b & 7 of byte b >> 3. */
#define BLOOM_BIT(m, b) (((m)->cgaz[(b) >> 3] >> ((b) & 7u)) & 1u)

static int bloom_has(const eg_cmd *m, uint32_t key) {
    uint32_t mask = (1u << m->bloom_log2) - 1u, h2, j;
    if (m->probes == 0u) {
        return 1;
    }
    /* probe 0 is the key itself: most keys stop there, before the step is hashed */
    if (BLOOM_BIT(m, key & mask) == 0u) {
        return 0;
    }
    h2 = eg_hash_fmix32(key ^ STEP_SALT) | 1u;
    for (j = 1; j < m->probes; j++) {
        uint32_t bit = (key + j * h2) & mask;
        if (BLOOM_BIT(m, bit) == 0u) {
            return 0;
        }
    }
    return 1;
}

/* eg_hash_feature(ns, a, b) in two steps, so a prefix shared by many features is hashed once. */
static uint32_t feature_prefix(uint32_t ns, uint32_t a) {
    return eg_hash_fnv1a_u32((EG_FNV_OFFSET ^ (ns & 0xFFu)) * EG_FNV_PRIME, a);
}

static uint32_t feature_finish(uint32_t prefix, uint32_t b) {
    return eg_hash_fmix32(eg_hash_fnv1a_u32(prefix, b));
}

/* fmix32 of FNV-1a over the tokens' u32 hashes [i, j) (gazetteer.ts phraseHash), built incrementally. */
static int gaz_any(const eg_cmd *m, const eg_cmd_scratch *s, uint32_t slot, uint32_t min_span) {
    uint32_t i, j, n = s->n_tok;
    for (i = 0; i < n; i++) {
        uint32_t h = EG_FNV_OFFSET;
        for (j = i + 1u; j <= n && j - i <= EG_CMD_MAX_GAZ_SPAN; j++) {
            h = eg_hash_fnv1a_u32(h, s->tok[j - 1u].hash);
            if (j - i >= min_span && bloom_has(m, eg_hash_feature(NS_GAZ_KEY, slot, eg_hash_fmix32(h)))) {
                return 1;
            }
        }
    }
    return 0;
}

static void cap_runs(eg_cmd_scratch *s) {
    uint32_t i = 0, j, k, n = s->n_tok;
    for (i = 0; i < n; i++) {
        s->caps[i] = 0;
    }
    i = 0;
    while (i < n) {
        const eg_cmd_token *t = &s->tok[i];
        if (t->punct || t->first_cp < 0x41u || t->first_cp > 0x5Au) {
            i++;
            continue;
        }
        j = i;
        while (j + 1u < n && !s->tok[j + 1u].punct && s->tok[j + 1u].first_cp >= 0x41u && s->tok[j + 1u].first_cp <= 0x5Au) {
            j++;
        }
        for (k = i; k <= j; k++) {
            s->caps[k] = (uint8_t)((i == 0 ? 8u : 0u) | (i == j ? 1u : k == i ? 2u : k == j ? 4u : 3u));
        }
        i = j + 1u;
    }
}

/* ---------------------------------------------------------------- scoring */

/* The sum of n count bytes, four at a time (the loop runs for every feature that hits a bucket). */
static uint32_t sum_counts(const uint8_t *p, uint32_t n) {
    uint32_t sum = 0;
    for (; n >= 4u; n -= 4u, p += 4) {
        sum += (uint32_t)p[0] + p[1] + p[2] + p[3];
    }
    for (; n > 0u; n--) {
        sum += *p++;
    }
    return sum;
}

/* The first entry of bucket b: its block's start plus the counts before it in the block, or, in the
 * block's upper half, the next block's start minus the counts from b on (half the bytes to add). */
static uint32_t bucket_start(const eg_cmd *m, uint32_t b) {
    uint32_t blk = b >> 6, off = b & 63u;
    if (off >= 32u && blk + 1u < ((1u << m->tagger_bits) >> 6)) { /* CTBS: one start per whole block */
        return eg_rd_u32(m->ctbs + 4u * (blk + 1u)) - sum_counts(m->ctcn + b, 64u - off);
    }
    return eg_rd_u32(m->ctbs + 4u * blk) + sum_counts(m->ctcn + (b - off), off);
}

typedef struct feat_ctx {
    const eg_cmd *m;
    eg_cmd_scratch *s;
    int32_t *row; /* emission row of the token */
    uint32_t tmask, conj;
} feat_ctx;

static void emit_hash(feat_ctx *c, uint32_t h) {
    const eg_cmd *m = c->m;
    const uint8_t *aidx = c->s->aidx, *e, *e_end;
    int32_t *row = c->row;
    uint32_t b = h & c->tmask;
    if (m->ctcn[b] == 0u) { /* most buckets are empty: no start to sum */
        return;
    }
    e = m->cten + 2u * bucket_start(m, b);
    e_end = e + 2u * m->ctcn[b];
    /* the hottest loop of a parse: (tag, i8 weight) entries, most of them for tags the intent does not allow */
    for (; e < e_end; e += 2) {
        uint32_t a = aidx[e[0]];
        if (a != EG_CMD_NOT_ALLOWED) {
            row[a] += ((int32_t)e[1] ^ 0x80) - 0x80; /* the i8 weight */
        }
    }
}

/* FNV_PRIME^4 (mod 2^32): FNV-1a over the four zero bytes of b = 0 is one multiply by it. */
#define FNV_PRIME_4 0x502C3F11u

static void add(feat_ctx *c, uint32_t ns, uint32_t a, uint32_t b) {
    /* eg_hash_feature(ns, a, b); most features have b = 0 */
    emit_hash(c, b == 0u ? eg_hash_fmix32(feature_prefix(ns, a) * FNV_PRIME_4) : eg_hash_feature(ns, a, b));
    if (ns < 32u && (c->m->ns_mask & (1u << ns)) != 0u) {
        emit_hash(c, eg_hash_feature(ns | 0x80u, a, b ^ c->conj));
    }
}

static void score_intents(const eg_cmd *m, eg_cmd_scratch *s) {
    uint32_t C = m->n_intents, mask = (1u << m->intent_bits) - 1u, i, c, prev = BOS;
    uint32_t feats[4];
#define INTENT_FEATURE(hv)                                          \
    do {                                                            \
        const uint8_t *wr = m->cinw + ((hv) & mask) * C;            \
        for (c = 0; c < C; c++) {                                   \
            s->iscore[c] += (int32_t)wr[c] - (int32_t)((wr[c] & 0x80u) << 1); \
        }                                                           \
    } while (0)
    for (c = 0; c < C; c++) {
        s->iscore[c] = 0;
    }
    for (i = 0; i < s->n_tok; i++) {
        feats[0] = eg_hash_feature(40u, s->tok[i].hash, 0u);
        feats[1] = eg_hash_feature(41u, prev, s->tok[i].hash);
        INTENT_FEATURE(feats[0]);
        INTENT_FEATURE(feats[1]);
        prev = s->tok[i].hash;
    }
    INTENT_FEATURE(eg_hash_feature(41u, prev, EOS));
    if (m->flags & EG_CMD_FLAG_INTENT_CLASSES) {
        uint32_t pc = BOS, cc;
        for (i = 0; i < s->n_tok; i++) {
            cc = s->caps[i] ? s->caps[i] : s->gbits[i] ? (0x100u | s->gbits[i]) : s->tok[i].hash;
            INTENT_FEATURE(eg_hash_feature(43u, pc, cc));
            pc = cc;
        }
        INTENT_FEATURE(eg_hash_feature(43u, pc, EOS));
    }
    if ((m->flags & EG_CMD_FLAG_INTENT_GAZ) && m->n_slots > 0u) {
        uint32_t sl;
        for (sl = 0; sl < m->n_slots; sl++) {
            if (gaz_any(m, s, sl, 2u)) {
                INTENT_FEATURE(eg_hash_feature(42u, sl, 0u));
            }
        }
    }
#undef INTENT_FEATURE
}

/* ---------------------------------------------------------------- JSON (JSON.stringify) */

typedef struct jout {
    char *p;
    size_t cap, n;
    int over;
} jout;

static void jput(jout *o, const char *s, size_t n) {
    if (o->over || n > o->cap - o->n) {
        o->over = 1;
        return;
    }
    memcpy(o->p + o->n, s, n);
    o->n += n;
}

static void jstr(jout *o, const char *s) {
    jput(o, s, strlen(s));
}

static void juint(jout *o, uint32_t v) {
    char b[12];
    int i = 11;
    b[i] = 0;
    do {
        b[--i] = (char)('0' + v % 10u);
        v /= 10u;
    } while (v != 0u);
    jput(o, b + i, (size_t)(11 - i));
}

static void jcp(jout *o, uint32_t cp) {
    char b[8];
    static const char hx[] = "0123456789abcdef";
    if (cp == 0x22u) {
        jput(o, "\\\"", 2);
    } else if (cp == 0x5Cu) {
        jput(o, "\\\\", 2);
    } else if (cp < 0x20u) {
        switch (cp) {
        case 0x08: jput(o, "\\b", 2); break;
        case 0x09: jput(o, "\\t", 2); break;
        case 0x0A: jput(o, "\\n", 2); break;
        case 0x0C: jput(o, "\\f", 2); break;
        case 0x0D: jput(o, "\\r", 2); break;
        default:
            b[0] = '\\';
            b[1] = 'u';
            b[2] = '0';
            b[3] = '0';
            b[4] = hx[cp >> 4];
            b[5] = hx[cp & 15u];
            jput(o, b, 6);
        }
    } else if (cp < 0x80u) {
        b[0] = (char)cp;
        jput(o, b, 1);
    } else if (cp < 0x800u) {
        b[0] = (char)(0xC0u | (cp >> 6));
        b[1] = (char)(0x80u | (cp & 0x3Fu));
        jput(o, b, 2);
    } else if (cp < 0x10000u) {
        b[0] = (char)(0xE0u | (cp >> 12));
        b[1] = (char)(0x80u | ((cp >> 6) & 0x3Fu));
        b[2] = (char)(0x80u | (cp & 0x3Fu));
        jput(o, b, 3);
    } else {
        b[0] = (char)(0xF0u | (cp >> 18));
        b[1] = (char)(0x80u | ((cp >> 12) & 0x3Fu));
        b[2] = (char)(0x80u | ((cp >> 6) & 0x3Fu));
        b[3] = (char)(0x80u | (cp & 0x3Fu));
        jput(o, b, 4);
    }
}

/* A JSON string of UTF-8 bytes (decoded as TextDecoder does; artifact strings are valid UTF-8 and the
   query's decoded text holds no lone surrogate, so no \ud800-style escape is ever needed). */
static void jbytes(jout *o, const uint8_t *p, size_t n) {
    size_t pos = 0;
    jput(o, "\"", 1);
    while (pos < n) {
        jcp(o, eg_utf8_next(p, n, &pos));
    }
    jput(o, "\"", 1);
}

static void jstring_id(jout *o, const eg_cmd *m, uint32_t id) {
    uint32_t l;
    const uint8_t *p = eg_cmd_string(m, id, &l);
    jbytes(o, p, l);
}

static int str_same(const eg_cmd *m, uint32_t a, uint32_t b) {
    uint32_t la, lb;
    const uint8_t *pa = eg_cmd_string(m, a, &la), *pb = eg_cmd_string(m, b, &lb);
    return la == lb && memcmp(pa, pb, la) == 0;
}

static uint32_t slot_name(const eg_cmd *m, uint32_t s) {
    return eg_rd_u32(m->cslt + 4u * s);
}

/* ---------------------------------------------------------------- parse */

int eg_cmd_parse(const eg_cmd *m, const uint8_t *text, size_t len, eg_cmd_scratch *s, char *out, size_t cap, size_t *out_len,
                 eg_cmd_result *res) {
    uint32_t n, i, k, a, best, intent, A, T = m->tag_count, first, count;
    int64_t second, margin;
    int rejected, refuse;
    const uint8_t *ir;
    feat_ctx fc;
    jout o;

    *out_len = 0;
#if !EG_CMD_HAVE_GRAMMAR
    if (m->flags & (EG_CMD_FLAG_GRAMMAR | EG_CMD_FLAG_INTENT_CLASSES)) {
        return EG_CMD_NO_GRAMMAR;
    }
#endif
    n = tokenize(text, len, s->tok);
    s->n_tok = n;
    for (i = 0; i < n; i++) {
        s->gbits[i] = 0;
        s->gbegins[i] = 0;
    }
    cap_runs(s);
#if EG_CMD_HAVE_GRAMMAR
    if (n > 0 && (m->flags & (EG_CMD_FLAG_GRAMMAR | EG_CMD_FLAG_INTENT_CLASSES))) {
        if (eg_cmd_grammar_marks(text, len, s->tok, n, s->gbits, s->gbegins, &s->gram) != EG_OK) {
            return EG_CMD_TOO_LARGE;
        }
    }
#endif

    /* intent (margin.ts bestWithMargin) */
    score_intents(m, s);
    best = 0;
    for (i = 1; i < m->n_intents; i++) {
        if (s->iscore[i] > s->iscore[best]) {
            best = i;
        }
    }
    second = INT64_MIN;
    for (i = 0; i < m->n_intents; i++) {
        if (i != best && s->iscore[i] > second) {
            second = s->iscore[i];
        }
    }
    margin = m->n_intents > 1u ? (int64_t)s->iscore[best] - second : INT64_MAX;
    intent = best;
    rejected = m->reject_margin > 0u && m->oos >= 0 && (eg_rd_u16(m->cint + 16u * best + 8u) & 1u) == 0u && margin < (int64_t)m->reject_margin;
    if (rejected) {
        intent = (uint32_t)m->oos;
    }
    ir = m->cint + 16u * intent;
    refuse = (eg_rd_u16(ir + 8) & 1u) != 0u;
    count = eg_rd_u16(ir + 10);
    first = eg_rd_u32(ir + 12);

    /* allowed tags (tags.ts allowedTags) */
    for (k = 0; k < 256u; k++) {
        s->aidx[k] = EG_CMD_NOT_ALLOWED;
    }
    A = 0;
    s->allowed[A++] = 0;
    for (k = 0; k < count; k++) {
        uint32_t sl = m->cisl[first + k];
        s->allowed[A++] = (uint8_t)(1u + 2u * sl);
        s->allowed[A++] = (uint8_t)(2u + 2u * sl);
    }
    for (a = 0; a < A; a++) {
        s->aidx[s->allowed[a]] = (uint8_t)a;
    }

    /* gazetteer marks: (k-th intent slot, code) per token */
    memset(s->gaz, 0, sizeof(s->gaz[0]) * n);
    for (k = 0; k < count; k++) {
        s->gaz_prefix[k] = feature_prefix(NS_GAZ_KEY, m->cisl[first + k]);
    }
    for (i = 0; i < n; i++) {
        uint32_t h = EG_FNV_OFFSET, j;
        for (j = i + 1u; j <= n && j - i <= EG_CMD_MAX_GAZ_SPAN; j++) {
            uint32_t ph;
            h = eg_hash_fnv1a_u32(h, s->tok[j - 1u].hash);
            ph = eg_hash_fmix32(h);
            for (k = 0; k < count; k++) {
                uint32_t q;
                if (!bloom_has(m, feature_finish(s->gaz_prefix[k], ph))) {
                    continue;
                }
                for (q = i; q < j; q++) {
                    uint32_t code = j - i == 1u ? 1u : q == i ? 2u : q == j - 1u ? 4u : 3u, bit = 4u * k + code - 1u;
                    s->gaz[q][bit >> 5] |= 1u << (bit & 31u);
                }
            }
        }
    }

    /* emissions (features.ts tokenFeatures) */
    fc.m = m;
    fc.s = s;
    fc.tmask = (1u << m->tagger_bits) - 1u;
    fc.conj = (intent + 1u) * GOLDEN;
#define W(x) ((x) < 0 ? BOS : (x) >= (int32_t)n ? EOS : s->tok[(x)].hash)
#define SH(x) ((x) < 0 ? BOS : (x) >= (int32_t)n ? EOS : s->tok[(x)].shape)
#define LX(x) ((x) < 0 || (x) >= (int32_t)n ? 0xFFu : s->lex[(x)])
#define GB(x) ((x) < 0 ? BOS : (x) >= (int32_t)n ? EOS : (uint32_t)s->gbits[(x)])
    for (i = 0; i < n; i++) {
        s->lex[i] = lex_lookup(m, s->tok[i].hash);
    }
    /* The bias (ns 1) and the inner-token position (ns 21, value 0) are the same features at every
     * token: their rows are summed once (into vprev: bias; vcur: bias + position 0, both free until
     * the Viterbi) and copied in; a token's sum does not depend on the order of its features. */
    fc.row = s->vprev;
    for (a = 0; a < A; a++) {
        fc.row[a] = 0;
    }
    add(&fc, 1u, 0u, 0u);
    for (a = 0; a < A; a++) {
        s->vcur[a] = s->vprev[a];
    }
    fc.row = s->vcur;
    add(&fc, 21u, 0u, 0u);
    for (i = 0; i < n; i++) {
        const eg_cmd_token *t = &s->tok[i];
        int32_t ii = (int32_t)i;
        int edge = i == 0 || i == n - 1u;
        fc.row = &s->emit[i * A];
        for (a = 0; a < A; a++) {
            fc.row[a] = edge ? s->vprev[a] : s->vcur[a];
        }
        add(&fc, 2u, W(ii), 0u);
        add(&fc, 3u, W(ii - 1), 0u);
        add(&fc, 4u, W(ii + 1), 0u);
        add(&fc, 5u, W(ii - 2), 0u);
        add(&fc, 6u, W(ii + 2), 0u);
        add(&fc, 7u, W(ii - 1), W(ii));
        add(&fc, 8u, W(ii), W(ii + 1));
        add(&fc, 9u, t->pre2, 0u);
        add(&fc, 10u, t->pre3, 0u);
        add(&fc, 11u, t->suf2, 0u);
        add(&fc, 12u, t->suf3, 0u);
        add(&fc, 13u, t->suf4, 0u);
        add(&fc, 14u, SH(ii), 0u);
        add(&fc, 15u, SH(ii - 1), SH(ii));
        add(&fc, 16u, SH(ii), SH(ii + 1));
        if (LX(ii) != 0u) {
            add(&fc, 17u, LX(ii), 0u);
        }
        add(&fc, 18u, LX(ii - 1), 0u);
        add(&fc, 19u, LX(ii + 1), 0u);
        if (edge) {
            add(&fc, 21u, i == 0 ? 1u : 2u, 0u);
        }
        if (m->flags & EG_CMD_FLAG_GRAMMAR) {
            uint32_t c;
            for (c = 1; c <= 0x40u; c <<= 1) {
                if (s->gbits[i] & c) {
                    add(&fc, 22u, c, (s->gbegins[i] & c) ? 1u : 2u);
                }
            }
            add(&fc, 23u, GB(ii - 1), GB(ii));
            add(&fc, 24u, GB(ii), GB(ii + 1));
        }
        if (m->flags & EG_CMD_FLAG_CAPS) {
            add(&fc, 25u, s->caps[i], 0u);
        }
        for (k = 0; k < count; k++) {
            uint32_t code;
            for (code = 1; code <= 4u; code++) {
                uint32_t bit = 4u * k + code - 1u;
                if (s->gaz[i][bit >> 5] & (1u << (bit & 31u))) {
                    emit_hash(&fc, eg_hash_feature(NS_GAZ, m->cisl[first + k], code));
                }
            }
        }
#undef W
#undef SH
#undef LX
#undef GB
    }

    /* Viterbi (viterbi.ts): ties to the lowest allowed index */
    if (n > 0) {
        int32_t *prev = s->vprev, *cur = s->vcur, *tmp;
        uint8_t *okp = s->vok_prev, *okc = s->vok_cur, *tmpk;
        uint32_t arg = 0;
        int32_t bestv = 0;
        int have = 0;
        for (a = 0; a < A; a++) {
            uint32_t t = s->allowed[a], p;
            int inside = t > 0u && (t & 1u) == 0u;
            okp[a] = (uint8_t)!inside;
            prev[a] = inside ? 0 : eg_rd_i16(m->ctrn + 2u * t) + s->emit[a];
            /* the transitions into an O or B tag from every allowed tag, read once for all tokens; the
             * O and B tags sit at a = 0, 1, 3, 5, ..., so row (a + 1) / 2 */
            for (p = 0; p < A && !inside; p++) {
                s->trn[((a + 1u) >> 1) * A + p] = (int16_t)eg_rd_i16(m->ctrn + 2u * ((s->allowed[p] + 1u) * T + t));
            }
        }
        for (i = 1; i < n; i++) {
            for (a = 0; a < A; a++) {
                uint32_t t = s->allowed[a], p;
                int inside = t > 0u && (t & 1u) == 0u, found = 0;
                int32_t bv = 0;
                uint32_t bp = 0;
                /* An I tag follows only the B or the I of its own slot: allowed holds them at a - 1 and a
                 * (tags.ts allowedTags: O, then B, I per intent slot), so only those two are tried. */
                if (inside) {
                    for (p = a - 1u; p <= a; p++) {
                        int32_t v;
                        if (!okp[p]) {
                            continue;
                        }
                        v = prev[p] + eg_rd_i16(m->ctrn + 2u * ((s->allowed[p] + 1u) * T + t));
                        if (!found || v > bv) {
                            bv = v;
                            bp = p;
                            found = 1;
                        }
                    }
                } else {
                    /* allowed[0] is O, never inside, so always reachable: it starts the maximum */
                    const int16_t *row = &s->trn[((a + 1u) >> 1) * A];
                    bv = prev[0] + row[0];
                    found = 1;
                    for (p = 1; p < A; p++) {
                        int32_t v = prev[p] + row[p];
                        if (v > bv && okp[p]) {
                            bv = v;
                            bp = p;
                        }
                    }
                }
                okc[a] = (uint8_t)found;
                cur[a] = found ? bv + s->emit[i * A + a] : 0;
                s->back[i * A + a] = (uint8_t)bp;
            }
            tmp = prev;
            prev = cur;
            cur = tmp;
            tmpk = okp;
            okp = okc;
            okc = tmpk;
        }
        for (a = 0; a < A; a++) {
            if (okp[a] && (!have || prev[a] > bestv)) {
                bestv = prev[a];
                arg = a;
                have = 1;
            }
        }
        for (i = n; i-- > 0;) {
            s->path[i] = s->allowed[arg];
            if (i > 0) {
                arg = s->back[i * A + arg];
            }
        }
    }

    /* frame JSON */
    o.p = out;
    o.cap = cap;
    o.n = 0;
    o.over = 0;
    jstr(&o, "{\"intent\":");
    jstring_id(&o, m, eg_rd_u32(ir));
    jstr(&o, ",\"slots\":[");
    {
        uint32_t have_n = 0, nslots_out = 0;
        uint32_t have[EG_CMD_MAX_TOKENS];
        if (!(refuse && count == 0u)) {
            for (i = 0; i < n; i++) {
                uint32_t tg = s->path[i], sl, j;
                if (tg == 0u || (tg & 1u) == 0u) {
                    continue;
                }
                sl = (tg - 1u) >> 1;
                j = i;
                while (j + 1u < n && s->path[j + 1u] > 0u && (s->path[j + 1u] & 1u) == 0u && ((s->path[j + 1u] - 1u) >> 1) == sl) {
                    j++;
                }
                if (nslots_out++ > 0u) {
                    jstr(&o, ",");
                }
                jstr(&o, "{\"slot\":");
                jstring_id(&o, m, slot_name(m, sl));
                jstr(&o, ",\"text\":");
                jbytes(&o, text + s->tok[i].bstart, s->tok[j].bend - s->tok[i].bstart);
                jstr(&o, ",\"start\":");
                juint(&o, s->tok[i].start);
                jstr(&o, ",\"end\":");
                juint(&o, s->tok[j].end);
                if (!refuse) {
                    /* runtime.ts fillValues: the schema of the first slot with this name, if the intent has it */
                    uint32_t fs = sl, kk;
                    const uint8_t *rec = NULL;
                    int has_value = 1;
                    for (kk = 0; kk < m->n_slots; kk++) {
                        if (str_same(m, slot_name(m, kk), slot_name(m, sl))) {
                            fs = kk;
                            break;
                        }
                    }
                    for (kk = 0; kk < count; kk++) {
                        if (m->cisl[first + kk] == fs) {
                            rec = m->csch + 12u * (first + kk);
                            break;
                        }
                    }
                    if (rec != NULL && rec[0] != EG_CMD_T_TEXT) {
#if EG_CMD_HAVE_NORMALIZE
                        if (!o.over) {
                            size_t wrote = 0;
                            has_value = eg_cmd_slot_value(m, rec, text + s->tok[i].bstart, s->tok[j].bend - s->tok[i].bstart, s->norm,
                                                          sizeof(s->norm), o.p + o.n, o.cap - o.n, &wrote);
                            if (has_value < 0) {
                                o.over = 1;
                                has_value = 0;
                            }
                            o.n += wrote;
                        }
#else
                        has_value = 0;
#endif
                    }
                    if (has_value && have_n < EG_CMD_MAX_TOKENS) {
                        have[have_n++] = slot_name(m, sl);
                    }
                }
                jstr(&o, "}");
                i = j;
            }
        }
        jstr(&o, "]");
        if (refuse) {
            jstr(&o, ",\"refused\":true,\"reason\":");
            jstring_id(&o, m, eg_rd_u32(ir + 4));
        } else {
            uint32_t nm = 0, q;
            for (k = 0; k < count; k++) {
                uint32_t sl = m->cisl[first + k];
                int got = 0;
                if ((m->csch[12u * (first + k) + 1u] & 1u) == 0u) {
                    continue;
                }
                for (q = 0; q < have_n && !got; q++) {
                    got = str_same(m, have[q], slot_name(m, sl));
                }
                if (got) {
                    continue;
                }
                jstr(&o, nm++ == 0u ? ",\"missing\":[" : ",");
                jstring_id(&o, m, slot_name(m, sl));
            }
            if (nm > 0u) {
                jstr(&o, "]");
            }
        }
    }
    jstr(&o, "}");
    if (res != NULL) {
        res->intent = intent;
        res->rejected = rejected;
        res->n_tok = n;
    }
    if (o.over) {
        return EG_CMD_TOO_LARGE;
    }
    *out_len = o.n;
    return EG_OK;
}
