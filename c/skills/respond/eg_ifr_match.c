/* The pattern matcher (docs/format.md 6.4) <-> src/skills/respond/match.ts: the artifact's
 * patterns run over the prompt's tokens in table order, each match claiming its tokens; a pattern
 * is tried only at the tokens its first element can start at (eg_ifr_match_index.c). Function
 * names follow the TypeScript methods. eg_ifr_plan.c folds the matches into the plan. */
#include <string.h>
#include "eg_ifr_match.h"
#include "eg_ifr_unicode.h"

typedef struct cap {
    uint8_t rel, post_rel, has_num;
    int64_t n, n2;
    uint32_t lang;
    uint32_t n_strs;
} cap;

static const cap k_cap0; /* all zero: a struct copy, where memset would be a call and a byte loop */


#define TN (d->t->n)
/* Longest bare {QL} item of a PHRASES pattern, in words ("bridging loan", "food insecurity"). */
#define MAX_PHRASE_WORDS 3u
/* Most words of a {PHT} ending, and of one whose first word is lowercase (match.ts MAX_ENDING_WORDS,
 * MAX_LOWER_ENDING_WORDS). */
#define MAX_ENDING_WORDS 3u
#define MAX_LOWER_ENDING_WORDS 2u
/* Most words of a capitalised ending closed by "!" (match.ts MAX_EXCLAIMED_ENDING_WORDS, version 17). */
#define MAX_EXCLAIMED_ENDING_WORDS 5u
/* Most words of an unquoted ending before a tail, or typed in lowercase and running to the prompt's end (match.ts
 * MAX_TAILED_ENDING_WORDS, version 17). */
#define MAX_TAILED_ENDING_WORDS 6u
/* Most digits of a number ({N}; match.ts MAX_DIGITS). */
#define MAX_DIGITS 7u

/* ---------------------------------------------------------------- small helpers */

/* The bytes hold an ASCII capital letter. */
static int has_ascii_capital(const uint8_t *b, uint32_t n) {
    uint32_t k;
    for (k = 0; k < n; k++) {
        if (b[k] >= 'A' && b[k] <= 'Z') return 1;
    }
    return 0;
}

static eg_str tok_text(const det *d, uint32_t a, uint32_t b) {
    eg_str x;
    x.p = d->t->bytes + a;
    /* a self-correction can leave token spans out of byte order (corrections.c replace_number): an inverted
     * range is empty, as TypeScript's subarray makes it */
    x.n = b > a ? b - a : 0u;
    return eg_str_trim(x);
}

/* Word token i's trimmed text. Only an odd token (digits first or non-ASCII bytes) can hold the
 * Unicode spaces trimming removes; an ASCII word is its own trimmed text. */
static eg_str word_text(const det *d, uint32_t i) {
    eg_str x;
    if (d->s->tok_odd[i]) return tok_text(d, d->t->start[i], d->t->end[i]);
    x.p = d->t->bytes + d->t->start[i];
    x.n = d->t->end[i] - d->t->start[i];
    return x;
}

static int is_hash(const det *d, uint32_t i, int w) { return i < TN && d->t->hash[i] == d->r->w[w]; }

/* startsCount (match.ts): token k is the word "than" or starts a number (digits of any script, or an RNUM word). */
static int starts_count(const det *d, uint32_t k) {
    uint32_t nv;
    if (k >= TN || d->t->kind[k] != EG_TK_WORD) return 0;
    return is_hash(d, k, EG_W_THAN) || eg_ifr_digits_value(d->t, k, MAX_DIGITS) >= 0 || eg_ifr_rnum(d->r, d->t->hash[k], &nv);
}

/* orPostfix (match.ts): the word after "or" / "and" in a count's postfix: GE for "more", "above", "greater", "higher",
 * "over", "up"; LE for "less", "fewer", "under", "below"; else EG_R_NONE. */
static uint8_t or_postfix(const det *d, uint32_t k) {
    if (is_hash(d, k, EG_W_MORE) || is_hash(d, k, EG_W_ABOVE) || is_hash(d, k, EG_W_GREATER) || is_hash(d, k, EG_W_HIGHER) ||
        is_hash(d, k, EG_W_OVER) || is_hash(d, k, EG_W_UP))
        return EG_R_GE;
    if (is_hash(d, k, EG_W_LESS) || is_hash(d, k, EG_W_FEWER) || is_hash(d, k, EG_W_UNDER) || is_hash(d, k, EG_W_BELOW))
        return EG_R_LE;
    return EG_R_NONE;
}

static int is_punct(const det *d, uint32_t i, uint8_t b) { return i < TN && d->t->kind[i] == EG_TK_PUNCT && d->t->byte[i] == b; }

/* Map lookup over (hash, value) records: the last record with the hash wins (JS Map). */
static int pair_get(const uint8_t *tab, uint32_t count, uint32_t h, uint32_t *v) {
    uint32_t i = count;
    while (i > 0u) {
        i--;
        if (eg_rd_u32(tab + 8u * i) == h) {
            *v = eg_rd_u32(tab + 8u * i + 4u);
            return 1;
        }
    }
    return 0;
}

/* RNUM / RORD / RLNG value of token i (i < TN): from the index when it was built, else a scan. */
static int table_get(const det *d, uint32_t i, uint16_t flag, uint32_t *v) {
    const eg_ifr *r = d->r;
    if (r->ix.ok) {
        uint16_t k = d->s->tok_key[i];
        const eg_ifr_key *key;
        if (k == EG_IFR_KEY_NONE) return 0;
        key = &r->ix.slot[k];
        if (!(key->flags & flag)) return 0;
        *v = flag == EG_IFR_K_NUM ? key->num : flag == EG_IFR_K_ORD ? key->ord : key->lng;
        return 1;
    }
    if (flag == EG_IFR_K_NUM) return pair_get(r->num, r->nnum, d->t->hash[i], v);
    if (flag == EG_IFR_K_ORD) return pair_get(r->ord, r->nord, d->t->hash[i], v);
    return pair_get(r->lng, r->nlng, d->t->hash[i], v);
}

static void push_str(det *d, eg_str x) {
    eg_ifr_scratch *s = d->s;
    if (s->n_strs >= EG_IFR_MAX_STRS) {
        s->overflow = 1;
        return;
    }
    s->strs[s->n_strs++] = x;
}

static void snap(const det *d, const cap *c, cap *save) {
    *save = *c;
    save->n_strs = d->s->n_strs;
}

static void restore(det *d, cap *c, const cap *save) {
    *c = *save;
    d->s->n_strs = save->n_strs;
}

static int is_connector(const det *d, uint32_t i) {
    uint32_t h = d->t->hash[i];
    return h == d->r->w[EG_W_AND] || h == d->r->w[EG_W_OR] || h == d->r->w[EG_W_NOR];
}

