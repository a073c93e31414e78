/* Per-item features of the multiple-choice skill (docs/format.md sections 2.4-2.7)
 * <-> src/skills/mcq/features.ts. */
#include <string.h>
#include "eg_features.h"
#include "eg_hash.h"
#include "eg_tokenize.h"

/* The context (512 tokens) and the question (128) are tokenized into s->tok before the options. */
typedef char eg_assert_tok_fits_context[(EG_MAX_OPTIONS * EG_MAX_OPTION_TOKENS >= EG_MAX_CONTEXT_TOKENS &&
                                         EG_MAX_OPTIONS * EG_MAX_OPTION_TOKENS >= EG_MAX_QUESTION_TOKENS) ? 1 : -1];
typedef char eg_assert_slots_fit_u16[(EG_TOKEN_TABLE_SLOTS < EG_SLOT_DROPPED) ? 1 : -1];


/* Feature family bits, dense bases and strides: eg_features_table.h (generated from
 * src/skills/mcq/features.ts NAMESPACES). A rank or length family needs the per-item ranks below. */
#define EG_NS_RANKED_MASK (EG_NS_QT_LEN_LONG_MASK | EG_NS_QT_LEN_SHORT_MASK | EG_NS_QT_CTX_RANK_MASK | EG_NS_QT_OPT_RANK_MASK)
#define EG_TT_MASK_OPTIONS ((1u << EG_MAX_OPTIONS) - 1u) /* token table bits 0..7: the options */

/* Inserts token h (whose fmix32 is fm) with mask bit m (format.md 2.5). Returns its slot, or
 * EG_SLOT_DROPPED when the table already holds 1024 tokens and h is new. */
static uint32_t eg_tt_insert(eg_scratch *s, uint32_t h, uint32_t fm, uint32_t m) {
    uint32_t k = fm & EG_TT_SLOT_MASK;
    for (;;) {
        uint32_t mk = s->tt_mask[k];
        if (mk == 0u) {
            if (s->tt_count >= EG_TOKEN_TABLE_MAX_ENTRIES) {
                return EG_SLOT_DROPPED;
            }
            s->tt_hash[k] = h;
            s->tt_mask[k] = (uint16_t)m;
            s->tt_count++;
            return k;
        }
        if (s->tt_hash[k] == h) {
            s->tt_mask[k] = (uint16_t)(mk | m);
            return k;
        }
        k = (k + 1u) & EG_TT_SLOT_MASK;
    }
}

static int eg_span_ok(eg_span sp) {
    return sp.ptr != NULL || sp.len == 0u;
}

