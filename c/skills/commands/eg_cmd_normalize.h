/* Value normalizers of the structured-commands skill (docs/commands.md "Value normalization") <->
 * src/skills/commands/normalize/. One slot's text + its schema -> a normalized value whose JSON
 * (eg_cmd_value_json) is byte for byte JSON.stringify(normalizeValue(schema, text, entities)).
 * Integer only (int64 with the TS overflow rule: no value rather than a wrong one), no malloc, no float.
 *
 * Text is UTF-8 bytes. Invalid sequences read as U+FFFD (the WHATWG decoder, as TextDecoder gives the
 * TS runtime): they separate tokens, and a 'text' value prints them as U+FFFD. */
#ifndef EG_CMD_NORMALIZE_H
#define EG_CMD_NORMALIZE_H

#include <stddef.h>
#include <stdint.h>

/* Slot types: the CSCH type byte (docs/format.md section 7, values.ts SLOT_TYPES). */
enum {
    EG_CMD_SLOT_TEXT = 0,
    EG_CMD_SLOT_ENTITY = 1,
    EG_CMD_SLOT_NUMBER = 2,
    EG_CMD_SLOT_QUANTITY = 3,
    EG_CMD_SLOT_DURATION = 4,
    EG_CMD_SLOT_TIME = 5,
    EG_CMD_SLOT_TEMPERATURE = 6
};

/* Value kinds (NormalizedValue.kind). */
typedef enum eg_cmd_kind {
    EG_CMD_V_NUMBER = 0,
    EG_CMD_V_QUANTITY,
    EG_CMD_V_TEMPERATURE,
    EG_CMD_V_DURATION,
    EG_CMD_V_TIME,
    EG_CMD_V_ENTITY,
    EG_CMD_V_TEXT
} eg_cmd_kind;

#define EG_CMD_NO_DECIMALS 0xFFu      /* CSCH decimals byte: none (2 is used) */
#define EG_CMD_NO_ENTITY   0xFFFFFFFFu /* CSCH entity: none */

/* eg_cmd_normalize's results. */
#define EG_CMD_NORM_NONE     0   /* no value (TS undefined) */
#define EG_CMD_NORM_VALUE    1   /* *out holds a value */
#define EG_CMD_NORM_ESCRATCH (-1) /* scratch smaller than EG_CMD_NORMALIZE_SCRATCH(len) */
#define EG_CMD_NORM_EARG     (-2) /* a NULL pointer where one is required, or len > EG_CMD_NORMALIZE_MAX_LEN */

/* Most text bytes one call reads (token offsets are 32-bit; slot texts are far shorter). */
#define EG_CMD_NORMALIZE_MAX_LEN 0x0FFFFFFFu

/* Scratch bytes a call on a text of `len` bytes needs (it returns EG_CMD_NORM_ESCRATCH with less): the
 * token array (12 bytes a token, at most one a byte), token texts and the canonical text. */
#define EG_CMD_NORMALIZE_SCRATCH(len) (16u * (size_t)(len) + 96u)

/* One slot's schema, as one 12-byte CSCH record gives it (the unit string id resolved by the caller). */
typedef struct eg_cmd_slot_schema {
    uint8_t type;          /* EG_CMD_SLOT_* */
    uint8_t decimals;      /* 0..6, or EG_CMD_NO_DECIMALS */
    uint32_t entity;       /* index into the resolver's entities (CENT), or EG_CMD_NO_ENTITY */
    const uint8_t *unit;   /* the unit symbol's UTF-8 ("C", "km"), NULL when the slot has none */
    size_t unit_len;
} eg_cmd_slot_schema;

/* A string table lookup: the bytes of string id `id` (artifact CSTR); 0 on success. */
typedef int (*eg_cmd_string_fn)(const void *ctx, uint32_t id, const uint8_t **ptr, size_t *len);

/* The hashed entity lists of an artifact, the section bytes as stored (little-endian, any alignment):
 *   cent: n_entities x (u32 name string id, u32 flags: bit 0 automatically extensible)
 *   ceky: n_keys x u32, strictly increasing (keys whose value is the key text itself)
 *   cesy: n_synonyms x (u32 key, u32 value string id), keys strictly increasing
 * key = feature_hash(0x61, entity index, FNV-1a(UTF-8 of the entity key)) (values.ts entityKeyHash). */
typedef struct eg_cmd_entity_resolver {
    const uint8_t *cent;
    uint32_t n_entities;
    const uint8_t *ceky;
    uint32_t n_keys;
    const uint8_t *cesy;
    uint32_t n_synonyms;
    eg_cmd_string_fn string;
    const void *ctx;
} eg_cmd_entity_resolver;

/* A byte string (not NUL-terminated). */
typedef struct eg_cmd_str {
    const uint8_t *ptr;
    size_t len;
} eg_cmd_str;

