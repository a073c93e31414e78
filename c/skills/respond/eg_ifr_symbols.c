/* Symbol reading (docs/format.md 6.4 step 6; responder_version 12), mirrors src/skills/respond/symbols.ts.
 * Some constraints are shown by a symbol that reads the same in every language: a title's << >>, numbered
 * section markers ("PART 1 ... PART 2", "Частина 1, Частина 2 і Частина 3"), a highlight example or a divider
 * beside a count, and a bullet marker next to a count ("ровно из 8 пунктов, каждый пункт начинай со звёздочки *", "글머리 기호(*)를 써서 정확히 5개"). The
 * patterns read these only in the languages they list; this step reads the symbols when the patterns read
 * nothing of the kind. No memory of its own: the per-token "used" array is the detect scratch's probe. */
#include "eg_ifr_symbols.h"
#include "eg_ifr_cues.h"
#include "eg_ifr_unicode.h"
#include <string.h>

/* Largest bullet count read next to a marker. */
#define MAX_SYMBOL_BULLETS 30
/* Longest highlight example, in tokens. */
#define MAX_EXAMPLE 12u
/* Largest section number read after a marker word (the bits of a u32 "seen" set hold 0..MAX_SECTIONS), and largest
 * divider part count. */
#define MAX_SECTIONS 20
/* Most placeholders asked for by examples alone (symbols.ts MAX_SHOWN_PLACEHOLDERS). */
#define MAX_SHOWN_PLACEHOLDERS 12
#define MAX_ITEM_WORDS 4    /* symbols.ts MAX_ITEM_WORDS */
#define MAX_LIST_ITEMS 12   /* symbols.ts MAX_LIST_ITEMS */

#define B_STAR 0x2Au
#define B_DASH 0x2Du
#define B_LT 0x3Cu
#define B_GT 0x3Eu
#define B_LBRACKET 0x5Bu
#define B_RBRACKET 0x5Du
#define B_LBRACE 0x7Bu
#define B_RBRACE 0x7Du
#define B_DQUOTE 0x22u
#define B_COLON 0x3Au

static int is_punct(const eg_ifr_tokens *t, int64_t i, uint8_t b) {
    return i >= 0 && i < (int64_t)t->n && t->kind[i] == EG_TK_PUNCT && t->byte[i] == b;
}

/* Tokens i and i + 1 touch (no byte between them). */
static int touch(const eg_ifr_tokens *t, uint32_t i) { return i + 1u < t->n && t->end[i] == t->start[i + 1u]; }

/* Two touching `<` tokens, and later two touching `>` tokens. */
static int has_angle_title(const eg_ifr_tokens *t) {
    uint32_t i;
    int open = 0;
    for (i = 0; i + 1u < t->n; i++) {
        if (!open && is_punct(t, i, B_LT) && is_punct(t, i + 1u, B_LT) && touch(t, i)) {
            open = 1;
            i++;
        } else if (open && is_punct(t, i, B_GT) && is_punct(t, i + 1u, B_GT) && touch(t, i)) {
            return 1;
        }
    }
    return 0;
}

/* A leading run of ASCII digits (1 to 2 of them) that is the whole token or is followed only by bytes >= 0x80 (a
 * counter: "5개", "4つ", "5个"), or a token of 1 to 2 digits of another script: its value, else -1. */
static int32_t leading_count(const eg_ifr_tokens *t, uint32_t i) {
    uint32_t k, m;
    int32_t v = 0;
    if (i >= t->n || t->kind[i] != EG_TK_WORD) return -1;
    /* digits of another script are the whole token ("۳", "٤", version 12) */
    if (t->bytes[t->start[i]] >= 0x80u) return (int32_t)eg_ifr_digits_value(t, i, 2u);
    k = t->start[i];
    /* at most 3 digits are read, so that a third one rejects the token */
    while (k < t->end[i] && t->bytes[k] >= 0x30u && t->bytes[k] <= 0x39u && k - t->start[i] < 3u) v = v * 10 + (int32_t)(t->bytes[k++] - 0x30u);
    if (k == t->start[i] || k - t->start[i] > 2u) return -1;
    for (m = k; m < t->end[i]; m++) {
        if (t->bytes[m] < 0x80u) return -1;
    }
    return v;
}

