/* The enforcer's removal fixers of keywords.ts: fixForbidden (a listed word goes with its connector,
 * else the sentence holding it when there are others, else the word) and fixLetters (carrier
 * sentences of words rich in the letter; above a cap, words holding it go from the end). The
 * TypeScript regexes (/giu: simple case folding, [\p{L}\p{N}_] word characters) are matched by hand,
 * with the same leftmost, non-overlapping, consuming semantics. */
#include <string.h>
#include "eg_ifr_enforce_int.h"

static uint32_t cp_at(eg_str x, uint32_t i, uint32_t *len) {
    uint32_t cp;
    *len = eg_u8_dec(x.p, x.n, i, &cp);
    return cp;
}

/* The end of w matched case-insensitively (/iu) at x[i], or -1. */
static int64_t fold_match(eg_str x, uint32_t i, eg_str w) {
    uint32_t k = 0, la, lb;
    while (k < w.n) {
        uint32_t a, b;
        if (i >= x.n) return -1;
        a = cp_at(x, i, &la);
        b = cp_at(w, k, &lb);
        if (a != b && eg_uni_fold(a) != eg_uni_fold(b)) return -1;
        i += la, k += lb;
    }
    return i;
}

static int word_at(eg_str x, uint32_t i) {
    uint32_t len;
    return i < x.n && eg_uni_is_word(cp_at(x, i, &len));
}

static uint32_t skip_ws(eg_str x, uint32_t i) {
    uint32_t len;
    while (i < x.n && eg_uni_is_space(cp_at(x, i, &len))) i += len;
    return i;
}

/* (and|or) case-insensitively at i: its end, or -1. */
static int64_t and_or(eg_str x, uint32_t i) {
    int64_t e = fold_match(x, i, eg_enf_c("and"));
    return e >= 0 ? e : fold_match(x, i, eg_enf_c("or"));
}

/* One global replace of removeWord: kind 1 `(^|[^W])w,\s+(?=[W])` -> $1, 2 `,\s+w(?![W])` -> '',
 * 3 `(^|[^W])w\s+(and|or)\s+(?=[W])` -> $1, 4 `\s+(and|or)\s+w(?![W])` -> '', 5 `(^|[^W])w(?![W])` -> $1.
 * A match that begins with (^|[^W]) keeps that character. */
static void replace_kind(eg_str x, eg_str w, int kind, eg_wr *out) {
    uint32_t i = 0, len;
    while (i <= x.n) {
        int64_t e = -1;
        uint32_t keep = 0, s;
        if (kind == 1 || kind == 3 || kind == 5) {
            /* (^|[^W]): at input start nothing is consumed; else one non-word character */
            for (s = 0; s < 2u && e < 0; s++) {
                uint32_t at = i;
                if (s == 0u && i != 0u) continue;
                if (s == 1u) {
                    if (i >= x.n || word_at(x, i)) continue;
                    cp_at(x, i, &len);
                    at = i + len;
                    keep = len;
                } else keep = 0;
                e = fold_match(x, at, w);
                if (e < 0) continue;
                if (kind == 1) {
                    uint32_t k = (uint32_t)e;
                    if (k < x.n && x.p[k] == ',' && skip_ws(x, k + 1u) > k + 1u && word_at(x, skip_ws(x, k + 1u))) e = skip_ws(x, k + 1u);
                    else e = -1;
                } else if (kind == 3) {
                    uint32_t k = skip_ws(x, (uint32_t)e);
                    int64_t ao = k > (uint32_t)e ? and_or(x, k) : -1;
                    uint32_t k2 = ao >= 0 ? skip_ws(x, (uint32_t)ao) : 0u;
                    e = ao >= 0 && k2 > (uint32_t)ao && word_at(x, k2) ? (int64_t)k2 : -1;
                } else if (word_at(x, (uint32_t)e)) {
                    e = -1;
                }
            }
        } else if (kind == 2 && i < x.n && x.p[i] == ',') {
            uint32_t k = skip_ws(x, i + 1u);
            e = k > i + 1u ? fold_match(x, k, w) : -1;
            if (e >= 0 && word_at(x, (uint32_t)e)) e = -1;
        } else if (kind == 4 && i < x.n && skip_ws(x, i) > i) {
            uint32_t k = skip_ws(x, i), k2;
            int64_t ao = and_or(x, k);
            k2 = ao >= 0 ? skip_ws(x, (uint32_t)ao) : 0u;
            e = ao >= 0 && k2 > (uint32_t)ao ? fold_match(x, k2, w) : -1;
            if (e >= 0 && word_at(x, (uint32_t)e)) e = -1;
        }
        if (e >= 0 && ((uint32_t)e > i || w.n > 0u)) {
            eg_wr_bytes(out, x.p + i, keep);
            if ((uint32_t)e == i) { /* an empty match: copy one character and move on */
                if (i >= x.n) break;
                cp_at(x, i, &len);
                eg_wr_bytes(out, x.p + i, len);
                i += len;
            } else i = (uint32_t)e;
            continue;
        }
        if (i >= x.n) break;
        cp_at(x, i, &len);
        eg_wr_bytes(out, x.p + i, len);
        i += len;
    }
}

