/* The compiled probe batch (docs/format.md section 5) <-> src/board/batch.ts: items as raw
 * length-prefixed bytes, read in place by the native CLI and the firmware. */
#ifndef EG_BATCH_H
#define EG_BATCH_H

#include "eg_common.h"
#include "eg_features.h"

#define EG_BATCH_HEADER_BYTES 24u
#define EG_BATCH_VERSION      1u
#define EG_BATCH_NO_ANSWER    0xFFu

typedef struct eg_batch {
    const uint8_t *body;   /* the items, [0, body_length) */
    uint32_t body_length;
    uint32_t item_count;
    uint32_t crc;          /* body CRC-32 as stored (and verified) */
} eg_batch;

typedef struct eg_batch_iter {
    const eg_batch *batch;
    uint32_t pos;          /* byte offset of the next item in body */
    uint32_t index;        /* index of the next item */
} eg_batch_iter;

/* Validates the whole batch (header, CRC, every item's bounds) and fills *out. Returns EG_OK or the
 * first failing check's EG_BATCH_* code (eg_errors.h; src/board/batch.ts BatchError has the same). */
int eg_batch_open(const uint8_t *buf, size_t len, eg_batch *out);

void eg_batch_iter_init(eg_batch_iter *it, const eg_batch *b);

/* Reads the next item into *item and its answer (0..7, or -1 when absent) into *answer.
 * Returns 1 for an item, 0 at the end (or on a malformed item: eg_batch_open rejects those). */
int eg_batch_next(eg_batch_iter *it, eg_item *item, int *answer);

#endif /* EG_BATCH_H */
