/* The enforcer's shared helpers <-> src/skills/respond/enforce/text.ts and job.ts: buffers, finish()
 * and the requirement checks on its text, sentence spans, insertion point, adding sentences, the
 * carrier templates and the okFor test. JavaScript string semantics over UTF-8 (eg_ifr_unicode.c). */
#include <string.h>
#include "eg_ifr_enforce_int.h"

eg_str eg_enf_s(const uint8_t *p, uint32_t n) {
    eg_str s;
    s.p = p;
    s.n = n;
    return s;
}

eg_str eg_enf_c(const char *c) { return eg_enf_s((const uint8_t *)c, (uint32_t)strlen(c)); }

void eg_enf_wr(eg_wr *w, eg_ifr_enf_scratch *e, int buf) {
    w->p = e->buf[buf];
    w->n = 0;
    w->cap = EG_ENF_BUF_CAP;
    w->over = 0;
}

eg_str eg_enf_done(eg_enf_job *j, eg_wr *w) {
    if (w->over) {
        if (!j->err) j->err = EG_IFR_TOO_LARGE;
        w->n = 0;
    }
    return eg_enf_s(w->p, w->n);
}

eg_str eg_enf_keep(eg_enf_job *j, eg_str x) {
    eg_ifr_enf_scratch *e = j->e;
    eg_str out;
    if (EG_ENF_POOL_CAP - e->pool_used < x.n) {
        if (!j->err) j->err = EG_IFR_TOO_LARGE;
        return eg_enf_s(e->pool, 0);
    }
    memcpy(e->pool + e->pool_used, x.p, x.n);
    out = eg_enf_s(e->pool + e->pool_used, x.n);
    e->pool_used += x.n;
    return out;
}

eg_str eg_enf_case(eg_enf_job *j, eg_str x, int upper, int buf) {
    eg_wr w;
    eg_enf_wr(&w, j->e, buf);
    eg_wr_case(&w, x, upper);
    return eg_enf_done(j, &w);
}

uint32_t eg_enf_u16_len(eg_str x) {
    uint32_t i = 0, n = 0, cp;
    while (i < x.n) {
        i += eg_u8_dec(x.p, x.n, i, &cp);
        n += cp >= 0x10000u ? 2u : 1u;
    }
    return n;
}

int64_t eg_enf_u16_byte(eg_str x, uint32_t u) {
    uint32_t i = 0, n = 0, cp;
    while (n < u) {
        if (i >= x.n) return -1;
        i += eg_u8_dec(x.p, x.n, i, &cp);
        n += cp >= 0x10000u ? 2u : 1u;
    }
    return n == u ? (int64_t)i : -1;
}

static int is_space_cp(eg_str x, uint32_t i, uint32_t *len) {
    uint32_t cp;
    *len = eg_u8_dec(x.p, x.n, i, &cp);
    return eg_uni_is_space(cp);
}

int eg_enf_is_space_at_end(eg_str x) {
    uint32_t cp;
    if (x.n == 0u) return 0;
    eg_u8_dec(x.p, x.n, eg_u8_prev(x.p, x.n), &cp);
    return eg_uni_is_space(cp);
}

eg_str eg_enf_rtrim(eg_str x) {
    while (x.n > 0u && eg_enf_is_space_at_end(x)) x.n = eg_u8_prev(x.p, x.n);
    return x;
}

eg_str eg_enf_ltrim(eg_str x) {
    uint32_t len;
    while (x.n > 0u && is_space_cp(x, 0, &len)) x.p += len, x.n -= len;
    return x;
}

void eg_enf_replace1(eg_wr *w, eg_str x, eg_str pat, eg_str rep) {
    int64_t at = eg_str_find(x, pat, 0);
    uint32_t i;
    if (at < 0) {
        eg_wr_str(w, x);
        return;
    }
    eg_wr_bytes(w, x.p, (uint32_t)at);
    for (i = 0; i < rep.n; i++) {
        uint8_t c = i + 1u < rep.n ? rep.p[i + 1u] : 0u;
        if (rep.p[i] == '$' && c == '$') eg_wr_c(w, "$"), i++;
        else if (rep.p[i] == '$' && c == '&') eg_wr_str(w, pat), i++;
        else if (rep.p[i] == '$' && c == '`') eg_wr_bytes(w, x.p, (uint32_t)at), i++;
        else if (rep.p[i] == '$' && c == '\'') eg_wr_bytes(w, x.p + at + pat.n, x.n - (uint32_t)at - pat.n), i++;
        else eg_wr_bytes(w, rep.p + i, 1);
    }
    eg_wr_bytes(w, x.p + at + pat.n, x.n - (uint32_t)at - pat.n);
}

