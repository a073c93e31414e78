/* The verifier's batch file (src/board/ifeval-verify-native.ts encodeVerifyBatch), read in place by the
 * host driver and the board firmware alike: "EGIV", u32 version 1, u32 rows, then per row the
 * instructions (id, kwargs) and the prompt and response as (u32 length, bytes). */
#ifndef EG_IFV_BATCH_H
#define EG_IFV_BATCH_H

#include "eg_ifv.h"

#ifndef EG_IFV_BATCH_MAX_KW
#define EG_IFV_BATCH_MAX_KW 16u   /* kwargs of one instruction */
#endif
#ifndef EG_IFV_BATCH_MAX_LIST
#define EG_IFV_BATCH_MAX_LIST 64u /* strings of one list kwarg */
#endif

typedef struct eg_ifv_batch {
    const uint8_t *b;
    size_t n, i;
    uint32_t rows, row;
    int bad;
} eg_ifv_batch;

/* One row: its instructions point into the batch bytes. `too_many`: more instructions, kwargs or list
 * strings than these arrays hold (the row is refused with EG_IFV_TOO_LARGE). */
typedef struct eg_ifv_batch_row {
    eg_ifv_instr ins[EG_IFV_MAX_INSTR];
    eg_ifv_kwarg kws[EG_IFV_MAX_INSTR][EG_IFV_BATCH_MAX_KW];
    eg_ifv_bytes lists[EG_IFV_MAX_INSTR][EG_IFV_BATCH_MAX_KW][EG_IFV_BATCH_MAX_LIST];
    uint32_t n;
    int too_many;
    eg_ifv_bytes prompt, response;
} eg_ifv_batch_row;

/* EG_OK, or EG_IFV_BAD_DATA for a missing magic or another version. */
int eg_ifv_batch_open(eg_ifv_batch *r, const uint8_t *b, size_t n);
/* 1 with the next row, 0 after the last one (with the bytes all read), or -EG_IFV_BAD_DATA. */
int eg_ifv_batch_next(eg_ifv_batch *r, eg_ifv_batch_row *row);

#endif /* EG_IFV_BATCH_H */
