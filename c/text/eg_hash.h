/* Hash functions of the text pipeline (docs/format.md section 1) <-> src/text/hash.ts. */
#ifndef EG_HASH_H
#define EG_HASH_H

#include "eg_common.h"

#define EG_FNV_OFFSET 0x811C9DC5u
#define EG_FNV_PRIME  0x01000193u

/* FNV-1a over unsigned bytes (uint8_t, never char: see format.md 1.1), continuing from h. */
uint32_t eg_hash_fnv1a(const uint8_t *bytes, size_t len, uint32_t h);

/* MurmurHash3's 32-bit finalizer. */
static inline uint32_t eg_hash_fmix32(uint32_t h) {
    h ^= h >> 16;
    h *= 0x85EBCA6Bu;
    h ^= h >> 13;
    h *= 0xC2B2AE35u;
    h ^= h >> 16;
    return h;
}

/* FNV-1a over the 4 little-endian bytes of v, continuing from h. */
static inline uint32_t eg_hash_fnv1a_u32(uint32_t h, uint32_t v) {
    h = (h ^ (v & 0xFFu)) * EG_FNV_PRIME;
    h = (h ^ ((v >> 8) & 0xFFu)) * EG_FNV_PRIME;
    h = (h ^ ((v >> 16) & 0xFFu)) * EG_FNV_PRIME;
    h = (h ^ (v >> 24)) * EG_FNV_PRIME;
    return h;
}

/* feature_hash(ns, a, b) = fmix32(fnv1a([ns, a0..a3, b0..b3])). */
static inline uint32_t eg_hash_feature(uint32_t ns, uint32_t a, uint32_t b) {
    uint32_t h = (EG_FNV_OFFSET ^ (ns & 0xFFu)) * EG_FNV_PRIME;
    return eg_hash_fmix32(eg_hash_fnv1a_u32(eg_hash_fnv1a_u32(h, a), b));
}

#endif /* EG_HASH_H */