uint32_t eg_enf_group_count(const eg_ifr *r, uint32_t g) {
    uint32_t i, n = 0;
    for (i = 0; i < r->ntpl; i++) n += eg_rd_u32(r->tpl + 8u * i) == g;
    return n;
}

eg_str eg_enf_group_at(const eg_ifr *r, uint32_t g, uint32_t k) {
    uint32_t i;
    for (i = 0; i < r->ntpl; i++) {
        if (eg_rd_u32(r->tpl + 8u * i) == g) {
            if (k == 0u) return eg_ifr_string(r, eg_rd_u32(r->tpl + 8u * i + 4u));
            k--;
        }
    }
    return eg_enf_s(NULL, 0);
}

int eg_enf_tight(const eg_enf_job *j) { return j->plan->has_nth || j->plan->par_sep == 2; }

void eg_enf_wr_cap_first(eg_wr *w, eg_str x) {
    uint32_t cp, len;
    if (x.n == 0u) return;
    len = eg_u8_dec(x.p, x.n, 0, &cp);
    if (cp >= 0x10000u) eg_wr_bytes(w, x.p, len); /* charAt(0) is a lone surrogate: toUpperCase keeps it */
    else eg_wr_case(w, eg_enf_s(x.p, len), 1);
    eg_wr_bytes(w, x.p + len, x.n - len);
}

eg_str eg_enf_last_line(eg_str x) {
    uint32_t i;
    for (i = x.n; i > 0u; i--) {
        if (x.p[i - 1u] == '\n') return eg_enf_s(x.p + i, x.n - i);
    }
    return x;
}

int eg_enf_finish_txt(eg_enf_job *j, eg_str body, eg_txt *x) {
    eg_str t = eg_enf_finish(j, body);
    int64_t n = eg_ifv_decode(t.p, t.n, j->vs->resp, EG_IFV_MAX_CPS);
    if (n < 0) {
        if (!j->err) j->err = EG_IFV_TOO_LARGE;
        return 0;
    }
    x->s = j->vs->resp;
    x->n = (uint32_t)n;
    return !j->err;
}

/* ---------------------------------------------------------------- okFor, keywordSentence */

static int word_cp_before(eg_str l, uint32_t at) {
    uint32_t cp;
    if (at == 0u) return 0;
    eg_u8_dec(l.p, l.n, eg_u8_prev(l.p, at), &cp);
    return eg_uni_is_word(cp);
}

static int word_cp_at(eg_str l, uint32_t at) {
    uint32_t cp;
    if (at >= l.n) return 0;
    eg_u8_dec(l.p, l.n, at, &cp);
    return eg_uni_is_word(cp);
}

int eg_enf_ok(eg_enf_job *j, eg_str x) {
    eg_str l;
    uint32_t q;
    if (j->plan->no_comma && memchr(x.p, ',', x.n)) return 0;
    l = eg_enf_case(j, x, 0, EB_OK);
    for (q = 0; q < j->n_forbid_l; q++) {
        eg_str f = j->forbid_l[q];
        uint32_t at;
        /* (^|[^\p{L}\p{N}_])f($|[^\p{L}\p{N}_]) at any position, an empty f included */
        for (at = 0; at + f.n <= l.n; at++) {
            if ((l.p[at] & 0xC0u) == 0x80u) continue;
            if ((f.n == 0u || memcmp(l.p + at, f.p, f.n) == 0) && !word_cp_before(l, at) && !word_cp_at(l, at + f.n)) return 0;
        }
    }
    for (q = 0; q < j->n_capped_l; q++) {
        if (eg_str_find(l, j->capped_l[q], 0) >= 0) return 0;
    }
    for (q = 0; q < j->n_letters; q++) {
        if (eg_str_find(l, j->letters[q], 0) >= 0) return 0;
    }
    return 1;
}

