/* List labels, self-corrections and bare follow-up counts (docs/format.md 6.4 steps 0 and 2b) <->
 * src/skills/respond/corrections.ts: "1) exactly 4 bullets" loses its label and "use 'umbrella' exactly... well,
 * at least twice" its retracted words before any pattern runs; "about 60 words, so keep it under 60" restates the
 * count. Function names follow the TypeScript. */
#include <string.h>
#include "eg_ifr_match.h"

#define MAX_MARKER_WORDS 4u
#define MAX_RETRACT 12
enum { K_NONE, K_REL, K_NUM, K_QUOTE };

/* punctIn: token i is punctuation whose byte is one of marks (a punctuation token's byte is never 0). Before a
 * correction marker, after it, and before a follow-up ("(" is an aside there, ":" a label's value): */
static int punct_in(const eg_ifr_tokens *t, uint32_t i, const char *marks) {
    return t->kind[i] == EG_TK_PUNCT && t->byte[i] != 0u && strchr(marks, (char)t->byte[i]) != NULL;
}
#define MARK_BEFORE ",.-;:("
#define MARK_AFTER ",.-:"
#define FOLLOW_AFTER ",;-."

static int corr_word(const eg_ifr *r, const eg_ifr_tokens *t, uint32_t i) {
    return t->kind[i] == EG_TK_WORD && (eg_ifr_set_has(r, EG_SET_CORR, t->hash[i]) || eg_ifr_set_has(r, EG_SET_CORR_FILL, t->hash[i]));
}

static int kind_at(det *d, uint32_t i) {
    uint8_t rel;
    eg_ifr_num_at num;
    if (i >= d->t->n) return K_NONE;
    if (eg_ifr_relation_at(d, i, &rel) >= 0) return K_REL;
    if (!eg_ifr_set_has(d->r, EG_SET_CORR, d->t->hash[i]) && eg_ifr_number_at(d, i, &num) >= 0) return K_NUM;
    if (eg_ifr_quote_at(d, i)) return K_QUOTE;
    return K_NONE;
}

static int64_t number_end(det *d, int64_t i) {
    eg_ifr_num_at num;
    return eg_ifr_number_at(d, (uint32_t)i, &num);
}

/* kindEnd */
static int64_t kind_end(det *d, uint32_t j, int kind) {
    const eg_ifr_tokens *t = d->t;
    uint8_t rel;
    int64_t e;
    uint32_t k;
    if (kind == K_REL) return (e = eg_ifr_relation_at(d, j, &rel)) >= 0 ? e : (int64_t)j;
    if (kind == K_NUM) return (e = number_end(d, j)) >= 0 ? e : (int64_t)j;
    k = j + 1u;
    while (k < t->n && !(t->kind[k] == EG_TK_PUNCT && t->byte[k] == t->byte[j])) k++;
    return k + 1u < t->n ? (int64_t)k + 1 : (int64_t)t->n;
}

/* countBefore: the first token of a number that ends 1..POSTFIX_UNIT_WORDS word tokens before token j (the unit words
 * between its end and j), with only words between it and j and no boundary, else -1: the count of a relation written
 * after it ("four sentences max"); a number in several words from its first ("twenty five sentences max"). */
#define POSTFIX_UNIT_WORDS 2
/* numberStart: the first word of the number that ends at `end` and is read at token k ("twenty five"). */
static int64_t number_start(det *d, int64_t k, int64_t end) {
    while (k > 0 && !eg_ifr_is_boundary(d->t, (uint32_t)k - 1u) && number_end(d, k - 1) == end) k--;
    return k;
}

static int64_t count_before(det *d, int64_t j) {
    const eg_ifr_tokens *t = d->t;
    int64_t k, end;
    for (k = j - 1; k >= 0 && j - k <= POSTFIX_UNIT_WORDS + 1 && t->kind[k] == EG_TK_WORD && !eg_ifr_is_boundary(t, (uint32_t)k); k--) {
        end = number_end(d, k);
        if (end > k && end < j) return number_start(d, k, end);
    }
    return -1;
}

/* bareCountBefore: for a relation phrase at token e followed by a number and a word (its unit), the first token of the
 * nearest number before p in the same sentence (at most MAX_RETRACT tokens back; from its first word) followed by
 * that same word, else -1. */
