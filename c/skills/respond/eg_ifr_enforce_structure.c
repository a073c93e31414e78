/* The enforcer's structure fixers of format.ts: sections, *** paragraphs, \n\n paragraphs with a
 * first word (blocks regrouped, split at sentence boundaries, topped up with fillers), bullets
 * (numbered items first, then prose sentences, then fillers) and the title (a first heading line
 * becomes it). Blocks are views into the body, the fillers or EB_T0. */
#include <string.h>
#include "eg_ifr_enforce_int.h"

static int ws_at(eg_str x, uint32_t i, uint32_t *len) {
    uint32_t cp;
    *len = eg_u8_dec(x.p, x.n, i, &cp);
    return eg_uni_is_space(cp);
}

static uint32_t skip_ws(eg_str x, uint32_t i) {
    uint32_t len;
    while (i < x.n && ws_at(x, i, &len)) i += len;
    return i;
}

/* A /m line terminator at i (\n \r U+2028 U+2029): its length, else 0. */
static uint32_t lineterm(eg_str x, uint32_t i) {
    uint32_t cp, len = eg_u8_dec(x.p, x.n, i, &cp);
    return eg_uni_is_lineterm(cp) ? len : 0u;
}

/* plainBlocks: lines of [ \t]*\*{3,}[ \t]* become "\n", then blocks() (non-blank parts). */
static uint32_t plain_blocks(eg_enf_job *j, eg_str body, eg_str *bs, int buf) {
    eg_wr w;
    eg_str t;
    uint32_t i = 0, n, k, nb = 0, *sp = j->e->spans2;
    eg_enf_wr(&w, j->e, buf);
    while (i <= body.n) {
        uint32_t e = i, a, stars = 0, len = 0;
        while (e < body.n && !(len = lineterm(body, e))) e++;
        for (a = i; a < e && (body.p[a] == ' ' || body.p[a] == '\t'); a++) {
        }
        while (a < e && body.p[a] == '*') a++, stars++;
        while (a < e && (body.p[a] == ' ' || body.p[a] == '\t')) a++;
        if (stars >= 3u && a == e) eg_wr_c(&w, "\n");
        else eg_wr_bytes(&w, body.p + i, e - i);
        if (e >= body.n) break;
        eg_wr_bytes(&w, body.p + e, len);
        i = e + len;
    }
    t = eg_enf_done(j, &w);
    n = eg_enf_split_blocks(j, t, sp, EG_ENF_MAX_SPANS);
    for (k = 0; k < n; k++) {
        eg_str b = eg_enf_s(t.p + sp[2u * k], sp[2u * k + 1u] - sp[2u * k]);
        if (eg_str_trim(b).n > 0u) bs[nb++] = b;
    }
    return nb;
}

/* fillTo: atLeastBlocks (the longest one-line block split in two at its middle sentence while fewer
 * than n), then fillers. */
static uint32_t fill_to(eg_enf_job *j, eg_str *bs, uint32_t nb, int64_t n) {
    uint32_t *sp = j->e->spans, i;
    while ((int64_t)nb < n && !j->err) {
        int64_t best = -1;
        uint32_t best_n = 1, k, cut;
        for (i = 0; i < nb; i++) {
            if (memchr(bs[i].p, '\n', bs[i].n)) continue;
            k = eg_enf_sentence_spans(bs[i], sp, EG_ENF_MAX_SPANS, j);
            if (k > best_n) best = i, best_n = k;
        }
        if (best < 0) break;
        if (nb + 1u > EG_ENF_MAX_SPANS) {
            j->err = EG_IFR_TOO_LARGE;
            return nb;
        }
        k = eg_enf_sentence_spans(bs[best], sp, EG_ENF_MAX_SPANS, j);
        cut = sp[2u * (k / 2u)];
        memmove(bs + best + 1, bs + best, (nb - (uint32_t)best) * sizeof(eg_str));
        nb++;
        bs[best + 1] = eg_str_sub(bs[best], cut, bs[best].n);
        bs[best] = eg_enf_rtrim(eg_str_sub(bs[best], 0, cut));
    }
    for (i = 0; (int64_t)nb < n; i++) {
        if (nb >= EG_ENF_MAX_SPANS) {
            j->err = EG_IFR_TOO_LARGE;
            return nb;
        }
        bs[nb++] = j->fillers[i % j->n_fill];
    }
    return nb;
}

