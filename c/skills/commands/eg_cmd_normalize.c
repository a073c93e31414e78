/* Value normalizers of the structured-commands skill <-> src/skills/commands/normalize/ (TS), step by
 * step (the function names follow the TS ones). Integer only: a TS BigInt intermediate followed by
 * fixedOf (|x| <= 10^15 - 1) is a bounded multiply here that fails exactly when the result would be
 * out of range; convert's int64 steps are checked like the TS i64(); compoundAt, the one place where
 * two out-of-int64 terms may cancel, uses 128-bit limbs. */
#include "eg_cmd_normalize.h"
#include "eg_utf8.h"
#include "eg_cmd_units_table.h"
#include "eg_cmd_words_table.h"
#include "eg_hash.h"
#include <string.h>

#define MAXF INT64_C(999999999999999)
#define MAX_DECIMALS 6
#define MAX_INT_DIGITS 15
#define DEFAULT_DECIMALS 2
#define I64_MAX INT64_C(9223372036854775807)
#define I64_MIN (-I64_MAX - 1)

enum { TK_NUM = EG_CMD_TK_NUM, TK_WORD = EG_CMD_TK_WORD, TK_SYM = EG_CMD_TK_SYM };

typedef eg_cmd_scan_tok tok;   /* off: into the token text buffer */
/* The parsers' view of the tokens: eg_cmd_scan_toks's fields, plus an optional memo of the indices
 * where parse_number_at fails. The grammar classes (eg_cmd_grammar.c) try every parser at every
 * token, and parseNumberAt runs inside most of them: up to five times per token, nearly always to
 * fail; the memo answers the repeats (the parsers are pure in (tokens, i), so the answers are the same). */
typedef struct toks {
    const uint8_t *tb;
    const eg_cmd_scan_tok *t;
    uint32_t n;
    uint32_t *num_fail; /* bit i set: parse_number_at(i) fails; NULL: no memo */
} toks;

static toks toks_of(const eg_cmd_scan_toks *P) {
    toks T;
    T.tb = P->tb;
    T.t = P->t;
    T.n = P->n;
    T.num_fail = NULL;
    return T;
}

typedef struct fx {
    int64_t v;
    int64_t s;
} fx;

static const int64_t POW10[7] = { 1, 10, 100, 1000, 10000, 100000, 1000000 };

/* ------------------------------------------------------------------ scanner (tokens.ts) */

static int is_digit(uint8_t c) { return c >= '0' && c <= '9'; }
static int is_letter(uint8_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int is_rquote(const uint8_t *p, size_t j, size_t n) {
    return j + 2 < n && p[j] == 0xE2 && p[j + 1] == 0x80 && p[j + 2] == 0x99;
}

/* Scans p[0..n) into tokens (at most cap_t) with their texts in tb (at most cap_b bytes). Returns the
 * token count, or -1 when a capacity was too small. Bytes that are not ASCII letters, digits, the
 * joiners, '°' (C2 B0) or '’' (E2 80 99) between letters separate tokens; C2 and E2 are never
 * continuation bytes, so reading them at any byte position is what a UTF-8 decoder would see. */
static long scan(const uint8_t *p, size_t n, tok *t, size_t cap_t, uint8_t *tb, size_t cap_b, uint32_t *src) {
    size_t i = 0, nt = 0, nb = 0;
    int prev_alnum = 0;
    while (i < n) {
        uint8_t c = p[i];
        int sign = (c == '-' || c == '+') && i + 1 < n && is_digit(p[i + 1]) && !prev_alnum;
        if (is_digit(c) || sign) {
            size_t j = i + 1, s = c == '+' ? i + 1 : i;
            while (j < n && (is_digit(p[j]) || ((p[j] == '.' || p[j] == ',' || p[j] == ':' || p[j] == '/') && j + 1 < n && is_digit(p[j + 1])))) j++;
            if (nt >= cap_t || nb + (j - s) > cap_b) return -1;
            t[nt].off = (uint32_t)nb;
            t[nt].len = (uint32_t)(j - s);
            t[nt].kind = TK_NUM;
            memcpy(tb + nb, p + s, j - s);
            nb += j - s;
            if (src) {
                src[2 * nt] = (uint32_t)i;
                src[2 * nt + 1] = (uint32_t)j;
            }
            nt++;
            i = j;
            prev_alnum = 1;
        } else if (is_letter(c)) {
            size_t j = i, start = nb;
            if (nt >= cap_t) return -1;
            for (;;) {
                uint8_t o;
                if (j < n && is_letter(p[j])) {
                    o = (uint8_t)(p[j] >= 'A' && p[j] <= 'Z' ? p[j] + 0x20 : p[j]);
                    j++;
                } else if (j < n && p[j] == '\'' && j + 1 < n && is_letter(p[j + 1])) {
                    o = '\'';
                    j++;
                } else if (is_rquote(p, j, n) && j + 3 < n && is_letter(p[j + 3])) {
                    o = '\'';
                    j += 3;
                } else break;
                if (nb >= cap_b) return -1;
                tb[nb++] = o;
            }
            t[nt].off = (uint32_t)start;
            t[nt].len = (uint32_t)(nb - start);
            t[nt].kind = TK_WORD;
            if (src) {
                src[2 * nt] = (uint32_t)i;
                src[2 * nt + 1] = (uint32_t)j;
            }
            nt++;
            i = j;
            prev_alnum = 1;
        } else if (c == 0xC2 && i + 1 < n && p[i + 1] == 0xB0) {
            if (nt >= cap_t || nb + 2 > cap_b) return -1;
            t[nt].off = (uint32_t)nb;
            t[nt].len = 2;
            t[nt].kind = TK_SYM;
            tb[nb++] = 0xC2;
            tb[nb++] = 0xB0;
            if (src) {
                src[2 * nt] = (uint32_t)i;
                src[2 * nt + 1] = (uint32_t)(i + 2);
            }
            nt++;
            i += 2;
            prev_alnum = 0;
        } else {
            i++;
            prev_alnum = 0;
        }
    }
    return (long)nt;
}

/* ------------------------------------------------------------------ token helpers */

/* Token i's text is the NUL-terminated w. A token's text never holds a NUL byte, so the scan stops at
 * the first difference (nearly always the first byte) without measuring w: the grammar classes call
 * this for every table word at every token, and strlen + memcmp made it the parser's hottest path. */
static int eq(const toks *T, uint32_t i, const char *w) {
    const uint8_t *p;
    uint32_t l, k;
    if (i >= T->n) return 0;
    p = T->tb + T->t[i].off;
    l = T->t[i].len;
    for (k = 0; k < l; k++)
        if (p[k] != (uint8_t)w[k]) return 0;
    return w[l] == '\0';
}

static int is_word(const toks *T, uint32_t i) { return i < T->n && T->t[i].kind == TK_WORD; }

/* word(tokens, i) === w */
static int word_is(const toks *T, uint32_t i, const char *w) { return is_word(T, i) && eq(T, i, w); }

static uint32_t match_seq(const toks *T, uint32_t i, const char *const *seq, uint32_t m) {
    uint32_t k;
    if (m == 0 || (uint64_t)i + m > T->n) return 0;
    for (k = 0; k < m; k++)
        if (!eq(T, i + k, seq[k])) return 0;
    return m;
}

/* `word(tokens, i) in table` (own keys): the index, or -1. */
static int in_table(const toks *T, uint32_t i, const eg_cmd_word *tab, int n) {
    int k;
    uint8_t first;
    if (!is_word(T, i) || T->t[i].len == 0u) return -1;
    first = T->tb[T->t[i].off];
    for (k = 0; k < n; k++)
        if ((uint8_t)tab[k].w[0] == first && eq(T, i, tab[k].w)) return k; /* most words differ at once */
    return -1;
}

static const uint8_t *ttext(const toks *T, uint32_t i) { return T->tb + T->t[i].off; }

static int has_byte(const uint8_t *p, size_t n, uint8_t c) { return memchr(p, c, n) != NULL; }

/* ------------------------------------------------------------------ fixed point (fixed.ts) */

static int64_t iabs64(int64_t x) { return x < 0 ? -x : x; }

/* fixedOf(a * k) for |a| <= MAXF, 0 < k: 0 when out of range. */
static int mul_bounded(int64_t a, int64_t k, int64_t *out) {
    if (iabs64(a) > MAXF / k) return 0;
    *out = a * k;
    return 1;
}

static int rescale_up(fx f, int64_t scale, int64_t *out) { return mul_bounded(f.v, scale / f.s, out); }

static int add_fixed(fx a, fx b, fx *out) {
    int64_t scale = a.s > b.s ? a.s : b.s, x, y, z;
    if (!rescale_up(a, scale, &x) || !rescale_up(b, scale, &y)) return 0;
    z = x + y;
    if (iabs64(z) > MAXF) return 0;
    out->v = z;
    out->s = scale;
    return 1;
}

static int mul_int(fx a, int64_t k, fx *out) {
    out->s = a.s;
    return mul_bounded(a.v, k, &out->v);
}

static fx reduce(fx f) {
    while (f.s > 1 && f.v % 10 == 0) {
        f.v /= 10;
        f.s /= 10;
    }
    return f;
}

/* n / d rounded half away from zero, d > 0. */
static int64_t div_round_half_away(int64_t n, int64_t d) {
    int64_t q = n / d, r = n % d, ar = r < 0 ? -r : r;
    if (ar >= d - ar) return n < 0 ? q - 1 : q + 1;
    return q;
}

static int add_i64(int64_t a, int64_t b, int64_t *out) {
    if ((b > 0 && a > I64_MAX - b) || (b < 0 && a < I64_MIN - b)) return 0;
    *out = a + b;
    return 1;
}

static int mul_i64(int64_t a, int64_t b, int64_t *out) {
    if (a == 0 || b == 0) {
        *out = 0;
        return 1;
    }
    if (a > 0) {
        if (b > 0 ? a > I64_MAX / b : b < I64_MIN / a) return 0;
    } else {
        if (b > 0 ? a < I64_MIN / b : (a != 0 && b < I64_MAX / a)) return 0;
    }
    *out = a * b;
    return 1;
}

size_t eg_cmd_format_fixed(int64_t value, int64_t scale, char *out, size_t cap) {
    char d[24];
    int k = -1, nd = 0, i;
    size_t len = 0;
    uint64_t u;
    for (i = 0; i <= MAX_DECIMALS; i++)
        if (POW10[i] == scale) k = i;
    if (k < 0 || iabs64(value) > INT64_C(9007199254740991)) return 0;
    u = (uint64_t)iabs64(value);
    do {
        d[nd++] = (char)('0' + (int)(u % 10));
        u /= 10;
    } while (u > 0);
    while (nd < k + 1) d[nd++] = '0';
    if (cap == 0) return 0;
#define PUT(c) do { if (len + 1 < cap) out[len] = (c); len++; } while (0)
    if (value < 0) PUT('-');
    for (i = nd - 1; i >= k; i--) PUT(d[i]);
    if (k > 0) {
        PUT('.');
        for (i = k - 1; i >= 0; i--) PUT(d[i]);
    }
#undef PUT
    out[len < cap ? len : cap - 1] = '\0';
    return len;
}

/* ------------------------------------------------------------------ numbers (number.ts) */

typedef struct nmatch {
    fx value;
    uint32_t end;
} nmatch;

static int all_digits(const uint8_t *p, size_t n) {
    size_t i;
    if (n == 0) return 0;
    for (i = 0; i < n; i++)
        if (!is_digit(p[i])) return 0;
    return 1;
}

/* Appends decimal digits to acc; 0 when it exceeds MAXF (it only grows). */
static int acc_digits(int64_t *acc, const uint8_t *p, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) {
        if (*acc > (MAXF - (p[i] - '0')) / 10) return 0;
        *acc = *acc * 10 + (p[i] - '0');
    }
    return 1;
}