/* capsWord: the capital letters of the word bytes [s, e), or -1 when it has a lowercase ASCII letter or no capital. */
static int caps_word(const uint8_t *b, uint32_t s, uint32_t e) {
    int caps = 0;
    uint32_t k;
    for (k = s; k < e; k++) {
        if (b[k] >= 'a' && b[k] <= 'z') return -1;
        if (b[k] >= 'A' && b[k] <= 'Z') caps++;
    }
    return caps > 0 ? caps : -1;
}

/* isDigits: the bytes [s, e) are all ASCII digits (and there is at least one). */
/* Nothing but line-break tokens from token k to the end (match.ts onlyBreaksAfter; version 22). */
static int only_breaks_after(const eg_ifr_tokens *t, uint32_t k) {
    for (; k < t->n; k++) {
        if (t->kind[k] != EG_TK_NL) return 0;
    }
    return 1;
}

static int is_digits(const uint8_t *b, uint32_t s, uint32_t e) {
    uint32_t k;
    if (e <= s) return 0;
    for (k = s; k < e; k++)
        if (b[k] < '0' || b[k] > '9') return 0;
    return 1;
}

/* Sentence punctuation and quotation marks, which a bare {L} slot never reads (match.ts SENTENCE_PUNCT, version 25). */
static int sentence_punct(uint8_t b) {
    return b == '.' || b == ',' || b == ';' || b == ':' || b == '!' || b == '?' || b == '(' || b == ')' || b == '[' ||
           b == ']' || b == '"' || b == 0x27u;
}

/* isLetterPlural: the bytes [s, e) are "X's" or "X’s" with X an ASCII letter. */
static int is_letter_plural(const uint8_t *b, uint32_t s, uint32_t e) {
    int letter = (b[s] >= 'A' && b[s] <= 'Z') || (b[s] >= 'a' && b[s] <= 'z');
    if (!letter || (b[e - 1u] != 's' && b[e - 1u] != 'S')) return 0;
    return (e - s == 3u && b[s + 1u] == '\'') || (e - s == 5u && b[s + 1u] == 0xE2u && b[s + 2u] == 0x80u && b[s + 3u] == 0x99u);
}

/* timesValue: token i is 1 or 2 ASCII digits with an x/X after them ("3x") or (version 12) before them ("x5"), a count
 * typed with a multiplication sign: its value, else -1. */
static int64_t times_value(const eg_ifr_tokens *t, uint32_t i) {
    uint32_t n = t->end[i] - t->start[i], k, lo, hi;
    int x_first;
    int64_t v = 0;
    if (t->kind[i] != EG_TK_WORD || n < 2u || n > 3u) return -1;
    x_first = t->bytes[t->start[i]] == 'x' || t->bytes[t->start[i]] == 'X';
    if (!x_first && t->bytes[t->end[i] - 1u] != 'x' && t->bytes[t->end[i] - 1u] != 'X') return -1;
    lo = t->start[i] + (x_first ? 1u : 0u);
    hi = t->end[i] - (x_first ? 0u : 1u);
    for (k = lo; k < hi; k++) {
        if (t->bytes[k] < '0' || t->bytes[k] > '9') return -1;
        v = v * 10 + (t->bytes[k] - '0');
    }
    return v;
}

/* The hash of word token j, else 0 (eg_ifr_ending_tail_at). */
static uint32_t word_hash(const eg_ifr_tokens *t, uint32_t j) {
    return j < t->n && t->kind[j] == EG_TK_WORD ? t->hash[j] : 0u;
}

/* The tokens from k spell a tail that places an unquoted ending (match.ts endingTailAt, version 17): "at|as the (very)?
 * end|bottom|last|final", "with|and nothing after|else|following|more", "on its own". */
int eg_ifr_ending_tail_at(const eg_ifr *r, const eg_ifr_tokens *t, uint32_t k) {
    const uint32_t *w = r->w;
    uint32_t h = word_hash(t, k), e;
    if ((h == w[EG_W_AT] || h == w[EG_W_AS]) && word_hash(t, k + 1u) == w[EG_W_THE]) {
        e = word_hash(t, k + 2u) == w[EG_W_VERY] ? word_hash(t, k + 3u) : word_hash(t, k + 2u);
        return e == w[EG_W_END] || e == w[EG_W_BOTTOM] || e == w[EG_W_LAST] || e == w[EG_W_FINAL];
    }
    if ((h == w[EG_W_WITH] || h == w[EG_W_AND]) && word_hash(t, k + 1u) == w[EG_W_NOTHING]) {
        e = word_hash(t, k + 2u);
        return e == w[EG_W_AFTER] || e == w[EG_W_ELSE] || e == w[EG_W_FOLLOWING] || e == w[EG_W_MORE];
    }
    return h == w[EG_W_ON] && word_hash(t, k + 1u) == w[EG_W_ITS] && word_hash(t, k + 2u) == w[EG_W_OWN];
}

/* hyphenRun: the end of the word at token i and the words hyphens join to it ("hi-vis", "drop-in"). */
static uint32_t hyphen_run(const eg_ifr_tokens *t, uint32_t i) {
    uint32_t j = i + 1u;
    while (eg_ifr_hyphen_joins(t, j)) j += 2u;
    return j;
}

/* ---------------------------------------------------------------- slots */

/* A quoted string starting at token i: 1 with *out and *next, or 0. */
static int quoted(const det *d, uint32_t i, eg_str *out, uint32_t *next) {
    const eg_ifr_tokens *t = d->t;
    uint8_t q;
    uint32_t j;
    if (i >= TN || t->kind[i] != EG_TK_PUNCT) return 0;
    q = t->byte[i];
    if (q != 0x22u && q != 0x27u) return 0;
    for (j = i + 1u; j < TN && j - i <= (uint32_t)EG_IFR_MAX_SLOT; j++) {
        if (t->kind[j] == EG_TK_NL) return 0;
        if (t->kind[j] == EG_TK_PUNCT && t->byte[j] == q) {
            eg_str x = tok_text(d, t->end[i], t->start[j]);
            if (x.n == 0u) return 0;
            *out = x;
            *next = j + 1u;
            return 1;
        }
    }
    return 0;
}

static int64_t parse_number(det *d, uint32_t i, cap *c, int ordinal);

/* Version 23 (match.ts suffixedOrdinal): 1-4 ASCII digits then "st", "nd", "rd" or "th" in any case; else -1. */
static int64_t suffixed_ordinal(eg_str w) {
    uint32_t k = 0;
    int64_t v = 0;
    uint8_t a, b;
    while (k < w.n && k < 5u && w.p[k] >= '0' && w.p[k] <= '9') v = v * 10 + (w.p[k++] - '0');
    if (k == 0u || k > 4u || w.n != k + 2u) return -1;
    a = (uint8_t)(w.p[k] | 0x20u);
    b = (uint8_t)(w.p[k + 1u] | 0x20u);
    if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h')) return v;
    return -1;
}