/* group(): the blocks of group k are bs[floor(k * nb / n), floor((k + 1) * nb / n)); empty groups
 * are dropped. Writes the groups' [from, to) into g; returns their count. */
static uint32_t group(uint32_t nb, int64_t n, uint32_t *g) {
    int64_t k;
    uint32_t ng = 0;
    for (k = 0; k < n; k++) {
        uint32_t a = (uint32_t)(k * nb / n), b = (uint32_t)((k + 1) * nb / n);
        if (b > a) g[2u * ng] = a, g[2u * ng + 1u] = b, ng++;
    }
    return ng;
}

static void join(eg_wr *w, const eg_str *bs, uint32_t a, uint32_t b, const char *sep) {
    uint32_t i;
    for (i = a; i < b; i++) {
        if (i > a) eg_wr_c(w, sep);
        eg_wr_str(w, bs[i]);
    }
}

/* The regrouped blocks: their number, with the groups in j->e->units. */
static uint32_t regroup(eg_enf_job *j, eg_str body, int64_t n, eg_str **bs_out) {
    eg_str *bs = j->e->strs[0];
    uint32_t nb = plain_blocks(j, body, bs, EB_T0);
    if (n > (int64_t)EG_ENF_MAX_UNITS) {
        j->err = EG_IFR_TOO_LARGE;
        return 0;
    }
    nb = fill_to(j, bs, nb, n);
    *bs_out = bs;
    return group(nb, n, j->e->units);
}

int eg_enf_fix_star_paragraphs(eg_enf_job *j, eg_str body, eg_wr *w) {
    eg_str *bs;
    uint32_t ng = regroup(j, body, j->plan->par_count, &bs), k, *g = j->e->units;
    for (k = 0; k < ng; k++) {
        if (k) eg_wr_c(w, "\n\n***\n\n");
        join(w, bs, g[2u * k], g[2u * k + 1u], "\n\n");
    }
    return j->err;
}

int eg_enf_fix_nth_paragraph(eg_enf_job *j, eg_str body, eg_wr *w) {
    const eg_plan *p = j->plan;
    eg_str *bs;
    uint32_t ng = regroup(j, body, p->par_count, &bs), k, *g = j->e->units;
    for (k = 0; k < ng; k++) {
        if (k) eg_wr_c(w, "\n\n");
        if ((int64_t)k + 1 == p->nth_n) {
            /* the group's first word, quotes off, up to . , ? ! ' " and lowercased code point by code point */
            eg_wr gw, lw;
            eg_str grp, t, got, want;
            uint32_t i = 0, e, len, cp;
            eg_enf_wr(&gw, j->e, EB_T1);
            join(&gw, bs, g[2u * k], g[2u * k + 1u], "\n");
            grp = eg_enf_done(j, &gw);
            t = eg_str_trim(grp);
            for (e = 0; e < t.n && !ws_at(t, e, &len); e += len) {
            }
            while (i < e && (t.p[i] == '\'' || t.p[i] == '"')) i++;
            eg_enf_wr(&lw, j->e, EB_F0);
            while (i < e) {
                len = eg_u8_dec(t.p, t.n, i, &cp);
                if (cp < 0x80u && cp && strchr(".,?!'\"", (int)cp)) break;
                eg_wr_case(&lw, eg_enf_s(t.p + i, len), 0);
                i += len;
            }
            got = eg_enf_done(j, &lw);
            want = eg_enf_case(j, p->nth_word, 0, EB_F1);
            if (!eg_str_eq(got, want)) {
                eg_enf_wr_cap_first(w, p->nth_word);
                eg_wr_c(w, " \xE2\x80\x94 ");
                eg_wr_str(w, t);
            } else eg_wr_str(w, grp);
        } else join(w, bs, g[2u * k], g[2u * k + 1u], "\n");
    }
    return j->err;
}