static int parse_fraction(const uint8_t *a, size_t al, const uint8_t *b, size_t bl, fx *out) {
    int64_t num = 0, den = 0;
    int k;
    if (!all_digits(a, al) || !all_digits(b, bl) || al > MAX_INT_DIGITS || bl > MAX_DECIMALS + 1) return 0;
    if (!acc_digits(&den, b, bl) || !acc_digits(&num, a, al)) return 0;
    if (den == 0) return 0;
    for (k = 0; k <= MAX_DECIMALS; k++) {
        if (POW10[k] % den == 0) {
            out->s = POW10[k];
            return mul_bounded(num, POW10[k] / den, &out->v);
        }
    }
    return 0;
}

static int parse_digits(const uint8_t *p, size_t n, fx *out) {
    int neg = n > 0 && p[0] == '-';
    const uint8_t *b = neg ? p + 1 : p;
    size_t bl = neg ? n - 1 : n, i, dot = bl, ndots = 0;
    fx f;
    if (has_byte(b, bl, ':')) return 0;
    if (has_byte(b, bl, '/')) {
        size_t sl = 0, ns = 0;
        for (i = 0; i < bl; i++)
            if (b[i] == '/') {
                ns++;
                sl = i;
            }
        if (ns != 1 || !parse_fraction(b, sl, b + sl + 1, bl - sl - 1, &f)) return 0;
    } else {
        uint8_t digits[64];
        size_t nint = 0, fl;
        int64_t acc = 0;
        for (i = 0; i < bl; i++)
            if (b[i] == '.') {
                if (ndots == 0) dot = i;
                ndots++;
            }
        if (ndots > 1) return 0;
        /* stripThousands */
        if (has_byte(b, dot, ',')) {
            size_t g = 0, glen = 0, gi = 0;
            for (i = 0; i <= dot; i++) {
                if (i == dot || b[i] == ',') {
                    if (g == 0 ? (glen < 1 || glen > 3) : glen != 3) return 0;
                    g++;
                    glen = 0;
                    (void)gi;
                } else {
                    if (nint >= sizeof digits) return 0; /* > 15 digits anyway */
                    digits[nint++] = b[i];
                    glen++;
                }
            }
        } else {
            if (dot > sizeof digits) return 0;
            memcpy(digits, b, dot);
            nint = dot;
        }
        fl = ndots == 1 ? bl - dot - 1 : 0;
        if (!all_digits(digits, nint) || nint > MAX_INT_DIGITS || (ndots == 1 && !all_digits(b + dot + 1, fl))) return 0;
        if (!acc_digits(&acc, digits, nint)) return 0;
        if (fl <= MAX_DECIMALS) {
            if (!acc_digits(&acc, b + dot + 1, fl)) return 0;
            f.v = acc;
            f.s = POW10[fl];
        } else {
            if (!acc_digits(&acc, b + dot + 1, MAX_DECIMALS)) return 0;
            if (b[dot + 1 + MAX_DECIMALS] >= '5') {
                if (acc + 1 > MAXF) return 0;
                acc++;
            }
            f.v = acc;
            f.s = POW10[MAX_DECIMALS];
        }
    }
    if (neg) f.v = -f.v;
    *out = f;
    return 1;
}

static int is_number_word(const toks *T, uint32_t i) {
    return in_table(T, i, eg_cmd_unit_words, EG_CMD_UNIT_WORDS_N) >= 0 || in_table(T, i, eg_cmd_teen_words, EG_CMD_TEEN_WORDS_N) >= 0 ||
           in_table(T, i, eg_cmd_tens_words, EG_CMD_TENS_WORDS_N) >= 0;
}

enum { L_NONE, L_UNIT, L_TEEN, L_TENS, L_HUNDRED, L_SCALE };

