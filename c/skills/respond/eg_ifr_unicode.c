/* JavaScript string semantics over UTF-8 (see eg_ifr_unicode.h). */
#include <string.h>
#include "eg_ifr_unicode.h"
#include "eg_unicode_tables.h"
#include "eg_ifr_unicode_tables.h"

uint32_t eg_u8_dec(const uint8_t *s, uint32_t n, uint32_t i, uint32_t *cp) {
    uint32_t b = s[i], need, c, k;
    if (b < 0x80u) {
        *cp = b;
        return 1;
    }
    if (b >= 0xC2u && b <= 0xDFu) {
        need = 1;
        c = b & 0x1Fu;
    } else if (b >= 0xE0u && b <= 0xEFu) {
        need = 2;
        c = b & 0x0Fu;
    } else if (b >= 0xF0u && b <= 0xF4u) {
        need = 3;
        c = b & 0x07u;
    } else {
        *cp = 0xFFFDu;
        return 1;
    }
    if (i + need >= n) {
        *cp = 0xFFFDu;
        return 1;
    }
    for (k = 1; k <= need; k++) {
        uint32_t x = s[i + k];
        if ((x & 0xC0u) != 0x80u) {
            *cp = 0xFFFDu;
            return 1;
        }
        c = (c << 6) | (x & 0x3Fu);
    }
    *cp = c;
    return need + 1u;
}

uint32_t eg_u8_prev(const uint8_t *s, uint32_t i) {
    uint32_t j = i - 1u;
    while (j > 0u && (s[j] & 0xC0u) == 0x80u && i - j < 4u) {
        j--;
    }
    return j;
}

uint32_t eg_u8_count(eg_str s) {
    uint32_t i = 0, c = 0, cp;
    while (i < s.n) {
        i += eg_u8_dec(s.p, s.n, i, &cp);
        c++;
    }
    return c;
}

int eg_uni_is_l(uint32_t cp) { return cp < 0x80u ? ((cp | 32u) >= 'a' && (cp | 32u) <= 'z') : eg_unicode_in(eg_unicode_l, EG_UNICODE_L_COUNT, cp); }
int eg_uni_is_n(uint32_t cp) { return cp < 0x80u ? (cp >= '0' && cp <= '9') : eg_unicode_is_n(cp); }
int eg_uni_is_lu(uint32_t cp) { return cp < 0x80u ? (cp >= 'A' && cp <= 'Z') : eg_unicode_in(eg_unicode_lu, EG_UNICODE_LU_COUNT, cp); }
int eg_uni_is_ll(uint32_t cp) { return cp < 0x80u ? (cp >= 'a' && cp <= 'z') : eg_unicode_in(eg_unicode_ll, EG_UNICODE_LL_COUNT, cp); }
/* ASCII first: the tables' ASCII ranges are \t..\r and space (JS \s), and letters and digits. */
int eg_uni_is_space(uint32_t cp) { return cp < 0x80u ? cp == 0x20u || (cp >= 0x09u && cp <= 0x0Du) : eg_unicode_in(eg_ifr_uni_space, EG_IFR_UNI_SPACE_COUNT, cp); }
int eg_uni_is_word(uint32_t cp) {
    if (cp < 0x80u) return cp == '_' || ((cp | 32u) >= 'a' && (cp | 32u) <= 'z') || (cp >= '0' && cp <= '9');
    return eg_uni_is_l(cp) || eg_uni_is_n(cp);
}
int eg_uni_is_lineterm(uint32_t cp) { return cp == 0x0Au || cp == 0x0Du || cp == 0x2028u || cp == 0x2029u; }

eg_str eg_str_trim(eg_str s) {
    uint32_t a = 0, b = s.n, cp;
    while (a < b) {
        uint32_t l = eg_u8_dec(s.p, s.n, a, &cp);
        if (!eg_uni_is_space(cp)) {
            break;
        }
        a += l;
    }
    while (b > a) {
        uint32_t j = eg_u8_prev(s.p, b);
        eg_u8_dec(s.p, s.n, j, &cp);
        if (!eg_uni_is_space(cp)) {
            break;
        }
        b = j;
    }
    return eg_str_sub(s, a, b);
}

eg_str eg_str_sub(eg_str s, uint32_t a, uint32_t b) {
    eg_str r;
    r.p = s.p + a;
    r.n = b - a;
    return r;
}

int eg_str_eq(eg_str a, eg_str b) {
    return a.n == b.n && (a.n == 0u || memcmp(a.p, b.p, a.n) == 0);
}

