/* Engram C99 runtime: shared helpers. No malloc, no floating point, no libc beyond <stddef.h>,
 * <stdint.h> and <string.h>. All multi-byte fields are little-endian and are read byte by byte,
 * so the artifact may sit at any address (flash, a file buffer) and any host endianness works. */
#ifndef EG_COMMON_H
#define EG_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include "eg_errors.h"
#include "eg_limits.h"

/* Returns from the calling function when `expr` yields an error (emlearn style). */
#define EG_CHECK(expr)                   \
    do {                                 \
        int eg_check_rc_ = (int)(expr);  \
        if (eg_check_rc_ != EG_OK) {     \
            return eg_check_rc_;         \
        }                                \
    } while (0)

/* The loaders' validity checks, written as what the bytes must satisfy: returns `err` from the calling
 * function unless `cond` holds. EG_NEED is the artifact loaders' form (a section whose contents break
 * the format, docs/format.md check 15, is EG_BAD_SECTION); a loader of other data names its own error
 * with EG_NEED_OR (the verifier's Punkt blob: EG_IFV_BAD_DATA). */
#define EG_NEED_OR(cond, err) \
    do {                      \
        if (!(cond)) {        \
            return (err);     \
        }                     \
    } while (0)
#define EG_NEED(cond) EG_NEED_OR(cond, EG_BAD_SECTION)

static inline uint32_t eg_rd_u32(const uint8_t *p) {
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

/* Little-endian i32, converted without relying on implementation-defined unsigned->signed casts. */
static inline int32_t eg_rd_i32(const uint8_t *p) {
    uint32_t v = eg_rd_u32(p);
    return v <= 0x7FFFFFFFu ? (int32_t)v : -(int32_t)(~v) - 1;
}

static inline uint16_t eg_rd_u16(const uint8_t *p) {
    return (uint16_t)((uint32_t)p[0] | ((uint32_t)p[1] << 8));
}

static inline int32_t eg_rd_i16(const uint8_t *p) {
    uint32_t v = (uint32_t)p[0] | ((uint32_t)p[1] << 8);
    return (int32_t)v - (int32_t)((v & 0x8000u) << 1); /* two's complement without a cast of a large value */
}

static inline void eg_wr_u32(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

#endif /* EG_COMMON_H */
