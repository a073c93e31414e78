/* The .engram container (docs/format.md 4.3) <-> src/artifact/container.ts. Every check in its
 * order; the first failure is returned. All size arithmetic is done so that it cannot overflow
 * (u32 fields compared against the size_t buffer length). */
#include <string.h>
#include "eg_container.h"
#include "eg_crc32.h"
#include "eg_limits.h"

static const uint8_t eg_magic[8] = {0x45, 0x4E, 0x47, 0x52, 0x41, 0x4D, 0x00, 0x1A};

int eg_container_read(const uint8_t *buf, size_t len, const char (*tags)[5], uint32_t n_tags, uint32_t n_required,
                      const uint8_t **sp, uint32_t *sl, uint32_t *file_length) {
    uint32_t section_count, flen, table_end, prev_end = 0u, i, k;
    for (k = 0; k < n_tags; k++) {
        sp[k] = NULL;
        sl[k] = 0u;
    }
    if (buf == NULL || len < EG_HEADER_BYTES) {                       /* 1 */
        return EG_TRUNCATED;
    }
    if (memcmp(buf, eg_magic, sizeof(eg_magic)) != 0) {               /* 2 */
        return EG_BAD_MAGIC;
    }
    if (eg_rd_u32(buf + 8) != EG_FORMAT_VERSION) {                    /* 3 */
        return EG_UNSUPPORTED_VERSION;
    }
    section_count = eg_rd_u32(buf + 12);
    if (section_count < 1u || section_count > EG_MAX_SECTIONS) {      /* 4 */
        return EG_BAD_HEADER;
    }
    table_end = EG_HEADER_BYTES + EG_SECTION_ENTRY * section_count;   /* <= 544: no overflow */
    flen = eg_rd_u32(buf + 16);
    if (len < table_end || len < flen) {                              /* 5 */
        return EG_TRUNCATED;
    }
    if (len != flen) {                                                /* 6 */
        return EG_SIZE_MISMATCH;
    }
    if (eg_crc32_update(eg_crc32(buf, 20), buf + 24, table_end - 24u) != eg_rd_u32(buf + 20)) { /* 7 */
        return EG_HEADER_CRC_MISMATCH;
    }
    if (eg_rd_u32(buf + 24) != 0u || eg_rd_u32(buf + 28) != 0u) {     /* 8 */
        return EG_BAD_HEADER;
    }
    for (i = 0; i < section_count; i++) {                             /* 9..13, entry by entry */
        const uint8_t *e = buf + EG_HEADER_BYTES + EG_SECTION_ENTRY * i;
        uint32_t off = eg_rd_u32(e + 4), slen = eg_rd_u32(e + 8), j;
        if ((off & 15u) != 0u) {                                      /* 9 */
            return EG_SECTION_MISALIGNED;
        }
        if (off < table_end || off > flen || slen > flen - off) {     /* 10 */
            return EG_SECTION_OUT_OF_BOUNDS;
        }
        if (i > 0u && off < prev_end) {                               /* 11 */
            return EG_SECTION_OVERLAP;
        }
        for (j = 0; j < i; j++) {                                     /* 12 */
            if (memcmp(buf + EG_HEADER_BYTES + EG_SECTION_ENTRY * j, e, 4) == 0) {
                return EG_DUPLICATE_SECTION;
            }
        }
        if (eg_crc32(buf + off, slen) != eg_rd_u32(e + 12)) {         /* 13 */
            return EG_SECTION_CRC_MISMATCH;
        }
        prev_end = off + slen; /* <= flen: no overflow */
        for (k = 0; k < n_tags; k++) {
            if (memcmp(e, tags[k], 4) == 0) {
                sp[k] = buf + off;
                sl[k] = slen;
            }
        }
    }
    for (k = 0; k < n_required; k++) {                                /* 14 */
        if (sp[k] == NULL) {
            return EG_MISSING_SECTION;
        }
    }
    *file_length = flen;
    return EG_OK;
}
