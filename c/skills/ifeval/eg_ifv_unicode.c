/* Unicode classes, JavaScript toLowerCase and /iu case folding, and the Python str semantics of
 * src/skills/ifeval/py.ts. Tables are generated from Node by scripts/gen-c-tables.ts: \p{L}, \p{N} (as
 * Nd + Nl + No), Lu, Ll, Cased, Case_Ignorable and toLowerCase shared with the responder
 * (c/text/eg_unicode_tables.h), the rest in eg_ifv_unicode_tables.h. */
#include <stdint.h>
#include "eg_ifv.h"
#include "eg_utf8.h"
#include "eg_unicode_tables.h"
#include "eg_ifv_unicode_tables.h"

int eg_uni_prop(uint32_t cp, int prop) {
    switch (prop) {
    case EG_UP_L: return eg_unicode_in(eg_unicode_l, EG_UNICODE_L_COUNT, cp);
    case EG_UP_N: return eg_unicode_is_n(cp);
    case EG_UP_ND: return eg_unicode_in(eg_unicode_nd, EG_UNICODE_ND_COUNT, cp);
    case EG_UP_NL: return eg_unicode_in(eg_unicode_nl, EG_UNICODE_NL_COUNT, cp);
    case EG_UP_NO: return eg_unicode_in(eg_unicode_no, EG_UNICODE_NO_COUNT, cp);
    case EG_UP_LT: return eg_unicode_in(eg_ifv_p_lt, EG_IFV_P_LT_COUNT, cp);
    /* Uppercase = Lu + Other_Uppercase, Lowercase = Ll + Other_Lowercase (the generator checks it) */
    case EG_UP_UPPER: return eg_unicode_in(eg_unicode_lu, EG_UNICODE_LU_COUNT, cp) || eg_unicode_in(eg_ifv_p_upper_rest, EG_IFV_P_UPPER_REST_COUNT, cp);
    case EG_UP_LOWER: return eg_unicode_in(eg_unicode_ll, EG_UNICODE_LL_COUNT, cp) || eg_unicode_in(eg_ifv_p_lower_rest, EG_IFV_P_LOWER_REST_COUNT, cp);
    case EG_UP_CASED: return eg_unicode_in(eg_unicode_cased, EG_UNICODE_CASED_COUNT, cp);
    case EG_UP_CASE_IGNORABLE: return eg_unicode_in(eg_unicode_case_ignorable, EG_UNICODE_CASE_IGNORABLE_COUNT, cp);
    default: return 0;
    }
}

/* py.ts PY_WS_CHARS. */
int eg_py_space(uint32_t c) {
    return (c >= 0x09u && c <= 0x0Du) || (c >= 0x1Cu && c <= 0x20u) || c == 0x85u || c == 0xA0u || c == 0x1680u ||
           (c >= 0x2000u && c <= 0x200Au) || c == 0x2028u || c == 0x2029u || c == 0x202Fu || c == 0x205Fu || c == 0x3000u;
}

int eg_py_word(uint32_t c) {
    if (c < 0x80u) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
    }
    return eg_uni_prop(c, EG_UP_L) || eg_uni_prop(c, EG_UP_N);
}

/* Row of cp in the fold table (sorted by code point, like a case map), or -1. */
static int32_t fold_index(uint32_t cp) { return eg_unicode_map_find(eg_ifv_fold, EG_IFV_FOLD_COUNT, cp); }

uint32_t eg_uni_fold(uint32_t cp) {
    int32_t i;
    if (cp < 0x80u) { /* an ASCII letter's class representative is its capital (the smallest member) */
        return (cp >= 'a' && cp <= 'z') ? cp - 32u : cp;
    }
    i = fold_index(cp);
    return i < 0 ? cp : eg_ifv_fold[i][1];
}

/* The class is a cycle through the "next member" column. */
uint32_t eg_uni_fold_others(uint32_t cp, uint32_t *out) {
    int32_t i = fold_index(cp);
    uint32_t n = 0;
    while (i >= 0 && eg_ifv_fold[i][2] != cp && n < 8u) {
        out[n++] = eg_ifv_fold[i][2];
        i = fold_index(eg_ifv_fold[i][2]);
    }
    return n;
}

/* toLowerCase of one code point: (pool offset, byte length) in the shared table, or NULL. */
static const uint32_t *lower_row(uint32_t cp) {
    int32_t k = eg_unicode_map_find(eg_unicode_lower_map, EG_UNICODE_LOWER_COUNT, cp);
    return k < 0 ? NULL : eg_unicode_lower_map[k];
}

