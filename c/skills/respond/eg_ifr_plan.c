/* Plan folding (docs/format.md 6.4) <-> src/skills/respond/plan.ts: the matches, in table
 * order, become the plan the composer follows; the repeat instruction is found first and its
 * lines are left out of the other patterns' reach. */
#include <string.h>
#include "eg_ifr_match.h"
#include "eg_ifr_language.h"
#include "eg_ifr_symbols.h"
#include "eg_ifr_spelling.h"
#include "eg_ifr_unicode.h"
#include "eg_ifr_cues.h"
#include "eg_ifr_nth_sentence.h"

#define TN (d->t->n)
#define MAX_KEYWORD_TIMES 100 /* plan.ts MAX_KEYWORD_TIMES (version 23): larger keyword counts are no instruction */

/* ---------------------------------------------------------------- plan */

static eg_range to_range(int rel, int64_t n, int64_t n2) {
    eg_range g;
    switch (rel) {
    case EG_R_GE: g.lo = n; g.hi = EG_IFR_INF; break;
    case EG_R_GT: g.lo = n + 1; g.hi = EG_IFR_INF; break;
    case EG_R_LT: g.lo = 0; g.hi = n - 1 > 0 ? n - 1 : 0; break;
    case EG_R_LE: g.lo = 0; g.hi = n; break;
    case EG_R_RANGE: g.lo = n; g.hi = n2 > n ? n2 : n; break;
    default: g.lo = n; g.hi = n; break;
    }
    return g;
}

/* The match's pattern argument is the string s ("NONE", "PPS", ...); a match without an argument has none. */
static int arg_is(const eg_ifr *r, const eg_match *m, const char *s) {
    return m->arg != EG_IFR_NONE && eg_str_eq_c(eg_ifr_string(r, m->arg), s);
}

static eg_range intersect(int has, eg_range a, eg_range b) {
    eg_range g;
    int64_t lo, hi;
    if (!has) return b;
    lo = a.lo > b.lo ? a.lo : b.lo;
    hi = a.hi < b.hi ? a.hi : b.hi;
    if (lo <= hi) {
        g.lo = lo;
        g.hi = hi;
    } else {
        g.lo = lo;
        g.hi = lo;
    }
    return g;
}

static eg_str arena_case(eg_ifr_scratch *s, eg_str x, int upper) {
    eg_wr w;
    eg_str out;
    w.p = s->arena + s->arena_used;
    w.n = 0;
    w.cap = EG_IFR_ARENA_CAP - s->arena_used;
    w.over = 0;
    eg_wr_case(&w, x, upper);
    if (w.over) {
        s->overflow = 1;
        w.n = 0;
    }
    out.p = w.p;
    out.n = w.n;
    s->arena_used += w.n;
    return out;
}

static int is_ws_byte_str(eg_str x) { return eg_str_trim(x).n == 0u; }

/* placeholderList (plan.ts, version 26): "Leave square-bracket blanks for the child's name, the year group and the start
 * date": after the first PLACEHOLDER match, "for" within 3 word tokens, then a list to the sentence's end whose last
 * separator is "and" / "or" and whose items after the first open with a determiner: one placeholder per item (a ","
 * and "and" together separate once), at most PLACEHOLDER_LIST_MAX. 0 when there is none. */
#define PLACEHOLDER_LIST_MAX 12
/* plan.ts DETERMINERS */
static int determiner(const eg_ifr *r, uint32_t h) {
    static const int k_det[] = {EG_W_THE, EG_W_A, EG_W_AN, EG_W_HIS, EG_W_HER, EG_W_THEIR, EG_W_YOUR, EG_W_OUR, EG_W_MY, EG_W_ITS};
    return eg_ifr_word_in(r, h, k_det, sizeof(k_det) / sizeof(k_det[0]));
}
static int64_t placeholder_list(const eg_ifr *r, const eg_ifr_scratch *s) {
    const eg_ifr_tokens *t = &s->tokens;
    uint32_t mi, k;
    for (mi = 0; mi < s->n_matches; mi++) {
        const eg_match *m = &s->matches[mi];
        int64_t items = 1;
        int sep = 0, last_conj = 0;
        if (m->family != EG_F_PLACEHOLDER) continue;
        k = m->end;
        while (k < t->n && k - m->end < 3u && t->kind[k] == EG_TK_WORD && t->hash[k] != r->w[EG_W_FOR]) k++;
        if (k >= t->n || t->kind[k] != EG_TK_WORD || t->hash[k] != r->w[EG_W_FOR]) continue;
        for (k++; k < t->n && !eg_ifr_is_boundary(t, k); k++) {
            int comma = t->kind[k] == EG_TK_PUNCT && t->byte[k] == 0x2Cu;
            int conj = t->kind[k] == EG_TK_WORD && (t->hash[k] == r->w[EG_W_AND] || t->hash[k] == r->w[EG_W_OR]);
            if (comma || conj) {
                if (!sep) items++;
                sep = 1;
                last_conj = conj;
            } else {
                /* each item after a separator opens with a determiner: "for the name, and keep it short" lists no parts */
                if (sep && (t->kind[k] != EG_TK_WORD || !determiner(r, t->hash[k]))) return 0;
                sep = 0;
            }
        }
        return items > 1 && last_conj ? (items < PLACEHOLDER_LIST_MAX ? items : PLACEHOLDER_LIST_MAX) : 0;
    }
    return 0;
}

static uint8_t ascii_fold(uint8_t c) { return c >= 'A' && c <= 'Z' ? (uint8_t)(c + 32u) : c; }
/* A byte of an ending's word: an ASCII letter or digit, or any byte of a non-ASCII character. */
static int ending_byte(uint8_t c) { return (c >= '0' && c <= '9') || (ascii_fold(c) >= 'a' && ascii_fold(c) <= 'z') || c >= 0x80u; }

/* fold(phrase).split(/[^a-z0-9\u0080-\uffff]+/).includes(fold(f)) with ASCII case folded (plan.ts, version 11): the
 * words are the runs of ending_byte; the split also gives an empty word when the phrase is empty or starts or ends
 * with a separator. */
static int ending_has(eg_str phrase, eg_str f) {
    uint32_t a = 0, b, k;
    if (f.n == 0u) return phrase.n == 0u || !ending_byte(phrase.p[0]) || !ending_byte(phrase.p[phrase.n - 1u]);
    while (a < phrase.n) {
        if (!ending_byte(phrase.p[a])) {
            a++;
            continue;
        }
        for (b = a; b < phrase.n && ending_byte(phrase.p[b]); b++) {}
        if (b - a == f.n) {
            for (k = 0; k < f.n && ascii_fold(phrase.p[a + k]) == ascii_fold(f.p[k]); k++) {}
            if (k == f.n) return 1;
        }
        a = b;
    }
    return 0;
}

/* The request after a colon: up to a blank line, without a trailing "Then answer it." and
 * without enclosing quotes (detect.ts trimRequest). */
