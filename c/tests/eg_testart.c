/* Test artifacts built in memory (see eg_testart.h). */
#include <string.h>
#include "eg_testart.h"
#include "eg_crc32.h"
#include "eg_hash.h"

const eg_testart_lex eg_testart_default_lex[] = {
    /* bits 0..7 properties, 8..19 question cues, 20..24 logic word ids (format.md 2.4, 2.9) */
    {"the", 0x1}, {"of", 0x1}, {"a", 0x1}, {"to", 0x1}, {"is", 0x1 | (11u << 20)}, {"are", 0x1 | (11u << 20)},
    {"and", 0x1 | (7u << 20)}, {"but", 0x1 | (7u << 20)}, {"or", 0x1 | (6u << 20)}, {"nor", 0x2 | (13u << 20)},
    {"either", 5u << 20}, {"both", 8u << 20}, {"neither", 0x2 | (12u << 20)}, {"as", 0x1 | (15u << 20)},
    {"therefore", 14u << 20}, {"thus", 14u << 20},
    {"not", 0x2}, {"no", 0x2 | (10u << 20)}, {"never", 0x2}, {"all", 0x4 | (9u << 20)}, {"every", 0x4 | (9u << 20)},
    {"some", 0x8}, {"most", 0x8}, {"may", 0x10}, {"might", 0x10}, {"more", 0x20}, {"than", 0x20 | 0x1},
    {"only", 0x40 | (3u << 20)}, {"unless", 0x40 | (4u << 20)}, {"if", 0x80 | 0x1 | (1u << 20)},
    {"then", 0x80 | (2u << 20)}, {"except", 0x100}, {"weaken", 0x200},
    {"weakens", 0x200}, {"strengthen", 0x400}, {"support", 0x400}, {"assumption", 0x800},
    {"explain", 0x1000}, {"flaw", 0x2000}, {"parallel", 0x4000}, {"role", 0x8000}, {"definition", 0x10000},
    {"main", 0x20000}, {"complete", 0x40000}, {"infer", 0x80000}, {"true", 0x80000}, {"cannot", 0x102},
};
const uint32_t eg_testart_default_lex_count = sizeof(eg_testart_default_lex) / sizeof(eg_testart_default_lex[0]);

eg_testart_opts eg_testart_defaults(void) {
    eg_testart_opts o;
    o.hash_bits = 10;
    o.ns_mask = 0x3FFF;
    o.hash_mult = 37;
    o.lex_slots = 128;
    o.lex = eg_testart_default_lex;
    o.lex_count = eg_testart_default_lex_count;
    o.seed = 1;
    return o;
}

static uint32_t eg_xs(uint32_t *s) {
    uint32_t x = *s;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    *s = x;
    return x;
}

static size_t eg_align16(size_t n) {
    return (n + 15u) & ~(size_t)15u;
}

size_t eg_testart_build(const eg_testart_opts *o, uint8_t *out, size_t cap) {
    static const char meta[] = "{\"skill\":\"mcq\",\"tool\":\"engram c-test\"}";
    const char *tags[5] = {"META", "MCQC", "LEXN", "WHSH", "WDNS"};
    size_t lens[5], offs[5], pos, total, i;
    uint32_t s = o->seed ? o->seed : 1u;
    uint8_t *p;

    lens[0] = sizeof(meta) - 1u;
    lens[1] = 32u;
    lens[2] = 8u + 8u * (size_t)o->lex_slots;
    lens[3] = (size_t)1u << o->hash_bits;
    lens[4] = 2u * EG_DENSE_COUNT;
    pos = 32u + 16u * 5u;
    for (i = 0; i < 5u; i++) {
        offs[i] = eg_align16(pos);
        pos = offs[i] + lens[i];
    }
    total = eg_align16(pos);
    if (total > cap) {
        return 0;
    }
    memset(out, 0, total);
    /* META */
    memcpy(out + offs[0], meta, lens[0]);
    /* MCQC */
    p = out + offs[1];
    eg_wr_u32(p, 1u);
    eg_wr_u32(p + 4, o->hash_bits);
    eg_wr_u32(p + 8, o->ns_mask);
    eg_wr_u32(p + 12, o->hash_mult);
    eg_wr_u32(p + 16, EG_DENSE_COUNT);
    eg_wr_u32(p + 20, 2u); /* logic_small, logic_large, logic_den: the shipped 2/1/3 */
    eg_wr_u32(p + 24, 1u);
    eg_wr_u32(p + 28, 3u);
    /* LEXN: linear probing from fmix32(h) */
    p = out + offs[2];
    eg_wr_u32(p, o->lex_slots);
    eg_wr_u32(p + 4, o->lex_count);
    for (i = 0; i < o->lex_count; i++) {
        uint32_t h = eg_hash_fnv1a((const uint8_t *)o->lex[i].token, strlen(o->lex[i].token), EG_FNV_OFFSET);
        uint32_t k = eg_hash_fmix32(h) & (o->lex_slots - 1u);
        while (eg_rd_u32(p + 12u + 8u * k) != 0u) {
            k = (k + 1u) & (o->lex_slots - 1u);
        }
        eg_wr_u32(p + 8u + 8u * k, h);
        eg_wr_u32(p + 12u + 8u * k, o->lex[i].flags);
    }
    /* WHSH: i8 in [-127, 127] */
    p = out + offs[3];
    for (i = 0; i < lens[3]; i++) {
        p[i] = (uint8_t)(int8_t)((int32_t)(eg_xs(&s) % 255u) - 127);
    }
    /* WDNS: i16 in [-32767, 32767], mostly small */
    p = out + offs[4];
    for (i = 0; i < EG_DENSE_COUNT; i++) {
        uint32_t r = eg_xs(&s);
        int32_t v = (r & 7u) == 0u ? (int32_t)(r % 65535u) - 32767 : (int32_t)((r >> 3) % 2001u) - 1000;
        p[2u * i] = (uint8_t)((uint32_t)v & 0xFFu);
        p[2u * i + 1u] = (uint8_t)(((uint32_t)v >> 8) & 0xFFu);
    }
    /* header + table */
    memcpy(out, "ENGRAM\0\x1A", 8);
    eg_wr_u32(out + 8, EG_FORMAT_VERSION);
    eg_wr_u32(out + 12, 5u);
    eg_wr_u32(out + 16, (uint32_t)total);
    for (i = 0; i < 5u; i++) {
        uint8_t *e = out + 32u + 16u * i;
        memcpy(e, tags[i], 4);
        eg_wr_u32(e + 4, (uint32_t)offs[i]);
        eg_wr_u32(e + 8, (uint32_t)lens[i]);
    }
    eg_testart_reseal(out, total);
    return total;
}

void eg_testart_reseal(uint8_t *buf, size_t len) {
    uint32_t count, i, table_end;
    if (len < 32u) {
        return;
    }
    count = eg_rd_u32(buf + 12);
    if (count > 32u) {
        count = 32u;
    }
    table_end = 32u + 16u * count;
    if (len < table_end) {
        return;
    }
    for (i = 0; i < count; i++) {
        uint8_t *e = buf + 32u + 16u * i;
        uint32_t off = eg_rd_u32(e + 4), slen = eg_rd_u32(e + 8);
        if (off <= len && slen <= len - off) {
            eg_wr_u32(e + 12, eg_crc32(buf + off, slen));
        }
    }
    eg_wr_u32(buf + 20, eg_crc32_update(eg_crc32(buf, 20), buf + 24, table_end - 24u));
}
