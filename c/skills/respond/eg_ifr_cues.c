/* Mirrors src/skills/respond/cues.ts: the cue step (docs/format.md 6.4 step 5b, responder_version 13, readings of 14 and 16). A prompt not
 * written in English states its instructions in word orders the patterns do not know; this step reads them by
 * proximity inside one sentence, from the RCUE cue words.
 * No per-code-point arrays (the enforcer board has little RAM to spare): the prompt's UTF-8 bytes are walked with
 * eg_u8_dec, positions are byte offsets, every gap is counted in code points between two offsets, and each code
 * point is lowercased where it is read. One sentence's hits are kept at a time (s->mem.det.u.cue). */
#include <string.h>
#include "eg_ifr_cues.h"
#include "eg_ifr_unicode.h"

#define CUE_BIT(c)      (1u << (c))
#define CUE_UNIT_MASK   0x1FEu  /* WORD .. TIMES (concepts 1..8) */
#define CUE_REL_MASK    0x3E00u /* ATLEAST .. EXACT (concepts 9..13) */
#define CUE_KEYWORD_MAX 40      /* longest quoted argument read as a keyword, in code points */
#define CUE_COUNT_MAX   9999u
#define CUE_NONE        0xFFFFFFFFu

#if EG_IFR_CUE_QUOTE_MAX > 255u || EG_IFR_CUE_MAX_HITS > 255u || EG_IFR_CUE_NEAR > 255u
#error "eg_ifr_cue_mem keeps quote lengths, hit numbers and gaps in bytes"
#endif
/* the unit and relation masks follow CUE_CONCEPTS (cues.ts): a negative array size otherwise */
typedef char cue_masks_follow_concepts[
    (CUE_UNIT_MASK == (CUE_BIT(EG_IFR_CUE_WORD) | CUE_BIT(EG_IFR_CUE_SENT) | CUE_BIT(EG_IFR_CUE_PARA) | CUE_BIT(EG_IFR_CUE_BULLET) |
                       CUE_BIT(EG_IFR_CUE_ITEM) | CUE_BIT(EG_IFR_CUE_HIGHLIGHT) | CUE_BIT(EG_IFR_CUE_PLACEHOLDER) |
                       CUE_BIT(EG_IFR_CUE_TIMES)) &&
     CUE_REL_MASK == (CUE_BIT(EG_IFR_CUE_ATLEAST) | CUE_BIT(EG_IFR_CUE_ATMOST) | CUE_BIT(EG_IFR_CUE_LESS) | CUE_BIT(EG_IFR_CUE_MORE) |
                      CUE_BIT(EG_IFR_CUE_EXACT))) ? 1 : -1];

/* One run of the step over one prompt. */
typedef struct cue_run {
    const eg_ifr *r;
    eg_ifr_scratch *s;
    eg_plan *plan;
    eg_ifr_cue_mem *m;
    const uint8_t *p;
    uint32_t n;
    uint32_t nq;                 /* quoted spans found */
    uint32_t q0, q1;             /* the quotes of the sentence being read */
    uint32_t nh;                 /* hits kept in the sentence being read */
    int para_before;             /* version 21: the last sentence read (with hits) had a PARA hit */
} cue_run;

/* A walk over the sentence ends before a position (sentence numbers), and whether a position is quoted; [aa, ab) is the
 * asterisk span at or after the position, an the byte its search goes on from (version 25). */
typedef struct cue_cursor {
    uint32_t pos, count, qi, aa, ab, an;
} cue_cursor;

/* ---------------------------------------------------------------- code point classes (cues.ts) */

static int is_spaceless(uint32_t c) {
    return (c >= 0x3040u && c <= 0x30FFu) || (c >= 0x3400u && c <= 0x4DBFu) || (c >= 0x4E00u && c <= 0x9FFFu) ||
           (c >= 0xF900u && c <= 0xFAFFu) || (c >= 0x0E00u && c <= 0x0E7Fu);
}

static int is_sep(uint32_t c) {
    if (c <= 0x2Fu || (c >= 0x3Au && c <= 0x40u) || (c >= 0x5Bu && c <= 0x60u) || (c >= 0x7Bu && c <= 0xBFu)) return 1;
    if (c == 0xD7u || c == 0xF7u || c == 0x60Cu || c == 0x61Bu || c == 0x61Fu || c == 0x6D4u || c == 0x964u || c == 0x965u) return 1;
    if (c == 0x5BEu || c == 0x5C0u || c == 0x5C3u || c == 0x5F3u || c == 0x5F4u) return 1;
    if ((c >= 0x2000u && c <= 0x206Fu) || (c >= 0x3000u && c <= 0x303Fu) || c == 0x30FBu) return 1;
    if ((c >= 0xFF01u && c <= 0xFF0Fu) || (c >= 0xFF1Au && c <= 0xFF20u) || (c >= 0xFF3Bu && c <= 0xFF40u) ||
        (c >= 0xFF5Bu && c <= 0xFF65u)) return 1;
    return 0;
}

/* cueDigit: the digit c writes (ASCII, Arabic-Indic, Eastern Arabic-Indic, the nine Indic scripts, Thai, fullwidth). */
static int cue_digit(uint32_t c) {
    static const uint32_t zeros[14] = {0x30u, 0x660u, 0x6F0u, 0x966u, 0x9E6u, 0xA66u, 0xAE6u, 0xB66u, 0xBE6u, 0xC66u, 0xCE6u, 0xD66u, 0xE50u, 0xFF10u};
    uint32_t k;
    for (k = 0; k < 14u; k++) {
        if (c >= zeros[k] && c <= zeros[k] + 9u) return (int)(c - zeros[k]);
    }
    return -1;
}

static int is_space(uint32_t c) {
    return c == 0x20u || c == 0x09u || c == 0x0Au || c == 0x0Du || c == 0xA0u || c == 0x3000u;
}

/* Han numerals 〇一二三四五六七八九 (两 兩: 2), and the powers 十 百 千. */
static int han_digit(uint32_t c) {
    static const uint32_t digits[10] = {0x3007u, 0x4E00u, 0x4E8Cu, 0x4E09u, 0x56DBu, 0x4E94u, 0x516Du, 0x4E03u, 0x516Bu, 0x4E5Du};
    int k;
    for (k = 0; k < 10; k++) {
        if (c == digits[k]) return k;
    }
    return c == 0x4E24u || c == 0x5169u ? 2 : -1;
}

static uint32_t han_power(uint32_t c) { return c == 0x5341u ? 10u : c == 0x767Eu ? 100u : c == 0x5343u ? 1000u : 0u; }

/* HAN_COUNTERS: つ个個回次条條項项点點処处處首句段枚本行 */
static int han_counter(uint32_t c) {
    static const uint32_t counters[20] = {0x3064u, 0x4E2Au, 0x500Bu, 0x56DEu, 0x6B21u, 0x6761u, 0x689Du, 0x9805u, 0x9879u, 0x70B9u,
                                          0x9EDEu, 0x51E6u, 0x5904u, 0x8655u, 0x9996u, 0x53E5u, 0x6BB5u, 0x679Au, 0x672Cu, 0x884Cu};
    uint32_t k;
    for (k = 0; k < 20u; k++) {
        if (c == counters[k]) return 1;
    }
    return 0;
}

static uint32_t u8_len(uint32_t c) { return c < 0x80u ? 1u : c < 0x800u ? 2u : c < 0x10000u ? 3u : 4u; }

/* lowerCodePoint: c lowercased alone (String.prototype.toLowerCase) when that is one code point of c's UTF-8
 * length, so byte offsets keep their place; else c. */
static uint32_t lower_cp(uint32_t c) {
    uint8_t in[4], out[16];
    eg_wr w;
    eg_str x;
    uint32_t l, lc;
    if (c < 0x80u) return c >= 0x41u && c <= 0x5Au ? c + 0x20u : c;
    w.p = in;
    w.n = 0;
    w.cap = sizeof(in);
    w.over = 0;
    eg_wr_cp(&w, c);
    x.p = in;
    x.n = w.n;
    w.p = out;
    w.n = 0;
    w.cap = sizeof(out);
    w.over = 0;
    eg_wr_case(&w, x, 0);
    if (w.over || w.n == 0u) return c;
    l = eg_u8_dec(out, w.n, 0, &lc);
    return l == w.n && u8_len(lc) == u8_len(c) ? lc : c;
}