/* wordRe(word, 'iu').test(x) */
static int has_word(eg_str x, eg_str w) {
    uint32_t i, len;
    for (i = 0; i <= x.n; i += i < x.n ? len : 1u) {
        int64_t e;
        len = 1;
        if (i < x.n) cp_at(x, i, &len);
        if (i == 0u && (e = fold_match(x, 0, w)) >= 0 && !word_at(x, (uint32_t)e)) return 1;
        if (i < x.n && !word_at(x, i) && (e = fold_match(x, i + len, w)) >= 0 && !word_at(x, (uint32_t)e)) return 1;
        if (i >= x.n) break;
    }
    return 0;
}

/* .replace(/ {2,}/g, ' ') of x, appended to w. */
static void squeeze(eg_wr *w, eg_str x) {
    uint32_t i;
    for (i = 0; i < x.n; i++) {
        if (x.p[i] == ' ' && i > 0u && x.p[i - 1u] == ' ') continue;
        eg_wr_bytes(w, x.p + i, 1);
    }
}

static eg_str pass(eg_enf_job *j, eg_str x, eg_str w, int kind, int *buf) {
    eg_wr t;
    *buf = *buf == EB_T0 ? EB_T1 : EB_T0;
    eg_enf_wr(&t, j->e, *buf);
    replace_kind(x, w, kind, &t);
    return eg_enf_done(j, &t);
}

/* removeWord, into w. */
static void remove_word(eg_enf_job *j, eg_str body, eg_str word, eg_wr *w) {
    int buf = EB_T1, kind;
    eg_str out = body;
    uint32_t sentences = 0, ls, *sp = j->e->spans2;
    eg_wr t;
    for (kind = 1; kind <= 4; kind++) out = pass(j, out, word, kind, &buf);
    for (ls = 0; ls <= out.n;) {
        uint32_t le = ls;
        while (le < out.n && out.p[le] != '\n') le++;
        sentences += eg_enf_sentence_spans(eg_enf_s(out.p + ls, le - ls), sp, EG_ENF_MAX_SPANS, j);
        ls = le + 1u;
    }
    /* lines whose sentences hold the word lose them (from each line's end) while others remain; the
       spans of a line are its original ones, as UTF-16 offsets, after each cut (as TS uses them) */
    buf = buf == EB_T0 ? EB_T1 : EB_T0;
    eg_enf_wr(&t, j->e, buf);
    for (ls = 0; ls <= out.n;) {
        uint32_t le = ls, ns, k, at, u, cp;
        eg_str line;
        while (le < out.n && out.p[le] != '\n') le++;
        line = eg_enf_s(out.p + ls, le - ls);
        if (sentences > 1u) {
            uint8_t *lb = j->e->buf[EB_F1];
            ns = eg_enf_sentence_spans(line, sp, EG_ENF_MAX_SPANS, j);
            for (k = 0, at = 0, u = 0; k < 2u * ns; k++) { /* byte -> UTF-16 offsets, ascending */
                while (at < sp[k]) at += eg_u8_dec(line.p, line.n, at, &cp), u += cp >= 0x10000u ? 2u : 1u;
                sp[k] = u;
            }
            memcpy(lb, line.p, line.n);
            line.p = lb;
            for (k = ns; k-- > 0u && sentences > 1u;) {
                int64_t s = eg_enf_u16_byte(line, sp[2u * k]), e = eg_enf_u16_byte(line, sp[2u * k + 1u]);
                eg_wr lw;
                eg_str nl;
                if (s < 0) s = sp[2u * k] >= eg_enf_u16_len(line) ? (int64_t)line.n : -1;
                if (e < 0) e = sp[2u * k + 1u] >= eg_enf_u16_len(line) ? (int64_t)line.n : -1;
                if (s < 0 || e < 0) {
                    if (!j->err) j->err = EG_IFR_ENFORCE_NOT_PORTED;
                    return;
                }
                if (e < s) e = s; /* slice(s, e) with e < s is empty */
                if (!has_word(eg_enf_s(line.p + s, (uint32_t)(e - s)), word)) continue;
                eg_enf_wr(&lw, j->e, EB_F0);
                eg_wr_bytes(&lw, line.p, (uint32_t)s);
                eg_wr_bytes(&lw, line.p + e, line.n - (uint32_t)e);
                nl = eg_enf_done(j, &lw);
                {
                    eg_wr sw;
                    sw.p = lb, sw.n = 0, sw.cap = EG_ENF_BUF_CAP, sw.over = 0;
                    squeeze(&sw, nl);
                    line = eg_enf_rtrim(eg_enf_s(lb, sw.n));
                }
                sentences--;
            }
        }
        eg_wr_str(&t, line);
        if (le >= out.n) break;
        eg_wr_c(&t, "\n");
        ls = le + 1u;
    }
    out = eg_enf_done(j, &t);
    /* .replace(/\n{3,}/g, '\n\n'), the word itself, / {2,}/ -> ' ', / ([.,;:!?])/ -> '$1' */
    {
        uint32_t i;
        buf = buf == EB_T0 ? EB_T1 : EB_T0;
        eg_enf_wr(&t, j->e, buf);
        for (i = 0; i < out.n; i++) {
            if (out.p[i] == '\n' && i + 2u < out.n && out.p[i + 1u] == '\n' && out.p[i + 2u] == '\n') {
                while (i < out.n && out.p[i] == '\n') i++;
                eg_wr_c(&t, "\n\n");
                i--;
            } else eg_wr_bytes(&t, out.p + i, 1);
        }
        out = eg_enf_done(j, &t);
        out = pass(j, out, word, 5, &buf);
        buf = buf == EB_T0 ? EB_T1 : EB_T0;
        eg_enf_wr(&t, j->e, buf);
        squeeze(&t, out);
        out = eg_enf_done(j, &t);
        for (i = 0; i < out.n; i++) {
            if (out.p[i] == ' ' && i + 1u < out.n && strchr(".,;:!?", out.p[i + 1u]) && out.p[i + 1u]) continue;
            eg_wr_bytes(w, out.p + i, 1);
        }
    }
}