int eg_str_eq_c(eg_str a, const char *c) {
    eg_str b;
    b.p = (const uint8_t *)c;
    b.n = (uint32_t)strlen(c);
    return eg_str_eq(a, b);
}

int64_t eg_str_find(eg_str hay, eg_str needle, uint32_t from) {
    uint32_t i, last, rest;
    uint8_t b0;
    if (needle.n > hay.n) {
        return -1;
    }
    if (needle.n == 0u) {
        return from <= hay.n ? (int64_t)from : -1;
    }
    last = hay.n - needle.n;
    rest = needle.n - 1u;
    b0 = needle.p[0];
    for (i = from; i <= last; i++) { /* the first byte here, then the rest: memcmp is a call and a byte loop */
        if (hay.p[i] == b0 && (rest == 0u || memcmp(hay.p + i + 1u, needle.p + 1u, rest) == 0)) {
            return (int64_t)i;
        }
    }
    return -1;
}

/* The stores go through volatile pointers so that GCC does not turn these loops back into calls
 * of memset / memcpy, which on the board are byte loops (4 and 6 instructions a byte). */
void eg_mem_zero(void *p, uint32_t n) {
    volatile uint8_t *b = (volatile uint8_t *)p;
    volatile uint32_t *w;
    while (n > 0u && ((uintptr_t)b & 3u) != 0u) {
        *b++ = 0;
        n--;
    }
    w = (volatile uint32_t *)(volatile void *)b;
    while (n >= 16u) {
        w[0] = 0;
        w[1] = 0;
        w[2] = 0;
        w[3] = 0;
        w += 4;
        n -= 16u;
    }
    while (n >= 4u) {
        *w++ = 0;
        n -= 4u;
    }
    b = (volatile uint8_t *)(volatile void *)w;
    while (n > 0u) {
        *b++ = 0;
        n--;
    }
}

/* memmove(d, s, n) for d not inside (s, s + n): words while both are word-aligned alike. */
void eg_mem_copy(uint8_t *d, const uint8_t *s, uint32_t n) {
    volatile uint8_t *vd = (volatile uint8_t *)d;
    if ((((uintptr_t)d ^ (uintptr_t)s) & 3u) == 0u) {
        volatile uint32_t *wd;
        const uint32_t *ws;
        while (n > 0u && ((uintptr_t)s & 3u) != 0u) {
            *vd++ = *s++;
            n--;
        }
        wd = (volatile uint32_t *)(volatile void *)vd;
        ws = (const uint32_t *)(const void *)s;
        while (n >= 4u) {
            *wd++ = *ws++;
            n -= 4u;
        }
        vd = (volatile uint8_t *)(volatile void *)wd;
        s = (const uint8_t *)(const void *)ws;
    }
    while (n > 0u) {
        *vd++ = *s++;
        n--;
    }
}

void eg_wr_bytes(eg_wr *w, const uint8_t *b, uint32_t n) {
    uint8_t *d;
    if (n > w->cap - w->n || w->over) {
        w->over = 1;
        return;
    }
    d = w->p + w->n;
    if (n > 0u) {
        if (b < d && b + n > d) memmove(d, b, n); /* a copy forward would overwrite what it reads next */
        else eg_mem_copy(d, b, n);
    }
    w->n += n;
}

void eg_wr_str(eg_wr *w, eg_str s) { eg_wr_bytes(w, s.p, s.n); }
void eg_wr_c(eg_wr *w, const char *c) { eg_wr_bytes(w, (const uint8_t *)c, (uint32_t)strlen(c)); }

void eg_wr_cp(eg_wr *w, uint32_t cp) {
    uint8_t b[4];
    uint32_t n;
    if (cp < 0x80u) {
        b[0] = (uint8_t)cp;
        n = 1;
    } else if (cp < 0x800u) {
        b[0] = (uint8_t)(0xC0u | (cp >> 6));
        b[1] = (uint8_t)(0x80u | (cp & 0x3Fu));
        n = 2;
    } else if (cp < 0x10000u) {
        b[0] = (uint8_t)(0xE0u | (cp >> 12));
        b[1] = (uint8_t)(0x80u | ((cp >> 6) & 0x3Fu));
        b[2] = (uint8_t)(0x80u | (cp & 0x3Fu));
        n = 3;
    } else {
        b[0] = (uint8_t)(0xF0u | (cp >> 18));
        b[1] = (uint8_t)(0x80u | ((cp >> 12) & 0x3Fu));
        b[2] = (uint8_t)(0x80u | ((cp >> 6) & 0x3Fu));
        b[3] = (uint8_t)(0x80u | (cp & 0x3Fu));
        n = 4;
    }
    eg_wr_bytes(w, b, n);
}

