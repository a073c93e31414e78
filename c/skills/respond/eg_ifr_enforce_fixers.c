/* The enforcer's fixers ported so far <-> punctuation.ts (removeCommas), startend.ts (postscript,
 * end phrase), format.ts (fixConstrained, fixPlaceholders) and keywords.ts (fixExistence,
 * fixFrequency). Each writes the edited body to w (the body itself when nothing changes). */
#include <string.h>
#include "eg_ifr_enforce_int.h"

static int is_d(uint8_t b) { return b >= '0' && b <= '9'; }
static int is_ascii_word(uint8_t b) { return is_d(b) || ((b | 0x20u) >= 'a' && (b | 0x20u) <= 'z') || b == '_'; }

/* punctuation:no_comma: "1,000" -> "1000", ", " -> " ", "," -> " ", then runs of spaces -> one. */
int eg_enf_fix_no_comma(eg_enf_job *j, eg_str b, eg_wr *w) {
    uint32_t i, len, cp;
    int prev_space = 0;
    (void)j;
    if (!memchr(b.p, ',', b.n)) {
        eg_wr_str(w, b);
        return 0;
    }
    for (i = 0; i < b.n; i += len) {
        const uint8_t *out = b.p + i;
        uint32_t on;
        len = eg_u8_dec(b.p, b.n, i, &cp);
        on = len;
        if (cp == ',') {
            if (i > 0u && is_d(b.p[i - 1u]) && i + 3u < b.n + 0u && is_d(b.p[i + 1u]) && is_d(b.p[i + 2u]) && is_d(b.p[i + 3u]) &&
                (i + 4u >= b.n || !is_ascii_word(b.p[i + 4u]))) {
                on = 0; /* (\d),(?=\d{3}\b) */
            } else if (i + 1u < b.n) {
                uint32_t ncp;
                eg_u8_dec(b.p, b.n, i + 1u, &ncp);
                if (eg_uni_is_space(ncp)) on = 0; /* ,(\s) */
                else out = (const uint8_t *)" ";
            } else out = (const uint8_t *)" ";
        }
        if (on == 0u) continue;
        if (out[0] == ' ' && on == 1u) {
            if (prev_space) continue; /* / {2,}/ -> ' ' */
            prev_space = 1;
        } else prev_space = 0;
        eg_wr_bytes(w, out, on);
    }
    return 0;
}

/* ---------------------------------------------------------------- startend.ts */

static const char POSTSCRIPT_TEXT[] = "Thank you for reading.";

static int is_standard_marker(eg_str m) { return eg_str_eq_c(m, "P.S.") || eg_str_eq_c(m, "P.P.S"); }

/* markerLineAt(body, marker) >= 0 */
static int marker_line(eg_enf_job *j, eg_str body) {
    eg_str low = eg_enf_case(j, body, 0, EB_LOW), mk = j->mk_l;
    uint32_t at = 0;
    for (;;) {
        uint32_t s = at;
        while (s < low.n && (low.p[s] == ' ' || low.p[s] == '\t')) s++;
        if (low.n - s >= mk.n && memcmp(low.p + s, mk.p, mk.n) == 0) return 1;
        while (at < low.n && low.p[at] != '\n') at++;
        if (at >= low.n) return 0;
        at++;
    }
}

static int is_ws_b(eg_str x, uint32_t i) {
    uint32_t cp;
    if (i >= x.n) return 0;
    eg_u8_dec(x.p, x.n, i, &cp);
    return eg_uni_is_space(cp);
}

static int pc(eg_str x, uint32_t i, char c) { return i < x.n && (x.p[i] | 0x20u) == (uint8_t)c; }

/* p\.?\s? from i: the end, or 0 */
static uint32_t m_p(eg_str x, uint32_t i) {
    uint32_t cp;
    if (!pc(x, i, 'p')) return 0;
    i++;
    if (i < x.n && x.p[i] == '.') i++;
    if (is_ws_b(x, i)) i += eg_u8_dec(x.p, x.n, i, &cp);
    return i;
}

/* p\.?\s?s then \b */
static uint32_t m_ps(eg_str x, uint32_t i) {
    i = m_p(x, i);
    if (!i || !pc(x, i, 's')) return 0;
    i++;
    return i >= x.n || !is_ascii_word(x.p[i]) ? i : 0u;
}

/* p\.?\s?p\.?\s?s then \b */
static uint32_t m_pps(eg_str x, uint32_t i) {
    i = m_p(x, i);
    return i ? m_ps(x, i) : 0u;
}

/* A line start of the /m flag: input start, or after \n \r U+2028 U+2029. */
static int line_start(eg_str x, uint32_t i) {
    uint32_t cp;
    if (i == 0u) return 1;
    eg_u8_dec(x.p, x.n, eg_u8_prev(x.p, i), &cp);
    return cp == '\n' || cp == '\r' || cp == 0x2028u || cp == 0x2029u;
}

