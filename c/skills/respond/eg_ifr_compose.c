/* The composer (docs/format.md 6.5) <-> src/skills/respond/compose.ts. Strings are UTF-8 byte
 * ranges; JavaScript's string operations are mirrored by eg_ifr_unicode.c; the one floating-point
 * expression of the TypeScript composer (the words-per-sentence step) is reproduced exactly with
 * integer IEEE-754 division (eg_fdiv). */
#include <string.h>
#include "eg_ifr.h"
#include "eg_ifr_unicode.h"

#define MAX_ROUNDS 14
#define MAX_FILL EG_IFR_MAX_FILL
#define MAX_WORDS 8u
/* Fewest words a trimmed filler sentence keeps (compose.ts TRIM_KEEP; version 22). */
#define TRIM_KEEP 3

typedef struct knobs {
    int64_t fill, cap_boost;
    int64_t trim;                         /* words taken off part one's fillers (compose.ts Knobs.trim; version 22) */
    uint32_t n_kw, n_letter;
    uint32_t kw_idx[EG_IFR_MAX_LIST];     /* index into plan.kwfreq, insertion order */
    int64_t kw_extra[EG_IFR_MAX_LIST];
    uint32_t letter_idx[EG_IFR_MAX_LIST]; /* index into plan.letters */
    int64_t letter_extra[EG_IFR_MAX_LIST];
} knobs;

/* Adds `extra` to the entry for item i in (idx, extra)[0, *n), appending it (in first-seen order)
 * if absent. Lists hold at most EG_IFR_MAX_LIST items, as many as the plan list they index. */
static void add_extra(uint32_t *idx, int64_t *extra, uint32_t *n, uint32_t i, int64_t add) {
    uint32_t q;
    for (q = 0; q < *n && idx[q] != i; q++) {
    }
    if (q == *n) {
        idx[q] = i;
        extra[q] = 0;
        (*n)++;
    }
    extra[q] += add;
}

/* Most names a response echoes, and the least word ceiling that leaves room for them (compose.ts ECHO_MAX,
 * ECHO_ROOM_WORDS; version 16). */
#define ECHO_MAX 2u
#define ECHO_ROOM_WORDS 120

typedef struct ctx {
    const eg_ifr *r;
    eg_ifr_scratch *s;
    const eg_plan *plan;
    eg_str topic, title;
    eg_str *fillers;             /* s->cm.fillers */
    uint32_t n_fill;
    eg_str forbid[EG_IFR_MAX_LIST];
    uint32_t n_forbid;
    eg_str maxkw[EG_IFR_MAX_LIST];
    uint32_t n_maxkw;
    eg_str tight[EG_IFR_MAX_LIST];
    uint32_t n_tight;
    int64_t prefix_bullets;
    eg_str echo[ECHO_MAX];       /* names echoed from the prompt (echo_names) */
    uint32_t n_echo;
    eg_str *items, *specials;    /* s->cm */
    uint32_t *blk_off, *blk_len;
    int err;
} ctx;

static int64_t max64(int64_t a, int64_t b) { return a > b ? a : b; }
static int64_t min64(int64_t a, int64_t b) { return a < b ? a : b; }

/* ---------------------------------------------------------------- arena */

static eg_wr arena_wr(eg_ifr_scratch *s) {
    eg_wr w;
    w.p = s->arena + s->arena_used;
    w.n = 0;
    w.cap = EG_IFR_ARENA_CAP - s->arena_used;
    w.over = 0;
    return w;
}

static eg_str arena_done(ctx *c, eg_wr *w) {
    eg_str out;
    if (w->over) {
        c->err = EG_IFR_TOO_LARGE;
        w->n = 0;
    }
    out.p = w->p;
    out.n = w->n;
    c->s->arena_used += w->n;
    return out;
}

static eg_str arena_case(ctx *c, eg_str x, int upper) {
    eg_wr w = arena_wr(c->s);
    eg_wr_case(&w, x, upper);
    return arena_done(c, &w);
}

static eg_str cstr(const char *p) {
    eg_str s;
    s.p = (const uint8_t *)p;
    s.n = (uint32_t)strlen(p);
    return s;
}

/* ---------------------------------------------------------------- counters (approximate the verifier) */

/* eg_uni_is_word with ASCII answered here: the counters below ask it for every character of every
 * draft. */
static int word_cp(uint32_t cp) {
    if (cp < 0x80u) return cp == '_' || ((cp | 32u) >= 'a' && (cp | 32u) <= 'z') || (cp >= '0' && cp <= '9');
    return eg_uni_is_word(cp);
}

static uint32_t count_words(eg_str x) {
    uint32_t i = 0, n = 0, cp;
    int in = 0;
    while (i < x.n) {
        int w;
        cp = x.p[i];
        if (cp < 0x80u) i++; /* eg_u8_dec of an ASCII byte */
        else i += eg_u8_dec(x.p, x.n, i, &cp);
        w = word_cp(cp);
        if (w && !in) n++;
        in = w;
    }
    return n;
}

static int is_term(uint32_t cp) { return cp == '.' || cp == '!' || cp == '?' || cp == 0x964u || cp == 0x3002u || cp == 0x6D4u; }

static const char *const k_abbrev[13] = {"dr", "mr", "mrs", "ms", "vs", "etc", "i.e", "e.g", "u.s", "st", "jr", "sr", "no"};
static const uint8_t k_abbrev_len[13] = {2, 2, 3, 2, 2, 3, 3, 3, 3, 2, 2, 2, 2};

static uint32_t count_sentences(ctx *c, eg_str x) {
    uint32_t n = 0, i = 0, cp, l;
    int pending = 0;
    while (i < x.n) {
        cp = x.p[i];
        if (cp < 0x80u) l = 1; /* eg_u8_dec of an ASCII byte */
        else l = eg_u8_dec(x.p, x.n, i, &cp);
        if (is_term(cp)) {
            uint32_t j = i, k, cp2;
            while (j < x.n) {
                uint32_t l2 = eg_u8_dec(x.p, x.n, j, &cp2);
                if (!is_term(cp2)) break;
                j += l2;
            }
            k = j;
            while (k < x.n && (x.p[k] == '"' || x.p[k] == '\'' || x.p[k] == ')' || x.p[k] == '*' || x.p[k] == ']')) k++;
            if (k < x.n) eg_u8_dec(x.p, x.n, k, &cp2);
            if (k >= x.n || eg_uni_is_space(cp2)) {
                uint32_t w = i;
                int skip = 0;
                if (cp == '.') {
                    uint32_t mark = c->s->arena_used, a = 0, q;
                    eg_str word;
                    while (w > 0u) {
                        uint32_t pw = eg_u8_prev(x.p, w), cp3;
                        eg_u8_dec(x.p, x.n, pw, &cp3);
                        if (eg_uni_is_space(cp3)) break;
                        w = pw;
                    }
                    word = arena_case(c, eg_str_sub(x, w, i), 0);
                    while (a < word.n && !((word.p[a] >= 'a' && word.p[a] <= 'z') || (word.p[a] >= '0' && word.p[a] <= '9') || word.p[a] == '.')) a++;
                    word = eg_str_sub(word, a, word.n);
                    for (q = 0; q < 13u; q++) skip |= word.n == k_abbrev_len[q] && memcmp(word.p, k_abbrev[q], word.n) == 0;
                    skip |= word.n == 1u && word.p[0] >= 'a' && word.p[0] <= 'z';
                    c->s->arena_used = mark;
                }
                if (skip) {
                    i = j;
                    continue;
                }
                n++;
                pending = 0;
                i = k;
                continue;
            }
            i = j;
            continue;
        }
        if (cp < 0x10000u && word_cp(cp)) pending = 1; /* JS iterates UTF-16 units here */
        i += l;
    }
    return n + (pending ? 1u : 0u);
}

/* Non-overlapping occurrences of needle in hay (both already lowercased). */
static int64_t count_sub_l(eg_str hay, eg_str nd) {
    int64_t n = 0, at;
    if (nd.n == 0u) return 0;
    at = eg_str_find(hay, nd, 0);
    while (at >= 0) {
        n++;
        at = eg_str_find(hay, nd, (uint32_t)at + nd.n);
    }
    return n;
}