int eg_features_prepare(const eg_artifact *a, const eg_item *item, eg_scratch *s) {
    uint32_t n, j, i, qflags = 0u;
    uint32_t nopt = item->option_count;

    if (nopt < EG_MIN_OPTIONS || nopt > EG_MAX_OPTIONS || !eg_span_ok(item->context) ||
        !eg_span_ok(item->question)) {
        return EG_BAD_ITEM;
    }
    for (i = 0; i < nopt; i++) {
        if (!eg_span_ok(item->options[i])) {
            return EG_BAD_ITEM;
        }
    }
    memset(s->tt_mask, 0, sizeof(s->tt_mask));
    s->tt_count = 0u;
    s->option_count = nopt;

    /* context: content tokens enter the table with bit 8 */
    n = eg_text_tokenize(item->context.ptr, item->context.len, EG_MAX_CONTEXT_BYTES, EG_MAX_CONTEXT_TOKENS, s->tok);
    for (j = 0; j < n; j++) {
        uint32_t h = s->tok[j];
        uint32_t fm = eg_hash_fmix32(h);
        if ((eg_artifact_lex_fm(a, h, fm) & EG_LEX_STOP) == 0u) {
            (void)eg_tt_insert(s, h, fm, EG_TT_MASK_CONTEXT);
        }
    }
    /* question: its cue flags decide qtype; its content tokens enter the table with bit 9 */
    n = eg_text_tokenize(item->question.ptr, item->question.len, EG_MAX_QUESTION_BYTES, EG_MAX_QUESTION_TOKENS,
                         s->tok);
    for (j = 0; j < n; j++) {
        uint32_t h = s->tok[j];
        uint32_t fm = eg_hash_fmix32(h);
        uint32_t f = eg_artifact_lex_fm(a, h, fm);
        qflags |= f;
        if ((f & EG_LEX_STOP) == 0u) {
            (void)eg_tt_insert(s, h, fm, EG_TT_MASK_QUESTION);
        }
    }
    qflags = (qflags >> EG_LEX_QT_SHIFT) & ((1u << EG_LEX_QT_COUNT) - 1u);
    s->qtype = 0u;
    if (qflags != 0u) {
        uint32_t q = 1u;
        while ((qflags & 1u) == 0u) {
            qflags >>= 1;
            q++;
        }
        s->qtype = q;
    }
    /* options, in order: content tokens enter the table with bit i */
    for (i = 0; i < nopt; i++) {
        uint32_t *tok = s->tok + i * EG_MAX_OPTION_TOKENS;
        uint16_t *slot = s->opt_slot + i * EG_MAX_OPTION_TOKENS;
        uint32_t of = 0u;
        uint32_t len = item->options[i].len;
        n = eg_text_tokenize(item->options[i].ptr, len, EG_MAX_OPTION_BYTES, EG_MAX_OPTION_TOKENS, tok);
        for (j = 0; j < n; j++) {
            uint32_t h = tok[j];
            uint32_t fm = eg_hash_fmix32(h);
            uint32_t f = eg_artifact_lex_fm(a, h, fm);
            of |= f;
            slot[j] = (uint16_t)((f & EG_LEX_STOP) != 0u ? EG_SLOT_STOP : eg_tt_insert(s, h, fm, 1u << i));
        }
        s->ntok[i] = n;
        s->oflags[i] = of;
        s->len[i] = len < EG_MAX_OPTION_BYTES ? len : EG_MAX_OPTION_BYTES;
    }
    /* per-option quantities: every option is in the table now */
    for (i = 0; i < nopt; i++) {
        const uint16_t *slot = s->opt_slot + i * EG_MAX_OPTION_TOKENS;
        uint32_t other = EG_TT_MASK_OPTIONS & ~(1u << i), content = 0u, ctx_hits = 0u, opt_hits = 0u, q_hits = 0u;
        for (j = 0; j < s->ntok[i]; j++) {
            uint32_t k = slot[j];
            if (k != EG_SLOT_STOP) {
                content++;
                if (k != EG_SLOT_DROPPED) {
                    uint32_t m = s->tt_mask[k];
                    ctx_hits += (m & EG_TT_MASK_CONTEXT) != 0u;
                    q_hits += (m & EG_TT_MASK_QUESTION) != 0u;
                    opt_hits += (m & other) != 0u;
                }
            }
        }
        s->content[i] = content;
        s->ctx_hits[i] = ctx_hits;
        s->opt_hits[i] = opt_hits;
        s->q_hits[i] = q_hits;
        s->verdict[i] = EG_VERDICT_ABSTAIN;
    }
    if (a->ns_mask & EG_NS_QT_LOGIC_MASK) {
        const uint8_t *optr[EG_MAX_OPTIONS];
        uint32_t olen[EG_MAX_OPTIONS];
        for (i = 0; i < nopt; i++) {
            optr[i] = item->options[i].ptr;
            olen[i] = item->options[i].len;
        }
        eg_logic_run(&s->logic, a, item->context.ptr, item->context.len, optr, olen, nopt, s->verdict);
    }
    return EG_OK;
}

/* overlap bucket of (hits, n): 5 if n = 0, else floor(4*hits/n) */
static uint32_t eg_bucket(uint32_t hits, uint32_t n) {
    return n == 0u ? 5u : (4u * hits) / n;
}

static int32_t eg_wd(const eg_artifact *a, uint32_t index) {
    return eg_rd_i16(a->wdns + 2u * index);
}

/* Adds a question-type-crossed dense feature (and its back-off copy when enabled). */
static int32_t eg_dense(const eg_artifact *a, uint32_t base, uint32_t stride, uint32_t qtype, uint32_t local) {
    int32_t v = eg_wd(a, base + qtype * stride + local);
    if (a->ns_mask & EG_NS_BACKOFF_MASK) {
        v += eg_wd(a, base + EG_QT_ANY * stride + local);
    }
    return v;
}