int eg_enf_fix_postscript(eg_enf_job *j, eg_str body, eg_wr *w) {
    eg_str marker = j->ps_marker, ps = eg_enf_c(POSTSCRIPT_TEXT), head;
    uint32_t i, n, k;
    int64_t at;
    if (!is_standard_marker(marker) && marker_line(j, body)) {
        eg_wr_str(w, body);
        return j->err;
    }
    /* near = /^([ \t]*)(p\.?\s?p\.?\s?s|p\.?\s?s)\b\.?:?/im */
    for (i = 0; i <= body.n; i++) {
        uint32_t s, e, pps = 0;
        if (!line_start(body, i)) continue;
        s = i;
        while (s < body.n && (body.p[s] == ' ' || body.p[s] == '\t')) s++;
        e = m_pps(body, s);
        if (e) pps = 1;
        else e = m_ps(body, s);
        if (!e) continue;
        if (e < body.n && body.p[e] == '.') e++;
        if (e < body.n && body.p[e] == ':') e++;
        if (is_standard_marker(marker) && pps == (uint32_t)eg_str_eq_c(marker, "P.P.S")) {
            eg_wr_bytes(w, body.p, s);
            eg_wr_str(w, marker);
            if (!is_ws_b(body, e)) eg_wr_c(w, " ");
            eg_wr_bytes(w, body.p + e, body.n - e);
            return j->err;
        }
        break; /* exec() takes the first match only */
    }
    n = j->n_fill;
    for (k = 0; k < n; k++) {
        eg_str f = j->fillers[k];
        static const char *const keys[4] = {"thank", "question", "ask", "hope"};
        uint32_t q, a;
        for (q = 0; q < 4u; q++) {
            uint32_t kl = (uint32_t)strlen(keys[q]);
            for (a = 0; a + kl <= f.n; a++) {
                uint32_t c;
                for (c = 0; c < kl && (f.p[a + c] | 0x20u) == (uint8_t)keys[q][c] && ((f.p[a + c] | 0x20u) >= 'a' && (f.p[a + c] | 0x20u) <= 'z'); c++) {
                }
                if (c == kl) break;
            }
            if (a + kl <= f.n) break;
        }
        if (q < 4u) {
            ps = f;
            break;
        }
    }
    at = eg_enf_insert_point(j, body);
    if (at < 0) return j->err;
    head = eg_enf_rtrim(eg_enf_s(body.p, (uint32_t)at));
    eg_wr_str(w, head);
    eg_wr_c(w, eg_enf_tight(j) ? "\n" : "\n\n");
    eg_wr_str(w, marker);
    eg_wr_c(w, " ");
    eg_wr_str(w, eg_enf_ok(j, ps) ? ps : eg_enf_c(POSTSCRIPT_TEXT));
    if ((uint32_t)at < body.n) {
        eg_wr_c(w, " ");
        eg_wr_str(w, eg_enf_ltrim(eg_enf_s(body.p + at, body.n - (uint32_t)at)));
    }
    return j->err;
}

int eg_enf_fix_end_phrase(eg_enf_job *j, eg_str body, eg_wr *w) {
    eg_wr_str(w, eg_enf_rtrim(body));
    eg_wr_c(w, eg_enf_tight(j) ? " " : "\n\n");
    eg_wr_str(w, j->plan->end_phrase);
    return 0;
}

/* ---------------------------------------------------------------- format.ts: constrained, placeholders */

static int ci_at(eg_str x, uint32_t i, const char *c) {
    uint32_t k, n = (uint32_t)strlen(c);
    if (x.n - i < n || i > x.n) return 0;
    for (k = 0; k < n; k++) {
        uint8_t b = x.p[i + k];
        if (c[k] >= 'a' && c[k] <= 'z' ? (b | 0x20u) != (uint8_t)c[k] : b != (uint8_t)c[k]) return 0;
    }
    return 1;
}

