/* UTF-8 as TypeScript reads it: strict validation <-> TextDecoder('utf-8', { fatal: true }) in the
 * loaders, and the lenient WHATWG decoder <-> TextDecoder('utf-8') for query text. */
#include "eg_utf8.h"

int eg_utf8_valid(const uint8_t *p, uint32_t n) {
    uint32_t i = 0;
    while (i < n) {
        uint32_t b = p[i], need, cp, k, min;
        if (b < 0x80u) {
            i++;
            continue;
        }
        if (b >= 0xC2u && b <= 0xDFu) {
            need = 1;
            cp = b & 0x1Fu;
            min = 0x80u;
        } else if (b >= 0xE0u && b <= 0xEFu) {
            need = 2;
            cp = b & 0x0Fu;
            min = 0x800u;
        } else if (b >= 0xF0u && b <= 0xF4u) {
            need = 3;
            cp = b & 0x07u;
            min = 0x10000u;
        } else {
            return 0;
        }
        if (need >= n - i) {
            return 0;
        }
        for (k = 1; k <= need; k++) {
            if ((p[i + k] & 0xC0u) != 0x80u) {
                return 0;
            }
            cp = (cp << 6) | (p[i + k] & 0x3Fu);
        }
        if (cp < min || cp > 0x10FFFFu || (cp >= 0xD800u && cp <= 0xDFFFu)) {
            return 0;
        }
        i += need + 1u;
    }
    return 1;
}

uint32_t eg_utf8_next(const uint8_t *b, size_t len, size_t *pos) {
    size_t p = *pos;
    uint32_t c = b[p], need, cp, lo = 0x80u, hi = 0xBFu, k;
    if (c < 0x80u) {
        *pos = p + 1u;
        return c;
    }
    if (c >= 0xC2u && c <= 0xDFu) {
        need = 1;
        cp = c & 0x1Fu;
    } else if (c >= 0xE0u && c <= 0xEFu) {
        need = 2;
        cp = c & 0x0Fu;
        if (c == 0xE0u) {
            lo = 0xA0u;
        } else if (c == 0xEDu) {
            hi = 0x9Fu;
        }
    } else if (c >= 0xF0u && c <= 0xF4u) {
        need = 3;
        cp = c & 0x07u;
        if (c == 0xF0u) {
            lo = 0x90u;
        } else if (c == 0xF4u) {
            hi = 0x8Fu;
        }
    } else {
        *pos = p + 1u;
        return 0xFFFDu;
    }
    p++;
    for (k = 0; k < need; k++) {
        uint32_t x;
        if (p >= len) {
            *pos = p;
            return 0xFFFDu;
        }
        x = b[p];
        if (x < lo || x > hi) {
            *pos = p; /* the byte is not consumed: it starts the next code point */
            return 0xFFFDu;
        }
        lo = 0x80u;
        hi = 0xBFu;
        cp = (cp << 6) | (x & 0x3Fu);
        p++;
    }
    *pos = p;
    return cp;
}