int eg_enf_fix_sections(eg_enf_job *j, eg_str body, eg_wr *w) {
    const eg_plan *p = j->plan;
    eg_str mark = p->sec_mark, stripped, *bs;
    uint32_t i = 0, k, ng, *g = j->e->units;
    eg_wr t;
    /* the mark is spliced into a regex unescaped: ASCII letters and digits, and non-ASCII characters (a symbol-read
       marker such as "Частина", literal in a regex without the u flag, so a byte match is the same match), are
       ported; anything else would be a regex operator */
    for (k = 0; k < mark.n; k++) {
        uint8_t c = mark.p[k];
        if (!((c | 0x20u) >= 'a' && (c | 0x20u) <= 'z') && !(c >= '0' && c <= '9') && c < 0x80u) return EG_IFR_ENFORCE_NOT_PORTED;
    }
    /* ^([ \t#*]*)MARK\s?\d+[:.]?[ \t]* (gm) -> $1 */
    eg_enf_wr(&t, j->e, EB_T1);
    while (i <= body.n) {
        uint32_t a = i, m, len;
        int hit = 0;
        while (a < body.n && (body.p[a] == ' ' || body.p[a] == '\t' || body.p[a] == '#' || body.p[a] == '*')) a++;
        if (body.n - a >= mark.n && memcmp(body.p + a, mark.p, mark.n) == 0) {
            m = a + mark.n;
            if (m < body.n && ws_at(body, m, &len) && m + len < body.n && body.p[m + len] >= '0' && body.p[m + len] <= '9') m += len;
            if (m < body.n && body.p[m] >= '0' && body.p[m] <= '9') {
                while (m < body.n && body.p[m] >= '0' && body.p[m] <= '9') m++;
                if (m < body.n && (body.p[m] == ':' || body.p[m] == '.')) m++;
                while (m < body.n && (body.p[m] == ' ' || body.p[m] == '\t')) m++;
                eg_wr_bytes(&t, body.p + i, a - i);
                i = m;
                hit = 1;
            }
        }
        (void)hit;
        /* copy to the next line start */
        while (i < body.n && !(len = lineterm(body, i))) eg_wr_bytes(&t, body.p + i, 1), i++;
        if (i >= body.n) break;
        eg_wr_bytes(&t, body.p + i, len);
        i += len;
    }
    stripped = eg_enf_done(j, &t);
    ng = regroup(j, stripped, p->sec_count, &bs);
    for (k = 0; k < ng; k++) {
        if (k) eg_wr_c(w, "\n\n");
        eg_wr_str(w, mark);
        eg_wr_c(w, " ");
        eg_wr_int(w, (int64_t)k + 1);
        eg_wr_c(w, "\n");
        join(w, bs, g[2u * k], g[2u * k + 1u], "\n\n");
    }
    return j->err;
}

/* ---------------------------------------------------------------- bullets */

/* /^\s*(\*[^*]|-)/ || /^\s*\*$/ */
static int is_bullet(eg_str l) {
    uint32_t i = skip_ws(l, 0);
    if (i < l.n && l.p[i] == '-') return 1;
    if (i < l.n && l.p[i] == '*') return i + 1u == l.n || l.p[i + 1u] != '*';
    return 0;
}

/* /^\s*p\.\s?(p\.\s?)?s/i */
static int is_ps_line(eg_str l) {
    uint32_t i = skip_ws(l, 0), len;
    if (!(i + 1u < l.n && (l.p[i] | 0x20u) == 'p' && l.p[i + 1u] == '.')) return 0;
    i += 2;
    if (i < l.n && ws_at(l, i, &len)) i += len;
    if (i < l.n && (l.p[i] | 0x20u) == 's') return 1;
    if (!(i + 1u < l.n && (l.p[i] | 0x20u) == 'p' && l.p[i + 1u] == '.')) return 0;
    i += 2;
    if (i < l.n && ws_at(l, i, &len)) i += len;
    return i < l.n && (l.p[i] | 0x20u) == 's';
}