eg_str eg_enf_keyword_sentence(eg_enf_job *j, eg_str kw, uint32_t k) {
    uint32_t n = eg_enf_group_count(j->r, EG_GROUP_KEYWORD), a;
    eg_wr w;
    eg_str out;
    for (a = 0; a < n; a++) {
        eg_str t = eg_enf_group_at(j->r, EG_GROUP_KEYWORD, (k + a) % n);
        int good;
        eg_enf_wr(&w, j->e, EB_F0);
        eg_enf_replace1(&w, t, eg_enf_c("{K}"), eg_enf_s(t.p, 0));
        good = eg_enf_ok(j, eg_enf_done(j, &w));
        if (good) {
            eg_enf_wr(&w, j->e, EB_F0);
            eg_enf_replace1(&w, t, eg_enf_c("{K}"), kw);
            return eg_enf_keep(j, eg_enf_done(j, &w));
        }
    }
    eg_enf_wr(&w, j->e, EB_F0);
    eg_enf_wr_cap_first(&w, kw);
    eg_wr_c(&w, " matters here.");
    out = eg_enf_done(j, &w);
    return eg_enf_keep(j, out);
}

/* ---------------------------------------------------------------- sentence spans, structure */

static int is_term_b(uint8_t b) { return b == '.' || b == '!' || b == '?'; }

static int is_closer(eg_str x, uint32_t i, uint32_t *len) {
    uint32_t cp;
    *len = eg_u8_dec(x.p, x.n, i, &cp);
    return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == '*' || cp == 0x201Du || cp == 0x2019u;
}

uint32_t eg_enf_sentence_spans(eg_str line, uint32_t *spans, uint32_t max, eg_enf_job *j) {
    uint32_t n = 0, start = 0, i, len;
    while (start < line.n && line.p[start] == ' ') start++;
    i = start;
    while (i < line.n) {
        if (is_term_b(line.p[i])) {
            uint32_t k = i;
            while (k < line.n && is_term_b(line.p[k])) k++;
            while (k < line.n && is_closer(line, k, &len)) k += len;
            if (k >= line.n || line.p[k] == ' ') {
                if (n >= max) {
                    if (!j->err) j->err = EG_IFR_TOO_LARGE;
                    return n;
                }
                spans[2u * n] = start, spans[2u * n + 1u] = k, n++;
                while (k < line.n && line.p[k] == ' ') k++;
                start = k;
                i = k;
                continue;
            }
            i = k;
            continue;
        }
        i++;
    }
    if (start < line.n && eg_str_trim(eg_str_sub(line, start, line.n)).n > 0u) {
        if (n >= max) {
            if (!j->err) j->err = EG_IFR_TOO_LARGE;
            return n;
        }
        spans[2u * n] = start, spans[2u * n + 1u] = line.n, n++;
    }
    return n;
}

static int starts_c(eg_str x, const char *c) {
    uint32_t n = (uint32_t)strlen(c);
    return x.n >= n && memcmp(x.p, c, n) == 0;
}

int eg_enf_is_structural(eg_str line) {
    eg_str t = eg_str_trim(line);
    uint32_t i = 0, len;
    if (t.n > 0u && strchr("*-+#>", t.p[0])) return 1;
    while (i < t.n && t.p[i] >= '0' && t.p[i] <= '9') i++;
    if (i > 0u && i + 1u < t.n && (t.p[i] == '.' || t.p[i] == ')') && is_space_cp(t, i + 1u, &len)) return 1;
    if (starts_c(t, "<<") || starts_c(t, "SECTION") || starts_c(t, "Section") || starts_c(t, "PARAGRAPH") || starts_c(t, "Paragraph")) return 1;
    if (t.n > 0u && t.p[t.n - 1u] == ':') {
        for (i = 0; i < t.n; i++) {
            if (is_term_b(t.p[i])) return 0;
        }
        return 1;
    }
    return 0;
}

/* lastIndexOf of needle in hay, or -1. */
static int64_t last_index(eg_str hay, const uint8_t *nd, uint32_t n) {
    uint32_t at;
    if (n > hay.n) return -1;
    for (at = hay.n - n + 1u; at-- > 0u;) {
        if (memcmp(hay.p + at, nd, n) == 0) return at;
    }
    return -1;
}

