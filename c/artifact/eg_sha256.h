/* SHA-256 (FIPS 180-4), for the artifact's identity (docs/format.md section 4.9) on the board.
 * Integer only, no malloc; the context is about 108 bytes. */
#ifndef EG_SHA256_H
#define EG_SHA256_H

#include "eg_common.h"

typedef struct eg_sha256_ctx {
    uint32_t state[8];
    uint8_t block[64];   /* pending input bytes */
    uint32_t fill;       /* bytes in block, 0..63 */
    uint32_t bits_lo;    /* message length in bits, low and high words */
    uint32_t bits_hi;
} eg_sha256_ctx;

void eg_sha256_init(eg_sha256_ctx *c);
void eg_sha256_update(eg_sha256_ctx *c, const uint8_t *bytes, size_t len);
void eg_sha256_final(eg_sha256_ctx *c, uint8_t digest[32]);

/* One-shot digest of bytes[0, len). */
void eg_sha256(const uint8_t *bytes, size_t len, uint8_t digest[32]);

#endif /* EG_SHA256_H */