/* counterCount: a token with no ASCII letter holding exactly one run of ASCII digits, 1 or 2 long, right before a
 * non-ASCII byte (a counter: "ところを2か所", "3つ"): that run's value, else -1. */
static int32_t counter_count(const eg_ifr_tokens *t, uint32_t i) {
    uint32_t k, e;
    int32_t v = -1, n;
    if (i >= t->n || t->kind[i] != EG_TK_WORD) return -1;
    for (k = t->start[i]; k < t->end[i]; k++) {
        uint8_t b = t->bytes[k];
        if ((b >= 0x41u && b <= 0x5Au) || (b >= 0x61u && b <= 0x7Au)) return -1;
        if (b < 0x30u || b > 0x39u) continue;
        if (v >= 0) return -1;
        n = 0;
        for (e = k; e < t->end[i] && t->bytes[e] >= 0x30u && t->bytes[e] <= 0x39u && e - k <= 2u; e++) n = n * 10 + (int32_t)(t->bytes[e] - 0x30u);
        if (e - k > 2u || e >= t->end[i] || t->bytes[e] < 0x80u) return -1;
        v = n;
        k = e - 1u;
    }
    return v;
}

/* The token is a digits-only word of value 1..MAX_SECTIONS: the value, else 0. */
static uint32_t section_number(const eg_ifr_tokens *t, uint32_t i) {
    uint32_t k, v = 0;
    if (i >= t->n || t->kind[i] != EG_TK_WORD || t->end[i] - t->start[i] > 2u) return 0;
    for (k = t->start[i]; k < t->end[i]; k++) {
        if (t->bytes[k] < 0x30u || t->bytes[k] > 0x39u) return 0;
        v = v * 10u + (t->bytes[k] - 0x30u);
    }
    return v <= MAX_SECTIONS ? v : 0u;
}

/* Token b is a word with token a's bytes. */
static int same_word(const eg_ifr_tokens *t, uint32_t a, uint32_t b) {
    uint32_t n = t->end[a] - t->start[a], k;
    if (t->kind[b] != EG_TK_WORD || t->end[b] - t->start[b] != n) return 0;
    for (k = 0; k < n; k++) {
        if (t->bytes[t->start[a] + k] != t->bytes[t->start[b] + k]) return 0;
    }
    return 1;
}

/* Numbered section markers: a word token W (2 bytes or more, not starting with an ASCII digit or lowercase letter)
 * followed by the number 1, and, before the sentence ends, W followed by 2; the count is the largest n such that
 * W 1 .. W n all appear in that sentence. The first such W wins: its token index, *count set; else -1. */
static int64_t numbered_marker(const eg_ifr_tokens *t, uint32_t *count) {
    uint32_t i;
    for (i = 0; i + 1u < t->n; i++) {
        uint32_t seen, j, n;
        uint8_t b0;
        if (t->kind[i] != EG_TK_WORD || t->end[i] - t->start[i] < 2u || section_number(t, i + 1u) != 1u) continue;
        b0 = t->bytes[t->start[i]];
        if ((b0 >= 0x30u && b0 <= 0x39u) || (b0 >= 0x61u && b0 <= 0x7Au)) continue;
        seen = 1u << 1;
        for (j = i + 2u; j + 1u < t->n && !eg_ifr_is_boundary(t, j); j++) {
            if (same_word(t, i, j)) seen |= 1u << section_number(t, j + 1u);
        }
        if (!(seen & (1u << 2))) continue;
        n = 2;
        while (n < MAX_SECTIONS && (seen & (1u << (n + 1u)))) n++;
        *count = n;
        return (int64_t)i;
    }
    return -1;
}

/* isWordProper (symbols.ts, version 18): a word token that does not start with a separator code point (other non-ASCII
 * punctuation is word bytes to the tokenizer; since version 20 the Arabic comma is a comma token). */
static int word_proper(const eg_ifr_tokens *t, uint32_t i) {
    uint32_t cp;
    if (t->kind[i] != EG_TK_WORD) return 0;
    if (t->bytes[t->start[i]] < 0x80u) return 1;
    (void)eg_u8_dec(t->bytes + t->start[i], t->end[i] - t->start[i], 0u, &cp);
    return !eg_ifr_cue_separator(cp);
}

/* A bullet marker: a `*` token touching no other `*` and no word on either side (version 18: word_proper), or a `-`
 * token between two quote tokens of the same byte ("'- '"), that no match covers and that does not start a line (a
 * layout example, step 3). */
