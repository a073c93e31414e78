/* Text pipeline v1 (docs/format.md sections 2.2-2.3) <-> src/text/tokenize.ts: normalization,
 * tokenization and FNV-1a token hashing fused into one left-to-right pass over the field bytes. */
#include "eg_tokenize.h"
#include "eg_hash.h"

/* Byte classes before normalization: 0 separator, 1 word byte (0-9, a-z, >= 0x80),
 * 2 uppercase A-Z (a word byte after +0x20), 3 may start a special sequence (' , C2 A0, E2 80 xx;
 * C2 and E2 are word bytes when no sequence follows). */
#define EG_CLS_SEP   0u
#define EG_CLS_WORD  1u
#define EG_CLS_UPPER 2u
#define EG_CLS_SPEC  3u

/* class of each byte value; 256 entries */
static const uint8_t eg_text_class[256] = {
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0, /* 0x00 */
    0,0,0,0,0,0,0,3,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0, /* 0x20 */
    0,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,0, /* 0x40 */
    0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0, /* 0x60 */
    1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1, /* 0x80 */
    1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1, /* 0xA0 */
    1,1,3,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1, /* 0xC0 */
    1,1,3,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1, /* 0xE0 */
};

uint32_t eg_text_tokenize(const uint8_t *bytes, size_t len, size_t max_bytes, uint32_t max_tokens,
                          uint32_t *out) {
    size_t end = len < max_bytes ? len : max_bytes;
    size_t i = 0;
    uint32_t n = 0;
    uint32_t h = EG_FNV_OFFSET;
    int in_token = 0;

    if (max_tokens == 0) {
        return 0;
    }
    while (i < end) {
        uint32_t b = bytes[i];
        uint32_t c = eg_text_class[b];
        if (c == EG_CLS_WORD) {
            h = (h ^ b) * EG_FNV_PRIME;
            in_token = 1;
            i++;
            continue;
        }
        if (c == EG_CLS_UPPER) {
            h = (h ^ (b + 0x20u)) * EG_FNV_PRIME;
            in_token = 1;
            i++;
            continue;
        }
        if (c == EG_CLS_SPEC) {
            if (b == 0x27u) { /* apostrophe: deleted, neither a word byte nor a boundary */
                i++;
                continue;
            }
            if (b == 0xE2u && i + 2 < end && bytes[i + 1] == 0x80u) {
                uint32_t t = bytes[i + 2];
                if (t == 0x98u || t == 0x99u) { /* curly apostrophe -> ' -> deleted */
                    i += 3;
                    continue;
                }
                if (t == 0x9Cu || t == 0x9Du || t == 0x93u || t == 0x94u) { /* " or - : separator */
                    i += 3;
                    goto separator;
                }
            } else if (b == 0xC2u && i + 1 < end && bytes[i + 1] == 0xA0u) { /* no-break space */
                i += 2;
                goto separator;
            }
            /* a lone C2 or E2 (or an unlisted sequence) is an ordinary non-ASCII word byte */
            h = (h ^ b) * EG_FNV_PRIME;
            in_token = 1;
            i++;
            continue;
        }
        i++; /* a separator byte */
    separator:
        if (in_token) {
            out[n++] = h;
            if (n == max_tokens) {
                return n;
            }
            in_token = 0;
            h = EG_FNV_OFFSET;
        }
    }
    if (in_token) {
        out[n++] = h;
    }
    return n;
}