static int64_t parse_number_raw(det *d, uint32_t i, cap *c, int ordinal) {
    const eg_ifr_tokens *t = d->t;
    const eg_ifr *r = d->r;
    int64_t value = -1;
    uint32_t j = i, v;
    eg_str w;
    int times_word = 0;
    if (i >= TN || t->kind[i] != EG_TK_WORD) return -1;
    w = word_text(d, i);
    if (w.n == 1u && (w.p[0] == 'a' || w.p[0] == 'A') && i + 1u < TN && !ordinal &&
        (is_hash(d, i + 1u, EG_W_HUNDRED) || is_hash(d, i + 1u, EG_W_THOUSAND) || is_hash(d, i + 1u, EG_W_DOZEN) || is_hash(d, i + 1u, EG_W_COUPLE))) {
        int64_t k = parse_number(d, i + 1u, c, 0);
        /* "half a dozen" is six (version 19; it was read as twelve) */
        if (k > 0 && i > 0u && is_hash(d, i - 1u, EG_W_HALF) && is_hash(d, i + 1u, EG_W_DOZEN)) c->n = 6;
        if (k > 0 && is_hash(d, (uint32_t)k, EG_W_OF)) return k + 1;
        return k;
    }
    value = eg_ifr_digits_value(t, i, MAX_DIGITS); /* digits of any script step 0 reads ("۱۰۰ کلمه", version 12) */
    if (value >= 0) {
        j = i + 1u;
    } else if (!ordinal && times_value(t, i) >= 0) {
        /* "3x highlights", "max 2x": a count typed with a multiplication sign (version 11); "x5" (version 12) */
        value = times_value(t, i);
        j = i + 1u;
    }
    if (value < 0) {
        if (ordinal && table_get(d, i, EG_IFR_K_ORD, &v)) {
            value = v;
            j = i + 1u;
        } else if (ordinal && suffixed_ordinal(w) >= 0) {
            /* version 23: digits with an English ordinal suffix past the table ("the 89th word") */
            value = suffixed_ordinal(w);
            j = i + 1u;
        } else if (table_get(d, i, EG_IFR_K_NUM, &v)) {
            uint32_t h = t->hash[i];
            /* "no" counts zero of the word after it ("no commas"); before punctuation it is not a number ("[bed no],
             * ≥ 4 placeholders", version 12) */
            if (h == r->w[EG_W_NO] && (i + 1u >= TN || t->kind[i + 1u] != EG_TK_WORD)) return -1;
            /* "no other lines bulleted" excepts the rest, it counts none of them; "no fewer than two" is a relation
             * (version 19) */
            if (h == r->w[EG_W_NO] && (t->hash[i + 1u] == r->w[EG_W_OTHER] || t->hash[i + 1u] == r->w[EG_W_FEWER] ||
                                       t->hash[i + 1u] == r->w[EG_W_LESS] || t->hash[i + 1u] == r->w[EG_W_MORE])) return -1;
            if (h == r->w[EG_W_ONCE] || h == r->w[EG_W_TWICE] || h == r->w[EG_W_THRICE]) {
                value = v;
                times_word = 1;
                j = i + 1u;
            } else {
                int64_t total = 0, cur = 0;
                while (j < TN) {
                    uint32_t k = j, hk, nv, vk;
                    if (k > i && t->kind[k] == EG_TK_PUNCT && t->byte[k] == 0x2Du && k + 1u < TN) {
                        k++;
                    } else if (k > i && cur + total >= 100 && cur % 100 == 0 && t->hash[k] == r->w[EG_W_AND] && k + 1u < TN &&
                               table_get(d, k + 1u, EG_IFR_K_NUM, &nv) && nv < 100u && nv > 0u) {
                        k++;
                    }
                    if (t->kind[k] != EG_TK_WORD || !table_get(d, k, EG_IFR_K_NUM, &vk)) break;
                    hk = t->hash[k];
                    if (hk == r->w[EG_W_ONCE] || hk == r->w[EG_W_TWICE] || hk == r->w[EG_W_THRICE] || hk == r->w[EG_W_NO]) {
                        if (k != i) break;
                    }
                    if (vk == 100u || vk == 1000u) {
                        cur = (cur > 1 ? cur : 1) * (int64_t)vk;
                        if (cur > ((int64_t)1 << 50)) cur = (int64_t)1 << 50; /* JS doubles would keep growing; unreachable in practice */
                        if (vk == 1000u) {
                            total += cur;
                            cur = 0;
                        }
                    } else {
                        cur += vk;
                    }
                    j = k + 1u;
                    if (hk == r->w[EG_W_NO]) break;
                }
                value = total + cur;
            }
        }
    }
    if (value < 0) return -1;
    c->n = value;
    c->has_num = 1;
    c->post_rel = EG_R_NONE;
    if (ordinal) return j;
    if (is_punct(d, j, 0x2Bu)) {
        c->post_rel = EG_R_GE;
        return j + 1u;
    }
    if (is_hash(d, j, EG_W_OR) || is_hash(d, j, EG_W_AND)) {
        uint8_t post = or_postfix(d, j + 1u);
        if (post != EG_R_NONE) {
            c->post_rel = post;
            return j + 2u;
        }
    }
    if (is_hash(d, j, EG_W_TO) || is_hash(d, j, EG_W_OR) || is_hash(d, j, EG_W_AND) || is_punct(d, j, 0x2Du)) {
        cap save;
        int64_t k;
        snap(d, c, &save);
        k = parse_number(d, j + 1u, c, 0);
        if (k > 0 && c->n >= value) {
            c->n2 = c->n;
            c->n = value;
            c->post_rel = EG_R_RANGE;
            return k;
        }
        restore(d, c, &save);
    }
    if (times_word) c->post_rel = EG_R_NONE;
    return j;
}

/* parse_number through the memo: its result at a token depends on the token alone. On success it
 * sets n, has_num and post_rel, and n2 only for a range; on failure it leaves the slots as they
 * were; it captures no string. */
static int64_t parse_number(det *d, uint32_t i, cap *c, int ordinal) {
    eg_ifr_det_mem *m = &d->s->mem.det;
    uint32_t key = (i << 1) | (uint32_t)(ordinal != 0), at = key & (EG_IFR_MEMO - 1u);
    eg_ifr_num_memo *e = &m->u.num[at];
    if (i > TN) return -1;
    if (m->num_tag[at] != (uint16_t)(key + 1u)) {
        cap probe = *c;
        probe.n2 = -1;
        e->end = (int32_t)parse_number_raw(d, i, &probe, ordinal);
        e->n = probe.n;
        e->n2 = probe.n2;
        e->post_rel = probe.post_rel;
        e->set_n2 = probe.n2 != -1;
        m->num_tag[at] = (uint16_t)(key + 1u);
    }
    if (e->end < 0) return -1;
    c->n = e->n;
    c->has_num = 1;
    c->post_rel = e->post_rel;
    if (e->set_n2) c->n2 = e->n2;
    return e->end;
}

