/* The .engram container (docs/format.md section 4.3, checks 1-14) <-> src/artifact/container.ts:
 * header, section table and CRCs, shared by every skill's loader. Each loader passes the tags it
 * knows (the first n_required must be present) and then checks its own section contents (15). */
#ifndef EG_CONTAINER_H
#define EG_CONTAINER_H

#include "eg_common.h"

#define EG_HEADER_BYTES     32u
#define EG_SECTION_ENTRY    16u
#define EG_MAX_SECTIONS     32u

/* Checks 1-13 in order, then 14 (every required tag present). On EG_OK, sp[k]/sl[k] are the
 * bytes of tags[k] in place (NULL/0 for an absent optional tag) and *file_length the file's
 * length; on an error the first failing check's code is returned. */
int eg_container_read(const uint8_t *buf, size_t len, const char (*tags)[5], uint32_t n_tags, uint32_t n_required,
                      const uint8_t **sp, uint32_t *sl, uint32_t *file_length);

#endif /* EG_CONTAINER_H */
