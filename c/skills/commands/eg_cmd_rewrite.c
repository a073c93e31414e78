/* Unit-conversion rewrite mode <-> src/skills/commands/rewrite/rewrite.ts, step by step (the function
 * names follow the TS methods). The TS side works on code points and this side on bytes: every token
 * starts at an ASCII letter, digit or sign, or at '°' (C2 B0), and ends after an ASCII byte or B0, so
 * token boundaries are code-point boundaries, and the code points between tokens are read with the
 * shared WHATWG decoder (eg_utf8_next), which sees what TextDecoder sees. Integer only; no malloc. */
#include "eg_cmd_rewrite.h"
#include "eg_cmd_normalize.h"
#include "eg_errors.h"
#include "eg_utf8.h"
#include <string.h>

typedef struct rw_target {
    const char *from, *to, *symbol;
} rw_target;

/* rewrite.ts REWRITE_TARGETS, in the same order (native.test.ts compares the two). */
static const rw_target TO_METRIC[] = {
    { "in", "cm", "cm" },     { "ft", "m", "m" },       { "yd", "m", "m" },       { "mi", "km", "km" },
    { "oz", "g", "g" },       { "lb", "kg", "kg" },     { "st", "kg", "kg" },     { "tsp", "ml", "mL" },
    { "tbsp", "ml", "mL" },   { "floz", "ml", "mL" },   { "cup", "ml", "mL" },    { "pt", "l", "L" },
    { "qt", "l", "L" },       { "gal", "l", "L" },      { "mph", "km/h", "km/h" }, { "F", "C", "\302\260C" },
};
static const rw_target TO_IMPERIAL[] = {
    { "mm", "in", "in" }, { "cm", "in", "in" }, { "m", "ft", "ft" },          { "km", "mi", "mi" },        { "g", "oz", "oz" },
    { "kg", "lb", "lb" }, { "ml", "floz", "fl oz" }, { "l", "gal", "gal" }, { "km/h", "mph", "mph" }, { "C", "F", "\302\260F" },
};
#define N_METRIC (sizeof TO_METRIC / sizeof TO_METRIC[0])
#define N_IMPERIAL (sizeof TO_IMPERIAL / sizeof TO_IMPERIAL[0])

static const char *const JOINER_WORDS[] = { "to", "or", "x", "by" };
static const char *const INCH_NEXT_WORDS[] = { "wide", "long", "tall", "high", "deep", "thick", "x", "by" };
static const char INCHES[] = "inches";

typedef struct rw {
    const uint8_t *p;
    size_t n;
    eg_cmd_scan_tok *t;
    uint32_t nt;
    uint8_t *tb;
    uint32_t *src; /* token k: bytes [src[2k], src[2k + 1]) */
    uint32_t *seg; /* token k: its segment's tokens [seg[2k], seg[2k + 1]) */
    const rw_target *targets;
    unsigned n_targets;
    int decimals;
} rw;

enum { AT_NONE, AT_SKIP, AT_CONVERT };

typedef struct rw_at {
    int kind;
    uint32_t start, end; /* tokens [start, end) */
    int unit, to;
    const rw_target *target;
    int64_t v, s; /* the converted value, reduced */
    int simple;
} rw_at;

/* ------------------------------------------------------------------ code points */

static int is_space(uint32_t c) { return c == 0x20u || c == 0x09u || c == 0xA0u || c == 0x202Fu; }
static int is_dash(uint32_t c) { return c == 0x2Du || c == 0x2013u || c == 0x2014u || c == 0xD7u; }
static int is_ascii_alnum(uint32_t c) { return (c >= 0x30u && c <= 0x39u) || (c >= 0x41u && c <= 0x5Au) || (c >= 0x61u && c <= 0x7Au); }

static uint32_t cp_at(const rw *r, size_t *pos, size_t end) { return eg_utf8_next(r->p, end, pos); }

/* innerGap: only spaces and at most one '-' or '/' in p[a, b). */
static int inner_gap(const rw *r, size_t a, size_t b) {
    int marks = 0;
    while (a < b) {
        uint32_t c = cp_at(r, &a, b);
        if (is_space(c)) continue;
        if ((c == 0x2Du || c == 0x2Fu) && marks++ == 0) continue;
        return 0;
    }
    return 1;
}

static int spaces_only(const rw *r, size_t a, size_t b) {
    while (a < b)
        if (!is_space(cp_at(r, &a, b))) return 0;
    return 1;
}