/* Final_Sigma (Unicode 3.13): a cased letter before (skipping case-ignorables), none after. */
static int final_sigma(eg_txt t, uint32_t i) {
    uint32_t j = i, k;
    int before = 0;
    while (j > 0u) {
        uint32_t c = t.s[--j];
        if (eg_uni_prop(c, EG_UP_CASE_IGNORABLE)) {
            continue;
        }
        before = eg_uni_prop(c, EG_UP_CASED);
        break;
    }
    if (!before) {
        return 0;
    }
    for (k = i + 1u; k < t.n; k++) {
        uint32_t c = t.s[k];
        if (eg_uni_prop(c, EG_UP_CASE_IGNORABLE)) {
            continue;
        }
        return !eg_uni_prop(c, EG_UP_CASED);
    }
    return 1;
}

int64_t eg_js_lower(eg_txt t, uint32_t *out, uint32_t cap) {
    uint32_t i, n = 0;
    for (i = 0; i < t.n; i++) {
        uint32_t c = t.s[i];
        const uint32_t *row;
        if (c < 0x80u) {
            if (n >= cap) {
                return -1;
            }
            out[n++] = (c >= 'A' && c <= 'Z') ? c + 32u : c;
            continue;
        }
        if (c == 0x3A3u && final_sigma(t, i)) {
            if (n >= cap) {
                return -1;
            }
            out[n++] = 0x3C2u;
            continue;
        }
        row = lower_row(c);
        if (!row) {
            if (n >= cap) {
                return -1;
            }
            out[n++] = c;
        } else {
            size_t pos = row[1], end = (size_t)row[1] + row[2];
            while (pos < end) {
                if (n >= cap) {
                    return -1;
                }
                out[n++] = eg_utf8_next(eg_unicode_lower_pool, end, &pos);
            }
        }
    }
    return n;
}

eg_txt eg_py_strip(eg_txt t) {
    while (t.n > 0u && eg_py_space(t.s[0])) {
        t.s++;
        t.n--;
    }
    return eg_py_rstrip(t);
}

eg_txt eg_py_rstrip(eg_txt t) {
    while (t.n > 0u && eg_py_space(t.s[t.n - 1u])) {
        t.n--;
    }
    return t;
}

/* py.ts pyIsUpper: some \p{Uppercase}, no \p{Lowercase} or \p{Lt}. */
int eg_py_isupper(eg_txt t) {
    uint32_t i;
    int up = 0;
    for (i = 0; i < t.n; i++) {
        if (eg_uni_prop(t.s[i], EG_UP_LOWER) || eg_uni_prop(t.s[i], EG_UP_LT)) {
            return 0;
        }
        up |= eg_uni_prop(t.s[i], EG_UP_UPPER);
    }
    return up;
}

int eg_py_islower(eg_txt t) {
    uint32_t i;
    int low = 0;
    for (i = 0; i < t.n; i++) {
        if (eg_uni_prop(t.s[i], EG_UP_UPPER) || eg_uni_prop(t.s[i], EG_UP_LT)) {
            return 0;
        }
        low |= eg_uni_prop(t.s[i], EG_UP_LOWER);
    }
    return low;
}

int eg_txt_eq(eg_txt a, eg_txt b) {
    uint32_t i;
    if (a.n != b.n) {
        return 0;
    }
    for (i = 0; i < a.n; i++) {
        if (a.s[i] != b.s[i]) {
            return 0;
        }
    }
    return 1;
}

int eg_txt_starts(eg_txt a, eg_txt b) {
    eg_txt head;
    if (b.n > a.n) {
        return 0;
    }
    head.s = a.s;
    head.n = b.n;
    return eg_txt_eq(head, b);
}

int eg_txt_ends(eg_txt a, eg_txt b) {
    eg_txt tail;
    if (b.n > a.n) {
        return 0;
    }
    tail.s = a.s + (a.n - b.n);
    tail.n = b.n;
    return eg_txt_eq(tail, b);
}

int64_t eg_txt_find(eg_txt hay, eg_txt needle, uint32_t from) {
    uint32_t i, j;
    if (needle.n > hay.n) {
        return -1;
    }
    for (i = from; i + needle.n <= hay.n; i++) {
        for (j = 0; j < needle.n && hay.s[i + j] == needle.s[j]; j++) {
        }
        if (j == needle.n) {
            return i;
        }
    }
    return -1;
}

int64_t eg_ifv_decode(const uint8_t *b, size_t n, uint32_t *out, uint32_t cap) {
    size_t pos = 0;
    uint32_t k = 0;
    while (pos < n) {
        if (k >= cap) {
            return -1;
        }
        out[k++] = eg_utf8_next(b, n, &pos);
    }
    return k;
}