static int64_t bare_count_before(det *d, uint32_t p, uint32_t e) {
    const eg_ifr_tokens *t = d->t;
    int64_t r_num = kind_end(d, e, K_REL), r_end = number_end(d, r_num), k, end;
    if (r_end <= r_num || r_end >= (int64_t)t->n) return -1;
    for (k = (int64_t)p - 1; k >= 0 && (int64_t)p - k <= MAX_RETRACT && !eg_ifr_is_boundary(t, (uint32_t)k); k--) {
        end = number_end(d, k);
        if (end > k && end < (int64_t)p && t->kind[end] == EG_TK_WORD && t->hash[end] == t->hash[r_end]) return number_start(d, k, end);
    }
    return -1;
}

/* cut: removes tokens [a, b), with their index keys; the entries past the end read as the zero token and the memos
 * are forgotten. The candidate lists are stale until eg_ifr_token_keys runs once after both passes (eg_ifr_detect):
 * the probes here read only tok_key and the memos. */
static void cut(det *d, uint32_t a, uint32_t b) {
    eg_ifr_scratch *s = d->s;
    eg_ifr_tokens *t = &s->tokens;
    uint32_t dd = b - a, k;
    for (k = b; k < t->n; k++) {
        t->kind[k - dd] = t->kind[k];
        t->start[k - dd] = t->start[k];
        t->end[k - dd] = t->end[k];
        t->hash[k - dd] = t->hash[k];
        t->byte[k - dd] = t->byte[k];
        s->tok_key[k - dd] = s->tok_key[k];
        s->tok_odd[k - dd] = s->tok_odd[k];
    }
    for (k = t->n - dd; k <= t->n; k++) { /* the entries past the end, and the zero token after them */
        t->kind[k] = 0;
        t->start[k] = 0;
        t->end[k] = 0;
        t->hash[k] = 0;
        t->byte[k] = 0;
        s->tok_key[k] = (uint16_t)EG_IFR_KEY_NONE;
        s->tok_odd[k] = 0;
    }
    t->n -= dd;
    eg_ifr_forget_memos(s);
}

/* Swaps tokens a and b with their index keys. */
static void swap_tokens(eg_ifr_scratch *s, uint32_t a, uint32_t b) {
    eg_ifr_tokens *t = &s->tokens;
    uint32_t u;
    uint16_t h;
    uint8_t c;
    c = t->kind[a]; t->kind[a] = t->kind[b]; t->kind[b] = c;
    c = t->byte[a]; t->byte[a] = t->byte[b]; t->byte[b] = c;
    u = t->start[a]; t->start[a] = t->start[b]; t->start[b] = u;
    u = t->end[a]; t->end[a] = t->end[b]; t->end[b] = u;
    u = t->hash[a]; t->hash[a] = t->hash[b]; t->hash[b] = u;
    h = s->tok_key[a]; s->tok_key[a] = s->tok_key[b]; s->tok_key[b] = h;
    c = s->tok_odd[a]; s->tok_odd[a] = s->tok_odd[b]; s->tok_odd[b] = c;
}

/* Reverses tokens [a, b). */
static void reverse_tokens(eg_ifr_scratch *s, uint32_t a, uint32_t b) {
    while (a + 1u < b) swap_tokens(s, a++, --b);
}

/* replaceNumber: tokens [j, l_end) (a number) become tokens [e, r_end) (the number that corrects it), the words
 * [l_end, p) after it stay, and everything up to r_end goes; the tokens keep their byte spans. TS copies the moved
 * tokens aside; without a buffer of unbounded size, [j, r_end) is rotated in place (L W M R -> R L W M), then M and
 * L are cut: the same tokens in the same order. */
static void replace_number(det *d, uint32_t j, uint32_t l_end, uint32_t p, uint32_t e, uint32_t r_end) {
    uint32_t nr = r_end - e, nl = l_end - j, nw = p - l_end;
    reverse_tokens(d->s, j, e);
    reverse_tokens(d->s, e, r_end);
    reverse_tokens(d->s, j, r_end);
    cut(d, j + nr + nl + nw, r_end);
    cut(d, j + nr, j + nr + nl);
}