/* ---------------------------------------------------------------- walking the prompt */

/* The code point at byte i (< n). */
static uint32_t cp_at_n(const cue_run *c, uint32_t i);
/* The code point at byte i (< n), its length in *l. */
static uint32_t cp_at(const cue_run *c, uint32_t i, uint32_t *l) {
    uint32_t cp;
    *l = eg_u8_dec(c->p, c->n, i, &cp);
    return cp;
}

static uint32_t lc_at(const cue_run *c, uint32_t i, uint32_t *l) { return lower_cp(cp_at(c, i, l)); }
static uint32_t cp_at_n(const cue_run *c, uint32_t i) {
    uint32_t l;
    return cp_at(c, i, &l);
}

/* The code point before byte i (> 0). */
static uint32_t cp_before(const cue_run *c, uint32_t i) {
    uint32_t l;
    return cp_at(c, eg_u8_prev(c->p, i), &l);
}

/* Code points in bytes [a, b). */
static int32_t cps_between(const cue_run *c, uint32_t a, uint32_t b) {
    int32_t k = 0;
    uint32_t l;
    while (a < b) {
        (void)cp_at(c, a, &l);
        a += l;
        k++;
    }
    return k;
}

/* gap (cues.ts): the code points between spans [a0, a1) and [b0, b1) (negative when they overlap, as a0 - b1 is). */
static int32_t gap(const cue_run *c, uint32_t a0, uint32_t a1, uint32_t b0, uint32_t b1) {
    if (a1 <= b0) return cps_between(c, a1, b0);
    if (b1 <= a0) return cps_between(c, b1, a0);
    return -cps_between(c, a0, b1);
}

#define CUE_ASTERISK_SPAN_MAX 40u  /* ASTERISK_SPAN_MAX (cues.ts) */
#define CUE_ITEM_HIGHLIGHTS_MAX 10u /* ITEM_HIGHLIGHTS_MAX */
#define CUE_CAPS_WORDS_MAX 20u      /* CAPS_WORDS_MAX */
#define CUE_CAPS_NEAR 4             /* CAPS_NEAR */
#define CUE_ARTICLE_NEAR 2          /* ARTICLE_NEAR */
#define CUE_ADJ_MAX 16u             /* CUE_ADJ_MAX (version 26) */
#define CUE_GAP_UNITS (CUE_BIT(EG_IFR_CUE_ITEM) | CUE_BIT(EG_IFR_CUE_BULLET) | CUE_BIT(EG_IFR_CUE_HIGHLIGHT) | CUE_BIT(EG_IFR_CUE_PLACEHOLDER))

static int sentence_end(const cue_run *c, uint32_t i, uint32_t ch, uint32_t l);

/* exampleLead (cues.ts): the code point before byte i, past white space, is a colon or an opening bracket. */
static int example_lead(const cue_run *c, uint32_t i) {
    while (i > 0u) {
        uint32_t q = eg_u8_prev(c->p, i), ch = cp_at_n(c, q);
        if (!is_space(ch)) return ch == 0x3Au || ch == 0x28u || ch == 0xFF1Au || ch == 0xFF08u;
        i = q;
    }
    return 0;
}

/* asteriskSpans (cues.ts, version 25): the first example span "*text*" [*a, *b) whose opening asterisk is at or after
 * byte from: an asterisk after a colon or an opening bracket, before a non-space, non-asterisk code point, closed by an
 * asterisk after a non-space at most CUE_ASTERISK_SPAN_MAX code points on, with no sentence end between. 0 if none. */
static int next_asterisk_span(const cue_run *c, uint32_t from, uint32_t *a, uint32_t *b) {
    uint32_t i = from, l;
    while (i < c->n) {
        uint32_t ch = cp_at(c, i, &l), nl, nx, j, k, prev = 0;
        if (ch != 0x2Au || i + l >= c->n) {
            i += l;
            continue;
        }
        nx = cp_at(c, i + l, &nl);
        if (nx == 0x2Au || is_space(nx) || !example_lead(c, i)) {
            i += l;
            continue;
        }
        for (j = i + l, k = 1; j < c->n && k <= CUE_ASTERISK_SPAN_MAX; k++) {
            uint32_t jl, cj = cp_at(c, j, &jl);
            if (k > 1u && cj == 0x2Au) {
                if (!is_space(prev)) {
                    *a = i;
                    *b = j + jl;
                    return 1;
                }
                break;
            }
            if (sentence_end(c, j, cj, jl)) break;
            prev = cj;
            j += jl;
        }
        i += l;
    }
    return 0;
}

/* Whether byte i lies inside a quoted span or an asterisk span (callers ask in ascending order of i). */
static int in_quote(const cue_run *c, cue_cursor *k, uint32_t i) {
    while (k->qi < c->nq && c->m->quote[k->qi].end <= i) k->qi++;
    if (k->qi < c->nq && c->m->quote[k->qi].start <= i) return 1;
    while (k->ab <= i && k->an < c->n) {
        if (!next_asterisk_span(c, k->an, &k->aa, &k->ab)) k->aa = k->ab = c->n;
        k->an = k->ab;
    }
    return k->aa <= i && i < k->ab;
}

/* isSentenceEnd for the code point ch at byte i (length l). */
static int sentence_end(const cue_run *c, uint32_t i, uint32_t ch, uint32_t l) {
    if (ch == 0x2Eu) {
        uint32_t nl, nx;
        if (i + l >= c->n) return 1;
        nx = cp_at(c, i + l, &nl);
        return nx == 0x20u || nx == 0x0Au || nx == 0x09u;
    }
    return ch == 0x21u || ch == 0x3Fu || ch == 0x3Bu || ch == 0x0Au || ch == 0x3002u || ch == 0xFF01u || ch == 0xFF1Fu ||
           ch == 0xFF1Bu || ch == 0x61Fu || ch == 0x6D4u || ch == 0x964u;
}

/* The sentence number of byte i: the unquoted sentence ends before it (callers ask in ascending order). */
static uint32_t sentence_of(const cue_run *c, cue_cursor *k, uint32_t i) {
    while (k->pos < i) {
        uint32_t l, ch = cp_at(c, k->pos, &l);
        if (!in_quote(c, k, k->pos) && sentence_end(c, k->pos, ch, l)) k->count++;
        k->pos += l;
    }
    return k->count;
}

/* findQuotes: an opening mark, then the nearest closing mark of its pair on the same line, at most CUE_QUOTE_MAX
 * code points on; straight, fullwidth and single quotes (" ＂ ' ‘) open only after a separator and close only before
 * a separator or a code point from U+0370 on; the scan goes on after a span's closing mark and stops at
 * CUE_MAX_QUOTES spans. */
static void find_quotes(cue_run *c) {
    static const uint32_t pairs[12][2] = {
        {0x300Cu, 0x300Du}, {0x300Eu, 0x300Fu}, {0x201Cu, 0x201Du}, {0x201Eu, 0x201Cu}, {0x201Eu, 0x201Du}, {0xABu, 0xBBu},
        {0xBBu, 0xABu}, {0x2039u, 0x203Au}, {0x22u, 0x22u}, {0x2018u, 0x2019u}, {0x27u, 0x27u}, {0xFF02u, 0xFF02u}};
    uint32_t i = 0;
    c->nq = 0;
    while (i < c->n && c->nq < EG_IFR_CUE_MAX_QUOTES) {
        uint32_t l, ch = cp_at(c, i, &l), k, close_at = CUE_NONE, close_len = 0, steps = 0, pi;
        /* straight and fullwidth double quotes follow the single quotes' rules too (cues.ts findQuotes) */
        int single = ch == 0x27u || ch == 0x2018u || ch == 0x22u || ch == 0xFF02u;
        if (!(single && i > 0u && !is_sep(cp_before(c, i)))) {
            for (pi = 0; pi < 12u && close_at == CUE_NONE; pi++) {
                if (ch != pairs[pi][0]) continue;
                k = i + l;
                for (steps = 1; k < c->n && steps <= EG_IFR_CUE_QUOTE_MAX + 1u; steps++) {
                    uint32_t kl, ck = cp_at(c, k, &kl);
                    if (ck == 0x0Au) break;
                    if (ck == pairs[pi][1]) {
                        if (single && k + kl < c->n) {
                            uint32_t nl, nx = cp_at(c, k + kl, &nl);
                            if (!is_sep(nx) && nx < 0x370u) {
                                k += kl;
                                continue;
                            }
                        }
                        close_at = k;
                        close_len = kl;
                        break;
                    }
                    k += kl;
                }
            }
        }
        if (close_at != CUE_NONE && close_at > i + l) {
            eg_ifr_cue_quote *q = &c->m->quote[c->nq++];
            q->start = i + l;
            q->end = close_at;
            q->cps = (uint8_t)(steps - 1u);
            q->used = 0;
            q->sentence = 0;
            i = close_at + close_len;
            continue;
        }
        i += l;
    }
}

