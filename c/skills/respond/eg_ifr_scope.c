/* Steps 2c-2g of detection (responder_versions 7, 8 and 12; docs/format.md section 6.4), the C side of
 * src/skills/respond/scope.ts: the reach of a negation and of a loose relation word around each match,
 * and counts next to an asterisk word read as highlight counts. Segments end at , : ( ) a sentence end
 * or a SEG_JOIN word, never inside quotes. Same decisions as TS on every prompt (parity tests). */
#include <string.h>
#include "eg_ifr_match.h"
#include "eg_ifr_tables.h"
#include "eg_ifr_unicode.h"

#define CUE_REACH 4u       /* scope.ts CUE_REACH */
#define NEG_REACH 4u       /* scope.ts NEG_REACH */
#define BET_REACH 3u       /* scope.ts BET_REACH */
#define MAX_HIGHLIGHTS 20  /* scope.ts MAX_HIGHLIGHTS */
#define MAX_PARTS 20       /* scope.ts MAX_PARTS */
#define MAX_CAPS 20        /* scope.ts MAX_CAPS */
#define CAP_PHRASE_REACH 3u /* scope.ts CAP_PHRASE_REACH */
#define RESTATE_NEG_REACH 3u /* scope.ts RESTATE_NEG_REACH */
#define NO_CUE 0xFFu

/* The relation a loose relation word at token i gives, or NO_CUE. */
static uint8_t cue_at(const eg_ifr *r, const eg_ifr_tokens *t, int64_t i) {
    uint32_t h;
    if (i < 0 || i >= (int64_t)t->n || t->kind[i] != EG_TK_WORD) return NO_CUE;
    h = t->hash[i];
    if (eg_ifr_set_has(r, EG_SET_CUE_LT, h)) return EG_R_LT;
    if (eg_ifr_set_has(r, EG_SET_CUE_LE, h)) return EG_R_LE;
    if (eg_ifr_set_has(r, EG_SET_CUE_GT, h)) return EG_R_GT;
    if (eg_ifr_set_has(r, EG_SET_CUE_GE, h)) return EG_R_GE;
    return NO_CUE;
}

/* orBound (scope.ts, version 18): "or" then a greater-than or less-than word at token i ("15 times or more", "five or
 * under") gives GE or LE; else NO_CUE. */
static uint8_t or_bound(const eg_ifr *r, const eg_ifr_tokens *t, int64_t i) {
    uint8_t c;
    if (i < 0 || i + 1 >= (int64_t)t->n || t->kind[i] != EG_TK_WORD || t->hash[i] != r->w[EG_W_OR]) return NO_CUE;
    c = cue_at(r, t, i + 1);
    return c == EG_R_GT ? EG_R_GE : c == EG_R_LT ? EG_R_LE : NO_CUE;
}

/* What "not" + the relation means over whole numbers (scope.ts flip). */
static uint8_t flip(uint8_t rel) {
    switch (rel) {
    case EG_R_GE: return EG_R_LT;
    case EG_R_GT: return EG_R_LE;
    case EG_R_LT: return EG_R_GE;
    case EG_R_LE: return EG_R_GT;
    default: return rel;
    }
}

static void covered_tokens(const det *d, uint8_t *c) {
    const eg_ifr_scratch *s = d->s;
    uint32_t i, mi;
    for (i = 0; i < d->t->n; i++) c[i] = 0;
    for (mi = 0; mi < s->n_matches; mi++) {
        for (i = s->matches[mi].start; i < s->matches[mi].end && i < d->t->n; i++) c[i] = 1;
    }
}

static int is_edge(const eg_ifr *r, const eg_ifr_tokens *t, const uint8_t *quoted, uint32_t i) {
    if (quoted[i]) return 0;
    if (eg_ifr_is_boundary(t, i)) return 1;
    if (t->kind[i] == EG_TK_PUNCT) {
        uint8_t b = t->byte[i];
        return b == ',' || b == ':' || b == '(' || b == ')';
    }
    if (t->kind[i] != EG_TK_WORD) return 0;
    /* "or" before a subject opens a consequence ("stay inside 25 words or it won't be readable", version 19): its
     * negation is the penalty's, not the limit's */
    if (t->hash[i] == r->w[EG_W_OR] && i + 1u < t->n && !quoted[i + 1u] && t->kind[i + 1u] == EG_TK_WORD) {
        static const int subjects[] = {EG_W_IT, EG_W_THEY, EG_W_WE, EG_W_YOU, EG_W_I, EG_W_HE, EG_W_SHE, EG_W_PEOPLE};
        uint32_t k;
        for (k = 0; k < sizeof(subjects) / sizeof(subjects[0]); k++) {
            if (t->hash[i + 1u] == r->w[subjects[k]]) return 1;
        }
    }
    return eg_ifr_set_has(r, EG_SET_SEG_JOIN, t->hash[i]);
}

/* A negation word (NEG_CUE, or "out" after a NEG_OUT verb) wherever it stands; not a prefix joined by a hyphen
 * ("non-negotiable") (scope.ts isNegWord). */
static int is_neg_word(const eg_ifr *r, const eg_ifr_tokens *t, uint32_t i) {
    uint32_t h;
    if (t->kind[i] != EG_TK_WORD) return 0;
    /* a prefix joined by a hyphen or (version 17) an underscore: "non-negotiable", a key "no_show" */
    if (i + 1u < t->n && t->kind[i + 1u] == EG_TK_PUNCT && (t->byte[i + 1u] == '-' || t->byte[i + 1u] == '_') &&
        t->start[i + 1u] == t->end[i])
        return 0;
    h = t->hash[i];
    return eg_ifr_set_has(r, EG_SET_NEG_CUE, h) ||
           (h == r->w[EG_W_OUT] && i > 0u && t->kind[i - 1u] == EG_TK_WORD && eg_ifr_set_has(r, EG_SET_NEG_OUT, t->hash[i - 1u]));
}

/* A "bet" or "bets" word within BET_REACH tokens before token i, all of them words: the negation is the bettor's
 * doubt, not a limit ("my brother bet me I can't get it under 30 e's"; scope.ts betChallenge, version 17). */
static int bet_challenge(const eg_ifr *r, const eg_ifr_tokens *t, uint32_t i) {
    uint32_t k;
    for (k = i; k > 0u && k + BET_REACH >= i + 1u && t->kind[k - 1u] == EG_TK_WORD; k--)
        if (t->hash[k - 1u] == r->w[EG_W_BET] || t->hash[k - 1u] == r->w[EG_W_BETS]) return 1;
    return 0;
}

/* A negation that does not start a relation ("no more than") nor a bettor's doubt. */
static int is_negation(const eg_ifr *r, const eg_ifr_tokens *t, uint32_t i) {
    if (!is_neg_word(r, t, i) || bet_challenge(r, t, i)) return 0;
    if (cue_at(r, t, (int64_t)i + 1) != NO_CUE) return 0;
    return !(i + 2u < t->n && t->kind[i + 1u] == EG_TK_WORD && eg_ifr_set_has(r, EG_SET_CUE_FILL, t->hash[i + 1u]) &&
             cue_at(r, t, (int64_t)i + 2) != NO_CUE);
}

/* The loose relation word at token j has its own negation right before it, one CUE_FILL word allowed between
 * (scope.ts negatedCue). */
static int negated_cue(const eg_ifr *r, const eg_ifr_tokens *t, const uint8_t *covered, const uint8_t *quoted, uint32_t lo,
                       uint32_t j) {
    int64_t i = (int64_t)j - 1;
    if (i >= (int64_t)lo && t->kind[i] == EG_TK_WORD && eg_ifr_set_has(r, EG_SET_CUE_FILL, t->hash[i]) &&
        !is_neg_word(r, t, (uint32_t)i)) i--;
    return i >= (int64_t)lo && !covered[i] && !quoted[i] && is_neg_word(r, t, (uint32_t)i);
}

