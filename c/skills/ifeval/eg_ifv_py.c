/* Python behaviour the checks rely on that is not a regex (src/skills/ifeval/py-json.ts and parts of
 * py.ts): whether json.loads would accept a text (JSON plus NaN, Infinity, -Infinity; strict strings),
 * str.strip(chars), and UTF-8 encoding of code points for patterns built from kwargs. */
#include "eg_ifv.h"

typedef struct js {
    eg_txt t;
    uint32_t i;
    uint32_t depth;
} js;

/* The character at i, or 0 past the end (no JSON decision treats U+0000 specially outside strings). */
static uint32_t at(const js *j, uint32_t i) {
    return i < j->t.n ? j->t.s[i] : 0u;
}

static void ws(js *j) {
    while (j->i < j->t.n && (at(j, j->i) == ' ' || at(j, j->i) == '\t' || at(j, j->i) == '\n' || at(j, j->i) == '\r')) j->i++;
}

static int lit(js *j, const char *w) {
    uint32_t k;
    for (k = 0; w[k]; k++) {
        if (at(j, j->i + k) != (uint8_t)w[k] || j->i + k >= j->t.n) return 0;
    }
    j->i += k;
    return 1;
}

static int digit(uint32_t c) {
    return c >= '0' && c <= '9';
}

static int number(js *j) {
    if (at(j, j->i) == '-') j->i++;
    if (j->i < j->t.n && at(j, j->i) == '0') {
        j->i++;
    } else if (j->i < j->t.n && at(j, j->i) >= '1' && at(j, j->i) <= '9') {
        while (j->i < j->t.n && digit(at(j, j->i))) j->i++;
    } else {
        return 0;
    }
    if (at(j, j->i) == '.' && j->i + 1u < j->t.n && digit(at(j, j->i + 1u))) {
        j->i++;
        while (j->i < j->t.n && digit(at(j, j->i))) j->i++;
    }
    if (j->i < j->t.n && (at(j, j->i) == 'e' || at(j, j->i) == 'E')) {
        uint32_t k = j->i + 1u;
        if (k < j->t.n && (at(j, k) == '+' || at(j, k) == '-')) k++;
        if (k < j->t.n && k <= j->i + 2u && digit(at(j, k))) {
            j->i++;
            if (at(j, j->i) == '+' || at(j, j->i) == '-') j->i++;
            while (j->i < j->t.n && digit(at(j, j->i))) j->i++;
        }
    }
    return 1;
}

static int hex(uint32_t c) {
    return digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static int string(js *j) {
    j->i++;
    for (;;) {
        uint32_t c;
        if (j->i >= j->t.n) return 0;
        c = at(j, j->i);
        if (c == '"') {
            j->i++;
            return 1;
        }
        if (c < 0x20u) return 0;
        if (c == '\\') {
            uint32_t e = j->i + 1u < j->t.n ? at(j, j->i + 1u) : 0xFFFFFFFFu;
            if (e == 'u') {
                uint32_t k;
                if (j->i + 6u > j->t.n) return 0;
                for (k = 2; k < 6; k++) {
                    if (!hex(at(j, j->i + k))) return 0;
                }
                j->i += 6;
            } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
                j->i += 2;
            } else {
                return 0;
            }
            continue;
        }
        /* A UTF-16 surrogate pair is one code point here: either way it is skipped. */
        j->i++;
    }
}

static int value(js *j);

static int member(js *j) {
    ws(j);
    if (at(j, j->i) != '"' || j->i >= j->t.n) return 0;
    if (!string(j)) return 0;
    ws(j);
    if (at(j, j->i) != ':' || j->i >= j->t.n) return 0;
    j->i++;
    return value(j);
}

/* Members up to the closing bracket (the opening one at j->i). Nesting is bounded: deeper input is
 * EG_IFV_TOO_LARGE in the caller (-1 here). */
static int sequence(js *j, uint32_t close, int obj) {
    if (++j->depth > 2000u) return -1;
    j->i++;
    ws(j);
    if (j->i < j->t.n && at(j, j->i) == close) {
        j->i++;
        j->depth--;
        return 1;
    }
    for (;;) {
        int r = obj ? member(j) : value(j);
        if (r <= 0) return r;
        ws(j);
        if (j->i < j->t.n && at(j, j->i) == close) {
            j->i++;
            j->depth--;
            return 1;
        }
        if (j->i >= j->t.n || at(j, j->i) != ',') return 0;
        j->i++;
    }
}

static int value(js *j) {
    uint32_t c;
    ws(j);
    c = j->i < j->t.n ? at(j, j->i) : 0xFFFFFFFFu;
    if (c == '{') return sequence(j, '}', 1);
    if (c == '[') return sequence(j, ']', 0);
    if (c == '"') return string(j);
    if (lit(j, "true") || lit(j, "false") || lit(j, "null") || lit(j, "NaN") || lit(j, "Infinity") || lit(j, "-Infinity")) return 1;
    return number(j);
}

int eg_py_json_loads(eg_txt t) {
    js j;
    int r;
    j.t = t;
    j.i = 0;
    j.depth = 0;
    r = value(&j);
    if (r < 0) return -EG_IFV_TOO_LARGE;
    if (!r) return 0;
    ws(&j);
    return j.i == t.n;
}

static int in_set(uint32_t c, const char *chars) {
    for (; *chars; chars++) {
        if ((uint8_t)*chars == c) return 1;
    }
    return 0;
}

eg_txt eg_py_strip_chars(eg_txt t, const char *chars, int left, int right) {
    while (left && t.n > 0u && in_set(t.s[0], chars)) {
        t.s++;
        t.n--;
    }
    while (right && t.n > 0u && in_set(t.s[t.n - 1u], chars)) t.n--;
    return t;
}

int64_t eg_utf8_encode(eg_txt t, char *out, uint32_t cap) {
    uint32_t i, n = 0;
    for (i = 0; i < t.n; i++) {
        uint32_t c = t.s[i];
        if (n + 4u > cap) return -1;
        if (c < 0x80u) {
            out[n++] = (char)c;
        } else if (c < 0x800u) {
            out[n++] = (char)(0xC0u | (c >> 6));
            out[n++] = (char)(0x80u | (c & 0x3Fu));
        } else if (c < 0x10000u) {
            /* A lone surrogate cannot come from UTF-8 input (it decodes to U+FFFD), so this is never one. */
            out[n++] = (char)(0xE0u | (c >> 12));
            out[n++] = (char)(0x80u | ((c >> 6) & 0x3Fu));
            out[n++] = (char)(0x80u | (c & 0x3Fu));
        } else {
            out[n++] = (char)(0xF0u | (c >> 18));
            out[n++] = (char)(0x80u | ((c >> 12) & 0x3Fu));
            out[n++] = (char)(0x80u | ((c >> 6) & 0x3Fu));
            out[n++] = (char)(0x80u | (c & 0x3Fu));
        }
    }
    return n;
}
