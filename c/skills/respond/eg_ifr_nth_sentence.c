/* A paragraph's first word asked in a sentence of its own wording (docs/format.md 6.4 step 6, responder_version 20)
 * <-> src/skills/respond/nth-sentence.ts: a first-word cue, a paragraph number 1..par_count and the word. */
#include "eg_ifr_nth_sentence.h"

static int nth_is(const eg_ifr *r, const eg_ifr_tokens *t, int64_t k, int w) {
    return k >= 0 && k < (int64_t)t->n && t->kind[k] == EG_TK_WORD && t->hash[k] == r->w[w];
}
static int nth_adj(const eg_ifr *r, const eg_ifr_tokens *t, int64_t k) {
    return nth_is(r, t, k, EG_W_FIRST) || nth_is(r, t, k, EG_W_OPENING) || nth_is(r, t, k, EG_W_INITIAL) || nth_is(r, t, k, EG_W_STARTING);
}
static int nth_verb(const eg_ifr *r, const eg_ifr_tokens *t, int64_t k) {
    return nth_is(r, t, k, EG_W_OPEN) || nth_is(r, t, k, EG_W_OPENS) || nth_is(r, t, k, EG_W_START) || nth_is(r, t, k, EG_W_STARTS) ||
           nth_is(r, t, k, EG_W_BEGIN) || nth_is(r, t, k, EG_W_BEGINS) || nth_is(r, t, k, EG_W_LEAD) || nth_is(r, t, k, EG_W_LEADS);
}
static int nth_para(const eg_ifr *r, const eg_ifr_tokens *t, int64_t k) { return nth_is(r, t, k, EG_W_PARAGRAPH) || nth_is(r, t, k, EG_W_PARA); }
static int nth_unit(const eg_ifr *r, const eg_ifr_tokens *t, int64_t k) { return nth_para(r, t, k) || nth_is(r, t, k, EG_W_ONE); }
static int nth_before(const eg_ifr *r, const eg_ifr_tokens *t, int64_t k) {
    return nth_is(r, t, k, EG_W_WORD) || nth_is(r, t, k, EG_W_IS) || nth_is(r, t, k, EG_W_BE) || nth_is(r, t, k, EG_W_WITH);
}
static int nth_subject(const eg_ifr *r, const eg_ifr_tokens *t, int64_t k) {
    return nth_is(r, t, k, EG_W_IS) || nth_is(r, t, k, EG_W_MUST) || nth_is(r, t, k, EG_W_SHOULD) || nth_is(r, t, k, EG_W_HAS) ||
           nth_is(r, t, k, EG_W_NEEDS) || nth_is(r, t, k, EG_W_WILL);
}
/* version 21: "of them" / "of those" after an ordinal; the asked word as the subject of "should/must/will be the word" */
static int nth_of(const eg_ifr *r, const eg_ifr_tokens *t, int64_t k) { return nth_is(r, t, k, EG_W_THEM) || nth_is(r, t, k, EG_W_THOSE); }
static int nth_modal(const eg_ifr *r, const eg_ifr_tokens *t, int64_t k) {
    return nth_is(r, t, k, EG_W_SHOULD) || nth_is(r, t, k, EG_W_MUST) || nth_is(r, t, k, EG_W_WILL);
}
#define NTH_LAST 255 /* RORD's "last" / "final": the last paragraph counted */

static int nth_quote(const eg_ifr_tokens *t, int64_t k) {
    return k >= 0 && k < (int64_t)t->n && t->kind[k] == EG_TK_PUNCT && (t->byte[k] == 0x22u || t->byte[k] == 0x27u);
}