static eg_str trim_request(eg_ifr_scratch *s, eg_str x) {
    uint32_t i, cp, l;
    eg_str r = x;
    /* blank = s.search(/\n\s*\n/) */
    for (i = 0; i < x.n; i++) {
        if (x.p[i] == 0x0Au) {
            uint32_t k = i + 1u;
            int found = 0;
            while (k < x.n) {
                l = eg_u8_dec(x.p, x.n, k, &cp);
                if (!eg_uni_is_space(cp)) break;
                if (cp == 0x0Au) {
                    found = 1;
                    break;
                }
                k += l;
            }
            if (found) {
                r = eg_str_sub(x, 0, i);
                break;
            }
        }
    }
    r = eg_str_trim(r);
    for (;;) {
        /* cut = /([.?!]["'\u201d)]*)\s+(\S+)[^.?!]*[.?!]?\s*$/.exec(r) */
        int64_t cut_at = -1;
        uint32_t g1_end = 0, g2a = 0, g2b = 0, p;
        for (p = 0; p < r.n && cut_at < 0; p++) {
            uint32_t k, ws, a, b, tail_end, m, terms, last_term;
            if (r.p[p] != '.' && r.p[p] != '?' && r.p[p] != '!') continue;
            k = p + 1u;
            for (;;) {
                if (k < r.n && (r.p[k] == '"' || r.p[k] == '\'' || r.p[k] == ')')) {
                    k++;
                } else if (k + 2u < r.n && r.p[k] == 0xE2u && r.p[k + 1] == 0x80u && r.p[k + 2] == 0x9Du) {
                    k += 3u;
                } else {
                    break;
                }
            }
            ws = k;
            while (k < r.n) {
                l = eg_u8_dec(r.p, r.n, k, &cp);
                if (!eg_uni_is_space(cp)) break;
                k += l;
            }
            if (k == ws || k >= r.n) continue;
            a = k;
            while (k < r.n) {
                l = eg_u8_dec(r.p, r.n, k, &cp);
                if (eg_uni_is_space(cp)) break;
                k += l;
            }
            b = k;
            /* rest [b, n): trailing whitespace stripped, at most one terminator, as its last char */
            tail_end = r.n;
            while (tail_end > b) {
                uint32_t q = eg_u8_prev(r.p, tail_end);
                eg_u8_dec(r.p, r.n, q, &cp);
                if (!eg_uni_is_space(cp)) break;
                tail_end = q;
            }
            terms = 0;
            last_term = 0;
            for (m = b; m < tail_end; m++) {
                if (r.p[m] == '.' || r.p[m] == '?' || r.p[m] == '!') {
                    terms++;
                    last_term = m;
                }
            }
            if (terms == 0u || (terms == 1u && last_term == tail_end - 1u)) {
                cut_at = p;
                g1_end = ws;
                g2a = a;
                g2b = b;
            }
        }
        if (cut_at < 0) break;
        {
            /* AFTER_REQUEST.has(cut[2].toLowerCase().replace(/[^a-z]/g, '')) */
            static const char *const after[8] = {"then", "now", "after", "afterwards", "afterward", "next", "finally", "once"};
            uint8_t tmp[64];
            uint8_t low[256];
            eg_wr w;
            uint32_t q, tn = 0;
            int hit = 0;
            w.p = low;
            w.n = 0;
            w.cap = sizeof(low);
            w.over = 0;
            eg_wr_case(&w, eg_str_sub(r, g2a, g2b), 0);
            if (!w.over) {
                for (q = 0; q < w.n && tn < sizeof(tmp); q++) {
                    if (low[q] >= 'a' && low[q] <= 'z') tmp[tn++] = low[q];
                }
                if (tn < sizeof(tmp)) {
                    eg_str ts;
                    ts.p = tmp;
                    ts.n = tn;
                    for (q = 0; q < 8u; q++) hit |= eg_str_eq_c(ts, after[q]);
                }
            }
            if (!hit) break;
            r = eg_str_trim(eg_str_sub(r, 0, g1_end));
        }
    }
    /* q = /^["\u201c'](.*)["\u201d']$/s.exec(r); q && !/["\u201c\u201d]/.test(q[1]) ? q[1].trim() : r */
    {
        uint32_t a = 0, b = r.n, m;
        if (r.n >= 1u && (r.p[0] == '"' || r.p[0] == '\'')) a = 1;
        else if (r.n >= 3u && r.p[0] == 0xE2u && r.p[1] == 0x80u && r.p[2] == 0x9Cu) a = 3;
        if (a > 0u) {
            if (r.n >= a + 1u && (r.p[r.n - 1u] == '"' || r.p[r.n - 1u] == '\'')) b = r.n - 1u;
            else if (r.n >= a + 3u && r.p[r.n - 3u] == 0xE2u && r.p[r.n - 2u] == 0x80u && r.p[r.n - 1u] == 0x9Du) b = r.n - 3u;
            if (b < r.n) {
                eg_str inner = eg_str_sub(r, a, b);
                int bad = 0;
                for (m = 0; m < inner.n; m++) {
                    if (inner.p[m] == '"') bad = 1;
                    if (m + 2u < inner.n && inner.p[m] == 0xE2u && inner.p[m + 1] == 0x80u && (inner.p[m + 2] == 0x9Cu || inner.p[m + 2] == 0x9Du)) bad = 1;
                }
                if (!bad) return eg_str_trim(inner);
            }
        }
    }
    (void)s;
    return r;
}

/* Version 23 (plan.ts AND_NEXT): words after "and" that open the next instruction. */
static int and_next(const eg_ifr *r, uint32_t h) {
    return h == r->w[EG_W_THEN] || h == r->w[EG_W_PLEASE] || h == r->w[EG_W_NOW] || h == r->w[EG_W_NEXT] || h == r->w[EG_W_FINALLY] ||
           h == r->w[EG_W_AFTERWARDS] || h == r->w[EG_W_ALSO];
}

/* The last token of the sentence token i is in: its closing . ? ! ; or line break outside parentheses, else the last token. */
/* With r (the repeat instruction's own clause) also a comma before "and", and an "and" before a negation
 * past up to 2 KW_LEAD words, and an "and" before AND_NEXT (plan.ts sentenceLastToken). */
static uint32_t sentence_end(const eg_ifr_tokens *t, uint32_t i, const eg_ifr *r) {
    uint32_t k, j, depth = 0;
    if (t->n == 0u) return 0; /* callers check; this keeps t->n - 1u from wrapping */
    for (k = i < t->n - 1u ? i : t->n - 1u; k < t->n; k++) {
        if (t->kind[k] == EG_TK_PUNCT && t->byte[k] == 0x28u) depth++;
        else if (t->kind[k] == EG_TK_PUNCT && t->byte[k] == 0x29u && depth > 0u) depth--;
        else if (depth == 0u && eg_ifr_is_boundary(t, k)) return k;
        else if (r != NULL && depth == 0u && k > i && t->hash[k] == r->w[EG_W_AND] && t->kind[k] == EG_TK_WORD) {
            if (t->kind[k - 1u] == EG_TK_PUNCT && t->byte[k - 1u] == 0x2Cu) return k - 1u;
            /* version 23: "and then", "and please" open the next instruction (plan.ts AND_NEXT) */
            if (k + 1u < t->n && t->kind[k + 1u] == EG_TK_WORD && and_next(r, t->hash[k + 1u])) return k - 1u;
            j = k + 1u;
            while (j < t->n && j - k <= 2u && eg_ifr_set_has(r, EG_SET_KW_LEAD, t->hash[j]) && !eg_ifr_set_has(r, EG_SET_KW_NEG, t->hash[j])) j++;
            if (j < t->n && eg_ifr_set_has(r, EG_SET_KW_NEG, t->hash[j])) return k - 1u;
        }
    }
    return t->n - 1u;
}

