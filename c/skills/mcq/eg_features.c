/* Option scores of the multiple-choice skill (docs/format.md sections 2.7-2.8)
 * <-> src/skills/mcq/features.ts. */
#include "eg_features.h"
#include "eg_hash.h"

/* Feature family bits, dense bases and strides: eg_features_table.h (generated from
 * src/skills/mcq/features.ts NAMESPACES). A rank or length family needs the per-item ranks below. */
#define EG_NS_RANKED_MASK (EG_NS_QT_LEN_LONG_MASK | EG_NS_QT_LEN_SHORT_MASK | EG_NS_QT_CTX_RANK_MASK | EG_NS_QT_OPT_RANK_MASK)

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
