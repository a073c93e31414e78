/* Grammar classes of the tagger's tokens <-> src/skills/commands/grammar.ts (grammarMarks). The
 * tokens' text (separators as spaces) is scanned as normalize/tokens.ts scan does, on code points so
 * that every scanner token has its code-point span; at every scanner token the normalizers' own
 * parse-at functions (eg_cmd_normalize.c) give the NUM / TIME / DUR / QTY spans, then the closed date,
 * ordinal and year classes.
 *
 * The parse-at functions are static in eg_cmd_normalize.c, so this file includes it (one translation
 * unit: with EG_CMD_GRAMMAR=1 the Makefile links this file instead of eg_cmd_normalize.c). */
#include "eg_cmd_normalize.c"
#include "eg_cmd.h"

#define GR_NUM 1u
#define GR_TIME 2u
#define GR_DUR 4u
#define GR_QTY 8u
#define GR_DATE 16u
#define GR_ORD 32u
#define GR_YEAR 64u

static const char *const gr_date_words[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "today", "tomorrow", "tonight", "yesterday", "weekend", "weekday", "spring", "summer", "autumn", "fall", "winter", "christmas", "easter",
};
static const char *const gr_ordinal_words[] = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
    "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth",
};
static const char *const gr_ordinal_suffixes[] = {"st", "nd", "rd", "th"};

static int gr_digit(uint32_t c) { return c >= 0x30u && c <= 0x39u; }
static int gr_letter(uint32_t c) { return (c >= 0x61u && c <= 0x7Au) || (c >= 0x41u && c <= 0x5Au); }

static int gr_in(const toks *T, uint32_t i, const char *const *set, size_t n) {
    size_t k;
    uint8_t first;
    if (i >= T->n || T->t[i].len == 0u) return 0;
    first = T->tb[T->t[i].off];
    for (k = 0; k < n; k++) {
        if ((uint8_t)set[k][0] == first && eq(T, i, set[k])) return 1; /* most words differ at once */
    }
    return 0;
}

static void gr_mark(const eg_cmd_token *tt, uint32_t n, uint8_t *bits, uint8_t *begins, uint32_t cls, uint32_t from, uint32_t to) {
    uint32_t k;
    int first = 1;
    for (k = 0; k < n; k++) {
        if (tt[k].end <= from || tt[k].start >= to) continue;
        bits[k] = (uint8_t)(bits[k] | cls);
        if (first) begins[k] = (uint8_t)(begins[k] | cls);
        first = 0;
    }
}