/* bareWord: token j can be (part of) a bare {QL} item, an unclaimed word that neither stops a list nor joins one. */
static int bare_word(const det *d, uint32_t j) {
    return d->t->kind[j] == EG_TK_WORD && !(d->claimed != NULL && d->claimed[j]) && !eg_ifr_set_has(d->r, EG_SET_LIST_STOP, d->t->hash[j]) &&
           !is_connector(d, j);
}

/* {QL}: quoted strings or bare words joined by , and or / nor (after a quoted item also LIST_JOIN words). */
static int64_t list(det *d, uint32_t i, cap *c) {
    const eg_ifr_tokens *t = d->t;
    uint32_t j = i, items = 0, nx;
    int64_t last = -1;
    int first_quoted = 0;
    /* The separators before the item are commas or slashes only (no "and"/"or"). */
    int comma_only = 0;
    eg_str q;
    (void)c;
    while (j < TN && j - i < 6u && eg_ifr_set_has(d->r, EG_SET_LIST_LEAD, t->hash[j]) && !quoted(d, j, &q, &nx)) j++;
    while (j < TN && items < 16u) {
        uint32_t k, seps;
        if (quoted(d, j, &q, &nx)) {
            push_str(d, q);
            j = nx;
            if (items == 0u) first_quoted = 1;
        } else if (!d->quoted_only && !first_quoted && (bare_word(d, j) || (eg_ifr_tag_joins(t, j) && bare_word(d, j + 1u)))) {
            /* A bare item is one word or words joined by a hyphen touching both ("hi-vis", version 12; or an
             * underscore, "no_show", version 17), tagged by a # or @ before it ("#oatlife", version 17); with
             * PHRASES, up to MAX_PHRASE_WORDS such words ("food insecurity", "Wi-Fi"). It never runs into a token an
             * earlier match claimed ("never use the word hardworking, max 3 sentences": "max" is the sentence
             * count's). */
            uint32_t s0 = j, words = 1;
            j += t->kind[j] == EG_TK_WORD ? 1u : 2u;
            while (j < TN) {
                if (eg_ifr_hyphen_joins(t, j) && !(d->claimed != NULL && d->claimed[j + 1u])) {
                    j += 2u;
                } else if (d->phrases && words < MAX_PHRASE_WORDS && bare_word(d, j)) {
                    j++;
                    words++;
                } else {
                    break;
                }
            }
            /* A word after a comma that more words follow opens a new clause, not an item ("Never use the word toxic,
             * legal flagged it": version 12). */
            if (items > 0u && comma_only && !d->phrases && j < TN && bare_word(d, j)) break;
            push_str(d, j == s0 + 1u ? word_text(d, s0) : tok_text(d, t->start[s0], t->end[j - 1u]));
        } else {
            break;
        }
        items++;
        last = j;
        k = j;
        seps = 0;
        comma_only = 1;
        /* After a quoted item, "and"/"or" of other languages join too (LIST_JOIN: "'balkon' i 'tramwaj'"). */
        while (k < TN && seps < 3u && (is_connector(d, k) || (first_quoted && eg_ifr_set_has(d->r, EG_SET_LIST_JOIN, t->hash[k])) ||
                                       (t->kind[k] == EG_TK_PUNCT && (t->byte[k] == 0x2Cu || t->byte[k] == 0x2Fu)))) {
            if (t->kind[k] == EG_TK_WORD) comma_only = 0;
            k++;
            seps++;
        }
        if (k < TN && t->kind[k] == EG_TK_PUNCT && t->byte[k] == 0x5Du) {
            last = k + 1u;
            break;
        }
        if (seps == 0u) break;
        j = k;
    }
    return items > 0u ? last : -1;
}

/* Relation phrase k at token i: the next token index (c->rel set) or -1. */
static int64_t rel_phrase(const det *d, uint32_t k, uint32_t i, cap *c) {
    const eg_ifr *r = d->r;
    const uint8_t *rr = r->rel + 8u * k;
    uint32_t len = rr[1], first = eg_rd_u32(rr + 4), m;
    if (i + len > TN) return -1;
    for (m = 0; m < len; m++) {
        if (d->t->hash[i + m] != eg_rd_u32(r->hsh + 4u * (first + m))) return -1;
    }
    c->rel = rr[0];
    return (int64_t)i + len;
}

/* {REL}: the first relation phrase in table order that the tokens at i spell. Only phrases that
 * start with token i's word can, so with the index only those are tried. */
static int64_t relation_raw(const det *d, uint32_t i, cap *c) {
    const eg_ifr *r = d->r;
    uint32_t k;
    int64_t j;
    if (r->ix.rel_ok) {
        const eg_ifr_key *key;
        if (i >= TN || d->s->tok_key[i] == EG_IFR_KEY_NONE) return -1;
        key = &r->ix.slot[d->s->tok_key[i]];
        for (k = 0; k < key->rel_n; k++) {
            j = rel_phrase(d, r->ix.rel_order[key->rel_at + k], i, c);
            if (j >= 0) return j;
        }
        return -1;
    }
    for (k = 0; k < r->nrel; k++) {
        j = rel_phrase(d, k, i, c);
        if (j >= 0) return j;
    }
    return -1;
}

/* relation_raw through the memo (it sets only rel, and only on success). */
static int64_t relation(const det *d, uint32_t i, cap *c) {
    eg_ifr_det_mem *m = &d->s->mem.det;
    uint32_t at = i & (EG_IFR_MEMO - 1u);
    if (i > TN) return -1;
    if (m->rel_tag[at] != (uint16_t)(i + 1u)) {
        cap probe;
        probe.rel = EG_R_NONE;
        m->rel_end[at] = (int32_t)relation_raw(d, i, &probe);
        m->rel_kind[at] = probe.rel;
        m->rel_tag[at] = (uint16_t)(i + 1u);
    }
    if (m->rel_end[at] < 0) return -1;
    c->rel = m->rel_kind[at];
    return m->rel_end[at];
}

/* ---------------------------------------------------------------- probes (corrections.ts uses the Detector's) */

int64_t eg_ifr_relation_at(det *d, uint32_t i, uint8_t *rel) {
    cap c = k_cap0;
    int64_t j = relation(d, i, &c);
    if (j >= 0) *rel = c.rel;
    return j;
}

int64_t eg_ifr_number_at(det *d, uint32_t i, eg_ifr_num_at *out) {
    cap c = k_cap0;
    int64_t j = parse_number(d, i, &c, 0);
    if (j >= 0) {
        out->n = c.n;
        out->n2 = c.n2;
        out->post_rel = c.post_rel;
    }
    return j;
}

int eg_ifr_ordinal_word(const det *d, uint32_t i) {
    uint32_t v;
    return i < TN && table_get(d, i, EG_IFR_K_ORD, &v);
}

int64_t eg_ifr_ordinal_at(det *d, uint32_t i, int64_t *n) {
    cap c = k_cap0;
    int64_t j = parse_number(d, i, &c, 1);
    if (j >= 0) *n = c.n;
    return j;
}

