/* jsonText of combination.ts: a JSON draft's words kept as text (JSON.parse, then "key: value"
 * lines, arrays one item a line, nested objects under "key:"). Object entries follow JavaScript's
 * own-key order (array-index keys ascending first, then the others in first-insertion order; a
 * repeated key keeps its first place and its last value). Numbers of at most 15 significant digits
 * are written as String(number) does; a longer one, a lone surrogate escape, or nesting deeper than
 * EG_ENF_JSON_DEPTH gives
 * EG_IFR_ENFORCE_NOT_PORTED / EG_IFR_TOO_LARGE. NaN and Infinity (accepted by Python, rejected by
 * JSON.parse) report 0, as TS's catch keeps the text. */
#include <string.h>
#include "eg_ifr_enforce_int.h"

#ifndef EG_ENF_JSON_DEPTH
#define EG_ENF_JSON_DEPTH 32u
#endif
#define EG_ENF_JSON_ENTRIES 1024u /* entries of one object */

typedef struct jp {
    eg_enf_job *j;
    eg_str s;
    int err;          /* EG_* code, or -1: JSON.parse would throw */
} jp;

static uint32_t ws(jp *p, uint32_t i) {
    while (i < p->s.n && (p->s.p[i] == ' ' || p->s.p[i] == '\t' || p->s.p[i] == '\n' || p->s.p[i] == '\r')) i++;
    return i;
}

static void fail(jp *p, int code) {
    if (!p->err) p->err = code;
}

static uint32_t hex4(jp *p, uint32_t i) {
    uint32_t v = 0, k;
    for (k = 0; k < 4u; k++) {
        uint8_t c = i + k < p->s.n ? p->s.p[i + k] : 0u;
        v <<= 4;
        if (c >= '0' && c <= '9') v |= c - '0';
        else if ((c | 0x20u) >= 'a' && (c | 0x20u) <= 'f') v |= (c | 0x20u) - 'a' + 10u;
        else {
            fail(p, -1);
            return 0;
        }
    }
    return v;
}

/* A string at i (the opening quote): its end; its value appended to w when w is not NULL. */
static uint32_t str(jp *p, uint32_t i, eg_wr *w) {
    i++;
    while (i < p->s.n && !p->err) {
        uint8_t c = p->s.p[i];
        if (c == '"') return i + 1u;
        if (c < 0x20u) {
            fail(p, -1);
            return i;
        }
        if (c != '\\') {
            if (w) eg_wr_bytes(w, p->s.p + i, 1);
            i++;
            continue;
        }
        if (i + 1u >= p->s.n) break;
        c = p->s.p[i + 1u];
        i += 2;
        if (c == 'u') {
            uint32_t u = hex4(p, i);
            i += 4;
            if (u >= 0xD800u && u < 0xDC00u && i + 6u <= p->s.n && p->s.p[i] == '\\' && p->s.p[i + 1u] == 'u') {
                uint32_t lo = hex4(p, i + 2u);
                if (lo >= 0xDC00u && lo < 0xE000u) {
                    u = 0x10000u + ((u - 0xD800u) << 10) + (lo - 0xDC00u);
                    i += 6;
                }
            }
            if (u >= 0xD800u && u < 0xE000u) fail(p, EG_IFR_ENFORCE_NOT_PORTED); /* a lone surrogate */
            if (w) eg_wr_cp(w, u);
            continue;
        }
        {
            const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t";
            const char *at = c ? strchr(from, c) : NULL;
            if (!at) {
                fail(p, -1);
                return i;
            }
            if (w) eg_wr_bytes(w, (const uint8_t *)to + (at - from), 1);
        }
    }
    fail(p, -1);
    return i;
}

/* A number at i: its end; String(number) appended to w when w is not NULL. With at most 15
 * significant digits the double's shortest round-trip digits are the literal's own (DBL_DIG), so
 * Number::toString is the ECMAScript layout of those digits; more digits are not ported. */