/* ---------------------------------------------------------------- hits */

/* The first code point of RCUE record k's string. */
static uint32_t rec_first(const cue_run *c, uint32_t k) {
    eg_str w = eg_ifr_string(c->r, eg_rd_u32(c->r->cue + 12u * k));
    uint32_t cp;
    (void)eg_u8_dec(w.p, w.n, 0, &cp);
    return cp;
}

/* Hebrew proclitics (ו ה ב כ ל מ ש) and Arabic ones (و ف ب ك ل): letters written onto the next word. */
static int is_proclitic(uint32_t c) {
    return c == 0x5D5u || c == 0x5D4u || c == 0x5D1u || c == 0x5DBu || c == 0x5DCu || c == 0x5DEu || c == 0x5E9u ||
           c == 0x648u || c == 0x641u || c == 0x628u || c == 0x643u || c == 0x644u;
}

/* afterProclitics: one or two proclitics that start a word stand right before byte p ("במקף", "שהמילה"): an entry
 * may start at p as at a word start (version 19). */
static int after_proclitics(const cue_run *c, uint32_t p) {
    uint32_t q = p, k;
    for (k = 1; k <= 2u && q > 0u; k++) {
        uint32_t pc;
        q = eg_u8_prev(c->p, q);
        pc = lower_cp(cp_at_n(c, q));
        if (!is_proclitic(pc)) return 0;
        if (q == 0u) return 1;
        pc = lower_cp(cp_before(c, q));
        if (is_sep(pc) || cue_digit(pc) >= 0) return 1;
    }
    return 0;
}

/* matchAt: the longest RCUE entries matching at byte p (whose lowered code point is first), their concepts or-ed and
 * the value of the last NUM one in RCUE order. 1 with *end, *mask, *value set; 0 when none. */
static int match_at(const cue_run *c, uint32_t p, uint32_t first, uint32_t *end, uint32_t *mask, uint32_t *value) {
    uint32_t lo = 0, hi = c->r->ncue, k, best = p, bmask = 0, bvalue = 0;
    int word_start;
    /* RCUE is sorted by UTF-8 bytes: the entries with one first code point are contiguous */
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2u;
        if (rec_first(c, mid) < first) lo = mid + 1u;
        else hi = mid;
    }
    if (lo >= c->r->ncue || rec_first(c, lo) != first) return 0;
    if (p == 0u) word_start = 1;
    else {
        uint32_t pc = lower_cp(cp_before(c, p));
        word_start = is_sep(pc) || cue_digit(pc) >= 0 || after_proclitics(c, p);
    }
    for (k = lo; k < c->r->ncue; k++) {
        const uint8_t *rec = c->r->cue + 12u * k;
        eg_str w = eg_ifr_string(c->r, eg_rd_u32(rec));
        uint32_t concept = eg_rd_u32(rec + 4u), wn = w.n, j, q = p, ec, el, l, x;
        int stem, free_, ok = 1;
        (void)eg_u8_dec(w.p, w.n, 0, &ec);
        if (ec != first) break;
        stem = w.p[w.n - 1u] == 0x2Au;
        if (stem) wn--;
        free_ = is_spaceless(first);
        /* a quotative suffix attaches to the keyword before it ("감사라는") */
        if (!free_ && !word_start && concept != (uint32_t)EG_IFR_CUE_QUOTEDBY) continue;
        for (j = 0; j < wn && ok; j += el) {
            el = eg_u8_dec(w.p, wn, j, &ec);
            if (ec == 0x20u) {
                if (q >= c->n || !is_space(lc_at(c, q, &l))) ok = 0;
                while (q < c->n && is_space(lc_at(c, q, &l))) q += l;
            } else if (q < c->n && lc_at(c, q, &l) == ec) {
                q += l;
            } else {
                ok = 0;
            }
        }
        if (!ok) continue;
        if (stem) {
            while (q < c->n && (x = lc_at(c, q, &l), !is_sep(x) && !is_spaceless(x) && cue_digit(x) < 0)) q += l;
        } else if (!free_ && q < c->n) {
            x = lc_at(c, q, &l);
            if (!is_sep(x) && !is_spaceless(x) && cue_digit(x) < 0) continue;
        }
        if (q > best) {
            best = q;
            bmask = 0;
            bvalue = 0;
        }
        if (q == best) {
            bmask |= CUE_BIT(concept);
            if (concept == (uint32_t)EG_IFR_CUE_NUM || concept == (uint32_t)EG_IFR_CUE_ORD) bvalue = eg_rd_u32(rec + 8u);
        }
    }
    if (best <= p) return 0;
    *end = best;
    *mask = bmask;
    *value = bvalue;
    return 1;
}

/* cueNumberWord (cues.ts, version 18): the value of an RCUE NUM (not ORD) entry that spells all of x (lowered as the
 * cue step lowers), else 0. The run is zeroed but for r, p and n: match_at, lc_at and cp_at read nothing else. */
uint32_t eg_ifr_cue_number_word(const eg_ifr *r, eg_str x) {
    cue_run c;
    uint32_t l, end, mask, value;
    if (r->ncue == 0u || x.n == 0u) return 0u;
    memset(&c, 0, sizeof c);
    c.r = r;
    c.p = x.p;
    c.n = x.n;
    if (!match_at(&c, 0u, lc_at(&c, 0u, &l), &end, &mask, &value)) return 0u;
    /* NUM and not ORD: match_at's value is the last NUM-or-ORD entry's, and an ordinal is no count */
    return end == x.n && (mask & CUE_BIT(EG_IFR_CUE_NUM)) && !(mask & CUE_BIT(EG_IFR_CUE_ORD)) ? value : 0u;
}

/* cueConceptIn (cues.ts, version 20): an RCUE entry of the concept matches somewhere in x (at each position the longest
 * entries; the search goes on after a match's end). */
int eg_ifr_cue_concept_in(const eg_ifr *r, eg_str x, uint32_t concept) {
    cue_run c;
    uint32_t p = 0, l, end, mask, value;
    if (r->ncue == 0u) return 0;
    memset(&c, 0, sizeof c);
    c.r = r;
    c.p = x.p;
    c.n = x.n;
    while (p < x.n) {
        uint32_t lc = lc_at(&c, p, &l);
        if (!match_at(&c, p, lc, &end, &mask, &value)) {
            p += l;
        } else {
            if (mask & CUE_BIT(concept)) return 1;
            p = end;
        }
    }
    return 0;
}

/* isSeparator (cues.ts) for other steps. */
int eg_ifr_cue_separator(uint32_t c) { return is_sep(c); }

/* numberAt: up to 4 digits of one script, or up to 4 Han numerals before a counter or a cue word. 1 with *end and
 * *value set; 0 when none. */
/* cues.ts thousandsGroup(): "." or "," then exactly three digits (any script) at byte q; 1 with *end and *g. */
static int thousands_group(const cue_run *c, uint32_t q, uint32_t *end, uint32_t *g) {
    uint32_t l, x, k, v = 0;
    if (q >= c->n) return 0;
    x = lc_at(c, q, &l);
    if (x != 0x2Eu && x != 0x2Cu) return 0;
    q += l;
    for (k = 0; k < 3u; k++) {
        int d;
        if (q >= c->n) return 0;
        d = cue_digit(lc_at(c, q, &l));
        if (d < 0) return 0;
        v = v * 10u + (uint32_t)d;
        q += l;
    }
    if (q < c->n && cue_digit(lc_at(c, q, &l)) >= 0) return 0;
    *end = q;
    *g = v;
    return 1;
}

/* isMoneyMark (cues.ts, version 24): percent and per-mille signs, currency symbols and the currency words written
 * onto a number (円, 元, 원): a number next to one is a price or a share, never a count. */