static int parse_whole_words(const toks *T, uint32_t i, int64_t *value, uint32_t *end) {
    int64_t total = 0, group = 0, last_scale = INT64_C(9007199254740991);
    int last = L_NONE, k;
    uint32_t j = i;
    for (;;) {
        if (!is_word(T, j)) break;
        if ((k = in_table(T, j, eg_cmd_unit_words, EG_CMD_UNIT_WORDS_N)) >= 0) {
            if (last == L_UNIT || last == L_TEEN) break;
            group += eg_cmd_unit_words[k].v;
            last = L_UNIT;
        } else if ((k = in_table(T, j, eg_cmd_teen_words, EG_CMD_TEEN_WORDS_N)) >= 0) {
            if (last == L_UNIT || last == L_TEEN || last == L_TENS) break;
            group += eg_cmd_teen_words[k].v;
            last = L_TEEN;
        } else if ((k = in_table(T, j, eg_cmd_tens_words, EG_CMD_TENS_WORDS_N)) >= 0) {
            if (last == L_UNIT || last == L_TEEN || last == L_TENS) break;
            group += eg_cmd_tens_words[k].v;
            last = L_TENS;
        } else if (eq(T, j, EG_CMD_HUNDRED_WORD)) {
            if (last == L_HUNDRED || group >= 100) break;
            group = (group == 0 ? 1 : group) * 100;
            last = L_HUNDRED;
        } else if ((k = in_table(T, j, eg_cmd_scale_words, EG_CMD_SCALE_WORDS_N)) >= 0) {
            int64_t s = eg_cmd_scale_words[k].v;
            if (s >= last_scale) break;
            total += (group == 0 ? 1 : group) * s;
            group = 0;
            last_scale = s;
            last = L_SCALE;
        } else if ((eq(T, j, "a") || eq(T, j, "an")) && last == L_NONE) {
            if (word_is(T, j + 1, EG_CMD_COUPLE_WORD)) {
                static const char *const of[1] = { "of" };
                group = 2;
                last = L_UNIT;
                j += match_seq(T, j + 2, of, 1) > 0 ? 3 : 2;
                continue;
            }
            if (!word_is(T, j + 1, EG_CMD_HUNDRED_WORD) && !word_is(T, j + 1, EG_CMD_DOZEN_WORD) &&
                in_table(T, j + 1, eg_cmd_scale_words, EG_CMD_SCALE_WORDS_N) < 0)
                break;
            group = 1;
            last = L_UNIT;
        } else if (eq(T, j, "and") && (last == L_HUNDRED || last == L_SCALE) && is_number_word(T, j + 1)) {
            /* "one hundred and five" */
        } else break;
        j++;
    }
    if (last == L_NONE) return 0;
    *value = total + group;
    *end = j;
    return 1;
}

static int fraction_at(const toks *T, uint32_t i, nmatch *m) {
    int k;
    for (k = 0; k < EG_CMD_N_FRACTIONS; k++) {
        uint32_t n = match_seq(T, i, eg_cmd_fractions[k].w, eg_cmd_fractions[k].n);
        if (n > 0) {
            m->value.v = eg_cmd_fractions[k].value;
            m->value.s = eg_cmd_fractions[k].scale;
            m->end = i + n;
            return 1;
        }
    }
    return 0;
}

static uint32_t dozen_at(const toks *T, uint32_t i) {
    if (word_is(T, i, EG_CMD_DOZEN_WORD)) return i + 1;
    if (word_is(T, i, "a") && word_is(T, i + 1, EG_CMD_DOZEN_WORD)) return i + 2;
    return i;
}

static int point_decimals_at(const toks *T, uint32_t i, nmatch *m) {
    int64_t v = 0;
    int nd = 0, k;
    uint32_t j = i + 1;
    if (!word_is(T, i, "point")) return 0;
    while (nd < MAX_DECIMALS && (k = in_table(T, j, eg_cmd_decimal_digit_words, EG_CMD_DECIMAL_DIGIT_WORDS_N)) >= 0) {
        v = v * 10 + eg_cmd_decimal_digit_words[k].v;
        nd++;
        j++;
    }
    if (nd == 0) return 0;
    m->value.v = v;
    m->value.s = POW10[nd];
    m->end = j;
    return 1;
}

static int parse_unsigned_at(const toks *T, uint32_t i, nmatch *out) {
    fx value;
    uint32_t end, after;
    nmatch af;
    if (i >= T->n) return 0;
    if (T->t[i].kind == TK_NUM) {
        const uint8_t *tx = ttext(T, i);
        uint32_t tl = T->t[i].len;
        int k;
        if (!parse_digits(tx, tl, &value)) return 0;
        end = i + 1;
        if (end < T->n && T->t[end].kind == TK_NUM && has_byte(ttext(T, end), T->t[end].len, '/') && !has_byte(tx, tl, '/') &&
            !has_byte(tx, tl, '.')) {
            fx frac;
            if (parse_digits(ttext(T, end), T->t[end].len, &frac) && frac.v >= 0 && frac.v < frac.s) {
                if (!add_fixed(value, frac, &value)) return 0;
                end++;
            }
        }
        if (eq(T, end, EG_CMD_HUNDRED_WORD) && is_word(T, end)) {
            if (!mul_int(value, 100, &value)) return 0;
            end++;
        } else if ((k = in_table(T, end, eg_cmd_scale_words, EG_CMD_SCALE_WORDS_N)) >= 0) {
            if (!mul_int(value, eg_cmd_scale_words[k].v, &value)) return 0;
            end++;
        }
    } else {
        nmatch fr, dec;
        int64_t wv = 0;
        uint32_t wend = 0;
        int has_frac = fraction_at(T, i, &fr);
        int has_whole = parse_whole_words(T, i, &wv, &wend);
        if (has_frac && (!has_whole || fr.end >= wend)) {
            value = fr.value;
            end = fr.end;
        } else if (has_whole) {
            value.v = wv;
            value.s = 1;
            end = wend;
            if (point_decimals_at(T, end, &dec)) {
                if (!add_fixed(value, dec.value, &value)) return 0;
                end = dec.end;
            }
        } else {
            if (!point_decimals_at(T, i, &dec)) return 0;
            value = dec.value;
            end = dec.end;
        }
    }
    if (word_is(T, end, "and") && fraction_at(T, end + 1, &af) && value.s == 1) {
        if (!add_fixed(value, af.value, &value)) return 0;
        end = af.end;
    }
    after = dozen_at(T, end);
    if (after > end) {
        if (!mul_int(value, EG_CMD_DOZEN, &value)) return 0;
        end = after;
    }
    if (iabs64(value.v) > MAXF) return 0;
    out->value = reduce(value);
    out->end = end;
    return 1;
}

static int parse_number_at_uncached(const toks *T, uint32_t i, nmatch *out) {
    if (in_table(T, i, eg_cmd_negative_words, EG_CMD_NEGATIVE_WORDS_N) >= 0) {
        if (!parse_unsigned_at(T, i + 1, out)) return 0;
        out->value.v = -out->value.v;
        return 1;
    }
    return parse_unsigned_at(T, i, out);
}

static int parse_number_at(const toks *T, uint32_t i, nmatch *out) {
    int ok;
    if (T->num_fail == NULL || i >= T->n) return parse_number_at_uncached(T, i, out);
    if ((T->num_fail[i >> 5] >> (i & 31u)) & 1u) return 0;
    ok = parse_number_at_uncached(T, i, out);
    if (!ok) T->num_fail[i >> 5] |= 1u << (i & 31u);
    return ok;
}

/* ------------------------------------------------------------------ 128-bit magnitudes (compoundAt) */

typedef struct u128 {
    uint32_t l[4];
} u128;