int32_t eg_features_option_score(const eg_artifact *a, const eg_scratch *s, uint32_t i) {
    const uint32_t *tok = s->tok + i * EG_MAX_OPTION_TOKENS;
    const int8_t *w = a->whsh;
    uint32_t n = s->ntok[i], ns = a->ns_mask, hm = a->hash_mask, q = s->qtype, j;
    uint32_t content = s->content[i];
    int32_t hsum = 0, dsum = 0;

    if (ns & EG_NS_OPT_UNI_MASK) { /* opt_uni: (h(t_j), 0) */
        uint32_t pre = (EG_FNV_OFFSET ^ EG_NS_OPT_UNI_ID) * EG_FNV_PRIME;
        for (j = 0; j < n; j++) {
            hsum += w[eg_hash_fmix32(eg_hash_fnv1a_u32(eg_hash_fnv1a_u32(pre, tok[j]), 0u)) & hm];
        }
    }
    if ((ns & EG_NS_OPT_BI_MASK) && n > 1u) { /* opt_bi: (h(t_j), h(t_j+1)) */
        uint32_t pre = (EG_FNV_OFFSET ^ EG_NS_OPT_BI_ID) * EG_FNV_PRIME;
        for (j = 0; j + 1u < n; j++) {
            hsum += w[eg_hash_fmix32(eg_hash_fnv1a_u32(eg_hash_fnv1a_u32(pre, tok[j]), tok[j + 1u])) & hm];
        }
    }
    if (ns & EG_NS_QT_UNI_MASK) { /* qt_uni: (qtype, h(t_j)); the prefix is fixed per item */
        uint32_t pre = eg_hash_fnv1a_u32((EG_FNV_OFFSET ^ EG_NS_QT_UNI_ID) * EG_FNV_PRIME, q);
        for (j = 0; j < n; j++) {
            hsum += w[eg_hash_fmix32(eg_hash_fnv1a_u32(pre, tok[j])) & hm];
        }
    }
    if (ns & EG_NS_RANKED_MASK) { /* ranks compare options: fractions by cross-multiplication, content 0 as 1 */
        uint32_t rank_long = 0u, rank_short = 0u, rank_ctx = 0u, rank_opt = 0u, k;
        uint32_t ci = content > 0u ? content : 1u;
        for (k = 0; k < s->option_count; k++) {
            uint32_t ck = s->content[k] > 0u ? s->content[k] : 1u;
            rank_long += s->len[k] > s->len[i];
            rank_short += s->len[k] < s->len[i];
            rank_ctx += s->ctx_hits[k] * ci > s->ctx_hits[i] * ck;
            rank_opt += s->opt_hits[k] * ci > s->opt_hits[i] * ck;
        }
        if (ns & EG_NS_QT_LEN_LONG_MASK) dsum += eg_dense(a, EG_NS_QT_LEN_LONG_BASE, EG_NS_QT_LEN_LONG_STRIDE, q, rank_long);
        if (ns & EG_NS_QT_LEN_SHORT_MASK) dsum += eg_dense(a, EG_NS_QT_LEN_SHORT_BASE, EG_NS_QT_LEN_SHORT_STRIDE, q, rank_short);
        if (ns & EG_NS_QT_CTX_RANK_MASK) dsum += eg_dense(a, EG_NS_QT_CTX_RANK_BASE, EG_NS_QT_CTX_RANK_STRIDE, q, rank_ctx);
        if (ns & EG_NS_QT_OPT_RANK_MASK) dsum += eg_dense(a, EG_NS_QT_OPT_RANK_BASE, EG_NS_QT_OPT_RANK_STRIDE, q, rank_opt);
    }
    if (ns & EG_NS_QT_CTX_OVERLAP_MASK) {
        dsum += eg_dense(a, EG_NS_QT_CTX_OVERLAP_BASE, EG_NS_QT_CTX_OVERLAP_STRIDE, q, eg_bucket(s->ctx_hits[i], content));
    }
    if (ns & EG_NS_QT_OPT_OVERLAP_MASK) {
        dsum += eg_dense(a, EG_NS_QT_OPT_OVERLAP_BASE, EG_NS_QT_OPT_OVERLAP_STRIDE, q, eg_bucket(s->opt_hits[i], content));
    }
    if (ns & EG_NS_QT_FLAG_MASK) {
        uint32_t f;
        for (f = 0; f < EG_NS_QT_FLAG_STRIDE; f++) { /* one local value per option flag bit */
            if (s->oflags[i] & (1u << f)) dsum += eg_dense(a, EG_NS_QT_FLAG_BASE, EG_NS_QT_FLAG_STRIDE, q, f);
        }
    }
    if (ns & EG_NS_POSITION_MASK) dsum += eg_wd(a, EG_NS_POSITION_BASE + i); /* not crossed, no back-off */
    if (ns & EG_NS_QT_Q_OVERLAP_MASK) {
        dsum += eg_dense(a, EG_NS_QT_Q_OVERLAP_BASE, EG_NS_QT_Q_OVERLAP_STRIDE, q, eg_bucket(s->q_hits[i], content));
    }
    if (ns & EG_NS_QT_LOGIC_MASK) dsum += eg_dense(a, EG_NS_QT_LOGIC_BASE, EG_NS_QT_LOGIC_STRIDE, q, s->verdict[i]);
    return a->hash_mult * hsum + dsum;
}