/* /^(\s*)\d+[.)]\s+(.*)$/: 1 with the indent end and the text start. */
static int numbered(eg_str l, uint32_t *ind, uint32_t *text) {
    uint32_t i = skip_ws(l, 0), k, len;
    *ind = i;
    for (k = i; k < l.n && l.p[k] >= '0' && l.p[k] <= '9'; k++) {
    }
    if (k == i || k >= l.n || (l.p[k] != '.' && l.p[k] != ')')) return 0;
    k++;
    if (skip_ws(l, k) == k) return 0;
    k = skip_ws(l, k);
    *text = k;
    /* (.*)$ : no line terminator may follow (\s+ gives back nothing that helps) */
    for (; k < l.n; k += len) {
        uint32_t cp;
        len = eg_u8_dec(l.p, l.n, k, &cp);
        if (eg_uni_is_lineterm(cp)) return 0;
    }
    return 1;
}

int eg_enf_fix_bullets(eg_enf_job *j, eg_str body, eg_wr *w) {
    int64_t want = j->plan->bullets, have = 0;
    eg_str *ln = j->e->strs[1], *nl = j->e->strs[0];
    uint32_t n = 0, i = 0, ls = 0, *sp = j->e->spans;
    eg_wr t;
    while (1) {
        uint32_t le = ls;
        while (le < body.n && body.p[le] != '\n') le++;
        if (n >= EG_ENF_MAX_SPANS) return EG_IFR_TOO_LARGE;
        ln[n++] = eg_enf_s(body.p + ls, le - ls);
        if (le >= body.n) break;
        ls = le + 1u;
    }
    for (i = 0; i < n; i++) have += is_bullet(ln[i]);
    if (have < want) {
        eg_str out, trimmed, last;
        uint32_t nn = 0, ind, text;
        eg_enf_wr(&t, j->e, EB_T0); /* "* " items are written here */
        for (i = 0; i < n && have < want; i++) {
            if (numbered(ln[i], &ind, &text)) {
                uint32_t s = t.n;
                eg_wr_bytes(&t, ln[i].p, ind);
                eg_wr_c(&t, "* ");
                eg_wr_bytes(&t, ln[i].p + text, ln[i].n - text);
                ln[i] = eg_enf_s(t.p + s, t.n - s);
                have++;
            }
        }
        /* sentences of the last prose lines become items, from the end */
        for (i = n; i-- > 0u && have < want;) {
            uint32_t ns, take, k;
            eg_str l = ln[i];
            if (eg_enf_is_structural(l) || eg_str_trim(l).n == 0u || is_ps_line(l)) continue;
            ns = eg_enf_sentence_spans(l, sp, EG_ENF_MAX_SPANS, j);
            if (ns < 2u) continue;
            take = want - have < (int64_t)(ns - 1u) ? (uint32_t)(want - have) : ns - 1u;
            if (n + take > EG_ENF_MAX_SPANS) return EG_IFR_TOO_LARGE;
            memmove(ln + i + 1 + take, ln + i + 1, (n - i - 1u) * sizeof(eg_str));
            n += take;
            ln[i] = eg_enf_rtrim(eg_enf_s(l.p, sp[2u * (ns - take)]));
            for (k = 0; k < take; k++) {
                uint32_t s = t.n, a = sp[2u * (ns - take + k)], b = sp[2u * (ns - take + k) + 1u];
                eg_wr_c(&t, "* ");
                eg_wr_bytes(&t, l.p + a, b - a);
                ln[i + 1u + k] = eg_enf_s(t.p + s, t.n - s);
            }
            have += take;
        }
        if (t.over) return EG_IFR_TOO_LARGE;
        (void)nl;
        if (have >= want) {
            for (i = 0; i < n; i++) {
                if (i) eg_wr_c(w, "\n");
                eg_wr_str(w, ln[i]);
            }
            return j->err;
        }
        {
            eg_wr o;
            eg_enf_wr(&o, j->e, EB_T1);
            for (i = 0; i < n; i++) {
                if (i) eg_wr_c(&o, "\n");
                eg_wr_str(&o, ln[i]);
            }
            out = eg_enf_done(j, &o);
        }
        trimmed = eg_enf_rtrim(out);
        last = eg_enf_last_line(trimmed);
        eg_wr_str(w, trimmed);
        eg_wr_c(w, is_bullet(last) ? "\n" : "\n\n");
        for (i = 0; have < want; i++, have++) {
            if (i) eg_wr_c(w, "\n");
            eg_wr_c(w, "* ");
            eg_wr_str(w, j->fillers[i % j->n_fill]);
        }
        (void)nn;
        return j->err;
    }
    if (have > want) {
        uint32_t k;
        int first = 1;
        eg_enf_wr(&t, j->e, EB_T0);
        for (i = n; i-- > 0u && have > want;) {
            uint32_t a, len;
            eg_str l = ln[i];
            int rule = 1;
            if (!is_bullet(l)) continue;
            /* /^\s*-{3,}\s*$/ or /^\s*\*$/: the line goes */
            a = skip_ws(l, 0);
            for (k = a; k < l.n && l.p[k] == '-'; k++) {
            }
            if (!(k - a >= 3u && skip_ws(l, k) == l.n)) rule = 0;
            if (a + 1u == l.n && l.p[a] == '*') rule = 1;
            if (rule) {
                ln[i].p = NULL, ln[i].n = 0; /* TS marks it "\u0000" and filters that value out */
            } else {
                /* .replace(/^\s*(\*|-)\s*\/, '') */
                a++;
                while (a < l.n && ws_at(l, a, &len)) a += len;
                ln[i] = eg_enf_s(l.p + a, l.n - a);
            }
            have--;
        }
        for (i = 0; i < n; i++) {
            if (!ln[i].p || (ln[i].n == 1u && ln[i].p[0] == 0u)) continue;
            if (!first) eg_wr_c(w, "\n");
            first = 0;
            eg_wr_str(w, ln[i]);
        }
        return j->err;
    }
    eg_wr_str(w, body);
    return j->err;
}

