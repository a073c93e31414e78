/* The multiple-choice artifact loader (docs/format.md 4.3-4.10) <-> src/skills/mcq/reader.ts: the
 * shared container checks 1-14 (eg_container.c), then check 15 on the MCQ sections in order. */
#include <string.h>
#include "eg_reader.h"
#include "eg_repair.h"

/* Required sections, in the order their contents are validated (check 15), then the optional RPRS
 * (format.md 4.10). */
enum { EG_SEC_META, EG_SEC_MCQC, EG_SEC_LEXN, EG_SEC_WHSH, EG_SEC_WDNS, EG_SEC_REQUIRED, EG_SEC_RPRS = EG_SEC_REQUIRED, EG_SEC_COUNT };
static const char eg_tags[EG_SEC_COUNT][5] = {"META", "MCQC", "LEXN", "WHSH", "WDNS", "RPRS"};

/* ---------------------------------------------------------------- section contents (4.4-4.8) */

static int eg_check_meta(const uint8_t *p, uint32_t len, eg_artifact *out) {
    /* structural check only, identical in both runtimes; the JSON is never parsed (format.md 4.4) */
    EG_NEED(len >= 2u && p[0] == 0x7Bu && p[len - 1u] == 0x7Du);
    out->meta = p;
    out->meta_length = len;
    return EG_OK;
}

static int eg_check_mcqc(const uint8_t *p, uint32_t len, eg_artifact *out) {
    uint32_t skill, hash_bits, ns_mask, hash_mult, dense_count, small, large, den;
    EG_NEED(len == EG_MCQC_BYTES);
    skill = eg_rd_u32(p);
    hash_bits = eg_rd_u32(p + 4);
    ns_mask = eg_rd_u32(p + 8);
    hash_mult = eg_rd_u32(p + 12);
    dense_count = eg_rd_u32(p + 16);
    small = eg_rd_u32(p + 20);
    large = eg_rd_u32(p + 24);
    den = eg_rd_u32(p + 28);
    EG_NEED(skill == 1u && hash_bits >= 8u && hash_bits <= 20u && (ns_mask & ~EG_NS_MASK_VALID) == 0u &&
            hash_mult >= 1u && hash_mult <= 4096u && dense_count == EG_DENSE_COUNT && small <= EG_LOGIC_PARAM_MAX &&
            large <= EG_LOGIC_PARAM_MAX && den >= 1u && den <= EG_LOGIC_PARAM_MAX);
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
    EG_NEED(len >= 8u);
    slots = eg_rd_u32(p);
    entries = eg_rd_u32(p + 4);
    EG_NEED(slots >= 2u && slots <= 65536u && (slots & (slots - 1u)) == 0u && entries <= slots / 2u &&
            len == 8u + 8u * slots);
    for (s = 0; s < slots; s++) {
        uint32_t hash = eg_rd_u32(p + 8u + 8u * s);
        uint32_t flags = eg_rd_u32(p + 12u + 8u * s);
        if (flags == 0u) {
            EG_NEED(hash == 0u);
        } else {
            EG_NEED((flags & ~EG_LEX_FLAGS_VALID) == 0u);
            used++;
        }
    }
    EG_NEED(used == entries);
    out->lex_slots = p + 8;
    out->lex_slot_mask = slots - 1u;
    out->lex_aligned = eg_lex_word_loads_ok(out->lex_slots);
    out->lex_entry_count = entries;
    return EG_OK;
}

static int eg_check_whsh(const uint8_t *p, uint32_t len, eg_artifact *out) {
    uint32_t i;
    EG_NEED(len == out->hash_mask + 1u);
    for (i = 0; i < len; i++) {
        EG_NEED(p[i] != 0x80u); /* -128 */
    }
    out->whsh = (const int8_t *)p;
    return EG_OK;
}

static int eg_check_wdns(const uint8_t *p, uint32_t len, eg_artifact *out) {
    uint32_t i;
    EG_NEED(len == 2u * EG_DENSE_COUNT);
    for (i = 0; i < len; i += 2u) {
        EG_NEED(!(p[i] == 0x00u && p[i + 1u] == 0x80u)); /* -32768 */
    }
    out->wdns = p;
    return EG_OK;
}

/* ---------------------------------------------------------------- container (4.1-4.3) */

int eg_artifact_load(const uint8_t *buf, size_t len, eg_artifact *out) {
    const uint8_t *sp[EG_SEC_COUNT];
    uint32_t sl[EG_SEC_COUNT], file_length = 0u;

    memset(out, 0, sizeof(*out));
    EG_CHECK(eg_container_read(buf, len, eg_tags, EG_SEC_COUNT, EG_SEC_REQUIRED, sp, sl, &file_length)); /* 1..14 */
    out->bytes = buf;                                                 /* 15 */
    out->length = file_length;
    EG_CHECK(eg_check_meta(sp[EG_SEC_META], sl[EG_SEC_META], out));
    EG_CHECK(eg_check_mcqc(sp[EG_SEC_MCQC], sl[EG_SEC_MCQC], out));
    EG_CHECK(eg_check_lexn(sp[EG_SEC_LEXN], sl[EG_SEC_LEXN], out));
    EG_CHECK(eg_check_whsh(sp[EG_SEC_WHSH], sl[EG_SEC_WHSH], out));
    EG_CHECK(eg_check_wdns(sp[EG_SEC_WDNS], sl[EG_SEC_WDNS], out));
    if (sp[EG_SEC_RPRS] != NULL) {
        EG_CHECK(eg_repair_check(sp[EG_SEC_RPRS], sl[EG_SEC_RPRS]));
        out->rprs = sp[EG_SEC_RPRS];
        out->repair_count = eg_rd_u32(sp[EG_SEC_RPRS]);
    }
    return EG_OK;
}
