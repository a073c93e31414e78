/* The enforcer's length fixers <-> length.ts: number_sentences (merge "A. B" -> "A; B" from the end,
 * then trim whole sentences from the end; or add topic sentences) and number_words (trim, or add).
 * A trim is kept only if no other requirement that held stops holding. */
#include <string.h>
#include "eg_ifr_enforce_int.h"

/* Words as the verifier counts them: runs of [\p{L}\p{N}_] (countWords). */
static int64_t count_words(eg_enf_job *j, eg_str body) {
    eg_str t = eg_enf_finish(j, body);
    uint32_t i = 0, cp;
    int64_t n = 0;
    int in = 0;
    while (i < t.n) {
        int wch;
        i += eg_u8_dec(t.p, t.n, i, &cp);
        wch = eg_uni_is_word(cp);
        if (wch && !in) n++;
        in = wch;
    }
    return n;
}

/* Punkt sentences of finish(body) (countSentences). */
static int64_t count_sents(eg_enf_job *j, eg_str body) {
    eg_txt x;
    int64_t r;
    if (!eg_enf_finish_txt(j, body, &x)) return 0;
    r = eg_ifv_sentences(j->v->regs, j->v->punkt, x, j->vs->spans, EG_IFV_MAX_TOKENS, j->vs);
    if (r < 0 && !j->err) j->err = (int)-r;
    return r < 0 ? 0 : r;
}

typedef int64_t (*counter)(eg_enf_job *j, eg_str body);

/* freshFillers: n filler sentences not yet in the body (all of them when every one is). */
static uint32_t fresh_fillers(eg_enf_job *j, eg_str body, int64_t n, eg_str *out) {
    uint32_t i, k = 0, np = 0;
    eg_str *pool = j->e->strs[2];
    for (i = 0; i < j->n_fill; i++) {
        if (eg_str_find(body, j->fillers[i], 0) < 0) pool[np++] = j->fillers[i];
    }
    if (n > (int64_t)EG_ENF_MAX_FILL) {
        if (!j->err) j->err = EG_IFR_TOO_LARGE;
        return 0;
    }
    for (k = 0; k < (uint32_t)n; k++) out[k] = np ? pool[k % np] : j->fillers[k % j->n_fill];
    return (uint32_t)n;
}

/* The other temporary buffer than the one x is in. */
static int other_tmp(eg_enf_job *j, eg_str x) { return x.p == j->e->buf[EB_T0] ? EB_T1 : EB_T0; }

/* units(): removable sentence spans before limit. */
static uint32_t units(eg_enf_job *j, eg_str text, uint32_t limit, uint32_t *us) {
    uint32_t n = 0, ls = 0, *sp = j->e->spans;
    while (ls < limit) {
        uint32_t le = ls, ns, k;
        while (le < text.n && text.p[le] != '\n') le++;
        if (le > limit) le = limit;
        ns = eg_enf_sentence_spans(eg_enf_s(text.p + ls, le - ls), sp, EG_ENF_MAX_SPANS, j);
        if (n + ns > EG_ENF_MAX_UNITS) {
            if (!j->err) j->err = EG_IFR_TOO_LARGE;
            return 0;
        }
        if (ns == 1u) {
            us[2u * n] = ls, us[2u * n + 1u] = le + 1u < text.n ? le + 1u : text.n, n++;
        } else {
            for (k = 0; k < ns; k++) {
                if (k == 0u) us[2u * n] = ls + sp[0], us[2u * n + 1u] = ls + sp[2];
                else us[2u * n] = ls + sp[2u * (k - 1u) + 1u], us[2u * n + 1u] = ls + sp[2u * k + 1u];
                n++;
            }
        }
        ls = le + 1u;
    }
    return n;
}

/* A UTF-16 offset as a byte offset of x, clamped to its end as slice() clamps. A unit after an earlier
 * overlapping removal is cut at its old offsets (as TS does), so the offsets are kept in UTF-16. */