/* An odd number of negations in the NEG_REACH tokens before a match at `start` (scope.ts negatedBefore). */
static int negated_before(const eg_ifr *r, const eg_ifr_tokens *t, const uint8_t *covered, const uint8_t *quoted, uint32_t lo,
                          uint32_t start) {
    uint32_t i, n = 0;
    for (i = start >= lo + NEG_REACH ? start - NEG_REACH : lo; i < start; i++) {
        if (covered[i] || quoted[i] || !is_neg_word(r, t, i) || bet_challenge(r, t, i)) continue;
        if (i + 1u < t->n && t->kind[i + 1u] == EG_TK_WORD && t->hash[i + 1u] == r->w[EG_W_TOO]) continue;
        n++;
    }
    return (n & 1u) == 1u;
}

/* The position of the loose relation word next to the match [a, b) within the segment [lo, hi): before it, then
 * after it (there also an "or" that or_bound reads); -1 when there is none. */
static int64_t loose_relation(const eg_ifr *r, const eg_ifr_tokens *t, const uint8_t *covered, uint32_t lo, uint32_t hi,
                              uint32_t a, uint32_t b) {
    int64_t j;
    uint32_t k;
    for (j = (int64_t)a - 1, k = 0; j >= (int64_t)lo && k < CUE_REACH; j--, k++) {
        if (covered[j]) break;
        if (cue_at(r, t, j) != NO_CUE) return j;
        if (t->kind[j] != EG_TK_WORD || !eg_ifr_set_has(r, EG_SET_CUE_FILL, t->hash[j])) break;
    }
    for (j = b, k = 0; j < (int64_t)hi && k < CUE_REACH; j++, k++) {
        if (covered[j]) break;
        if (cue_at(r, t, j) != NO_CUE) return j;
        if (j + 1 < (int64_t)hi && !covered[j + 1] && or_bound(r, t, j) != NO_CUE) return j;
        if (t->kind[j] != EG_TK_WORD || !eg_ifr_set_has(r, EG_SET_CUE_FILL, t->hash[j])) break;
    }
    return -1;
}

static int loose_family(int f) {
    return f == EG_F_WORDS || f == EG_F_SENTS || f == EG_F_CAPFREQ || f == EG_F_KWFREQ || f == EG_F_LETTER;
}

static int inner_family(int f) {
    return f == EG_F_KEYWORDS || f == EG_F_LETTER || f == EG_F_KWFREQ;
}

static int bounded_family(int f) {
    return f == EG_F_WORDS || f == EG_F_SENTS || f == EG_F_CAPFREQ;
}

static int case_family(int f) {
    return f == EG_F_UPPER || f == EG_F_LOWER;
}

/* Negation parity of the segment [lo, hi) around m (scope.ts scopeMatches' negated): the negations outside quotes
 * that no match covers, plus, when inner, those inside m. */
/* Version 21 (scope.ts slotSpans): token i lies inside the first occurrence, from the match's start, of one of the
 * match's strings: a negation word a slot read belongs to the keyword ("use the phrase no questions asked"). */
static int in_slot(const eg_ifr_tokens *t, const eg_ifr_scratch *s, const eg_match *m, uint32_t i) {
    uint32_t q, k, j, p, last = (m->end < t->n ? m->end : t->n);
    for (q = 0; q < m->str_count; q++) {
        eg_str x = s->strs[m->str_first + q];
        int found = 0;
        if (x.n == 0u) continue;
        /* the first run of the match's tokens that starts where the string's bytes start and ends where they end */
        for (k = m->start; k < last && !found; k++) {
            p = t->start[k];
            if (p + x.n > t->len || memcmp(t->bytes + p, x.p, x.n) != 0) continue;
            for (j = k; j < last && t->end[j] <= p + x.n; j++) {
                if (t->end[j] == p + x.n) {
                    if (i >= k && i <= j) return 1;
                    found = 1;
                    break;
                }
            }
        }
    }
    return 0;
}

static int segment_negated(const eg_ifr *r, const eg_ifr_tokens *t, const eg_ifr_scratch *s, const uint8_t *quoted, const uint8_t *covered,
                           const eg_match *m, int inner, uint32_t lo, uint32_t hi) {
    uint32_t i, negs = 0;
    for (i = lo; i < hi; i++) {
        int mine = i >= m->start && i < m->end;
        /* the slot test last: it is the dearest */
        if ((mine ? inner : !covered[i]) && !quoted[i] && is_negation(r, t, i) && !(mine && in_slot(t, s, m, i))) negs++;
    }
    return (negs & 1u) == 1u;
}

/* Step 2c (scope.ts scopeMatches). */
static void scope_matches(det *d, const uint8_t *quoted, const uint8_t *covered) {
    const eg_ifr *r = d->r;
    const eg_ifr_tokens *t = d->t;
    eg_ifr_scratch *s = d->s;
    uint32_t mi;
    for (mi = 0; mi < s->n_matches; mi++) {
        eg_match *m = &s->matches[mi];
        uint32_t lo, hi;
        int inner;
        /* version 21: a word left out by a NEG_OUT verb is asked for under a negation ("Don't leave out the word X") */
        int left_out = m->family == EG_F_FORBID && m->start < t->n && t->kind[m->start] == EG_TK_WORD &&
                       eg_ifr_set_has(r, EG_SET_NEG_OUT, t->hash[m->start]);
        if (!inner_family(m->family) && !loose_family(m->family) && !case_family(m->family) && !left_out && m->family != EG_F_NLSEP) continue;
        /* a pattern that opens with a negation ("avoid using the letter i more than twice") has read it already */
        inner = inner_family(m->family) &&
                !(m->start < t->n && t->kind[m->start] == EG_TK_WORD && eg_ifr_set_has(r, EG_SET_NEG_CUE, t->hash[m->start]));
        lo = m->start < t->n ? m->start : t->n;
        /* version 24: a match that opens on an edge (a lead "." its pattern read) belongs to the segment after it */
        if (lo < t->n && is_edge(r, t, quoted, lo)) lo++;
        else
            while (lo > 0u && !is_edge(r, t, quoted, lo - 1u)) lo--;
        hi = m->end < t->n ? m->end : t->n;
        while (hi < t->n && !is_edge(r, t, quoted, hi)) hi++;
        if (loose_family(m->family) && m->has_num && (m->rel == EG_R_APPROX || m->rel == EG_R_NONE)) {
            int64_t j = loose_relation(r, t, covered, lo, hi, m->start, m->end);
            if (j >= 0) {
                uint8_t c = cue_at(r, t, j);
                if (c == NO_CUE) c = or_bound(r, t, j);
                m->rel = segment_negated(r, t, s, quoted, covered, m, inner, lo, hi) != negated_cue(r, t, covered, quoted, lo, (uint32_t)j)
                             ? flip(c)
                             : c;
                continue;
            }
        }
        if (bounded_family(m->family) && m->has_num &&
            (m->rel == EG_R_LT || m->rel == EG_R_LE || m->rel == EG_R_GT || m->rel == EG_R_GE)) {
            /* a bound the pattern read: negations before the match flip it, ones after it do not; a limit stated by
             * its penalty (arg PENALTY, version 11) keeps its relation: the negation restates it */
            int penalty = m->arg != EG_IFR_NONE && eg_str_eq_c(eg_ifr_string(r, m->arg), "PENALTY");
            if (!penalty && negated_before(r, t, covered, quoted, lo, m->start)) m->rel = flip(m->rel);
            continue;
        }
        if (left_out) {
            if (negated_before(r, t, covered, quoted, lo, m->start)) m->family = EG_F_KEYWORDS;
            continue;
        }
        /* version 21: blank lines ruled out ask for no blank-line paragraphs */
        if (m->family == EG_F_NLSEP) {
            if (negated_before(r, t, covered, quoted, lo, m->start)) m->family = EG_F_IGNORE;
            continue;
        }
        if (case_family(m->family)) {
            if (negated_before(r, t, covered, quoted, lo, m->start)) m->family = m->family == EG_F_LOWER ? EG_F_UPPER : EG_F_LOWER;
            continue;
        }
        if (!segment_negated(r, t, s, quoted, covered, m, inner, lo, hi)) continue;
        if (m->family == EG_F_KEYWORDS) {
            m->family = EG_F_FORBID;
        } else if (m->family == EG_F_LETTER) {
            eg_str a;
            a.n = 0;
            if (m->arg != EG_IFR_NONE) a = eg_ifr_string(r, m->arg);
            if (m->arg != EG_IFR_NONE && eg_str_eq_c(a, "NONE")) continue;
            /* "must not appear (even once)": none at all; a stated bound flips */
            if (!m->has_num || m->n <= 1 || m->rel == EG_R_EQ || m->rel == EG_R_APPROX || m->rel == EG_R_NONE) {
                m->rel = EG_R_LT;
                m->n = 1;
                m->has_num = 1;
            } else {
                m->rel = flip(m->rel);
            }
        } else if (m->family == EG_F_KWFREQ) {
            if (m->has_num && (m->rel == EG_R_EQ || m->rel == EG_R_APPROX || m->rel == EG_R_NONE)) m->rel = EG_R_LT;
        }
    }
}