/* 「 and 」 in UTF-8 (symbols.ts CORNER_OPEN, CORNER_CLOSE) */
static const uint8_t k_corner_open[3] = {0xE3u, 0x80u, 0x8Cu};
static const uint8_t k_corner_close[3] = {0xE3u, 0x80u, 0x8Du};

static int tok_ends_with(const eg_ifr_tokens *t, uint32_t i, const uint8_t *b) {
    return t->end[i] - t->start[i] >= 3u && memcmp(t->bytes + t->end[i] - 3u, b, 3u) == 0;
}
static int tok_starts_with(const eg_ifr_tokens *t, uint32_t i, const uint8_t *b) {
    return t->end[i] - t->start[i] >= 3u && memcmp(t->bytes + t->start[i], b, 3u) == 0;
}

/* The bytes of the sentence (the tokens between boundary tokens) holding token i (symbols.ts sentenceText). */
static eg_str sentence_text(const eg_ifr_tokens *t, uint32_t i) {
    /* up to the token before the boundary after i: token i itself when it is a boundary */
    uint32_t a = eg_ifr_sentence_start(t, i), e = eg_ifr_sentence_end(t, i + 1u) - 1u;
    eg_str x;
    x.p = t->bytes + t->start[a];
    x.n = t->end[e] - t->start[a];
    return x;
}

static int is_bullet_marker(const eg_ifr *r, const eg_ifr_tokens *t, uint32_t i, const uint8_t *used, int foreign) {
    if (used[i] || t->kind[i] != EG_TK_PUNCT || i == 0u || t->kind[i - 1u] == EG_TK_NL) return 0;
    if (t->byte[i] == B_STAR) {
        if (touch(t, i - 1u) && (word_proper(t, i - 1u) || is_punct(t, (int64_t)i - 1, B_STAR))) return 0;
        if (i + 1u < t->n && touch(t, i) && (word_proper(t, i + 1u) || is_punct(t, (int64_t)i + 1, B_STAR))) return 0;
        return 1;
    }
    if (t->byte[i] != B_DASH || i + 1u >= t->n) return 0;
    if (t->kind[i - 1u] == EG_TK_PUNCT && t->kind[i + 1u] == EG_TK_PUNCT) {
        uint8_t q = t->byte[i - 1u];
        if ((q == 0x22u || q == 0x27u) && t->byte[i + 1u] == q) return 1;
        /* version 20, in a prompt not written in English: "bir tire (-) ile" */
        return foreign && q == 0x28u && t->byte[i + 1u] == 0x29u;
    }
    if (!foreign) return 0;
    /* version 20, in a prompt not written in English: an ASCII hyphen-minus standing alone in a sentence that says what
     * lines begin with (an RCUE BEGIN entry), or a dash in corner brackets */
    if (!touch(t, i - 1u) && !touch(t, i)) return t->end[i] - t->start[i] == 1u && eg_ifr_cue_concept_in(r, sentence_text(t, i), EG_IFR_CUE_BEGIN);
    return touch(t, i - 1u) && touch(t, i) && t->kind[i - 1u] == EG_TK_WORD && t->kind[i + 1u] == EG_TK_WORD &&
           tok_ends_with(t, i - 1u, k_corner_open) && tok_starts_with(t, i + 1u, k_corner_close);
}

/* countNear's candidate i: its value 1..MAX_SYMBOL_BULLETS (leadingCount, or an RNUM word, or in a foreign prompt a cue
 * number word above one or (version 19) a number inside the token before its counter, counter_count) when it is an
 * uncovered
 * word whose next token is not a NUM_UNIT word and is not a `-` touching it, else 0. */
