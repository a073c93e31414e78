/* Per-item features of the multiple-choice skill (docs/format.md sections 2.4-2.7)
 * <-> src/mcq/features.ts. */
#include <string.h>
#include "eg_features.h"
#include "eg_hash.h"
#include "eg_text.h"

/* The context (512 tokens) and the question (128) are tokenized into s->tok before the options. */
typedef char eg_assert_tok_fits_context[(EG_MAX_OPTIONS * EG_MAX_OPTION_TOKENS >= EG_MAX_CONTEXT_TOKENS &&
                                         EG_MAX_OPTIONS * EG_MAX_OPTION_TOKENS >= EG_MAX_QUESTION_TOKENS) ? 1 : -1];
typedef char eg_assert_slots_fit_u16[(EG_TOKEN_TABLE_SLOTS < EG_SLOT_DROPPED) ? 1 : -1];


/* Dense feature blocks (format.md 2.7): base, stride per question type. */
#define EG_D_LEN_LONG   0u
#define EG_D_LEN_SHORT  128u
#define EG_D_CTX_OVL    256u
#define EG_D_OPT_OVL    352u
#define EG_D_QT_FLAG    448u
#define EG_D_POSITION   576u
#define EG_D_Q_OVL      584u
#define EG_D_LOGIC      680u
#define EG_D_CTX_RANK   760u
#define EG_D_OPT_RANK   888u
#define EG_QT_ANY       15u   /* the shared back-off slot */

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
        uint32_t other = 0xFFu & ~(1u << i), content = 0u, ctx_hits = 0u, opt_hits = 0u, q_hits = 0u;
        for (j = 0; j < s->ntok[i]; j++) {
            uint32_t k = slot[j];
            if (k != EG_SLOT_STOP) {
                content++;
                if (k != EG_SLOT_DROPPED) {
                    uint32_t m = s->tt_mask[k];
                    ctx_hits += (m >> 8) & 1u;
                    q_hits += (m >> 9) & 1u;
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
    if (a->ns_mask & 0x400u) {
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
    if (a->ns_mask & 0x2000u) {
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

    if (ns & 0x1u) { /* ns 1 opt_uni: (h(t_j), 0) */
        uint32_t pre = (EG_FNV_OFFSET ^ 1u) * EG_FNV_PRIME;
        for (j = 0; j < n; j++) {
            hsum += w[eg_hash_fmix32(eg_hash_fnv1a_u32(eg_hash_fnv1a_u32(pre, tok[j]), 0u)) & hm];
        }
    }
    if ((ns & 0x2u) && n > 1u) { /* ns 2 opt_bi: (h(t_j), h(t_j+1)) */
        uint32_t pre = (EG_FNV_OFFSET ^ 2u) * EG_FNV_PRIME;
        for (j = 0; j + 1u < n; j++) {
            hsum += w[eg_hash_fmix32(eg_hash_fnv1a_u32(eg_hash_fnv1a_u32(pre, tok[j]), tok[j + 1u])) & hm];
        }
    }
    if (ns & 0x4u) { /* ns 3 qt_uni: (qtype, h(t_j)); the prefix is fixed per item */
        uint32_t pre = eg_hash_fnv1a_u32((EG_FNV_OFFSET ^ 3u) * EG_FNV_PRIME, q);
        for (j = 0; j < n; j++) {
            hsum += w[eg_hash_fmix32(eg_hash_fnv1a_u32(pre, tok[j])) & hm];
        }
    }
    if (ns & 0x1818u) { /* ranks compare options: fractions by cross-multiplication, content 0 as 1 */
        uint32_t rank_long = 0u, rank_short = 0u, rank_ctx = 0u, rank_opt = 0u, k;
        uint32_t ci = content > 0u ? content : 1u;
        for (k = 0; k < s->option_count; k++) {
            uint32_t ck = s->content[k] > 0u ? s->content[k] : 1u;
            rank_long += s->len[k] > s->len[i];
            rank_short += s->len[k] < s->len[i];
            rank_ctx += s->ctx_hits[k] * ci > s->ctx_hits[i] * ck;
            rank_opt += s->opt_hits[k] * ci > s->opt_hits[i] * ck;
        }
        if (ns & 0x8u) dsum += eg_dense(a, EG_D_LEN_LONG, 8u, q, rank_long);
        if (ns & 0x10u) dsum += eg_dense(a, EG_D_LEN_SHORT, 8u, q, rank_short);
        if (ns & 0x800u) dsum += eg_dense(a, EG_D_CTX_RANK, 8u, q, rank_ctx);
        if (ns & 0x1000u) dsum += eg_dense(a, EG_D_OPT_RANK, 8u, q, rank_opt);
    }
    if (ns & 0x20u) dsum += eg_dense(a, EG_D_CTX_OVL, 6u, q, eg_bucket(s->ctx_hits[i], content));
    if (ns & 0x40u) dsum += eg_dense(a, EG_D_OPT_OVL, 6u, q, eg_bucket(s->opt_hits[i], content));
    if (ns & 0x80u) {
        uint32_t f;
        for (f = 0; f < 8u; f++) {
            if (s->oflags[i] & (1u << f)) dsum += eg_dense(a, EG_D_QT_FLAG, 8u, q, f);
        }
    }
    if (ns & 0x100u) dsum += eg_wd(a, EG_D_POSITION + i); /* not crossed, no back-off */
    if (ns & 0x200u) dsum += eg_dense(a, EG_D_Q_OVL, 6u, q, eg_bucket(s->q_hits[i], content));
    if (ns & 0x400u) dsum += eg_dense(a, EG_D_LOGIC, 5u, q, s->verdict[i]);
    return a->hash_mult * hsum + dsum;
}
