/* The .engram container v1 (docs/format.md section 4) <-> src/artifact/reader.ts.
 * eg_artifact_load validates once; afterwards the tables are read in place (zero copy). */
#ifndef EG_ARTIFACT_H
#define EG_ARTIFACT_H

#include "eg_common.h"

#define EG_HEADER_BYTES     32u
#define EG_SECTION_ENTRY    16u
#define EG_MAX_SECTIONS     32u
#define EG_MCQC_BYTES       32u
#define EG_NS_MASK_VALID    0x1FFu  /* bits 0..8 of ns_mask (format.md 2.7) */
#define EG_LEX_FLAGS_VALID  0x7FFFu /* bits 0..14 of lexicon flags (format.md 2.4) */

/* Lexicon flag bits (format.md 2.4). */
#define EG_LEX_STOP         0x0001u
#define EG_LEX_QT_SHIFT     8u      /* question cues are bits 8..14 */
#define EG_LEX_QT_MASK      0x7F00u

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
    const int8_t *whsh;          /* WHSH: i8[2^hash_bits] */
    const uint8_t *wdns;         /* WDNS: i16 LE [EG_DENSE_COUNT] */
} eg_artifact;

/* Validates buf[0, len) in the order of format.md 4.3 and fills *out. Returns EG_OK or the first
 * failing check's code (eg_err); *out is meaningful only on EG_OK. Reads only inside buf. */
int eg_artifact_load(const uint8_t *buf, size_t len, eg_artifact *out);

#endif /* EG_ARTIFACT_H */