static int32_t value_at(const eg_ifr *r, const eg_ifr_tokens *t, uint32_t i, const uint8_t *used, int foreign) {
    int32_t v;
    if (used[i] || t->kind[i] != EG_TK_WORD) return 0;
    v = leading_count(t, i);
    if (v < 0) {
        uint32_t nv;
        /* an RNUM value beyond the bound is rejected below whatever its size */
        v = eg_ifr_rnum(r, t->hash[i], &nv) ? (nv > MAX_SYMBOL_BULLETS ? MAX_SYMBOL_BULLETS + 1 : (int32_t)nv) : 0;
    }
    /* in a prompt not written in English, a number word of its language above one (a word for one is an article) */
    if (v == 0 && foreign) {
        eg_str x;
        uint32_t w;
        x.p = t->bytes + t->start[i];
        x.n = t->end[i] - t->start[i];
        w = eg_ifr_cue_number_word(r, x);
        if (w >= 2u) v = w > (uint32_t)MAX_SYMBOL_BULLETS ? MAX_SYMBOL_BULLETS + 1 : (int32_t)w;
    }
    /* in a script written without spaces the number sits inside the token, its counter after it ("ところを2か所",
     * version 19) */
    if (v <= 0 && foreign) v = counter_count(t, i);
    if (v < 1 || v > MAX_SYMBOL_BULLETS) return 0;
    if (i + 1u < t->n && t->kind[i + 1u] == EG_TK_WORD && eg_ifr_set_has(r, EG_SET_NUM_UNIT, t->hash[i + 1u])) return 0;
    /* "a 3-day plan": a number joined to its noun counts that noun. */
    if (is_punct(t, (int64_t)i + 1, B_DASH) && touch(t, i)) return 0;
    return v;
}

/* The count next to a symbol at m: none (0) when check_families and a match of HIGHLIGHT, STARDIV or BULLETS (what a `*`
 * is for) overlaps m's sentence; else, in that sentence, the nearest value_at (the earlier token on a tie); 0 when
 * none. */
static int32_t count_near(const eg_ifr *r, const eg_ifr_scratch *s, uint32_t m, const uint8_t *used, int check_families) {
    const eg_ifr_tokens *t = &s->tokens;
    uint32_t a = eg_ifr_sentence_start(t, m), e = eg_ifr_sentence_end(t, m), d, mi;
    for (mi = 0; check_families && mi < s->n_matches; mi++) {
        const eg_match *x = &s->matches[mi];
        if ((x->family == EG_F_HIGHLIGHT || x->family == EG_F_STARDIV || x->family == EG_F_BULLETS) && x->start < e && x->end > a) return 0;
    }
    for (d = 1; (m >= d && m - d >= a) || m + d < e; d++) {
        int32_t v;
        if (m >= d && m - d >= a && (v = value_at(r, t, m - d, used, s->plan.foreign)) != 0) return v;
        if (m + d < e && (v = value_at(r, t, m + d, used, s->plan.foreign)) != 0) return v;
    }
    return 0;
}

/* The first placeholder example at or after token `from`: a `[` token not starting a line (a line that starts with one
 * is a layout example: "[code snippet 1]\n***"), then 1 to 4 word tokens, then `]`, none covered but the `]`. The `[`
 * index (*close: the `]` index), else -1. Marks nothing. */
static int64_t placeholder_at(const eg_ifr_tokens *t, const uint8_t *used, uint32_t from, uint32_t *close) {
    uint32_t i, j;
    for (i = from; i + 2u < t->n; i++) {
        if (!is_punct(t, i, B_LBRACKET) || used[i] || t->kind[i - 1u] == EG_TK_NL) continue;
        j = i + 1u;
        while (j < t->n && j - i <= 4u && t->kind[j] == EG_TK_WORD && !used[j]) j++;
        if (j > i + 1u && is_punct(t, j, B_RBRACKET)) {
            *close = j;
            return (int64_t)i;
        }
    }
    return -1;
}

/* placeholderExample (symbols.ts): the first placeholder example (placeholder_at); its tokens become covered (the
 * number in "[Movie 1]" is not a count). The `[` index, else -1. */
static int64_t placeholder_example(const eg_ifr_tokens *t, uint8_t *used) {
    uint32_t j = 0, k;
    int64_t i = placeholder_at(t, used, 1u, &j);
    if (i >= 0) {
        for (k = (uint32_t)i; k <= j; k++) used[k] = 1;
    }
    return i;
}

/* How many times placeholderExample finds an example on a copy of `used`, at most `most`: covering one example changes
 * no later test (each starts past the `]` of the one before), so a forward scan counts them without the copy. */
static int32_t placeholder_examples(const eg_ifr_tokens *t, const uint8_t *used, int32_t most) {
    int32_t n = 0;
    uint32_t from = 1u, j = 0;
    while (n < most && placeholder_at(t, used, from, &j) >= 0) {
        n++;
        from = j + 1u;
    }
    return n;
}

