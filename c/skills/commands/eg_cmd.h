/* The structured-commands runtime in C99 (docs/format.md section 7) <-> src/skills/commands/
 * (artifact.ts loadCommandsArtifact, runtime.ts CommandsRuntime.parse). No malloc, no float: the
 * artifact is read in place, the working memory is a caller-owned eg_cmd_scratch, and the frame is
 * written as JSON byte-identical to JSON.stringify(frame) in TypeScript.
 *
 * Query text: UTF-8 bytes, decoded as the WHATWG decoder (TextDecoder, non-fatal, BOM kept) does it:
 * every maximal invalid subpart becomes one U+FFFD. Offsets are code points of the decoded text.
 *
 * Values come from the value normalizers (eg_cmd_normalize.h, linked with EG_CMD_HAVE_NORMALIZE 1);
 * built without them, typed slots get no value (so a required typed slot is "missing"). The grammar
 * classes (feature_flags bits 1 and 3) need the normalizers' parse-at functions (EG_CMD_HAVE_GRAMMAR
 * 1, eg_cmd_grammar.c): built without them, an artifact that uses grammar classes is refused by
 * eg_cmd_parse with EG_CMD_NO_GRAMMAR. */
#ifndef EG_CMD_H
#define EG_CMD_H

#include "eg_common.h"
#include "eg_utf8.h"

#ifndef EG_CMD_HAVE_NORMALIZE
#define EG_CMD_HAVE_NORMALIZE 0
#endif
/* Grammar classes (eg_cmd_grammar.c over the normalizers' parse-at functions). */
#ifndef EG_CMD_HAVE_GRAMMAR
#define EG_CMD_HAVE_GRAMMAR 0
#endif

#define EG_CMD_MAX_TOKENS 64      /* tokenize.ts MAX_TOKENS */
#define EG_CMD_MAX_SLOTS 127      /* tags.ts MAX_SLOTS */
#define EG_CMD_MAX_TAGS 255       /* 1 + 2 * MAX_SLOTS */
#define EG_CMD_MAX_INTENTS 255
#define EG_CMD_MAX_GAZ_SPAN 10    /* gazetteer.ts MAX_GAZ_SPAN */
#define EG_CMD_NONE 0xFFFFFFFFu

/* Slots one intent may allow: the Viterbi runs over the intent's allowed tags (1 + 2 per slot), so
 * its tables are sized by this, not by all tags. The host keeps the format's bound (never a
 * refusal); a board build lowers it (-DEG_CMD_MAX_INTENT_SLOTS=N, docs/board.md) and eg_cmd_load then
 * refuses an artifact with a larger intent with EG_CMD_TOO_LARGE, after every format check. */
#ifndef EG_CMD_MAX_INTENT_SLOTS
#define EG_CMD_MAX_INTENT_SLOTS EG_CMD_MAX_SLOTS
#endif
#define EG_CMD_MAX_ALLOWED (1 + 2 * EG_CMD_MAX_INTENT_SLOTS)
#define EG_CMD_NOT_ALLOWED 0xFFu /* eg_cmd_scratch.aidx of a tag the intent does not allow */
#define EG_CMD_GAZ_WORDS ((4 * EG_CMD_MAX_INTENT_SLOTS + 31) / 32) /* 4 gazetteer codes per intent slot */

/* Feature flags (CCFG word 14, model.ts). */
#define EG_CMD_FLAG_INTENT_GAZ 1u
#define EG_CMD_FLAG_GRAMMAR 2u
#define EG_CMD_FLAG_CAPS 4u
#define EG_CMD_FLAG_INTENT_CLASSES 8u

/* Slot types (CSCH byte 0, values.ts SLOT_TYPES). */
enum { EG_CMD_T_TEXT = 0, EG_CMD_T_ENTITY, EG_CMD_T_NUMBER, EG_CMD_T_QUANTITY, EG_CMD_T_DURATION, EG_CMD_T_TIME, EG_CMD_T_TEMPERATURE, EG_CMD_T_COUNT };

/* eg_cmd_parse statuses (src/artifact/errors.ts, module commands): EG_CMD_NO_GRAMMAR when the artifact
 * uses grammar classes and the build has none; EG_CMD_TOO_LARGE when the query exceeds a working-memory
 * limit (EG_CMD_GRAM_CPS, EG_CMD_NORM_SCRATCH) or the JSON does not fit the output buffer. */

/* Normalizer scratch in eg_cmd_scratch: enough for any slot text of (EG_CMD_NORM_SCRATCH - 96) / 16 bytes
 * (EG_CMD_NORMALIZE_SCRATCH); a longer slot text makes eg_cmd_parse return EG_CMD_TOO_LARGE. */
#ifndef EG_CMD_NORM_SCRATCH
#define EG_CMD_NORM_SCRATCH (64u * 1024u)
#endif

/* A loaded artifact: pointers into the caller's bytes (which must outlive it). */
typedef struct eg_cmd {
    const uint8_t *cfg, *str, *cint, *cisl, *csch, *cslt, *ctcn, *ctbs, *cten, *ctrn, *cinw, *clex, *cgaz, *cent, *ceky, *cesy;
    uint32_t cisl_len, ceky_n, cesy_n;
    uint32_t n_intents, n_slots, tag_count, tagger_bits, intent_bits, ns_mask, bloom_log2, probes, n_str, flags, n_entities;
    uint32_t reject_margin;
    uint32_t lex_slots;
    int32_t oos; /* index of the first intent named out_of_scope, or -1 */
} eg_cmd;

