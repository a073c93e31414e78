/* Fuzz targets only: a hostile artifact from a libFuzzer input whose first byte picks the mode, so the
 * fuzzer gets past the CRCs: odd = recompute every CRC (eg_testart_reseal), even = as is. The bytes
 * are copied into a heap buffer of their exact size so AddressSanitizer sees any over-read. */
#ifndef EG_FUZZ_INPUT_H
#define EG_FUZZ_INPUT_H

#include <stdlib.h>
#include <string.h>
#include "eg_testart.h"

/* The artifact bytes (free() them), *n their count; NULL for an empty input or when out of memory. */
static inline uint8_t *eg_fuzz_artifact(const uint8_t *data, size_t size, size_t *n) {
    uint8_t *buf;
    if (size < 1u) {
        return NULL;
    }
    *n = size - 1u;
    buf = (uint8_t *)malloc(*n ? *n : 1u);
    if (buf == NULL) {
        return NULL;
    }
    memcpy(buf, data + 1, *n);
    if ((data[0] & 1u) != 0u) {
        eg_testart_reseal(buf, *n);
    }
    return buf;
}

#endif /* EG_FUZZ_INPUT_H */
