/* The commands artifact (docs/format.md 4.1-4.3 and 7.1) <-> src/skills/commands/artifact.ts
 * (loadCommandsArtifact). Container checks 1-14 by eg_container.c with the commands sections;
 * check 15 with every condition of the TS loader (all of them are BAD_SECTION, so their order does
 * not change the code). The tables are then read in place. */
#include <string.h>
#include "eg_cmd.h"
#include "eg_cmd_tables.h"
#include "eg_container.h"
#include "eg_utf8.h"
#include "eg_hash.h"

static const char eg_cmd_tags[EG_CMD_S_COUNT][5] = EG_CMD_TAGS;
static const eg_cmd_unit_name eg_cmd_unit_ids[EG_CMD_UNIT_ID_COUNT] = EG_CMD_UNIT_IDS;
static const eg_cmd_unit_name eg_cmd_unit_aliases[EG_CMD_UNIT_ALIAS_COUNT] = EG_CMD_UNIT_ALIASES;

#define CFG_WORDS 17u
#define CFG_WORDS_V2 16u
#define MAX_REJECT_MARGIN (1u << 24)
#define NS_MASK_ALLOWED 0x003FFFFEu
#define KNOWN_FLAGS 15u

const uint8_t *eg_cmd_string(const eg_cmd *m, uint32_t id, uint32_t *len) {
    const uint8_t *pool = m->str + 4u + 8u * m->n_str;
    uint32_t off = eg_rd_u32(m->str + 4u + 8u * id), n = eg_rd_u32(m->str + 8u + 8u * id);
    const uint8_t *p = pool + off;
    /* TextDecoder drops a leading byte order mark. */
    if (n >= 3u && p[0] == 0xEFu && p[1] == 0xBBu && p[2] == 0xBFu) {
        p += 3;
        n -= 3u;
    }
    *len = n;
    return p;
}

static int str_eq(const uint8_t *a, uint32_t an, const char *b) {
    size_t bn = strlen(b);
    return an == bn && memcmp(a, b, bn) == 0;
}

/* normalize/tokens.ts words(name) joined by one space, into out; 0 when empty or longer than WORDS_CAP
 * (then it equals no alias). Scanned on bytes, which for valid UTF-8 is the code-point scan: every byte of
 * a non-ASCII character is >= 0x80 (a separator) except the lead bytes of the two it reads, C2 B0 and
 * E2 80 99, and a code point before a byte is an ASCII letter or digit exactly when that byte is one. */
#define WORDS_CAP 64u
static int is_digit(uint32_t c) { return c >= 0x30u && c <= 0x39u; }
static int is_letter(uint32_t c) { return (c >= 0x61u && c <= 0x7Au) || (c >= 0x41u && c <= 0x5Au); }
static int is_rquote(const uint8_t *p, uint32_t j, uint32_t n) { return j + 2u < n && p[j] == 0xE2u && p[j + 1u] == 0x80u && p[j + 2u] == 0x99u; }

static uint32_t unit_words(const uint8_t *p, uint32_t n, char *out) {
    uint32_t i = 0, o = 0;
#define PUT(ch)                   \
    do {                          \
        if (o >= WORDS_CAP) {     \
            return 0;             \
        }                         \
        out[o++] = (char)(ch);    \
    } while (0)
    while (i < n) {
        uint32_t c = p[i], j;
        int after_alnum = i > 0 && (is_digit(p[i - 1u]) || is_letter(p[i - 1u]));
        int sgn = (c == 0x2Du || c == 0x2Bu) && i + 1u < n && is_digit(p[i + 1u]) && !after_alnum;
        if (is_digit(c) || sgn) {
            j = i + 1u;
            while (j < n && (is_digit(p[j]) || ((p[j] == 0x2Eu || p[j] == 0x2Cu || p[j] == 0x3Au || p[j] == 0x2Fu) && j + 1u < n && is_digit(p[j + 1u])))) {
                j++;
            }
            if (o > 0) PUT(' ');
            for (i = c == 0x2Bu ? i + 1u : i; i < j; i++) PUT(p[i]);
        } else if (is_letter(c)) {
            if (o > 0) PUT(' ');
            j = i;
            for (;;) {
                if (j < n && is_letter(p[j])) {
                    PUT(p[j] >= 0x41u && p[j] <= 0x5Au ? p[j] + 0x20u : p[j]);
                    j++;
                } else if (j + 1u < n && p[j] == 0x27u && is_letter(p[j + 1u])) {
                    PUT(0x27u);
                    j++;
                } else if (is_rquote(p, j, n) && j + 3u < n && is_letter(p[j + 3u])) {
                    PUT(0x27u);
                    j += 3u;
                } else {
                    break;
                }
            }
            i = j;
        } else if (c == 0xC2u && i + 1u < n && p[i + 1u] == 0xB0u) {
            if (o > 0) PUT(' ');
            PUT(0xC2u);
            PUT(0xB0u);
            i += 2u;
        } else {
            i++;
        }
    }
#undef PUT
    return o;
}