static u128 u128_of(uint64_t x) {
    u128 r;
    r.l[0] = (uint32_t)x;
    r.l[1] = (uint32_t)(x >> 32);
    r.l[2] = 0;
    r.l[3] = 0;
    return r;
}

/* x * y (y < 2^64), the low 128 bits (the products here stay below 2^100). */
static u128 u128_mul(u128 x, uint64_t y) {
    uint32_t yl[2];
    uint32_t r[4] = { 0, 0, 0, 0 };
    int a, b;
    yl[0] = (uint32_t)y;
    yl[1] = (uint32_t)(y >> 32);
    for (b = 0; b < 2; b++) {
        uint64_t carry = 0;
        for (a = 0; a + b < 4; a++) {
            uint64_t cur = (uint64_t)x.l[a] * yl[b] + r[a + b] + carry;
            r[a + b] = (uint32_t)cur;
            carry = cur >> 32;
        }
    }
    for (a = 0; a < 4; a++) x.l[a] = r[a];
    return x;
}

static u128 u128_add(u128 x, u128 y) {
    uint64_t carry = 0;
    int a;
    for (a = 0; a < 4; a++) {
        uint64_t cur = (uint64_t)x.l[a] + y.l[a] + carry;
        x.l[a] = (uint32_t)cur;
        carry = cur >> 32;
    }
    return x;
}

static u128 u128_sub(u128 x, u128 y) { /* x >= y */
    int64_t borrow = 0;
    int a;
    for (a = 0; a < 4; a++) {
        int64_t cur = (int64_t)x.l[a] - (int64_t)y.l[a] - borrow;
        borrow = cur < 0;
        x.l[a] = (uint32_t)(cur < 0 ? cur + (INT64_C(1) << 32) : cur);
    }
    return x;
}

static int u128_cmp(u128 x, u128 y) {
    int a;
    for (a = 3; a >= 0; a--)
        if (x.l[a] != y.l[a]) return x.l[a] < y.l[a] ? -1 : 1;
    return 0;
}

/* The u128 as an int64 magnitude <= MAXF, else 0. */
static int u128_small(u128 x, int64_t *out) {
    uint64_t v;
    if (x.l[2] || x.l[3]) return 0;
    v = ((uint64_t)x.l[1] << 32) | x.l[0];
    if (v > (uint64_t)MAXF) return 0;
    *out = (int64_t)v;
    return 1;
}

/* ------------------------------------------------------------------ quantities (quantity.ts) */

#define DIMS_ALL 0x1Fu
#define DIM_BIT(d) (1u << (d))

typedef struct qmatch {
    fx value;
    int unit; /* -1: none */
    uint32_t end;
} qmatch;

static const eg_cmd_conv *conv_of(int from, int to) {
    const eg_cmd_unit_def *f = &eg_cmd_units[from], *t = &eg_cmd_units[to];
    if (f->dim != t->dim) return NULL;
    return &eg_cmd_convs[f->conv_first + f->dim_index * f->dim_count + t->dim_index];
}

static int unit_at(const toks *T, uint32_t i, unsigned dims, uint32_t *end) {
    int k;
    for (k = 0; k < EG_CMD_N_ALIASES; k++) {
        const eg_cmd_unit_alias *a = &eg_cmd_unit_aliases[k];
        uint32_t n;
        if (!(dims & DIM_BIT(eg_cmd_units[a->unit].dim))) continue;
        n = match_seq(T, i, a->tok, a->n);
        if (n > 0) {
            *end = i + n;
            return a->unit;
        }
    }
    return -1;
}

static qmatch compound_at(const toks *T, qmatch first) {
    int big = first.unit, small, named;
    uint32_t j = first.end, nend = 0;
    nmatch num;
    const eg_cmd_conv *c;
    int64_t scale, r;
    u128 A, B;
    int aneg;
    if (eq(T, j, "and")) j++;
    if (!parse_number_at(T, j, &num) || num.value.v < 0) return first;
    named = unit_at(T, num.end, DIM_BIT(eg_cmd_units[big].dim), &nend);
    small = named >= 0 ? named : eg_cmd_implied_smaller[big];
    c = small >= 0 && small != big ? conv_of(big, small) : NULL;
    if (small < 0 || !c || c->add != 0 || c->div != 1 || c->mul <= 1) return first;
    scale = first.value.s > num.value.s ? first.value.s : num.value.s;
    aneg = first.value.v < 0;
    A = u128_mul(u128_mul(u128_of((uint64_t)iabs64(first.value.v)), (uint64_t)(scale / first.value.s)), (uint64_t)c->mul);
    B = u128_mul(u128_of((uint64_t)num.value.v), (uint64_t)(scale / num.value.s));
    if (!aneg) {
        if (!u128_small(u128_add(A, B), &r)) return first;
    } else if (u128_cmp(A, B) >= 0) {
        if (!u128_small(u128_sub(A, B), &r)) return first;
        r = -r;
    } else if (!u128_small(u128_sub(B, A), &r)) return first;
    first.value.v = r;
    first.value.s = scale;
    first.unit = small;
    first.end = named >= 0 ? nend : num.end;
    return first;
}

static const char *const DEGREE_WORDS[5] = { "degrees", "degree", "deg", "degs", "\302\260" };

static int parse_quantity_at(const toks *T, uint32_t i, unsigned dims, qmatch *out) {
    nmatch num;
    uint32_t end, e2;
    int u, k;
    if (is_word(T, i) && (eq(T, i, "a") || eq(T, i, "an"))) {
        u = unit_at(T, i + 1, dims, &e2);
        if (u >= 0) {
            out->value.v = 1;
            out->value.s = 1;
            out->unit = u;
            out->end = e2;
            return 1;
        }
    }
    if (!parse_number_at(T, i, &num)) return 0;
    end = num.end;
    if (eq(T, end, "of") && eq(T, end + 1, "a")) end += 2;
    else if ((eq(T, end, "a") || eq(T, end, "an")) && unit_at(T, end + 1, dims, &e2) >= 0) end += 1;
    u = unit_at(T, end, dims, &e2);
    out->value = num.value;
    if (u >= 0) {
        qmatch q;
        q.value = num.value;
        q.unit = u;
        q.end = e2;
        *out = compound_at(T, q);
        return 1;
    }
    for (k = 0; k < 5; k++) {
        if (eq(T, end, DEGREE_WORDS[k])) {
            u = unit_at(T, end + 1, DIM_BIT(EG_CMD_DIM_TEMPERATURE), &e2);
            if (u >= 0 && (dims & DIM_BIT(EG_CMD_DIM_TEMPERATURE))) {
                out->unit = u;
                out->end = e2;
                return 1;
            }
            out->unit = -1;
            out->end = end + 1;
            return 1;
        }
    }
    out->unit = -1;
    out->end = end;
    return 1;
}

static int find_quantity(const toks *T, unsigned dims, qmatch *out) {
    uint32_t i;
    for (i = 0; i < T->n; i++)
        if (parse_quantity_at(T, i, dims, out)) return 1;
    return 0;
}

/* convert(): 1 with the value, 0 on overflow. */
static int convert(fx v, int from, int to, int decimals, fx *out) {
    const eg_cmd_conv *c = conv_of(from, to);
    int64_t a, b, n, d;
    if (!c || decimals < 0 || decimals > MAX_DECIMALS) return 0;
    if (!mul_i64(v.v, c->mul, &a) || !mul_i64(c->add, v.s, &b) || !add_i64(a, b, &n) || !mul_i64(n, POW10[decimals], &n) ||
        !mul_i64(v.s, c->div, &d))
        return 0;
    n = div_round_half_away(n, d);
    if (iabs64(n) > MAXF) return 0;
    out->v = n;
    out->s = POW10[decimals];
    return 1;
}