/* Relation words people abbreviate with a dot (the spelling step has made "approx" "approximately"). */
static int abbreviated(const eg_ifr *r, uint32_t h) {
    return h == r->w[EG_W_MIN] || h == r->w[EG_W_MAX] || h == r->w[EG_W_APPROXIMATELY] || h == r->w[EG_W_CA];
}

static int starts_low_or_digit(const eg_ifr_tokens *t, uint32_t i) {
    uint8_t b = t->bytes[t->start[i]];
    return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z');
}

static int is_digits2(const eg_ifr_tokens *t, uint32_t i) {
    uint32_t k;
    if (t->kind[i] != EG_TK_WORD || t->end[i] - t->start[i] > 2u) return 0;
    for (k = t->start[i]; k < t->end[i]; k++) if (t->bytes[k] < '0' || t->bytes[k] > '9') return 0;
    return 1;
}

uint32_t eg_ifr_drop_list_labels(det *d) {
    const eg_ifr_tokens *t = d->t;
    uint32_t depth = 0, i = 0, cuts = 0;
    while (i < t->n) {
        if (t->kind[i] == EG_TK_NL) depth = 0;
        else if (t->kind[i] == EG_TK_PUNCT && t->byte[i] == '(') {
            /* "(1) exactly 4 bullets": a parenthesised label at a line start (version 11) */
            if ((i == 0u || t->kind[i - 1u] == EG_TK_NL) && is_digits2(t, i + 1u) && i + 3u < t->n && t->kind[i + 2u] == EG_TK_PUNCT &&
                t->byte[i + 2u] == ')' && t->kind[i + 3u] == EG_TK_WORD) {
                cut(d, i, i + 3u);
                cuts++;
                continue;
            }
            depth++;
        }
        else if (t->kind[i] == EG_TK_PUNCT && t->byte[i] == ')' && depth > 0u) depth--;
        else if (is_digits2(t, i) && i + 1u < t->n && t->kind[i + 1u] == EG_TK_PUNCT) {
            uint8_t mark = t->byte[i + 1u];
            int line_start = i == 0u || t->kind[i - 1u] == EG_TK_NL;
            if ((mark == ')' && depth == 0u) ||
                (line_start && (mark == '.' || mark == ')') && i + 2u < t->n && t->kind[i + 2u] == EG_TK_WORD)) {
                cut(d, i, i + 2u);
                cuts++;
                continue;
            }
        }
        /* the dot of an abbreviated relation before a number or a lowercase word ("min. 5 sentences", "max. three
         * paras") is no sentence end (version 11) */
        else if (t->kind[i] == EG_TK_PUNCT && t->byte[i] == '.' && i > 0u && t->kind[i - 1u] == EG_TK_WORD && abbreviated(d->r, t->hash[i - 1u]) &&
                 i + 1u < t->n && t->kind[i + 1u] == EG_TK_WORD && starts_low_or_digit(t, i + 1u)) {
            cut(d, i, i + 1u);
            cuts++;
            continue;
        }
        i++;
    }
    return cuts;
}

/* markerEnd: the first token after the correction marker at word i and its punctuation, or -1. */
static int64_t marker_end(det *d, uint32_t i) {
    const eg_ifr_tokens *t = d->t;
    const eg_ifr *r = d->r;
    uint32_t k = i, words = 0, e;
    int strong = 0;
    uint8_t rel;
    if (i == 0u || !punct_in(t, i - 1u, MARK_BEFORE)) return -1;
    while (k < t->n && words < MAX_MARKER_WORDS) {
        if (corr_word(r, t, k)) {
            if (eg_ifr_relation_at(d, k, &rel) >= 0) break;
            if (eg_ifr_set_has(r, EG_SET_CORR, t->hash[k])) strong = 1;
            words++;
            k++;
        } else if (words > 0u && t->kind[k] == EG_TK_PUNCT && t->byte[k] == ',' && k + 1u < t->n && corr_word(r, t, k + 1u)) {
            k++;
        } else {
            break;
        }
    }
    if (!strong) return -1;
    e = k;
    while (e < t->n && e - k < 3u && punct_in(t, e, MARK_AFTER)) e++;
    /* version 20: with no punctuation after it, the marker stands when the corrected count follows right away */
    if (e == k && !eg_ifr_set_has(r, EG_SET_CORR_END, t->hash[k - 1u]) && kind_at(d, k) != K_NUM) return -1;
    return e;
}