/* findUnit: -1 unknown, else 1 when a temperature unit, 0 otherwise. */
static int find_unit(const uint8_t *p, uint32_t n) {
    char w[WORDS_CAP];
    uint32_t k, wn;
    for (k = 0; k < EG_CMD_UNIT_ID_COUNT; k++) {
        if (str_eq(p, n, eg_cmd_unit_ids[k].text)) {
            return eg_cmd_unit_ids[k].temp;
        }
    }
    wn = unit_words(p, n, w);
    if (wn == 0) {
        return -1;
    }
    for (k = 0; k < EG_CMD_UNIT_ALIAS_COUNT; k++) {
        if (str_eq((const uint8_t *)w, wn, eg_cmd_unit_aliases[k].text)) {
            return eg_cmd_unit_aliases[k].temp;
        }
    }
    return -1;
}

static int str_ok(const eg_cmd *m, uint32_t id) {
    return id < m->n_str;
}

int eg_cmd_load(const uint8_t *buf, size_t len, eg_cmd *out) {
    const uint8_t *sp[EG_CMD_S_COUNT];
    uint32_t sl[EG_CMD_S_COUNT];
    uint32_t k, i, words, c[CFG_WORDS], file_length = 0u;
    eg_cmd m;
    const uint8_t *d;
    uint32_t n;
    uint64_t pool_at;

    memset(out, 0, sizeof(*out));
    memset(&m, 0, sizeof(m));
    EG_CHECK(eg_container_read(buf, len, eg_cmd_tags, EG_CMD_S_COUNT, EG_CMD_S_COUNT, sp, sl, &file_length)); /* 1..14 */

    /* META */
    EG_NEED(sl[EG_CMD_S_META] >= 2u && sp[EG_CMD_S_META][0] == 0x7Bu && sp[EG_CMD_S_META][sl[EG_CMD_S_META] - 1u] == 0x7Du);

    /* CCFG */
    d = sp[EG_CMD_S_CCFG];
    n = sl[EG_CMD_S_CCFG];
    EG_NEED(n >= 8u);
    EG_NEED(eg_rd_u32(d) == 3u);
    EG_NEED(eg_rd_u32(d + 4) == 3u || eg_rd_u32(d + 4) == 2u);
    words = eg_rd_u32(d + 4) == 3u ? CFG_WORDS : CFG_WORDS_V2;
    EG_NEED(n == 4u * words);
    for (k = 0; k < CFG_WORDS; k++) {
        c[k] = k < words ? eg_rd_u32(d + 4u * k) : 0u;
    }
    m.reject_margin = c[16];
    EG_NEED(m.reject_margin <= MAX_REJECT_MARGIN);
    m.n_intents = c[2];
    m.n_slots = c[3];
    m.tag_count = c[4];
    m.tagger_bits = c[5];
    m.intent_bits = c[7];
    m.ns_mask = c[8];
    m.bloom_log2 = c[9];
    m.probes = c[10];
    m.n_str = c[11];
    m.flags = c[14];
    m.n_entities = c[15];
    EG_NEED(m.n_intents >= 1u && m.n_intents <= EG_CMD_MAX_INTENTS);
    EG_NEED(m.n_slots <= EG_CMD_MAX_SLOTS && m.tag_count == 1u + 2u * m.n_slots);
    EG_NEED(m.tagger_bits >= 8u && m.tagger_bits <= 20u);
    EG_NEED(m.intent_bits >= 6u && m.intent_bits <= 16u);
    EG_NEED((m.ns_mask & ~NS_MASK_ALLOWED) == 0u);
    EG_NEED(m.bloom_log2 >= 5u && m.bloom_log2 <= 24u && m.probes >= 1u && m.probes <= 16u);
    EG_NEED(c[12] == 64u && c[13] == EG_CMD_MAX_TOKENS && (m.flags & ~KNOWN_FLAGS) == 0u);
    EG_NEED(m.n_entities <= 0xFFFFu);
    m.cfg = d;

    /* CSTR */
    d = sp[EG_CMD_S_CSTR];
    n = sl[EG_CMD_S_CSTR];
    pool_at = 4u + 8u * (uint64_t)m.n_str;
    EG_NEED(n >= 4u && eg_rd_u32(d) == m.n_str && (uint64_t)n >= pool_at);
    for (i = 0; i < m.n_str; i++) {
        uint32_t off = eg_rd_u32(d + 4u + 8u * i), l = eg_rd_u32(d + 8u + 8u * i);
        uint32_t room = n - (uint32_t)pool_at;
        EG_NEED(off <= room && l <= room - off);
        EG_NEED(eg_utf8_valid(d + pool_at + off, l));
    }
    m.str = d;

    /* CSLT */
    EG_NEED(sl[EG_CMD_S_CSLT] == 4u * m.n_slots);
    m.cslt = sp[EG_CMD_S_CSLT];
    for (i = 0; i < m.n_slots; i++) {
        EG_NEED(str_ok(&m, eg_rd_u32(m.cslt + 4u * i)));
    }

    /* CENT */
    EG_NEED(sl[EG_CMD_S_CENT] == 8u * m.n_entities);
    m.cent = sp[EG_CMD_S_CENT];
    for (i = 0; i < m.n_entities; i++) {
        EG_NEED((eg_rd_u32(m.cent + 8u * i + 4u) & ~1u) == 0u);
        EG_NEED(str_ok(&m, eg_rd_u32(m.cent + 8u * i)));
    }

    /* CEKY, CESY */
    EG_NEED(sl[EG_CMD_S_CEKY] % 4u == 0u);
    m.ceky = sp[EG_CMD_S_CEKY];
    m.ceky_n = sl[EG_CMD_S_CEKY] / 4u;
    for (i = 1; i < m.ceky_n; i++) {
        EG_NEED(eg_rd_u32(m.ceky + 4u * i) > eg_rd_u32(m.ceky + 4u * (i - 1u)));
    }
    EG_NEED(sl[EG_CMD_S_CESY] % 8u == 0u);
    m.cesy = sp[EG_CMD_S_CESY];
    m.cesy_n = sl[EG_CMD_S_CESY] / 8u;
    for (i = 1; i < m.cesy_n; i++) {
        EG_NEED(eg_rd_u32(m.cesy + 8u * i) > eg_rd_u32(m.cesy + 8u * (i - 1u)));
    }
    for (i = 0; i < m.cesy_n; i++) {
        EG_NEED(str_ok(&m, eg_rd_u32(m.cesy + 8u * i + 4u)));
    }

    /* CISL, CSCH, CINT */
    m.cisl = sp[EG_CMD_S_CISL];
    m.cisl_len = sl[EG_CMD_S_CISL];
    m.csch = sp[EG_CMD_S_CSCH];
    EG_NEED((uint64_t)sl[EG_CMD_S_CSCH] == 12u * (uint64_t)m.cisl_len);
    EG_NEED(sl[EG_CMD_S_CINT] == 16u * m.n_intents);
    m.cint = sp[EG_CMD_S_CINT];
    {
        uint32_t list_end = 0;
        for (i = 0; i < m.n_intents; i++) {
            const uint8_t *r = m.cint + 16u * i;
            uint32_t name = eg_rd_u32(r), reason = eg_rd_u32(r + 4), flags = eg_rd_u16(r + 8), count = eg_rd_u16(r + 10),
                     first = eg_rd_u32(r + 12);
            int refuse = (flags & 1u) != 0u;
            EG_NEED(str_ok(&m, name));
            EG_NEED((flags & ~1u) == 0u);
            EG_NEED(refuse ? reason != EG_CMD_NONE : reason == EG_CMD_NONE);
            EG_NEED(first == list_end && count <= m.cisl_len - first);
            list_end = first + count;
            for (k = 0; k < count; k++) {
                uint32_t s = m.cisl[first + k];
                EG_NEED(s < m.n_slots && (k == 0 || s > m.cisl[first + k - 1u]));
            }
            if (refuse) {
                EG_NEED(str_ok(&m, reason));
            }
            for (k = 0; k < count; k++) {
                const uint8_t *q = m.csch + 12u * (first + k);
                uint32_t code = q[0], fl = q[1], dec = q[2], ent = eg_rd_u32(q + 4), unit = eg_rd_u32(q + 8);
                int temp = -1;
                EG_NEED(code < EG_CMD_T_COUNT && (fl & ~1u) == 0u && q[3] == 0u);
                EG_NEED(ent == EG_CMD_NONE || (code == EG_CMD_T_ENTITY && ent < m.n_entities));
                if (unit != EG_CMD_NONE) {
                    uint32_t ul;
                    const uint8_t *u;
                    EG_NEED(str_ok(&m, unit));
                    u = eg_cmd_string(&m, unit, &ul);
                    temp = find_unit(u, ul);
                    EG_NEED((code == EG_CMD_T_QUANTITY || code == EG_CMD_T_TEMPERATURE) && temp >= 0 &&
                         (temp == 1) == (code == EG_CMD_T_TEMPERATURE));
                }
                EG_NEED(dec == 0xFFu || (unit != EG_CMD_NONE && dec <= 6u));
            }
        }
        EG_NEED(list_end == m.cisl_len);
    }

    /* CTCN, CTBS, CTEN */
    {
        uint32_t buckets = 1u << m.tagger_bits, run = 0, b, e;
        EG_NEED(sl[EG_CMD_S_CTCN] == buckets);
        EG_NEED(sl[EG_CMD_S_CTBS] == 4u * (buckets / 64u));
        m.ctcn = sp[EG_CMD_S_CTCN];
        m.ctbs = sp[EG_CMD_S_CTBS];
        for (b = 0; b < buckets; b++) {
            if (b % 64u == 0u) {
                EG_NEED(eg_rd_u32(m.ctbs + 4u * (b / 64u)) == run);
            }
            EG_NEED(m.ctcn[b] <= m.tag_count);
            run += m.ctcn[b];
        }
        EG_NEED(run == c[6]);
        EG_NEED((uint64_t)sl[EG_CMD_S_CTEN] == 2u * (uint64_t)c[6]);
        m.cten = sp[EG_CMD_S_CTEN];
        for (e = 0; e < c[6]; e++) {
            EG_NEED(m.cten[2u * e] < m.tag_count && m.cten[2u * e + 1u] != 0x80u);
        }
    }
    /* CTRN */
    {
        uint32_t nt = (m.tag_count + 1u) * m.tag_count;
        EG_NEED(sl[EG_CMD_S_CTRN] == 2u * nt);
        m.ctrn = sp[EG_CMD_S_CTRN];
        for (i = 0; i < nt; i++) {
            EG_NEED(eg_rd_u16(m.ctrn + 2u * i) != 0x8000u);
        }
    }
    /* CINW */
    {
        uint32_t nw = (1u << m.intent_bits) * m.n_intents;
        EG_NEED(sl[EG_CMD_S_CINW] == nw);
        m.cinw = sp[EG_CMD_S_CINW];
        for (i = 0; i < nw; i++) {
            EG_NEED(m.cinw[i] != 0x80u);
        }
    }
    /* CLEX: every used slot reachable by probing and no hash twice (a second copy of a hash is met
       on its own probe path when every slot is reachable), entry count = E. */
    {
        const uint8_t *l = sp[EG_CMD_S_CLEX];
        uint32_t ln = sl[EG_CMD_S_CLEX], S, E, used = 0;
        EG_NEED(ln >= 8u);
        S = eg_rd_u32(l);
        E = eg_rd_u32(l + 4);
        EG_NEED(S >= 2u && S <= 65536u && (S & (S - 1u)) == 0u && E <= S / 2u && ln == 8u + 8u * S);
        for (i = 0; i < S; i++) {
            uint32_t h = eg_rd_u32(l + 8u + 8u * i), f = eg_rd_u32(l + 12u + 8u * i);
            EG_NEED(f <= 0xFFu && (f != 0u || h == 0u));
        }
        for (i = 0; i < S; i++) {
            uint32_t h = eg_rd_u32(l + 8u + 8u * i), f = eg_rd_u32(l + 12u + 8u * i), q;
            if (f == 0u) {
                continue;
            }
            used++;
            q = eg_hash_fmix32(h) & (S - 1u);
            while (q != i) {
                EG_NEED(eg_rd_u32(l + 12u + 8u * q) != 0u);
                EG_NEED(eg_rd_u32(l + 8u + 8u * q) != h);
                q = (q + 1u) & (S - 1u);
            }
        }
        EG_NEED(used == E);
        m.clex = l;
        m.lex_slots = S;
    }
    /* CGAZ */
    EG_NEED(sl[EG_CMD_S_CGAZ] == (1u << m.bloom_log2) / 8u);
    m.cgaz = sp[EG_CMD_S_CGAZ];

    m.oos = -1;
    for (i = 0; i < m.n_intents && m.oos < 0; i++) {
        uint32_t ln;
        const uint8_t *s = eg_cmd_string(&m, eg_rd_u32(m.cint + 16u * i), &ln);
        if (str_eq(s, ln, "out_of_scope")) {
            m.oos = (int32_t)i;
        }
    }
#if EG_CMD_MAX_INTENT_SLOTS < EG_CMD_MAX_SLOTS
    /* a build limit, not a format check: the scratch of this build cannot hold a larger intent */
    for (i = 0; i < m.n_intents; i++) {
        if (eg_rd_u16(m.cint + 16u * i + 10u) > EG_CMD_MAX_INTENT_SLOTS) {
            return EG_CMD_TOO_LARGE;
        }
    }
#endif
    *out = m;
    return EG_OK;
}
