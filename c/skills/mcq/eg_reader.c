/* The .engram container (docs/format.md section 4; version in eg_limits.h) <-> src/skills/mcq/reader.ts.
 * Every check of section 4.3 in its order; the first failure is returned. All size arithmetic
 * is done so that it cannot overflow (u32 fields compared against the size_t buffer length). */
#include <string.h>
#include "eg_reader.h"
#include "eg_crc32.h"
#include "eg_repair.h"

static const uint8_t eg_magic[8] = {0x45, 0x4E, 0x47, 0x52, 0x41, 0x4D, 0x00, 0x1A};

/* Required sections, in the order their contents are validated (check 15). */
enum { EG_SEC_META, EG_SEC_MCQC, EG_SEC_LEXN, EG_SEC_WHSH, EG_SEC_WDNS, EG_SEC_REQUIRED };
static const char eg_required_tags[EG_SEC_REQUIRED][4] = {
    {'M', 'E', 'T', 'A'}, {'M', 'C', 'Q', 'C'}, {'L', 'E', 'X', 'N'}, {'W', 'H', 'S', 'H'}, {'W', 'D', 'N', 'S'}};

/* ---------------------------------------------------------------- section contents (4.4-4.8) */

static int eg_check_meta(const uint8_t *p, uint32_t len, eg_artifact *out) {
    /* structural check only, identical in both runtimes; the JSON is never parsed (format.md 4.4) */
    if (len < 2u || p[0] != 0x7Bu || p[len - 1u] != 0x7Du) {
        return EG_BAD_SECTION;
    }
    out->meta = p;
    out->meta_length = len;
    return EG_OK;
}

static int eg_check_mcqc(const uint8_t *p, uint32_t len, eg_artifact *out) {
    uint32_t skill, hash_bits, ns_mask, hash_mult, dense_count, small, large, den;
    if (len != EG_MCQC_BYTES) {
        return EG_BAD_SECTION;
    }
    skill = eg_rd_u32(p);
    hash_bits = eg_rd_u32(p + 4);
    ns_mask = eg_rd_u32(p + 8);
    hash_mult = eg_rd_u32(p + 12);
    dense_count = eg_rd_u32(p + 16);
    small = eg_rd_u32(p + 20);
    large = eg_rd_u32(p + 24);
    den = eg_rd_u32(p + 28);
    if (skill != 1u || hash_bits < 8u || hash_bits > 20u || (ns_mask & ~EG_NS_MASK_VALID) != 0u ||
        hash_mult < 1u || hash_mult > 4096u || dense_count != EG_DENSE_COUNT || small > EG_LOGIC_PARAM_MAX ||
        large > EG_LOGIC_PARAM_MAX || den < 1u || den > EG_LOGIC_PARAM_MAX) {
        return EG_BAD_SECTION;
    }
    out->logic_small = small;
    out->logic_large = large;
    out->logic_den = den;
    out->hash_bits = hash_bits;
    out->hash_mask = (1u << hash_bits) - 1u;
    out->ns_mask = ns_mask;
    out->hash_mult = (int32_t)hash_mult;
    return EG_OK;
}

static int eg_check_lexn(const uint8_t *p, uint32_t len, eg_artifact *out) {
    uint32_t slots, entries, used = 0u, s;
    if (len < 8u) {
        return EG_BAD_SECTION;
    }
    slots = eg_rd_u32(p);
    entries = eg_rd_u32(p + 4);
    if (slots < 2u || slots > 65536u || (slots & (slots - 1u)) != 0u || entries > slots / 2u ||
        len != 8u + 8u * slots) {
        return EG_BAD_SECTION;
    }
    for (s = 0; s < slots; s++) {
        uint32_t hash = eg_rd_u32(p + 8u + 8u * s);
        uint32_t flags = eg_rd_u32(p + 12u + 8u * s);
        if (flags == 0u) {
            if (hash != 0u) {
                return EG_BAD_SECTION;
            }
        } else {
            if ((flags & ~EG_LEX_FLAGS_VALID) != 0u) {
                return EG_BAD_SECTION;
            }
            used++;
        }
    }
    if (used != entries) {
        return EG_BAD_SECTION;
    }
    out->lex_slots = p + 8;
    out->lex_slot_mask = slots - 1u;
    out->lex_aligned = eg_lex_word_loads_ok(out->lex_slots);
    out->lex_entry_count = entries;
    return EG_OK;
}

