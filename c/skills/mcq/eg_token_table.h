/* The item token table (docs/format.md section 2.5) <-> src/skills/mcq/token-table.ts: an
 * open-addressing set of the item's content token hashes, each with a mask of where it occurs.
 *
 * A generation number in the top bits of every slot's mask tells live slots from stale ones, so a
 * new item starts by bumping the generation instead of clearing 4 KB of masks (on the board a
 * byte-loop memset of the masks was a fifth of an item's instructions). The masks are cleared
 * only when the generation wraps, once every EG_TT_GEN_MAX items. */
#ifndef EG_TOKEN_TABLE_H
#define EG_TOKEN_TABLE_H

#include <string.h>
#include "eg_common.h"
#include "eg_hash.h"

#define EG_TT_MASK_CONTEXT  0x100u  /* mask bit 8: appears in the context */
#define EG_TT_MASK_QUESTION 0x200u  /* mask bit 9: appears in the question */
#define EG_TT_MASK_OPTIONS  ((1u << EG_MAX_OPTIONS) - 1u) /* bits 0..7: the options */
#define EG_TT_GEN_SHIFT     10u     /* bits 10..15: the generation that wrote the slot */
#define EG_TT_BITS          ((1u << EG_TT_GEN_SHIFT) - 1u)
#define EG_TT_GEN_MAX       ((0xFFFFu >> EG_TT_GEN_SHIFT))   /* 63 */
#define EG_TT_SLOT_MASK     (EG_TOKEN_TABLE_SLOTS - 1u)
#define EG_TT_READY         0x54544731u /* "1GTT": mask[] holds only generations <= gen */
#define EG_TT_DROPPED       0xFFFEu     /* eg_tt_insert: a new token the full table did not take */

typedef char eg_assert_tt_bits_fit[(EG_MAX_OPTIONS + 2u <= EG_TT_GEN_SHIFT) ? 1 : -1];
typedef char eg_assert_tt_slots_fit_u16[(EG_TOKEN_TABLE_SLOTS < EG_TT_DROPPED) ? 1 : -1];

typedef struct eg_tt {
    uint32_t hash[EG_TOKEN_TABLE_SLOTS]; /* token hash per slot */
    uint16_t mask[EG_TOKEN_TABLE_SLOTS]; /* generation << 10 | where the token occurs; stale = empty */
    uint32_t count;                      /* distinct tokens this item, <= EG_TOKEN_TABLE_MAX_ENTRIES */
    uint32_t gen;                        /* this item's generation, 1..EG_TT_GEN_MAX */
    uint32_t ready;                      /* EG_TT_READY once the masks were cleared; any other value
                                            (a scratch that was never used) forces a clear */
} eg_tt;

/* Starts a new item: an empty table. */
static inline void eg_tt_begin(eg_tt *t) {
    if (t->ready != EG_TT_READY || t->gen >= EG_TT_GEN_MAX) {
        memset(t->mask, 0, sizeof(t->mask));
        t->gen = 0u;
        t->ready = EG_TT_READY;
    }
    t->gen++;
    t->count = 0u;
}

/* Inserts token h (fm = fmix32(h)) with mask bit m. Returns its slot, or EG_TT_DROPPED when the
 * table already holds EG_TOKEN_TABLE_MAX_ENTRIES tokens and h is new. */
static inline uint32_t eg_tt_insert(eg_tt *t, uint32_t h, uint32_t fm, uint32_t m) {
    uint32_t k = fm & EG_TT_SLOT_MASK;
    uint32_t live = t->gen << EG_TT_GEN_SHIFT;
    for (;;) {
        uint32_t mk = t->mask[k];
        if ((mk & ~EG_TT_BITS) != live) {
            if (t->count >= EG_TOKEN_TABLE_MAX_ENTRIES) {
                return EG_TT_DROPPED;
            }
            t->hash[k] = h;
            t->mask[k] = (uint16_t)(live | m);
            t->count++;
            return k;
        }
        if (t->hash[k] == h) {
            t->mask[k] = (uint16_t)(mk | m);
            return k;
        }
        k = (k + 1u) & EG_TT_SLOT_MASK;
    }
}

/* Where token h occurs (mask bits 0..9), 0 when it is not in the table. */
static inline uint32_t eg_tt_lookup(const eg_tt *t, uint32_t h) {
    uint32_t k = eg_hash_fmix32(h) & EG_TT_SLOT_MASK;
    uint32_t live = t->gen << EG_TT_GEN_SHIFT;
    for (;;) {
        uint32_t mk = t->mask[k];
        if ((mk & ~EG_TT_BITS) != live) {
            return 0u;
        }
        if (t->hash[k] == h) {
            return mk & EG_TT_BITS;
        }
        k = (k + 1u) & EG_TT_SLOT_MASK;
    }
}

/* The occurrence bits of a slot returned by eg_tt_insert this item. */
static inline uint32_t eg_tt_bits(const eg_tt *t, uint32_t slot) {
    return t->mask[slot] & EG_TT_BITS;
}

#endif /* EG_TOKEN_TABLE_H */