int eg_enf_fix_constrained(eg_enf_job *j, eg_str body, eg_wr *w) {
    static const char *const ans[3] = {"yes", "no", "maybe"};
    uint32_t i, q, n;
    eg_str sent;
    char lead[24];
    for (i = 0; i + 13u <= body.n; i++) {
        if (!ci_at(body, i, "my answer is ")) continue;
        for (q = 0; q < 3u; q++) {
            if (ci_at(body, i + 13u, ans[q])) break;
        }
        if (q == 3u) continue;
        n = i + 13u + (uint32_t)strlen(ans[q]);
        eg_wr_bytes(w, body.p, i);
        eg_wr_c(w, "My answer is ");
        eg_wr_c(w, ans[q]);
        eg_wr_c(w, ".");
        if (n < body.n && (body.p[n] == '.' || body.p[n] == '!')) n++;
        eg_wr_bytes(w, body.p + n, body.n - n);
        return 0;
    }
    /* /^\W*(yes|no)\b/i */
    for (i = 0; i < body.n && !is_ascii_word(body.p[i]); i++) {
    }
    q = 2;
    if (ci_at(body, i, "yes") && (i + 3u >= body.n || !is_ascii_word(body.p[i + 3u]))) q = 0;
    else if (ci_at(body, i, "no") && (i + 2u >= body.n || !is_ascii_word(body.p[i + 2u]))) q = 1;
    strcpy(lead, "My answer is ");
    strcat(lead, ans[q]);
    strcat(lead, ".");
    sent = eg_enf_c(lead);
    eg_enf_add_sentences(j, body, &sent, 1, w);
    return j->err;
}

/* /\[[^\n]*?\]/g matches */
static int64_t count_placeholders(eg_str x) {
    uint32_t i = 0, k;
    int64_t n = 0;
    while (i < x.n) {
        if (x.p[i] != '[') {
            i++;
            continue;
        }
        for (k = i + 1u; k < x.n && x.p[k] != '\n' && x.p[k] != ']'; k++) {
        }
        if (k < x.n && x.p[k] == ']') {
            n++;
            i = k + 1u;
        } else i++;
    }
    return n;
}

int eg_enf_fix_placeholders(eg_enf_job *j, eg_str body, eg_wr *w) {
    int64_t want = eg_ifr_placeholder_count(j->plan), have = count_placeholders(eg_enf_finish(j, body)), p, q;
    uint32_t nn = eg_enf_group_count(j->r, EG_GROUP_PLACEHOLDER), ns = 0;
    eg_str sents[64];
    eg_wr t;
    if (have >= want) {
        eg_wr_str(w, body);
        return j->err;
    }
    eg_enf_wr(&t, j->e, EB_T0);
    for (p = have; p < want; p += 3) {
        uint32_t start = t.n;
        if (ns >= 64u) return EG_IFR_TOO_LARGE;
        eg_wr_c(&t, "Fill in ");
        for (q = p; q < (want < p + 3 ? want : p + 3); q++) {
            eg_str name = nn ? eg_enf_group_at(j->r, EG_GROUP_PLACEHOLDER, (uint32_t)(q % nn)) : eg_enf_c("name");
            uint32_t len = nn ? nn : 1u;
            if (q > p) eg_wr_c(&t, " and ");
            eg_wr_c(&t, "[");
            eg_wr_str(&t, name);
            if (q >= (int64_t)len) {
                eg_wr_c(&t, " ");
                eg_wr_int(&t, q / len + 1);
            }
            eg_wr_c(&t, "]");
        }
        eg_wr_c(&t, " here.");
        if (t.over) return EG_IFR_TOO_LARGE;
        sents[ns++] = eg_enf_s(t.p + start, t.n - start);
    }
    eg_enf_add_sentences(j, body, sents, ns, w);
    return j->err;
}

/* ---------------------------------------------------------------- keywords.ts: existence, frequency */

/* new RegExp(escapeRe(kw), 'iu').test(text): simple case folding, code point by code point. */
static int has_ci(eg_enf_job *j, eg_str text, eg_str kw) {
    uint32_t *a = j->e->cps, na, nk, i, k;
    uint32_t kc[1024];
    int64_t n = eg_ifv_decode(text.p, text.n, a, EG_ENF_BUF_CAP), m = eg_ifv_decode(kw.p, kw.n, kc, 1024);
    if (n < 0 || m < 0) {
        if (!j->err) j->err = EG_IFR_TOO_LARGE;
        return 0;
    }
    na = (uint32_t)n, nk = (uint32_t)m;
    for (i = 0; i < nk; i++) kc[i] = eg_uni_fold(kc[i]);
    for (i = 0; i + nk <= na; i++) {
        for (k = 0; k < nk && eg_uni_fold(a[i + k]) == kc[k]; k++) {
        }
        if (k == nk) return 1;
    }
    return 0;
}

int eg_enf_fix_existence(eg_enf_job *j, eg_str body, eg_wr *w) {
    eg_str text = eg_enf_finish(j, body), sents[EG_IFR_MAX_LIST];
    uint32_t i, q, ns = 0;
    /* the text is in EB_FIN; keyword sentences use EB_F0 and EB_OK only */
    for (q = 0; q < j->e->nreq; q++) {
        const eg_ifv_kwarg *kl = NULL;
        if (j->bound[q].kind != EG_ID_EXISTENCE) continue;
        for (i = 0; i < j->e->ins[q].nkw; i++) {
            if (j->e->ins[q].kw[i].type == EG_KW_LIST) kl = &j->e->ins[q].kw[i];
        }
        for (i = 0; kl && i < kl->nlist; i++) {
            eg_str kw = eg_enf_s(kl->list[i].p, kl->list[i].n);
            if (!has_ci(j, text, kw)) {
                if (ns >= EG_IFR_MAX_LIST) return EG_IFR_TOO_LARGE;
                sents[ns] = kw;
                ns++;
            }
        }
    }
    if (ns == 0u) {
        eg_wr_str(w, body);
        return j->err;
    }
    for (i = 0; i < ns; i++) sents[i] = eg_enf_keyword_sentence(j, sents[i], i);
    eg_enf_add_sentences(j, body, sents, ns, w);
    return j->err;
}