/* Appends a match of `family` with relation rel and number num over tokens [start, end) (or marks the overflow). */
static eg_match *push_count(det *d, uint8_t family, uint8_t rel, const eg_ifr_num_at *num, uint32_t start, uint32_t end) {
    eg_ifr_scratch *s = d->s;
    eg_match *m;
    if (s->n_matches >= EG_IFR_MAX_MATCHES) {
        s->overflow = 1;
        return NULL;
    }
    m = &s->matches[s->n_matches++];
    m->family = family;
    m->arg = EG_IFR_NONE;
    m->rel = rel;
    m->n = num->n;
    m->n2 = num->n2;
    m->has_num = 1;
    m->str_first = 0;
    m->str_count = 0;
    m->lang = EG_IFR_NONE;
    m->start = start;
    m->end = end;
    return m;
}

static int other_stars(int f) {
    return f == EG_F_BULLETS || f == EG_F_STARDIV || f == EG_F_PARCOUNT || f == EG_F_SECCOUNT || f == EG_F_TWO;
}

/* A count read at token j (scope.ts freeCount): an optional relation phrase and a number 1..max from there, not
 * followed by a NUM_UNIT word (nor, with stars, an HL_STAR word), no token of it covered. Returns the number's end
 * (or -1) and sets *rel: the phrase's, else the number's postfix relation, else dflt. */
static int64_t free_count(det *d, const uint8_t *covered, uint32_t j, int64_t max, int stars, uint8_t dflt, uint8_t *rel,
                          eg_ifr_num_at *num) {
    const eg_ifr *r = d->r;
    const eg_ifr_tokens *t = d->t;
    uint8_t rk = EG_R_NONE;
    int64_t re, after;
    uint32_t k;
    re = eg_ifr_relation_at(d, j, &rk);
    num->n = 0;
    num->n2 = 0;
    num->post_rel = EG_R_NONE;
    after = eg_ifr_number_at(d, re >= 0 ? (uint32_t)re : j, num);
    if (after < 0 || num->n < 1 || num->n > max) return -1;
    if (after < (int64_t)t->n && t->kind[after] == EG_TK_WORD &&
        (eg_ifr_set_has(r, EG_SET_NUM_UNIT, t->hash[after]) || (stars && eg_ifr_set_has(r, EG_SET_HL_STAR, t->hash[after])))) return -1;
    for (k = j; k < (uint32_t)after; k++) if (covered[k]) return -1;
    *rel = re >= 0 && rk != EG_R_NONE ? rk : num->post_rel != EG_R_NONE ? num->post_rel : dflt;
    return after;
}

/* The first count free_count reads at a token of [lo, hi) outside quotes and not covered (scope.ts firstFreeCount):
 * returns the number's end (or -1) and sets *at to that token. */
static int64_t first_free_count(det *d, const uint8_t *quoted, const uint8_t *covered, uint32_t lo, uint32_t hi, int64_t max,
                                int stars, uint8_t dflt, uint32_t *at, uint8_t *rel, eg_ifr_num_at *num) {
    uint32_t j;
    for (j = lo; j < hi; j++) {
        int64_t end;
        if (covered[j] || quoted[j]) continue;
        end = free_count(d, covered, j, max, stars, dflt, rel, num);
        if (end >= 0) {
            *at = j;
            return end;
        }
    }
    return -1;
}

/* Calls fn(d, quoted, covered, lo, hi) for every maximal run of tokens between segment edges, left to right. */
typedef void (*segment_fn)(det *d, const uint8_t *quoted, const uint8_t *covered, uint32_t lo, uint32_t hi);
static void for_each_segment(det *d, const uint8_t *quoted, const uint8_t *covered, segment_fn fn) {
    const eg_ifr_tokens *t = d->t;
    uint32_t lo = 0, hi;
    for (hi = 0; hi <= t->n; hi++) {
        if (hi < t->n && !is_edge(d->r, t, quoted, hi)) continue;
        fn(d, quoted, covered, lo, hi);
        lo = hi + 1u;
    }
}

/* The hash is one of the n named words (EG_W_*) in ws (eg_ifr.h). */
int eg_ifr_word_in(const eg_ifr *r, uint32_t h, const int *ws, uint32_t n) {
    uint32_t k;
    for (k = 0; k < n; k++)
        if (h == r->w[ws[k]]) return 1;
    return 0;
}

/* Token j follows "each", "every" or "per" (scope.ts isShare; eg_ifr.h). */
int eg_ifr_is_share(const eg_ifr *r, const eg_ifr_tokens *t, uint32_t j) {
    uint32_t h;
    if (j == 0u || t->kind[j - 1u] != EG_TK_WORD) return 0;
    h = t->hash[j - 1u];
    return h == r->w[EG_W_EACH] || h == r->w[EG_W_EVERY] || h == r->w[EG_W_PER];
}

/* Step 2d's count (scope.ts giveHighlightCount): the open HIGHLIGHT match takes it, else a new HIGHLIGHT match over
 * tokens [start, end) is appended. */
static void give_highlight_count(det *d, eg_match *open, uint8_t rel, const eg_ifr_num_at *num, uint32_t start, uint32_t end) {
    if (open != NULL) {
        open->rel = rel;
        open->n = num->n;
        open->n2 = num->n2;
        open->has_num = 1;
    } else {
        push_count(d, EG_F_HIGHLIGHT, rel, num, start, end);
    }
}

static void highlight_segment(det *d, const uint8_t *quoted, const uint8_t *covered, uint32_t lo, uint32_t hi) {
    const eg_ifr *r = d->r;
    const eg_ifr_tokens *t = d->t;
    eg_ifr_scratch *s = d->s;
    eg_match *open = NULL, *sents = NULL;
    uint32_t i, mi, at = 0, n0 = s->n_matches;
    uint8_t rel = EG_R_NONE;
    int64_t after;
    eg_ifr_num_at num;
    int cue = 0;
    for (i = lo; i < hi; i++) {
        if (!quoted[i] && t->kind[i] == EG_TK_WORD && eg_ifr_set_has(r, EG_SET_HL_STAR, t->hash[i])) cue = 1;
    }
    if (!cue) return;
    for (mi = 0; mi < n0; mi++) {
        eg_match *m = &s->matches[mi];
        if (!(m->start < hi && m->end > lo)) continue;
        if (other_stars(m->family)) return;
        if (m->family == EG_F_HIGHLIGHT) {
            if (m->has_num && m->n > 0) return;
            if (open == NULL) open = m;
        }
        if (m->family == EG_F_SENTS && m->has_num && sents == NULL) sents = m;
    }
    if (sents != NULL && open == NULL) {
        sents->family = EG_F_HIGHLIGHT;
        return;
    }
    /* A count right after "each", "every" or "per" is a share, not how many parts (scope.ts isShare). */
    after = first_free_count(d, quoted, covered, lo, hi, MAX_HIGHLIGHTS, 1, EG_R_EQ, &at, &rel, &num);
    while (after >= 0 && eg_ifr_is_share(r, t, at)) after = first_free_count(d, quoted, covered, at + 1u, hi, MAX_HIGHLIGHTS, 1, EG_R_EQ, &at, &rel, &num);
    if (after < 0) return;
    give_highlight_count(d, open, rel, &num, at, (uint32_t)after);
}

#define MAX_SENTENCE_HIGHLIGHTS 10 /* scope.ts MAX_SENTENCE_HIGHLIGHTS (version 26) */

