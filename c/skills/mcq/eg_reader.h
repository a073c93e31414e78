/* The multiple-choice artifact reader (docs/format.md sections 2 and 4; container version in eg_limits.h) <-> src/skills/mcq/reader.ts.
 * eg_artifact_load validates once; afterwards the tables are read in place (zero copy). */
#ifndef EG_READER_H
#define EG_READER_H

#include "eg_common.h"
#include "eg_container.h"
#include "eg_features_table.h"

#define EG_MCQC_BYTES       32u
#define EG_LEX_FLAGS_VALID  0x01FFFFFFu /* bits 0..24 of lexicon flags (format.md 2.4) */
#define EG_LOGIC_PARAM_MAX  16u

/* Lexicon flag bits (format.md 2.4). */
#define EG_LEX_STOP         0x0001u
#define EG_LEX_QT_SHIFT     8u      /* question cues are bits 8..19, in priority order */
#define EG_LEX_QT_COUNT     12u

/* A validated artifact: pointers into the caller's buffer, which must outlive it. */
typedef struct eg_artifact {
    const uint8_t *bytes;        /* the whole file, [0, length) */
    uint32_t length;
    const uint8_t *meta;         /* META JSON bytes (not parsed) */
    uint32_t meta_length;
    uint32_t hash_bits;          /* MCQC: 8..20 */
    uint32_t hash_mask;          /* 2^hash_bits - 1 */
    uint32_t ns_mask;            /* MCQC: enabled feature families, bits 0..8 */
    int32_t hash_mult;           /* MCQC: 1..4096 */
    const uint8_t *lex_slots;    /* LEXN: (u32 hash, u32 flags)[lex_slot_count] */
    uint32_t lex_slot_mask;      /* slot_count - 1 */
    uint32_t lex_entry_count;
    int lex_aligned;             /* lexicon probes may load whole words (eg_lex_word_loads_ok) */
    const int8_t *whsh;          /* WHSH: i8[2^hash_bits] */
    const uint8_t *wdns;         /* WDNS: i16 LE [EG_DENSE_COUNT] */
    uint32_t logic_small;        /* MCQC: deductive module atom matching, 0..16 */
    uint32_t logic_large;        /* 0..16 */
    uint32_t logic_den;          /* 1..16 */
    const uint8_t *rprs;         /* RPRS section (optional; NULL when absent) */
    uint32_t repair_count;       /* 0..64 */
} eg_artifact;

/* Validates buf[0, len) in the order of format.md 4.3 and fills *out. Returns EG_OK or the first
 * failing check's code (eg_err); *out is meaningful only on EG_OK. Reads only inside buf. */
int eg_artifact_load(const uint8_t *buf, size_t len, eg_artifact *out);

#include <string.h>
#include "eg_hash.h"

#define EG_LEX_SLOT_BYTES 8u /* a lexicon slot: u32 hash, u32 flags */
#define EG_LEX_FLAGS_AT   4u

/* Lexicon probes are the hottest reads of the artifact (a few per token). Sections are 16-byte
 * aligned in the file (format.md 4.2), so when the buffer itself sits on a 4-byte boundary (flash
 * on the board, a heap buffer on a host) and the host is little-endian, a u32 field is one aligned
 * load instead of four byte loads and three shifts. memcpy with an alignment promise keeps this
 * free of aliasing and alignment assumptions the compiler could not see; other compilers or
 * hosts use the portable byte reads. */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && defined(__ORDER_LITTLE_ENDIAN__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define EG_LEX_WORD_LOADS 1
#define EG_WORD_ALIGN 4u
static inline int eg_lex_word_loads_ok(const uint8_t *p) {
    return ((uintptr_t)p & (EG_WORD_ALIGN - 1u)) == 0u;
}
static inline uint32_t eg_ld_u32_aligned(const uint8_t *p) {
    uint32_t v;
    memcpy(&v, __builtin_assume_aligned(p, EG_WORD_ALIGN), sizeof(v));
    return v;
}
#else
#define EG_LEX_WORD_LOADS 0
static inline int eg_lex_word_loads_ok(const uint8_t *p) {
    (void)p;
    return 0;
}
#endif

/* Lexicon flags of token hash h whose fmix32 is fm (format.md 4.6 lookup; 0 when absent).
 * Terminates because a loaded lexicon has at least half of its slots empty. */
static inline uint32_t eg_artifact_lex_fm(const eg_artifact *a, uint32_t h, uint32_t fm) {
    uint32_t k = fm & a->lex_slot_mask;
#if EG_LEX_WORD_LOADS
    if (a->lex_aligned) {
        for (;;) {
            const uint8_t *slot = a->lex_slots + EG_LEX_SLOT_BYTES * k;
            uint32_t flags = eg_ld_u32_aligned(slot + EG_LEX_FLAGS_AT);
            if (flags == 0u || eg_ld_u32_aligned(slot) == h) {
                return flags;
            }
            k = (k + 1u) & a->lex_slot_mask;
        }
    }
#endif
    for (;;) {
        const uint8_t *slot = a->lex_slots + EG_LEX_SLOT_BYTES * k;
        uint32_t flags = eg_rd_u32(slot + EG_LEX_FLAGS_AT);
        if (flags == 0u || eg_rd_u32(slot) == h) {
            return flags;
        }
        k = (k + 1u) & a->lex_slot_mask;
    }
}

static inline uint32_t eg_artifact_lex(const eg_artifact *a, uint32_t h) {
    return eg_artifact_lex_fm(a, h, eg_hash_fmix32(h));
}

#endif /* EG_READER_H */