/* Case-insensitive substring occurrences (toLowerCase on both, indexOf stepping by the keyword). */
static int64_t count_keyword(eg_enf_job *j, eg_str text, eg_str kl) {
    eg_str h = eg_enf_case(j, text, 0, EB_LOW);
    int64_t n = 0, at;
    if (kl.n == 0u) return 0;
    for (at = eg_str_find(h, kl, 0); at >= 0; at = eg_str_find(h, kl, (uint32_t)at + kl.n)) n++;
    return n;
}

static int kw_char(uint32_t cp) { return eg_uni_is_l(cp) || eg_uni_is_n(cp) || cp == '_' || cp == '\'' || cp == '-'; }

int eg_enf_fix_frequency(eg_enf_job *j, eg_str body, eg_wr *w) {
    const eg_plan *p = j->plan;
    uint32_t i, bi = EB_T0;
    eg_str out = body;
    for (i = 0; i < p->n_kwfreq && !j->err; i++) {
        eg_range r = p->kwfreq[i];
        eg_str kw = p->kwfreq_key[i], kl;
        int64_t n;
        eg_wr t;
        if (r.hi == 0) continue;
        kl = eg_enf_keep(j, eg_enf_case(j, kw, 0, EB_LOW));
        n = count_keyword(j, eg_enf_finish(j, out), kl);
        if (n < r.lo) {
            eg_str add[64];
            int64_t k;
            if (r.lo - n > 64) return EG_IFR_TOO_LARGE;
            for (k = 0; k < r.lo - n; k++) add[k] = eg_enf_keyword_sentence(j, kw, (uint32_t)k);
            eg_enf_wr(&t, j->e, (int)bi);
            eg_enf_add_sentences(j, out, add, (uint32_t)(r.lo - n), &t);
            out = eg_enf_done(j, &t);
            bi = bi == EB_T0 ? EB_T1 : EB_T0;
        } else if (r.hi < EG_IFR_INF && n > r.hi) {
            int64_t extra;
            for (extra = n - r.hi; extra > 0 && !j->err; extra--) {
                eg_str low = eg_enf_case(j, out, 0, EB_LOW);
                int64_t la = -1, a, sb, eb;
                uint32_t s, e, cp;
                for (a = 0; (a = eg_str_find(low, kl, (uint32_t)a)) >= 0; a++) la = a;
                if (la < 0 || kl.n == 0u) break;
                /* offsets of the lowered copy used on the original, as TS does (through UTF-16) */
                sb = eg_enf_u16_byte(out, eg_enf_u16_len(eg_enf_s(low.p, (uint32_t)la)));
                eb = eg_enf_u16_byte(out, eg_enf_u16_len(eg_enf_s(low.p, (uint32_t)la)) + eg_enf_u16_len(kw));
                if (sb < 0 || eb < 0) return EG_IFR_ENFORCE_NOT_PORTED;
                s = (uint32_t)sb, e = (uint32_t)eb;
                while (s > 0u) {
                    uint32_t ps = eg_u8_prev(out.p, s);
                    eg_u8_dec(out.p, out.n, ps, &cp);
                    if (cp >= 0x10000u || !kw_char(cp)) break; /* a surrogate half is no \p{L} */
                    s = ps;
                }
                while (e < out.n) {
                    uint32_t len = eg_u8_dec(out.p, out.n, e, &cp);
                    if (cp >= 0x10000u || !kw_char(cp)) break;
                    e += len;
                }
                eg_enf_wr(&t, j->e, (int)bi);
                {
                    /* (out.slice(0, s) + out.slice(e)).replace(/ {2,}/g, ' ') */
                    uint32_t x;
                    int sp = 0;
                    for (x = 0; x < out.n; x++) {
                        if (x == s) x = e;
                        if (x >= out.n) break;
                        if (out.p[x] == ' ') {
                            if (sp) continue;
                            sp = 1;
                        } else sp = 0;
                        eg_wr_bytes(&t, out.p + x, 1);
                    }
                }
                out = eg_enf_done(j, &t);
                bi = bi == EB_T0 ? EB_T1 : EB_T0;
            }
        }
    }
    eg_wr_str(w, out);
    return j->err;
}