/* scope.ts HL_SHAPE: how asterisks sit around a part (version 26). */
static int hl_shape(const eg_ifr *r, uint32_t h) {
    static const int k_shape[] = {EG_W_SIDES, EG_W_SIDE, EG_W_BETWEEN, EG_W_AROUND, EG_W_WRAP, EG_W_WRAPPED, EG_W_SURROUND,
                                  EG_W_SURROUNDED, EG_W_ENCLOSE, EG_W_ENCLOSED, EG_W_BOLD, EG_W_ITALIC, EG_W_ITALICS};
    return eg_ifr_word_in(r, h, k_shape, sizeof(k_shape) / sizeof(k_shape[0]));
}

/* scope.ts HL_ITEM: list nouns a highlight count may name although they are NUM_UNIT words. */
static int hl_item(const eg_ifr *r, uint32_t h) {
    return h == r->w[EG_W_POINT] || h == r->w[EG_W_POINTS] || h == r->w[EG_W_LINE] || h == r->w[EG_W_LINES];
}

/* scope.ts MARK_VERB: marking verbs before a list of the parts to highlight (version 26). */
static int mark_verb(const eg_ifr *r, uint32_t h) {
    static const int k_verb[] = {EG_W_MARK, EG_W_PUT, EG_W_PLACE, EG_W_WRAP, EG_W_SURROUND, EG_W_ENCLOSE, EG_W_HIGHLIGHT, EG_W_BOLD};
    return eg_ifr_word_in(r, h, k_verb, sizeof(k_verb) / sizeof(k_verb[0]));
}

/* scope.ts markedList (version 26): with no count, the parts a marking verb lists before the asterisks: the first
 * MARK_VERB word outside quotes, then before the first HL_STAR word after it exactly one "and" outside quotes, not in
 * "before and after" and not followed by a MARK_VERB word; the "," tokens between the verb and the "and", plus 2 (at
 * most MAX_SENTENCE_HIGHLIGHTS). 0 when there is no such list. */
static int64_t marked_list(const eg_ifr *r, const eg_ifr_tokens *t, const uint8_t *quoted, uint32_t lo, uint32_t hi) {
    uint32_t v = lo, k;
    int64_t commas = 0;
    int have_and = 0;
    while (v < hi && (quoted[v] || t->kind[v] != EG_TK_WORD || !mark_verb(r, t->hash[v]))) v++;
    if (v >= hi) return 0;
    for (k = v + 1u; k < hi; k++) {
        if (t->kind[k] == EG_TK_WORD && eg_ifr_set_has(r, EG_SET_HL_STAR, t->hash[k])) break;
        if (!have_and && t->kind[k] == EG_TK_PUNCT && t->byte[k] == 0x2Cu) commas++;
        if (quoted[k] || t->kind[k] != EG_TK_WORD || t->hash[k] != r->w[EG_W_AND]) continue;
        if (t->kind[k - 1u] == EG_TK_WORD && t->hash[k - 1u] == r->w[EG_W_BEFORE] && k + 1u < hi && t->kind[k + 1u] == EG_TK_WORD &&
            t->hash[k + 1u] == r->w[EG_W_AFTER]) continue;
        if (have_and || (k + 1u < hi && t->kind[k + 1u] == EG_TK_WORD && mark_verb(r, t->hash[k + 1u]))) return 0;
        have_and = 1;
    }
    if (!have_and) return 0;
    return commas + 2 < MAX_SENTENCE_HIGHLIGHTS ? commas + 2 : MAX_SENTENCE_HIGHLIGHTS;
}

/* Version 26 (scope.ts sentenceHighlights): a sentence with an HL_STAR and an HL_SHAPE word outside quotes, no
 * OTHER_STARS match and no HIGHLIGHT match with a count, takes its first count that is no share, outside quotes and not
 * covered, a number word or followed by a word token, of 1..MAX_SENTENCE_HIGHLIGHTS, followed by neither an HL_STAR
 * word nor a NUM_UNIT word other than HL_ITEM. */
static void sentence_highlights(det *d, const uint8_t *quoted, const uint8_t *covered) {
    const eg_ifr *r = d->r;
    const eg_ifr_tokens *t = d->t;
    eg_ifr_scratch *s = d->s;
    uint32_t lo = 0, hi, i, j, k, mi;
    while (lo < t->n) {
        int star = 0, shape = 0, taken = 0, counted = 0;
        for (hi = lo; hi < t->n && !eg_ifr_is_boundary(t, hi); hi++) {}
        for (i = lo; i < hi; i++) {
            if (quoted[i] || t->kind[i] != EG_TK_WORD) continue;
            if (eg_ifr_set_has(r, EG_SET_HL_STAR, t->hash[i])) star = 1;
            /* "before and after" too ("an asterisk before each tip" is a bullet) */
            if (hl_shape(r, t->hash[i]) || (t->hash[i] == r->w[EG_W_BEFORE] && i + 2u < hi && t->hash[i + 1u] == r->w[EG_W_AND] &&
                                            t->hash[i + 2u] == r->w[EG_W_AFTER])) shape = 1;
        }
        for (mi = 0; mi < s->n_matches; mi++) {
            const eg_match *m = &s->matches[mi];
            if (m->start < hi && m->end > lo && (other_stars(m->family) || (m->family == EG_F_HIGHLIGHT && m->has_num && m->n > 0)))
                taken = 1;
        }
        for (j = lo; star && shape && !taken && !counted && j < hi; j++) {
            eg_ifr_num_at num;
            int64_t after;
            int word, free = 1;
            eg_match *open = NULL;
            if (covered[j] || quoted[j] || eg_ifr_is_share(r, t, j)) continue;
            num.n = 0;
            num.n2 = 0;
            num.post_rel = EG_R_NONE;
            after = eg_ifr_number_at(d, j, &num);
            if (after < 0 || num.n < 1 || num.n > MAX_SENTENCE_HIGHLIGHTS) continue;
            word = after < (int64_t)t->n && t->kind[after] == EG_TK_WORD;
            if (!word && t->kind[j] == EG_TK_WORD && t->bytes[t->start[j]] >= '0' && t->bytes[t->start[j]] <= '9') continue;
            if (word && (eg_ifr_set_has(r, EG_SET_HL_STAR, t->hash[after]) ||
                         (eg_ifr_set_has(r, EG_SET_NUM_UNIT, t->hash[after]) && !hl_item(r, t->hash[after])))) continue;
            for (k = j; k < (uint32_t)after; k++) if (covered[k]) free = 0;
            if (!free) continue;
            for (mi = 0; mi < s->n_matches && open == NULL; mi++) {
                eg_match *m = &s->matches[mi];
                if (m->family == EG_F_HIGHLIGHT && m->start < hi && m->end > lo) open = m;
            }
            num.n2 = 0;
            give_highlight_count(d, open, EG_R_EQ, &num, j, (uint32_t)after);
            counted = 1;
        }
        if (star && shape && !taken && !counted) {
            eg_ifr_num_at num;
            num.n = marked_list(r, t, quoted, lo, hi);
            num.n2 = 0;
            num.post_rel = EG_R_NONE;
            if (num.n > 0) give_highlight_count(d, NULL, EG_R_EQ, &num, lo, lo);
        }
        lo = hi + 1u;
    }
}

/* Step 2d (scope.ts asteriskHighlights). */
static void asterisk_highlights(det *d, const uint8_t *quoted, const uint8_t *covered) {
    for_each_segment(d, quoted, covered, highlight_segment);
    sentence_highlights(d, quoted, covered);
}

/* Step 2e (scope.ts dividerCount): a `***` divider without a paragraph or section count takes the first free
 * number 2..MAX_PARTS followed by a PART_NOUN word in the divider's sentence. */
/* Version 21 (scope.ts bareCount, ofThem, PART_ASK): a count that ends its clause (the end, a line break, or , . ; ! ? )
 * with no digit touching it: "7.30", "2,000"); "of them" at token e; the words right before a bare count that ask for it. */