static uint32_t num(jp *p, uint32_t i, eg_wr *w) {
    uint8_t d[32];
    uint32_t k = 0, is, ie, fs, fe, q;
    int64_t pt, ex = 0;
    int neg = 0, eneg = 0, started = 0;
    if (p->s.p[i] == '-') neg = 1, i++;
    is = i;
    while (i < p->s.n && p->s.p[i] >= '0' && p->s.p[i] <= '9') i++;
    ie = i;
    fs = fe = i;
    if (ie == is) {
        fail(p, -1); /* "-Infinity": JSON.parse throws */
        return i;
    }
    if (i < p->s.n && p->s.p[i] == '.') {
        fs = ++i;
        while (i < p->s.n && p->s.p[i] >= '0' && p->s.p[i] <= '9') i++;
        fe = i;
    }
    if (i < p->s.n && (p->s.p[i] == 'e' || p->s.p[i] == 'E')) {
        i++;
        if (i < p->s.n && (p->s.p[i] == '+' || p->s.p[i] == '-')) eneg = p->s.p[i] == '-', i++;
        while (i < p->s.n && p->s.p[i] >= '0' && p->s.p[i] <= '9') {
            if (ex < 100000) ex = ex * 10 + (p->s.p[i] - '0');
            i++;
        }
        if (eneg) ex = -ex;
    }
    /* the significant digits d[0, k) and the point after pt of them */
    pt = (int64_t)(ie - is) + ex;
    for (q = is; q < fe; q++) {
        uint8_t c;
        if (q == ie) q = fs;
        if (q >= fe) break;
        c = p->s.p[q];
        if (!started && c == '0') {
            pt--;
            continue;
        }
        started = 1;
        if (k >= sizeof d) {
            fail(p, EG_IFR_ENFORCE_NOT_PORTED);
            return i;
        }
        d[k++] = c;
    }
    while (k > 0u && d[k - 1u] == '0') k--;
    if (k > 15u || (k > 0u && (pt - 1 > 300 || pt - 1 < -300))) {
        fail(p, EG_IFR_ENFORCE_NOT_PORTED);
        return i;
    }
    if (!w || p->err) return i;
    if (k == 0u) {
        eg_wr_c(w, "0"); /* -0 prints as 0 */
        return i;
    }
    if (neg) eg_wr_c(w, "-");
    if ((int64_t)k <= pt && pt <= 21) {
        eg_wr_bytes(w, d, k);
        for (q = k; (int64_t)q < pt; q++) eg_wr_c(w, "0");
    } else if (0 < pt && pt <= 21) {
        eg_wr_bytes(w, d, (uint32_t)pt);
        eg_wr_c(w, ".");
        eg_wr_bytes(w, d + pt, k - (uint32_t)pt);
    } else if (-6 < pt && pt <= 0) {
        eg_wr_c(w, "0.");
        for (q = 0; (int64_t)q < -pt; q++) eg_wr_c(w, "0");
        eg_wr_bytes(w, d, k);
    } else {
        eg_wr_bytes(w, d, 1);
        if (k > 1u) {
            eg_wr_c(w, ".");
            eg_wr_bytes(w, d + 1, k - 1u);
        }
        eg_wr_c(w, pt - 1 >= 0 ? "e+" : "e-");
        eg_wr_int(w, pt - 1 >= 0 ? pt - 1 : 1 - pt);
    }
    return i;
}

static int lit(jp *p, uint32_t i, const char *c) {
    uint32_t n = (uint32_t)strlen(c);
    return p->s.n - i >= n && memcmp(p->s.p + i, c, n) == 0;
}

/* An array-index key: a canonical decimal below 2^32 - 1; its value in *v. */
static int index_key(eg_str k, uint64_t *v) {
    uint32_t i;
    *v = 0;
    if (k.n == 0u || k.n > 10u || (k.n > 1u && k.p[0] == '0')) return 0;
    for (i = 0; i < k.n; i++) {
        if (k.p[i] < '0' || k.p[i] > '9') return 0;
        *v = *v * 10u + (uint64_t)(k.p[i] - '0');
    }
    return *v < 0xFFFFFFFFull;
}

static uint32_t value(jp *p, uint32_t i, eg_wr *w, eg_str key, uint32_t depth);

