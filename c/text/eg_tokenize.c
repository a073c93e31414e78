/* Text pipeline v1 (docs/format.md sections 2.2-2.3) <-> src/text/tokenize.ts: normalization,
 * tokenization and FNV-1a token hashing fused into one left-to-right pass over the field bytes,
 * driven by the shared byte classifier (eg_byte_class.h). */
#include "eg_tokenize.h"
#include "eg_hash.h"

uint32_t eg_text_tokenize(const uint8_t *bytes, size_t len, size_t max_bytes, uint32_t max_tokens,
                          uint32_t *out) {
    size_t end = len < max_bytes ? len : max_bytes;
    const uint8_t *p = bytes, *e = bytes + end;
    uint32_t n = 0;
    uint32_t h = EG_FNV_OFFSET;
    int in_token = 0;

    if (max_tokens == 0 || end == 0) {
        return 0;
    }
    for (;;) {
        uint32_t b = *p;
        uint32_t c = eg_byte_class[b];
        if (c <= EG_BC_UPPER) {
            in_token = 1;
            do { /* the hot loop: plain word bytes; A-Z gain the case bit */
                h = (h ^ (b | (c << EG_BC_CASE_SHIFT))) * EG_FNV_PRIME;
                if (++p == e) {
                    goto done;
                }
                b = *p;
                c = eg_byte_class[b];
            } while (c <= EG_BC_UPPER);
        }
        if (c == EG_BC_APOS) { /* deleted: neither a word byte nor a boundary */
            p++;
        } else if (c == EG_BC_LEAD) {
            uint32_t lead = eg_text_lead(bytes, (size_t)(p - bytes), end);
            if (lead == EG_LEAD_DELETE) { /* curly apostrophe -> ' -> deleted */
                p += 3;
            } else if (lead == EG_LEAD_AS_WORD) { /* a lone C2 or E2 is an ordinary non-ASCII word byte */
                h = (h ^ b) * EG_FNV_PRIME;
                in_token = 1;
                p++;
            } else { /* curly quote, dash, no-break space: a separator */
                p += eg_text_lead_len(bytes, (size_t)(p - bytes), lead);
                goto separator;
            }
        } else {
            p++; /* a separator byte */
            goto separator;
        }
        if (p >= e) {
            break;
        }
        continue;
    separator:
        if (in_token) {
            out[n++] = h;
            if (n == max_tokens) {
                return n;
            }
            in_token = 0;
            h = EG_FNV_OFFSET;
        }
        if (p >= e) {
            break;
        }
    }
done:
    if (in_token) {
        out[n++] = h;
    }
    return n;
}