/* findUnit(name): the id (case-sensitive), else an alias with the same scanned tokens; -1 none. */
static int find_unit(const uint8_t *name, size_t len) {
    tok t[EG_CMD_ALIAS_MAX_TOKENS];
    uint8_t tb[64];
    long nt;
    int k;
    toks T;
    for (k = 0; k < EG_CMD_N_UNITS; k++)
        if (strlen(eg_cmd_units[k].id) == len && memcmp(eg_cmd_units[k].id, name, len) == 0) return k;
    nt = scan(name, len, t, EG_CMD_ALIAS_MAX_TOKENS, tb, sizeof tb, NULL);
    if (nt <= 0) return -1; /* more tokens or longer words than any alias, or none */
    T.tb = tb;
    T.t = t;
    T.n = (uint32_t)nt;
    T.num_fail = NULL;
    for (k = 0; k < EG_CMD_N_ALIASES; k++)
        if (eg_cmd_unit_aliases[k].n == nt && match_seq(&T, 0, eg_cmd_unit_aliases[k].tok, eg_cmd_unit_aliases[k].n)) return eg_cmd_unit_aliases[k].unit;
    return -1;
}

/* ------------------------------------------------------------------ durations (duration.ts) */

static int duration_unit_at(const toks *T, uint32_t i, int64_t *secs) {
    int k = in_table(T, i, eg_cmd_duration_units, EG_CMD_DURATION_UNITS_N);
    if (k < 0) return 0;
    *secs = eg_cmd_duration_units[k].v;
    return 1;
}

typedef struct dterm {
    fx seconds;
    int64_t unit;
    uint32_t end;
} dterm;

static int term_at(const toks *T, uint32_t i, dterm *out) {
    static const char *const FILLERS[4][2] = { { "of", "an" }, { "of", "a" }, { "an", 0 }, { "a", 0 } };
    static const uint32_t FILLER_N[4] = { 2, 2, 1, 1 };
    fx value;
    uint32_t j;
    int64_t us;
    if (is_word(T, i) && (eq(T, i, "a") || eq(T, i, "an")) && duration_unit_at(T, i + 1, &us)) {
        value.v = 1;
        value.s = 1;
        j = i + 1;
    } else {
        nmatch num;
        int f;
        if (!parse_number_at(T, i, &num) || num.value.v < 0) return 0;
        value = num.value;
        j = num.end;
        for (f = 0; f < 4; f++) {
            uint32_t n = match_seq(T, j, FILLERS[f], FILLER_N[f]);
            if (n > 0 && duration_unit_at(T, j + n, &us)) {
                j += n;
                break;
            }
        }
    }
    if (!duration_unit_at(T, j, &us)) return 0;
    if (!mul_bounded(value.v, us, &out->seconds.v)) return 0;
    out->seconds.s = value.s;
    out->unit = us;
    out->end = j + 1;
    return 1;
}

static int is_1or2_digits(const toks *T, uint32_t i) {
    return i < T->n && T->t[i].len >= 1 && T->t[i].len <= 2 && all_digits(ttext(T, i), T->t[i].len);
}

static int small_num(const toks *T, uint32_t i) {
    const uint8_t *p = ttext(T, i);
    return T->t[i].len == 1 ? p[0] - '0' : (p[0] - '0') * 10 + (p[1] - '0');
}

/* A duration starting at token i: its seconds, and (when end_out is not NULL) the token after it. */
static int parse_duration_at(const toks *T, uint32_t i, int64_t *seconds, uint32_t *end_out) {
    dterm first, next;
    fx total;
    int ok = 1;
    int64_t last;
    uint32_t end;
    static const char *const A_HALF[2] = { "a", "half" };
    if (!term_at(T, i, &first)) return 0;
    total = first.seconds;
    last = first.unit;
    end = first.end;
    for (;;) {
        uint32_t j = end, half;
        int64_t smaller;
        if (is_word(T, j) && eq(T, j, "and")) j++;
        half = match_seq(T, j, A_HALF, 2);
        if (!half) half = match_seq(T, j, A_HALF + 1, 1);
        if (j > end && half > 0) {
            fx h;
            h.v = last * 5;
            h.s = 10;
            if (ok) ok = add_fixed(total, h, &total);
            end = j + half;
            continue;
        }
        if (term_at(T, j, &next) && next.unit < last) {
            if (ok) ok = add_fixed(total, next.seconds, &total);
            last = next.unit;
            end = next.end;
            continue;
        }
        smaller = last == 3600 ? 60 : last == 60 ? 1 : 0;
        if (j == end && j < T->n && T->t[j].kind == TK_NUM && smaller > 0 && is_1or2_digits(T, j) && !term_at(T, j, &next)) {
            fx b;
            b.v = small_num(T, j) * smaller;
            b.s = 1;
            if (ok) ok = add_fixed(total, b, &total);
            last = smaller;
            end = j + 1;
            continue;
        }
        break;
    }
    if (!ok) return 0;
    *seconds = div_round_half_away(total.v, total.s);
    if (end_out != NULL) *end_out = end;
    return 1;
}

/* ------------------------------------------------------------------ times of day (time-of-day.ts) */

enum { M_NONE = 0, M_AM, M_PM, M_NIGHT };

typedef struct tmatch {
    int minutes;
    int ambiguous;
    uint32_t end;
} tmatch;

static int meridiem_at(const toks *T, uint32_t i, uint32_t *end) {
    static const struct {
        uint32_t n;
        const char *w[3];
        int m;
    } P[11] = {
        { 3, { "in", "the", "morning" }, M_AM }, { 3, { "in", "the", "afternoon" }, M_PM }, { 3, { "in", "the", "evening" }, M_PM },
        { 2, { "at", "night", 0 }, M_NIGHT }, { 2, { "a", "m", 0 }, M_AM }, { 2, { "p", "m", 0 }, M_PM },
        { 1, { "am", 0, 0 }, M_AM }, { 1, { "pm", 0, 0 }, M_PM }, { 1, { "tonight", 0, 0 }, M_PM },
        { 2, { "this", "evening", 0 }, M_PM }, { 2, { "this", "morning", 0 }, M_AM },
    };
    int k;
    for (k = 0; k < 11; k++) {
        uint32_t n = match_seq(T, i, P[k].w, P[k].n);
        if (n > 0) {
            *end = i + n;
            return P[k].m;
        }
    }
    *end = i;
    return M_NONE;
}

static int small_int_at(const toks *T, uint32_t i, int max, int *n, uint32_t *end) {
    nmatch num;
    if (i >= T->n) return 0;
    if (T->t[i].kind == TK_NUM) {
        int v;
        if (!is_1or2_digits(T, i)) return 0;
        v = small_num(T, i);
        if (v > max) return 0;
        *n = v;
        *end = i + 1;
        return 1;
    }
    if (!parse_number_at(T, i, &num) || num.value.s != 1 || num.value.v < 0 || num.value.v > max) return 0;
    *n = (int)num.value.v;
    *end = num.end;
    return 1;
}

static int resolve_hour(int hour, int m, int *minutes, int *ambiguous) {
    int h;
    if (hour < 0 || hour > 23) return 0;
    if (m == M_NONE) {
        *minutes = hour * 60;
        *ambiguous = hour >= 1 && hour <= 12;
        return 1;
    }
    if (hour == 0 || hour > 12) return 0;
    h = hour % 12;
    if (m == M_PM) h += 12;
    if (m == M_NIGHT) h = hour == 12 ? 0 : hour <= 5 ? hour : hour + 12;
    *minutes = h * 60;
    *ambiguous = 0;
    return 1;
}

static int named_time(const toks *T, uint32_t i) {
    if (!is_word(T, i)) return -1;
    if (eq(T, i, "noon") || eq(T, i, "midday")) return 720;
    if (eq(T, i, "midnight")) return 0;
    return -1;
}