static int is_money_mark(uint32_t c) {
    return c == 0x24u || c == 0x25u || (c >= 0xA2u && c <= 0xA5u) || c == 0x2030u || (c >= 0x20A0u && c <= 0x20C0u) ||
           c == 0xFF04u || c == 0xFFE5u || c == 0xE3Fu || c == 0x9F3u || c == 0xFDFCu || c == 0x5186u || c == 0x5143u || c == 0xC6D0u;
}

static int number_at(const cue_run *c, uint32_t p, uint32_t lc, uint32_t *end, uint32_t *value) {
    int d0 = cue_digit(lc);
    uint32_t q = p, v = 0, cnt = 0, l, x, m_end, m_mask, m_value;
    if (d0 >= 0) {
        uint32_t zero = lc - (uint32_t)d0;
        if (p > 0u) {
            uint32_t pc = lower_cp(cp_before(c, p));
            if ((pc >= 0x41u && pc <= 0x5Au) || (pc >= 0x61u && pc <= 0x7Au) || cue_digit(pc) >= 0) return 0;
            /* version 22: the digits after a thousands separator are that number's */
            if ((pc == 0x2Eu || pc == 0x2Cu) && p > 1u && cue_digit(lower_cp(cp_before(c, p - 1u))) >= 0) return 0;
            if (is_money_mark(pc)) return 0;
        }
        while (q < c->n && cnt < 4u && (x = lc_at(c, q, &l), x >= zero && x <= zero + 9u)) {
            v = v * 10u + (x - zero);
            q += l;
            cnt++;
        }
        if (q < c->n && cue_digit(lc_at(c, q, &l)) >= 0) return 0;
        /* version 22: thousands groups ("150.000 đồng") are read with it */
        {
            uint32_t ge, g;
            while (v < 1000000u && thousands_group(c, q, &ge, &g)) {
                v = v * 1000u + g;
                q = ge;
            }
        }
        if (q < c->n && is_money_mark(lc_at(c, q, &l))) return 0;
        *end = q;
        *value = v;
        return 1;
    } else {
        int cur = -1;
        if (han_digit(lc) < 0 && han_power(lc) == 0u) return 0;
        while (q < c->n && cnt < 4u) {
            int d;
            uint32_t pw;
            x = lc_at(c, q, &l);
            d = han_digit(x);
            pw = han_power(x);
            if (d >= 0) cur = d;
            else if (pw > 0u) {
                v += (cur < 0 ? 1u : (uint32_t)cur) * pw;
                cur = -1;
            } else break;
            q += l;
            cnt++;
        }
        if (cur > 0) v += (uint32_t)cur;
        if (q >= c->n || v == 0u) return 0;
        x = lc_at(c, q, &l);
        if (han_counter(x) || match_at(c, q, x, &m_end, &m_mask, &m_value)) {
            *end = q;
            *value = v;
            return 1;
        }
        return 0;
    }
}

/* ---------------------------------------------------------------- one sentence */

static eg_str text_of(const cue_run *c, uint32_t a, uint32_t b) {
    eg_str x;
    x.p = c->p + a;
    x.n = b - a;
    return eg_str_trim(x);
}

/* 1 when some code point of x satisfies pred (x decoded as UTF-8). */
static int any_cp(eg_str x, int (*pred)(uint32_t)) {
    uint32_t i = 0, ch;
    while (i < x.n) {
        i += eg_u8_dec(x.p, x.n, i, &ch);
        if (pred(ch)) return 1;
    }
    return 0;
}

static int is_word_cp(uint32_t c) { return !is_sep(c); }

/* keyword: the unused quoted span of the sentence (at most CUE_KEYWORD_MAX code points) nearest to hit `near`, else
 * the word after "the word", else the word a quotative suffix ends. 1 with *out set; 0 (null) otherwise. */
static int keyword(cue_run *c, const eg_ifr_cue_hit *near, eg_str *out) {
    eg_ifr_cue_quote *best = NULL;
    int32_t bg = 0;
    uint32_t i, j, l;
    for (i = c->q0; i < c->q1; i++) {
        eg_ifr_cue_quote *q = &c->m->quote[i];
        int32_t g;
        /* A quoted span of separators only ("'*'" showing a bullet marker) is no keyword. */
        if (q->used || q->cps > CUE_KEYWORD_MAX || !any_cp(text_of(c, q->start, q->end), is_word_cp)) continue;
        g = gap(c, q->start, q->end, near->start, near->end);
        if (best == NULL || g < bg) {
            best = q;
            bg = g;
        }
    }
    if (best != NULL) {
        best->used = 1;
        *out = text_of(c, best->start, best->end);
        return out->n > 0u;
    }
    for (i = 0; i < c->nh; i++) {
        eg_ifr_cue_hit *x = &c->m->hit[i];
        if (x->used) continue;
        if (x->mask & CUE_BIT(EG_IFR_CUE_WORDNOUN)) {
            uint32_t a = x->end, b, span = 0;
            int starts = 0;
            while (a < c->n && is_space(cp_at(c, a, &l))) a += l;
            b = a;
            while (b < c->n && !is_sep(cp_at(c, b, &l)) && span < EG_IFR_CUE_SPAN_MAX) {
                b += l;
                span++;
            }
            for (j = 0; j < c->nh; j++) {
                if (c->m->hit[j].start == a) starts = 1;
            }
            if (b > a && a > x->end && !starts) {
                x->used = 1;
                *out = text_of(c, a, b);
                return 1;
            }
        }
        if (x->mask & CUE_BIT(EG_IFR_CUE_QUOTEDBY)) {
            uint32_t a = x->start, span = 0;
            while (a > 0u && !is_sep(cp_before(c, a)) && span < EG_IFR_CUE_SPAN_MAX) {
                a = eg_u8_prev(c->p, a);
                span++;
            }
            if (a < x->start) {
                x->used = 1;
                *out = text_of(c, a, x->start);
                return 1;
            }
        }
    }
    return 0;
}

/* The first hit of the sentence with concept k, or NULL. */
static eg_ifr_cue_hit *first_hit(cue_run *c, int k) {
    uint32_t i;
    for (i = 0; i < c->nh; i++) {
        if (c->m->hit[i].mask & CUE_BIT(k)) return &c->m->hit[i];
    }
    return NULL;
}

/* A NEG hit lies within CUE_NEAR code points of h. */
static int negated(const cue_run *c, const eg_ifr_cue_hit *h) {
    uint32_t i;
    if (h == NULL) return 0;
    for (i = 0; i < c->nh; i++) {
        const eg_ifr_cue_hit *x = &c->m->hit[i];
        if ((x->mask & CUE_BIT(EG_IFR_CUE_NEG)) && gap(c, x->start, x->end, h->start, h->end) <= (int32_t)EG_IFR_CUE_NEAR) return 1;
    }
    return 0;
}

/* Another hit than a and b, of a concept in mask, lies between them. */
static int between(const cue_run *c, uint32_t a, uint32_t b, uint32_t mask) {
    const eg_ifr_cue_hit *x = &c->m->hit[a], *y = &c->m->hit[b];
    uint32_t lo = x->end < y->end ? x->end : y->end, hi = x->start > y->start ? x->start : y->start, i;
    for (i = 0; i < c->nh; i++) {
        const eg_ifr_cue_hit *z = &c->m->hit[i];
        if (i != a && i != b && (z->mask & mask) && z->start >= lo && z->end <= hi) return 1;
    }
    return 0;
}

/* oneWordBetween (cues.ts, version 26): bytes [a, b) are white space, one word of at most CUE_ADJ_MAX code points,
 * white space. */
static int one_word_between(const cue_run *c, uint32_t a, uint32_t b) {
    uint32_t i = a, l, w0, w1, n = 0;
    while (i < b && is_space(cp_at(c, i, &l))) i += l;
    w0 = i;
    while (i < b && !is_sep(cp_at(c, i, &l))) {
        i += l;
        n++;
    }
    w1 = i;
    while (i < b && is_space(cp_at(c, i, &l))) i += l;
    return w0 > a && w1 > w0 && n <= CUE_ADJ_MAX && i == b && b > w1;
}

/* Some hit lies inside bytes [a, b). */
static int hit_within(const cue_run *c, uint32_t a, uint32_t b) {
    uint32_t i;
    for (i = 0; i < c->nh; i++)
        if (c->m->hit[i].start >= a && c->m->hit[i].end <= b) return 1;
    return 0;
}