static const int PART_ASK[] = {EG_W_EXACTLY, EG_W_PRECISELY, EG_W_NEED, EG_W_WANT, EG_W_TOTAL, EG_W_ONLY, EG_W_JUST};
static int bare_count(const eg_ifr_tokens *t, uint32_t e) {
    uint8_t b;
    int digit;
    if (e >= t->n || t->kind[e] == EG_TK_NL) return 1;
    if (t->kind[e] != EG_TK_PUNCT) return 0;
    b = t->byte[e];
    digit = e + 1u < t->n && t->start[e + 1u] == t->end[e] && t->bytes[t->start[e + 1u]] >= 0x30u && t->bytes[t->start[e + 1u]] <= 0x39u;
    return (b == 0x2Cu || b == 0x2Eu || b == 0x3Bu || b == 0x21u || b == 0x3Fu || b == 0x29u) && !digit;
}
static int of_them(const eg_ifr *r, const eg_ifr_tokens *t, uint32_t e) {
    return e + 1u < t->n && t->kind[e] == EG_TK_WORD && t->hash[e] == r->w[EG_W_OF] && t->kind[e + 1u] == EG_TK_WORD && t->hash[e + 1u] == r->w[EG_W_THEM];
}

static void divider_count(det *d, const uint8_t *quoted, const uint8_t *covered) {
    const eg_ifr *r = d->r;
    const eg_ifr_tokens *t = d->t;
    eg_ifr_scratch *s = d->s;
    const eg_match *div = NULL;
    uint32_t mi, a, b, j, k;
    for (mi = 0; mi < s->n_matches; mi++) {
        const eg_match *m = &s->matches[mi];
        if ((m->family == EG_F_PARCOUNT || m->family == EG_F_SECCOUNT) && m->has_num) return;
        if (m->family == EG_F_STARDIV && div == NULL) div = m;
    }
    if (div == NULL) return;
    a = eg_ifr_sentence_start(t, div->start);
    b = eg_ifr_sentence_end(t, div->end);
    /* version 21: a clause after a semicolon is the same sentence's ("put that between the paragraphs; three of them") */
    if (b < t->n && t->kind[b] == EG_TK_PUNCT && t->byte[b] == 0x3Bu) b = eg_ifr_sentence_end(t, b + 1u);
    for (j = a; j < b; j++) {
        eg_ifr_num_at num;
        int64_t end;
        int free_ = 1, noun, asked;
        if (covered[j] || quoted[j]) continue;
        num.n = 0;
        num.n2 = 0;
        num.post_rel = EG_R_NONE;
        end = eg_ifr_number_at(d, j, &num);
        if (end < 0 || num.n < 2 || num.n > MAX_PARTS) continue;
        noun = end < (int64_t)t->n && t->kind[end] == EG_TK_WORD && eg_ifr_set_has(r, EG_SET_PART_NOUN, t->hash[end]);
        /* a bare count needs a word asking for it right before it, or "of them" after it */
        asked = j > 0u && t->kind[j - 1u] == EG_TK_WORD && eg_ifr_named_in(r, t->hash[j - 1u], PART_ASK, EG_IFR_COUNT_OF(PART_ASK));
        if (!noun && !((asked && bare_count(t, (uint32_t)end)) || of_them(r, t, (uint32_t)end))) continue;
        for (k = j; k <= (uint32_t)end && k < t->n; k++) if (covered[k] || quoted[k]) free_ = 0;
        if (!free_) continue;
        push_count(d, EG_F_PARCOUNT, EG_R_EQ, &num, j, noun ? (uint32_t)end + 1u : (uint32_t)end);
        return;
    }
}

/* startsCouple: the match's number is "a couple" (one of its first 3 tokens). */
static int starts_couple(const det *d, const eg_match *m) {
    uint32_t i;
    for (i = m->start; i < m->end && i < m->start + 3u; i++) {
        if (d->t->hash[i] == d->r->w[EG_W_COUPLE]) return 1;
    }
    return 0;
}

/* The first segment after the one ending at `edge`, within its sentence, that holds a word referring back ("them",
 * "those", "these", "such") outside quotes (scope.ts referenceAfter): 1 and its [*lo, *hi), else 0. */
static int reference_after(const eg_ifr *r, const eg_ifr_tokens *t, const uint8_t *quoted, uint32_t edge, uint32_t *lo, uint32_t *hi) {
    uint32_t i, a = edge + 1u;
    int found = 0;
    if (edge >= t->n || eg_ifr_is_boundary(t, edge)) return 0; /* the phrase's segment ended its sentence */
    for (i = a; i < t->n; i++) {
        uint32_t h;
        if (is_edge(r, t, quoted, i)) {
            if (found) {
                *lo = a;
                *hi = i;
                return 1;
            }
            if (eg_ifr_is_boundary(t, i)) return 0;
            a = i + 1u;
            continue;
        }
        if (found || quoted[i] || t->kind[i] != EG_TK_WORD) continue;
        h = t->hash[i];
        found = h == r->w[EG_W_THEM] || h == r->w[EG_W_THOSE] || h == r->w[EG_W_THESE] || h == r->w[EG_W_SUCH];
    }
    if (!found) return 0;
    *lo = a;
    *hi = t->n;
    return 1;
}

/* Some match is LOWER (lowercase asked somewhere in the prompt). */
static int any_lower(const eg_ifr_scratch *s) {
    uint32_t mi;
    for (mi = 0; mi < s->n_matches; mi++) {
        if (s->matches[mi].family == EG_F_LOWER) return 1;
    }
    return 0;
}

/* scope.ts wholeScope (version 20): the segment holds a word that asks capitals of the whole answer ("throughout", a
 * postposed "only"), "all the way", "first ... last" or "start ... finish". */
static int whole_scope(const eg_ifr *r, const eg_ifr_tokens *t, const uint8_t *quoted, uint32_t lo, uint32_t hi) {
    uint32_t i;
    int first = 0, start = 0;
    for (i = lo; i < hi; i++) {
        uint32_t h;
        if (quoted[i] || t->kind[i] != EG_TK_WORD) continue;
        h = t->hash[i];
        if (h == r->w[EG_W_THROUGHOUT]) return 1;
        if (h == r->w[EG_W_ONLY] && (i + 1u == hi || t->kind[i + 1u] != EG_TK_WORD)) return 1; /* postposed */
        if (h == r->w[EG_W_ALL] && i + 2u < hi && t->hash[i + 2u] == r->w[EG_W_WAY]) return 1;
        if (h == r->w[EG_W_FIRST]) first = 1;
        if (h == r->w[EG_W_START]) start = 1;
        if ((h == r->w[EG_W_LAST] && first) || (h == r->w[EG_W_FINISH] && start)) return 1;
    }
    return 0;
}

