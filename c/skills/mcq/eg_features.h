/* Per-item features of the multiple-choice skill (docs/format.md sections 2.4-2.7)
 * <-> src/skills/mcq/features.ts: tokens, lexicon flags, qtype, the item token table, per-option
 * quantities and the hashed + dense feature sums. All state lives in a caller-owned eg_scratch. */
#ifndef EG_FEATURES_H
#define EG_FEATURES_H

#include "eg_common.h"
#include "eg_reader.h"
#include "eg_logic.h"

/* A byte string: ptr may be NULL only when len = 0. Not NUL-terminated; any bytes allowed. */
typedef struct eg_span {
    const uint8_t *ptr;
    uint32_t len;
} eg_span;

/* One multiple-choice item, as raw UTF-8 (or arbitrary) bytes. */
typedef struct eg_item {
    eg_span context;
    eg_span question;
    eg_span options[EG_MAX_OPTIONS]; /* [option_count] used */
    uint32_t option_count;           /* 2..8 */
} eg_item;

#define EG_TT_MASK_CONTEXT  0x100u  /* token table mask bit 8: appears in the context */
#define EG_TT_MASK_QUESTION 0x200u  /* token table mask bit 9: appears in the question */
#define EG_TT_SLOT_MASK    (EG_TOKEN_TABLE_SLOTS - 1u)
#define EG_SLOT_STOP       0xFFFFu  /* opt_slot: a STOP token (not a content token) */
#define EG_SLOT_DROPPED    0xFFFEu  /* opt_slot: a content token the full table did not take */

/* Caller-owned working memory for one item at a time (about 24 KB; no malloc anywhere). */
typedef struct eg_scratch {
    uint32_t tt_hash[EG_TOKEN_TABLE_SLOTS];  /* item token table: token hash per slot */
    uint16_t tt_mask[EG_TOKEN_TABLE_SLOTS];  /* bit i (0..7): in option i, bit 8: in context; 0 = empty */
    uint32_t tt_count;                       /* distinct tokens stored, <= EG_TOKEN_TABLE_MAX_ENTRIES */
    uint32_t tok[EG_MAX_OPTIONS * EG_MAX_OPTION_TOKENS];      /* option i's token hashes at [i*128, +ntok[i]);
                                                                 also holds context/question tokens first */
    uint16_t opt_slot[EG_MAX_OPTIONS * EG_MAX_OPTION_TOKENS]; /* token table slot of each option token,
                                                                 or EG_SLOT_STOP / EG_SLOT_DROPPED */
    uint32_t ntok[EG_MAX_OPTIONS];           /* tokens per option (after the token limit) */
    uint32_t len[EG_MAX_OPTIONS];            /* option byte length after truncation */
    uint32_t oflags[EG_MAX_OPTIONS];         /* OR of the lexicon flags of option i's tokens */
    uint32_t content[EG_MAX_OPTIONS];        /* per-option quantities (format.md 2.6) */
    uint32_t ctx_hits[EG_MAX_OPTIONS];
    uint32_t opt_hits[EG_MAX_OPTIONS];
    uint32_t q_hits[EG_MAX_OPTIONS];
    uint8_t verdict[EG_MAX_OPTIONS];         /* deductive module verdicts (format.md 2.9) */
    uint32_t option_count;
    uint32_t qtype;                          /* 0..12 */
    eg_logic logic;                          /* the deductive module's working memory */
} eg_scratch;

/* Tokenizes the item, builds the token table, the per-option token data and quantities, and runs
 * the deductive module when qt_logic is enabled. */
int eg_features_prepare(const eg_artifact *a, const eg_item *item, eg_scratch *s);

/* score_i = hash_mult * hsum_i + dsum_i for option i < s->option_count (format.md 2.8). */
int32_t eg_features_option_score(const eg_artifact *a, const eg_scratch *s, uint32_t i);

#endif /* EG_FEATURES_H */