/* allCaps: [a, b) holds two or more capitals (code points lower_cp changes) and nothing else but separators. */
static int all_caps(const cue_run *c, uint32_t a, uint32_t b) {
    uint32_t i, l, caps = 0;
    for (i = a; i < b; i += l) {
        uint32_t ch = cp_at(c, i, &l);
        if (lower_cp(ch) != ch) caps++;
        else if (!is_sep(ch)) return 0;
    }
    return caps >= 2u;
}

/* clauseWordAfter: the word right after byte `end` (spaces first) when it is no cue hit, starts with no digit and no
 * Hangul (a Korean verb's auxiliary follows it: "넣어 주세요") and ends its clause (a sentence end, a comma or the end
 * follow it): the unquoted object of an include verb. */
static int clause_word_after(const cue_run *c, uint32_t end, eg_str *out) {
    uint32_t a = end, b, l, ch, span = 0, j;
    while (a < c->n && is_space(cp_at(c, a, &l))) a += l;
    if (a == end || a >= c->n) return 0;
    ch = cp_at(c, a, &l);
    if (is_sep(ch) || cue_digit(ch) >= 0 || (ch >= 0xAC00u && ch <= 0xD7A3u)) return 0;
    for (j = 0; j < c->nh; j++) {
        if (c->m->hit[j].start == a) return 0;
    }
    b = a;
    while (b < c->n && !is_sep(cp_at(c, b, &l)) && span < EG_IFR_CUE_SPAN_MAX) {
        b += l;
        span++;
    }
    if (b < c->n) {
        ch = cp_at(c, b, &l);
        if (!sentence_end(c, b, ch, l) && ch != 0x2Cu && ch != 0x60Cu && ch != 0x3001u) return 0;
    }
    *out = text_of(c, a, b);
    return out->n > 0u;
}

/* rangeOf: the range a relation cue's mask and a number give (no relation, or "exactly": that number). */
static eg_range range_of(uint32_t mask, int64_t n) {
    int rel = EG_R_EQ;
    if (mask & CUE_BIT(EG_IFR_CUE_ATLEAST)) rel = EG_R_GE;
    else if (mask & CUE_BIT(EG_IFR_CUE_ATMOST)) rel = EG_R_LE;
    else if (mask & CUE_BIT(EG_IFR_CUE_LESS)) rel = EG_R_LT;
    else if (mask & CUE_BIT(EG_IFR_CUE_MORE)) rel = EG_R_GT;
    return eg_ifr_to_range(rel, n);
}

/* bare in readCues: a count read as exactly n may take the relation word rel (non-NULL) found next to n. */
static int bare_count(eg_range have, const eg_ifr_cue_hit *rel, uint32_t n) {
    return rel != NULL && have.lo == (int64_t)n && have.hi == (int64_t)n;
}

/* Version 23 (cues.ts about): a word count the patterns read as about n, [n, n + max(2, n / 20)]. */
static int about_count(eg_range have, const eg_ifr_cue_hit *rel, uint32_t n) {
    int64_t slack = (int64_t)n / 20 > 2 ? (int64_t)n / 20 : 2;
    return rel != NULL && have.lo == (int64_t)n && have.hi == (int64_t)n + slack;
}

/* plan.kwfreq has key x lowercased (the arena is given back). */
static int kwfreq_has(cue_run *c, eg_str x) {
    uint32_t save = c->s->arena_used, q;
    eg_str k = eg_ifr_arena_lower(c->s, x);
    int found = 0;
    for (q = 0; q < c->plan->n_kwfreq && !found; q++) found = eg_str_eq(c->plan->kwfreq_key[q], k);
    c->s->arena_used = save;
    return found;
}

static int list_has(const eg_str *arr, uint32_t n, eg_str x) {
    uint32_t i;
    for (i = 0; i < n; i++) {
        if (eg_str_eq(arr[i], x)) return 1;
    }
    return 0;
}

/* The postscript marker the plan has, as plan.ts keeps it (P.S. / P.P.S / the named marker). */
static int is_postscript(const eg_plan *plan, eg_str x) {
    if (plan->postscript == 1) return eg_str_eq_c(x, "P.S.");
    if (plan->postscript == 2) return eg_str_eq_c(x, "P.P.S");
    if (plan->postscript == 3) return eg_str_eq(x, plan->ps_marker);
    return 0;
}

/* colonBefore: a colon stands between the start of the sentence holding byte `at` and `at`. */
static int colon_before(const cue_run *c, uint32_t at) {
    uint32_t k = at, l, ch;
    while (k > 0u) {
        k = eg_u8_prev(c->p, k);
        ch = cp_at(c, k, &l);
        if (sentence_end(c, k, ch, l)) return 0;
        if (ch == 0x3Au || ch == 0xFF1Au) return 1;
    }
    return 0;
}

/* bareEnding: after the end cue `end`, the first WITH hit within EG_IFR_END_WITH_NEAR code points, then (after spaces)
 * a capital, or an inverted mark before one, opens the ending; it runs to its sentence's end, the closing mark kept
 * (not a new line or ";"), in 1..EG_IFR_END_BARE_WORDS words, trailing spaces dropped. */
static int bare_ending(const cue_run *c, const eg_ifr_cue_hit *end, eg_str *out) {
    const eg_ifr_cue_hit *w = NULL;
    uint32_t i, a, p, b, l, ch, n = 1;
    for (i = 0; i < c->nh && w == NULL; i++) {
        const eg_ifr_cue_hit *x = &c->m->hit[i];
        if ((x->mask & CUE_BIT(EG_IFR_CUE_WITH)) && x->start >= end->end &&
            cps_between(c, end->end, x->start) <= (int32_t)EG_IFR_END_WITH_NEAR) w = x;
    }
    if (w == NULL) return 0;
    a = w->end;
    while (a < c->n && is_space(cp_at(c, a, &l))) a += l;
    if (a == w->end || a >= c->n) return 0;
    ch = cp_at(c, a, &l);
    if (ch == 0xA1u || ch == 0xBFu) {
        uint32_t l2, nx;
        if (a + l >= c->n) return 0;
        nx = cp_at(c, a + l, &l2);
        if (lower_cp(nx) == nx) return 0;
    } else if (lower_cp(ch) == ch) {
        return 0;
    }
    p = a;
    while (p < c->n) {
        ch = cp_at(c, p, &l);
        if (sentence_end(c, p, ch, l)) break;
        if (is_space(ch) && p + l < c->n) {
            uint32_t l2;
            if (!is_space(cp_at(c, p + l, &l2)) && ++n > EG_IFR_END_BARE_WORDS) return 0;
        }
        p += l;
    }
    b = p;
    if (p < c->n) {
        ch = cp_at(c, p, &l);
        if (ch != 0x0Au && ch != 0x3Bu) b = p + l;
    }
    while (b > a) {
        uint32_t q = eg_u8_prev(c->p, b);
        if (!is_space(cp_at(c, q, &l))) break;
        b = q;
    }
    *out = text_of(c, a, b);
    return out->n > 0u;
}

/* colonEnding: the text after the first colon within EG_IFR_END_COLON_NEAR code points of byte `from` (no sentence
 * end before it), when it runs to the end of the prompt (white space trimmed) as one sentence (no sentence end before
 * its last code point) and is 1..EG_IFR_END_COLON_MAX code points long. */
static int colon_ending(const cue_run *c, uint32_t from, eg_str *out) {
    uint32_t q = from, k = 0, l, ch = 0, a, b, cps = 0;
    while (q < c->n) {
        ch = cp_at(c, q, &l);
        if (!(k <= (uint32_t)EG_IFR_END_COLON_NEAR && ch != 0x3Au && ch != 0xFF1Au && !sentence_end(c, q, ch, l))) break;
        q += l;
        k++;
    }
    if (q >= c->n || (ch != 0x3Au && ch != 0xFF1Au)) return 0;
    a = q + l;
    while (a < c->n && is_space(cp_at(c, a, &l))) a += l;
    b = c->n;
    while (b > a && is_space(cp_before(c, b))) b = eg_u8_prev(c->p, b);
    if (b <= a) return 0;
    /* one sentence: no sentence end before its last code point */
    for (q = a; q < b; q += l) {
        ch = cp_at(c, q, &l);
        if (q + l < b && sentence_end(c, q, ch, l)) return 0;
        cps++;
    }
    if (cps > (uint32_t)EG_IFR_END_COLON_MAX) return 0;
    out->p = c->p + a;
    out->n = b - a;
    return 1;
}