static int64_t count_sub(ctx *c, eg_str hay, eg_str needle) {
    uint32_t mark = c->s->arena_used;
    int64_t n;
    eg_str h = arena_case(c, hay, 0), nd = arena_case(c, needle, 0);
    n = count_sub_l(h, nd);
    c->s->arena_used = mark;
    return n;
}

/* Code points of lowered text equal to letter (a one-code-point string, else never). */
static int64_t count_letter_l(eg_str low, eg_str letter) {
    uint32_t i = 0, cp, lc;
    int64_t n = 0;
    if (letter.n == 0u || eg_u8_dec(letter.p, letter.n, 0, &lc) != letter.n) return 0;
    while (i < low.n) {
        i += eg_u8_dec(low.p, low.n, i, &cp);
        if (cp == lc) n++;
    }
    return n;
}

static int64_t count_letter(ctx *c, eg_str x, eg_str letter) {
    uint32_t mark = c->s->arena_used;
    int64_t n = count_letter_l(arena_case(c, x, 0), letter);
    c->s->arena_used = mark;
    return n;
}

static int is_caps_sep(uint32_t cp) {
    return eg_uni_is_space(cp) || cp == '<' || cp == '>' || cp == '[' || cp == ']' || cp == '*' || cp == '"' || cp == '(' || cp == ')' ||
           cp == ',' || cp == ':' || cp == ';' || cp == '!' || cp == '?';
}

/* Pieces between separator runs holding an uppercase letter and no lowercase one. */
static int64_t count_caps(eg_str x) {
    uint32_t i = 0, cp;
    int64_t n = 0;
    int up = 0, low = 0;
    while (i <= x.n) {
        int sep = 1;
        if (i < x.n) {
            i += eg_u8_dec(x.p, x.n, i, &cp);
            sep = is_caps_sep(cp);
        } else {
            i++;
        }
        if (sep) {
            if (up && !low) n++;
            up = low = 0;
        } else {
            up |= eg_uni_is_lu(cp);
            low |= eg_uni_is_ll(cp);
        }
    }
    return n;
}

static int word_at(eg_str h, uint32_t pos, int before) {
    uint32_t cp;
    if (before) {
        if (pos == 0u) return 0;
        pos = eg_u8_prev(h.p, pos);
    } else if (pos >= h.n) {
        return 0;
    }
    eg_u8_dec(h.p, h.n, pos, &cp);
    return cp < 0x10000u && word_cp(cp); /* a UTF-16 unit: astral halves are not word chars */
}

/* Whole-word, case-insensitive containment. */
static int has_word(ctx *c, eg_str hay, eg_str word) {
    uint32_t mark = c->s->arena_used;
    eg_str h, w;
    int64_t at;
    int found = 0;
    h = arena_case(c, hay, 0);
    w = arena_case(c, word, 0);
    if (w.n == 0u) {
        c->s->arena_used = mark;
        return 0;
    }
    at = eg_str_find(h, w, 0);
    while (at >= 0) {
        int inner_first = word_at(w, 0, 0), inner_last = word_at(w, w.n, 1);
        int ok_b = !inner_first || !word_at(h, (uint32_t)at, 1);
        int ok_a = !inner_last || !word_at(h, (uint32_t)at + w.n, 0);
        if (ok_b && ok_a) {
            found = 1;
            break;
        }
        at = eg_str_find(h, w, (uint32_t)at + 1u);
    }
    c->s->arena_used = mark;
    return found;
}

static int ok(ctx *c, eg_str x) {
    uint32_t i;
    for (i = 0; i < c->n_forbid; i++) {
        if (has_word(c, x, c->forbid[i])) return 0;
    }
    for (i = 0; i < c->n_maxkw; i++) {
        if (count_sub(c, x, c->maxkw[i]) > 0) return 0;
    }
    for (i = 0; i < c->n_tight; i++) {
        if (count_letter(c, x, c->tight[i]) > 0) return 0;
    }
    return 1;
}

/* ---------------------------------------------------------------- string helpers */

static int contains_c(eg_str x, const char *needle) { return eg_str_find(x, cstr(needle), 0) >= 0; }

/* String.prototype.replace(pattern string, replacement string): first occurrence, with $-patterns. */
static eg_str js_replace(ctx *c, eg_str x, const char *pat, eg_str rep) {
    int64_t at = eg_str_find(x, cstr(pat), 0);
    uint32_t pl = (uint32_t)strlen(pat), i;
    eg_wr w;
    if (at < 0) return x;
    w = arena_wr(c->s);
    eg_wr_bytes(&w, x.p, (uint32_t)at);
    for (i = 0; i < rep.n; i++) {
        uint8_t b = rep.p[i];
        if (b != '$') { /* a run of plain bytes in one write: a call per byte was most of compose's copying */
            uint32_t j = i + 1u;
            while (j < rep.n && rep.p[j] != '$') j++;
            eg_wr_bytes(&w, rep.p + i, j - i);
            i = j - 1u;
            continue;
        }
        if (i + 1u < rep.n) {
            uint8_t n = rep.p[i + 1];
            if (n == '$') {
                eg_wr_c(&w, "$");
                i++;
                continue;
            }
            if (n == '&') {
                eg_wr_bytes(&w, x.p + at, pl);
                i++;
                continue;
            }
            if (n == '`') {
                eg_wr_bytes(&w, x.p, (uint32_t)at);
                i++;
                continue;
            }
            if (n == '\'') {
                eg_wr_bytes(&w, x.p + at + pl, x.n - (uint32_t)at - pl);
                i++;
                continue;
            }
        }
        eg_wr_bytes(&w, &b, 1);
    }
    eg_wr_bytes(&w, x.p + at + pl, x.n - (uint32_t)at - pl);
    return arena_done(c, &w);
}

/* s[0].toUpperCase() + s.slice(1), s[0] being a UTF-16 unit. */
static void wr_cap_first(eg_wr *w, eg_str x) {
    uint32_t cp, l;
    if (x.n == 0u) return;
    l = eg_u8_dec(x.p, x.n, 0, &cp);
    if (cp >= 0x10000u) {
        eg_wr_str(w, x);
        return;
    }
    eg_wr_case(w, eg_str_sub(x, 0, l), 1);
    eg_wr_str(w, eg_str_sub(x, l, x.n));
}


static int is_hl_term(uint32_t cp) { return cp == '.' || cp == '!' || cp == '?' || cp == 0x964u || cp == 0x3002u; }

/* Byte index where the maximal suffix of x[from, n) made of is_hl_term code points starts. */
static uint32_t term_suffix(eg_str x, uint32_t from) {
    uint32_t e = x.n, cp;
    while (e > from) {
        uint32_t q = eg_u8_prev(x.p, e);
        if (q < from) break;
        eg_u8_dec(x.p, x.n, q, &cp);
        if (!is_hl_term(cp)) break;
        e = q;
    }
    return e;
}

static uint32_t skip_class(eg_str x, uint32_t i, int space) {
    uint32_t cp;
    while (i < x.n) {
        uint32_t l = eg_u8_dec(x.p, x.n, i, &cp);
        if (eg_uni_is_space(cp) != space) break;
        i += l;
    }
    return i;
}

static uint32_t back_class(eg_str x, uint32_t e, int space) {
    uint32_t cp;
    while (e > 0u) {
        uint32_t q = eg_u8_prev(x.p, e);
        eg_u8_dec(x.p, x.n, q, &cp);
        if (eg_uni_is_space(cp) != space) break;
        e = q;
    }
    return e;
}

static int has_lineterm(eg_str x) {
    uint32_t i = 0, cp;
    while (i < x.n) {
        i += eg_u8_dec(x.p, x.n, i, &cp);
        if (eg_uni_is_lineterm(cp)) return 1;
    }
    return 0;
}

/* compose.ts trimWords(): the sentence without its last words (split at U+0020), down to TRIM_KEEP words, trailing
 * ASCII bytes that are not letters or digits dropped from what is kept and the sentence's closing run of . ! ? । 。 ۔
 * put back; takes what it drops from *budget. */