/* Step 2f for one segment [lo, hi) (scope.ts capitalSegment). */
static void capital_segment(det *d, const uint8_t *quoted, const uint8_t *covered, uint32_t lo, uint32_t hi) {
    const eg_ifr *r = d->r;
    const eg_ifr_tokens *t = d->t;
    eg_ifr_scratch *s = d->s;
    eg_match *words = NULL;
    uint32_t i, mi, n0 = s->n_matches;
    int cue = 0, word_noun = 0, upper = 0, phrase = 0;
    int64_t last_cue = -1, last_noun = -1;
    for (i = lo; i < hi; i++) {
        if (quoted[i] || t->kind[i] != EG_TK_WORD) continue;
        /* version 20: a capital word named as such ("capital-letter words", "words in full capitals") */
        if (eg_ifr_set_has(r, EG_SET_CAPS_CUE, t->hash[i])) {
            cue = 1;
            last_cue = i;
            if (last_noun >= 0 && i - (uint32_t)last_noun <= CAP_PHRASE_REACH) phrase = 1;
        }
        if (t->hash[i] == r->w[EG_W_WORD] || t->hash[i] == r->w[EG_W_WORDS]) {
            word_noun = 1;
            last_noun = i;
            if (last_cue >= 0 && i - (uint32_t)last_cue <= CAP_PHRASE_REACH) phrase = 1;
        }
    }
    if (!cue) return;
    for (mi = 0; mi < n0; mi++) {
        eg_match *m = &s->matches[mi];
        if (!(m->start < hi && m->end > lo)) continue;
        if (m->family == EG_F_CAPFREQ) return;
        /* version 19: an APPROX count (bare, or "about") counts them too unless it is "a couple" ("have five words in
         * block capitals") */
        if (m->family == EG_F_WORDS && m->has_num && (m->rel != EG_R_APPROX || !starts_couple(d, m)) && m->n >= 1 && m->n <= MAX_CAPS &&
            words == NULL) words = m;
        if (m->family == EG_F_UPPER) upper = 1;
    }
    /* version 20: capitals asked of the whole answer in words of their own ("uppercase letters only") */
    if (words == NULL && !upper && !phrase && !any_lower(s) && whole_scope(r, t, quoted, lo, hi)) {
        uint8_t rel0 = EG_R_NONE;
        uint32_t at0 = 0;
        eg_ifr_num_at num0;
        if (first_free_count(d, quoted, covered, lo, hi, 1000, 0, EG_R_NONE, &at0, &rel0, &num0) < 0) {
            for (i = lo; i < hi; i++) {
                if (!quoted[i] && t->kind[i] == EG_TK_WORD && eg_ifr_set_has(r, EG_SET_CAPS_CUE, t->hash[i])) break;
            }
            if (i < hi && !negated_before(r, t, covered, quoted, lo, i)) {
                eg_ifr_num_at none;
                uint32_t before = s->n_matches;
                none.n = 0;
                none.n2 = 0;
                none.post_rel = EG_R_NONE;
                push_count(d, EG_F_UPPER, EG_R_NONE, &none, i, i + 1u);
                if (s->n_matches > before) s->matches[before].has_num = 0; /* a flag, not a count */
                return;
            }
        }
    }
    if (words != NULL) {
        words->family = EG_F_CAPFREQ;
    } else {
        uint8_t rel = EG_R_NONE;
        uint32_t at = 0, from = lo, blo, bhi;
        eg_ifr_num_at num;
        int by_upper = upper && word_noun, alone = !by_upper;
        int64_t end = by_upper || phrase ? first_free_count(d, quoted, covered, lo, hi, MAX_CAPS, 0, by_upper ? EG_R_GE : EG_R_NONE, &at, &rel, &num) : -1;
        /* a phrase without a count of its own: a later segment of its sentence that refers back to the words */
        if (end < 0 && phrase && reference_after(r, t, quoted, hi, &blo, &bhi)) {
            from = blo;
            alone = 1;
            end = first_free_count(d, quoted, covered, blo, bhi, MAX_CAPS, 0, EG_R_NONE, &at, &rel, &num);
        }
        if (end < 0) return;
        /* a relation written after the count ("two at most") */
        if (alone && rel == EG_R_NONE && (uint32_t)end < t->n && !covered[end] && !quoted[end]) {
            uint8_t post = EG_R_NONE;
            if (eg_ifr_relation_at(d, (uint32_t)end, &post) >= 0) rel = post;
        }
        /* standing alone, the count must be a bound, not under a negation */
        if (alone && (rel == EG_R_NONE || rel == EG_R_APPROX || negated_before(r, t, covered, quoted, from, at))) return;
        push_count(d, EG_F_CAPFREQ, rel, &num, at, (uint32_t)end);
    }
    for (mi = 0; mi < s->n_matches; mi++) {
        eg_match *m = &s->matches[mi];
        if (m->family == EG_F_UPPER && m->start < hi && m->end > lo) m->family = EG_F_IGNORE;
    }
}

/* Step 2f (scope.ts capitalCounts): segments that name capitals count capitalised words. */
static void capital_counts(det *d, const uint8_t *quoted, const uint8_t *covered) {
    for_each_segment(d, quoted, covered, capital_segment);
}

/* Step 2g (version 12; scope.ts restatedBounds): a word or sentence count read without a bound ("the box only takes 50
 * words", "fits about 50 words") takes the bound its sentence restates after it with the same number and no unit
 * (punctuation, the end or a negation follows the number): "so nothing past 50", "so anything longer than 50 won't
 * fit" (a greater-than relation a negation follows within RESTATE_NEG_REACH tokens turns round). The first such
 * restatement, outside quotes and other matches, wins. */
static void restated_bounds(det *d, const uint8_t *quoted, const uint8_t *covered) {
    const eg_ifr *r = d->r;
    const eg_ifr_tokens *t = d->t;
    eg_ifr_scratch *s = d->s;
    uint32_t mi, j, k;
    for (mi = 0; mi < s->n_matches; mi++) {
        eg_match *m = &s->matches[mi];
        if (!loose_family(m->family) || !m->has_num || (m->rel != EG_R_APPROX && m->rel != EG_R_NONE)) continue;
        for (j = m->end; j < t->n && !eg_ifr_is_boundary(t, j); j++) {
            uint8_t rel = EG_R_NONE;
            int64_t re, ne;
            eg_ifr_num_at num;
            if (covered[j] || quoted[j]) continue;
            re = eg_ifr_relation_at(d, j, &rel);
            if (re < 0 || rel == EG_R_NONE || rel == EG_R_EQ || rel == EG_R_APPROX || rel == EG_R_RANGE) continue;
            ne = eg_ifr_number_at(d, (uint32_t)re, &num);
            /* the number again, or (version 19) a pronoun standing for it ("80 words and nothing past that") */
            if (ne < 0 && (uint32_t)re < t->n && t->kind[re] == EG_TK_WORD &&
                (t->hash[re] == r->w[EG_W_THAT] || t->hash[re] == r->w[EG_W_IT] || t->hash[re] == r->w[EG_W_THIS])) {
                ne = re + 1;
                num.n = m->n;
            }
            /* a restatement names no unit: punctuation, the end or a negation follows its number ("past 50.", "50 won't
             * fit") */
            if (ne < 0 || num.n != m->n ||
                ((uint32_t)ne < t->n && t->kind[ne] == EG_TK_WORD && !is_neg_word(r, t, (uint32_t)ne))) continue;
            if (rel == EG_R_GT || rel == EG_R_GE) {
                for (k = (uint32_t)ne; k < t->n && k < (uint32_t)ne + RESTATE_NEG_REACH && !eg_ifr_is_boundary(t, k); k++) {
                    if (is_neg_word(r, t, k)) {
                        rel = flip(rel);
                        break;
                    }
                }
            }
            m->rel = rel;
            break;
        }
    }
}

/* Step 2h (version 19; scope.ts tooBounds): a count the words right after it call too many or too few ("50 words is
 * too many", "150 words or more is too long") is a limit: up to TOO_REACH copula or degree words, then "too" and
 * many/long/much/wordy make it less than N (at most N after a greater-than), short/few/little more than N (at least N
 * after a less-than); a bound already on that side stays; none of those tokens covered or quoted. */
#define TOO_REACH 4u

static const int TOO_FILL[] = {EG_W_IS, EG_W_ARE, EG_W_WAS, EG_W_WOULD, EG_W_WILL, EG_W_BE, EG_W_ALREADY, EG_W_WAY,
                               EG_W_FAR, EG_W_MUCH, EG_W_JUST, EG_W_PROBABLY};
static const int TOO_UP[] = {EG_W_MANY, EG_W_LONG, EG_W_MUCH, EG_W_WORDY};
static const int TOO_DOWN[] = {EG_W_SHORT, EG_W_FEW, EG_W_LITTLE};

static void too_bounds(det *d, const uint8_t *quoted, const uint8_t *covered) {
    const eg_ifr *r = d->r;
    const eg_ifr_tokens *t = d->t;
    eg_ifr_scratch *s = d->s;
    uint32_t mi, j, k, h;
    for (mi = 0; mi < s->n_matches; mi++) {
        eg_match *m = &s->matches[mi];
        if (!loose_family(m->family) || !m->has_num || m->rel == EG_R_RANGE) continue;
        j = m->end < t->n ? m->end : t->n;
        for (k = 0; k < TOO_REACH && j < t->n && !covered[j] && !quoted[j] && t->kind[j] == EG_TK_WORD &&
                    eg_ifr_named_in(r, t->hash[j], TOO_FILL, EG_IFR_COUNT_OF(TOO_FILL));
             k++) {
            j++;
        }
        if (j + 1u >= t->n || covered[j] || quoted[j] || covered[j + 1u] || quoted[j + 1u]) continue;
        if (t->kind[j] != EG_TK_WORD || t->hash[j] != r->w[EG_W_TOO] || t->kind[j + 1u] != EG_TK_WORD) continue;
        h = t->hash[j + 1u];
        if (eg_ifr_named_in(r, h, TOO_UP, EG_IFR_COUNT_OF(TOO_UP)) && m->rel != EG_R_LT && m->rel != EG_R_LE) {
            m->rel = m->rel == EG_R_GT ? EG_R_LE : EG_R_LT;
        } else if (eg_ifr_named_in(r, h, TOO_DOWN, EG_IFR_COUNT_OF(TOO_DOWN)) && m->rel != EG_R_GT && m->rel != EG_R_GE) {
            m->rel = m->rel == EG_R_LT ? EG_R_GE : EG_R_GT;
        }
    }
}