/* One token of the query (tokenize.ts Token), with what the features need of its code points. */
typedef struct eg_cmd_token {
    uint32_t start, end;           /* code points [start, end) */
    uint32_t bstart, bend;         /* bytes of the query [bstart, bend) */
    uint32_t hash;                 /* FNV-1a of the lowered UTF-8 */
    uint32_t shape;                /* features.ts shapeHash */
    uint32_t pre2, pre3, suf2, suf3, suf4;
    uint32_t ncp;                  /* code points */
    uint32_t first_cp;
    uint8_t punct;
} eg_cmd_token;

/* Grammar classes: the tokens' text up to the last token's end, at most EG_CMD_GRAM_CPS code points
 * (a longer one makes eg_cmd_parse return EG_CMD_TOO_LARGE), and its scanner tokens. */
#ifndef EG_CMD_GRAM_CPS
#define EG_CMD_GRAM_CPS 2048u
#endif
typedef struct eg_cmd_gram_scratch {
    uint32_t cps[EG_CMD_GRAM_CPS];
    uint32_t start[EG_CMD_GRAM_CPS], end[EG_CMD_GRAM_CPS]; /* scanner token spans (code points) */
    uint32_t tk[3u * EG_CMD_GRAM_CPS];                      /* scanner tokens (off, len, kind), eg_cmd_grammar.c */
    uint8_t tb[2u * EG_CMD_GRAM_CPS];                       /* their texts */
    uint32_t num_fail[(EG_CMD_GRAM_CPS + 31u) / 32u];       /* scanner tokens where a number cannot start (a memo) */
} eg_cmd_gram_scratch;

/* Working memory of one parse (278 KB on the host, 46.5 KB with the board limits of
 * c/mk/commands-board.mk; caller-owned, reused across queries). */
typedef struct eg_cmd_scratch {
    eg_cmd_token tok[EG_CMD_MAX_TOKENS];
    uint32_t n_tok;
    uint32_t lex[EG_CMD_MAX_TOKENS];
    uint8_t caps[EG_CMD_MAX_TOKENS];
    uint8_t gbits[EG_CMD_MAX_TOKENS], gbegins[EG_CMD_MAX_TOKENS];
    uint32_t gaz[EG_CMD_MAX_TOKENS][EG_CMD_GAZ_WORDS]; /* (slot, code) marks: bit 4*k + code - 1 for the k-th intent slot */
    uint32_t gaz_prefix[EG_CMD_MAX_INTENT_SLOTS];        /* the gazetteer key's hash prefix of each intent slot */
    int32_t iscore[EG_CMD_MAX_INTENTS];
    uint8_t allowed[EG_CMD_MAX_ALLOWED];
    uint8_t aidx[256];                   /* tag -> index in allowed (< EG_CMD_MAX_ALLOWED <= 255), or EG_CMD_NOT_ALLOWED */
    int32_t emit[EG_CMD_MAX_TOKENS * EG_CMD_MAX_ALLOWED]; /* [token][allowed index] */
    uint8_t back[EG_CMD_MAX_TOKENS * EG_CMD_MAX_ALLOWED];
    int16_t trn[(1 + EG_CMD_MAX_INTENT_SLOTS) * EG_CMD_MAX_ALLOWED]; /* [O or B tag][from] transitions between allowed tags */
    int32_t vprev[EG_CMD_MAX_ALLOWED], vcur[EG_CMD_MAX_ALLOWED];
    uint8_t vok_prev[EG_CMD_MAX_ALLOWED], vok_cur[EG_CMD_MAX_ALLOWED];
    uint8_t path[EG_CMD_MAX_TOKENS];
#if EG_CMD_HAVE_NORMALIZE
    uint8_t norm[EG_CMD_NORM_SCRATCH];
#endif
#if EG_CMD_HAVE_GRAMMAR
    eg_cmd_gram_scratch gram;
#endif
} eg_cmd_scratch;

/* The decision besides the JSON (for tests and the board). */
typedef struct eg_cmd_result {
    uint32_t intent;
    int rejected;
    uint32_t n_tok;
} eg_cmd_result;

/* Loads and validates (checks 1-15 as loadCommandsArtifact); EG_OK or the TS loader's error code, or
 * EG_CMD_TOO_LARGE for a valid artifact with an intent of more than EG_CMD_MAX_INTENT_SLOTS slots. */
int eg_cmd_load(const uint8_t *buf, size_t len, eg_cmd *out);

/* A CSTR string (a leading BOM dropped, as TextDecoder does). */
const uint8_t *eg_cmd_string(const eg_cmd *m, uint32_t id, uint32_t *len);

/* Parses a query and writes the frame JSON (no newline) into out[0..cap); *out_len gets its length. */
int eg_cmd_parse(const eg_cmd *m, const uint8_t *text, size_t len, eg_cmd_scratch *s, char *out, size_t cap, size_t *out_len,
                 eg_cmd_result *res);


#if EG_CMD_HAVE_NORMALIZE
/* The value of a typed slot (schema record rec, 12 bytes of CSCH) as `,"value":{...}` into out[0..cap):
 * 1 and *wrote when the text has a value, 0 when none, -1 when the scratch or out is too small.
 * (Adapter over eg_cmd_normalize / eg_cmd_value_json, eg_cmd_values.c.) */
int eg_cmd_slot_value(const eg_cmd *m, const uint8_t *rec, const uint8_t *text, size_t len, uint8_t *scratch, size_t scratch_len,
                      char *out, size_t cap, size_t *wrote);
#endif

#if EG_CMD_HAVE_GRAMMAR
/* Grammar classes of the tokens (grammar.ts grammarMarks), from the normalizers' scanner. */
int eg_cmd_grammar_marks(const uint8_t *text, size_t len, const eg_cmd_token *tok, uint32_t n, uint8_t *bits, uint8_t *begins,
                         eg_cmd_gram_scratch *g);
#endif

#endif /* EG_CMD_H */