/* A highlight example: a `*` token touching the word token after it (and no `*` before it), then, on the same line,
 * within MAX_EXAMPLE tokens, a `*` touching the word token before it (and no `*` after it); none covered. Its tokens
 * become covered (the "14" of "*zaterdag 14 juni*" is not a count); its first token, else -1. */
static int64_t highlight_example(const eg_ifr_tokens *t, uint8_t *used) {
    uint32_t i, j, k;
    for (i = 0; i + 2u < t->n; i++) {
        if (!is_punct(t, i, B_STAR) || used[i] || !touch(t, i) || t->kind[i + 1u] != EG_TK_WORD ||
            (i > 0u && is_punct(t, (int64_t)i - 1, B_STAR) && touch(t, i - 1u)))
            continue;
        for (j = i + 2u; j < t->n && j - i <= MAX_EXAMPLE && t->kind[j] != EG_TK_NL && !used[j]; j++) {
            if (!is_punct(t, j, B_STAR)) continue;
            if (t->kind[j - 1u] != EG_TK_WORD || !touch(t, j - 1u) || (is_punct(t, (int64_t)j + 1, B_STAR) && touch(t, j))) break;
            for (k = i; k <= j; k++) used[k] = 1;
            return (int64_t)i;
        }
    }
    return -1;
}

/* A JSON object shown as the answer's form ("wrapped like {"answer": "..."}"): `{`, a quoted key of 1..MAX_EXAMPLE - 2
 * words and `:` right after it, then `}` later on the same line (version 11). */
static int json_example(const eg_ifr_tokens *t) {
    uint32_t i, j, k;
    for (i = 0; i + 4u < t->n; i++) {
        if (!is_punct(t, i, B_LBRACE) || !is_punct(t, i + 1u, B_DQUOTE)) continue;
        j = i + 2u;
        while (j < t->n && j - i < MAX_EXAMPLE && t->kind[j] == EG_TK_WORD) j++;
        if (j == i + 2u || !is_punct(t, j, B_DQUOTE) || !is_punct(t, j + 1u, B_COLON)) continue;
        for (k = j + 2u; k < t->n && t->kind[k] != EG_TK_NL; k++) {
            if (is_punct(t, k, B_RBRACE)) return 1;
        }
    }
    return 0;
}

/* a.toLowerCase() === b.toLowerCase() (JavaScript case mapping), through the arena, which it leaves as it was. */
static int same_lower(eg_ifr_scratch *s, eg_str a, eg_str b) {
    uint32_t mark = s->arena_used;
    eg_wr w;
    eg_str la, lb;
    int eq;
    w.p = s->arena + mark;
    w.n = 0;
    w.cap = EG_IFR_ARENA_CAP - mark;
    w.over = 0;
    eg_wr_case(&w, a, 0);
    la.p = w.p;
    la.n = w.n;
    eg_wr_case(&w, b, 0);
    lb.p = w.p + la.n;
    lb.n = w.n - la.n;
    if (w.over) s->overflow = 1;
    eq = !w.over && eg_str_eq(la, lb);
    s->arena_used = mark;
    return eq;
}

/* bulletSentence (version 19): a count of list nouns in a sentence that names its bullet marker in words or shows a
 * `*` ("Six rules, written as a list with an asterisk at the start of each line", "a five-item list using * bullets"):
 * in the first sentence holding a BULLET_CUE word or an uncovered `*` with no NEG_CUE word in the NEG_REACH_BULLET
 * tokens before it in the sentence ("no dashes or asterisks"),
 * no `*` touching a word after it (a highlight shown) and no HIGHLIGHT or STARDIV match overlapping it, the first word
 * uncovered (or covered by a WEAK BULLETS match, among others: "a list of 4 points") of value 1..MAX_SYMBOL_BULLETS
 * (leading_count or an RNUM word), not right after "each", "every" or "per", followed within LIST_NOUN_REACH tokens
 * that are words or `-` by a LIST_NOUN word; its value, else 0. */