/* Step 2j (version 21; scope.ts limitBounds): a count read without a bound or as exact (APPROX, NONE, EQ) that its
 * sentence names as the limit within LIMIT_REACH tokens after the match (before the sentence ends or another number of
 * a different value, outside quotes): a LIMIT_UP word closing its clause makes it LE, a LIMIT_DOWN word GE, and "no more" / "not one more"
 * closing their clause LE. */
#define LIMIT_REACH 12u
static const int LIMIT_UP[] = {EG_W_LIMIT, EG_W_CEILING, EG_W_CAP, EG_W_MAX, EG_W_MAXIMUM};
static const int LIMIT_DOWN[] = {EG_W_MINIMUM, EG_W_FLOOR};
static const int LIMIT_STOP[] = {EG_W_ABOUT, EG_W_ON, EG_W_OF, EG_W_FOR, EG_W_WORD, EG_W_WORDS}; /* a topic, a counted word */

static void limit_bounds(det *d, const uint8_t *quoted) {
    const eg_ifr *r = d->r;
    const eg_ifr_tokens *t = d->t;
    eg_ifr_scratch *s = d->s;
    uint32_t mi, j, k, stop;
    for (mi = 0; mi < s->n_matches; mi++) {
        eg_match *m = &s->matches[mi];
        if (!loose_family(m->family) || !m->has_num || (m->rel != EG_R_APPROX && m->rel != EG_R_NONE && m->rel != EG_R_EQ)) continue;
        stop = eg_ifr_sentence_end(t, m->end);
        if (stop > m->end + LIMIT_REACH) stop = m->end + LIMIT_REACH;
        for (j = m->end; j < stop; j++) {
            eg_ifr_num_at num;
            uint32_t h, rv;
            int rel = -1, closes;
            if (quoted[j] || t->kind[j] != EG_TK_WORD) continue;
            h = t->hash[j];
            if (eg_ifr_named_in(r, h, LIMIT_STOP, EG_IFR_COUNT_OF(LIMIT_STOP))) break;
            /* another number of a different value ends the reading (only digits and RNUM words can start one) */
            if ((t->bytes[t->start[j]] >= 0x30u && t->bytes[t->start[j]] <= 0x39u) || eg_ifr_rnum(r, h, &rv)) {
                num.n = 0;
                num.n2 = 0;
                num.post_rel = EG_R_NONE;
                if (eg_ifr_number_at(d, j, &num) >= 0 && num.n != m->n) break;
            }
            /* the limit word closes its clause, or ends a compound ("a 300-word-minimum piece") */
            closes = j + 1u >= t->n || t->kind[j + 1u] != EG_TK_WORD ||
                     (j > 0u && t->kind[j - 1u] == EG_TK_PUNCT && t->byte[j - 1u] == 0x2Du && t->end[j - 1u] == t->start[j]);
            if (closes && eg_ifr_named_in(r, h, LIMIT_UP, EG_IFR_COUNT_OF(LIMIT_UP))) rel = EG_R_LE;
            else if (closes && eg_ifr_named_in(r, h, LIMIT_DOWN, EG_IFR_COUNT_OF(LIMIT_DOWN))) rel = EG_R_GE;
            else if (h == r->w[EG_W_NO] || h == r->w[EG_W_NOT]) {
                k = j + 1u < t->n && t->kind[j + 1u] == EG_TK_WORD && t->hash[j + 1u] == r->w[EG_W_ONE] ? j + 2u : j + 1u;
                if (k < t->n && t->kind[k] == EG_TK_WORD && t->hash[k] == r->w[EG_W_MORE] && (k + 1u >= t->n || t->kind[k + 1u] != EG_TK_WORD)) rel = EG_R_LE;
            }
            if (rel >= 0) {
                m->rel = (uint8_t)rel;
                break;
            }
        }
    }
}

/* Step 2k (version 21; scope.ts commaBans): commas named in a sentence and ruled out later in it by words that refer
 * back to them, when no NOCOMMA match was read: after a "comma(s)" word, outside quotes, a NEG_CUE word followed by
 * "them" / "one" / "any" (or by use/have/include/put/want/need and one of those, or by "a single"), "none", or "off the
 * table": a NOCOMMA match over the comma word. */
static const int COMMA_VERB[] = {EG_W_USE, EG_W_HAVE, EG_W_INCLUDE, EG_W_PUT, EG_W_WANT, EG_W_NEED, EG_W_BE};
/* version 22: a modal between the negation and the verb ("so neither can have any") */
static const int COMMA_MODAL[] = {EG_W_CAN, EG_W_COULD, EG_W_MUST, EG_W_SHOULD, EG_W_WILL, EG_W_MAY};
static const int COMMA_USE[] = {EG_W_WITH, EG_W_BY, EG_W_USING, EG_W_USE, EG_W_A, EG_W_AN}; /* commas asked for */

static int word_is(const eg_ifr *r, const eg_ifr_tokens *t, uint32_t k, int w) {
    return k < t->n && t->kind[k] == EG_TK_WORD && t->hash[k] == r->w[w];
}
static int word_in(const eg_ifr *r, const eg_ifr_tokens *t, uint32_t k, const int *ids, uint32_t n) {
    return k < t->n && t->kind[k] == EG_TK_WORD && eg_ifr_named_in(r, t->hash[k], ids, n);
}

/* Token i is a full stop touching another one (scope.ts isDots). */
static int dot_at(const eg_ifr_tokens *t, int64_t k) { return k >= 0 && k < (int64_t)t->n && t->kind[k] == EG_TK_PUNCT && t->byte[k] == 0x2Eu; }
static int is_dots(const eg_ifr_tokens *t, uint32_t i) {
    return dot_at(t, i) && ((dot_at(t, (int64_t)i + 1) && t->end[i] == t->start[i + 1u]) || (dot_at(t, (int64_t)i - 1) && t->end[i - 1u] == t->start[i]));
}

static int word_closes(const eg_ifr_tokens *t, uint32_t k) { return k >= t->n || t->kind[k] != EG_TK_WORD; }
/* "them" may go on; "one" and "any" close their clause */
static int comma_back(const eg_ifr *r, const eg_ifr_tokens *t, uint32_t k) {
    return word_is(r, t, k, EG_W_THEM) || ((word_is(r, t, k, EG_W_ONE) || word_is(r, t, k, EG_W_ANY)) && word_closes(t, k + 1u));
}

static void comma_bans(det *d, const uint8_t *quoted) {
    const eg_ifr *r = d->r;
    const eg_ifr_tokens *t = d->t;
    eg_ifr_scratch *s = d->s;
    uint32_t mi, c, j, e;
    for (mi = 0; mi < s->n_matches; mi++) {
        if (s->matches[mi].family == EG_F_NOCOMMA) return;
    }
    for (c = 0; c < t->n; c++) {
        if (quoted[c] || !(word_is(r, t, c, EG_W_COMMA) || word_is(r, t, c, EG_W_COMMAS))) continue;
        if (c > 0u && word_in(r, t, c - 1u, COMMA_USE, EG_IFR_COUNT_OF(COMMA_USE))) continue; /* "with commas" */
        /* the sentence, read on past dots that trail off ("a minimum... actually no, none at all") */
        e = eg_ifr_sentence_end(t, c);
        while (e + 1u < t->n && is_dots(t, e)) e = eg_ifr_sentence_end(t, e + 1u);
        for (j = c + 1u; j < e; j++) {
            int neg, back;
            uint32_t m, v;
            if (quoted[j] || t->kind[j] != EG_TK_WORD) continue;
            neg = eg_ifr_set_has(r, EG_SET_NEG_CUE, t->hash[j]) || t->hash[j] == r->w[EG_W_NEITHER];
            /* version 22: after a modal, and "a single" after the verb too ("so there can't be a single one") */
            m = word_in(r, t, j + 1u, COMMA_MODAL, EG_IFR_COUNT_OF(COMMA_MODAL)) ? j + 2u : j + 1u;
            v = word_in(r, t, m, COMMA_VERB, EG_IFR_COUNT_OF(COMMA_VERB)) ? m + 1u : m;
            back = neg && (comma_back(r, t, m) || comma_back(r, t, v) ||
                           (word_is(r, t, v, EG_W_A) && word_is(r, t, v + 1u, EG_W_SINGLE) &&
                            (word_is(r, t, v + 2u, EG_W_ONE) ? word_closes(t, v + 3u) : word_closes(t, v + 2u))));
            if (back || t->hash[j] == r->w[EG_W_NONE] ||
                (t->hash[j] == r->w[EG_W_OFF] && word_is(r, t, j + 1u, EG_W_THE) && word_is(r, t, j + 2u, EG_W_TABLE))) {
                eg_ifr_num_at none;
                eg_match *m;
                none.n = 0;
                none.n2 = 0;
                none.post_rel = EG_R_NONE;
                m = push_count(d, EG_F_NOCOMMA, EG_R_NONE, &none, c, c + 1u);
                if (m != NULL) m->has_num = 0;
                return;
            }
        }
    }
}