/* single: the one code point of p[a, b) around spaces, or -1. */
static long single(const rw *r, size_t a, size_t b) {
    long one = -1;
    int seen = 0;
    while (a < b) {
        uint32_t c = cp_at(r, &a, b);
        if (is_space(c)) {
            if (seen) seen = 2; /* spaces after it: only more spaces may follow */
            continue;
        }
        if (seen) return -1;
        one = (long)c;
        seen = 1;
    }
    return seen ? one : -1;
}

/* ------------------------------------------------------------------ tokens */

static uint32_t t_start(const rw *r, uint32_t k) { return r->src[2 * k]; }
static uint32_t t_end(const rw *r, uint32_t k) { return r->src[2 * k + 1]; }

static int tok_is(const eg_cmd_scan_toks *T, uint32_t i, uint32_t kind, const char *w) {
    size_t l = strlen(w);
    return i < T->n && T->t[i].kind == kind && T->t[i].len == l && memcmp(T->tb + T->t[i].off, w, l) == 0;
}

static int word_is(const eg_cmd_scan_toks *T, uint32_t i, const char *w) { return tok_is(T, i, EG_CMD_TK_WORD, w); }

static int word_in(const eg_cmd_scan_toks *T, uint32_t i, const char *const *set, size_t n) {
    size_t k;
    for (k = 0; k < n; k++)
        if (word_is(T, i, set[k])) return 1;
    return 0;
}

static eg_cmd_scan_toks all_tokens(const rw *r) {
    eg_cmd_scan_toks T;
    T.tb = r->tb;
    T.t = r->t;
    T.n = r->nt;
    return T;
}

/* The tokens of g's segment; *s is its first token. */
static eg_cmd_scan_toks segment(const rw *r, uint32_t g, uint32_t *s) {
    eg_cmd_scan_toks T;
    *s = r->seg[2 * g];
    T.tb = r->tb;
    T.t = r->t + *s;
    T.n = r->seg[2 * g + 1] - *s;
    return T;
}

/* isInches: token k is "in" after a digit number and goes on with no word, or with a size word. */
static int is_inches(const rw *r, uint32_t k) {
    eg_cmd_scan_toks T = all_tokens(r);
    size_t q = t_end(r, k), at;
    uint32_t c;
    if (!word_is(&T, k, "in") || k == 0 || r->t[k - 1].kind != EG_CMD_TK_NUM || !inner_gap(r, t_end(r, k - 1), t_start(r, k))) return 0;
    for (;;) {
        if (q == r->n) return 1;
        at = q;
        c = cp_at(r, &at, r->n);
        if (!is_space(c)) break;
        q = at;
    }
    if (!is_ascii_alnum(c)) return 1;
    return k + 1 < r->nt && t_start(r, k + 1) == q && word_in(&T, k + 1, INCH_NEXT_WORDS, sizeof INCH_NEXT_WORDS / sizeof INCH_NEXT_WORDS[0]);
}

/* blockedNumber: a number glued to an ASCII letter or digit before it, or right after $ £ € ¥. */
static int blocked_number(const rw *r, uint32_t g) {
    const uint8_t *p = r->p;
    uint32_t a = t_start(r, g);
    if (r->t[g].kind != EG_CMD_TK_NUM || a == 0) return 0;
    if (is_ascii_alnum(p[a - 1]) || p[a - 1] == '$') return 1;
    if (a >= 2 && p[a - 2] == 0xC2 && (p[a - 1] == 0xA3 || p[a - 1] == 0xA5)) return 1; /* £ ¥ */
    return a >= 3 && p[a - 3] == 0xE2 && p[a - 2] == 0x82 && p[a - 1] == 0xAC;          /* € */
}

/* ------------------------------------------------------------------ quantities */

static const rw_target *target_of(const rw *r, int unit) {
    const char *id = eg_cmd_unit_id(unit);
    unsigned k;
    for (k = 0; id && k < r->n_targets; k++)
        if (strcmp(r->targets[k].from, id) == 0) return &r->targets[k];
    return NULL;
}

/* convertTo: the conversion rounded at the options' decimals, then reduced (2.50 -> 2.5). */
static int convert_to(const rw *r, int64_t v, int64_t s, int unit, const rw_target *tg, int *to, int64_t *ov, int64_t *os) {
    int64_t x, scale = 1;
    int k;
    *to = eg_cmd_unit_by_id(tg->to, strlen(tg->to));
    if (!eg_cmd_convert_units(v, s, unit, *to, r->decimals, &x)) return 0;
    for (k = 0; k < r->decimals; k++) scale *= 10;
    while (scale > 1 && x % 10 == 0) {
        x /= 10;
        scale /= 10;
    }
    *ov = x;
    *os = scale;
    return 1;
}