#define LIST_NOUN_REACH 4u
#define NEG_REACH_BULLET 3u
static const int LIST_NOUN[] = {EG_W_POINTS, EG_W_POINT, EG_W_ITEMS, EG_W_ITEM, EG_W_RULES, EG_W_RULE, EG_W_LINES, EG_W_LINE, EG_W_THINGS, EG_W_TIPS, EG_W_STEPS, EG_W_REASONS, EG_W_IDEAS, EG_W_FACTS, EG_W_ENTRIES, EG_W_REMINDERS, EG_W_OPTIONS, EG_W_NOTES, EG_W_QUESTIONS, EG_W_CHECKS, EG_W_BULLETS, EG_W_BULLET};
static const int BULLET_CUE[] = {EG_W_DASH, EG_W_DASHES, EG_W_DASHED, EG_W_HYPHEN, EG_W_HYPHENS, EG_W_ASTERISK, EG_W_ASTERISKS, EG_W_BULLET, EG_W_BULLETS, EG_W_BULLETED};

/* Token i is a word of the named-word list ids. */
static int word_in(const eg_ifr *r, const eg_ifr_tokens *t, uint32_t i, const int *ids, uint32_t n) {
    return t->kind[i] == EG_TK_WORD && eg_ifr_named_in(r, t->hash[i], ids, n);
}

/* A BULLETS match with the argument WEAK covers token k. */
static int weak_bullet_at(const eg_ifr *r, const eg_ifr_scratch *s, uint32_t k) {
    uint32_t mi;
    for (mi = 0; mi < s->n_matches; mi++) {
        const eg_match *m = &s->matches[mi];
        if (m->family == EG_F_BULLETS && m->start <= k && k < m->end && m->arg != EG_IFR_NONE &&
            eg_str_eq_c(eg_ifr_string(r, m->arg), "WEAK")) return 1;
    }
    return 0;
}

/* Version 21 (symbols.ts shownDash): a `-` shown as the marker after "a", touching no word ("with a - in front"). */
static int shown_dash(const eg_ifr *r, const eg_ifr_tokens *t, uint32_t k) {
    return is_punct(t, k, B_DASH) && k > 0u && t->kind[k - 1u] == EG_TK_WORD && t->hash[k - 1u] == r->w[EG_W_A] && t->end[k - 1u] < t->start[k] && !touch(t, k);
}

/* Version 23 (symbols.ts inAll): "in all", "in total", "total" or "altogether" at token j, before e. */
static int in_all(const eg_ifr *r, const eg_ifr_tokens *t, uint32_t j, uint32_t e) {
    uint32_t h;
    if (j >= e || t->kind[j] != EG_TK_WORD) return 0;
    h = t->hash[j];
    if (h == r->w[EG_W_ALTOGETHER] || h == r->w[EG_W_TOTAL]) return 1;
    if (h != r->w[EG_W_IN] || j + 1u >= e || t->kind[j + 1u] != EG_TK_WORD) return 0;
    return t->hash[j + 1u] == r->w[EG_W_ALL] || t->hash[j + 1u] == r->w[EG_W_TOTAL];
}

static int32_t bullet_sentence(const eg_ifr *r, const eg_ifr_scratch *s, const uint8_t *used) {
    const eg_ifr_tokens *t = &s->tokens;
    uint32_t a = 0, e, k, j, mi;
    while (a < t->n) {
        int cue = 0, starred = 0, hl = 0;
        e = eg_ifr_sentence_end(t, a);
        for (k = a; k < e; k++) {
            if (is_punct(t, k, B_STAR) && touch(t, k) && t->kind[k + 1u] == EG_TK_WORD) starred = 1;
            /* a marker named under a negation is ruled out, not asked for ("no dashes or asterisks", "without any
             * dashes") */
            int negated = 0;
            uint32_t q;
            for (q = k; q > a && k - q < NEG_REACH_BULLET && !negated; q--) {
                negated = t->kind[q - 1u] == EG_TK_WORD && eg_ifr_set_has(r, EG_SET_NEG_CUE, t->hash[q - 1u]);
            }
            if (!used[k] && !negated && (t->kind[k] == EG_TK_WORD ? word_in(r, t, k, BULLET_CUE, EG_IFR_COUNT_OF(BULLET_CUE)) : is_punct(t, k, B_STAR) || shown_dash(r, t, k))) cue = 1;
        }
        for (mi = 0; mi < s->n_matches; mi++) {
            const eg_match *x = &s->matches[mi];
            if ((x->family == EG_F_HIGHLIGHT || x->family == EG_F_STARDIV) && x->start < e && x->end > a) hl = 1;
        }
        if (cue && !starred && !hl) {
            for (k = a; k < e; k++) {
                int32_t v;
                uint32_t nv;
                if (t->kind[k] != EG_TK_WORD) continue;
                /* a count a weak bullet pattern read ("a list of 4 points") stays open: the cue confirms it */
                if (used[k] && !weak_bullet_at(r, s, k)) continue;
                if (eg_ifr_is_share(r, t, k)) continue;
                v = leading_count(t, k);
                if (v < 0) v = eg_ifr_rnum(r, t->hash[k], &nv) ? (nv > MAX_SYMBOL_BULLETS ? MAX_SYMBOL_BULLETS + 1 : (int32_t)nv) : 0;
                if (v < 1 || v > MAX_SYMBOL_BULLETS) continue;
                for (j = k + 1u; j < e && j - k <= LIST_NOUN_REACH; j++) {
                    if (word_in(r, t, j, LIST_NOUN, EG_IFR_COUNT_OF(LIST_NOUN))) return v;
                    if (t->kind[j] != EG_TK_WORD && !is_punct(t, j, B_DASH)) break;
                }
                if (in_all(r, t, k + 1u, e)) return v;
            }
        }
        a = e + 1u;
    }
    return 0;
}