uint32_t eg_ifr_retract_corrections(det *d) {
    const eg_ifr_tokens *t = d->t;
    const eg_ifr *r = d->r;
    uint32_t i = 1, cuts = 0;
    while (i < t->n) {
        uint32_t p, q;
        int64_t e, j = -1, k, l_end, r_end, x, post;
        int kind = K_NONE;
        uint8_t rel;
        if (t->kind[i] != EG_TK_WORD) {
            i++;
            continue;
        }
        p = i;
        while (p > 0u && punct_in(t, p - 1u, MARK_BEFORE)) p--;
        if (p == i) {
            i++;
            continue;
        }
        e = marker_end(d, i);
        if (e < 0) {
            int dots = 0, n_dots = 0; /* two dots or more, the ellipsis character, or a dash */
            for (q = p; q < i; q++) {
                if (t->byte[q] == '.') n_dots += t->end[q] - t->start[q] == 3u ? 2 : 1;
                if (t->byte[q] == '-') dots = 1;
            }
            if (n_dots >= 2) dots = 1;
            if (dots && eg_ifr_relation_at(d, i, &rel) >= 0) {
                for (k = (int64_t)p - 1; k >= 0 && (int64_t)p - k <= 4 && j < 0; k--) {
                    if (eg_ifr_relation_at(d, (uint32_t)k, &rel) == (int64_t)p) j = k;
                }
            }
            if (j >= 0) {
                cut(d, (uint32_t)j, i);
                cuts++;
                i = (uint32_t)j + 1u;
            } else {
                i++;
            }
            continue;
        }
        kind = kind_at(d, (uint32_t)e);
        if (kind != K_NONE) {
            for (k = (int64_t)p - 1; k >= 0 && (int64_t)p - k <= MAX_RETRACT && !eg_ifr_is_boundary(t, (uint32_t)k); k--) {
                if (kind_at(d, (uint32_t)k) == kind && kind_end(d, (uint32_t)k, kind) <= (int64_t)p) {
                    j = k;
                    break;
                }
            }
        }
        /* a count with no relation corrected by one with a relation and the same unit ("four sentences, no wait, a
         * maximum of three sentences"): the count goes (version 19) */
        if (j < 0 && kind == K_REL && (k = bare_count_before(d, p, (uint32_t)e)) >= 0) {
            cut(d, (uint32_t)k, (uint32_t)e);
            cuts++;
            i = (uint32_t)k + 1u;
            continue;
        }
        if (j < 0) {
            i++;
            continue;
        }
        if (kind == K_NUM) {
            while (j > 0 && (int64_t)p - j < MAX_RETRACT && !eg_ifr_is_boundary(t, (uint32_t)j - 1u) &&
                   ((x = number_end(d, j - 1)) >= 0 ? x : 0) > j) j--;
        }
        /* a relation written after its count ("four sentences max, no wait, a maximum of three sentences"): the count
         * goes with it, and the words after its number are the unit compared (version 19) */
        post = kind == K_REL ? count_before(d, j) : -1;
        l_end = post >= 0 ? number_end(d, post) : kind_end(d, (uint32_t)j, kind);
        r_end = kind_end(d, (uint32_t)e, kind);
        if (kind == K_REL) {
            if (post < 0 && (x = number_end(d, l_end)) >= 0) l_end = x;
            if ((x = number_end(d, r_end)) >= 0) r_end = x;
        }
        if (post >= 0) j = post;
        if (l_end >= (int64_t)p || (kind != K_QUOTE && r_end < (int64_t)t->n && l_end < (int64_t)p &&
                                    t->kind[l_end] == EG_TK_WORD && t->hash[r_end] == t->hash[l_end])) {
            cut(d, (uint32_t)j, (uint32_t)e);
            cuts++;
            i = (uint32_t)j + 1u;
        } else if ((kind == K_NUM || (kind == K_REL && post < 0)) && t->kind[l_end] == EG_TK_WORD &&
                   (r_end >= (int64_t)t->n || t->kind[r_end] != EG_TK_WORD || !eg_ifr_set_has(r, EG_SET_NUM_UNIT, t->hash[r_end]))) {
            /* A bare number ("4 paragraphs, no wait, 5:", "5 bullets, actually, make it 7,") takes the retracted
             * one's place before its words: "5 paragraphs:", "7 bullets,"; so does a number followed by a word that is
             * no unit, and (version 21) a relation and its number ("five paragraphs... no, four is plenty"). */
            replace_number(d, (uint32_t)j, (uint32_t)l_end, p, (uint32_t)e, (uint32_t)r_end);
            cuts++;
            i = (uint32_t)j + 1u;
        } else {
            cut(d, i, (uint32_t)e);
            cuts++;
            i++;
        }
    }
    return cuts;
}