/* A byte offset of the lowered copy low (of x) as a byte offset of x, through UTF-16 offsets. */
static int64_t low_to_orig(eg_enf_job *j, eg_str low, eg_str x, uint32_t at) {
    int64_t b = eg_enf_u16_byte(x, eg_enf_u16_len(eg_enf_s(low.p, at)));
    if (b < 0 && !j->err) j->err = EG_IFR_ENFORCE_NOT_PORTED; /* TS would cut a surrogate pair */
    return b;
}

int64_t eg_enf_insert_point(eg_enf_job *j, eg_str body) {
    const eg_plan *p = j->plan;
    eg_str head = eg_enf_rtrim(body);
    uint32_t at = head.n;
    if (p->has_end) {
        eg_str lp = j->end_l;
        eg_str lh = eg_enf_case(j, eg_enf_s(body.p, at), 0, EB_LOW);
        if (lh.n >= lp.n && memcmp(lh.p + lh.n - lp.n, lp.p, lp.n) == 0) {
            uint32_t u = eg_enf_u16_len(eg_enf_s(body.p, at)), pl = eg_enf_u16_len(p->end_phrase);
            int64_t b = u >= pl ? eg_enf_u16_byte(body, u - pl) : -1;
            if (b < 0) {
                if (!j->err) j->err = EG_IFR_ENFORCE_NOT_PORTED;
                return -1;
            }
            at = (uint32_t)b;
        }
    }
    if (p->postscript) {
        eg_str low = eg_enf_case(j, eg_enf_s(body.p, at), 0, EB_LOW);
        eg_str mk = j->mk_l;
        uint8_t nmk[256];
        int64_t ps = last_index(low, (const uint8_t *)"\np.s", 4), v;
        v = last_index(low, (const uint8_t *)"\np.p.s", 6);
        if (v > ps) ps = v;
        if (low.n >= 2u && low.p[0] == 'p' && low.p[1] == '.' && ps < 0) ps = 0;
        if (mk.n + 1u > sizeof nmk) {
            if (!j->err) j->err = EG_IFR_TOO_LARGE;
            return -1;
        }
        nmk[0] = '\n';
        memcpy(nmk + 1, mk.p, mk.n);
        v = last_index(low, nmk, mk.n + 1u);
        if (v > ps) ps = v;
        if (low.n >= mk.n && memcmp(low.p, mk.p, mk.n) == 0 && ps < 0) ps = 0;
        if (ps >= 0) {
            int64_t b = low_to_orig(j, low, body, (uint32_t)ps);
            if (b < 0) return -1;
            at = (uint32_t)b;
        }
    }
    return at;
}

/* /[.!?]["')\]*]*$/ */
static int ends_sentence(eg_str line) {
    uint32_t n = line.n;
    while (n > 0u && strchr("\"')]*", line.p[n - 1u]) && line.p[n - 1u]) n--;
    return n > 0u && is_term_b(line.p[n - 1u]);
}

void eg_enf_add_sentences(eg_enf_job *j, eg_str body, const eg_str *sent, uint32_t n, eg_wr *w) {
    int64_t at;
    eg_str head, tail, trimmed, last;
    uint32_t i, len;
    if (n == 0u) {
        eg_wr_str(w, body);
        return;
    }
    at = eg_enf_insert_point(j, body);
    if (at < 0) return;
    head = eg_enf_s(body.p, (uint32_t)at);
    tail = eg_enf_s(body.p + at, body.n - (uint32_t)at);
    trimmed = eg_enf_rtrim(head);
    last = eg_enf_last_line(trimmed);
    if (trimmed.n == 0u) {
    } else if (!eg_enf_is_structural(last) && ends_sentence(last)) {
        eg_wr_str(w, trimmed);
        eg_wr_c(w, " ");
    } else {
        eg_wr_str(w, trimmed);
        eg_wr_c(w, "\n\n");
    }
    for (i = 0; i < n; i++) {
        if (i) eg_wr_c(w, " ");
        eg_wr_str(w, sent[i]);
    }
    if (eg_str_trim(tail).n > 0u && !is_space_cp(tail, 0, &len)) eg_wr_c(w, " ");
    eg_wr_str(w, tail);
}