/* ---------------------------------------------------------------- title */

/* ([^*#<>\n]{1,80}?)(\*\*)?:?$ on r: 1 with g2 = [*a, *b) and *g3 set. */
static int title_rest(eg_str r, uint32_t *a, uint32_t *b, int *g3) {
    static const char *const tails[4] = {"**:", "**", ":", ""};
    uint32_t q, i;
    for (q = 0; q < 4u; q++) {
        uint32_t tl = (uint32_t)strlen(tails[q]), gl, u = 0, cp, len;
        int ok = 1;
        if (r.n < tl || memcmp(r.p + r.n - tl, tails[q], tl) != 0) continue;
        gl = r.n - tl;
        if (gl == 0u) continue;
        for (i = 0; i < gl; i += len) {
            len = eg_u8_dec(r.p, gl, i, &cp);
            if (cp == '*' || cp == '#' || cp == '<' || cp == '>' || cp == '\n') ok = 0;
            u += cp >= 0x10000u ? 2u : 1u;
        }
        if (!ok || u > 80u) continue;
        *a = 0, *b = gl, *g3 = q < 2u;
        return 1;
    }
    return 0;
}

/* body[0, a) + pre + "<<" + t + ">>" + body[b, end) */
static void put_title(eg_wr *w, eg_str body, uint32_t a, uint32_t b, const char *pre, eg_str t) {
    eg_wr_bytes(w, body.p, a);
    eg_wr_c(w, pre);
    eg_wr_c(w, "<<");
    eg_wr_str(w, t);
    eg_wr_c(w, ">>");
    eg_wr_bytes(w, body.p + b, body.n - b);
}

