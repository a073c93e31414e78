/* Strict UTF-8 validation <-> TextDecoder('utf-8', { fatal: true }) in the TypeScript loaders. */
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