/* An object at i: jsonText of it into w (NULL: only skipped). */
static uint32_t object(jp *p, uint32_t i, eg_wr *w, uint32_t depth) {
    /* the entries: key value (decoded), value position; order fixed after the scan */
    uint32_t ks[EG_ENF_JSON_ENTRIES], vs[EG_ENF_JSON_ENTRIES], n = 0, k, q, first = 1;
    uint8_t kbuf[4096];
    uint32_t koff[EG_ENF_JSON_ENTRIES], klen[EG_ENF_JSON_ENTRIES], kused = 0;
    i = ws(p, i + 1u);
    if (i < p->s.n && p->s.p[i] == '}') return i + 1u;
    for (;;) {
        eg_wr kw;
        if (p->err) return i;
        if (i >= p->s.n || p->s.p[i] != '"') {
            fail(p, -1);
            return i;
        }
        kw.p = kbuf + kused, kw.n = 0, kw.cap = (uint32_t)sizeof kbuf - kused, kw.over = 0;
        ks[n] = i;
        i = str(p, i, &kw);
        if (kw.over || n >= EG_ENF_JSON_ENTRIES) {
            fail(p, EG_IFR_TOO_LARGE);
            return i;
        }
        koff[n] = kused, klen[n] = kw.n, kused += kw.n;
        i = ws(p, i);
        if (i >= p->s.n || p->s.p[i] != ':') {
            fail(p, -1);
            return i;
        }
        i = ws(p, i + 1u);
        vs[n] = i;
        i = value(p, i, NULL, eg_enf_s(NULL, 0), depth + 1u);
        /* a repeated key: the first place, the last value */
        for (q = 0; q < n; q++) {
            if (klen[q] == kw.n && memcmp(kbuf + koff[q], kw.p, kw.n) == 0) break;
        }
        if (q < n) vs[q] = vs[n];
        else n++;
        i = ws(p, i);
        if (i < p->s.n && p->s.p[i] == ',') {
            i = ws(p, i + 1u);
            continue;
        }
        if (i < p->s.n && p->s.p[i] == '}') break;
        fail(p, -1);
        return i;
    }
    if (w && !p->err) {
        /* array-index keys ascending, then the rest in order */
        uint32_t pass;
        for (pass = 0; pass < 2u; pass++) {
            uint64_t last = 0;
            int have_last = 0;
            for (;;) {
                int64_t pick = -1;
                uint64_t best = 0, v;
                for (k = 0; k < n; k++) {
                    eg_str key = eg_enf_s(kbuf + koff[k], klen[k]);
                    if (pass == 1u) break;
                    if (index_key(key, &v) && (!have_last || v > last) && (pick < 0 || v < best)) pick = k, best = v;
                }
                if (pass == 1u) {
                    for (k = 0; k < n; k++) {
                        eg_str key = eg_enf_s(kbuf + koff[k], klen[k]);
                        uint8_t c;
                        if (index_key(key, &v)) continue;
                        if (!first) eg_wr_c(w, "\n");
                        first = 0;
                        c = p->s.p[vs[k]];
                        if (c == '{' || c == '[') {
                            eg_wr_str(w, key);
                            eg_wr_c(w, ":\n");
                            value(p, vs[k], w, eg_enf_s(NULL, 0), depth + 1u);
                        } else value(p, vs[k], w, key.n ? key : eg_enf_s(NULL, 0), depth + 1u); /* a key "" is falsy: no prefix */
                    }
                    break;
                }
                if (pick < 0) break;
                {
                    eg_str key = eg_enf_s(kbuf + koff[pick], klen[pick]);
                    uint8_t c = p->s.p[vs[pick]];
                    if (!first) eg_wr_c(w, "\n");
                    first = 0;
                    if (c == '{' || c == '[') {
                        eg_wr_str(w, key);
                        eg_wr_c(w, ":\n");
                        value(p, vs[pick], w, eg_enf_s(NULL, 0), depth + 1u);
                    } else value(p, vs[pick], w, key, depth + 1u); /* index keys are never empty */
                }
                last = best, have_last = 1;
            }
        }
    }
    (void)ks;
    return i + 1u;
}

static uint32_t value(jp *p, uint32_t i, eg_wr *w, eg_str key, uint32_t depth) {
    uint8_t c;
    if (depth > EG_ENF_JSON_DEPTH) {
        fail(p, EG_IFR_TOO_LARGE);
        return i;
    }
    i = ws(p, i);
    if (i >= p->s.n) {
        fail(p, -1);
        return i;
    }
    c = p->s.p[i];
    if (c == '{') return object(p, i, w, depth);
    if (c == '[') {
        uint32_t first = 1;
        i = ws(p, i + 1u);
        if (i < p->s.n && p->s.p[i] == ']') return i + 1u;
        for (;;) {
            if (p->err) return i;
            if (w && !first) eg_wr_c(w, "\n");
            first = 0;
            i = value(p, i, w, eg_enf_s(NULL, 0), depth + 1u);
            i = ws(p, i);
            if (i < p->s.n && p->s.p[i] == ',') {
                i++;
                continue;
            }
            if (i < p->s.n && p->s.p[i] == ']') return i + 1u;
            fail(p, -1);
            return i;
        }
    }
    if (w && key.p) {
        eg_wr_str(w, key);
        eg_wr_c(w, ": ");
    }
    if (c == '"') return str(p, i, w);
    if (c == '-' || (c >= '0' && c <= '9')) return num(p, i, w);
    if (lit(p, i, "true")) {
        if (w) eg_wr_c(w, "true");
        return i + 4u;
    }
    if (lit(p, i, "false")) {
        if (w) eg_wr_c(w, "false");
        return i + 5u;
    }
    if (lit(p, i, "null")) return i + 4u;
    fail(p, -1); /* NaN, Infinity */
    return i;
}

int eg_enf_json_text(eg_enf_job *j, eg_str inner, eg_wr *w, int *parsed) {
    jp p;
    uint32_t end;
    p.j = j;
    p.s = inner;
    p.err = 0;
    *parsed = 0;
    /* first a pass that only validates (JSON.parse throws before jsonText writes anything) */
    end = ws(&p, value(&p, 0, NULL, eg_enf_s(NULL, 0), 0));
    if (!p.err && end != inner.n) p.err = -1;
    if (p.err) return p.err < 0 ? EG_OK : p.err;
    value(&p, 0, w, eg_enf_s(NULL, 0), 0);
    if (p.err) return p.err < 0 ? EG_OK : p.err;
    *parsed = 1;
    return w->over ? EG_IFR_TOO_LARGE : EG_OK;
}