/* A normalized value. Fields by kind (the TS NormalizedValue):
 *   number:              value, scale, text
 *   quantity/temperature: value, scale, unit, text
 *   duration:            seconds (= value), text (ISO 8601)
 *   time:                minutes (= value), ambiguous, text ("HH:MM")
 *   entity:              entity (name), str (value), listed, text
 *   text:                text (the slot text trimmed; may hold invalid UTF-8, printed as U+FFFD)
 * Strings point into the caller's text, the scratch buffer, the resolver's strings or static tables:
 * valid while those are. */
typedef struct eg_cmd_value {
    eg_cmd_kind kind;
    int64_t value;      /* number/quantity/temperature: value; duration: seconds; time: minutes */
    int64_t scale;      /* 10^k, 0 <= k <= 6 */
    int ambiguous;      /* time */
    int listed;         /* entity */
    eg_cmd_str unit;    /* quantity/temperature: unit id */
    eg_cmd_str entity;  /* entity: the entity's name ("" when the slot has no list) */
    eg_cmd_str str;     /* entity: value */
    eg_cmd_str text;    /* every kind: canonical text */
} eg_cmd_value;

/* normalizeValue(schema, text, entities). entities may be NULL (no lists: entity values unlisted).
 * Returns EG_CMD_NORM_VALUE, EG_CMD_NORM_NONE or a negative EG_CMD_NORM_E*. */
int eg_cmd_normalize(const eg_cmd_slot_schema *schema, const uint8_t *text, size_t len,
                     const eg_cmd_entity_resolver *entities, eg_cmd_value *out,
                     uint8_t *scratch, size_t scratch_len);

/* JSON.stringify of the value (same key order and escaping). Writes at most cap bytes plus no NUL
 * unless room remains (then NUL-terminated); returns the full length (output truncated if >= cap). */
size_t eg_cmd_value_json(const eg_cmd_value *v, char *out, size_t cap);

/* formatFixed(value, scale) into out (NUL-terminated when it fits); returns the length, 0 when scale
 * is not 10^0..10^6 or |value| > 10^15 - 1. */
size_t eg_cmd_format_fixed(int64_t value, int64_t scale, char *out, size_t cap);

/* ---- Token-level entry points, for modes built on the normalizers' own scanner and parsers (the unit
 * rewrite, eg_cmd_rewrite.c) <-> normalize/tokens.ts scan, number.ts parseNumberAt, quantity.ts unitAt,
 * parseQuantityAt (all dimensions) and convert. Unit indices are positions in units.ts UNITS. */

/* A scanner token: its text (lowercased, '\u2019' read as '\'') is tb[off, off + len). */
typedef struct eg_cmd_scan_tok {
    uint32_t off;
    uint32_t len;
    uint32_t kind; /* EG_CMD_TK_* */
} eg_cmd_scan_tok;
enum { EG_CMD_TK_NUM = 0, EG_CMD_TK_WORD = 1, EG_CMD_TK_SYM = 2 };

typedef struct eg_cmd_scan_toks {
    const uint8_t *tb;
    const eg_cmd_scan_tok *t;
    uint32_t n;
} eg_cmd_scan_toks;

/* scan(p[0..n)): at most cap_t tokens into t, their texts into tb (at most cap_b bytes; n suffices).
 * src, when not NULL (2 x cap_t entries), gets each token's byte span [start, end) in p (a '+' sign
 * is in the span, not in the text). Returns the token count, or -1 when a capacity is too small. */
long eg_cmd_scan(const uint8_t *p, size_t n, eg_cmd_scan_tok *t, size_t cap_t, uint8_t *tb, size_t cap_b, uint32_t *src);

/* parseNumberAt(tokens, i): 1 with value / scale (reduced) and the index after it, else 0. */
int eg_cmd_number_at(const eg_cmd_scan_toks *T, uint32_t i, int64_t *value, int64_t *scale, uint32_t *end);

/* unitAt(tokens, i) over every dimension: the unit index (and the index after it), or -1. */
int eg_cmd_unit_at(const eg_cmd_scan_toks *T, uint32_t i, uint32_t *end);

/* parseQuantityAt(tokens, i) over every dimension: 1 with value / scale, the unit index (-1 when none)
 * and the index after it, else 0. */
int eg_cmd_quantity_at(const eg_cmd_scan_toks *T, uint32_t i, int64_t *value, int64_t *scale, int *unit, uint32_t *end);

/* convert(value / scale, from, to, decimals): 1 with *out (at scale 10^decimals), 0 across dimensions
 * or on overflow. */
int eg_cmd_convert_units(int64_t value, int64_t scale, int from, int to, int decimals, int64_t *out);

/* The unit whose id is exactly id[0..len) (case-sensitive), or -1; a unit's id, NULL out of range. */
int eg_cmd_unit_by_id(const char *id, size_t len);
const char *eg_cmd_unit_id(int unit);

#endif /* EG_CMD_NORMALIZE_H */
