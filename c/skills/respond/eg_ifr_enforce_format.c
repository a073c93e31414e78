/* The enforcer's format fixers ported so far <-> format.ts: fixHighlights (the words after a
 * sentence's first word wrapped in *...*, never at a line start; filler sentences when the draft
 * has too few plain lines). */
#include <string.h>
#include "eg_ifr_enforce_int.h"

/* countHighlights: the *x* runs, then the **x** runs, of one line each, whose insides are not blank. */
static int64_t count_highlights(eg_str x) {
    int64_t n = 0;
    uint32_t i = 0, k, pass;
    for (pass = 1; pass <= 2u; pass++) {
        for (i = 0; i + pass <= x.n;) {
            if (x.p[i] != '*' || (pass == 2u && x.p[i + 1u] != '*')) {
                i++;
                continue;
            }
            for (k = i + pass; k < x.n && x.p[k] != '\n' && x.p[k] != '*'; k++) {
            }
            if (k + pass <= x.n && x.p[k] == '*' && (pass == 1u || x.p[k + 1u] == '*')) {
                n += eg_str_trim(eg_enf_s(x.p + i + pass, k - i - pass)).n > 0u;
                i = k + pass;
            } else i++;
        }
    }
    return n;
}

static int is_ws_at(eg_str x, uint32_t i, uint32_t *len) {
    uint32_t cp;
    *len = eg_u8_dec(x.p, x.n, i, &cp);
    return eg_uni_is_space(cp);
}

/* highlightSentence: /^(\S+\s+)(.*?\S)([.!?:;]*)$/u -> "$1*$2*$3" when $2 holds a letter or digit;
 * 0 when there is no match. */
static int highlight_sentence(eg_str s, eg_wr *w) {
    uint32_t i = 0, len, g2, e, r, cp, k;
    int alnum = 0;
    while (i < s.n && !is_ws_at(s, i, &len)) i += len;
    if (i == 0u || i >= s.n) return 0;
    while (i < s.n && is_ws_at(s, i, &len)) i += len;
    g2 = i;
    /* '.' matches no line terminator, and \S none either */
    for (k = g2; k < s.n; k += len) {
        len = eg_u8_dec(s.p, s.n, k, &cp);
        if (eg_uni_is_lineterm(cp)) return 0;
    }
    r = s.n;
    while (r > g2 && strchr(".!?:;", s.p[r - 1u]) && s.p[r - 1u]) r--;
    /* the shortest $2 ending in \S before an all-punctuation rest */
    if (r > g2 && !is_ws_at(s, eg_u8_prev(s.p, r), &len)) e = r;
    else if (r < s.n) e = r + 1u;
    else return 0;
    if (e <= g2) return 0;
    for (k = g2; k < e; k += len) {
        len = eg_u8_dec(s.p, s.n, k, &cp);
        if (eg_uni_is_l(cp) || eg_uni_is_n(cp)) alnum = 1;
    }
    if (!alnum) return 0;
    eg_wr_bytes(w, s.p, g2);
    eg_wr_c(w, "*");
    eg_wr_bytes(w, s.p + g2, e - g2);
    eg_wr_c(w, "*");
    eg_wr_bytes(w, s.p + e, s.n - e);
    return 1;
}

/* /^\s*([-+#>]|<<)/ */
static int starts_marker(eg_str line) {
    uint32_t i = 0, len;
    while (i < line.n && is_ws_at(line, i, &len)) i += len;
    if (i < line.n && strchr("-+#>", line.p[i]) && line.p[i]) return 1;
    return line.n - i >= 2u && line.p[i] == '<' && line.p[i + 1u] == '<';
}

int eg_enf_fix_highlights(eg_enf_job *j, eg_str body, eg_wr *w) {
    int64_t left = j->plan->highlights - count_highlights(eg_enf_finish(j, body)), i;
    uint32_t ls = 0, le, *sp = j->e->spans;
    eg_wr t;
    eg_str out;
    int cur = EB_T0;
    if (left <= 0) {
        eg_wr_str(w, body);
        return j->err;
    }
    eg_enf_wr(&t, j->e, EB_T0);
    for (;;) {
        eg_str line;
        for (le = ls; le < body.n && body.p[le] != '\n'; le++) {
        }
        line = eg_enf_s(body.p + ls, le - ls);
        if (left <= 0 || memchr(line.p, '*', line.n) || memchr(line.p, '"', line.n) || starts_marker(line) || eg_str_trim(line).n == 0u) {
            eg_wr_str(&t, line);
        } else {
            uint32_t n = eg_enf_sentence_spans(line, sp, EG_ENF_MAX_SPANS, j), k, pos = 0;
            for (k = 0; k < n; k++) {
                uint32_t s = sp[2u * k], e = sp[2u * k + 1u];
                eg_wr_bytes(&t, line.p + pos, s - pos);
                if (left > 0 && highlight_sentence(eg_enf_s(line.p + s, e - s), &t)) left--;
                else eg_wr_bytes(&t, line.p + s, e - s);
                pos = e;
            }
            eg_wr_bytes(&t, line.p + pos, line.n - pos);
        }
        if (le >= body.n) break;
        eg_wr_c(&t, "\n");
        ls = le + 1u;
    }
    out = eg_enf_done(j, &t);
    for (i = 0; left > 0 && i < 50 && !j->err; i++, left--) {
        eg_str f = j->fillers[i % j->n_fill], h;
        eg_wr hw;
        eg_enf_wr(&hw, j->e, EB_F1);
        if (!highlight_sentence(f, &hw)) eg_wr_c(&hw, "*Note.*");
        h = eg_enf_done(j, &hw);
        cur = cur == EB_T0 ? EB_T1 : EB_T0;
        eg_enf_wr(&t, j->e, cur);
        eg_enf_add_sentences(j, out, &h, 1, &t);
        out = eg_enf_done(j, &t);
    }
    eg_wr_str(w, out);
    return j->err;
}
