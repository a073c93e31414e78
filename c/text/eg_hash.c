/* Hash functions of the text pipeline (docs/format.md section 1) <-> src/text/hash.ts. */
#include "eg_hash.h"

uint32_t eg_hash_fnv1a(const uint8_t *bytes, size_t len, uint32_t h) {
    size_t i;
    for (i = 0; i < len; i++) {
        h = (h ^ bytes[i]) * EG_FNV_PRIME;
    }
    return h;
}