static void quantity_at(const rw *r, uint32_t g, rw_at *at) {
    uint32_t s, li, qend, end, first_end, e2;
    int64_t qv, qs, v, vs;
    int qu, unit, simple = 1;
    eg_cmd_scan_toks L;
    at->kind = AT_NONE;
    if (blocked_number(r, g)) return;
    L = segment(r, g, &s);
    li = g - s;
    if (!eg_cmd_quantity_at(&L, li, &qv, &qs, &qu, &qend) || qu < 0) return;
    unit = qu;
    v = qv;
    vs = qs;
    end = qend;
    first_end = qend;
    if ((word_is(&L, li, "a") || word_is(&L, li, "an")) && eg_cmd_unit_at(&L, li + 1, &e2) >= 0) {
        /* "a pound of flour" is a quantity; "£2 a pound", "30 miles a gallon" are rates */
        if (!word_is(&L, qend, "of")) return;
        simple = 0;
    } else {
        int64_t nv, ns, xv, xs;
        uint32_t nend, e, filler = 0, uend, n2end;
        int u;
        if (!eg_cmd_number_at(&L, li, &nv, &ns, &nend)) return;
        e = nend;
        if (word_is(&L, e, "of") && word_is(&L, e + 1, "a")) filler = 2;
        else if ((word_is(&L, e, "a") || word_is(&L, e, "an")) && eg_cmd_unit_at(&L, e + 1, &e2) >= 0) filler = 1;
        /* "half a mile" is a quantity; "2 a pound" is a price */
        if (filler > 0 && !(nv > 0 && nv < ns)) return;
        e += filler;
        u = eg_cmd_unit_at(&L, e, &uend);
        if (u >= 0) first_end = uend;
        if (u >= 0 && qend != uend) {
            /* a bare number after "and" is not an implied smaller unit: "3 feet and 2 kids" is 3 feet */
            int and_ = word_is(&L, uend, "and");
            simple = 0;
            if (and_ && eg_cmd_number_at(&L, uend + 1, &xv, &xs, &n2end) && n2end == qend) {
                unit = u;
                v = nv;
                vs = ns;
                end = uend;
                simple = 1;
            }
        }
    }
    /* areas, volumes and products are other quantities: "200 ft²", "5 ft2", "80 ft-lb" */
    {
        uint32_t endb = t_end(r, s + end - 1);
        const rw_target *tg;
        if (first_end < L.n && L.t[first_end].kind == EG_CMD_TK_NUM && t_start(r, s + first_end) == t_end(r, s + first_end - 1)) return;
        if (endb + 1u < r->n && r->p[endb] == 0xC2 && (r->p[endb + 1] == 0xB2 || r->p[endb + 1] == 0xB3)) return;
        if (end < L.n && t_start(r, s + end) == endb + 1u && r->p[endb] == '-' && eg_cmd_unit_at(&L, end, &e2) >= 0) return;
        if (word_is(&L, end, "sterling")) return;
        tg = target_of(r, unit);
        at->start = g;
        at->end = s + end;
        if (!tg || !convert_to(r, v, vs, unit, tg, &at->to, &at->v, &at->s)) {
            at->kind = AT_SKIP;
            return;
        }
        at->kind = AT_CONVERT;
        at->unit = unit;
        at->target = tg;
        at->simple = simple;
    }
}

static int chain_before(const rw *r, uint32_t g) {
    eg_cmd_scan_toks T = all_tokens(r);
    uint32_t here = t_start(r, g);
    if (g == 0) return 0;
    if (r->t[g - 1].kind == EG_CMD_TK_NUM) {
        long c = single(r, t_end(r, g - 1), here);
        return c == 0x2C || (c >= 0 && is_dash((uint32_t)c));
    }
    return (word_in(&T, g - 1, JOINER_WORDS, sizeof JOINER_WORDS / sizeof JOINER_WORDS[0]) || word_is(&T, g - 1, "and")) && g >= 2 &&
           r->t[g - 2].kind == EG_CMD_TK_NUM && spaces_only(r, t_end(r, g - 2), t_start(r, g - 1)) && spaces_only(r, t_end(r, g - 1), here);
}

enum { RANGE_NONE, RANGE_CONVERT, RANGE_SKIP };