int eg_ifr_quote_at(const det *d, uint32_t i) {
    eg_str q;
    uint32_t nx;
    return quoted(d, i, &q, &nx);
}

/* Matches one element (not GAP) at i; returns the next token index or -1. */
static int64_t element(det *d, uint32_t op, uint32_t i, cap *c) {
    const eg_ifr *r = d->r;
    const eg_ifr_tokens *t = d->t;
    const uint8_t *o = r->ops + 8u * op;
    uint32_t code = o[0], value = eg_rd_u32(o + 4), k, nx;
    eg_str q;
    switch (code) {
    case EG_OP_LIT:
        return i < TN && t->hash[i] == value ? (int64_t)i + 1 : -1;
    case EG_OP_ALT:
        if (i >= TN) return -1;
        for (k = 0; k < o[2]; k++) {
            if (eg_rd_u32(r->hsh + 4u * (value + k)) == t->hash[i]) return (int64_t)i + 1;
        }
        return -1;
    case EG_OP_REL:
        return relation(d, i, c);
    case EG_OP_NUM:
        return parse_number(d, i, c, 0);
    case EG_OP_ORD:
        return parse_number(d, i, c, 1);
    case EG_OP_NT: {
        /* "once", "twice", "thrice", and a count typed with a multiplication sign ("pipe at least 3x", version 12) */
        int was_times = i < TN && (t->hash[i] == r->w[EG_W_ONCE] || t->hash[i] == r->w[EG_W_TWICE] || t->hash[i] == r->w[EG_W_THRICE] ||
                                   times_value(t, i) >= 0);
        int64_t j = parse_number(d, i, c, 0);
        if (j < 0) return -1;
        if (is_hash(d, (uint32_t)j, EG_W_TIMES) || is_hash(d, (uint32_t)j, EG_W_TIME)) return j + 1;
        return was_times ? j : -1;
    }
    case EG_OP_Q:
        if (quoted(d, i, &q, &nx)) {
            push_str(d, q);
            return nx;
        }
        {
            /* the word and the words hyphens join to it ("hi-vis", version 12), with a tag's # or @ (version 17) */
            uint32_t w = eg_ifr_tag_joins(t, i) ? i + 1u : i;
            if (w < TN && t->kind[w] == EG_TK_WORD) {
                uint32_t j = hyphen_run(t, w);
                push_str(d, j == i + 1u ? word_text(d, i) : tok_text(d, t->start[i], t->end[j - 1u]));
                return j;
            }
        }
        return -1;
    case EG_OP_QL:
        return list(d, i, c);
    case EG_OP_L:
        if (quoted(d, i, &q, &nx) && eg_u8_count(q) == 1u) {
            push_str(d, q);
            return nx;
        }
        /* One byte, or one word of one code point ("ñ", "ß"); never a quotation mark (version 17), never bare sentence
         * punctuation or a digit (version 25, match.ts SENTENCE_PUNCT, isDigitToken); with PLURAL only the plural below. */
        if (i < TN && !d->plural && !(t->kind[i] == EG_TK_PUNCT && sentence_punct(t->byte[i])) &&
            !(t->end[i] - t->start[i] == 1u && is_digits(t->bytes, t->start[i], t->end[i])) &&
            ((t->end[i] - t->start[i] == 1u && t->kind[i] != EG_TK_NL) ||
                       (t->kind[i] == EG_TK_WORD && eg_u8_count(tok_text(d, t->start[i], t->end[i])) == 1u))) {
            push_str(d, tok_text(d, t->start[i], t->end[i]));
            return (int64_t)i + 1;
        }
        /* A letter's plural with an apostrophe ("10 letter w's", "k’s"): the token is the letter, the apostrophe and "s". */
        if (i < TN && t->kind[i] == EG_TK_WORD && is_letter_plural(t->bytes, t->start[i], t->end[i])) {
            push_str(d, tok_text(d, t->start[i], t->start[i] + 1u));
            return (int64_t)i + 1;
        }
        return -1;
    case EG_OP_W:
        if (i < TN && t->kind[i] == EG_TK_WORD) {
            push_str(d, word_text(d, i));
            return (int64_t)i + 1;
        }
        return -1;
    case EG_OP_PH:
    case EG_OP_PHB: {
        int64_t from = -1;
        uint32_t j;
        eg_str x;
        if (quoted(d, i, &q, &nx)) {
            push_str(d, q);
            return nx;
        }
        if (i < TN && t->kind[i] == EG_TK_PUNCT && t->byte[i] == 0x3Au) {
            uint32_t f = i + 1u;
            while (f < TN && t->kind[f] == EG_TK_NL && f - i < 4u) f++;
            from = f;
            if (quoted(d, f, &q, &nx)) {
                push_str(d, q);
                return nx;
            }
        } else if (code == EG_OP_PHB && i < TN && t->kind[i] == EG_TK_WORD) {
            from = i;
        }
        if (from < 0 || (uint32_t)from >= TN || t->kind[from] == EG_TK_NL) return -1;
        j = (uint32_t)from;
        while (j < TN && t->kind[j] != EG_TK_NL && j - (uint32_t)from < (uint32_t)EG_IFR_MAX_SLOT) {
            /* a double quote inside an unquoted phrase closes an outer quotation (match.ts, version 14) */
            if (j > (uint32_t)from && t->kind[j] == EG_TK_PUNCT && t->byte[j] == 0x22u) break;
            /* "... with the line THANK YOU and nothing after it.": what follows is no part of it (version 15) */
            if (j > (uint32_t)from && is_hash(d, j, EG_W_AND) && is_hash(d, j + 1u, EG_W_NOTHING)) break;
            /* version 23: a reason after a phrase not brought in by a colon is no part of it (match.ts) */
            if (j > (uint32_t)from && (uint32_t)from == i && (is_hash(d, j, EG_W_BECAUSE) || is_hash(d, j, EG_W_BC) || is_hash(d, j, EG_W_CUZ) || is_hash(d, j, EG_W_COS))) break;
            j++;
            if (eg_ifr_is_boundary(t, j - 1u)) break;
        }
        x = tok_text(d, t->start[from], t->end[j - 1u]);
        if (x.n == 0u) return -1;
        push_str(d, x);
        return j;
    }
    case EG_OP_PHC: { /* a phrase in capitals, unquoted ("end it with GO BREAKERS") */
        uint32_t j = i;
        int strong = 0, strong_at_comma = 0;
        int64_t last_comma = -1;
        while (j < TN && j - i < (uint32_t)EG_IFR_MAX_SLOT) {
            int caps;
            /* version 20: a comma between words in capitals is the phrase's ("finish with THREE, TWO, ONE, LIFT OFF!");
             * when the run past it does not end the sentence, the phrase ends at the last such comma */
            if (j > i && t->kind[j] == EG_TK_PUNCT && t->byte[j] == ',' && j + 1u < TN && t->kind[j + 1u] == EG_TK_WORD &&
                caps_word(t->bytes, t->start[j + 1u], t->end[j + 1u]) >= 2) {
                last_comma = j;
                strong_at_comma = strong;
                j++;
                continue;
            }
            if (t->kind[j] != EG_TK_WORD) break;
            caps = caps_word(t->bytes, t->start[j], t->end[j]);
            /* version 16: a number after a word in capitals belongs to the phrase ("end with DOORS CLOSE AT 7.") */
            if (caps < 0 && !(j > i && is_digits(t->bytes, t->start[j], t->end[j]))) break;
            if (caps >= 2) strong = 1;
            j++;
        }
        if (!strong) return -1;
        /* it ends the sentence: a ! (taken), a line break, a comma (version 16), another boundary or the prompt's end;
         * a full stop is the sentence's, not the phrase's (version 16), except the one that ends the prompt after a word
         * (version 22) */
        if (j < TN && t->kind[j] == EG_TK_PUNCT && t->byte[j] == '!') {
            j++;
        } else if (j < TN && t->kind[j] == EG_TK_PUNCT && t->byte[j] == '.' && only_breaks_after(t, j + 1u) &&
                   !is_digits(t->bytes, t->start[j - 1u], t->end[j - 1u])) {
            j++;
        } else if (j < TN && t->kind[j] != EG_TK_NL && !eg_ifr_is_boundary(t, j) && !(t->kind[j] == EG_TK_PUNCT && t->byte[j] == ',')) {
            if (last_comma < 0 || !strong_at_comma) return -1;
            j = (uint32_t)last_comma;
        }
        push_str(d, tok_text(d, t->start[i], t->end[j - 1u]));
        return j;
    }
    case EG_OP_PHT: {
        /* An unquoted ending of one to three words closed by . or ! ("end with God bless.", "end with take care. and
         * under 50 words"; version 11): its first word written with a capital, or the whole prompt has none, and not a
         * word that describes the ending instead (PHRASE_STOP: "end with a question."). */
        uint32_t j = i, k, most, run = i;
        uint8_t b0;
        int lower;
        /* version 17: a tag ("end with #NeverStopLearning") is the ending by itself, as written, when the prompt, its
         * sentence or its clause ends after it */
        if (eg_ifr_tag_joins(t, i)) {
            j = hyphen_run(t, i + 1u);
            if (j < TN && !eg_ifr_is_boundary(t, j) && !(t->kind[j] == EG_TK_PUNCT && t->byte[j] == ',')) return -1;
            push_str(d, tok_text(d, t->start[i], t->end[j - 1u]));
            return (int64_t)j;
        }
        if (i >= TN || t->kind[i] != EG_TK_WORD || eg_ifr_set_has(d->r, EG_SET_PHRASE_STOP, t->hash[i])) return -1;
        b0 = t->bytes[t->start[i]];
        if (b0 >= '0' && b0 <= '9') return -1;
        lower = !(b0 >= 'A' && b0 <= 'Z');
        if (lower && has_ascii_capital(t->bytes, t->len)) return -1;
        /* version 17: words followed by a tail that places them ("Cheers Mike at the very end") are the ending */
        for (k = i + 1u; k < TN && t->kind[k] == EG_TK_WORD && k - i <= MAX_TAILED_ENDING_WORDS; k++) {
            if (eg_ifr_ending_tail_at(d->r, d->t, k)) {
                push_str(d, tok_text(d, t->start[i], t->end[k - 1u]));
                return (int64_t)k;
            }
        }
        /* the run of word tokens from i, MAX_TAILED_ENDING_WORDS at most; typed in lowercase, two words at most ("take
         * care.", not "questions for the reader."), or all of the run when it reaches the prompt's end (version 17);
         * capitalised, three, or up to MAX_EXCLAIMED_ENDING_WORDS closed by "!" (version 17) */
        while (run < TN && t->kind[run] == EG_TK_WORD && run - i < MAX_TAILED_ENDING_WORDS) run++;
        most = !lower ? MAX_ENDING_WORDS : run == TN ? MAX_TAILED_ENDING_WORDS : MAX_LOWER_ENDING_WORDS;
        j = run < i + most ? run : i + most;
        if (!lower && j < run) {
            uint32_t e = run < i + MAX_EXCLAIMED_ENDING_WORDS ? run : i + MAX_EXCLAIMED_ENDING_WORDS;
            if (e < TN && t->kind[e] == EG_TK_PUNCT && t->byte[e] == '!') j = e;
        }
        /* version 16: a capitalised ending that runs to the prompt's end needs no mark, taken as written (version 17:
         * so is one typed in lowercase) */
        if (j == TN && j > i) {
            push_str(d, tok_text(d, t->start[i], t->end[j - 1u]));
            return (int64_t)j;
        }
        if (!(j < TN && t->kind[j] == EG_TK_PUNCT && (t->byte[j] == '.' || t->byte[j] == '!'))) return -1;
        /* not an abbreviation ("starting with P.S.", "e.g."): a one-letter word, or a word right after the mark */
        if ((j == i + 1u && t->end[i] - t->start[i] < 2u) || (j + 1u < TN && t->start[j + 1u] == t->end[j] && t->kind[j + 1u] == EG_TK_WORD)) return -1;
        push_str(d, tok_text(d, t->start[i], t->end[j]));
        return (int64_t)j + 1;
    }
    case EG_OP_LANG: {
        uint32_t v;
        if (i < TN && table_get(d, i, EG_IFR_K_LNG, &v)) {
            c->lang = v;
            return (int64_t)i + 1;
        }
        return -1;
    }
    case EG_OP_S6:
    case EG_OP_S3: {
        uint32_t want = code == EG_OP_S6 ? 6u : 3u, n = 0;
        if (i > 0u && t->kind[i - 1u] == EG_TK_PUNCT && t->byte[i - 1u] == 0x2Au && i < TN && t->end[i - 1u] == t->start[i]) return -1;
        while (i + n < TN && t->kind[i + n] == EG_TK_PUNCT && t->byte[i + n] == 0x2Au && (n == 0u || t->end[i + n - 1u] == t->start[i + n])) n++;
        if (code == EG_OP_S6 ? n >= 6u : n == 3u) return (int64_t)i + want;
        return -1;
    }
    default:
        return -1;
    }
}