static int follow_family(int f) {
    return f == EG_F_WORDS || f == EG_F_SENTS || f == EG_F_CAPFREQ || f == EG_F_KWFREQ || f == EG_F_LETTER;
}

void eg_ifr_follow_up_counts(det *d, uint8_t *claimed) {
    const eg_ifr_tokens *t = d->t;
    const eg_ifr *r = d->r;
    eg_ifr_scratch *s = d->s;
    uint32_t i, q, mi;
    for (i = 1; i < t->n; i++) {
        uint8_t rel = EG_R_NONE, rk;
        eg_ifr_num_at num;
        int64_t re, k;
        eg_match *best = NULL;
        uint32_t bounds = 0;
        int free_ = 1, times, other = 0;
        if (claimed[i]) continue;
        if (!punct_in(t, i - 1u, FOLLOW_AFTER) && !(t->kind[i - 1u] == EG_TK_WORD && eg_ifr_set_has(r, EG_SET_KW_LEAD, t->hash[i - 1u]))) continue;
        re = eg_ifr_relation_at(d, i, &rel);
        if (re < 0 && eg_ifr_number_at(d, i, &num) >= 0 && num.post_rel != EG_R_NONE) { /* "— 3 or more." */
            re = i;
            rel = EG_R_EQ;
        }
        if (re < 0 || rel == EG_R_NONE) continue;
        num.n = 0;
        num.n2 = 0;
        num.post_rel = EG_R_NONE;
        k = eg_ifr_number_at(d, (uint32_t)re, &num);
        if (k < 0) continue;
        if (k < (int64_t)t->n && t->kind[k] == EG_TK_WORD && !eg_ifr_set_has(r, EG_SET_KW_LEAD, t->hash[k])) continue;
        if (k + 1 < (int64_t)t->n && t->kind[k] == EG_TK_PUNCT && t->byte[k] == ',' && t->kind[k + 1] == EG_TK_WORD &&
            t->end[k + 1] - t->start[k + 1] == 3u && number_end(d, k + 1) >= 0) continue; /* "384,000" */
        for (q = i; q < (uint32_t)k; q++) if (claimed[q]) free_ = 0;
        if (!free_) continue;
        for (mi = 0; mi < s->n_matches; mi++) {
            eg_match *m = &s->matches[mi];
            if (follow_family(m->family) && m->end <= i && (best == NULL || m->end > best->end)) best = m;
        }
        /* "at least once" counts a word or a letter, never words or sentences */
        times = (uint32_t)re < t->n && (t->hash[re] == r->w[EG_W_ONCE] || t->hash[re] == r->w[EG_W_TWICE] || t->hash[re] == r->w[EG_W_THRICE]);
        if (best == NULL || (times && best->family != EG_F_KWFREQ && best->family != EG_F_LETTER)) continue;
        for (q = best->end; q < i; q++) {
            if (eg_ifr_is_boundary(t, q)) bounds++;
            if (t->kind[q] == EG_TK_WORD && (eg_ifr_set_has(r, EG_SET_NUM_UNIT, t->hash[q]) || number_end(d, q) >= 0)) other = 1;
        }
        if (bounds > 1u || other) continue; /* another sentence, number or unit between: about something else */
        rk = rel;
        if (num.post_rel == EG_R_RANGE || (num.post_rel != EG_R_NONE && rk == EG_R_EQ)) rk = num.post_rel;
        best->rel = rk;
        best->has_num = 1;
        best->n = num.n;
        best->n2 = num.n2;
        for (q = i; q < (uint32_t)k; q++) claimed[q] = 1;
        i = (uint32_t)k - 1u;
    }
}