/* x and y are equal lowercased (the arena is given back). */
static int same_lower(cue_run *c, eg_str x, eg_str y) {
    uint32_t save = c->s->arena_used;
    eg_str a = eg_ifr_arena_lower(c->s, x), b = eg_ifr_arena_lower(c->s, y);
    int eq = eg_str_eq(a, b);
    c->s->arena_used = save;
    return eq;
}

static int is_p(uint32_t ch) { return ch == 0x50u || ch == 0x70u; }
static int is_mark_letter(uint32_t ch) { return ch == 0x53u || ch == 0x73u || ch == 0x44u || ch == 0x64u; }

/* The ASCII byte at i, or 0 past the end (markers are ASCII). */
static uint32_t byte_at(const cue_run *c, uint32_t i) { return i < c->n ? c->p[i] : 0u; }

/* i is the end or a separator follows (markerAfter's endsAt). */
static int ends_at(const cue_run *c, uint32_t i) {
    uint32_t l;
    return i >= c->n || is_sep(cp_at(c, i, &l));
}

/* markerAfter (cues.ts): a postscript marker token starting within EG_IFR_MARK_NEAR code points after byte `from`,
 * before a sentence end: "P.S." / "P.P.S." (1 / 2), "P.D." as written (3, *out set), "PS" / "PPS" in capitals (1 / 2);
 * the token starts a word (after a separator or a spaceless code point) and ends at a dot, a separator or the end.
 * 0 when none. */
static int marker_after(const cue_run *c, uint32_t from, eg_str *out) {
    uint32_t k = from, cps = 0, l, ch;
    while (k < c->n && cps <= (uint32_t)EG_IFR_MARK_NEAR) {
        ch = cp_at(c, k, &l);
        if (is_p(ch)) {
            uint32_t pc = k == 0u ? 0x20u : cp_before(c, k);
            if (k == 0u || is_sep(pc) || is_spaceless(pc)) {
                if (byte_at(c, k + 1u) == 0x2Eu) {
                    uint32_t q = k + 2u, letter;
                    int pp = 0;
                    if (q + 2u < c->n && is_p(byte_at(c, q)) && byte_at(c, q + 1u) == 0x2Eu &&
                        (byte_at(c, q + 2u) == 0x53u || byte_at(c, q + 2u) == 0x73u)) {
                        pp = 1;
                        q += 2u;
                    }
                    /* the French "P.-S." (version 19): a hyphen before the letter, the marker as written */
                    int hyphen = !pp && q < c->n && byte_at(c, q) == 0x2Du;
                    if (hyphen) q++;
                    if (q < c->n && is_mark_letter(byte_at(c, q))) {
                        letter = byte_at(c, q);
                        q++;
                        if (q < c->n && byte_at(c, q) == 0x2Eu) q++;
                        if (ends_at(c, q) || byte_at(c, q - 1u) == 0x2Eu) {
                            if ((letter == 0x53u || letter == 0x73u) && !hyphen) return pp ? 2 : 1;
                            out->p = c->p + k;
                            out->n = q - k;
                            return 3;
                        }
                    }
                }
                if (ch == 0x50u && byte_at(c, k + 1u) == 0x53u && ends_at(c, k + 2u)) return 1;
                if (ch == 0x50u && byte_at(c, k + 1u) == 0x50u && byte_at(c, k + 2u) == 0x53u && ends_at(c, k + 3u)) return 2;
            }
        }
        if (sentence_end(c, k, ch, l)) return 0;
        k += l;
        cps++;
    }
    return 0;
}

/* An UPPER hit at or after the end of hit u, at most CUE_CAPS_NEAR code points on ("cuvinte cu majuscule"). */
static int upper_after(cue_run *c, const eg_ifr_cue_hit *u) {
    uint32_t i;
    for (i = 0; i < c->nh; i++) {
        const eg_ifr_cue_hit *x = &c->m->hit[i];
        if ((x->mask & CUE_BIT(EG_IFR_CUE_UPPER)) && x->start >= u->end && gap(c, u->start, u->end, x->start, x->end) <= CUE_CAPS_NEAR) return 1;
    }
    return 0;
}

