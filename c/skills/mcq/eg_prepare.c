/* Item tables of the multiple-choice skill, built once per item <-> src/skills/mcq/prepare.ts. */
#include "eg_prepare.h"
#include "eg_hash.h"
#include "eg_tokenize.h"

/* The context (512 tokens) and the question (128) are tokenized into s->tok before the options. */
typedef char eg_assert_tok_fits_context[(EG_MAX_OPTIONS * EG_MAX_OPTION_TOKENS >= EG_MAX_CONTEXT_TOKENS &&
                                         EG_MAX_OPTIONS * EG_MAX_OPTION_TOKENS >= EG_MAX_QUESTION_TOKENS) ? 1 : -1];

static int eg_span_ok(eg_span sp) {
    return sp.ptr != NULL || sp.len == 0u;
}

/* Probes each of tok[0, n) in the lexicon and inserts the content tokens with mask bit m; returns
 * the OR of their flags. */
static uint32_t eg_insert_field(const eg_artifact *a, eg_tt *tt, const uint32_t *tok, uint32_t n, uint32_t m) {
    uint32_t j, flags = 0u;
    for (j = 0; j < n; j++) {
        uint32_t h = tok[j];
        uint32_t fm = eg_hash_fmix32(h);
        uint32_t f = eg_artifact_lex_fm(a, h, fm);
        flags |= f;
        if ((f & EG_LEX_STOP) == 0u) {
            (void)eg_tt_insert(tt, h, fm, m);
        }
    }
    return flags;
}

/* Context: its content tokens enter the table with the context bit. With the deductive module on,
 * its one pass over the context does it (eg_logic_scan_context); when that stream fills up before
 * the context's token limit, the plain tokenizer continues from where it stopped. */
static void eg_prepare_context(const eg_artifact *a, const eg_item *item, eg_scratch *s) {
    const uint8_t *ctx = item->context.ptr;
    uint32_t len = item->context.len, words = 0u, stop = 0u, n;
    if (a->ns_mask & EG_NS_QT_LOGIC_MASK) {
        words = eg_logic_scan_context(&s->logic, a, ctx, len, &s->tt, &stop);
        if (words >= EG_MAX_CONTEXT_TOKENS || stop >= len || stop >= EG_MAX_CONTEXT_BYTES) {
            return;
        }
    }
    n = eg_text_tokenize(ctx + stop, len - stop, EG_MAX_CONTEXT_BYTES - stop, EG_MAX_CONTEXT_TOKENS - words, s->tok);
    (void)eg_insert_field(a, &s->tt, s->tok, n, EG_TT_MASK_CONTEXT);
}

/* Question: its cue flags decide qtype (the first cue bit set, 1-based; 0 = none). */
static void eg_prepare_question(const eg_artifact *a, const eg_item *item, eg_scratch *s) {
    uint32_t n = eg_text_tokenize(item->question.ptr, item->question.len, EG_MAX_QUESTION_BYTES,
                                  EG_MAX_QUESTION_TOKENS, s->tok);
    uint32_t cues = (eg_insert_field(a, &s->tt, s->tok, n, EG_TT_MASK_QUESTION) >> EG_LEX_QT_SHIFT) &
                    ((1u << EG_LEX_QT_COUNT) - 1u);
    s->qtype = 0u;
    if (cues != 0u) {
        uint32_t q = 1u;
        while ((cues & 1u) == 0u) {
            cues >>= 1;
            q++;
        }
        s->qtype = q;
    }
}

/* Options, in order: content tokens enter the table with bit i; each token's slot is kept so the
 * quantities need no second probe. */
static void eg_prepare_options(const eg_artifact *a, const eg_item *item, eg_scratch *s) {
    uint32_t i, j, n;
    for (i = 0; i < s->option_count; i++) {
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
            slot[j] = (uint16_t)((f & EG_LEX_STOP) != 0u ? EG_SLOT_STOP : eg_tt_insert(&s->tt, h, fm, 1u << i));
        }
        s->ntok[i] = (uint16_t)n;
        s->oflags[i] = of;
        s->len[i] = (uint16_t)(len < EG_MAX_OPTION_BYTES ? len : EG_MAX_OPTION_BYTES);
    }
}

/* Per-option quantities (format.md 2.6): every option is in the table now. */
static void eg_prepare_quantities(eg_scratch *s) {
    uint32_t i, j;
    for (i = 0; i < s->option_count; i++) {
        const uint16_t *slot = s->opt_slot + i * EG_MAX_OPTION_TOKENS;
        uint32_t other = EG_TT_MASK_OPTIONS & ~(1u << i), content = 0u, ctx_hits = 0u, opt_hits = 0u, q_hits = 0u;
        for (j = 0; j < s->ntok[i]; j++) {
            uint32_t k = slot[j];
            if (k != EG_SLOT_STOP) {
                content++;
                if (k != EG_SLOT_DROPPED) {
                    uint32_t m = eg_tt_bits(&s->tt, k);
                    ctx_hits += (m & EG_TT_MASK_CONTEXT) != 0u;
                    q_hits += (m & EG_TT_MASK_QUESTION) != 0u;
                    opt_hits += (m & other) != 0u;
                }
            }
        }
        s->content[i] = (uint16_t)content;
        s->ctx_hits[i] = (uint16_t)ctx_hits;
        s->opt_hits[i] = (uint16_t)opt_hits;
        s->q_hits[i] = (uint16_t)q_hits;
        s->verdict[i] = EG_VERDICT_ABSTAIN;
    }
}

int eg_prepare_item(const eg_artifact *a, const eg_item *item, eg_scratch *s) {
    uint32_t i, nopt = item->option_count;

    if (nopt < EG_MIN_OPTIONS || nopt > EG_MAX_OPTIONS || !eg_span_ok(item->context) ||
        !eg_span_ok(item->question)) {
        return EG_BAD_ITEM;
    }
    for (i = 0; i < nopt; i++) {
        if (!eg_span_ok(item->options[i])) {
            return EG_BAD_ITEM;
        }
    }
    eg_tt_begin(&s->tt);
    s->option_count = nopt;
    eg_prepare_context(a, item, s);
    eg_prepare_question(a, item, s);
    eg_prepare_options(a, item, s);
    eg_prepare_quantities(s);
    if (a->ns_mask & EG_NS_QT_LOGIC_MASK) {
        const uint8_t *optr[EG_MAX_OPTIONS];
        uint32_t olen[EG_MAX_OPTIONS];
        for (i = 0; i < nopt; i++) {
            optr[i] = item->options[i].ptr;
            olen[i] = item->options[i].len;
        }
        eg_logic_verdicts(&s->logic, a, optr, olen, nopt, s->verdict);
    }
    return EG_OK;
}