static eg_str trim_words(ctx *c, eg_str x, int64_t *budget) {
    uint32_t nw = 1, i, keep, cut = 0, spaces = 0, e, cp, t0;
    int64_t d;
    eg_wr w;
    if (*budget <= 0) return x;
    for (i = 0; i < x.n; i++) if (x.p[i] == ' ') nw++;
    d = min64(*budget, (int64_t)nw - TRIM_KEEP);
    if (d <= 0) return x;
    *budget -= d;
    keep = nw - (uint32_t)d;
    for (i = 0; i < x.n; i++) {
        if (x.p[i] == ' ' && ++spaces == keep) {
            cut = i;
            break;
        }
    }
    e = cut;
    while (e > 0u && x.p[e - 1u] < 0x80u &&
           !((x.p[e - 1u] >= 'a' && x.p[e - 1u] <= 'z') || (x.p[e - 1u] >= 'A' && x.p[e - 1u] <= 'Z') || (x.p[e - 1u] >= '0' && x.p[e - 1u] <= '9'))) {
        e--;
    }
    t0 = x.n;
    while (t0 > 0u) {
        uint32_t q = eg_u8_prev(x.p, t0);
        eg_u8_dec(x.p, x.n, q, &cp);
        if (!is_hl_term(cp) && cp != 0x06D4u) break;
        t0 = q;
    }
    w = arena_wr(c->s);
    eg_wr_str(&w, eg_str_sub(x, 0, e));
    eg_wr_str(&w, eg_str_sub(x, t0, x.n));
    return arena_done(c, &w);
}

/* compose.ts highlight(): `*...*` around the last two words (see the regexes there). */
static eg_str highlight(ctx *c, eg_str x) {
    eg_wr w = arena_wr(c->s);
    /* /^(.*\S)\s+(\S+\s+\S+?)([.!?\u0964\u3002]*)$/u */
    uint32_t t0 = back_class(x, x.n, 0);                /* start of the last non-space run T */
    if (t0 < x.n && t0 > 0u) {
        uint32_t ws2 = back_class(x, t0, 1);             /* start of the whitespace before T */
        uint32_t b0 = back_class(x, ws2, 0);             /* start of B */
        if (ws2 < t0 && b0 < ws2 && b0 > 0u) {
            uint32_t ws1 = back_class(x, b0, 1);         /* start of the whitespace before B */
            eg_str a = eg_str_sub(x, 0, ws1);
            if (ws1 < b0 && ws1 > 0u && !has_lineterm(a)) {
                uint32_t d0 = term_suffix(x, t0), cp;
                if (d0 == t0) d0 = t0 + eg_u8_dec(x.p, x.n, t0, &cp);
                eg_wr_str(&w, a);
                eg_wr_c(&w, " *");
                eg_wr_str(&w, eg_str_sub(x, b0, d0));
                eg_wr_c(&w, "*");
                eg_wr_str(&w, eg_str_sub(x, d0, x.n));
                return arena_done(c, &w);
            }
        }
    }
    /* /^(\S+)(.*?)([.!?\u0964\u3002]*)$/u */
    {
        uint32_t g1 = skip_class(x, 0, 0);
        if (g1 > 0u && !has_lineterm(eg_str_sub(x, g1, x.n))) {
            uint32_t d0 = term_suffix(x, g1);
            eg_str mid = eg_str_trim(eg_str_sub(x, g1, d0));
            if (mid.n > 0u) {
                eg_wr_str(&w, eg_str_sub(x, 0, g1));
                eg_wr_c(&w, " *");
                eg_wr_str(&w, mid);
                eg_wr_c(&w, "*");
                eg_wr_str(&w, eg_str_sub(x, d0, x.n));
                return arena_done(c, &w);
            }
        }
    }
    {
        uint32_t e = x.n;
        while (e > 0u && (x.p[e - 1u] == '.' || x.p[e - 1u] == '!' || x.p[e - 1u] == '?')) e--;
        eg_wr_str(&w, x);
        eg_wr_c(&w, " *");
        eg_wr_str(&w, eg_str_sub(x, 0, e));
        eg_wr_c(&w, "*");
    }
    return arena_done(c, &w);
}