/* rangeAt: a bare number joined to a convertible quantity; *first gets the number's tokens and value. */
static int range_at(const rw *r, uint32_t g, rw_at *first, rw_at *second) {
    eg_cmd_scan_toks L, T = all_tokens(r);
    uint32_t s, li, nend, qend, last, j, k;
    int64_t nv, ns, qv, qs;
    int qu, to;
    long c;
    if (r->t[g].kind == EG_CMD_TK_SYM || blocked_number(r, g)) return RANGE_NONE;
    L = segment(r, g, &s);
    li = g - s;
    if (!eg_cmd_number_at(&L, li, &nv, &ns, &nend) || !eg_cmd_quantity_at(&L, li, &qv, &qs, &qu, &qend) || qu >= 0 || qend != nend) return RANGE_NONE;
    last = s + nend - 1;
    j = last + 1;
    if (j >= r->nt) return RANGE_NONE;
    c = single(r, t_end(r, last), t_start(r, j));
    if (c >= 0 && is_dash((uint32_t)c)) k = j;
    else if (spaces_only(r, t_end(r, last), t_start(r, j)) && j + 1 < r->nt && spaces_only(r, t_end(r, j), t_start(r, j + 1)) &&
             (word_in(&T, j, JOINER_WORDS, sizeof JOINER_WORDS / sizeof JOINER_WORDS[0]) || (word_is(&T, j, "and") && g > 0 && word_is(&T, g - 1, "between"))))
        k = j + 1;
    else return RANGE_NONE;
    quantity_at(r, k, second);
    if (second->kind != AT_CONVERT || !second->simple) return RANGE_NONE;
    /* "3, 4 or 5 miles", "2 x 4 x 8 ft": a list before the range; converting two of its numbers would mislead */
    if (chain_before(r, g) || !convert_to(r, nv, ns, second->unit, second->target, &to, &first->v, &first->s)) return RANGE_SKIP;
    first->start = g;
    first->end = s + nend;
    return RANGE_CONVERT;
}

/* ------------------------------------------------------------------ output */

typedef struct rw_out {
    uint8_t *p;
    size_t cap, len;
    eg_cmd_rw_span *spans;
    size_t max_spans, n_spans;
} rw_out;

static void put(rw_out *o, const void *b, size_t n) {
    if (o->len + n <= o->cap) memcpy(o->p + o->len, b, n);
    o->len += n;
}

/* The input's bytes [a, b) as TextDecoder + TextEncoder give them: an ill-formed sequence becomes U+FFFD
 * (EF BF BD, the bytes of a well-formed U+FFFD too); every other code point is copied. */
static void put_text(rw_out *o, const rw *r, size_t a, size_t b) {
    while (a < b) {
        size_t from = a;
        if (cp_at(r, &a, b) == 0xFFFDu) put(o, "\357\277\275", 3);
        else put(o, r->p + from, a - from);
    }
}

/* One replacement: the input tokens [ta, tb) become the value (and " symbol" when symbol is not NULL). */
static void put_rewrite(rw_out *o, const rw *r, uint32_t ta, uint32_t tb, int64_t v, int64_t s, const char *symbol, int from, int to) {
    char num[40];
    size_t start = o->len;
    put(o, num, eg_cmd_format_fixed(v, s, num, sizeof num));
    if (symbol) {
        put(o, " ", 1);
        put(o, symbol, strlen(symbol));
    }
    if (o->spans && o->n_spans < o->max_spans) {
        eg_cmd_rw_span *sp = &o->spans[o->n_spans];
        sp->in_start = t_start(r, ta);
        sp->in_end = t_end(r, tb - 1);
        sp->out_start = (uint32_t)start;
        sp->out_end = (uint32_t)o->len;
        sp->from_unit = from;
        sp->to_unit = to;
    }
    o->n_spans++;
}

const char *eg_cmd_rewrite_target(unsigned direction, unsigned k, const char **to, const char **symbol) {
    const rw_target *t = direction == EG_CMD_RW_TO_METRIC ? (k < N_METRIC ? &TO_METRIC[k] : NULL)
                         : direction == EG_CMD_RW_TO_IMPERIAL ? (k < N_IMPERIAL ? &TO_IMPERIAL[k] : NULL) : NULL;
    if (!t) return NULL;
    if (to) *to = t->to;
    if (symbol) *symbol = t->symbol;
    return t->from;
}