int eg_enf_fix_title(eg_enf_job *j, eg_str body, eg_wr *w) {
    const eg_plan *p = j->plan;
    uint32_t ls = 0, first = UINT32_MAX, fe = 0, i;
    eg_str head = eg_enf_s(body.p, 0);
    while (1) {
        uint32_t le = ls;
        while (le < body.n && body.p[le] != '\n') le++;
        if (eg_str_trim(eg_enf_s(body.p + ls, le - ls)).n > 0u) {
            first = ls, fe = le;
            head = eg_str_trim(eg_enf_s(body.p + ls, le - ls));
            break;
        }
        if (le >= body.n) break;
        ls = le + 1u;
    }
    if (first != UINT32_MAX) {
        /* ^(#{1,6}\s*|\*\*)?: the alternatives in the order the regex tries them */
        uint32_t hashes = 0, a, b, wsn[64], nws = 0, len;
        int g1 = 0, g3 = 0, found = 0;
        eg_str g2;
        while (hashes < head.n && head.p[hashes] == '#') hashes++;
        if (hashes >= 1u) {
            uint32_t c = hashes > 6u ? 6u : hashes, k = c;
            wsn[nws++] = k;
            while (k < head.n && ws_at(head, k, &len) && nws < 64u) k += len, wsn[nws++] = k;
            while (nws-- > 0u && !found) {
                eg_str r = eg_str_sub(head, wsn[nws], head.n);
                if (title_rest(r, &a, &b, &g3)) found = 1, g1 = 1, g2 = eg_str_sub(r, a, b);
            }
            if (!found && k < head.n && ws_at(head, k, &len)) return EG_IFR_ENFORCE_NOT_PORTED; /* 64+ spaces */
        }
        if (!found && head.n >= 2u && head.p[0] == '*' && head.p[1] == '*') {
            eg_str r = eg_str_sub(head, 2, head.n);
            if (title_rest(r, &a, &b, &g3)) found = 1, g1 = 1, g2 = eg_str_sub(r, a, b);
        }
        if (!found && title_rest(head, &a, &b, &g3)) found = 1, g1 = 0, g2 = eg_str_sub(head, a, b);
        if (found && (g1 || g3 || !(head.n > 0u && strchr(".!?", head.p[head.n - 1u]) && head.p[head.n - 1u]))) {
            eg_str t = eg_str_trim(g2);
            uint32_t words = 1;
            for (i = 0; i < t.n;) {
                if (ws_at(t, i, &len)) {
                    words++;
                    i = skip_ws(t, i);
                } else i += len;
            }
            if (words <= 12u) {
                put_title(w, body, first, fe, "", t);
                return j->err;
            }
        }
    }
    {
        /* titleWords: the topic's first 6 words, each with its first UTF-16 unit upper-cased */
        eg_wr tw;
        eg_str t = eg_str_trim(j->topic), words;
        uint32_t nw = 0, len;
        eg_enf_wr(&tw, j->e, EB_T0);
        if (t.n == 0u) eg_wr_c(&tw, "A Short Answer");
        for (i = 0; i < t.n && nw < 6u;) {
            uint32_t e = i;
            while (e < t.n && !ws_at(t, e, &len)) e += len;
            if (nw++) eg_wr_c(&tw, " ");
            eg_enf_wr_cap_first(&tw, eg_enf_s(t.p + i, e - i));
            i = skip_ws(t, e);
        }
        words = eg_enf_done(j, &tw);
        if (p->has_nth && p->nth_n == 1) {
            int64_t at = eg_str_find(body, eg_enf_c("\n\n"), 0);
            uint32_t cut = at < 0 ? body.n : (uint32_t)at;
            put_title(w, body, cut, cut, "\n", words);
            return j->err;
        }
        eg_wr_c(w, "<<");
        eg_wr_str(w, words);
        eg_wr_c(w, ">>\n");
        if (!(p->has_nth || p->par_sep == 2)) eg_wr_c(w, "\n");
        eg_wr_str(w, body);
    }
    return j->err;
}