static int relative_at(const toks *T, uint32_t i, tmatch *out) {
    static const char *const PAST[2] = { "past", "after" };
    static const char *const TO[4] = { "to", "till", "til", "before" };
    int offset, past = 0, to = 0, k, named, bm, ba;
    uint32_t j = i;
    if (eq(T, j, "half")) {
        offset = 30;
        j++;
    } else if ((eq(T, j, "a") && eq(T, j + 1, "quarter")) || eq(T, j, "quarter")) {
        offset = 15;
        j += eq(T, j, "a") ? 2 : 1;
    } else {
        int n;
        uint32_t e;
        if (!small_int_at(T, j, 59, &n, &e)) return 0;
        offset = n;
        j = e;
        if (eq(T, j, "minutes") || eq(T, j, "minute") || eq(T, j, "mins")) j++;
    }
    for (k = 0; k < 2; k++) past |= eq(T, j, PAST[k]);
    for (k = 0; k < 4; k++) to |= eq(T, j, TO[k]);
    if (!past && !to) return 0;
    if (to && offset == 30) return 0;
    j++;
    named = named_time(T, j);
    if (named >= 0) {
        bm = named;
        ba = 0;
        j++;
    } else {
        int h, m;
        uint32_t e, me;
        if (!small_int_at(T, j, 12, &h, &e) || h == 0) return 0;
        m = meridiem_at(T, e, &me);
        if (!resolve_hour(h, m, &bm, &ba)) return 0;
        j = me;
    }
    bm += past ? offset : -offset;
    out->minutes = ((bm % 1440) + 1440) % 1440;
    out->ambiguous = ba;
    out->end = j;
    return 1;
}

static int oclock_at(const toks *T, uint32_t j) {
    static const char *const O1[1] = { "o'clock" };
    static const char *const O2[1] = { "oclock" };
    static const char *const O3[2] = { "o", "clock" };
    if (match_seq(T, j, O1, 1)) return 1;
    if (match_seq(T, j, O2, 1)) return 1;
    if (match_seq(T, j, O3, 2)) return 2;
    return 0;
}

static int clock_digits_at(const toks *T, uint32_t i, tmatch *out) {
    const uint8_t *p;
    uint32_t len, j, me;
    int hour, minute = 0, twenty_four = 0, oc, m, bm, ba;
    uint8_t sep = 0;
    if (i >= T->n || T->t[i].kind != TK_NUM) return 0;
    p = ttext(T, i);
    len = T->t[i].len;
    if (has_byte(p, len, ':')) sep = ':';
    else if (has_byte(p, len, '.')) sep = '.';
    if (sep) {
        const uint8_t *s = memchr(p, sep, len);
        uint32_t a = (uint32_t)(s - p), b = len - a - 1;
        if (has_byte(s + 1, b, sep) || a < 1 || a > 2 || !all_digits(p, a) || b != 2 || !all_digits(s + 1, 2)) return 0;
        hour = a == 1 ? p[0] - '0' : (p[0] - '0') * 10 + (p[1] - '0');
        minute = (s[1] - '0') * 10 + (s[2] - '0');
        twenty_four = a == 2 && p[0] == '0';
    } else if (len == 4 && all_digits(p, 4)) {
        hour = (p[0] - '0') * 10 + (p[1] - '0');
        minute = (p[2] - '0') * 10 + (p[3] - '0');
        twenty_four = 1;
    } else if (is_1or2_digits(T, i)) hour = small_num(T, i);
    else return 0;
    if (minute > 59) return 0;
    j = i + 1;
    if (!sep && !twenty_four && j < T->n && T->t[j].len == 2 && all_digits(ttext(T, j), 2) && T->t[j].kind == TK_NUM) {
        int mm = small_num(T, j);
        if (mm <= 59) {
            minute = mm;
            j++;
        }
    }
    oc = oclock_at(T, j);
    j += (uint32_t)oc;
    m = meridiem_at(T, j, &me);
    if (!sep && !twenty_four && !oc && m == M_NONE && j == i + 1) return 0;
    if (twenty_four && m == M_NONE) {
        bm = hour * 60;
        ba = 0;
    } else if (!resolve_hour(hour, m, &bm, &ba)) return 0;
    if (hour > 23) return 0;
    out->minutes = bm + minute;
    out->ambiguous = ba;
    out->end = me;
    return 1;
}

static int word_clock_at(const toks *T, uint32_t i, tmatch *out) {
    int named, hour, minute = 0, has_minute = 0, oc = 0, m, bm, ba;
    uint32_t j, me;
    if (i >= T->n || T->t[i].kind != TK_WORD) return 0;
    named = named_time(T, i);
    if (named >= 0) {
        out->minutes = named;
        out->ambiguous = 0;
        out->end = i + 1;
        return 1;
    }
    if (!small_int_at(T, i, 23, &hour, &j)) return 0;
    if (eq(T, j, "oh") || eq(T, j, "o")) {
        int d;
        uint32_t e;
        if (small_int_at(T, j + 1, 9, &d, &e)) {
            minute = d;
            j = e;
            has_minute = 1;
        }
    } else {
        int mm;
        uint32_t e;
        if (small_int_at(T, j, 59, &mm, &e) && mm >= 10) {
            minute = mm;
            j = e;
            has_minute = 1;
        }
    }
    if (!has_minute) {
        oc = oclock_at(T, j);
        j += (uint32_t)oc;
    }
    m = meridiem_at(T, j, &me);
    if (!has_minute && !oc && m == M_NONE) return 0;
    if (!resolve_hour(hour, m, &bm, &ba)) return 0;
    out->minutes = bm + minute;
    out->ambiguous = ba;
    out->end = me;
    return 1;
}

static int parse_time_of_day(const toks *T, int *minutes, int *ambiguous) {
    uint32_t i;
    tmatch t;
    for (i = 0; i < T->n; i++) {
        if (relative_at(T, i, &t) || clock_digits_at(T, i, &t) || word_clock_at(T, i, &t)) {
            *minutes = t.minutes;
            *ambiguous = t.ambiguous;
            return 1;
        }
    }
    for (i = 0; i < T->n; i++) {
        int h;
        uint32_t e, me;
        if (small_int_at(T, i, 23, &h, &e) && e == i + 1 && meridiem_at(T, e, &me) == M_NONE) return resolve_hour(h, M_NONE, minutes, ambiguous);
    }
    return 0;
}

/* ------------------------------------------------------------------ output text */

typedef struct obuf {
    uint8_t *p;
    size_t cap, len;
} obuf;

static void put_bytes(obuf *o, const void *s, size_t n) {
    if (o->len + n <= o->cap) memcpy(o->p + o->len, s, n);
    o->len += n;
}

static void put_uint(obuf *o, uint64_t v, int width) {
    char d[24];
    int n = 0;
    do {
        d[n++] = (char)('0' + (int)(v % 10));
        v /= 10;
    } while (v > 0);
    while (n < width) d[n++] = '0';
    while (n > 0) put_bytes(o, &d[--n], 1);
}

static void put_fixed(obuf *o, fx f, int unit) {
    char b[40];
    size_t n = eg_cmd_format_fixed(f.v, f.s, b, sizeof b);
    put_bytes(o, b, n);
    if (unit >= 0) {
        put_bytes(o, " ", 1);
        put_bytes(o, eg_cmd_units[unit].id, strlen(eg_cmd_units[unit].id));
    }
}

static void put_duration(obuf *o, int64_t s) {
    int64_t days = s / 86400, h, m;
    s -= days * 86400;
    h = s / 3600;
    s -= h * 3600;
    m = s / 60;
    s -= m * 60;
    if (days == 0) {
        put_bytes(o, "PT", 2);
        if (h == 0 && m == 0 && s == 0) put_bytes(o, "0S", 2);
    } else {
        put_bytes(o, "P", 1);
        put_uint(o, (uint64_t)days, 1);
        put_bytes(o, "D", 1);
        if (h > 0 || m > 0 || s > 0) put_bytes(o, "T", 1);
    }
    if (h > 0) {
        put_uint(o, (uint64_t)h, 1);
        put_bytes(o, "H", 1);
    }
    if (m > 0) {
        put_uint(o, (uint64_t)m, 1);
        put_bytes(o, "M", 1);
    }
    if (s > 0) {
        put_uint(o, (uint64_t)s, 1);
        put_bytes(o, "S", 1);
    }
}