static int is_ascii_letter(uint8_t b) { return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z'); }

/* /^[A-Za-z](\.?[A-Za-z]){0,3}[.:]?$/: 0 when q is no marker, else 1 "P.S.", 2 "P.P.S", 3 another marker. */
static int marker_kind(eg_str q) {
    uint32_t i = 1, groups = 0, nl = 1;
    char low[4];
    int colon = 0;
    if (q.n == 0u || !is_ascii_letter(q.p[0])) return 0;
    low[0] = (char)(q.p[0] | 0x20);
    while (groups < 3u) {
        if (i + 1u < q.n && q.p[i] == '.' && is_ascii_letter(q.p[i + 1u])) {
            low[nl++] = (char)(q.p[i + 1u] | 0x20);
            i += 2u;
        } else if (i < q.n && is_ascii_letter(q.p[i])) {
            low[nl++] = (char)(q.p[i] | 0x20);
            i++;
        } else break;
        groups++;
    }
    if (i < q.n && (q.p[i] == '.' || q.p[i] == ':')) {
        colon = q.p[i] == ':';
        i++;
    }
    if (i != q.n) return 0;
    if (!colon && nl == 3u && low[0] == 'p' && low[1] == 'p' && low[2] == 's') return 2;
    if (!colon && nl == 2u && low[0] == 'p' && low[1] == 's') return 1;
    return 3;
}

/* plan.ts quotedMarker: a double-quoted span in the sentence of match m spelling a postscript marker; 0 when none. */
static int quoted_marker(const eg_ifr_tokens *t, const eg_match *m, eg_str *out) {
    uint32_t s = eg_ifr_sentence_start(t, m->start), i;
    for (i = s; i < t->n; i++) {
        if (t->kind[i] == EG_TK_PUNCT && t->byte[i] == 0x22u) {
            uint32_t j = i + 1u;
            while (j < t->n && t->kind[j] != EG_TK_NL && !(t->kind[j] == EG_TK_PUNCT && t->byte[j] == 0x22u)) j++;
            if (j >= t->n || t->kind[j] == EG_TK_NL) return 0;
            if (j > i + 1u) {
                eg_str q;
                int kind;
                q.p = t->bytes + t->start[i + 1u];
                q.n = t->end[j - 1u] - t->start[i + 1u];
                kind = marker_kind(q);
                if (kind) {
                    *out = q;
                    return kind;
                }
            }
            i = j;
        } else if (i >= m->end && eg_ifr_is_boundary(t, i)) break;
    }
    return 0;
}

/* clauseBreak (plan.ts): token k is a dash with a space on each side (an em or en dash reads as "-") and a token on
 * each side. (A `;` is a sentence end already, so the sentence start never lies before one.) */
static int clause_break(const eg_ifr_tokens *t, uint32_t k) {
    if (k == 0u || k + 1u >= t->n || t->kind[k] != EG_TK_PUNCT) return 0;
    return t->byte[k] == 0x2Du && t->end[k - 1u] < t->start[k] && t->end[k] < t->start[k + 1u];
}

/* Finds the repeat instruction's lines; sets plan.repeat / task range and claims tokens. */
static void find_repeat(det *d, uint8_t *claimed) {
    const eg_ifr_tokens *t = d->t;
    eg_ifr_scratch *s = d->s;
    eg_plan *plan = &s->plan;
    const uint8_t *bytes = t->bytes;
    uint32_t len = t->len, at, line_start, block_start, block_end, i;
    eg_str all, before, request;
    eg_match m0;
    uint8_t *probe = s->mem.det.probe;
    plan->task_start = 0;
    plan->task_end = len;
    eg_mem_zero(probe, TN);
    s->n_matches = 0;
    eg_ifr_matches(d, probe, EG_F_REPEAT);
    /* version 23: a match right after a subject pronoun asks for nothing (plan.ts SUBJECT) */
    for (i = 0; i < s->n_matches; i++) {
        uint32_t k = s->matches[i].start, h;
        if (k == 0u || t->kind[k - 1u] != EG_TK_WORD) break;
        h = t->hash[k - 1u];
        if (h != d->r->w[EG_W_I] && h != d->r->w[EG_W_WE] && h != d->r->w[EG_W_THEY] && h != d->r->w[EG_W_HE] && h != d->r->w[EG_W_SHE]) break;
    }
    if (i >= s->n_matches) {
        s->n_matches = 0;
        s->n_strs = 0;
        return;
    }
    m0 = s->matches[i];
    s->n_matches = 0;
    s->n_strs = 0;
    all.p = bytes;
    all.n = len;
    at = t->start[m0.start];
    line_start = at;
    while (line_start > 0u && bytes[line_start - 1u] != 0x0Au) line_start--;
    before = eg_str_trim(eg_str_sub(all, 0, line_start));
    if (before.n > 0u) {
        request = before;
        block_start = line_start;
        /* the claim ends with the repeat instruction's sentence (plan.ts sentenceEnd) */
        block_end = TN > 0u ? t->end[sentence_end(t, m0.end, d->r)] : len;
    } else {
        uint32_t k = line_start, e;
        int64_t blank = -1;
        while (k < len) {
            e = k;
            while (e < len && bytes[e] != 0x0Au) e++;
            if (is_ws_byte_str(eg_str_sub(all, k, e)) && k > line_start) {
                blank = e;
                break;
            }
            k = e + 1u;
        }
        if (blank >= 0) {
            request = eg_str_trim(eg_str_sub(all, (uint32_t)blank, len));
            block_start = 0;
            block_end = (uint32_t)blank;
        } else {
            uint32_t st = eg_ifr_sentence_start(t, m0.start), cut;
            int64_t kb;
            /* The sentence opens the prompt: a dash standing alone before the instruction ends the
             * request ("Write a thank-you card message ... — pls first type my request back exactly", version 12). */
            cut = st > 0u ? t->end[st - 1u] : 0u;
            for (kb = (int64_t)m0.start - 1; st == 0u && kb > 0; kb--) {
                if (!clause_break(t, (uint32_t)kb)) continue;
                st = (uint32_t)kb + 1u;
                cut = t->end[kb - 1];
            }
            request = eg_str_trim(eg_str_sub(all, 0, cut));
            block_start = st < TN ? t->start[st] : len;
            /* with the request before it, the claim ends with the instruction's clause as above */
            block_end = request.n > 0u && TN > 0u ? t->end[sentence_end(t, m0.end, d->r)] : len;
            if (request.n == 0u) {
                uint32_t kk = m0.end;
                while (kk < TN && kk - m0.end < 40u && !(t->kind[kk] == EG_TK_PUNCT && t->byte[kk] == 0x3Au) && !eg_ifr_is_boundary(t, kk)) kk++;
                if (kk < TN && t->kind[kk] == EG_TK_PUNCT && t->byte[kk] == 0x3Au) {
                    uint32_t from = t->end[kk];
                    request = trim_request(s, eg_str_sub(all, from, len));
                    block_start = 0;
                    block_end = from;
                }
            }
        }
    }
    if (request.n == 0u) return;
    for (i = 0; i < TN; i++) {
        if (t->start[i] >= block_start && t->end[i] <= block_end) claimed[i] = 1;
    }
    plan->has_repeat = 1;
    plan->repeat = request;
    plan->task_start = block_start == 0u ? block_end : 0u;
    plan->task_end = block_start == 0u ? len : block_start;
}

/* A token of 1 to 3 ASCII digits: its value, else -1 (plan.ts digitsAt). */
static int64_t digits_at(const eg_ifr_tokens *t, int64_t i) {
    int64_t v = 0;
    uint32_t k;
    if (i < 0 || i >= (int64_t)t->n || t->kind[i] != EG_TK_WORD || t->end[i] - t->start[i] > 3u) return -1;
    for (k = t->start[i]; k < t->end[i]; k++) {
        uint8_t b = t->bytes[k];
        if (b < 0x30u || b > 0x39u) return -1;
        v = v * 10 + (int64_t)(b - 0x30u);
    }
    return v;
}

/* Token i spells the marker case-insensitively: 1; the marker plus "s": 2; else 0 (plan.ts isMarker). */
static int is_marker(const eg_ifr_tokens *t, uint32_t i, eg_str mark) {
    uint32_t len, k;
    if (t->kind[i] != EG_TK_WORD) return 0;
    len = t->end[i] - t->start[i];
    if (len != mark.n && len != mark.n + 1u) return 0;
    for (k = 0; k < mark.n; k++) {
        if ((t->bytes[t->start[i] + k] | 0x20u) != (mark.p[k] | 0x20u)) return 0;
    }
    if (len == mark.n) return 1;
    return (t->bytes[t->end[i] - 1u] | 0x20u) == 0x73u ? 2 : 0;
}

/* Sections a marker word asks for: "N W(s)", "N-W", or the highest listed "W N"; 0 if none (plan.ts markerCount). */
static int64_t marker_count(const eg_ifr_tokens *t, eg_str mark) {
    int64_t best = 0, v;
    uint32_t i;
    for (i = 0; i < t->n; i++) {
        int kind = is_marker(t, i, mark);
        int64_t p = (int64_t)i - 1;
        if (!kind) continue;
        if (p >= 0 && t->kind[p] == EG_TK_PUNCT && t->byte[p] == 0x2Du) p--;
        v = digits_at(t, p);
        if (v > best) best = v;
        if (kind == 1) {
            v = digits_at(t, (int64_t)i + 1);
            if (v > best) best = v;
        }
    }
    return best < 100 ? best : 0;
}

static int is_alpha_str(eg_str x) {
    uint32_t i;
    if (x.n == 0u) return 0;
    for (i = 0; i < x.n; i++) {
        uint8_t b = x.p[i];
        if (!((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'))) return 0;
    }
    return 1;
}

/* /^p\.?\s?(p\.?\s?)?s\.?:?$/i (no backtracking is needed: every optional item starts with a
 * different character than what follows it); *pp set when it matches /^p\.?\s?p/i. */
static uint32_t opt_dot_ws(eg_str x, uint32_t i) {
    uint32_t cp, l;
    if (i < x.n && x.p[i] == '.') i++;
    if (i < x.n) {
        l = eg_u8_dec(x.p, x.n, i, &cp);
        if (eg_uni_is_space(cp)) i += l;
    }
    return i;
}

static int is_ps_phrase(eg_str x, int *pp) {
    uint32_t i = 0;
    *pp = 0;
    if (x.n == 0u || (x.p[0] != 'p' && x.p[0] != 'P')) return 0;
    i = opt_dot_ws(x, 1);
    if (i < x.n && (x.p[i] == 'p' || x.p[i] == 'P')) {
        *pp = 1;
        i = opt_dot_ws(x, i + 1u);
    }
    if (i >= x.n || (x.p[i] != 's' && x.p[i] != 'S')) return 0;
    i++;
    if (i < x.n && x.p[i] == '.') i++;
    if (i < x.n && x.p[i] == ':') i++;
    return i == x.n;
}

static void list_push(eg_ifr_scratch *s, eg_str *arr, uint32_t *n, eg_str x) {
    if (*n >= EG_IFR_MAX_LIST) {
        s->overflow = 1;
        return;
    }
    arr[(*n)++] = x;
}

/* For the cue step (eg_ifr_cues.h). */
eg_str eg_ifr_arena_lower(eg_ifr_scratch *s, eg_str x) { return arena_case(s, x, 0); }
void eg_ifr_list_add(eg_ifr_scratch *s, eg_str *arr, uint32_t *n, eg_str x) { list_push(s, arr, n, x); }
eg_range eg_ifr_to_range(int rel, int64_t n) { return to_range(rel, n, 0); }
int eg_ifr_ps_spelling(eg_str x) {
    int pp;
    return is_ps_phrase(x, &pp);
}

static int64_t max64(int64_t a, int64_t b) { return a > b ? a : b; }

/* ---------------------------------------------------------------- instruction reader (reader.ts) */

#define RD_F_QUOTE 0x51554F54u
#define RD_F_NUM   0x4E554D30u
#define RD_F_BOS   0x424F5331u
#define RD_MAX_KW_WORDS     2u
#define RD_MAX_PLACEHOLDERS 20
#define RD_MAX_MARKED 20 /* largest highlight or bullet count read from a clause (version 21) */
#define RD_MAX_END_TOKENS   24u
#define RD_MAX_WITH_END_WORDS 6u

static uint32_t rd_bucket(uint32_t f) { return (uint32_t)(f * 0x9E3779B1u) >> (32u - EG_IFR_CLS_LOG2); }

static int rd_digits(const eg_ifr_tokens *t, uint32_t i) {
    uint32_t k;
    for (k = t->start[i]; k < t->end[i]; k++) {
        if (t->bytes[k] < 0x30u || t->bytes[k] > 0x39u) return 0;
    }
    return 1;
}

/* clauseScore: bias + the weights of the clause's features (unigrams and bigrams outside double quotes). */
static int32_t rd_score(const eg_ifr *r, const eg_ifr_tokens *t, uint32_t cs, uint32_t ce, int k) {
    const int8_t *w = r->cls_w + ((uint32_t)k << EG_IFR_CLS_LOG2);
    int32_t s = (int32_t)eg_rd_u32(r->cls_bias + 4u * (uint32_t)k);
    uint32_t i, f, prev = RD_F_BOS;
    int inq = 0;
    for (i = cs; i < ce; i++) {
        if (t->kind[i] == EG_TK_PUNCT && t->byte[i] == 0x22u) {
            inq = !inq;
            if (!inq) continue;
            f = RD_F_QUOTE;
        } else if (inq) {
            continue;
        } else if (t->kind[i] == EG_TK_WORD && rd_digits(t, i)) {
            f = RD_F_NUM;
        } else {
            f = t->hash[i];
        }
        s += w[rd_bucket(f)];
        s += w[rd_bucket((uint32_t)(prev * 0x01000193u) ^ f)];
        prev = f;
    }
    return s;
}

static eg_str rd_text(const eg_ifr_tokens *t, uint32_t s, uint32_t e) {
    eg_str x;
    x.p = t->bytes + s;
    x.n = e > s ? e - s : 0u; /* an inverted range (spans moved by a self-correction) is empty, as in TS */
    return eg_str_trim(x);
}

/* quotedSpan: a double-quoted span at token i inside [i, end): *q0 first token after, *q1 closing token. */
static int rd_quoted(const eg_ifr_tokens *t, uint32_t i, uint32_t end, uint32_t *q0, uint32_t *q1) {
    uint32_t j;
    if (t->kind[i] != EG_TK_PUNCT || t->byte[i] != 0x22u) return 0;
    for (j = i + 1u; j < end; j++) {
        if (t->kind[j] == EG_TK_PUNCT && t->byte[j] == 0x22u) {
            if (j <= i + 1u) return 0;
            *q0 = i + 1u;
            *q1 = j;
            return 1;
        }
    }
    return 0;
}

/* Tokens [a, b] are free of pattern matches and hold a word: a quoted "*" or "," is never an argument. */
static int rd_free(const eg_ifr_tokens *t, const uint8_t *used, uint32_t a, uint32_t b) {
    uint32_t k;
    int word = 0;
    for (k = a; k <= b; k++) {
        if (used[k]) return 0;
        if (t->kind[k] == EG_TK_WORD) word = 1;
    }
    return word;
}

/* A word token k that a keyword phrase may hold: unused, not in KW_STOP or KW_SKIP, not all digits. */
static int rd_plain(const eg_ifr *r, const eg_ifr_tokens *t, const uint8_t *used, uint32_t k) {
    return t->kind[k] == EG_TK_WORD && !used[k] && !eg_ifr_set_has(r, EG_SET_KW_STOP, t->hash[k]) &&
           !eg_ifr_set_has(r, EG_SET_KW_SKIP, t->hash[k]) && !rd_digits(t, k);
}

/* phraseAfter (reader.ts): from token j, past word tokens in KW_SKIP or the set `also`, up to
 * RD_MAX_KW_WORDS plain words (tokens, or tokens joined by a hyphen); a non-empty run is appended to the keywords, and when "and",
 * KW_SKIP words and up to RD_MAX_KW_WORDS plain words follow and close the phrase (the clause ends, or punctuation or
 * a KW_STOP word comes next: "mention refund and receipt.", "lavender and shea butter by name"), those words too.
 * Returns the number appended. */
static int rd_phrase_after(const eg_ifr *r, eg_ifr_scratch *s, uint32_t j, uint32_t ce, const uint8_t *used, int also) {
    const eg_ifr_tokens *t = &s->tokens;
    uint32_t e, words;
    while (j < ce && t->kind[j] == EG_TK_WORD &&
           (eg_ifr_set_has(r, EG_SET_KW_SKIP, t->hash[j]) || eg_ifr_set_has(r, also, t->hash[j]))) j++;
    e = j;
    /* words joined by a hyphen are one word of the phrase ("hi-vis", version 12) */
    for (words = 0; e < ce && words < RD_MAX_KW_WORDS && rd_plain(r, t, used, e); words++) {
        e++;
        while (e + 1u < ce && eg_ifr_hyphen_joins(t, e) && rd_plain(r, t, used, e + 1u)) e += 2u;
    }
    if (e == j) return 0;
    list_push(s, s->plan.keywords, &s->plan.n_keywords, rd_text(t, t->start[j], t->end[e - 1u]));
    if (e < ce && t->kind[e] == EG_TK_WORD && t->hash[e] == r->w[EG_W_AND]) {
        uint32_t a = e + 1u, b;
        while (a < ce && t->kind[a] == EG_TK_WORD && eg_ifr_set_has(r, EG_SET_KW_SKIP, t->hash[a])) a++;
        b = a;
        for (words = 0; b < ce && words < RD_MAX_KW_WORDS && rd_plain(r, t, used, b); words++) b++;
        if (b > a && (b == ce || t->kind[b] != EG_TK_WORD || eg_ifr_set_has(r, EG_SET_KW_STOP, t->hash[b]))) {
            list_push(s, s->plan.keywords, &s->plan.n_keywords, rd_text(t, t->start[a], t->end[b - 1u]));
            return 2;
        }
    }
    return 1;
}

/* freeQuoted (reader.ts): the clause's double-quoted spans that no pattern match claimed and that hold a word,
 * appended to the keywords. Returns the number appended. */
static uint32_t rd_free_quoted(eg_ifr_scratch *s, uint32_t cs, uint32_t ce, const uint8_t *used) {
    const eg_ifr_tokens *t = &s->tokens;
    eg_plan *plan = &s->plan;
    uint32_t i, q0, q1, got = 0;
    for (i = cs; i < ce; i++) {
        eg_str x;
        if (!rd_quoted(t, i, ce, &q0, &q1)) continue;
        x = rd_text(t, t->start[q0], t->end[q1 - 1u]);
        if (rd_free(t, used, i, q1) && x.n > 0u) {
            list_push(s, plan->keywords, &plan->n_keywords, x);
            got++;
        }
        i = q1;
    }
    return got;
}

/* keywordsBefore (reader.ts, version 22): the words a flagged clause names its keywords before, and the words between. */
static const int RD_POST_CUE[] = {EG_W_MENTIONED, EG_W_NAMED, EG_W_INCLUDED, EG_W_FEATURED, EG_W_APPEAR, EG_W_APPEARS};
static const int RD_BE_NEXT[] = {EG_W_IN, EG_W_THERE};
static const int RD_BACK_SKIP[] = {EG_W_NEED, EG_W_NEEDS, EG_W_HAS, EG_W_HAVE, EG_W_MUST, EG_W_SHOULD, EG_W_WILL,
                                   EG_W_WOULD, EG_W_TO, EG_W_BE, EG_W_GET, EG_W_GETS, EG_W_ALL, EG_W_BOTH,
                                   EG_W_WORDS, EG_W_WORD, EG_W_TERMS, EG_W_SO, EG_W_REALLY, EG_W_DEFINITELY, EG_W_ALSO};

/* nouns that name the keywords or a part of the answer: a phrase holding one is no reading */
static const int RD_GENERIC[] = {EG_W_KEYWORD, EG_W_KEYWORDS, EG_W_PHRASE, EG_W_PHRASES, EG_W_TERM, EG_W_TITLE,
                                 EG_W_AUTHOR, EG_W_NAME, EG_W_NAMES, EG_W_HEADING};

/* A word token of [x, y] is in RD_GENERIC. */
static int rd_generic(const eg_ifr *r, const eg_ifr_tokens *t, uint32_t x, uint32_t y) {
    uint32_t g;
    for (g = x; g <= y; g++) {
        if (t->kind[g] == EG_TK_WORD && eg_ifr_named_in(r, t->hash[g], RD_GENERIC, EG_IFR_COUNT_OF(RD_GENERIC))) return 1;
    }
    return 0;
}

/* The start of a phrase of up to RD_MAX_KW_WORDS plain words (or words joined by a hyphen) ending at token e - 1; e
 * when there is none. */
static uint32_t rd_back(const eg_ifr *r, const eg_ifr_tokens *t, const uint8_t *used, uint32_t cs, uint32_t e) {
    uint32_t a = e, words;
    for (words = 0; words < RD_MAX_KW_WORDS && a >= cs + 1u && rd_plain(r, t, used, a - 1u); words++) {
        a--;
        while (a >= cs + 2u && eg_ifr_hyphen_joins(t, a - 1u) && rd_plain(r, t, used, a - 2u)) a -= 2u;
    }
    return a;
}

/* keywordsBefore (reader.ts): in a clause without a KW_NEG word, the first word token after the clause's first that is
 * a POST_CUE, or "be" before "in" / "there"; back past RD_BACK_SKIP words and commas, the phrase ending there, and
 * one more before an "and" (appended first). Returns 1 when it appended any. */
static uint32_t rd_keywords_before(const eg_ifr *r, eg_ifr_scratch *s, uint32_t cs, uint32_t ce, const uint8_t *used) {
    const eg_ifr_tokens *t = &s->tokens;
    uint32_t i, a;
    int64_t k = -1, j, p;
    for (i = cs; i < ce; i++) {
        if (t->kind[i] != EG_TK_WORD) continue;
        if (eg_ifr_set_has(r, EG_SET_KW_NEG, t->hash[i])) return 0;
        if (k < 0 && i > cs &&
            (eg_ifr_named_in(r, t->hash[i], RD_POST_CUE, EG_IFR_COUNT_OF(RD_POST_CUE)) ||
             (t->hash[i] == r->w[EG_W_BE] && i + 1u < ce && t->kind[i + 1u] == EG_TK_WORD &&
              eg_ifr_named_in(r, t->hash[i + 1u], RD_BE_NEXT, EG_IFR_COUNT_OF(RD_BE_NEXT))))) {
            k = i;
        }
    }
    if (k < 0) return 0;
    j = k - 1;
    while (j >= (int64_t)cs &&
           ((t->kind[j] == EG_TK_WORD && eg_ifr_named_in(r, t->hash[j], RD_BACK_SKIP, EG_IFR_COUNT_OF(RD_BACK_SKIP))) ||
            (t->kind[j] == EG_TK_PUNCT && t->byte[j] == ','))) {
        j--;
    }
    a = rd_back(r, t, used, cs, (uint32_t)(j + 1));
    if (a == (uint32_t)(j + 1)) return 0;
    if (rd_generic(r, t, a, (uint32_t)j)) return 0;
    p = (int64_t)a - 1;
    while (p >= (int64_t)cs && t->kind[p] == EG_TK_WORD && eg_ifr_set_has(r, EG_SET_KW_SKIP, t->hash[p])) p--;
    if (p > (int64_t)cs && t->kind[p] == EG_TK_WORD && t->hash[p] == r->w[EG_W_AND]) {
        int64_t q = p - 1;
        uint32_t a2;
        while (q >= (int64_t)cs && t->kind[q] == EG_TK_WORD && eg_ifr_set_has(r, EG_SET_KW_SKIP, t->hash[q])) q--;
        a2 = rd_back(r, t, used, cs, (uint32_t)(q + 1));
        if (a2 < (uint32_t)(q + 1)) {
            if (rd_generic(r, t, a2, (uint32_t)q)) return 0;
            list_push(s, s->plan.keywords, &s->plan.n_keywords, rd_text(t, t->start[a2], t->end[q]));
        }
    }
    list_push(s, s->plan.keywords, &s->plan.n_keywords, rd_text(t, t->start[a], t->end[j]));
    return 1;
}

/* cueKeywords (reader.ts): the words after the clause's first cue (KW_CUE) that has any (its quoted spans are read
 * before, by read_clauses). */
static uint32_t rd_cue_keywords(const eg_ifr *r, eg_ifr_scratch *s, uint32_t cs, uint32_t ce, const uint8_t *used) {
    const eg_ifr_tokens *t = &s->tokens;
    uint32_t i;
    for (i = cs; i < ce; i++) {
        if (used[i] || t->kind[i] != EG_TK_WORD || !eg_ifr_set_has(r, EG_SET_KW_CUE, t->hash[i])) continue;
        if (rd_phrase_after(r, s, i + 1u, ce, used, EG_SET_KW_CUE)) return 1;
    }
    return 0;
}

/* imperativeKeywords (reader.ts): a part of the clause (its start, or after , ( : or the word "and") that opens with lead
 * words (KW_LEAD) and then a cue (KW_IMP) asks for the noun phrase after the cue; a negation among the lead
 * words (KW_NEG) cancels it unless "forget" is there too. */
static uint32_t rd_imperative(const eg_ifr *r, eg_ifr_scratch *s, uint32_t cs, uint32_t ce, const uint8_t *used) {
    const eg_ifr_tokens *t = &s->tokens;
    uint32_t i, j, got = 0;
    for (i = cs; i < ce; i++) {
        int neg = 0, forget = 0;
        int opens = i == cs || (t->kind[i - 1u] == EG_TK_PUNCT &&
                                (t->byte[i - 1u] == 0x2Cu || t->byte[i - 1u] == 0x28u || t->byte[i - 1u] == 0x3Au)) ||
                    (t->kind[i - 1u] == EG_TK_WORD && t->hash[i - 1u] == r->w[EG_W_AND]);
        if (!opens || t->kind[i] != EG_TK_WORD) continue;
        j = i;
        while (j < ce && t->kind[j] == EG_TK_WORD && eg_ifr_set_has(r, EG_SET_KW_LEAD, t->hash[j]) &&
               !eg_ifr_set_has(r, EG_SET_KW_IMP, t->hash[j])) {
            if (eg_ifr_set_has(r, EG_SET_KW_NEG, t->hash[j])) neg = 1;
            if (t->hash[j] == r->w[EG_W_FORGET]) forget = 1;
            j++;
        }
        if (j >= ce || t->kind[j] != EG_TK_WORD || used[j] || !eg_ifr_set_has(r, EG_SET_KW_IMP, t->hash[j]) || (neg && !forget)) continue;
        got += (uint32_t)rd_phrase_after(r, s, j + 1u, ce, used, EG_SET_KW_IMP);
        i = j; /* go on after the cue: a part opening at "and" is not read again from the next word */
    }
    return got;
}

/* RNUM value of a word hash: the index when built, else the last record (JS Map). */
int eg_ifr_rnum(const eg_ifr *r, uint32_t h, uint32_t *v) {
    uint32_t i;
    if (r->ix.ok) {
        const eg_ifr_key *key = eg_ifr_key_of(r, h);
        if (key == NULL || !(key->flags & EG_IFR_K_NUM)) return 0;
        *v = key->num;
        return 1;
    }
    for (i = r->nnum; i > 0u; i--) {
        if (eg_rd_u32(r->num + 8u * (i - 1u)) == h) {
            *v = eg_rd_u32(r->num + 8u * (i - 1u) + 4u);
            return 1;
        }
    }
    return 0;
}

/* clauseCount (reader.ts): the clause's first number (digits or RNUM word, 1..max) not followed by a unit word and,
 * with `used`, on a token no pattern match claimed; 0 when none. */
/* MARKED_NEXT (reader.ts): after a highlight or bullet count, what is counted, an adjective before it, "of" or "or". */
static const int RD_MARKED_NEXT[] = {EG_W_ITEMS, EG_W_ITEM, EG_W_THINGS, EG_W_TIPS, EG_W_STEPS, EG_W_PHRASES, EG_W_IDEAS, EG_W_FACTS,
                                     EG_W_REASONS, EG_W_RULES, EG_W_MOST, EG_W_KEY, EG_W_MAIN, EG_W_IMPORTANT, EG_W_OF, EG_W_OR};

static int64_t rd_count(const eg_ifr *r, const eg_ifr_tokens *t, uint32_t cs, uint32_t ce, int64_t max, const uint8_t *used, int marked) {
    uint32_t i, k;
    for (i = cs; i < ce; i++) {
        int64_t v;
        if (t->kind[i] != EG_TK_WORD || (used != NULL && used[i])) continue;
        if (rd_digits(t, i)) {
            if (t->end[i] - t->start[i] > 2u) continue;
            v = 0;
            for (k = t->start[i]; k < t->end[i]; k++) v = v * 10 + (t->bytes[k] - 0x30u);
        } else {
            uint32_t nv;
            if (!eg_ifr_rnum(r, t->hash[i], &nv)) continue;
            v = (int64_t)nv;
        }
        if (i + 1u < ce && t->kind[i + 1u] == EG_TK_WORD && eg_ifr_set_has(r, EG_SET_NUM_UNIT, t->hash[i + 1u])) continue;
        if (marked && i + 1u < ce && t->kind[i + 1u] == EG_TK_WORD && !eg_ifr_named_in(r, t->hash[i + 1u], RD_MARKED_NEXT, EG_IFR_COUNT_OF(RD_MARKED_NEXT))) continue;
        if (v >= 1 && v <= max) return v;
    }
    return 0;
}

/* closingToken (reader.ts): the clause's closing boundary token when that is punctuation, else its last token. */
static uint32_t rd_closing(const eg_ifr_tokens *t, uint32_t ce) { return ce < t->n && t->kind[ce] == EG_TK_PUNCT ? ce : ce - 1u; }

static int rd_end_phrase(const eg_ifr *r, const eg_ifr_scratch *s, uint32_t cs, uint32_t ce, const uint8_t *used, eg_str *out) {
    const eg_ifr_tokens *t = &s->tokens;
    uint32_t i, q0, q1, colon = 0, w = 0, e, stop, h, nv;
    int has_colon = 0, colon_free = 1, got = 0, has_with = 0;
    for (i = cs; i < ce; i++) {
        if (t->kind[i] == EG_TK_PUNCT && t->byte[i] == 0x3Au) {
            colon = i;
            has_colon = 1;
        }
    }
    /* version 20: words a pattern read as another instruction are no ending ("Our club rule: all small letters."); an
     * IGNORE match reads none ("Closing line: Don't hesitate to call us.") */
    for (i = 0; has_colon && i < s->n_matches; i++) {
        const eg_match *m = &s->matches[i];
        if (m->family != EG_F_IGNORE && m->start < ce && m->end > colon + 1u) colon_free = 0;
    }
    if (has_colon && colon_free && colon + 1u < ce && ce - colon <= RD_MAX_END_TOKENS) {
        eg_str x = rd_text(t, t->start[colon + 1u], t->end[rd_closing(t, ce)]);
        if (x.n >= 2u && x.p[0] == 0x22u && x.p[x.n - 1u] == 0x22u) {
            x.p++;
            x.n -= 2u;
            x = eg_str_trim(x);
        }
        if (x.n > 0u) {
            *out = x;
            return 1;
        }
    }
    for (i = cs; i < ce; i++) {
        eg_str x;
        if (!rd_quoted(t, i, ce, &q0, &q1)) continue;
        x = rd_text(t, t->start[q0], t->end[q1 - 1u]);
        if (rd_free(t, used, i, q1) && x.n > 0u) {
            *out = x;
            got = 1;
        }
        i = q1;
    }
    if (got) return 1;
    /* endPhraseOf (version 18): an ending named without quotes or a colon ("End with See you at dawn."), not a
     * description ("finish with a question", "stats about LeBron"); the "with" is the last that opens no placing tail
     * ("with nothing after it"). */
    for (i = cs; i < ce; i++) {
        if (t->kind[i] == EG_TK_WORD && t->hash[i] == r->w[EG_W_WITH] && !eg_ifr_ending_tail_at(r, t, i)) {
            w = i;
            has_with = 1;
        }
    }
    if (!has_with || w + 1u >= ce) return 0;
    /* a placing tail ends the phrase ("finish with ALL WELCOME as the final words") */
    /* the scan stops one word past the limit: a longer run is no ending wherever its tail is */
    stop = w + 2u + RD_MAX_WITH_END_WORDS < ce ? w + 2u + RD_MAX_WITH_END_WORDS : ce;
    e = w + 2u;
    while (e < stop && !eg_ifr_ending_tail_at(r, t, e)) e++;
    if (e - w - 1u > RD_MAX_WITH_END_WORDS) return 0;
    for (i = w + 1u; i < e; i++) {
        if (t->kind[i] != EG_TK_WORD || used[i] || t->hash[i] == r->w[EG_W_ABOUT]) return 0;
    }
    h = t->hash[w + 1u];
    if (eg_ifr_set_has(r, EG_SET_KW_SKIP, h) || eg_ifr_set_has(r, EG_SET_KW_STOP, h) || eg_ifr_rnum(r, h, &nv) ||
        rd_digits(t, w + 1u))
        return 0;
    *out = rd_text(t, t->start[w + 1u], t->end[e < ce ? e - 1u : rd_closing(t, ce)]);
    return out->n > 0u;
}

static int rd_family_in(const eg_ifr_scratch *s, int fam, int64_t cs, int64_t ce) {
    uint32_t mi;
    for (mi = 0; mi < s->n_matches; mi++) {
        const eg_match *m = &s->matches[mi];
        if (m->family == fam && (cs < 0 || ((int64_t)m->start < ce && (int64_t)m->end > cs))) return 1;
    }
    return 0;
}

/* Some WORDS match has a number > 0 and a relation other than APPROX and NONE (an approximate count yields to it). */
static int words_stated(const eg_ifr_scratch *s) {
    uint32_t mi;
    for (mi = 0; mi < s->n_matches; mi++) {
        const eg_match *x = &s->matches[mi];
        if (x->family == EG_F_WORDS && x->has_num && x->n > 0 && x->rel != EG_R_APPROX && x->rel != EG_R_NONE) return 1;
    }
    return 0;
}

/* readClauses (plan folding step 5): flagged clauses fill what the patterns did not read. */
static void read_clauses(const eg_ifr *r, eg_ifr_scratch *s) {
    const eg_ifr_tokens *t = &s->tokens;
    eg_plan *plan = &s->plan;
    uint8_t *used = s->mem.det.probe;
    uint32_t mi, i, cs = 0;
    int ph_num = 0, hl_num = 0, bl_num = 0, end_matched;
    if (r->ncls == 0u) return;
    eg_mem_zero(used, t->n);
    for (mi = 0; mi < s->n_matches; mi++) {
        const eg_match *m = &s->matches[mi];
        for (i = m->start; i < m->end && i < t->n; i++) used[i] = 1;
        if (m->family == EG_F_PLACEHOLDER && m->has_num) ph_num = 1;
        if (m->family == EG_F_HIGHLIGHT && m->has_num) hl_num = 1;
        if (m->family == EG_F_BULLETS && m->has_num) bl_num = 1;
    }
    end_matched = rd_family_in(s, EG_F_ENDPHRASE, -1, 0);
    for (i = 0; i <= t->n; i++) {
        uint32_t ce = i;
        if (i < t->n && !eg_ifr_is_boundary(t, i)) continue;
        if (ce > cs) {
            if (!rd_family_in(s, EG_F_KEYWORDS, cs, ce) && !rd_family_in(s, EG_F_KWFREQ, cs, ce) &&
                !rd_family_in(s, EG_F_FORBID, cs, ce)) {
                /* A flagged clause's quoted spans first, then an imperative ("..., and please mention calathea"
                 * before the flagged clause's first cue word, "say that question back"), then the words after a cue. */
                int flagged = rd_score(r, t, cs, ce, EG_CLS_KEYWORDS_EXISTENCE) > 0;
                uint32_t got = flagged ? rd_free_quoted(s, cs, ce, used) : 0u;
                if (got == 0u) got = rd_imperative(r, s, cs, ce, used);
                if (got == 0u && flagged) got = rd_cue_keywords(r, s, cs, ce, used);
                if (got == 0u && flagged) (void)rd_keywords_before(r, s, cs, ce, used);
            }
            /* the count first: scoring a clause costs more than scanning it for a number */
            if (!ph_num) {
                int64_t n = rd_count(r, t, cs, ce, RD_MAX_PLACEHOLDERS, NULL, 0);
                if (n > plan->placeholders && rd_score(r, t, cs, ce, EG_CLS_DETECTABLE_CONTENT_NUMBER_PLACEHOLDERS) > 0) plan->placeholders = n;
            }
            /* version 21: a highlight or bullet count said in the clause's own words, where no pattern read one; not in a
             * prompt not written in English (the classifier learned English clauses) */
            if (!plan->foreign && (!hl_num || (!plan->has_bullets && !bl_num))) {
                int64_t n = rd_count(r, t, cs, ce, RD_MAX_MARKED, used, 1); /* one scan for both counts */
                if (!hl_num && n > plan->highlights && rd_score(r, t, cs, ce, EG_CLS_DETECTABLE_FORMAT_NUMBER_HIGHLIGHTED_SECTIONS) > 0) plan->highlights = n;
                if (!plan->has_bullets && !bl_num && n > 0 && rd_score(r, t, cs, ce, EG_CLS_DETECTABLE_FORMAT_NUMBER_BULLET_LISTS) > 0) {
                    plan->has_bullets = 1;
                    plan->bullets = n;
                }
            }
            if (!plan->has_end && !end_matched && rd_score(r, t, cs, ce, EG_CLS_STARTEND_END_CHECKER) > 0) {
                eg_str e;
                if (rd_end_phrase(r, s, cs, ce, used, &e)) {
                    plan->has_end = 1;
                    plan->end_phrase = e;
                }
            }
        }
        cs = i + 1u;
    }
}

/* isCommaNoun (plan.ts): "comma", "commas" (ASCII letter case folded) or ",". */
static int comma_noun(eg_str x) {
    static const char word[] = "commas";
    uint32_t i, a = 0;
    if (x.n == 1u) return x.p[0] == 0x2Cu;
    /* version 23: the last space-separated word of a phrase ("a single comma") */
    for (i = 0; i < x.n; i++) {
        if (x.p[i] == 0x20u) a = i + 1u;
    }
    if (x.n - a != 5u && x.n - a != 6u) return 0;
    for (i = a; i < x.n; i++) {
        if (ascii_fold(x.p[i]) != (uint8_t)word[i - a]) return 0;
    }
    return 1;
}

int eg_ifr_detect(const eg_ifr *r, const uint8_t *prompt, uint32_t len, eg_ifr_scratch *s) {
    det dd;
    det *d = &dd;
    eg_plan *plan = &s->plan;
    const eg_ifr_tokens *t;
    uint32_t mi, i, stars = 0, star_lines = 0, cuts;
    int each_highlight = 0, bullet_mention = 0, lang_named = 0, lang_english = 0, has_start = 0;
    eg_str start_word = {NULL, 0u};
    int64_t weak_bullets = 0;
    uint8_t *claimed = s->claimed;

    eg_mem_zero(plan, sizeof(*plan));
    plan->lang = EG_IFR_NONE;
    plan->prompt_lang = EG_IFR_NONE;
    s->n_strs = 0;
    s->n_matches = 0;
    s->overflow = 0;
    s->arena_used = 0;
    eg_ifr_tokenize(prompt, len, &s->tokens);
    t = &s->tokens;
    if (t->too_large) return EG_IFR_TOO_LARGE;
    /* step 0: shorthand and misspellings take the hash of the word they stand for (version 11), before the index keys
     * are looked up */
    eg_ifr_correct_spelling(r, &s->tokens, s->mem.det.quoted);
    eg_ifr_token_keys(r, s);
    d->r = r;
    d->t = t;
    d->s = s;
    d->quoted_only = 0;
    d->phrases = 0;
    d->plural = 0;
    d->claimed = NULL;
    /* step 0: list labels and a self-correction's retracted words leave the tokens before any pattern reads them */
    cuts = eg_ifr_drop_list_labels(d); /* in this order, as in TS */
    cuts += eg_ifr_retract_corrections(d);
    if (cuts > 0u) eg_ifr_token_keys(r, s); /* the candidate lists of the tokens left */
    eg_mem_zero(claimed, TN);
    find_repeat(d, claimed);
    eg_ifr_matches(d, claimed, -1);
    eg_ifr_follow_up_counts(d, claimed);
    eg_ifr_scope(d);
    plan->prompt_lang = eg_ifr_prompt_language(r, t, &plan->foreign);

    for (mi = 0; mi < s->n_matches; mi++) {
        const eg_match *m = &s->matches[mi];
        const eg_str *strs = s->strs + m->str_first;
        eg_range rg;
        eg_str arg;
        arg.p = NULL;
        arg.n = 0;
        if (m->arg != EG_IFR_NONE) arg = eg_ifr_string(r, m->arg);
#define RANGE_OR(lo_, hi_) (m->has_num ? to_range(m->rel, m->n, m->n2) : (rg.lo = (lo_), rg.hi = (hi_), rg))
        switch (m->family) {
        case EG_F_UPPER: plan->upper = 1; break;
        case EG_F_LOWER: plan->lower = 1; break;
        case EG_F_CAPFREQ:
            /* "not a single word in capitals" (arg NONE, version 14): none at all */
            if (arg_is(r, m, "NONE")) {
                plan->caps.lo = 0;
                plan->caps.hi = 0;
            } else {
                plan->caps = intersect(plan->has_caps, plan->caps, RANGE_OR(1, EG_IFR_INF));
            }
            plan->has_caps = 1;
            break;
        case EG_F_WORDS:
            /* An "about N words" yields to a stated relation elsewhere ("A dozen words. ... fewer than 12 words"). */
            if (m->has_num && m->n > 0 && !(m->rel == EG_R_APPROX && words_stated(s))) {
                if (m->rel == EG_R_APPROX) {
                    rg.lo = m->n;
                    rg.hi = m->n + max64(2, m->n / 20);
                } else {
                    rg = to_range(m->rel, m->n, m->n2);
                }
                plan->words = intersect(plan->has_words, plan->words, rg);
                plan->has_words = 1;
            }
            break;
        case EG_F_SENTS:
            if (m->has_num && m->n > 0) {
                plan->sents = intersect(plan->has_sents, plan->sents, to_range(m->rel == EG_R_APPROX ? EG_R_EQ : m->rel, m->n, m->n2));
                plan->has_sents = 1;
            }
            break;
        case EG_F_PARCOUNT:
            if (m->has_num && m->n > 0 && m->n < 100) {
                int64_t lo = to_range(m->rel, m->n, m->n2).lo;
                plan->par_count = max64(plan->par_count, lo ? lo : m->n);
            }
            break;
        case EG_F_SECCOUNT:
            if (m->has_num && m->n > 0 && m->n < 100) {
                int64_t lo = to_range(m->rel, m->n, m->n2).lo;
                plan->sec_count = max64(plan->sec_count, lo ? lo : m->n);
            }
            break;
        case EG_F_STARDIV:
            stars++;
            if ((m->start == 0u || t->kind[m->start - 1u] == EG_TK_NL) && (m->end >= TN || t->kind[m->end] == EG_TK_NL)) star_lines++;
            break;
        case EG_F_NLSEP: plan->par_sep = 2; break;
        case EG_F_SECMARK:
            if (m->str_count > 0u && is_alpha_str(strs[0])) {
                plan->has_sec_mark = 1;
                plan->sec_mark = strs[0];
                /* "Module 1 to Module 4": the same marker twice, the second number is the count. */
                if (m->has_num && m->str_count == 2u && eg_str_eq(strs[1], strs[0]) && m->n > 1 && m->n < 100) /* and
                       "Tip 1 / Tip 2 / ... / Tip 5": the largest number the marker carries in the prompt, when larger */
                    plan->sec_count = max64(max64(plan->sec_count, m->n), marker_count(t, strs[0]));
                else if (m->str_count >= 3u) {
                    /* version 25: "headed Hole 4, Hole 11 and Hole 17": the marker once per section, counted */
                    uint32_t q, same = 1;
                    for (q = 1; q < m->str_count; q++)
                        if (!eg_str_eq(strs[q], strs[0])) same = 0;
                    if (same) plan->sec_count = max64(plan->sec_count, (int64_t)m->str_count);
                }
            }
            break;
        case EG_F_NTHFIRST:
            if (m->str_count > 0u) {
                eg_str w = strs[m->str_count - 1u];
                uint32_t a = 0, b = w.n;
                while (a < b && (w.p[a] == '"' || w.p[a] == '\'')) a++;
                while (b > a && (w.p[b - 1u] == '"' || w.p[b - 1u] == '\'' || w.p[b - 1u] == '.' || w.p[b - 1u] == ',' || w.p[b - 1u] == '?' || w.p[b - 1u] == '!')) b--;
                if (arg_is(r, m, "START")) {
                    /* version 17: the answer's own first word, placed after the loop */
                    has_start = 1;
                    start_word = eg_str_sub(w, a, b);
                } else {
                    plan->has_nth = 1;
                    plan->nth_n = m->n;
                    plan->nth_word = eg_str_sub(w, a, b);
                }
            }
            break;
        case EG_F_FORBID:
            /* "Don't use commas anywhere": the comma is what is banned, not the word (version 18). */
            for (i = 0; i < m->str_count; i++) {
                if (comma_noun(strs[i])) plan->no_comma = 1;
                else list_push(s, plan->forbid, &plan->n_forbid, strs[i]);
            }
            break;
        case EG_F_KWFREQ:
            /* version 23: no keyword count over MAX_KEYWORD_TIMES (plan.ts) */
            if (m->str_count > 0u && m->n <= MAX_KEYWORD_TIMES) {
                eg_str k = arena_case(s, strs[0], 0);
                uint32_t q;
                eg_range add = to_range(m->rel == EG_R_APPROX ? EG_R_EQ : m->rel, m->n, m->n2);
                for (q = 0; q < plan->n_kwfreq; q++) {
                    if (eg_str_eq(plan->kwfreq_key[q], k)) break;
                }
                if (q < plan->n_kwfreq) {
                    plan->kwfreq[q] = intersect(1, plan->kwfreq[q], add);
                } else if (plan->n_kwfreq < EG_IFR_MAX_LIST) {
                    plan->kwfreq_key[q] = k;
                    plan->kwfreq[q] = add;
                    plan->n_kwfreq++;
                } else {
                    s->overflow = 1;
                }
            }
            break;
        case EG_F_KEYWORDS:
            for (i = 0; i < m->str_count; i++) list_push(s, plan->keywords, &plan->n_keywords, strs[i]);
            break;
        case EG_F_LETTER: {
            eg_str src, letter;
            uint32_t q;
            int is_none = arg_is(r, m, "NONE");
            if (m->arg != EG_IFR_NONE && arg.n == 1u) src = arg; /* ASCII table letters */
            else if (m->str_count > 0u) src = strs[0];
            else {
                src.p = NULL;
                src.n = 0;
            }
            letter = arena_case(s, src, 0);
            if (letter.n == 0u) break;
            if (is_none) {
                rg.lo = 0;
                rg.hi = 0;
            } else if (m->has_num) {
                rg = to_range(m->rel, m->n, m->n2);
            } else {
                rg.lo = 1;
                rg.hi = EG_IFR_INF;
            }
            for (q = 0; q < plan->n_letters; q++) {
                if (eg_str_eq(plan->letter_key[q], letter)) break;
            }
            if (q < plan->n_letters) {
                if (is_none) break;
                plan->letters[q] = plan->letters[q].hi == 0 ? rg : intersect(1, plan->letters[q], rg);
            } else if (plan->n_letters < EG_IFR_MAX_LIST) {
                plan->letter_key[q] = letter;
                plan->letters[q] = rg;
                plan->n_letters++;
            } else {
                s->overflow = 1;
            }
            break;
        }
        case EG_F_BULLETS:
            if (arg_is(r, m, "MENTION")) bullet_mention = 1;
            else if (arg_is(r, m, "WEAK")) weak_bullets = weak_bullets ? weak_bullets : (m->has_num && m->n < 100 ? m->n : 0);
            else if (m->has_num && m->n < 100 && !plan->has_bullets) {
                int64_t lo = to_range(m->rel, m->n, m->n2).lo;
                plan->has_bullets = 1;
                plan->bullets = lo ? lo : m->n;
            }
            break;
        case EG_F_HIGHLIGHT:
            if (arg_is(r, m, "EACH")) each_highlight = 1;
            plan->highlights = max64(plan->highlights, m->has_num ? max64(1, to_range(m->rel, m->n, m->n2).lo) : 1);
            break;
        case EG_F_TITLE: plan->title = 1; break;
        case EG_F_PLACEHOLDER:
            plan->placeholders = max64(plan->placeholders, m->has_num ? max64(1, to_range(m->rel, m->n, m->n2).lo) : 1);
            break;
        case EG_F_POSTSCRIPT:
        {
            /* a named marker (the pattern's, or one quoted in the same sentence) beats the default P.S. */
            int kind;
            eg_str mk;
            mk.p = NULL;
            mk.n = 0;
            if (arg_is(r, m, "PPS")) kind = 2;
            else if (m->arg != EG_IFR_NONE) {
                kind = 3;
                mk = arg;
            } else {
                kind = quoted_marker(t, m, &mk);
                if (!kind) kind = 1;
            }
            if (kind != 1 || !plan->postscript) {
                plan->postscript = kind;
                plan->ps_marker = mk;
            }
            break;
        }
        case EG_F_JSON: plan->json = 1; break;
        case EG_F_QUOTE: plan->quote = 1; break;
        case EG_F_ENDPHRASE:
            if (m->str_count > 0u && !plan->has_end) {
                eg_str ph = strs[m->str_count - 1u];
                int pp;
                if (ph.n == 0u) {
                    /* endPhrase = '' stays falsy in TS: nothing changes */
                } else if (is_ps_phrase(ph, &pp)) {
                    if (pp) plan->postscript = 2;
                    else if (!plan->postscript) plan->postscript = 1;
                } else {
                    plan->has_end = 1;
                    plan->end_phrase = ph;
                }
            }
            break;
        case EG_F_TWO: plan->two = 1; break;
        case EG_F_CONSTRAINED: plan->constrained = 1; break;
        case EG_F_NOCOMMA: plan->no_comma = 1; break;
        case EG_F_LANG:
            if (m->lang != EG_IFR_NONE) {
                lang_named = 1;
                if (eg_str_eq_c(eg_ifr_string(r, m->lang), "en")) lang_english = 1;
                else plan->lang = m->lang;
            }
            break;
        default: break;
        }
#undef RANGE_OR
    }
    /* a counted-capitals instruction is not a request for an all-capitals reply (plan.ts) */
    if (plan->upper) {
        for (mi = 0; mi < s->n_matches; mi++) {
            const eg_match *cm = &s->matches[mi];
            if (cm->family == EG_F_CAPFREQ && (cm->has_num || arg_is(r, cm, "NONE"))) plan->upper = 0;
        }
    }
    /* Step 5: the instruction reader's flagged clauses give what the patterns left unread (reader.ts). */
    read_clauses(r, s);
    /* Step 5b (version 13): a prompt not written in English gives what the steps before left empty by its cue words
     * (eg_ifr_cues.c); its scratch lies over the number memo, which is forgotten after it. */
    if (plan->foreign && r->ncue > 0u) {
        eg_ifr_read_cues(r, s, prompt, len);
        eg_ifr_forget_memos(s);
    }
    if (plan->upper && plan->lower) plan->lower = 0;
    /* Step 4: a prompt not written in English names its reply language in its own words (eg_ifr_language.c), and
     * asks for English explicitly when it names English; else it asks for a reply in its own language (function
     * words). */
    if (plan->foreign && !lang_named) {
        uint32_t code = eg_ifr_named_language(r, prompt, len);
        if (code != EG_IFR_NONE) {
            lang_named = 1;
            if (eg_str_eq_c(eg_ifr_string(r, code), "en")) lang_english = 1;
            else plan->lang = code;
        }
    }
    if (plan->foreign && lang_english && plan->lang == EG_IFR_NONE) plan->english = 1;
    if (!lang_named && plan->prompt_lang != EG_IFR_NONE) plan->lang = plan->prompt_lang;
    /* version 26 (plan.ts): an empty pair of square brackets shown ("[ ]で空けておいてください") asks for a placeholder; not a
     * checkbox at a line's start or after a list marker ("- [ ] buy milk") */
    if (plan->placeholders == 0) {
        for (i = 1; i + 1u < TN; i++) {
            int box = t->kind[i - 1u] == EG_TK_NL || (t->kind[i - 1u] == EG_TK_PUNCT && (t->byte[i - 1u] == 0x2Du || t->byte[i - 1u] == 0x2Au));
            if (!box && t->kind[i] == EG_TK_PUNCT && t->byte[i] == 0x5Bu && t->kind[i + 1u] == EG_TK_PUNCT && t->byte[i + 1u] == 0x5Du) plan->placeholders = 1;
        }
    }
    if (plan->placeholders == 1) {
        int64_t shown = 0;
        int any_num = 0;
        for (i = 0; i + 1u < TN; i++) {
            if (t->kind[i] == EG_TK_PUNCT && t->byte[i] == 0x5Bu && t->kind[i + 1u] == EG_TK_WORD) shown++;
        }
        for (mi = 0; mi < s->n_matches; mi++) {
            if (s->matches[mi].family == EG_F_PLACEHOLDER && s->matches[mi].has_num) any_num = 1;
        }
        if (shown > 1 && !any_num) {
            plan->placeholders = shown < 12 ? shown : 12;
        } else if (!any_num) { /* version 26: else the parts listed after "for" */
            int64_t listed = placeholder_list(r, s);
            if (listed > 1) plan->placeholders = listed;
        }
    }
    /* a layout example shows bullets too: "*" and a word at a line's start or after a colon ("format:\n* point") */
    for (i = 0; i + 1u < TN && !bullet_mention; i++) {
        int at = i == 0u || t->kind[i - 1u] == EG_TK_NL || (t->kind[i - 1u] == EG_TK_PUNCT && t->byte[i - 1u] == ':');
        if (at && t->kind[i] == EG_TK_PUNCT && t->byte[i] == '*' && t->kind[i + 1u] == EG_TK_WORD) bullet_mention = 1;
    }
    if (!plan->has_bullets && bullet_mention && weak_bullets > 0) {
        plan->has_bullets = 1;
        plan->bullets = weak_bullets;
    }
    /* Step 6: symbols that read the same in every language (a title's << >>, "PART 1 ... PART 2", a bullet marker by
     * a count; eg_ifr_symbols.c). */
    eg_ifr_read_symbols(r, s);
    if (stars > 0u && plan->par_sep != 2) plan->par_sep = 1;
    if (plan->par_sep == 1 && plan->par_count == 0) {
        plan->par_count = plan->sec_count > 0 && !plan->has_sec_mark ? plan->sec_count : max64(2, (int64_t)star_lines + 1);
    }
    if (plan->has_sec_mark && plan->sec_count == 0) {
        int64_t mc = marker_count(d->t, plan->sec_mark);
        plan->sec_count = mc ? mc : plan->par_count > 0 ? plan->par_count : 2;
    }
    /* Version 17: the answer's first word is the first paragraph's when paragraphs split by blank lines are counted,
     * else a word the answer must hold (plan.ts). */
    if (has_start && start_word.n > 0u && !plan->has_nth) {
        if (plan->par_sep == 2 && plan->par_count > 0) {
            plan->has_nth = 1;
            plan->nth_n = 1;
            plan->nth_word = start_word;
        } else {
            list_push(s, plan->keywords, &plan->n_keywords, start_word);
        }
    }
    if (!plan->has_nth && plan->par_sep == 2 && plan->par_count > 0) eg_ifr_nth_sentence(d, plan);
    if (plan->has_nth) {
        if (plan->nth_n == 255) plan->nth_n = max64(plan->par_count, 1);
        /* version 17: "the middle one" of the paragraphs (of three when no count was read) */
        if (plan->nth_n == 254) {
            if (plan->par_count == 0) plan->par_count = 3;
            plan->nth_n = (plan->par_count + 1) >> 1;
        }
        if (plan->par_count == 0) plan->par_count = plan->nth_n;
        plan->par_sep = 2;
    }
    if (plan->par_count > 0 && !plan->par_sep) plan->par_sep = plan->has_sec_mark ? 2 : 1;
    if (each_highlight) plan->highlights = max64(plan->highlights, max64(plan->sec_count, plan->par_count));
    for (i = 0; i < plan->n_kwfreq; i++) {
        if (plan->kwfreq[i].hi == 0) list_push(s, plan->forbid, &plan->n_forbid, plan->kwfreq_key[i]);
    }
    /* Version 11: nor can a word of the required ending be forbidden ("end with "... help with?" with no other words
     * after the word "with"" does not forbid "with"). */
    if (plan->has_end) {
        uint32_t kept = 0;
        for (i = 0; i < plan->n_forbid; i++) {
            if (!ending_has(plan->end_phrase, plan->forbid[i])) plan->forbid[kept++] = plan->forbid[i];
        }
        plan->n_forbid = kept;
    }
    {
        /* keywords = keywords.filter((k) => !forb.has(k.toLowerCase())) */
        uint32_t mark = s->arena_used, kept = 0, q;
        for (i = 0; i < plan->n_keywords; i++) {
            eg_str kl = arena_case(s, plan->keywords[i], 0);
            int bad = 0;
            for (q = 0; q < plan->n_forbid && !bad; q++) {
                uint32_t m2 = s->arena_used;
                eg_str fl = arena_case(s, plan->forbid[q], 0);
                bad = eg_str_eq(kl, fl);
                s->arena_used = m2;
            }
            s->arena_used = mark;
            if (!bad) plan->keywords[kept++] = plan->keywords[i];
        }
        plan->n_keywords = kept;
    }
    return s->overflow ? EG_IFR_TOO_LARGE : EG_OK;
}