int eg_cmd_rewrite(const uint8_t *text, size_t len, const eg_cmd_rw_opts *opts, uint8_t *out, size_t cap, size_t *out_len,
                   eg_cmd_rw_span *spans, size_t max_spans, size_t *n_spans, uint8_t *scratch, size_t scratch_len) {
    rw r;
    rw_out o;
    size_t align;
    uint8_t *base;
    long nt;
    uint32_t k, g, at = 0;
    unsigned direction = opts ? opts->direction : EG_CMD_RW_TO_METRIC;
    unsigned decimals = opts ? opts->decimals : EG_CMD_RW_DEFAULT_DECIMALS;
    if (!out_len || (!text && len > 0) || (!out && cap > 0) || !scratch || (spans && !n_spans) || direction > EG_CMD_RW_TO_IMPERIAL ||
        decimals > EG_CMD_RW_MAX_DECIMALS)
        return EG_CMD_REWRITE_OPTION;
    *out_len = 0;
    if (n_spans) *n_spans = 0;
    /* the scratch size in size_t: on a 32-bit target 29 x EG_CMD_REWRITE_MAX_LEN would wrap */
    if (len > EG_CMD_REWRITE_MAX_LEN || len > (SIZE_MAX - 32u) / 29u || scratch_len < EG_CMD_REWRITE_SCRATCH(len)) return EG_CMD_TOO_LARGE;
    /* scratch: [align][tokens: 12 x len][spans: 8 x len][segments: 8 x len][token texts: len]["inches"] */
    align = (size_t)((4u - ((uintptr_t)scratch & 3u)) & 3u);
    base = scratch + align;
    r.p = text;
    r.n = len;
    r.t = (eg_cmd_scan_tok *)(void *)base;
    r.src = (uint32_t *)(void *)(base + 12u * len);
    r.seg = (uint32_t *)(void *)(base + 20u * len);
    r.tb = base + 28u * len;
    r.targets = direction == EG_CMD_RW_TO_METRIC ? TO_METRIC : TO_IMPERIAL;
    r.n_targets = direction == EG_CMD_RW_TO_METRIC ? (unsigned)N_METRIC : (unsigned)N_IMPERIAL;
    r.decimals = (int)decimals;
    nt = eg_cmd_scan(text, len, r.t, len, r.tb, len, r.src);
    if (nt < 0) return EG_CMD_TOO_LARGE; /* cannot happen: at most one token and one text byte a byte */
    r.nt = (uint32_t)nt;
    memcpy(r.tb + len, INCHES, sizeof INCHES - 1);
    for (k = 0; k < r.nt; k++) {
        if (is_inches(&r, k)) {
            r.t[k].off = (uint32_t)len;
            r.t[k].len = (uint32_t)(sizeof INCHES - 1);
        }
    }
    for (k = 0; k < r.nt; k++) r.seg[2 * k] = k > 0 && inner_gap(&r, t_end(&r, k - 1), t_start(&r, k)) ? r.seg[2 * (k - 1)] : k;
    for (k = r.nt; k-- > 0;) r.seg[2 * k + 1] = k + 1 < r.nt && r.seg[2 * (k + 1)] == r.seg[2 * k] ? r.seg[2 * (k + 1) + 1] : k + 1;

    o.p = out;
    o.cap = cap;
    o.len = 0;
    o.spans = spans;
    o.max_spans = spans ? max_spans : 0;
    o.n_spans = 0;
    g = 0;
    while (g < r.nt) {
        rw_at m, first;
        quantity_at(&r, g, &m);
        if (m.kind == AT_CONVERT) {
            put_text(&o, &r, at, t_start(&r, m.start));
            put_rewrite(&o, &r, m.start, m.end, m.v, m.s, m.target->symbol, m.unit, m.to);
            at = t_end(&r, m.end - 1);
            g = m.end;
        } else if (m.kind == AT_SKIP) {
            g = m.end;
        } else {
            int rc = range_at(&r, g, &first, &m);
            if (rc == RANGE_CONVERT) {
                put_text(&o, &r, at, t_start(&r, first.start));
                put_rewrite(&o, &r, first.start, first.end, first.v, first.s, NULL, m.unit, m.to);
                put_text(&o, &r, t_end(&r, first.end - 1), t_start(&r, m.start));
                put_rewrite(&o, &r, m.start, m.end, m.v, m.s, m.target->symbol, m.unit, m.to);
                at = t_end(&r, m.end - 1);
                g = m.end;
            } else if (rc == RANGE_SKIP) g = m.end;
            else g++;
        }
    }
    put_text(&o, &r, at, len);
    *out_len = o.len;
    if (n_spans) *n_spans = o.n_spans;
    if (o.len > cap || (spans && o.n_spans > max_spans)) return EG_CMD_TOO_LARGE;
    return EG_OK;
}
