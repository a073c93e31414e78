/* CRC-32/ISO-HDLC of the .engram container (docs/format.md section 1.5). */
#ifndef EG_CRC32_H
#define EG_CRC32_H

#include "eg_common.h"

/* CRC-32 of bytes[0, len). */
uint32_t eg_crc32(const uint8_t *bytes, size_t len);

/* Continues a CRC: eg_crc32_update(eg_crc32(a), b) = eg_crc32(a || b); start from 0. */
uint32_t eg_crc32_update(uint32_t crc, const uint8_t *bytes, size_t len);

#endif /* EG_CRC32_H */