static int eg_check_whsh(const uint8_t *p, uint32_t len, eg_artifact *out) {
    uint32_t i;
    if (len != out->hash_mask + 1u) {
        return EG_BAD_SECTION;
    }
    for (i = 0; i < len; i++) {
        if (p[i] == 0x80u) { /* -128 */
            return EG_BAD_SECTION;
        }
    }
    out->whsh = (const int8_t *)p;
    return EG_OK;
}

static int eg_check_wdns(const uint8_t *p, uint32_t len, eg_artifact *out) {
    uint32_t i;
    if (len != 2u * EG_DENSE_COUNT) {
        return EG_BAD_SECTION;
    }
    for (i = 0; i < len; i += 2u) {
        if (p[i] == 0x00u && p[i + 1u] == 0x80u) { /* -32768 */
            return EG_BAD_SECTION;
        }
    }
    out->wdns = p;
    return EG_OK;
}

/* ---------------------------------------------------------------- container (4.1-4.3) */

int eg_artifact_load(const uint8_t *buf, size_t len, eg_artifact *out) {
    uint32_t section_count, file_length, table_end, prev_end = 0u, i, k, crc;
    const uint8_t *req_ptr[EG_SEC_REQUIRED];
    uint32_t req_len[EG_SEC_REQUIRED];
    const uint8_t *rprs_ptr = NULL;
    uint32_t rprs_len = 0u;

    memset(out, 0, sizeof(*out));
    for (k = 0; k < EG_SEC_REQUIRED; k++) {
        req_ptr[k] = NULL;
        req_len[k] = 0u;
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
    file_length = eg_rd_u32(buf + 16);
    if (len < table_end || len < file_length) {                       /* 5 */
        return EG_TRUNCATED;
    }
    if (len != file_length) {                                         /* 6 */
        return EG_SIZE_MISMATCH;
    }
    crc = eg_crc32_update(eg_crc32(buf, 20), buf + 24, table_end - 24u);
    if (crc != eg_rd_u32(buf + 20)) {                                 /* 7 */
        return EG_HEADER_CRC_MISMATCH;
    }
    if (eg_rd_u32(buf + 24) != 0u || eg_rd_u32(buf + 28) != 0u) {     /* 8 */
        return EG_BAD_HEADER;
    }
    for (i = 0; i < section_count; i++) {                             /* 9..13, entry by entry */
        const uint8_t *e = buf + EG_HEADER_BYTES + EG_SECTION_ENTRY * i;
        uint32_t off = eg_rd_u32(e + 4);
        uint32_t slen = eg_rd_u32(e + 8);
        uint32_t j;
        if ((off & 15u) != 0u) {                                      /* 9 */
            return EG_SECTION_MISALIGNED;
        }
        if (off < table_end || off > file_length || slen > file_length - off) { /* 10 */
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
        prev_end = off + slen; /* <= file_length: no overflow */
        for (k = 0; k < EG_SEC_REQUIRED; k++) {
            if (memcmp(e, eg_required_tags[k], 4) == 0) {
                req_ptr[k] = buf + off;
                req_len[k] = slen;
            }
        }
        if (memcmp(e, "RPRS", 4) == 0) {                              /* optional (format.md 4.10) */
            rprs_ptr = buf + off;
            rprs_len = slen;
        }
    }
    for (k = 0; k < EG_SEC_REQUIRED; k++) {                           /* 14 */
        if (req_ptr[k] == NULL) {
            return EG_MISSING_SECTION;
        }
    }
    out->bytes = buf;                                                 /* 15 */
    out->length = file_length;
    EG_CHECK(eg_check_meta(req_ptr[EG_SEC_META], req_len[EG_SEC_META], out));
    EG_CHECK(eg_check_mcqc(req_ptr[EG_SEC_MCQC], req_len[EG_SEC_MCQC], out));
    EG_CHECK(eg_check_lexn(req_ptr[EG_SEC_LEXN], req_len[EG_SEC_LEXN], out));
    EG_CHECK(eg_check_whsh(req_ptr[EG_SEC_WHSH], req_len[EG_SEC_WHSH], out));
    EG_CHECK(eg_check_wdns(req_ptr[EG_SEC_WDNS], req_len[EG_SEC_WDNS], out));
    if (rprs_ptr != NULL) {
        EG_CHECK(eg_repair_check(rprs_ptr, rprs_len));
        out->rprs = rprs_ptr;
        out->repair_count = eg_rd_u32(rprs_ptr);
    }
    return EG_OK;
}