/* ------------------------------------------------------------------ UTF-8 (WHATWG decoder) */

/* One code point at p[0..n) (n > 0): its bytes consumed; U+FFFD for an ill-formed sequence, which
 * consumes its maximal subpart (the byte that broke it is read again). */
static size_t u8_next(const uint8_t *p, size_t n, uint32_t *cp) {
    size_t pos = 0;
    *cp = eg_utf8_next(p, n, &pos);
    return pos;
}

/* String.prototype.trim's white space (WhiteSpace + LineTerminator). */
static int js_space(uint32_t c) {
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
           c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

/* ------------------------------------------------------------------ entities (entity.ts, values.ts) */

static int find_sorted(const uint8_t *arr, uint32_t n, uint32_t stride, uint32_t key, uint32_t *at) {
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2, v = eg_rd_u32(arr + (size_t)mid * stride);
        if (v == key) {
            *at = mid;
            return 1;
        }
        if (v < key) lo = mid + 1;
        else hi = mid;
    }
    return 0;
}

/* ------------------------------------------------------------------ normalizeValue (index.ts) */

static int normalize_measure(const eg_cmd_slot_schema *schema, const toks *T, eg_cmd_value *out, obuf *ob) {
    int temp = schema->type == EG_CMD_SLOT_TEMPERATURE, target = -1, from;
    unsigned dims;
    qmatch q, written;
    fx value;
    if (schema->unit) {
        target = find_unit(schema->unit, schema->unit_len);
        if (target < 0) return 0;
        if ((eg_cmd_units[target].dim == EG_CMD_DIM_TEMPERATURE) != temp) return 0;
    }
    dims = temp ? DIM_BIT(EG_CMD_DIM_TEMPERATURE) : target >= 0 ? DIM_BIT(eg_cmd_units[target].dim) : 0x0Fu;
    if (!find_quantity(T, dims, &q)) return 0;
    if (q.unit < 0 && find_quantity(T, DIMS_ALL, &written) && written.unit >= 0 && !(dims & DIM_BIT(eg_cmd_units[written.unit].dim))) return 0;
    from = q.unit >= 0 ? q.unit : target >= 0 ? target : temp ? find_unit((const uint8_t *)"C", 1) : -1;
    if (from < 0) return 0;
    value = reduce(q.value);
    if (target >= 0) {
        if (!convert(q.value, from, target, schema->decimals == EG_CMD_NO_DECIMALS ? DEFAULT_DECIMALS : schema->decimals, &value)) return 0;
        from = target;
    }
    out->kind = temp ? EG_CMD_V_TEMPERATURE : EG_CMD_V_QUANTITY;
    out->value = value.v;
    out->scale = value.s;
    out->unit.ptr = (const uint8_t *)eg_cmd_units[from].id;
    out->unit.len = strlen(eg_cmd_units[from].id);
    put_fixed(ob, value, from);
    return 1;
}

static int normalize_entity(const eg_cmd_slot_schema *schema, const toks *T, const eg_cmd_entity_resolver *R, eg_cmd_value *out, obuf *ob) {
    uint32_t i, at, h;
    int has_def = R != NULL && schema->entity != EG_CMD_NO_ENTITY && schema->entity < R->n_entities;
    size_t start = ob->len;
    out->entity.ptr = (const uint8_t *)"";
    out->entity.len = 0;
    if (has_def) {
        const uint8_t *nm;
        size_t nl;
        if (!R->string || R->string(R->ctx, eg_rd_u32(R->cent + (size_t)schema->entity * 8), &nm, &nl) != 0) return EG_CMD_NORM_EARG;
        out->entity.ptr = nm;
        out->entity.len = nl;
    }
    for (i = 0; i < T->n; i++) {
        if (i > 0) put_bytes(ob, " ", 1);
        put_bytes(ob, ttext(T, i), T->t[i].len);
    }
    if (ob->len == start) return 0;
    if (ob->len > ob->cap) return EG_CMD_NORM_ESCRATCH;
    out->kind = EG_CMD_V_ENTITY;
    out->str.ptr = ob->p + start;
    out->str.len = ob->len - start;
    out->listed = 0;
    if (has_def) {
        h = eg_hash_feature(0x61, schema->entity, eg_hash_fnv1a(out->str.ptr, out->str.len, EG_FNV_OFFSET));
        if (R->cesy && find_sorted(R->cesy, R->n_synonyms, 8, h, &at)) {
            if (R->string(R->ctx, eg_rd_u32(R->cesy + (size_t)at * 8 + 4), &out->str.ptr, &out->str.len) != 0) return EG_CMD_NORM_EARG;
            out->listed = 1;
        } else if (R->ceky && find_sorted(R->ceky, R->n_keys, 4, h, &at)) {
            out->listed = 1;
        } else if (!(eg_rd_u32(R->cent + (size_t)schema->entity * 8 + 4) & 1u)) return 0;
    }
    out->text = out->str;
    return 1;
}

int eg_cmd_normalize(const eg_cmd_slot_schema *schema, const uint8_t *text, size_t len, const eg_cmd_entity_resolver *entities,
                     eg_cmd_value *out, uint8_t *scratch, size_t scratch_len) {
    size_t align, cap_t;
    tok *tk;
    uint8_t *tb;
    long nt;
    toks T;
    obuf ob;
    int rc = 0;
    if (!schema || !out || (!text && len > 0) || (!scratch && scratch_len > 0) || len > EG_CMD_NORMALIZE_MAX_LEN) return EG_CMD_NORM_EARG;
    if (scratch_len < EG_CMD_NORMALIZE_SCRATCH(len)) return EG_CMD_NORM_ESCRATCH;
    memset(out, 0, sizeof *out);
    out->unit.ptr = out->entity.ptr = out->str.ptr = out->text.ptr = (const uint8_t *)"";
    out->scale = 1;
    /* scratch: [align][tokens: 12 * len][token texts: len][canonical text: the rest] */
    align = (size_t)((4u - ((uintptr_t)scratch & 3u)) & 3u);
    tk = (tok *)(void *)(scratch + align);
    cap_t = len;
    tb = scratch + align + cap_t * sizeof(tok);
    if (schema->type == EG_CMD_SLOT_TEXT) {
        size_t a = 0, b = len, i = 0, last_end = 0;
        int first = 1;
        while (i < len) {
            uint32_t cp;
            size_t n = u8_next(text + i, len - i, &cp);
            if (!js_space(cp)) {
                if (first) a = i;
                first = 0;
                last_end = i + n;
            }
            i += n;
        }
        if (first) return EG_CMD_NORM_NONE;
        b = last_end;
        out->kind = EG_CMD_V_TEXT;
        out->text.ptr = text + a;
        out->text.len = b - a;
        return EG_CMD_NORM_VALUE;
    }
    nt = scan(text, len, tk, cap_t, tb, len, NULL);
    if (nt < 0) return EG_CMD_NORM_ESCRATCH;
    T.tb = tb;
    T.t = tk;
    T.n = (uint32_t)nt;
    T.num_fail = NULL;
    ob.p = tb + len;
    ob.cap = scratch_len - (size_t)(ob.p - scratch);
    ob.len = 0;
    switch (schema->type) {
    case EG_CMD_SLOT_NUMBER: {
        uint32_t i;
        nmatch m;
        for (i = 0; i < T.n; i++)
            if (parse_number_at(&T, i, &m)) break;
        if (i == T.n) return EG_CMD_NORM_NONE;
        out->kind = EG_CMD_V_NUMBER;
        out->value = m.value.v;
        out->scale = m.value.s;
        put_fixed(&ob, m.value, -1);
        rc = 1;
        break;
    }
    case EG_CMD_SLOT_QUANTITY:
    case EG_CMD_SLOT_TEMPERATURE:
        rc = normalize_measure(schema, &T, out, &ob);
        break;
    case EG_CMD_SLOT_DURATION: {
        uint32_t i;
        int64_t s = 0;
        for (i = 0; i < T.n; i++)
            if (parse_duration_at(&T, i, &s, NULL)) break;
        if (i == T.n) return EG_CMD_NORM_NONE;
        out->kind = EG_CMD_V_DURATION;
        out->value = s;
        put_duration(&ob, s);
        rc = 1;
        break;
    }
    case EG_CMD_SLOT_TIME: {
        int minutes, amb;
        if (!parse_time_of_day(&T, &minutes, &amb)) return EG_CMD_NORM_NONE;
        out->kind = EG_CMD_V_TIME;
        out->value = minutes;
        out->ambiguous = amb;
        put_uint(&ob, (uint64_t)(minutes / 60), 2);
        put_bytes(&ob, ":", 1);
        put_uint(&ob, (uint64_t)(minutes % 60), 2);
        rc = 1;
        break;
    }
    case EG_CMD_SLOT_ENTITY:
        return normalize_entity(schema, &T, entities, out, &ob);
    default:
        return EG_CMD_NORM_NONE;
    }
    if (rc != 1) return rc;
    if (ob.len > ob.cap) return EG_CMD_NORM_ESCRATCH;
    out->text.ptr = ob.p;
    out->text.len = ob.len;
    return EG_CMD_NORM_VALUE;
}