/* The items of a series listed in the sentence before token `at` (symbols.ts listedItems, version 20): from the
 * sentence's start, a colon or "for", chunks of 1..MAX_ITEM_WORDS word tokens separated by commas, then "and" and a
 * word. Its item count (2..MAX_LIST_ITEMS), else 0. */
static int32_t listed_items(const eg_ifr *r, const eg_ifr_tokens *t, uint32_t at) {
    uint32_t a = eg_ifr_sentence_start(t, at), st, k;
    for (st = a; st < at; st++) {
        int32_t items = 0, words = 0;
        int opens = st == a || is_punct(t, (int64_t)st - 1, B_COLON) || (t->kind[st - 1u] == EG_TK_WORD && t->hash[st - 1u] == r->w[EG_W_FOR]);
        if (!opens || t->kind[st] != EG_TK_WORD) continue;
        for (k = st; k < at; k++) {
            if (t->kind[k] == EG_TK_WORD && t->hash[k] == r->w[EG_W_AND]) {
                if (words == 0 && !is_punct(t, (int64_t)k - 1, 0x2Cu)) break;
                if (words > 0) items++;
                if (k + 1u < at && t->kind[k + 1u] == EG_TK_WORD && items >= 1 && items + 1 <= MAX_LIST_ITEMS) return items + 1;
                break;
            }
            if (t->kind[k] == EG_TK_WORD) {
                if (++words > MAX_ITEM_WORDS) break;
            } else if (is_punct(t, (int64_t)k, 0x2Cu) && words > 0) {
                items++;
                words = 0;
            } else {
                break;
            }
        }
    }
    return 0;
}