/* Matches ops [op, end) at token i; returns the end token or -1. Backtracks over gaps and options. */
static int64_t seq(det *d, uint32_t op, uint32_t end, uint32_t i, cap *c) {
    const uint8_t *o;
    cap save;
    int64_t j;
    if (op == end) return i;
    o = d->r->ops + 8u * op;
    if (o[0] == EG_OP_GAP) {
        uint32_t skip;
        for (skip = 0; skip <= o[2] && i + skip <= TN; skip++) {
            int64_t got;
            if (skip > 0u && eg_ifr_is_boundary(d->t, i + skip - 1u)) break;
            snap(d, c, &save);
            got = seq(d, op + 1u, end, i + skip, c);
            if (got >= 0) return got;
            restore(d, c, &save);
        }
        return -1;
    }
    snap(d, c, &save);
    j = element(d, op, i, c);
    if (j >= 0) {
        int64_t got = seq(d, op + 1u, end, (uint32_t)j, c);
        if (got >= 0) return got;
    }
    restore(d, c, &save);
    if (o[1] & EG_OPT_FLAG) return seq(d, op + 1u, end, i, c);
    return -1;
}

static const uint8_t k_quoted[6] = {'Q', 'U', 'O', 'T', 'E', 'D'};
static const uint8_t k_phrases[7] = {'P', 'H', 'R', 'A', 'S', 'E', 'S'};
static const uint8_t k_plural[6] = {'P', 'L', 'U', 'R', 'A', 'L'};
static const uint8_t k_prev[4] = {'P', 'R', 'E', 'V'};