/* Step 2i (version 19; scope.ts subjectCounts): a word's count stated with the word as the subject, unquoted ("Neon
 * needs to come up no fewer than three times", "magic should crop up at least four times"): an uncovered count of
 * times (an optional relation phrase, a number and "times", or "twice" / "thrice") right after a verb of turning up
 * ("come|crop|show|turn|pop up", or appear, feature, mentioned, used, occur, repeated), before which stand up to
 * MODAL_REACH modal words and then the word (not covered or quoted, not KW_SKIP or KW_STOP, not a number, starting with
 * a letter): a KWFREQ match for it, or LETTER when it is one ASCII letter; the relation is the phrase's, else the
 * number's postfix, else an "or more" after "times", else EQ. */
#define MODAL_REACH 3u
static const int UP_VERBS[] = {EG_W_COME, EG_W_COMES, EG_W_CROP, EG_W_CROPS, EG_W_SHOW, EG_W_SHOWS, EG_W_TURN, EG_W_TURNS,
                               EG_W_POP, EG_W_POPS};
static const int SEEN_VERBS[] = {EG_W_APPEAR, EG_W_APPEARS, EG_W_FEATURE, EG_W_FEATURES, EG_W_MENTIONED, EG_W_USED,
                                 EG_W_OCCUR, EG_W_OCCURS, EG_W_REPEATED};
static const int MODALS[] = {EG_W_NEEDS, EG_W_NEED, EG_W_TO, EG_W_SHOULD, EG_W_MUST, EG_W_HAS, EG_W_HAVE, EG_W_WILL,
                             EG_W_WOULD, EG_W_BE, EG_W_IS, EG_W_GETS, EG_W_GET};

static int is_letter_byte(uint8_t b) { return (b >= 0x41u && b <= 0x5Au) || (b >= 0x61u && b <= 0x7Au) || b >= 0xC0u; }

static void subject_counts(det *d, const uint8_t *quoted, uint8_t *covered) {
    const eg_ifr *r = d->r;
    const eg_ifr_tokens *t = d->t;
    eg_ifr_scratch *s = d->s;
    uint32_t j, k;
    for (j = 1; j < t->n; j++) {
        int64_t v, w, at, end = -1, re;
        int64_t n = -1;
        uint8_t rel = EG_R_NONE, rr;
        eg_ifr_num_at num;
        int cov = 0;
        eg_match *m;
        if (covered[j] || quoted[j] || t->kind[j] != EG_TK_WORD) continue;
        v = (int64_t)j - 1;
        if (t->kind[v] != EG_TK_WORD) continue;
        if (t->hash[v] == r->w[EG_W_UP] && v > 0 && t->kind[v - 1] == EG_TK_WORD && eg_ifr_named_in(r, t->hash[v - 1], UP_VERBS, EG_IFR_COUNT_OF(UP_VERBS))) v--;
        else if (!eg_ifr_named_in(r, t->hash[v], SEEN_VERBS, EG_IFR_COUNT_OF(SEEN_VERBS))) continue;
        re = eg_ifr_relation_at(d, j, &rr);
        at = re >= 0 ? re : (int64_t)j;
        if (re >= 0 && rr != EG_R_NONE) rel = rr;
        if (at < (int64_t)t->n && (t->hash[at] == r->w[EG_W_TWICE] || t->hash[at] == r->w[EG_W_THRICE])) {
            n = t->hash[at] == r->w[EG_W_TWICE] ? 2 : 3;
            end = at + 1;
        } else {
            int64_t ne = eg_ifr_number_at(d, (uint32_t)at, &num);
            if (ne >= 0 && ne < (int64_t)t->n && t->kind[ne] == EG_TK_WORD && t->hash[ne] == r->w[EG_W_TIMES]) {
                n = num.n;
                end = ne + 1;
                if (rel == EG_R_NONE && num.post_rel != EG_R_NONE) rel = num.post_rel;
            }
        }
        if (n < 1) continue;
        /* "forty times or more" (its two tokens are checked with the count's below) */
        if (rel == EG_R_NONE && end + 1 < (int64_t)t->n) {
            uint8_t ob = or_bound(r, t, end);
            if (ob != NO_CUE) {
                rel = ob;
                end += 2;
            }
        }
        for (k = j; (int64_t)k < end; k++) {
            if (covered[k] || quoted[k]) cov = 1;
        }
        if (cov) continue;
        w = v - 1;
        for (k = 0; k < MODAL_REACH && w >= 0 && t->kind[w] == EG_TK_WORD && eg_ifr_named_in(r, t->hash[w], MODALS, EG_IFR_COUNT_OF(MODALS)); k++) w--;
        if (w < 0 || covered[w] || quoted[w] || t->kind[w] != EG_TK_WORD || eg_ifr_set_has(r, EG_SET_KW_SKIP, t->hash[w]) ||
            eg_ifr_set_has(r, EG_SET_KW_STOP, t->hash[w])) continue;
        if (eg_ifr_number_at(d, (uint32_t)w, &num) >= 0 || !is_letter_byte(t->bytes[t->start[w]])) continue;
        if (s->n_matches >= EG_IFR_MAX_MATCHES || s->n_strs >= EG_IFR_MAX_STRS) {
            s->overflow = 1;
            return;
        }
        s->strs[s->n_strs].p = t->bytes + t->start[w];
        s->strs[s->n_strs].n = t->end[w] - t->start[w];
        m = &s->matches[s->n_matches++];
        /* one ASCII letter is a letter's count ("let r turn up forty times or more") */
        m->family = (t->end[w] - t->start[w] == 1u && t->bytes[t->start[w]] < 0x80u) ? EG_F_LETTER : EG_F_KWFREQ;
        m->arg = EG_IFR_NONE;
        m->rel = rel == EG_R_NONE ? EG_R_EQ : rel;
        m->n = n;
        m->n2 = 0;
        m->has_num = 1;
        m->str_first = s->n_strs++;
        m->str_count = 1;
        m->lang = EG_IFR_NONE;
        m->start = (uint32_t)w;
        m->end = (uint32_t)end;
        for (k = (uint32_t)w; (int64_t)k < end; k++) covered[k] = 1;
    }
}

void eg_ifr_scope(det *d) {
    uint8_t *quoted = d->s->mem.det.quoted;
    uint8_t *covered = d->s->mem.det.covered;
    eg_ifr_quoted_tokens(d->t, quoted);
    covered_tokens(d, covered);
    scope_matches(d, quoted, covered);
    asterisk_highlights(d, quoted, covered);
    divider_count(d, quoted, covered);
    capital_counts(d, quoted, covered);
    restated_bounds(d, quoted, covered);
    too_bounds(d, quoted, covered);
    limit_bounds(d, quoted);
    subject_counts(d, quoted, covered);
    comma_bans(d, quoted);
}

int eg_ifr_named_in(const eg_ifr *r, uint32_t h, const int *ids, uint32_t n) {
    uint32_t k;
    for (k = 0; k < n; k++) {
        if (h == r->w[ids[k]]) return 1;
    }
    return 0;
}