static uint32_t u16_cut(eg_enf_job *j, eg_str x, uint32_t u) {
    int64_t b = eg_enf_u16_byte(x, u);
    if (b >= 0) return (uint32_t)b;
    if (u >= eg_enf_u16_len(x)) return x.n;
    if (!j->err) j->err = EG_IFR_ENFORCE_NOT_PORTED; /* TS would cut a surrogate pair */
    return 0;
}

/* Units as UTF-16 offsets. */
static void units_u16(eg_str text, uint32_t *us, uint32_t n) {
    uint32_t i, at = 0, u = 0, cp;
    /* the byte offsets ascend within each unit's pair only, so convert each from the start */
    for (i = 0; i < 2u * n; i++) {
        if (us[i] < at) at = 0, u = 0;
        while (at < us[i]) {
            at += eg_u8_dec(text.p, text.n, at, &cp);
            u += cp >= 0x10000u ? 2u : 1u;
        }
        us[i] = u;
    }
}

#define LENGTH_SKIP ((1u << EG_ID_WORDS) | (1u << EG_ID_SENTENCES) | (1u << EG_ID_LANGUAGE))

/* trimFromEnd, then .replace(/\n{3,}/g, '\n\n'), written to w. */
static void trim_from_end(eg_enf_job *j, eg_str body, counter count, int64_t hi, eg_wr *w) {
    eg_str out = body;
    uint32_t skip = LENGTH_SKIP | eg_enf_failing(j, out, 0), n, i, k;
    int64_t at = eg_enf_insert_point(j, out);
    uint32_t *us = j->e->units;
    if (at < 0) return;
    n = units(j, out, (uint32_t)at, us);
    units_u16(out, us, n);
    for (i = n; i-- > 0u && !j->err && count(j, out) >= hi;) {
        eg_wr t;
        eg_str cand;
        uint32_t a = u16_cut(j, out, us[2u * i]), b = u16_cut(j, out, us[2u * i + 1u]);
        if (j->err) break;
        eg_enf_wr(&t, j->e, other_tmp(j, out));
        eg_wr_bytes(&t, out.p, a);
        eg_wr_bytes(&t, out.p + b, out.n - b);
        cand = eg_enf_done(j, &t);
        if (eg_str_trim(cand).n > 0u && eg_enf_failing(j, cand, skip) == 0u) out = cand;
    }
    for (k = 0; k < out.n; k++) {
        if (out.p[k] == '\n' && k + 2u < out.n && out.p[k + 1u] == '\n' && out.p[k + 2u] == '\n') {
            uint32_t e = k;
            while (e < out.n && out.p[e] == '\n') e++;
            eg_wr_c(w, "\n\n");
            k = e - 1u;
        } else eg_wr_bytes(w, out.p + k, 1);
    }
}

static const char *const LOWER_STARTERS[] = {"the", "they", "it", "this", "that", "we", "he", "she", "many", "some", "there", "these",
                                             "those", "a", "an", "in", "on", "but", "and", "so", "you", "our", "his", "her", "its",
                                             "their", "as", "at", "for", "with", "when", "if", "most", "each", "every", "then", "also"};

static int is_closer_cp(uint32_t cp) { return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == '*' || cp == 0x201Du || cp == 0x2019u; }