int eg_cmd_grammar_marks(const uint8_t *text, size_t len, const eg_cmd_token *tt, uint32_t n, uint8_t *bits, uint8_t *begins,
                         eg_cmd_gram_scratch *g) {
    uint32_t nc = 0, i, k, nt = 0, nb = 0;
    toks T;
    tok *tk = (tok *)(void *)g->tk;
    (void)len;
    /* grammar.ts textOf: the tokens' code points, separators as spaces */
    for (k = 0; k < n; k++) {
        size_t pos = tt[k].bstart;
        if (tt[k].end > EG_CMD_GRAM_CPS) return EG_CMD_TOO_LARGE;
        while (nc < tt[k].start) g->cps[nc++] = 0x20u;
        while (pos < tt[k].bend) g->cps[nc++] = eg_utf8_next(text, tt[k].bend, &pos);
    }
    /* tokens.ts scan, on code points */
    i = 0;
    while (i < nc) {
        uint32_t c = g->cps[i], prev = i > 0 ? g->cps[i - 1] : 0x20u, j, from, q;
        int sgn = (c == 0x2Du || c == 0x2Bu) && i + 1 < nc && gr_digit(g->cps[i + 1]) && !gr_digit(prev) && !gr_letter(prev);
        uint32_t kind;
        if (gr_digit(c) || sgn) {
            j = i + 1;
            while (j < nc && (gr_digit(g->cps[j]) || ((g->cps[j] == 0x2Eu || g->cps[j] == 0x2Cu || g->cps[j] == 0x3Au || g->cps[j] == 0x2Fu) && j + 1 < nc &&
                                                      gr_digit(g->cps[j + 1])))) j++;
            from = c == 0x2Bu ? i + 1 : i;
            kind = TK_NUM;
        } else if (gr_letter(c)) {
            j = i + 1;
            while (j < nc && (gr_letter(g->cps[j]) || ((g->cps[j] == 0x27u || g->cps[j] == 0x2019u) && j + 1 < nc && gr_letter(g->cps[j + 1])))) j++;
            from = i;
            kind = TK_WORD;
        } else if (c == 0xB0u) {
            tk[nt].off = nb;
            tk[nt].len = 2;
            tk[nt].kind = TK_SYM;
            g->tb[nb++] = 0xC2u;
            g->tb[nb++] = 0xB0u;
            g->start[nt] = i;
            g->end[nt] = i + 1;
            nt++;
            i++;
            continue;
        } else {
            i++;
            continue;
        }
        tk[nt].off = nb;
        tk[nt].len = j - from;
        tk[nt].kind = kind;
        for (q = from; q < j; q++) {
            uint32_t x = g->cps[q];
            g->tb[nb++] = (uint8_t)(x == 0x2019u ? 0x27u : x >= 0x41u && x <= 0x5Au ? x + 0x20u : x);
        }
        g->start[nt] = i;
        g->end[nt] = j;
        nt++;
        i = j;
    }
    T.tb = g->tb;
    T.t = tk;
    T.n = nt;
    T.num_fail = g->num_fail;
    for (i = 0; i < (nt + 31u) / 32u; i++) g->num_fail[i] = 0;
    for (i = 0; i < nt; i++) {
        nmatch nm;
        tmatch tm;
        qmatch qm;
        uint32_t e, w = 0;
        int64_t dur_seconds;
        if (parse_number_at(&T, i, &nm) && nm.end > i) gr_mark(tt, n, bits, begins, GR_NUM, g->start[i], g->end[nm.end - 1u]);
        if ((relative_at(&T, i, &tm) || clock_digits_at(&T, i, &tm) || word_clock_at(&T, i, &tm)) && tm.end > i)
            gr_mark(tt, n, bits, begins, GR_TIME, g->start[i], g->end[tm.end - 1u]);
        if (parse_duration_at(&T, i, &dur_seconds, &e) && e > i) gr_mark(tt, n, bits, begins, GR_DUR, g->start[i], g->end[e - 1u]);
        if (parse_quantity_at(&T, i, DIMS_ALL, &qm) && qm.unit >= 0 && qm.end > i) gr_mark(tt, n, bits, begins, GR_QTY, g->start[i], g->end[qm.end - 1u]);
        /* grammar.ts wordClass */
        if (T.t[i].kind == TK_WORD && gr_in(&T, i, gr_date_words, sizeof(gr_date_words) / sizeof(gr_date_words[0]))) {
            w = GR_DATE;
        } else if (T.t[i].kind == TK_WORD && gr_in(&T, i, gr_ordinal_words, sizeof(gr_ordinal_words) / sizeof(gr_ordinal_words[0]))) {
            w = GR_ORD;
        } else if (T.t[i].kind == TK_NUM && i + 1 < nt && T.t[i + 1].kind == TK_WORD && g->start[i + 1] == g->end[i] &&
                   gr_in(&T, i + 1, gr_ordinal_suffixes, 4)) {
            w = GR_ORD;
        } else if (T.t[i].kind == TK_NUM && T.t[i].len == 4u) {
            const uint8_t *p = T.tb + T.t[i].off;
            if (gr_digit(p[0]) && gr_digit(p[1]) && gr_digit(p[2]) && gr_digit(p[3])) {
                uint32_t y = (uint32_t)(p[0] - 0x30u) * 1000u + (uint32_t)(p[1] - 0x30u) * 100u + (uint32_t)(p[2] - 0x30u) * 10u + (uint32_t)(p[3] - 0x30u);
                if (y >= 1900u && y <= 2099u) w = GR_YEAR;
            }
        }
        if (w) gr_mark(tt, n, bits, begins, w, g->start[i], w == GR_ORD && T.t[i].kind == TK_NUM ? g->end[i + 1] : g->end[i]);
    }
    return EG_OK;
}