static int ascii_word(uint8_t b) { return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_'; }

/* upWords: /\b[A-Za-z]{3,}\b/g uppercased while the budget lasts, written to w. */
static void wr_up_words(eg_wr *w, eg_str x, int64_t *budget) {
    uint32_t i = 0;
    if (*budget <= 0) {
        eg_wr_str(w, x);
        return;
    }
    while (i < x.n) {
        if (ascii_word(x.p[i])) {
            uint32_t j = i, k;
            int letters = 1;
            while (j < x.n && ascii_word(x.p[j])) {
                uint8_t b = x.p[j];
                if (!((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'))) letters = 0;
                j++;
            }
            if (letters && j - i >= 3u && *budget > 0) {
                (*budget)--;
                for (k = i; k < j; k++) {
                    uint8_t b = x.p[k];
                    if (b >= 'a' && b <= 'z') b = (uint8_t)(b - 32u);
                    eg_wr_bytes(w, &b, 1);
                }
            } else {
                eg_wr_bytes(w, x.p + i, j - i);
            }
            i = j;
        } else {
            eg_wr_bytes(w, x.p + i, 1);
            i++;
        }
    }
}

/* ---------------------------------------------------------------- artifact lookups */

/* The first template of a group at or above g in a sorted RTPL (r->tpl_sorted). */
static uint32_t group_from(const eg_ifr *r, uint32_t g) {
    uint32_t lo = 0, hi = r->ntpl;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2u;
        if (eg_rd_u32(r->tpl + 8u * mid) < g) lo = mid + 1u;
        else hi = mid;
    }
    return lo;
}

static uint32_t group_count(const eg_ifr *r, uint32_t g) {
    uint32_t i, n = 0;
    if (r->tpl_sorted) return g == 0xFFFFFFFFu ? r->ntpl - group_from(r, g) : group_from(r, g + 1u) - group_from(r, g);
    for (i = 0; i < r->ntpl; i++) n += eg_rd_u32(r->tpl + 8u * i) == g;
    return n;
}

static eg_str group_at(const eg_ifr *r, uint32_t g, uint32_t k) {
    uint32_t i;
    eg_str none;
    if (r->tpl_sorted) { /* the group is one run: its k-th is k after its first, if still in it */
        i = group_from(r, g);
        if (k < r->ntpl - i && eg_rd_u32(r->tpl + 8u * (i + k)) == g) return eg_ifr_string(r, eg_rd_u32(r->tpl + 8u * (i + k) + 4u));
        none.p = NULL;
        none.n = 0;
        return none;
    }
    for (i = 0; i < r->ntpl; i++) {
        if (eg_rd_u32(r->tpl + 8u * i) == g) {
            if (k == 0u) return eg_ifr_string(r, eg_rd_u32(r->tpl + 8u * i + 4u));
            k--;
        }
    }
    none.p = NULL;
    none.n = 0;
    return none;
}

/* The first UTF-16 unit of a string (charCodeAt(0)), or 0x7FFFFFFF (NaN) when empty. */
static uint32_t char_code0(eg_str x) {
    uint32_t cp;
    if (x.n == 0u) return 0x7FFFFFFFu;
    eg_u8_dec(x.p, x.n, 0, &cp);
    return cp >= 0x10000u ? 0xD800u + ((cp - 0x10000u) >> 10) : cp;
}

/* ---------------------------------------------------------------- topic */

static int is_topic_stopword(eg_str w) {
    static const char *const stop[12] = {"of", "for", "on", "about", "the", "a", "an", "and", "or", "to", "in", "with"};
    static const uint8_t lens[12] = {2, 3, 2, 5, 3, 1, 2, 3, 2, 2, 2, 4};
    uint32_t q, k;
    for (q = 0; q < 12u; q++) {
        const char *sw = stop[q];
        if (lens[q] != w.n) continue;
        for (k = 0; k < w.n; k++) {
            if ((w.p[k] | 0x20u) != (uint8_t)sw[k] || !((w.p[k] | 0x20u) >= 'a' && (w.p[k] | 0x20u) <= 'z')) break;
        }
        if (k == w.n) return 1;
    }
    return 0;
}

/* extractTopic: the words after "about", else the object of the first verb, else the first words. */
static uint32_t extract_topic(ctx *c, eg_str *words) {
    const eg_ifr *r = c->r;
    const eg_ifr_tokens *t = &c->s->tokens;
    const eg_plan *plan = c->plan;
    int64_t lo = -1, first = -1;
    uint32_t i, nw = 0;
    int object_mode = 0;
    for (i = 0; i < t->n; i++) {
        if (t->start[i] >= plan->task_start) {
            lo = i;
            break;
        }
    }
    for (i = lo > 0 ? (uint32_t)lo : 0u; i < t->n && t->end[i] <= plan->task_end; i++) {
        if (t->kind[i] == EG_TK_WORD && t->hash[i] == r->w[EG_W_ABOUT]) {
            first = i + 1u;
            break;
        }
    }
    if (first < 0) {
        for (i = lo > 0 ? (uint32_t)lo : 0u; i < t->n && t->end[i] <= plan->task_end; i++) {
            if (t->kind[i] == EG_TK_WORD && eg_ifr_set_has(r, EG_SET_TOPIC_VERBS, t->hash[i])) {
                first = i + 1u;
                object_mode = 1;
                break;
            }
            if (t->kind[i] == EG_TK_PUNCT && (t->byte[i] == '.' || t->byte[i] == '?' || t->byte[i] == '!')) break;
        }
    }
    if (first < 0) first = lo > 0 ? lo : 0;
    for (i = (uint32_t)first; i < t->n && t->end[i] <= plan->task_end && nw < MAX_WORDS; i++) {
        uint32_t h;
        int keep;
        if (t->kind[i] == EG_TK_NL) break;
        if (t->kind[i] == EG_TK_PUNCT) {
            if (t->byte[i] == 0x2Du && nw > 0u && i + 1u < t->n && t->kind[i + 1u] == EG_TK_WORD && t->start[i] == t->end[i - 1u]) {
                /* words[last] += '-' + next: the last word is the newest arena string */
                eg_wr w = arena_wr(c->s);
                eg_wr_c(&w, "-");
                eg_wr_bytes(&w, t->bytes + t->start[i + 1u], t->end[i + 1u] - t->start[i + 1u]);
                if (words[nw - 1u].p + words[nw - 1u].n == w.p) {
                    eg_str ext = arena_done(c, &w);
                    words[nw - 1u].n += ext.n;
                } else {
                    eg_wr w2 = arena_wr(c->s);
                    eg_wr_str(&w2, words[nw - 1u]);
                    eg_wr_c(&w2, "-");
                    eg_wr_bytes(&w2, t->bytes + t->start[i + 1u], t->end[i + 1u] - t->start[i + 1u]);
                    words[nw - 1u] = arena_done(c, &w2);
                }
                i++;
                continue;
            }
            if (t->byte[i] == 0x22u || t->byte[i] == 0x27u) continue;
            break;
        }
        h = t->hash[i];
        keep = object_mode && (h == r->w[EG_W_FOR] || h == r->w[EG_W_OF] || h == r->w[EG_W_ON]);
        if (nw > 0u && eg_ifr_set_has(r, EG_SET_TOPIC_STOP, h) && !keep) break;
        if (nw == 0u && (eg_ifr_set_has(r, EG_SET_TOPIC_DROP, h) || eg_ifr_set_has(r, EG_SET_TOPIC_STOP, h))) continue;
        {
            eg_wr w = arena_wr(c->s);
            eg_wr_bytes(&w, t->bytes + t->start[i], t->end[i] - t->start[i]);
            words[nw++] = arena_done(c, &w);
        }
    }
    return nw;
}

/* Equal up to ASCII letter case (compose.ts asciiSame). */
static int ascii_same(eg_str a, eg_str b) {
    uint32_t i;
    if (a.n != b.n) return 0;
    for (i = 0; i < a.n; i++) {
        uint8_t x = a.p[i], y = b.p[i];
        if (x >= 'A' && x <= 'Z') x = (uint8_t)(x + 32u);
        if (y >= 'A' && y <= 'Z') y = (uint8_t)(y + 32u);
        if (x != y) return 0;
    }
    return 1;
}

/* Names the prompt uses mid-sentence (compose.ts echoNames): an ASCII word of 3+ letters starting with a capital
 * and holding a lowercase letter, after a word, not after a sentence end, a colon, a quote or an opening bracket;
 * at most ECHO_MAX distinct, none of the topic words, keywords or counted keywords; those the limits allow (ok). */
static void echo_names(ctx *c, const eg_str *words, uint32_t nw) {
    const eg_ifr_tokens *t = &c->s->tokens;
    const eg_plan *plan = c->plan;
    eg_str found[ECHO_MAX];
    uint32_t n_found = 0, i, j;
    for (i = 1; i < t->n && n_found < ECHO_MAX; i++) {
        uint32_t a = t->start[i], b = t->end[i];
        int lower = 0, ascii = 1, dup = 0;
        eg_str w;
        if (t->kind[i] != EG_TK_WORD || a < plan->task_start || b > plan->task_end) continue;
        if (t->kind[i - 1u] == EG_TK_NL) continue;
        if (t->kind[i - 1u] == EG_TK_PUNCT) {
            uint8_t q = t->byte[i - 1u];
            if (q == '.' || q == '?' || q == '!' || q == ':' || q == '"' || q == '\'' || q == '<' || q == '[' || q == '(') continue;
        }
        if (b - a < 3u || t->bytes[a] < 0x41u || t->bytes[a] > 0x5Au) continue;
        for (j = a; j < b; j++) {
            uint8_t x = t->bytes[j];
            if (x >= 0x61u && x <= 0x7Au) lower = 1;
            else if (!(x >= 0x41u && x <= 0x5Au)) ascii = 0;
        }
        if (!lower || !ascii) continue;
        w.p = t->bytes + a;
        w.n = b - a;
        for (j = 0; j < nw && !dup; j++) dup = ascii_same(words[j], w);
        for (j = 0; j < plan->n_keywords && !dup; j++) dup = ascii_same(plan->keywords[j], w);
        for (j = 0; j < plan->n_kwfreq && !dup; j++) dup = ascii_same(plan->kwfreq_key[j], w);
        for (j = 0; j < n_found && !dup; j++) dup = ascii_same(found[j], w);
        if (!dup) found[n_found++] = w;
    }
    for (i = 0; i < n_found; i++) {
        if (ok(c, found[i])) c->echo[c->n_echo++] = found[i];
    }
}

/* ---------------------------------------------------------------- composition */

typedef struct render_state {
    uint32_t fill_idx, kwi;
} render_state;

static eg_str next_fill(ctx *c, render_state *st, uint32_t offset) {
    eg_str f = c->fillers[(st->fill_idx + offset) % c->n_fill];
    st->fill_idx++;
    return f;
}

static eg_str kw_sentence(ctx *c, render_state *st, eg_str kw) {
    uint32_t n = group_count(c->r, EG_GROUP_KEYWORD), a;
    eg_wr w;
    for (a = 0; a < n; a++) {
        eg_str tpl = group_at(c->r, EG_GROUP_KEYWORD, (st->kwi + a) % n);
        uint32_t mark = c->s->arena_used;
        eg_str empty = eg_str_sub(tpl, 0, 0);
        int good = ok(c, js_replace(c, tpl, "{K}", empty)) && c->plan->lang == EG_IFR_NONE;
        c->s->arena_used = mark;
        if (good) {
            st->kwi++;
            return js_replace(c, tpl, "{K}", kw);
        }
    }
    w = arena_wr(c->s);
    wr_cap_first(&w, kw);
    eg_wr_c(&w, ".");
    return arena_done(c, &w);
}

static int push_special(ctx *c, uint32_t *n, eg_str x) {
    if (*n >= (uint32_t)EG_IFR_MAX_ITEMS) {
        c->err = EG_IFR_TOO_LARGE;
        return 0;
    }
    c->specials[(*n)++] = x;
    return 1;
}

/* One draft for the given knobs, written to s->mem.buf[2]; returns its length via *out. */
static void render(ctx *c, const knobs *k, eg_str *out) {
    const eg_plan *plan = c->plan;
    const eg_ifr *r = c->r;
    eg_ifr_scratch *s = c->s;
    uint32_t parts = plan->two ? 2u : 1u, p, n_spec = 0, i, b;
    int64_t blocks64 = max64(1, max64(plan->par_count, plan->sec_count)), cap_budget = k->cap_boost, ph_count, trim_budget = k->trim;
    uint32_t blocks, ph_n = group_count(r, EG_GROUP_PLACEHOLDER);
    render_state st;
    eg_wr w;
    int tight = plan->par_count > 0 || plan->has_nth;
    st.fill_idx = 0;
    st.kwi = 0;
    out->p = s->mem.buf[2];
    out->n = 0;
    if (blocks64 > EG_IFR_MAX_BLOCKS) {
        c->err = EG_IFR_TOO_LARGE;
        return;
    }
    blocks = (uint32_t)blocks64;

    /* required sentences */
    if (plan->constrained) push_special(c, &n_spec, cstr("My answer is maybe."));
    for (i = 0; i < plan->n_keywords; i++) push_special(c, &n_spec, kw_sentence(c, &st, plan->keywords[i]));
    for (i = 0; i < c->n_echo; i++) push_special(c, &n_spec, kw_sentence(c, &st, c->echo[i]));
    for (i = 0; i < k->n_kw; i++) {
        int64_t q;
        for (q = 0; q < k->kw_extra[i] && !c->err; q++) push_special(c, &n_spec, kw_sentence(c, &st, plan->kwfreq_key[k->kw_idx[i]]));
    }
    if (plan->placeholders > (int64_t)EG_IFR_MAX_ITEMS) {
        c->err = EG_IFR_TOO_LARGE;
        return;
    }
    ph_count = eg_ifr_placeholder_count(plan);
    for (p = 0; (int64_t)p < ph_count && !c->err; p += 3u) {
        uint32_t q;
        w = arena_wr(s);
        if (plan->lang == EG_IFR_NONE) eg_wr_c(&w, "Fill in ");
        for (q = p; (int64_t)q < min64(ph_count, (int64_t)p + 3); q++) {
            if (q > p) eg_wr_c(&w, plan->lang == EG_IFR_NONE ? " and " : " ");
            eg_wr_c(&w, "[");
            if (q < ph_n) {
                eg_wr_str(&w, group_at(r, EG_GROUP_PLACEHOLDER, q));
            } else {
                eg_wr_str(&w, group_at(r, EG_GROUP_PLACEHOLDER, q % ph_n));
                eg_wr_c(&w, " ");
                eg_wr_int(&w, (int64_t)(q / ph_n) + 1);
            }
            eg_wr_c(&w, "]");
        }
        eg_wr_c(&w, plan->lang == EG_IFR_NONE ? " here." : ".");
        push_special(c, &n_spec, arena_done(c, &w));
    }
    for (i = 0; i < k->n_letter && !c->err; i++) {
        eg_str letter = plan->letter_key[k->letter_idx[i]];
        uint32_t g = EG_GROUP_LETTER_WORDS + char_code0(letter);
        uint32_t nwords = group_count(r, g);
        int64_t left = k->letter_extra[i];
        uint32_t guard = 0;
        eg_str rep3 = letter;
        if (nwords == 0u) {
            w = arena_wr(s);
            eg_wr_str(&w, letter);
            eg_wr_str(&w, letter);
            eg_wr_str(&w, letter);
            rep3 = arena_done(c, &w);
        }
        while (left > 0 && guard++ < 200u && !c->err) {
            eg_str pick[3];
            uint32_t np = 0, q;
            for (q = 0; q < 3u && left > 0; q++) {
                eg_str word = nwords ? group_at(r, g, (guard + q) % nwords) : rep3;
                pick[np++] = word;
                left -= max64(1, count_letter(c, word, letter));
            }
            w = arena_wr(s);
            if (plan->lang == EG_IFR_NONE) eg_wr_c(&w, "Words like ");
            for (q = 0; q < np; q++) {
                if (q > 0u) eg_wr_c(&w, plan->lang == EG_IFR_NONE ? " and " : " ");
                eg_wr_str(&w, pick[q]);
            }
            eg_wr_c(&w, plan->lang == EG_IFR_NONE ? " come to mind." : ".");
            push_special(c, &n_spec, arena_done(c, &w));
        }
    }
    if (c->err) return;

    w.p = s->mem.buf[0];
    w.n = 0;
    w.cap = EG_IFR_BUF_CAP;
    w.over = 0;
    if (plan->has_repeat) {
        eg_wr_str(&w, plan->repeat);
        eg_wr_c(&w, "\n\n");
    }
    if (plan->title && !(plan->has_nth && plan->nth_n == 1)) {
        eg_wr_c(&w, "<<");
        eg_wr_str(&w, c->title);
        eg_wr_c(&w, ">>\n");
    }
    for (p = 0; p < parts; p++) {
        uint32_t offset = p * 7u, total, at = 0;
        int64_t total64 = max64(blocks, p == 0u ? k->fill : max64(1, (k->fill + 1) / 2));
        if (total64 + n_spec + 4 + blocks > (int64_t)EG_IFR_MAX_ITEMS) {
            c->err = EG_IFR_TOO_LARGE;
            return;
        }
        total = (uint32_t)total64;
        /* block segments: fillers, specials (part 1), 4 spare highlight slots on the last block */
        for (b = 0; b < blocks; b++) {
            uint32_t nf = (uint32_t)(((uint64_t)(b + 1u) * total + blocks - 1u) / blocks) - (uint32_t)(((uint64_t)b * total + blocks - 1u) / blocks);
            uint32_t ns = p == 0u ? (n_spec / blocks + (b < n_spec % blocks ? 1u : 0u)) : 0u;
            c->blk_off[b] = at;
            c->blk_len[b] = 0;
            at += nf + ns + (b == blocks - 1u ? 4u : 0u);
        }
        for (i = 0; i < total; i++) {
            b = (uint32_t)(((uint64_t)i * blocks) / total);
            eg_str f = next_fill(c, &st, offset);
            c->items[c->blk_off[b] + c->blk_len[b]++] = p == 0u ? trim_words(c, f, &trim_budget) : f;
        }
        if (p == 0u) {
            for (i = 0; i < n_spec; i++) {
                uint32_t bb = i % blocks, pos = c->blk_len[bb] < 1u ? c->blk_len[bb] : 1u;
                eg_str *seg = c->items + c->blk_off[bb];
                memmove(seg + pos + 1, seg + pos, (c->blk_len[bb] - pos) * sizeof(eg_str));
                seg[pos] = c->specials[i];
                c->blk_len[bb]++;
            }
        }
        if (p == 0u && plan->highlights > 0) {
            int64_t left = plan->highlights;
            uint32_t pass;
            for (pass = 0; pass < 4u && left > 0; pass++) {
                for (b = 0; b < blocks; b++) {
                    eg_str *seg = c->items + c->blk_off[b];
                    for (i = 0; i < c->blk_len[b] && left > 0; i++) {
                        if (contains_c(seg[i], "*") || contains_c(seg[i], "[")) continue;
                        seg[i] = highlight(c, seg[i]);
                        left--;
                    }
                }
                if (left > 0) {
                    eg_str f = next_fill(c, &st, offset);
                    c->items[c->blk_off[blocks - 1u] + c->blk_len[blocks - 1u]++] = highlight(c, f);
                }
            }
        }
        if (p > 0u) eg_wr_c(&w, "\n\n******\n\n");
        for (b = 0; b < blocks; b++) {
            eg_str *seg = c->items + c->blk_off[b];
            if (b > 0u) eg_wr_c(&w, plan->par_sep == 1 ? "\n\n***\n\n" : "\n\n");
            if (plan->has_sec_mark) {
                eg_wr_str(&w, plan->sec_mark);
                eg_wr_c(&w, " ");
                eg_wr_int(&w, (int64_t)b + 1);
                eg_wr_c(&w, "\n");
            }
            if (plan->has_nth && (int64_t)b == plan->nth_n - 1) {
                if (plan->lower) eg_wr_case(&w, plan->nth_word, 0);
                else wr_cap_first(&w, plan->nth_word);
                eg_wr_c(&w, " ");
                if (plan->lang == EG_IFR_NONE) eg_wr_c(&w, "is where this part begins. ");
            }
            for (i = 0; i < c->blk_len[b]; i++) {
                if (i > 0u) eg_wr_c(&w, " ");
                wr_up_words(&w, seg[i], &cap_budget);
            }
            if (p == 0u && b == 0u && plan->has_bullets) {
                int64_t nb = max64(0, plan->bullets - c->prefix_bullets), q;
                if (nb > (int64_t)EG_IFR_MAX_ITEMS) {
                    c->err = EG_IFR_TOO_LARGE;
                    return;
                }
                for (q = 0; q < nb; q++) {
                    eg_wr_c(&w, "\n* ");
                    eg_wr_str(&w, next_fill(c, &st, offset + 3u));
                }
            }
            if (p == 0u && b == 0u && plan->title && plan->has_nth && plan->nth_n == 1) {
                eg_wr_c(&w, "\n<<");
                eg_wr_str(&w, c->title);
                eg_wr_c(&w, ">>");
            }
        }
    }
    if (plan->postscript) {
        uint32_t q;
        eg_str ps = c->fillers[0];
        for (q = 0; q < c->n_fill; q++) {
            uint32_t mark = s->arena_used;
            eg_str f = c->fillers[q];
            int hit = 0;
            /* /thank|question|ask|hope/i: ASCII case-insensitive */
            uint32_t a2;
            for (a2 = 0; a2 < f.n && !hit; a2++) {
                static const char *const pats[4] = {"thank", "question", "ask", "hope"};
                static const uint8_t lens[4] = {5, 8, 3, 4}; /* strlen(pats[pi]): this runs per byte */
                uint32_t pi;
                for (pi = 0; pi < 4u && !hit; pi++) {
                    uint32_t L = lens[pi], z;
                    if (a2 + L > f.n) continue;
                    for (z = 0; z < L; z++) {
                        uint8_t ch = f.p[a2 + z];
                        if (ch >= 'A' && ch <= 'Z') ch = (uint8_t)(ch + 32u);
                        if (ch != (uint8_t)pats[pi][z]) break;
                    }
                    hit = z == L;
                }
            }
            s->arena_used = mark;
            if (hit) {
                ps = f;
                break;
            }
        }
        eg_wr_c(&w, tight ? "\n" : "\n\n");
        if (plan->postscript == 3) eg_wr_str(&w, plan->ps_marker);
        else eg_wr_c(&w, plan->postscript == 2 ? "P.P.S" : "P.S.");
        eg_wr_c(&w, " ");
        eg_wr_str(&w, ps);
    }
    if (plan->has_end) {
        eg_wr_c(&w, tight ? " " : "\n\n");
        eg_wr_str(&w, plan->end_phrase);
    }
    if (w.over) {
        c->err = EG_IFR_TOO_LARGE;
        return;
    }
    {
        eg_str text;
        eg_wr w2, w3;
        text.p = w.p;
        text.n = w.n;
        if (plan->upper || plan->lower) {
            w2.p = s->mem.buf[1];
            w2.n = 0;
            w2.cap = EG_IFR_BUF_CAP;
            w2.over = 0;
            eg_wr_case(&w2, text, plan->upper);
            text.p = w2.p;
            text.n = w2.n;
            if (w2.over) {
                c->err = EG_IFR_TOO_LARGE;
                return;
            }
        }
        w3.p = s->mem.buf[2];
        w3.n = 0;
        w3.cap = EG_IFR_BUF_CAP;
        w3.over = 0;
        if (plan->json) {
            if (plan->quote || plan->has_end) {
                eg_wr_json(&w3, text);
            } else {
                eg_wr_c(&w3, "{\"answer\": ");
                eg_wr_json(&w3, text);
                eg_wr_c(&w3, "}");
            }
        } else if (plan->quote) {
            eg_wr_c(&w3, "\"");
            eg_wr_str(&w3, text);
            eg_wr_c(&w3, "\"");
        } else {
            eg_wr_str(&w3, text);
        }
        if (w3.over) {
            c->err = EG_IFR_TOO_LARGE;
            return;
        }
        out->p = w3.p;
        out->n = w3.n;
    }
}

/* ---------------------------------------------------------------- exact double arithmetic */

typedef struct dbl {
    uint64_t m;
    int e;
} dbl;

/* Correctly rounded (nm * 2^ne) / (dm * 2^de), nm, dm in [1, 2^62). */
static dbl eg_fdiv(uint64_t nm, int ne, uint64_t dm, int de) {
    uint64_t q = nm / dm, rem = nm % dm, keep, low, half;
    int e = ne - de, shift = 0, sticky;
    dbl out;
    while (q < ((uint64_t)1 << 55)) {
        rem <<= 1;
        q <<= 1;
        if (rem >= dm) {
            rem -= dm;
            q |= 1u;
        }
        e--;
    }
    sticky = rem != 0u;
    while ((q >> shift) >= ((uint64_t)1 << 53)) shift++;
    keep = q >> shift;
    low = q & (((uint64_t)1 << shift) - 1u);
    half = (uint64_t)1 << (shift - 1);
    if (low > half || (low == half && (sticky || (keep & 1u)))) keep++;
    if (keep == ((uint64_t)1 << 53)) {
        keep >>= 1;
        shift++;
    }
    out.m = keep;
    out.e = e + shift;
    return out;
}

/* Math.ceil(D / Math.max(3, w / s1)) for positive integers, as JavaScript computes it. */
static int64_t ceil_step(int64_t D, int64_t w, int64_t s1) {
    dbl a, q;
    uint64_t ip, frac;
    int sh;
    if (D <= 0) return 0;
    if (w < 3 * s1) return (D + 2) / 3;
    a = eg_fdiv((uint64_t)w, 0, (uint64_t)s1, 0);
    q = eg_fdiv((uint64_t)D, 0, a.m, a.e);
    if (q.e >= 0) return (int64_t)(q.m << q.e);
    sh = -q.e;
    if (sh >= 64) return q.m != 0u ? 1 : 0;
    ip = q.m >> sh;
    frac = q.m & (((uint64_t)1 << sh) - 1u);
    return (int64_t)ip + (frac != 0u ? 1 : 0);
}

/* ---------------------------------------------------------------- compose */

static int in_range(int64_t n, int has, eg_range r) { return !has || (n >= r.lo && n <= r.hi); }

/* JS string comparison (UTF-16 code unit order) of two UTF-8 strings. */
static int js_less(eg_str a, eg_str b) {
    uint32_t i = 0, j = 0, ca, cb;
    while (i < a.n && j < b.n) {
        uint32_t ua, ub;
        i += eg_u8_dec(a.p, a.n, i, &ca);
        j += eg_u8_dec(b.p, b.n, j, &cb);
        if (ca == cb) continue;
        ua = ca >= 0x10000u ? 0xD800u + ((ca - 0x10000u) >> 10) : ca;
        ub = cb >= 0x10000u ? 0xD800u + ((cb - 0x10000u) >> 10) : cb;
        if (ua != ub) return ua < ub;
        return ca < cb; /* same high surrogate: low surrogates order like the code points */
    }
    return a.n - i < b.n - j;
}

/* (^\s*[*-][^*]) matches with the m and g flags: bullets in the repeated request. */
static int64_t count_prefix_bullets(eg_str x) {
    uint32_t pos = 0, cp;
    int64_t n = 0;
    while (pos <= x.n) {
        int bol = pos == 0u;
        if (!bol) {
            uint32_t q = eg_u8_prev(x.p, pos);
            eg_u8_dec(x.p, x.n, q, &cp);
            bol = eg_uni_is_lineterm(cp);
        }
        if (bol) {
            uint32_t k = skip_class(x, pos, 1);
            if (k < x.n && (x.p[k] == '*' || x.p[k] == '-') && k + 1u < x.n && x.p[k + 1u] != '*') {
                uint32_t l = eg_u8_dec(x.p, x.n, k + 1u, &cp);
                n++;
                pos = k + 1u + l;
                continue;
            }
        }
        if (pos >= x.n) break;
        pos += eg_u8_dec(x.p, x.n, pos, &cp);
    }
    return n;
}

/* A filler sentence; more than MAX_FILL is TOO_LARGE (TypeScript keeps them all). */
/* compose.ts lowerCapsRuns: every run of ASCII letters without a lowercase letter, lowercased. */
static eg_str lower_caps_runs(ctx *c, eg_str x) {
    eg_wr w = arena_wr(c->s);
    uint32_t a = 0;
    while (a < x.n) {
        uint32_t e = a, k;
        int has_lower = 0;
        while (e < x.n && ((x.p[e] >= 'A' && x.p[e] <= 'Z') || (x.p[e] >= 'a' && x.p[e] <= 'z'))) {
            has_lower |= x.p[e] >= 'a';
            e++;
        }
        if (e == a) {
            eg_wr_str(&w, eg_str_sub(x, a, a + 1u));
            a++;
            continue;
        }
        for (k = a; k < e; k++) {
            uint8_t b = x.p[k];
            eg_str one;
            if (!has_lower) b = (uint8_t)(b | 0x20u);
            one.p = &b;
            one.n = 1;
            eg_wr_str(&w, one);
        }
        a = e;
    }
    return arena_done(c, &w);
}

static void push_fill(ctx *c, eg_str *to, uint32_t *n, eg_str x) {
    if (*n >= MAX_FILL) {
        c->err = EG_IFR_TOO_LARGE;
        return;
    }
    to[(*n)++] = x;
}

int eg_ifr_compose_exact(const eg_ifr *r, eg_ifr_scratch *s, eg_str *out, int exact) {
    ctx cc;
    ctx *c = &cc;
    const eg_plan *plan = &s->plan;
    eg_str words[MAX_WORDS];
    uint32_t nw, i, q, persistent;
    knobs k;
    int64_t best_score = -1, fill, blocks;
    int64_t low_fill = 0, high_fill = EG_IFR_INF; /* compose.ts lowFill, highFill */
    eg_range aim;
    eg_str best;
    int round;

    eg_mem_zero(c, sizeof(*c));
    c->fillers = s->cm.fillers;
    c->items = s->cm.items;
    c->specials = s->cm.specials;
    c->blk_off = s->cm.blk_off;
    c->blk_len = s->cm.blk_len;
    c->r = r;
    c->s = s;
    c->plan = plan;
    for (i = 0; i < plan->n_forbid; i++) {
        eg_str f = arena_case(c, plan->forbid[i], 0);
        if (f.n > 0u) c->forbid[c->n_forbid++] = f;
    }
    for (i = 0; i < plan->n_kwfreq; i++) {
        if (plan->kwfreq[i].hi < EG_IFR_INF) c->maxkw[c->n_maxkw++] = plan->kwfreq_key[i];
    }
    for (i = 0; i < plan->n_letters; i++) {
        if (plan->letters[i].hi < 40) c->tight[c->n_tight++] = plan->letter_key[i];
    }

    /* topic; none when the prompt is written in another language but answered in English (asked for, or its own
     * language unread) */
    nw = plan->english || (plan->prompt_lang != EG_IFR_NONE && plan->lang == EG_IFR_NONE) ? 0u : extract_topic(c, words);
    {
        uint32_t kept = 0;
        for (i = 0; i < nw; i++) {
            if (ok(c, words[i])) words[kept++] = words[i];
        }
        nw = kept;
    }
    if (plan->has_caps && plan->caps.hi < EG_IFR_INF) {
        for (i = 0; i < nw; i++) {
            uint32_t a = 0, cp;
            int ll = 0;
            while (a < words[i].n) {
                a += eg_u8_dec(words[i].p, words[i].n, a, &cp);
                ll |= eg_uni_is_ll(cp);
            }
            if (!ll) words[i] = arena_case(c, words[i], 0);
        }
    }
    while (nw > 0u && is_topic_stopword(words[nw - 1u])) nw--;
    {
        eg_wr w = arena_wr(s);
        for (i = 0; i < nw; i++) {
            if (i > 0u) eg_wr_c(&w, " ");
            eg_wr_str(&w, words[i]);
        }
        c->topic = arena_done(c, &w);
    }

    /* fillers */
    {
        int have_psg = 0;
        eg_str passage;
        passage.p = NULL;
        passage.n = 0;
        if (plan->lang != EG_IFR_NONE) {
            eg_str code = eg_ifr_string(r, plan->lang);
            for (i = 0; i < r->npsg; i++) {
                if (eg_str_eq(eg_ifr_string(r, eg_rd_u32(r->psg + 8u * i)), code)) {
                    have_psg = 1;
                    passage = eg_ifr_string(r, eg_rd_u32(r->psg + 8u * i + 4u));
                }
            }
        }
        if (have_psg) {
            uint32_t a = 0, e;
            for (;;) {
                eg_str line;
                e = a;
                while (e < passage.n && passage.p[e] != '\n') e++;
                line = eg_str_sub(passage, a, e);
                if (ok(c, line)) push_fill(c, c->fillers, &c->n_fill, line);
                if (e >= passage.n) break;
                a = e + 1u;
            }
        } else {
            uint32_t n1 = group_count(r, EG_GROUP_SENTENCES);
            int caps_tight = plan->has_caps && plan->caps.hi < EG_IFR_INF && !plan->upper && !plan->lower;
            for (i = 0; i < n1; i++) {
                eg_str tpl = group_at(r, EG_GROUP_SENTENCES, i), f;
                int has_t = contains_c(tpl, "{T}");
                if (has_t && c->topic.n == 0u) continue;
                f = has_t ? js_replace(c, tpl, "{T}", c->topic) : tpl; /* js_replace returns tpl as it is without {T} */
                /* under a cap on all-capital words the stock sentences' own ("A", "I'm") would count */
                if (ok(c, f)) push_fill(c, c->fillers, &c->n_fill, caps_tight ? lower_caps_runs(c, f) : f);
            }
            for (q = 0; q < c->n_tight; q++) {
                uint32_t g = EG_GROUP_LIPOGRAM + char_code0(c->tight[q]);
                uint32_t nl = group_count(r, g), kept = 0;
                eg_str *tmp = s->cm.fill_tmp;
                if (nl == 0u) continue;
                for (i = 0; i < nl; i++) {
                    eg_str f = group_at(r, g, i);
                    if (ok(c, f)) push_fill(c, tmp, &kept, f);
                }
                for (i = 0; i < c->n_fill; i++) push_fill(c, tmp, &kept, c->fillers[i]);
                if (c->err) return c->err;
                memcpy(c->fillers, tmp, kept * sizeof(eg_str));
                c->n_fill = kept;
            }
            if (plan->has_words && plan->words.hi < EG_IFR_INF) {
                int64_t d = max64(1, plan->has_sents ? plan->sents.lo : 3);
                if (plan->words.hi < 9 * d) {
                    /* stable insertion sort by (word count, JS string order) */
                    for (i = 1; i < c->n_fill; i++) {
                        eg_str x = c->fillers[i];
                        uint32_t wx = count_words(x), j = i;
                        while (j > 0u) {
                            eg_str y = c->fillers[j - 1u];
                            uint32_t wy = count_words(y);
                            if (wy < wx || (wy == wx && !js_less(x, y))) break;
                            c->fillers[j] = y;
                            j--;
                        }
                        c->fillers[j] = x;
                    }
                }
            }
        }
        if (c->n_fill == 0u) c->fillers[c->n_fill++] = cstr("Thank you.");
    }

    /* title */
    {
        eg_wr w = arena_wr(s);
        uint32_t added = 0;
        if (plan->lang != EG_IFR_NONE) {
            eg_str f0 = c->fillers[0];
            uint32_t e = term_suffix(f0, 0), a = 0, pieces = 0;
            eg_str f = eg_str_sub(f0, 0, e);
            /* split(/\s+/).slice(0, 3).filter(Boolean) */
            while (pieces < 3u) {
                uint32_t b2 = skip_class(f, a, 0);
                if (b2 > a) {
                    if (added++ > 0u) eg_wr_c(&w, " ");
                    eg_wr_str(&w, eg_str_sub(f, a, b2));
                }
                pieces++;
                if (b2 >= f.n) break;
                a = skip_class(f, b2, 1);
                if (a >= f.n) {
                    break; /* a trailing empty piece adds nothing */
                }
            }
        } else {
            for (i = 0; i < nw && i < 6u; i++) {
                if (words[i].n == 0u) continue;
                if (added++ > 0u) eg_wr_c(&w, " ");
                wr_cap_first(&w, words[i]);
            }
        }
        c->title = arena_done(c, &w);
        if (c->title.n == 0u) c->title = cstr("A Short Answer");
    }
    c->prefix_bullets = plan->has_repeat ? count_prefix_bullets(plan->repeat) : 0;
    /* names the prompt uses, echoed in English answers with room to spare (compose.ts roomy) */
    if (plan->lang == EG_IFR_NONE && !plan->constrained && !plan->english && plan->prompt_lang == EG_IFR_NONE &&
        (!plan->has_words || plan->words.hi >= ECHO_ROOM_WORDS) && (!plan->has_sents || plan->sents.hi >= EG_IFR_INF)) {
        echo_names(c, words, nw);
    }
    if (c->err) return c->err;

    /* initial knobs */
    blocks = max64(1, max64(plan->par_count, plan->sec_count)) * (plan->two ? 2 : 1);
    fill = 4;
    if (plan->has_words) fill = max64(1, (min64(plan->words.lo ? plan->words.lo : 40, 4000) + 8) / 9);
    if (plan->has_sents) {
        fill = max64(1, plan->sents.hi < EG_IFR_INF ? min64(plan->sents.hi, max64(plan->sents.lo, fill)) : max64(plan->sents.lo, fill));
    }
    {
        int64_t div = plan->two ? 2 : 1;
        fill = max64(max64(fill, blocks > 1 ? (blocks + div - 1) / div : 1), plan->highlights);
    }
    eg_mem_zero(&k, sizeof(k));
    k.fill = fill;
    /* a bounded word range is aimed at its lower end (compose.ts aim; version 22) */
    aim = plan->words;
    if (exact && plan->has_words && plan->words.lo > 0 && plan->words.hi < EG_IFR_INF) aim.hi = aim.lo;
    if (plan->has_caps && !plan->upper && !plan->lower) k.cap_boost = plan->caps.lo;

    persistent = s->arena_used;
    best.p = s->mem.buf[3];
    best.n = 0;
    for (round = 0; round < MAX_ROUNDS; round++) {
        eg_str text, low;
        int64_t wc, sc, score = 0;
        int changed = 0;
        eg_wr lw;
        s->arena_used = persistent;
        render(c, &k, &text);
        if (c->err) return c->err;
        lw.p = s->mem.buf[4];
        lw.n = 0;
        lw.cap = EG_IFR_BUF_CAP;
        lw.over = 0;
        /* The lowered draft is read only for keyword and letter counts. Without those it is still
         * made when it might not fit (lowering at most 1.5x the bytes: U+0130, U+023A, ...), for
         * the same TOO_LARGE. */
        if (plan->n_kwfreq > 0u || plan->n_keywords > 0u || plan->n_letters > 0u || text.n > EG_IFR_BUF_CAP / 3u * 2u) {
            eg_wr_case(&lw, text, 0);
            if (lw.over) return EG_IFR_TOO_LARGE;
        }
        low.p = lw.p;
        low.n = lw.n;
        wc = count_words(text);
        sc = count_sentences(c, text);
        if (plan->has_words && !in_range(wc, 1, aim)) {
            int64_t s1 = max64(1, sc);
            int over = wc > aim.hi;
            if (exact && over) high_fill = min64(high_fill, k.fill);
            else if (exact && k.trim == 0) low_fill = max64(low_fill, k.fill);
            if (exact && over && (wc - aim.hi < 3 || (wc - aim.hi) * s1 < wc || k.fill - 1 <= low_fill)) {
                /* less than a sentence over (Math.max(3, w / s) in compose.ts), or one sentence fewer was under:
                 * shorten sentences */
                k.trim += wc - aim.hi;
                changed = 1;
            } else if (!over && k.trim > 0) {
                k.trim = max64(0, k.trim - (aim.lo - wc));
                changed = 1;
            } else {
                int64_t step = !over ? ceil_step(aim.lo - wc, wc, s1) : -ceil_step(wc - aim.hi, wc, s1);
                int64_t nf = max64(1, k.fill + step);
                if (exact) nf = over ? max64(nf, low_fill + 1) : min64(nf, high_fill);
                if (nf != k.fill) {
                    k.fill = nf;
                    changed = 1;
                }
            }
        }
        if (in_range(wc, plan->has_words, plan->words)) score++;
        if (plan->has_sents && !in_range(sc, 1, plan->sents)) {
            int64_t target = plan->sents.lo > sc ? plan->sents.lo : min64(plan->sents.hi, plan->sents.lo > 0 ? plan->sents.lo : plan->sents.hi);
            int64_t nf = max64(1, k.fill + (target - sc));
            if (nf != k.fill) {
                k.fill = nf;
                changed = 1;
            }
        } else {
            score++;
        }
        for (i = 0; i < plan->n_kwfreq; i++) {
            int64_t n = count_sub_l(low, plan->kwfreq_key[i]);
            if (n < plan->kwfreq[i].lo) {
                add_extra(k.kw_idx, k.kw_extra, &k.n_kw, i, plan->kwfreq[i].lo - n);
                changed = 1;
            } else {
                score++;
            }
        }
        for (i = 0; i < plan->n_keywords; i++) {
            uint32_t mark = s->arena_used;
            eg_str kl = arena_case(c, plan->keywords[i], 0);
            if (count_sub_l(low, kl) > 0) score++;
            s->arena_used = mark;
        }
        for (i = 0; i < plan->n_letters; i++) {
            int64_t n = count_letter_l(low, plan->letter_key[i]);
            if (n < plan->letters[i].lo) {
                add_extra(k.letter_idx, k.letter_extra, &k.n_letter, i, plan->letters[i].lo - n);
                changed = 1;
            } else if (n <= plan->letters[i].hi) {
                score++;
            }
        }
        if (plan->has_caps && !plan->upper && !plan->lower) {
            int64_t n = count_caps(text);
            if (n < plan->caps.lo) {
                k.cap_boost += plan->caps.lo - n;
                changed = 1;
            } else if (n > plan->caps.hi && k.cap_boost > 0) {
                k.cap_boost = max64(0, k.cap_boost - (n - plan->caps.hi));
                changed = 1;
            } else {
                score++;
            }
        }
        if (score > best_score) {
            best_score = score;
            eg_mem_copy(s->mem.buf[3], text.p, text.n);
            best.n = text.n;
        }
        if (!changed) {
            *out = text;
            return EG_OK;
        }
    }
    *out = best;
    return EG_OK;
}

int eg_ifr_compose(const eg_ifr *r, eg_ifr_scratch *s, eg_str *out) { return eg_ifr_compose_exact(r, s, out, 1); }

int64_t eg_ifr_placeholder_count(const eg_plan *plan) {
    if (plan->placeholders <= 0) return 0;
    if (plan->has_words && plan->words.hi < EG_IFR_PLACEHOLDER_ROOM_WORDS) return plan->placeholders;
    return max64(plan->placeholders, EG_IFR_PLACEHOLDER_FLOOR);
}

int eg_ifr_respond(const eg_ifr *r, const uint8_t *prompt, uint32_t len, eg_ifr_scratch *s, eg_str *out) {
    EG_CHECK(eg_ifr_detect(r, prompt, len, s));
    return eg_ifr_compose(r, s, out);
}

/* extractTopic for the enforcer (eg_ifr_enforce.c): the topic words of s->plan's task span, as
 * arena strings; returns their count, or -1 when the arena is full (EG_IFR_TOO_LARGE). */
int eg_ifr_topic_words(const eg_ifr *r, eg_ifr_scratch *s, eg_str *words) {
    ctx cc;
    uint32_t n;
    eg_mem_zero(&cc, sizeof(cc));
    cc.r = r;
    cc.s = s;
    cc.plan = &s->plan;
    n = extract_topic(&cc, words);
    return cc.err ? -1 : (int)n;
}