/* Counts: unit and number hits pair up nearest first; then the ending, the include / forbid / no-comma cues, case. */
static void read_sentence(cue_run *c) {
    eg_ifr_cue_mem *m = c->m;
    eg_plan *plan = c->plan;
    uint32_t np = 0, i, j, ui, xi;
    int has_bullet = first_hit(c, EG_IFR_CUE_BULLET) != NULL, dash_shown = 0, caps_read = 0;
    eg_ifr_cue_hit *end, *inc, *quote, *begin, *ord;
    eg_str k;
    int comma_neg = 0;
    int para_prev = c->para_before, para_here = first_hit(c, EG_IFR_CUE_PARA) != NULL;
    c->para_before = para_here;
    /* a bullet marker shown in quotes ("「-」", "'•'"), version 25 */
    for (ui = c->q0; ui < c->q1; ui++) {
        uint32_t ch = cp_at_n(c, m->quote[ui].start);
        if (m->quote[ui].cps == 1u && (ch == 0x2Du || ch == 0x2022u)) dash_shown = 1;
    }

    for (ui = 0; ui < c->nh; ui++) {
        const eg_ifr_cue_hit *u = &m->hit[ui];
        if (!(u->mask & CUE_UNIT_MASK)) continue;
        /* a number word that says "times" itself ("zweimal": NUM and TIMES of one string, version 16) is its own pair
         * and no number for another unit */
        if (u->mask & CUE_BIT(EG_IFR_CUE_NUM)) {
            if (u->value > 0u && u->value <= CUE_COUNT_MAX && np < 2u * EG_IFR_CUE_MAX_HITS) {
                m->pair[np][0] = 0u;
                m->pair[np][1] = 0u;
                m->pair[np][2] = (uint8_t)ui;
                m->pair[np][3] = (uint8_t)ui;
                np++;
            }
            continue;
        }
        for (xi = 0; xi < c->nh; xi++) {
            const eg_ifr_cue_hit *x = &m->hit[xi];
            int32_t g;
            if (xi == ui || !(x->mask & CUE_BIT(EG_IFR_CUE_NUM)) || (x->mask & CUE_UNIT_MASK) || x->value == 0u ||
                x->value > CUE_COUNT_MAX) continue;
            g = gap(c, x->start, x->end, u->start, u->end);
            /* version 26: one word of up to CUE_ADJ_MAX code points may stand between a number and the item, bullet,
             * highlight or placeholder unit after it ("drei wichtigsten Tipps"), when it is no cue (cues.ts GAP_UNITS) */
            if (g > (int32_t)EG_IFR_CUE_NEAR &&
                !((u->mask & CUE_GAP_UNITS) && x->end <= u->start && one_word_between(c, x->end, u->start) && !hit_within(c, x->end, u->start))) continue;
            if (between(c, xi, ui, CUE_UNIT_MASK | CUE_BIT(EG_IFR_CUE_NUM))) continue;
            /* at most the nearest number on either side of a unit gets here (one between disqualifies the other) */
            if (np >= 2u * EG_IFR_CUE_MAX_HITS) continue;
            m->pair[np][0] = (uint8_t)g;
            m->pair[np][1] = (uint8_t)(x->start > u->start);
            m->pair[np][2] = (uint8_t)ui;
            m->pair[np][3] = (uint8_t)xi;
            np++;
        }
    }
    /* gap, then a number before its unit, then the earlier unit, then the earlier number (insertion sort: stable) */
    for (i = 1; i < np; i++) {
        uint8_t t[4];
        t[0] = m->pair[i][0], t[1] = m->pair[i][1], t[2] = m->pair[i][2], t[3] = m->pair[i][3];
        for (j = i; j > 0u; j--) {
            const uint8_t *a = m->pair[j - 1u];
            int greater = a[0] != t[0] ? a[0] > t[0] : a[1] != t[1] ? a[1] > t[1] : a[2] != t[2] ? a[2] > t[2] : a[3] > t[3];
            if (!greater) break;
            m->pair[j][0] = a[0], m->pair[j][1] = a[1], m->pair[j][2] = a[2], m->pair[j][3] = a[3];
        }
        m->pair[j][0] = t[0], m->pair[j][1] = t[1], m->pair[j][2] = t[2], m->pair[j][3] = t[3];
    }
    for (i = 0; i < np; i++) {
        eg_ifr_cue_hit *u = &m->hit[m->pair[i][2]], *nh = &m->hit[m->pair[i][3]];
        const eg_ifr_cue_hit *rel = NULL;
        int32_t rg = 0;
        uint32_t ri, l, unit;
        int took = 1;
        eg_range range;
        if (u->used || nh->used) continue;
        for (ri = 0; ri < c->nh; ri++) {
            const eg_ifr_cue_hit *x = &m->hit[ri];
            int32_t g;
            if (!(x->mask & CUE_REL_MASK)) continue;
            g = gap(c, x->start, x->end, nh->start, nh->end);
            if (g > (int32_t)EG_IFR_CUE_NEAR) continue;
            if (between(c, ri, m->pair[i][3], CUE_BIT(EG_IFR_CUE_NUM))) continue;
            if (rel == NULL || g < rg) {
                rel = x;
                rg = g;
            }
        }
        /* a number word of value 1 pairs only with a relation word: "一段", "un paragraphe" is an article; not for a
         * placeholder right next to it (version 25: "bir boşluk", "빈칸 하나" ask for one, as an article would; "un título
         * entre corchetes" is the title's; a highlight word is often a verb: "un ensayo que destaque") */
        if (nh->value == 1u && rel == NULL && cue_digit(lc_at(c, nh->start, &l)) < 0 &&
            !((u->mask & CUE_BIT(EG_IFR_CUE_PLACEHOLDER)) && gap(c, nh->start, nh->end, u->start, u->end) <= CUE_ARTICLE_NEAR))
            continue;
        range = range_of(rel != NULL ? rel->mask : 0u, (int64_t)nh->value);
        for (unit = EG_IFR_CUE_WORD; !(u->mask & CUE_BIT(unit)); unit++) {}
        switch (unit) {
        /* a count the patterns read as exactly this number, with no relation of theirs, takes the relation word the
         * lexicon finds next to it ("Non oltre tre frasi"; version 19) */
        case EG_IFR_CUE_WORD:
            /* version 25: a few words in capitals, with a relation, the capitals word right after the noun ("scrie măcar
             * două cuvinte cu majuscule"), count capital words, not the reply's words */
            if (rel != NULL && nh->value <= CUE_CAPS_WORDS_MAX && upper_after(c, u)) {
                if (!plan->has_caps) {
                    plan->has_caps = 1;
                    plan->caps = range;
                }
                caps_read = 1;
            } else if (!plan->has_words || bare_count(plan->words, rel, nh->value) || about_count(plan->words, rel, nh->value)) {
                plan->has_words = 1;
                plan->words = range;
            }
            break;
        case EG_IFR_CUE_SENT:
            if (!plan->has_sents || bare_count(plan->sents, rel, nh->value)) {
                plan->has_sents = 1;
                plan->sents = range;
            }
            break;
        case EG_IFR_CUE_PARA:
            if (plan->par_count == 0 && nh->value < 100u) plan->par_count = nh->value;
            break;
        case EG_IFR_CUE_ITEM:
        case EG_IFR_CUE_BULLET:
            /* version 25: items with a marker shown in quotes ("用「-」開頭") are bullets; items to be highlighted count
             * the highlights ("두 가지는 ... 강조해 주세요") */
            if (unit == EG_IFR_CUE_ITEM && !has_bullet && !dash_shown) {
                /* at most CUE_ITEM_HIGHLIGHTS_MAX: a larger number next to an item word is a price or a time */
                if (first_hit(c, EG_IFR_CUE_HIGHLIGHT) != NULL && nh->value <= CUE_ITEM_HIGHLIGHTS_MAX) {
                    if ((int64_t)nh->value > plan->highlights) plan->highlights = (int64_t)nh->value;
                } else {
                    took = 0;
                }
            } else if (!plan->has_bullets && nh->value < 100u) {
                plan->has_bullets = 1;
                plan->bullets = nh->value;
            }
            break;
        /* highlights and placeholders are only ever asked for as "at least N": with an upper bound the count is the bound's
         * largest value (version 26: Bulgarian "под" is LESS, and is Russian "for" in "оставь под них два места") */
        case EG_IFR_CUE_HIGHLIGHT:
        case EG_IFR_CUE_PLACEHOLDER: {
            int64_t cap = unit == EG_IFR_CUE_HIGHLIGHT ? 99 : 20;
            int64_t v = range.hi == EG_IFR_INF ? range.lo : (range.hi > 1 ? range.hi : 1);
            if (v > cap) v = cap;
            if (unit == EG_IFR_CUE_HIGHLIGHT) {
                if (v > plan->highlights) plan->highlights = v;
            } else if (v > plan->placeholders) {
                plan->placeholders = v;
            }
            break;
        }
        default: /* TIMES */
            if (!keyword(c, u, &k)) {
                took = 0;
            } else if (!kwfreq_has(c, k)) {
                if (plan->n_kwfreq < EG_IFR_MAX_LIST) {
                    plan->kwfreq_key[plan->n_kwfreq] = eg_ifr_arena_lower(c->s, k);
                    plan->kwfreq[plan->n_kwfreq] = range;
                    plan->n_kwfreq++;
                } else {
                    c->s->overflow = 1;
                }
            }
            break;
        }
        if (took) {
            u->used = 1;
            nh->used = 1;
        }
    }
    /* a postscript marker written out after an end, include or begin cue ("E termina com um P.D. lembrando..."): a
     * postscript with that marker (a named one beats the default P.S.) */
    for (i = 0; i < c->nh; i++) {
        const eg_ifr_cue_hit *x = &m->hit[i];
        eg_str mk;
        int kind;
        if (!(x->mask & (CUE_BIT(EG_IFR_CUE_END) | CUE_BIT(EG_IFR_CUE_INCLUDE) | CUE_BIT(EG_IFR_CUE_BEGIN)))) continue;
        kind = marker_after(c, x->end, &mk);
        if (kind != 0 && (plan->postscript == 0 || (plan->postscript == 1 && kind == 3))) {
            plan->postscript = kind;
            if (kind == 3) plan->ps_marker = mk;
        }
        if (kind != 0) break;
    }
    /* an ending: the quoted span nearest the "end with" cue */
    end = first_hit(c, EG_IFR_CUE_END);
    if (end != NULL && !plan->has_end) {
        eg_ifr_cue_quote *best = NULL;
        int32_t bg = 0;
        for (i = c->q0; i < c->q1; i++) {
            eg_ifr_cue_quote *q = &m->quote[i];
            int32_t g;
            if (q->used) continue;
            g = gap(c, q->start, q->end, end->start, end->end);
            if (best == NULL || g < bg) {
                best = q;
                bg = g;
            }
        }
        if (best != NULL) {
            eg_str ph = text_of(c, best->start, best->end);
            best->used = 1;
            /* "end with a postscript starting "P.D."": the quoted marker opens the postscript, it is no ending */
            if (ph.n > 0u && !is_postscript(plan, ph) && !eg_ifr_ps_spelling(ph)) {
                plan->has_end = 1;
                plan->end_phrase = ph;
            }
        }
    }
    /* an ending written after a colon that runs to the end of the prompt (no quotes) */
    if (end != NULL && !plan->has_end) {
        eg_str ph;
        if (colon_ending(c, end->end, &ph) && !eg_ifr_ps_spelling(ph)) {
            plan->has_end = 1;
            plan->end_phrase = ph;
        }
    }
    /* an ending named without quotes after the word that brings it in ("Termina a mensagem com Valeu, galera!"), where
     * the prompt's language is known, not after a colon of its sentence (a list of facts: the cue is an adverb there;
     * version 19) */
    if (end != NULL && !plan->has_end && plan->prompt_lang != EG_IFR_NONE && !colon_before(c, end->start)) {
        eg_str ph;
        if (bare_ending(c, end, &ph) && !is_postscript(plan, ph) && !eg_ifr_ps_spelling(ph)) {
            plan->has_end = 1;
            plan->end_phrase = ph;
        }
    }
    inc = first_hit(c, EG_IFR_CUE_INCLUDE);
    /* any comma noun negated (version 21: the first may name commas in a reason) */
    for (i = 0; i < c->nh && !comma_neg; i++) {
        const eg_ifr_cue_hit *x = &c->m->hit[i];
        if ((x->mask & CUE_BIT(EG_IFR_CUE_COMMA)) && negated(c, x)) comma_neg = 1;
    }
    if (comma_neg) {
        plan->no_comma = 1;
    } else if (inc != NULL) {
        int neg = negated(c, inc);
        int found = 0;
        while (keyword(c, inc, &k)) {
            eg_str *arr = neg ? plan->forbid : plan->keywords;
            uint32_t *n = neg ? &plan->n_forbid : &plan->n_keywords;
            found = 1;
            /* the quoted postscript marker ("añade una posdata que empiece con "P.D."") is no keyword (version 19) */
            if (is_postscript(plan, k)) continue;
            if (!list_has(arr, *n, k) && !kwfreq_has(c, k)) eg_ifr_list_add(c->s, arr, n, k);
        }
        /* "Обязательно упомяни штрихкод, потому что ...": where the prompt's language is known (a short English prompt
         * is foreign by its few function words: "use none"), an include verb, not negated and not written in capitals
         * (an acronym: "USA"), with nothing quoted, whose object is one unquoted word ending its clause (version 19) */
        if (!found && !neg && plan->prompt_lang != EG_IFR_NONE && !all_caps(c, inc->start, inc->end) && clause_word_after(c, inc->end, &k) &&
            !list_has(plan->keywords, plan->n_keywords, k) && !kwfreq_has(c, k)) {
            eg_ifr_list_add(c->s, plan->keywords, &plan->n_keywords, k);
        }
    }
    /* "put the whole message in double quotation marks": the noun, not negated, in a sentence naming no keyword */
    quote = first_hit(c, EG_IFR_CUE_QUOTE);
    if (quote != NULL && !negated(c, quote) && first_hit(c, EG_IFR_CUE_WORDNOUN) == NULL && inc == NULL && !plan->json) {
        plan->quote = 1;
    }
    /* "the second paragraph begins with «X»": a begin cue, an ordinal and a paragraph word in one sentence */
    begin = first_hit(c, EG_IFR_CUE_BEGIN);
    ord = first_hit(c, EG_IFR_CUE_ORD);
    if (begin != NULL && ord != NULL && (para_here || para_prev) && !plan->has_nth && ord->value >= 1u) {
        if (keyword(c, begin, &k) && !any_cp(k, is_space)) {
            plan->has_nth = 1;
            plan->nth_n = ord->value;
            plan->nth_word = k;
        }
    }
    /* "v texte musí byť slovo prilba": in a sentence with no include or end cue, "the word" not negated and not used,
     * then the quoted span right after it or the unquoted word right after it that ends its clause, is a keyword
     * (version 16); not the word another reading took (the n-th paragraph's first word, the ending) */
    if (inc == NULL && end == NULL) {
        for (i = 0; i < c->nh; i++) {
            eg_ifr_cue_hit *x = &m->hit[i];
            uint32_t a, b, l, span = 0, ch;
            int got = 0, starts = 0;
            if (x->used || !(x->mask & CUE_BIT(EG_IFR_CUE_WORDNOUN)) || negated(c, x)) continue;
            a = x->end;
            while (a < c->n && is_space(cp_at(c, a, &l))) a += l;
            if (a == x->end || a >= c->n) continue;
            ch = cp_at(c, a, &l);
            {
                eg_ifr_cue_quote *q = NULL;
                for (j = c->q0; j < c->q1; j++) {
                    if (m->quote[j].start == a + l && !m->quote[j].used && m->quote[j].cps <= CUE_KEYWORD_MAX) {
                        q = &m->quote[j];
                        break;
                    }
                }
                if (q != NULL) {
                    if (any_cp(text_of(c, q->start, q->end), is_word_cp)) {
                        q->used = 1;
                        k = text_of(c, q->start, q->end);
                        got = 1;
                    }
                } else if (!is_sep(ch) && cue_digit(ch) < 0) {
                    for (j = 0; j < c->nh; j++) {
                        if (m->hit[j].start == a) starts = 1;
                    }
                    if (!starts) {
                        uint32_t bl;
                        b = a;
                        while (b < c->n && !is_sep(cp_at(c, b, &bl)) && span < EG_IFR_CUE_SPAN_MAX) {
                            b += bl;
                            span++;
                        }
                        if (b >= c->n) got = 1;
                        else {
                            uint32_t bc = cp_at(c, b, &bl);
                            got = sentence_end(c, b, bc, bl) || bc == 0x2Cu;
                        }
                        if (got) k = text_of(c, a, b);
                    }
                }
            }
            if (!got || k.n == 0u) continue;
            x->used = 1;
            if ((plan->has_nth && same_lower(c, plan->nth_word, k)) || (plan->has_end && same_lower(c, plan->end_phrase, k))) continue;
            if (!list_has(plan->keywords, plan->n_keywords, k) && !kwfreq_has(c, k)) eg_ifr_list_add(c->s, plan->keywords, &plan->n_keywords, k);
        }
    }
    if (caps_read) {
        /* the capitals word was a count of capital words (version 25): no case for the whole reply */
    } else if (first_hit(c, EG_IFR_CUE_LOWER) != NULL || negated(c, first_hit(c, EG_IFR_CUE_UPPER))) {
        if (!plan->upper) plan->lower = 1;
    } else if (first_hit(c, EG_IFR_CUE_UPPER) != NULL && !plan->lower && !plan->has_caps) {
        plan->upper = 1;
    }
}