/* A number above zero is read at token k ("and 100 words"; "and no commas" reads zero): try_at's bound phrase. */
static int seg_count_follows(det *d, uint32_t k) {
    cap c = k_cap0;
    return parse_number(d, k, &c, 0) >= 0 && c.n > 0;
}

/* Pattern p at token i: on a match that covers only unclaimed tokens, claims them and records it. */
static void try_at(det *d, uint32_t p, uint32_t i, uint8_t *claimed) {
    const eg_ifr *r = d->r;
    eg_ifr_scratch *s = d->s;
    const uint8_t *pp = r->pat + 12u * p;
    uint32_t first = eg_rd_u32(pp + 4), arg = eg_rd_u32(pp + 8), k, base = s->n_strs, start = i;
    cap c;
    int64_t j;
    uint8_t rel;
    int prev = 0;
    c = k_cap0;
    c.lang = EG_IFR_NONE;
    d->quoted_only = 0;
    d->phrases = 0;
    d->plural = 0;
    if (arg != EG_IFR_NONE) {
        eg_str a = eg_ifr_string(r, arg);
        d->quoted_only = a.n == 6u && memcmp(a.p, k_quoted, 6) == 0;
        d->phrases = a.n == 7u && memcmp(a.p, k_phrases, 7) == 0;
        d->plural = a.n == 6u && memcmp(a.p, k_plural, 6) == 0;
        prev = a.n == 4u && memcmp(a.p, k_prev, 4) == 0;
    }
    /* version 26, PREV (match.ts tryAt): the word token right before the match is its first capture (for LETTER a
     * letter's plural, read as its letter) and the match starts there */
    if (prev) {
        const eg_ifr_tokens *t = d->t;
        int letter = pp[0] == EG_F_LETTER;
        eg_str w;
        if (i == 0u || claimed[i - 1u] || t->kind[i - 1u] != EG_TK_WORD ||
            (letter && !is_letter_plural(t->bytes, t->start[i - 1u], t->end[i - 1u]))) {
            d->quoted_only = 0;
            d->phrases = 0;
            d->plural = 0;
            return;
        }
        if (letter) {
            w.p = t->bytes + t->start[i - 1u];
            w.n = 1u;
        } else {
            w = word_text(d, i - 1u);
        }
        push_str(d, w);
        start = i - 1u;
    }
    d->claimed = claimed;
    j = seq(d, first, first + pp[2], i, &c);
    d->quoted_only = 0;
    d->phrases = 0;
    d->plural = 0;
    d->claimed = NULL;
    if (j <= (int64_t)i) {
        s->n_strs = base;
        return;
    }
    for (k = i; k < (uint32_t)j; k++) {
        if (claimed[k]) {
            s->n_strs = base;
            return;
        }
    }
    rel = c.rel;
    if (c.post_rel == EG_R_RANGE || (c.post_rel != EG_R_NONE && (rel == EG_R_NONE || rel == EG_R_EQ))) rel = c.post_rel;
    /* tryAt (version 18): a count read without a relation takes the "or more" / "or less" right after the match */
    if (c.has_num && rel == EG_R_NONE && (uint32_t)j + 1u < d->t->n && !claimed[j] && !claimed[j + 1] && is_hash(d, (uint32_t)j, EG_W_OR)) {
        uint8_t post = or_postfix(d, (uint32_t)j + 1u);
        /* "3 paragraphs or under 150 words", "or more than 200 words": the word starts another count */
        if (post != EG_R_NONE && !starts_count(d, (uint32_t)j + 2u)) {
            rel = post;
            j += 2;
        }
    }
    /* version 20: or the bound phrase right after it that ends its clause ("husky three times at least,", "3 times max
     * and no commas"): punctuation, a line break, the prompt's end or a SEG_JOIN word not before a count follows it */
    if (c.has_num && rel == EG_R_NONE && (uint32_t)j < d->t->n && !claimed[j]) {
        cap pc = k_cap0;
        int64_t pe = relation(d, (uint32_t)j, &pc);
        if (pe >= 0 && (pc.rel == EG_R_GE || pc.rel == EG_R_GT || pc.rel == EG_R_LE || pc.rel == EG_R_LT) &&
            ((uint32_t)pe >= d->t->n || d->t->kind[pe] != EG_TK_WORD ||
             (eg_ifr_set_has(r, EG_SET_SEG_JOIN, d->t->hash[pe]) && !seg_count_follows(d, (uint32_t)pe + 1u)))) {
            int free = 1;
            for (k = (uint32_t)j; k < (uint32_t)pe; k++) {
                if (claimed[k]) free = 0;
            }
            if (free) {
                rel = pc.rel;
                j = pe;
            }
        }
    }
    for (k = start; k < (uint32_t)j; k++) claimed[k] = 1;
    if (rel == EG_R_NONE) rel = pp[1];
    if (s->n_matches < EG_IFR_MAX_MATCHES) {
        eg_match *m = &s->matches[s->n_matches++];
        m->family = pp[0];
        m->arg = arg;
        m->rel = rel;
        m->n = c.n;
        m->n2 = c.n2;
        m->has_num = c.has_num;
        m->str_first = base;
        m->str_count = s->n_strs - base;
        m->lang = c.lang;
        m->start = start;
        m->end = (uint32_t)j;
    } else {
        s->overflow = 1;
    }
}

/* The lead test of a pattern that may start anywhere (eg_ifr_match_index.c pattern_lead): 0 when
 * it cannot match at token i. */
static int lead_ok(const det *d, uint32_t p, uint32_t i) {
    const eg_ifr *r = d->r;
    const eg_ifr_tokens *t = d->t;
    const uint8_t *o;
    uint32_t k, last, value, m;
    if (r->ix.lead[p] == EG_IFR_LEAD_NONE || r->ix.lead[p] == EG_IFR_LEAD_AFTER) return 1; /* AFTER: bounded by the caller */
    if (r->ix.lead[p] == EG_IFR_LEAD_STAR) return t->kind[i] == EG_TK_PUNCT && t->byte[i] == 0x2Au;
    o = r->ops + 8u * r->ix.lead_op[p];
    value = eg_rd_u32(o + 4);
    last = i + r->ix.lead_hi[p];
    if (last >= TN) last = TN - 1u;
    for (k = i + r->ix.lead_lo[p]; k <= last; k++) {
        if (o[0] == EG_OP_LIT) {
            if (t->hash[k] == value) return 1;
        } else {
            for (m = 0; m < o[2]; m++) {
                if (eg_rd_u32(r->hsh + 4u * (value + m)) == t->hash[k]) return 1;
            }
        }
    }
    return 0;
}