int eg_enf_fix_forbidden(eg_enf_job *j, eg_str body, eg_wr *w) {
    uint32_t q, k;
    eg_wr_str(w, body);
    /* each word's removal reads the body from w's buffer and writes EB_KW, copied back to w */
    for (q = 0; q < j->e->nreq && !j->err; q++) {
        if (j->bound[q].kind != EG_ID_FORBIDDEN) continue;
        /* the plan's words, not the kwargs: those are the words as patterns (requirements.ts literalPattern) */
        for (k = 0; k < j->plan->n_forbid && !j->err; k++) {
            eg_wr t;
            eg_str res;
            eg_enf_wr(&t, j->e, EB_KW);
            remove_word(j, eg_enf_done(j, w), j->plan->forbid[k], &t);
            res = eg_enf_done(j, &t);
            w->n = 0;
            eg_wr_str(w, res);
        }
    }
    return j->err;
}

/* countLetter: code points of s.toLowerCase() equal to the letter. */
static int64_t count_letter(eg_enf_job *j, eg_str s, uint32_t letter, int buf) {
    eg_str low = eg_enf_case(j, s, 0, buf);
    uint32_t i = 0, len;
    int64_t n = 0;
    while (i < low.n) n += cp_at(low, i, &len) == letter, i += len;
    return n;
}

static int letter_word_cp(uint32_t cp) { return eg_uni_is_word(cp) || cp == '\'' || cp == '-'; }

/* The end of the run of [\p{L}\p{N}_'-] from i. */
static uint32_t run_end(eg_str x, uint32_t i) {
    uint32_t len;
    while (i < x.n && letter_word_cp(cp_at(x, i, &len))) i += len;
    return i;
}