void eg_wr_int(eg_wr *w, int64_t v) {
    char b[24];
    int i = 23;
    uint64_t u = v < 0 ? (uint64_t)(-(v + 1)) + 1u : (uint64_t)v;
    b[i] = 0;
    do {
        b[--i] = (char)('0' + (int)(u % 10u));
        u /= 10u;
    } while (u != 0u);
    if (v < 0) {
        b[--i] = '-';
    }
    eg_wr_c(w, b + i);
}

static int eg_cased(uint32_t cp) { return eg_unicode_in(eg_unicode_cased, EG_UNICODE_CASED_COUNT, cp); }
static int eg_case_ign(uint32_t cp) { return eg_unicode_in(eg_unicode_case_ignorable, EG_UNICODE_CASE_IGNORABLE_COUNT, cp); }

/* Unicode Final_Sigma for the capital sigma at s[i, i+2). */
static int eg_final_sigma(eg_str s, uint32_t i) {
    uint32_t j = i, cp, k;
    int before = 0;
    while (j > 0u) {
        j = eg_u8_prev(s.p, j);
        eg_u8_dec(s.p, s.n, j, &cp);
        if (eg_case_ign(cp)) {
            continue;
        }
        before = eg_cased(cp);
        break;
    }
    if (!before) {
        return 0;
    }
    k = i + 2u;
    while (k < s.n) {
        k += eg_u8_dec(s.p, s.n, k, &cp);
        if (eg_case_ign(cp)) {
            continue;
        }
        return !eg_cased(cp);
    }
    return 1;
}

void eg_wr_case(eg_wr *w, eg_str s, int upper) {
    uint32_t i = 0, cp;
    while (i < s.n) {
        uint32_t l, b = s.p[i];
        if (b < 0x80u) { /* a run of ASCII: eg_wr_bytes of each byte, inline */
            uint32_t j = i + 1u, lo = upper ? 'a' : 'A';
            uint8_t *d;
            while (j < s.n && s.p[j] < 0x80u) j++;
            if (w->over || j - i > w->cap - w->n) { /* the run overflows: byte by byte, as before */
                for (; i < j; i++) {
                    b = s.p[i];
                    if (b - lo < 26u) b ^= 32u;
                    if (w->over || w->n >= w->cap) w->over = 1;
                    else w->p[w->n++] = (uint8_t)b;
                }
                continue;
            }
            d = w->p + w->n;
            w->n += j - i;
            for (; i < j; i++) {
                b = s.p[i];
                *d++ = (uint8_t)(b - lo < 26u ? b ^ 32u : b);
            }
            continue;
        }
        l = eg_u8_dec(s.p, s.n, i, &cp);
        if (!upper && cp == 0x3A3u && eg_final_sigma(s, i)) {
            eg_wr_cp(w, 0x3C2u);
        } else {
            int32_t k = upper ? eg_unicode_map_find(eg_ifr_upper_map, EG_IFR_UPPER_COUNT, cp) : eg_unicode_map_find(eg_unicode_lower_map, EG_UNICODE_LOWER_COUNT, cp);
            if (k < 0) {
                eg_wr_bytes(w, s.p + i, l);
            } else if (upper) {
                eg_wr_bytes(w, eg_ifr_upper_pool + eg_ifr_upper_map[k][1], eg_ifr_upper_map[k][2]);
            } else {
                eg_wr_bytes(w, eg_unicode_lower_pool + eg_unicode_lower_map[k][1], eg_unicode_lower_map[k][2]);
            }
        }
        i += l;
    }
}

void eg_wr_json(eg_wr *w, eg_str s) {
    static const char hex[] = "0123456789abcdef";
    uint32_t i;
    eg_wr_c(w, "\"");
    for (i = 0; i < s.n; i++) {
        uint8_t b = s.p[i];
        if (b == '"') eg_wr_c(w, "\\\"");
        else if (b == '\\') eg_wr_c(w, "\\\\");
        else if (b == '\b') eg_wr_c(w, "\\b");
        else if (b == '\f') eg_wr_c(w, "\\f");
        else if (b == '\n') eg_wr_c(w, "\\n");
        else if (b == '\r') eg_wr_c(w, "\\r");
        else if (b == '\t') eg_wr_c(w, "\\t");
        else if (b < 0x20u) {
            char e[7] = {'\\', 'u', '0', '0', hex[b >> 4], hex[b & 15u], 0};
            eg_wr_c(w, e);
        } else eg_wr_bytes(w, &b, 1);
    }
    eg_wr_c(w, "\"");
}
