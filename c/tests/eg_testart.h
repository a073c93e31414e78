/* Builds small valid .engram artifacts in memory for the C tests and the fuzzers, and re-seals
 * (recomputes the CRCs of) a mutated one. Test-only: the runtime never writes artifacts. */
#ifndef EG_TESTART_H
#define EG_TESTART_H

#include "eg_common.h"

typedef struct eg_testart_lex {
    const char *token;   /* normalized token text */
    uint32_t flags;
} eg_testart_lex;

typedef struct eg_testart_opts {
    uint32_t hash_bits;            /* 8..20 */
    uint32_t ns_mask;              /* 0..0x3FFF */
    uint32_t hash_mult;            /* 1..4096 */
    uint32_t lex_slots;            /* power of two >= 2 * lex_count */
    const eg_testart_lex *lex;
    uint32_t lex_count;
    uint32_t seed;                 /* weights are a deterministic function of the seed */
} eg_testart_opts;

/* The lexicon used by the default test artifact (a few words per flag). */
extern const eg_testart_lex eg_testart_default_lex[];
extern const uint32_t eg_testart_default_lex_count;
eg_testart_opts eg_testart_defaults(void);

/* Writes the artifact to out[0, cap); returns its length, or 0 if cap is too small. */
size_t eg_testart_build(const eg_testart_opts *o, uint8_t *out, size_t cap);

/* Recomputes every section CRC that lies inside buf and then the header CRC (when the table
 * fits in len), so mutations reach the later checks. Never reads outside buf[0, len). */
void eg_testart_reseal(uint8_t *buf, size_t len);

#endif /* EG_TESTART_H */