/* The hits of sentence sn are read: with the quotes of that sentence. */
static void flush(cue_run *c, uint32_t sn) {
    while (c->q0 < c->nq && c->m->quote[c->q0].sentence < sn) c->q0++;
    c->q1 = c->q0;
    while (c->q1 < c->nq && c->m->quote[c->q1].sentence == sn) c->q1++;
    read_sentence(c);
}

void eg_ifr_read_cues(const eg_ifr *r, eg_ifr_scratch *s, const uint8_t *prompt, uint32_t len) {
    cue_run cr;
    cue_run *c = &cr;
    cue_cursor qc, sc, pc;
    uint32_t p = 0, i, cur = CUE_NONE, kept = 0;
    if (!s->plan.foreign || r->ncue == 0u) return;
    c->r = r;
    c->s = s;
    c->plan = &s->plan;
    c->m = &s->mem.det.u.cue;
    c->p = prompt;
    c->n = len;
    c->q0 = c->q1 = 0;
    c->nh = 0;
    c->para_before = 0;
    find_quotes(c);
    /* each quote's sentence (the one its content starts in) */
    qc.pos = qc.count = qc.qi = qc.aa = qc.ab = qc.an = 0;
    for (i = 0; i < c->nq; i++) c->m->quote[i].sentence = sentence_of(c, &qc, c->m->quote[i].start);
    sc.pos = sc.count = sc.qi = sc.aa = sc.ab = sc.an = 0;
    pc.pos = pc.count = pc.qi = pc.aa = pc.ab = pc.an = 0;
    while (p < c->n) {
        uint32_t l, lc = lc_at(c, p, &l), end = 0, mask = 0, value = 0, sn;
        if (in_quote(c, &pc, p)) {
            p += l;
            continue;
        }
        if (number_at(c, p, lc, &end, &value)) {
            mask = CUE_BIT(EG_IFR_CUE_NUM);
        } else if (!match_at(c, p, lc, &end, &mask, &value)) {
            p += l;
            continue;
        }
        /* a hit: it belongs to the sentence it starts in, which keeps its first CUE_MAX_HITS */
        sn = sentence_of(c, &sc, p);
        if (sn != cur) {
            if (c->nh > 0u) flush(c, cur);
            cur = sn;
            c->nh = 0;
            kept = 0;
        }
        if (kept < EG_IFR_CUE_MAX_HITS) {
            eg_ifr_cue_hit *h = &c->m->hit[c->nh++];
            h->start = p;
            h->end = end;
            h->mask = mask;
            h->value = (uint16_t)(value > 0xFFFFu ? 0xFFFFu : value); /* a thousands group can pass 16 bits: any count over
                                                                        * COUNT_MAX is no count, in TS as here */
            h->used = 0;
        }
        kept++;
        p = end;
    }
    if (c->nh > 0u) flush(c, cur);
}