void eg_ifr_read_symbols(const eg_ifr *r, eg_ifr_scratch *s) {
    const eg_ifr_tokens *t = &s->tokens;
    eg_plan *plan = &s->plan;
    uint8_t *used = s->mem.det.probe;
    uint32_t mi, i;
    int ph_any = 0, ph_num = 0, hl_num = 0, par_num = 0;
    int32_t shown_placeholders = 0;
    int64_t div = -1;
    if (!plan->title && has_angle_title(t)) plan->title = 1;
    if (!plan->json && json_example(t)) plan->json = 1;
    if (!plan->has_sec_mark || plan->sec_count == 1) {
        uint32_t count = 0;
        int64_t at = numbered_marker(t, &count);
        eg_str mark;
        /* the token's bytes are whole UTF-8 characters (the tokenizer splits at ASCII bytes and its multi-byte
           punctuation only), so TextDecoder gives them back unchanged */
        mark.p = at >= 0 ? t->bytes + t->start[at] : t->bytes;
        mark.n = at >= 0 ? t->end[at] - t->start[at] : 0u;
        /* A marker a pattern read with a count of one ("one section per week, each headed WEEK 1, WEEK 2 and WEEK 3":
           per week, not one in all) takes the count the markers show (version 11). */
        if (at >= 0 && (!plan->has_sec_mark || same_lower(s, plan->sec_mark, mark))) {
            plan->has_sec_mark = 1;
            plan->sec_mark.p = t->bytes + t->start[at];
            plan->sec_mark.n = t->end[at] - t->start[at];
            if ((int64_t)count > plan->sec_count) plan->sec_count = (int64_t)count;
        }
    }
    eg_mem_zero(used, t->n);
    for (mi = 0; mi < s->n_matches; mi++) {
        const eg_match *m = &s->matches[mi];
        for (i = m->start; i < m->end && i < t->n; i++) used[i] = 1;
        if (m->family == EG_F_PLACEHOLDER) ph_any = 1;
        if (m->family == EG_F_PLACEHOLDER && m->has_num) ph_num = 1;
        if (m->family == EG_F_HIGHLIGHT && m->has_num && m->n > 0) hl_num = 1;
        if ((m->family == EG_F_PARCOUNT || m->family == EG_F_SECCOUNT) && m->has_num) par_num = 1;
        if (m->family == EG_F_STARDIV && div < 0) div = (int64_t)m->start; /* the first divider match */
    }
    /* "leave [price] as a blank for me", "leave [artist name] and [year] as blanks": bracketed examples with no count
     * and no placeholder pattern ask for as many placeholders as they show (version 12). */
    if (!ph_any) shown_placeholders = placeholder_examples(t, used, MAX_SHOWN_PLACEHOLDERS);
    /* "ולפחות 2 מקומות ריקים בסוגריים מרובעים, למשל [שם הלקוח]": a bracketed example and a count in its sentence. */
    if (!ph_num) {
        int64_t at = placeholder_example(t, used);
        int32_t n = at >= 0 ? count_near(r, s, (uint32_t)at, used, 0) : 0;
        if (n > plan->placeholders) plan->placeholders = n;
    }
    if (plan->placeholders == 0) plan->placeholders = shown_placeholders;
    /* "The name, the date and the time need to be fill-in slots in square brackets": no count stated, the items listed
     * before the first placeholder match in its sentence are the slots (version 20). */
    if (plan->placeholders <= 1 && !ph_num) {
        for (mi = 0; mi < s->n_matches; mi++) {
            if (s->matches[mi].family != EG_F_PLACEHOLDER) continue;
            {
                int32_t n = listed_items(r, t, s->matches[mi].start);
                if (n > plan->placeholders) plan->placeholders = n;
            }
            break;
        }
    }
    /* a count a weak bullet pattern read waits for a marker to confirm it: the symbols after this read it too (version 20) */
    for (mi = 0; mi < s->n_matches; mi++) {
        const eg_match *m = &s->matches[mi];
        if (m->family != EG_F_BULLETS || m->arg == EG_IFR_NONE || !eg_str_eq_c(eg_ifr_string(r, m->arg), "WEAK")) continue;
        for (i = m->start; i < m->end && i < t->n; i++) used[i] = 0;
    }
    /* "ít nhất 2 ý bằng dấu sao *như thế này*", "zoals *zaterdag 14 juni*, minstens 2 keer": an example and a count. */
    if (!hl_num) {
        int64_t at = highlight_example(t, used);
        int32_t n = at >= 0 ? count_near(r, s, (uint32_t)at, used, 0) : 0;
        if (n > plan->highlights) plan->highlights = n;
    }
    /* "Θέλω 3 παραγράφους, χωρισμένες μεταξύ τους με ***": a divider and a count in its sentence (English: step 2e). */
    /* not over a count the cue step read ("ત્રણ ફકરા ... દરેક બે ફકરાની વચ્ચે ***": "two" is nearest the divider;
     * version 19) */
    if (plan->foreign && plan->par_count == 0 && !par_num) {
        int32_t n = div >= 0 ? count_near(r, s, (uint32_t)div, used, 0) : 0;
        if (n >= 2 && n <= MAX_SECTIONS) plan->par_count = n;
    }
    if (!plan->has_bullets) {
        for (i = 0; i < t->n; i++) {
            int32_t n;
            if (!is_bullet_marker(r, t, i, used, plan->foreign)) continue;
            n = count_near(r, s, i, used, 1);
            if (n > 0) {
                plan->has_bullets = 1;
                plan->bullets = n;
                break;
            }
        }
    }
    if (!plan->has_bullets) {
        int32_t n = bullet_sentence(r, s, used);
        if (n > 0) {
            plan->has_bullets = 1;
            plan->bullets = n;
        }
    }
}