int eg_enf_fix_letters(eg_enf_job *j, eg_str body, eg_wr *w) {
    const eg_plan *p = j->plan;
    eg_str out = body;
    uint32_t li;
    int buf = EB_T1;
    for (li = 0; li < p->n_letters && !j->err; li++) {
        eg_str letter = p->letter_key[li];
        eg_range r = p->letters[li];
        uint32_t lcp, llen;
        int64_t n;
        if (letter.n == 0u || (llen = eg_u8_dec(letter.p, letter.n, 0, &lcp)) != letter.n) return EG_IFR_ENFORCE_NOT_PORTED;
        n = count_letter(j, eg_enf_finish(j, out), lcp, EB_LOW);
        if (n < r.lo) {
            /* carriers: "Words like a and b and c come to mind." of the letter's words that pass okFor */
            uint32_t code = lcp >= 0x10000u ? 0xD800u + ((lcp - 0x10000u) >> 10) : lcp;
            uint32_t ng = eg_enf_group_count(j->r, EG_GROUP_LETTER_WORDS + code), g, np = 0, k, q;
            eg_str *pool = j->e->strs[0], *add = j->e->strs[1];
            uint8_t three[16];
            int64_t left = r.lo - n;
            uint32_t nadd = 0;
            eg_wr t;
            for (g = 0; g < ng; g++) {
                eg_str x = eg_enf_group_at(j->r, EG_GROUP_LETTER_WORDS + code, g);
                if (!eg_enf_ok(j, x)) continue;
                if (np >= EG_ENF_MAX_SPANS) return EG_IFR_TOO_LARGE;
                pool[np++] = x;
            }
            if (np == 0u) {
                for (q = 0; q < 3u; q++) memcpy(three + q * llen, letter.p, llen);
                pool[np++] = eg_enf_s(three, 3u * llen);
            }
            eg_enf_wr(&t, j->e, EB_KW);
            for (k = 0; left > 0 && k < 400u; k += 3u) {
                eg_str pick[3];
                uint32_t start = t.n;
                for (q = 0; q < 3u; q++) {
                    int64_t c;
                    pick[q] = pool[(k + q) % np];
                    c = count_letter(j, pick[q], lcp, EB_OK);
                    left -= c > 1 ? c : 1;
                }
                eg_wr_c(&t, "Words like ");
                eg_wr_str(&t, pick[0]);
                eg_wr_c(&t, " and ");
                eg_wr_str(&t, pick[1]);
                eg_wr_c(&t, " and ");
                eg_wr_str(&t, pick[2]);
                eg_wr_c(&t, " come to mind.");
                if (t.over) return EG_IFR_TOO_LARGE;
                add[nadd++] = eg_enf_s(t.p + start, t.n - start);
            }
            buf = buf == EB_T0 ? EB_T1 : EB_T0;
            eg_enf_wr(&t, j->e, buf);
            eg_enf_add_sentences(j, out, add, nadd, &t);
            out = eg_enf_done(j, &t);
        } else if (n > r.hi) {
            /* /[\p{L}\p{N}_'-]*L[\p{L}\p{N}_'-]*\/giu matches, removed from the last while over the cap */
            int64_t over = n - r.hi;
            uint32_t *sp = j->e->units, ns = 0, i = 0, len, lf = eg_uni_fold(lcp);
            while (i < out.n) {
                uint32_t q = run_end(out, i), m, last = UINT32_MAX;
                for (m = i; m <= q && m < out.n; m += len) {
                    uint32_t c = cp_at(out, m, &len);
                    if (c == lcp || eg_uni_fold(c) == lf) last = m;
                    if (m == q) break;
                }
                if (last == UINT32_MAX) {
                    cp_at(out, i, &len);
                    i += len;
                    continue;
                }
                if (ns >= EG_ENF_MAX_UNITS) return EG_IFR_TOO_LARGE;
                sp[2u * ns] = i;
                i = sp[2u * ns + 1u] = run_end(out, last + llen);
                ns++;
            }
            {
                eg_wr t;
                uint32_t k = ns, pos = 0;
                /* the spans go from the end: the text before the first span removed is kept whole */
                while (k > 0u && over > 0) {
                    k--;
                    over -= count_letter(j, eg_enf_s(out.p + sp[2u * k], sp[2u * k + 1u] - sp[2u * k]), lcp, EB_OK);
                }
                buf = buf == EB_T0 ? EB_T1 : EB_T0;
                eg_enf_wr(&t, j->e, buf);
                for (i = k; i < ns; i++) { /* spans k.. are removed, then / {2,}/ -> ' ' */
                    eg_wr_bytes(&t, out.p + pos, sp[2u * i] - pos);
                    pos = sp[2u * i + 1u];
                }
                eg_wr_bytes(&t, out.p + pos, out.n - pos);
                out = eg_enf_done(j, &t);
                buf = buf == EB_T0 ? EB_T1 : EB_T0;
                eg_enf_wr(&t, j->e, buf);
                squeeze(&t, out);
                out = eg_enf_done(j, &t);
            }
        }
    }
    eg_wr_str(w, out);
    return j->err;
}
