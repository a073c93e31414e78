/* Unit-conversion rewrite mode <-> src/skills/commands/rewrite/rewrite.ts (docs/rewrite.md): a line of
 * UTF-8 text in, the same text out with every quantity in a unit of the direction's list replaced by its
 * exact conversion ("The trail is 5 miles." -> "The trail is 8.05 km."), byte for byte what the TS
 * rewriteUnits gives. Built on the value normalizers' scanner and parsers (eg_cmd_normalize.h token-level
 * entry points), so it links beside eg_cmd_normalize.c or eg_cmd_grammar.c. No malloc, no float: the
 * caller owns the output buffer and the scratch.
 *
 * Bytes outside the rewritten spans are copied; an ill-formed UTF-8 sequence is written as U+FFFD
 * (EF BF BD), one per maximal subpart, as the TS side sees the text through TextDecoder.
 *
 * Usage (the console, a firmware main loop):
 *     static uint8_t scratch[EG_CMD_REWRITE_SCRATCH(512)];
 *     uint8_t out[1024]; size_t n;
 *     int rc = eg_cmd_rewrite(line, len, NULL, out, sizeof out, &n, NULL, 0, NULL, scratch, sizeof scratch);
 *     rc == EG_OK: out[0..n) is the rewritten line; EG_CMD_TOO_LARGE: n is the length it needs. */
#ifndef EG_CMD_REWRITE_H
#define EG_CMD_REWRITE_H

#include <stddef.h>
#include <stdint.h>

/* Directions (rewrite.ts RewriteDirection). */
#define EG_CMD_RW_TO_METRIC 0u   /* 'to-metric': in ft yd mi oz lb st tsp tbsp floz cup pt qt gal mph F */
#define EG_CMD_RW_TO_IMPERIAL 1u /* 'to-imperial': mm cm m km g kg ml l km/h C */
#define EG_CMD_RW_DEFAULT_DECIMALS 2u
#define EG_CMD_RW_MAX_DECIMALS 6u

typedef struct eg_cmd_rw_opts {
    uint8_t direction; /* EG_CMD_RW_TO_* */
    uint8_t decimals;  /* 0..6: the converted value is rounded half away from zero, trailing zeros dropped */
} eg_cmd_rw_opts;

/* One rewritten span (rewrite.ts Rewrite): [in_start, in_end) bytes of the input became
 * [out_start, out_end) bytes of the output; from_unit / to_unit are unit indices (eg_cmd_unit_id). */
typedef struct eg_cmd_rw_span {
    uint32_t in_start, in_end;
    uint32_t out_start, out_end;
    int from_unit, to_unit;
} eg_cmd_rw_span;

/* Most input bytes one call takes (offsets are 32-bit). */
#define EG_CMD_REWRITE_MAX_LEN 0x0FFFFFFFu

/* Scratch bytes a call on `len` input bytes needs: per possible token (at most one a byte) its scanner
 * record (12), byte span (8) and segment (8), the token texts (len), alignment and the word "inches". */
#define EG_CMD_REWRITE_SCRATCH(len) (29u * (size_t)(len) + 32u)

/* rewriteUnits(text, opts): opts NULL means to-metric with 2 decimals. Writes the rewritten text to
 * out[0..cap) and its length to *out_len; when spans is not NULL, the rewrites in order to
 * spans[0..max_spans) and their count to *n_spans. Returns
 *   EG_OK                   done
 *   EG_CMD_TOO_LARGE        len > EG_CMD_REWRITE_MAX_LEN, scratch smaller than EG_CMD_REWRITE_SCRATCH(len),
 *                           or the output (or the span list) does not fit: *out_len (*n_spans) then holds
 *                           what it needs, and the buffers' contents are unspecified
 *   EG_CMD_REWRITE_OPTION   an option out of range, or NULL where a buffer is required (out_len always;
 *                           text when len > 0, out when cap > 0, scratch, n_spans with spans)
 * (eg_errors.h, generated from src/artifact/errors.ts). */
int eg_cmd_rewrite(const uint8_t *text, size_t len, const eg_cmd_rw_opts *opts, uint8_t *out, size_t cap, size_t *out_len,
                   eg_cmd_rw_span *spans, size_t max_spans, size_t *n_spans, uint8_t *scratch, size_t scratch_len);

/* The direction's k-th rewritten unit (rewrite.ts REWRITE_TARGETS): its id, with *to the target unit's id
 * and *symbol what is written after the number; NULL past the end or for an unknown direction. */
const char *eg_cmd_rewrite_target(unsigned direction, unsigned k, const char **to, const char **symbol);

#endif /* EG_CMD_REWRITE_H */