/* Literal or alternative element op at token k. */
static int lit_at(const det *d, uint32_t op, uint32_t k) {
    const uint8_t *o = d->r->ops + 8u * op;
    uint32_t value = eg_rd_u32(o + 4), m;
    if (k >= TN) return 0;
    if (o[0] == EG_OP_LIT) return d->t->hash[k] == value;
    for (m = 0; m < o[2]; m++) {
        if (eg_rd_u32(d->r->hsh + 4u * (value + m)) == d->t->hash[k]) return 1;
    }
    return 0;
}

/* The literal lead of pattern p after a prefix that ends at token e: lead_op within the window. */
static int follows(const det *d, uint32_t p, int64_t e) {
    const eg_ifr_index *ix = &d->r->ix;
    uint32_t k;
    if (e < 0) return 0;
    if (ix->lead_op[p] == 0xFFFFu) return 1;
    for (k = (uint32_t)e + ix->lead_lo[p]; k <= (uint32_t)e + ix->lead_hi[p] && k < TN; k++) {
        if (lit_at(d, ix->lead_op[p], k)) return 1;
    }
    return 0;
}

/* The number lead of keyed pattern p at token i (EG_IFR_LEAD_NUM): 0 when the prefix it starts
 * with ({REL}? / {REL}, then {N} / {ORD}) cannot end anywhere from i that its literal lead follows.
 * The slots are memoized, so try_at reads the same values. */
static int num_lead_ok(det *d, uint32_t p, uint32_t i) {
    const eg_ifr_index *ix = &d->r->ix;
    uint32_t how = ix->lead_num[p];
    int ord = (how & EG_IFR_LN_ORD) != 0;
    cap c;
    int64_t j;
    c = k_cap0;
    if (how & (EG_IFR_LN_REL_OPT | EG_IFR_LN_REL)) {
        j = relation(d, i, &c);
        if (j >= 0 && follows(d, p, (how & EG_IFR_LN_NUM) ? parse_number(d, (uint32_t)j, &c, ord) : j)) return 1;
        if (how & EG_IFR_LN_REL) return 0; /* the relation phrase is required */
    }
    return follows(d, p, parse_number(d, i, &c, ord));
}

/* Pattern p over the prompt (eg_ifr_matches): every token without the index, else where the index says it may start.
 * IGNORE rows ("don't forget") never start inside quotes: a quoted end phrase may say "Don't forget the strings." The
 * quoted tokens are worked out at the first IGNORE row visited. */
static void match_pattern(det *d, uint8_t *claimed, uint32_t p, int *have_quoted) {
    const eg_ifr *r = d->r;
    const eg_ifr_scratch *s = d->s;
    const uint8_t *quoted = d->s->mem.det.quoted;
    int skip = r->pat[12u * p] == EG_F_IGNORE;
    uint32_t i, c, word, bit;
    if (skip && !*have_quoted) {
        eg_ifr_quoted_tokens(d->t, d->s->mem.det.quoted);
        *have_quoted = 1;
    }
    if (!r->ix.ok || r->ix.pat_any[p]) {
        uint32_t upto = TN;
        if (r->ix.ok && r->ix.lead[p] == EG_IFR_LEAD_AFTER) { /* no start after the lead's last match */
            while (upto > 0u && !lit_at(d, r->ix.lead_op[p], upto - 1u)) upto--;
        }
        for (i = 0; i < upto; i++) {
            if (!claimed[i] && !(skip && quoted[i]) && (!r->ix.ok || lead_ok(d, p, i))) try_at(d, p, i, claimed);
        }
        return;
    }
    /* Only where the pattern may start: the same matches as trying every token. eg_ifr_matches calls this only for a
     * pattern whose candidate-row or odd-token bit is set (version 24's bit walk), so there is no test of them here. */
    word = p >> 5;
    bit = 1u << (p & 31u);
    if (s->pos_ok) {
        const eg_ifr_det_mem *m = &s->mem.det;
        uint8_t lead = r->ix.lead[p];
        for (c = m->pos_at[p]; c < m->pos_at[p + 1u]; c++) {
            i = m->pos[c];
            if (claimed[i] || (skip && quoted[i])) continue;
            if (lead == EG_IFR_LEAD_NUM ? !num_lead_ok(d, p, i) : lead == EG_IFR_LEAD_LIT && !lead_ok(d, p, i)) continue;
            try_at(d, p, i, claimed);
        }
        return;
    }
    for (c = 0; c < s->n_cand; c++) {
        uint16_t k;
        i = s->cand[c];
        if (claimed[i] || (skip && quoted[i])) continue;
        k = s->tok_key[i];
        if ((k != EG_IFR_KEY_NONE && r->ix.slot[k].row != 0u &&
             (r->ix.rows[(r->ix.slot[k].row - 1u) * r->ix.words + word] & bit)) ||
            (r->ix.pat_odd[p] && s->tok_odd[i])) {
            try_at(d, p, i, claimed);
        }
    }
}

/* Whether pattern p's family is read in this pass: the one family asked for, else every family but REPEAT (the repeat
 * instruction is read on its own, plan.ts findRepeat). */
static int family_wanted(const eg_ifr *r, uint32_t p, int only) {
    int family = r->pat[12u * p];
    return only >= 0 ? family == only : family != EG_F_REPEAT;
}

void eg_ifr_matches(det *d, uint8_t *claimed, int only) {
    const eg_ifr *r = d->r;
    const eg_ifr_scratch *s = d->s;
    uint32_t p, w, b, bits;
    int have_quoted = 0;
    if (!r->ix.ok) {
        for (p = 0; p < r->npat; p++)
            if (family_wanted(r, p, only)) match_pattern(d, claimed, p, &have_quoted);
        return;
    }
    /* Version 24: with the index, only the patterns that may start somewhere in this prompt (a candidate token's row,
     * an odd token, or any token), in table order: the same matches as visiting every pattern, without the per-pattern
     * tests for the hundreds that cannot start (about 20 K instructions a prompt on the board). */
    for (w = 0; w < r->ix.words; w++) {
        bits = s->cand_rows[w] | r->ix.any_row[w] | (s->any_odd ? r->ix.odd_row[w] : 0u);
        for (b = 0; bits != 0u; b++, bits >>= 1) {
            if (!(bits & 1u)) continue;
            p = w * 32u + b;
            if (p >= r->npat) break;
            if (family_wanted(r, p, only)) match_pattern(d, claimed, p, &have_quoted);
        }
    }
}