/* ------------------------------------------------------------------ JSON.stringify */

static void put_json_str(obuf *o, eg_cmd_str s) {
    static const char HEX[] = "0123456789abcdef";
    size_t i = 0;
    put_bytes(o, "\"", 1);
    while (i < s.len) {
        uint32_t cp;
        size_t n = u8_next(s.ptr + i, s.len - i, &cp);
        if (cp == '"') put_bytes(o, "\\\"", 2);
        else if (cp == '\\') put_bytes(o, "\\\\", 2);
        else if (cp == '\b') put_bytes(o, "\\b", 2);
        else if (cp == '\f') put_bytes(o, "\\f", 2);
        else if (cp == '\n') put_bytes(o, "\\n", 2);
        else if (cp == '\r') put_bytes(o, "\\r", 2);
        else if (cp == '\t') put_bytes(o, "\\t", 2);
        else if (cp < 0x20) {
            char e[6] = { '\\', 'u', '0', '0', 0, 0 };
            e[4] = HEX[cp >> 4];
            e[5] = HEX[cp & 15];
            put_bytes(o, e, 6);
        } else if (cp == 0xFFFD) put_bytes(o, "\357\277\275", 3);
        else put_bytes(o, s.ptr + i, n);
        i += n;
    }
    put_bytes(o, "\"", 1);
}

static void put_int(obuf *o, int64_t v) {
    if (v < 0) {
        put_bytes(o, "-", 1);
        put_uint(o, (uint64_t)0 - (uint64_t)v, 1);
    } else put_uint(o, (uint64_t)v, 1);
}

static void put_key(obuf *o, const char *k) {
    put_bytes(o, ",\"", 2);
    put_bytes(o, k, strlen(k));
    put_bytes(o, "\":", 2);
}

size_t eg_cmd_value_json(const eg_cmd_value *v, char *out, size_t cap) {
    static const char *const KIND[7] = { "number", "quantity", "temperature", "duration", "time", "entity", "text" };
    obuf o;
    eg_cmd_str k;
    o.p = (uint8_t *)out;
    o.cap = cap;
    o.len = 0;
    if ((unsigned)v->kind > 6u) return 0;
    k.ptr = (const uint8_t *)KIND[v->kind];
    k.len = strlen(KIND[v->kind]);
    put_bytes(&o, "{\"kind\":", 8);
    put_json_str(&o, k);
    switch (v->kind) {
    case EG_CMD_V_NUMBER:
    case EG_CMD_V_QUANTITY:
    case EG_CMD_V_TEMPERATURE:
        put_key(&o, "value");
        put_int(&o, v->value);
        put_key(&o, "scale");
        put_int(&o, v->scale);
        if (v->kind != EG_CMD_V_NUMBER) {
            put_key(&o, "unit");
            put_json_str(&o, v->unit);
        }
        break;
    case EG_CMD_V_DURATION:
        put_key(&o, "seconds");
        put_int(&o, v->value);
        break;
    case EG_CMD_V_TIME:
        put_key(&o, "minutes");
        put_int(&o, v->value);
        put_key(&o, "ambiguous");
        put_bytes(&o, v->ambiguous ? "true" : "false", v->ambiguous ? 4 : 5);
        break;
    case EG_CMD_V_ENTITY:
        put_key(&o, "entity");
        put_json_str(&o, v->entity);
        put_key(&o, "value");
        put_json_str(&o, v->str);
        put_key(&o, "listed");
        put_bytes(&o, v->listed ? "true" : "false", v->listed ? 4 : 5);
        break;
    default:
        break;
    }
    put_key(&o, "text");
    put_json_str(&o, v->text);
    put_bytes(&o, "}", 1);
    if (o.len < cap) out[o.len] = '\0';
    return o.len;
}

/* ------------------------------------------------------------------ token-level entry points (eg_cmd_normalize.h) */

long eg_cmd_scan(const uint8_t *p, size_t n, eg_cmd_scan_tok *t, size_t cap_t, uint8_t *tb, size_t cap_b, uint32_t *src) {
    return scan(p, n, t, cap_t, tb, cap_b, src);
}

int eg_cmd_number_at(const eg_cmd_scan_toks *P, uint32_t i, int64_t *value, int64_t *scale, uint32_t *end) {
    nmatch m;
    toks T = toks_of(P);
    if (!parse_number_at(&T, i, &m)) return 0;
    *value = m.value.v;
    *scale = m.value.s;
    *end = m.end;
    return 1;
}

int eg_cmd_unit_at(const eg_cmd_scan_toks *P, uint32_t i, uint32_t *end) {
    toks T = toks_of(P);
    return unit_at(&T, i, DIMS_ALL, end);
}

int eg_cmd_quantity_at(const eg_cmd_scan_toks *P, uint32_t i, int64_t *value, int64_t *scale, int *unit, uint32_t *end) {
    qmatch q;
    toks T = toks_of(P);
    if (!parse_quantity_at(&T, i, DIMS_ALL, &q)) return 0;
    *value = q.value.v;
    *scale = q.value.s;
    *unit = q.unit;
    *end = q.end;
    return 1;
}

int eg_cmd_convert_units(int64_t value, int64_t scale, int from, int to, int decimals, int64_t *out) {
    fx v, r;
    if (from < 0 || from >= EG_CMD_N_UNITS || to < 0 || to >= EG_CMD_N_UNITS) return 0;
    v.v = value;
    v.s = scale;
    if (!convert(v, from, to, decimals, &r)) return 0;
    *out = r.v;
    return 1;
}

int eg_cmd_unit_by_id(const char *id, size_t len) {
    int k;
    for (k = 0; k < EG_CMD_N_UNITS; k++)
        if (strlen(eg_cmd_units[k].id) == len && memcmp(eg_cmd_units[k].id, id, len) == 0) return k;
    return -1;
}

const char *eg_cmd_unit_id(int unit) { return unit >= 0 && unit < EG_CMD_N_UNITS ? eg_cmd_units[unit].id : NULL; }
