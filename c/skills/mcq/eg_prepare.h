/* Item tables of the multiple-choice skill, built once per item (docs/format.md sections 2.3-2.6,
 * 2.9) <-> src/skills/mcq/prepare.ts: tokens, lexicon flags, the question type, the item token
 * table, per-option quantities and the deductive module's verdicts. Option scores
 * (eg_features.c) and repairs (eg_repair.c) then only read these tables. All state lives in a
 * caller-owned eg_scratch. */
#ifndef EG_PREPARE_H
#define EG_PREPARE_H

#include "eg_common.h"
#include "eg_reader.h"
#include "eg_logic.h"
#include "eg_token_table.h"

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

#define EG_SLOT_STOP       0xFFFFu        /* opt_slot: a STOP token (not a content token) */
#define EG_SLOT_DROPPED    EG_TT_DROPPED  /* opt_slot: a content token the full table did not take */
typedef char eg_assert_counts_fit_u16[(EG_MAX_OPTION_TOKENS <= 0xFFFFu && EG_MAX_OPTION_BYTES <= 0xFFFFu) ? 1 : -1];

/* Caller-owned working memory for one item at a time (about 24 KB; no malloc anywhere). It needs
 * no initialization: static storage or leftovers of an earlier item both work (eg_tt_begin). */
typedef struct eg_scratch {
    eg_tt tt;                                /* the item token table (format.md 2.5) */
    uint32_t tok[EG_MAX_OPTIONS * EG_MAX_OPTION_TOKENS];      /* option i's token hashes at [i*128, +ntok[i]);
                                                                 also holds context/question tokens first */
    uint16_t opt_slot[EG_MAX_OPTIONS * EG_MAX_OPTION_TOKENS]; /* token table slot of each option token,
                                                                 or EG_SLOT_STOP / EG_SLOT_DROPPED */
    uint32_t oflags[EG_MAX_OPTIONS];         /* OR of the lexicon flags of option i's tokens */
    /* 16 bits suffice (<= 128 tokens, <= 1024 bytes) and keep the board's RAM within budget */
    uint16_t ntok[EG_MAX_OPTIONS];           /* tokens per option (after the token limit) */
    uint16_t len[EG_MAX_OPTIONS];            /* option byte length after truncation */
    uint16_t content[EG_MAX_OPTIONS];        /* per-option quantities (format.md 2.6) */
    uint16_t ctx_hits[EG_MAX_OPTIONS];
    uint16_t opt_hits[EG_MAX_OPTIONS];
    uint16_t q_hits[EG_MAX_OPTIONS];
    uint8_t verdict[EG_MAX_OPTIONS];         /* deductive module verdicts (format.md 2.9) */
    uint32_t option_count;
    uint32_t qtype;                          /* 0..12 */
    eg_logic logic;                          /* the deductive module's working memory */
} eg_scratch;

/* Tokenizes the item, builds the token table, the per-option token data and quantities, and runs
 * the deductive module when qt_logic is enabled. EG_OK or EG_BAD_ITEM. */
int eg_prepare_item(const eg_artifact *a, const eg_item *item, eg_scratch *s);

#endif /* EG_PREPARE_H */
