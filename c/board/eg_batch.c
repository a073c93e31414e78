/* The compiled probe batch (docs/format.md section 5). */
#include <string.h>
#include "eg_batch.h"
#include "eg_crc32.h"

static const uint8_t eg_batch_magic[8] = {0x45, 0x47, 0x42, 0x41, 0x54, 0x43, 0x48, 0x1A}; /* EGBATCH SUB */

/* Reads one item at body[*pos] without trusting any length; returns 1 and advances *pos. */
static int eg_batch_read_item(const uint8_t *body, uint32_t body_len, uint32_t *pos, eg_item *item, int *answer) {
    uint32_t p = *pos, nopt, ans, f;
    eg_span *fields[2 + EG_MAX_OPTIONS];
    if (body_len - p < 2u) {
        return 0;
    }
    nopt = body[p];
    ans = body[p + 1u];
    p += 2u;
    if (nopt < EG_MIN_OPTIONS || nopt > EG_MAX_OPTIONS || (ans != EG_BATCH_NO_ANSWER && ans >= nopt)) {
        return 0;
    }
    fields[0] = &item->context;
    fields[1] = &item->question;
    for (f = 0; f < nopt; f++) {
        fields[2u + f] = &item->options[f];
    }
    for (f = 0; f < 2u + nopt; f++) {
        uint32_t flen;
        if (body_len - p < 4u) {
            return 0;
        }
        flen = eg_rd_u32(body + p);
        p += 4u;
        if (flen > body_len - p) {
            return 0;
        }
        fields[f]->ptr = body + p;
        fields[f]->len = flen;
        p += flen;
    }
    for (f = nopt; f < EG_MAX_OPTIONS; f++) {
        item->options[f].ptr = NULL;
        item->options[f].len = 0u;
    }
    item->option_count = nopt;
    *answer = ans == EG_BATCH_NO_ANSWER ? -1 : (int)ans;
    *pos = p;
    return 1;
}

int eg_batch_open(const uint8_t *buf, size_t len, eg_batch *out) {
    uint32_t body_len, count, i, pos = 0u;
    eg_item item;
    int answer;
    memset(out, 0, sizeof(*out));
    if (buf == NULL || len < EG_BATCH_HEADER_BYTES) {
        return EG_BATCH_TRUNCATED;
    }
    if (memcmp(buf, eg_batch_magic, sizeof(eg_batch_magic)) != 0) {
        return EG_BATCH_BAD_MAGIC;
    }
    if (eg_rd_u32(buf + 8) != EG_BATCH_VERSION) {
        return EG_BATCH_UNSUPPORTED_VERSION;
    }
    count = eg_rd_u32(buf + 12);
    body_len = eg_rd_u32(buf + 16);
    if ((size_t)body_len != len - EG_BATCH_HEADER_BYTES) {
        return EG_BATCH_TRUNCATED;
    }
    if (eg_crc32(buf + EG_BATCH_HEADER_BYTES, body_len) != eg_rd_u32(buf + 20)) {
        return EG_BATCH_CRC_MISMATCH;
    }
    for (i = 0; i < count; i++) {
        if (!eg_batch_read_item(buf + EG_BATCH_HEADER_BYTES, body_len, &pos, &item, &answer)) {
            return EG_BATCH_BAD_ITEM;
        }
    }
    if (pos != body_len) {
        return EG_BATCH_BAD_ITEM;
    }
    out->body = buf + EG_BATCH_HEADER_BYTES;
    out->body_length = body_len;
    out->item_count = count;
    out->crc = eg_rd_u32(buf + 20);
    return EG_OK;
}

void eg_batch_iter_init(eg_batch_iter *it, const eg_batch *b) {
    it->batch = b;
    it->pos = 0u;
    it->index = 0u;
}

int eg_batch_next(eg_batch_iter *it, eg_item *item, int *answer) {
    if (it->index >= it->batch->item_count) {
        return 0;
    }
    if (!eg_batch_read_item(it->batch->body, it->batch->body_length, &it->pos, item, answer)) {
        return 0;
    }
    it->index++;
    return 1;
}