void eg_ifr_nth_sentence(det *d, eg_plan *plan) {
    const eg_ifr *r = d->r;
    const eg_ifr_tokens *t = d->t;
    const eg_ifr_scratch *s = d->s;
    uint32_t a = 0, lo, hi, k, mi;
    while (a < t->n) {
        int cue = 0, skip = 0, pass;
        int64_t n = 0;
        lo = a;
        hi = eg_ifr_sentence_end(t, a);
        a = hi + 1u;
        for (mi = 0; mi < s->n_matches; mi++) {
            const eg_match *m = &s->matches[mi];
            if (m->family == EG_F_NTHFIRST && m->start < hi && m->end > lo) skip = 1;
        }
        if (skip) continue;
        for (k = lo; k < hi; k++) {
            if ((nth_adj(r, t, k) && nth_is(r, t, (int64_t)k + 1, EG_W_WORD)) || nth_verb(r, t, k)) cue = 1;
        }
        if (!cue) continue;
        /* the paragraph number: "paragraph 2", an ordinal before a paragraph noun or "one", an ordinal between "the" and a
         * subject's verb ("The third is") */
        for (pass = 0; pass < 3 && n == 0; pass++) {
            for (k = lo; k < hi && n == 0; k++) {
                int64_t e, v = 0;
                eg_ifr_num_at num;
                if (t->kind[k] != EG_TK_WORD) continue;
                if (pass == 0) {
                    int range = 0;
                    if (!nth_para(r, t, k) || k + 1u >= hi) continue;
                    e = eg_ifr_number_at(d, k + 1u, &num);
                    if (e >= 0) {
                        v = num.n;
                        range = num.n2 != 0 && num.n2 != num.n;
                    } else {
                        e = eg_ifr_ordinal_at(d, k + 1u, &v);
                    }
                    /* not a count ("each paragraph 2 to 3 sentences"): no range, no NUM_UNIT word after it */
                    if (e >= 0 && e <= (int64_t)hi && !range &&
                        !(e < (int64_t)t->n && t->kind[e] == EG_TK_WORD && eg_ifr_set_has(r, EG_SET_NUM_UNIT, t->hash[e]))) n = v;
                    continue;
                }
                /* an ordinal word of RORD, or digits with a suffix ("2nd"): "one paragraph" is a count */
                if (!eg_ifr_ordinal_word(d, k) && !(t->bytes[t->start[k]] >= 0x30u && t->bytes[t->start[k]] <= 0x39u)) continue;
                e = eg_ifr_ordinal_at(d, k, &v);
                if (e < 0 || e > (int64_t)hi || nth_is(r, t, e, EG_W_WORD)) continue;
                {
                    int of_them = nth_is(r, t, e, EG_W_OF) && nth_of(r, t, e + 1);
                    int of_the = k >= lo + 2u && nth_is(r, t, (int64_t)k - 2, EG_W_OF) && t->hash[k - 1u] == r->w[EG_W_THE] &&
                                 !(e < (int64_t)t->n && t->kind[e] == EG_TK_WORD);
                    if (pass == 1 ? nth_unit(r, t, e) || of_them || of_the : nth_is(r, t, (int64_t)k - 1, EG_W_THE) && nth_subject(r, t, e)) n = v;
                }
            }
        }
        if (n == NTH_LAST) n = plan->par_count;
        if (n < 1 || n > plan->par_count) continue;
        for (k = lo; k < hi; k++) {
            int quoted, capital, subject, colon;
            int64_t before, after;
            uint8_t b0;
            if (t->kind[k] != EG_TK_WORD || nth_is(r, t, k, EG_W_I) || nth_adj(r, t, k) || nth_verb(r, t, k) || nth_unit(r, t, k)) continue;
            quoted = nth_quote(t, (int64_t)k - 1) && nth_quote(t, (int64_t)k + 1) && t->byte[k - 1u] == t->byte[k + 1u];
            b0 = t->bytes[t->start[k]];
            capital = b0 >= 0x41u && b0 <= 0x5Au;
            if (!quoted && !capital) continue;
            /* the sentence's first token only as the subject of "should / must / will be the word" */
            subject = capital && nth_is(r, t, (int64_t)k + 4, EG_W_WORD) && nth_modal(r, t, (int64_t)k + 1) && nth_is(r, t, (int64_t)k + 2, EG_W_BE) &&
                      nth_is(r, t, (int64_t)k + 3, EG_W_THE);
            if (k == lo && !subject) continue;
            before = quoted ? (int64_t)k - 2 : (int64_t)k - 1;
            colon = capital && k > lo + 1u && t->kind[k - 1u] == EG_TK_PUNCT && t->byte[k - 1u] == 0x3Au;
            /* "as the", "as" or (version 21) "the" between the word and "<NTH_ADJ> word" */
            after = (int64_t)k + 1;
            if (nth_is(r, t, after, EG_W_AS)) after++;
            if (nth_is(r, t, after, EG_W_THE)) after++;
            if (after == (int64_t)k + 1) after = -1;
            if (subject || colon || nth_before(r, t, before) || (capital && after > 0 && nth_adj(r, t, after) && nth_is(r, t, after + 1, EG_W_WORD))) {
                plan->has_nth = 1;
                plan->nth_n = n;
                plan->nth_word.p = t->bytes + t->start[k];
                plan->nth_word.n = t->end[k] - t->start[k];
                return;
            }
        }
    }
}