/* One merge from the end ("A. B" -> "A; b" inside a line) into a temporary buffer; 0 when none. */
static int merge_once(eg_enf_job *j, eg_str out, eg_str *next) {
    uint32_t le = out.n, *sp = j->e->spans;
    for (;;) {
        uint32_t ls = le, ns;
        eg_str line;
        while (ls > 0u && out.p[ls - 1u] != '\n') ls--;
        line = eg_enf_s(out.p + ls, le - ls);
        ns = eg_enf_sentence_spans(line, sp, EG_ENF_MAX_SPANS, j);
        if (ns >= 2u) {
            uint32_t t = sp[2u * (ns - 2u) + 1u], cp = 0, q;
            int found = 0;
            while (t > 0u) {
                uint32_t pt = eg_u8_prev(line.p, t);
                eg_u8_dec(line.p, line.n, pt, &cp);
                if (!is_closer_cp(cp)) {
                    found = cp == '.' || cp == '!';
                    t = pt;
                    break;
                }
                t = pt;
            }
            if (found) {
                eg_wr w;
                uint32_t r = t + 1u, s, a, b, len;
                eg_enf_wr(&w, j->e, other_tmp(j, out));
                eg_wr_bytes(&w, out.p, ls + t);
                eg_wr_c(&w, ";");
                /* rest.replace(/^(\s+)(\p{Lu})(\p{Ll}*)/u, lower-case a LOWER_STARTERS opener) */
                s = r;
                while (s < line.n) {
                    len = eg_u8_dec(line.p, line.n, s, &cp);
                    if (!eg_uni_is_space(cp)) break;
                    s += len;
                }
                a = s;
                if (s > r && s < line.n && (len = eg_u8_dec(line.p, line.n, s, &cp), eg_uni_is_lu(cp))) {
                    eg_str word, low;
                    b = s + len;
                    while (b < line.n) {
                        len = eg_u8_dec(line.p, line.n, b, &cp);
                        if (!eg_uni_is_ll(cp)) break;
                        b += len;
                    }
                    word = eg_enf_s(line.p + a, b - a);
                    low = eg_enf_case(j, word, 0, EB_LOW);
                    for (q = 0; q < sizeof(LOWER_STARTERS) / sizeof(LOWER_STARTERS[0]); q++) {
                        if (eg_str_eq_c(low, LOWER_STARTERS[q])) break;
                    }
                    if (q < sizeof(LOWER_STARTERS) / sizeof(LOWER_STARTERS[0])) {
                        uint32_t l1 = eg_u8_dec(line.p, line.n, a, &cp);
                        eg_wr_bytes(&w, line.p + r, a - r);
                        eg_wr_case(&w, eg_enf_s(line.p + a, l1), 0);
                        r = a + l1;
                    }
                }
                eg_wr_bytes(&w, line.p + r, line.n - r);
                eg_wr_bytes(&w, out.p + le, out.n - le);
                *next = eg_enf_done(j, &w);
                return 1;
            }
        }
        if (ls == 0u) return 0;
        le = ls - 1u;
    }
}

/* bounds(): the [lo, hi) of a plan range as official relations (hi -1: none). */
static void bounds(eg_range r, int64_t *lo, int64_t *hi) {
    *lo = r.lo > 0 ? r.lo : 0;
    *hi = r.hi < EG_IFR_INF ? r.hi + 1 : -1;
}

/* fixSentences (sentences: merge before trimming; one addition of the missing count) and fixWords
 * (trim; additions of ceil(deficit / 8) sentences until long enough, at most 200). */
static int fix_length(eg_enf_job *j, eg_str body, eg_wr *w, eg_range rg, counter count, int sentences) {
    int64_t lo, hi, n = count(j, body);
    eg_str out = body;
    int guard;
    bounds(rg, &lo, &hi);
    if (hi >= 0 && n >= hi) {
        for (guard = 0; sentences && guard < 400 && !j->err && count(j, out) >= hi; guard++) {
            eg_str next;
            if (!merge_once(j, out, &next)) break;
            out = next;
        }
        if (!j->err && count(j, out) >= hi) {
            trim_from_end(j, out, count, hi, w);
            return j->err;
        }
    } else if (n < lo) {
        for (guard = 0; guard < (sentences ? 1 : 200) && !j->err; guard++) {
            int64_t c = count(j, out), need = sentences ? lo - c : (lo - c + 7) / 8;
            eg_str add[EG_ENF_MAX_FILL];
            uint32_t k;
            eg_wr t;
            if (c >= lo) break;
            k = fresh_fillers(j, out, need < 1 ? 1 : need, add);
            eg_enf_wr(&t, j->e, other_tmp(j, out));
            eg_enf_add_sentences(j, out, add, k, &t);
            out = eg_enf_done(j, &t);
        }
    }
    eg_wr_str(w, out);
    return j->err;
}

int eg_enf_fix_sentences(eg_enf_job *j, eg_str body, eg_wr *w) { return fix_length(j, body, w, j->plan->sents, count_sents, 1); }

int eg_enf_fix_words(eg_enf_job *j, eg_str body, eg_wr *w) { return fix_length(j, body, w, j->plan->words, count_words, 0); }
