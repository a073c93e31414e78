/* The IFEval responder skill in C99 (docs/format.md section 6) <-> src/skills/respond/.
 * eg_ifr_artifact.c <-> artifact.ts (load + validate), eg_ifr_match_index.c <-> match-index.ts,
 * eg_ifr_tokenize.c <-> tokenize.ts, eg_ifr_match.c <-> match.ts, eg_ifr_plan.c <-> plan.ts,
 * eg_ifr_language.c <-> language.ts, eg_ifr_symbols.c <-> symbols.ts, eg_ifr_spelling.c <-> spelling.ts,
 * (and the instruction reader <-> reader.ts), eg_ifr_compose.c <-> compose.ts, eg_ifr_unicode.c mirrors the
 * JavaScript string operations the composer uses (case mapping, \p{L}-style classes, trim).
 * No malloc, no floating point: the caller owns every buffer (eg_ifr_scratch). */
#ifndef EG_IFR_H
#define EG_IFR_H

#include "eg_common.h"
#include "eg_ifr_tables.h"

#define EG_IFR_MAX_TOKENS   4096u   /* the tokenizer's cut (tokenize.ts MAX_TOKENS) */
#define EG_IFR_MAX_SLOT     60
#define EG_IFR_INF          0x7FFFFFFFLL
#define EG_IFR_MAX_FW_LANGS 64u     /* languages in RFWD (artifact.ts MAX_FW_LANGS) */
#define EG_IFR_MAX_SCRIPTS  32u     /* script records in RFWD (artifact.ts MAX_SCRIPTS) */
#define EG_IFR_MIN_FW       3       /* language.ts MIN_FUNCTION_WORDS */

/* Working-memory limits of this port (eg_ifr_scratch), sized for an RV32 board with 400 KB of RAM
 * (docs/board.md): a prompt or response beyond one of them gets EG_IFR_TOO_LARGE, never a different
 * answer. The highest use over the 749 test prompts is given for each. TypeScript has no such
 * bounds except MAX_TOKENS. */
#ifndef EG_IFR_TOK_CAP
#define EG_IFR_TOK_CAP      EG_IFR_MAX_TOKENS /* tokens stored (used: 338): as many as TS keeps, so no
                                                 prompt is TOO_LARGE for its length alone */
#endif
#if EG_IFR_TOK_CAP > 0xFFFFu
#error "EG_IFR_TOK_CAP must fit the u16 candidate positions (eg_ifr_scratch.cand)"
#endif
#ifndef EG_IFR_MAX_MATCHES
#define EG_IFR_MAX_MATCHES  256u    /* pattern matches in one prompt (used: 10) */
#endif
#ifndef EG_IFR_MAX_STRS
#define EG_IFR_MAX_STRS     512u    /* captured strings alive at once (used: 12) */
#endif
#ifndef EG_IFR_MAX_LIST
#define EG_IFR_MAX_LIST     64u     /* forbidden words, keywords, keyword counts, letters (used: 12) */
#endif
#ifndef EG_IFR_MAX_BLOCKS
#define EG_IFR_MAX_BLOCKS   64      /* paragraphs/sections the composer lays out (used: 7) */
#endif
#ifndef EG_IFR_MAX_ITEMS
#define EG_IFR_MAX_ITEMS    1024    /* sentences in one draft (used: 146) */
#endif
/* Fewest placeholders the composer and the enforcer write once any is asked for (compose.ts PLACEHOLDER_FLOOR;
 * version 22): the checker counts "at least", and a count misread low is the commonest placeholder miss. */
#define EG_IFR_PLACEHOLDER_FLOOR 3
#define EG_IFR_PLACEHOLDER_ROOM_WORDS 40 /* least word ceiling that leaves room for it (PLACEHOLDER_ROOM_WORDS) */
#ifndef EG_IFR_MAX_FILL
#define EG_IFR_MAX_FILL     256u    /* filler sentences (used: 35) */
#endif
#ifndef EG_IFR_BUF_CAP
#define EG_IFR_BUF_CAP      (24u << 10) /* bytes of each of the 5 draft buffers (largest draft: 8,086) */
#endif
#ifndef EG_IFR_ARENA_CAP
#define EG_IFR_ARENA_CAP    (16u << 10) /* bytes of derived strings per prompt (used: 2,425) */
#endif

/* The matcher's load-time index (eg_ifr_match_index.c <-> match-index.ts; docs/format.md 6.4
 * "Candidate positions"), built by eg_ifr_load from the sections: no format change. An artifact
 * beyond one of these limits still loads and answers the same, by scanning its tables instead. */
#ifndef EG_IFR_IX_SLOTS
#define EG_IFR_IX_SLOTS     4096u   /* hash slots, a power of two, at most 9/10 = 3,686 used (keys: 1,640 with
                                       responder_version 6; 1,805 with version 10; 1,813 with version 12; 1,818 with
                                       its round 2, when 2,048 slots took at most 1,843) */
#endif
/* The most keys the slots take: linear probing stays short (an absent hash looks at about 50 slots on average
 * at 9/10, 32 at 7/8); past it the index gives up. */
#define EG_IFR_IX_MAX_KEYS  (EG_IFR_IX_SLOTS * 9u / 10u) /* below EG_IFR_IX_SLOTS: a probe always ends */
/* A one-bit-per-hash filter in front of the slots, 8 bits per slot (4 KB with 4,096 slots): most words of a prompt
 * are no key, and at 9/10 full their probe would walk a long run of slots; one in about ten still does. */
#define EG_IFR_IX_FILTER_BITS (EG_IFR_IX_SLOTS * 8u)
#ifndef EG_IFR_IX_PATS
#define EG_IFR_IX_PATS      736u    /* patterns, 23 u32 words a row (used: 329 with responder_version 6; 384 with
                                       version 12 round 2, when the limit was 384; 515 with version 21, when the
                                       limit was 512; 648 with version 24, whose first 646 outgrew the limit of 640 and the
                                       index gave up: the board's first-50 median went from 0.38 M to 8.6 M; 714 with
                                       version 26, when the limit went from 704) */
#endif
#ifndef EG_IFR_IX_ROWS
#define EG_IFR_IX_ROWS      448u    /* distinct pattern rows: keys whose first-token patterns are the same share one
                                       (used: 264 with responder_version 12 round 2, whose 1,479 keys with a row
                                       took 1,479 rows of 12 words before rows were shared; 331 with version 21, when
                                       the limit went from 512 to 416 to pay for the wider rows; 414 with version 26,
                                       when it went to 448) */
#endif
#ifndef EG_IFR_IX_ROW_WORDS
#define EG_IFR_IX_ROW_WORDS (EG_IFR_IX_ROWS * ((EG_IFR_IX_PATS + 31u) / 32u)) /* u32 words of the row table, 40.25 KB;
                                       (patterns + 31) / 32 per row (used: 3,168 = 264 x 12; 6,620 = 331 x 20;
                                       version 24: 8,274 = 394 x 21) */
#endif
#ifndef EG_IFR_IX_REL
#define EG_IFR_IX_REL       320u    /* relation phrases (used: 179; 196 with responder_version 12 round 2; 245 with
                                       version 21) */
#endif
#define EG_IFR_KEY_NONE     0xFFFFu /* a token whose hash is no key */
/* Bits of the RSPL filter (128 bytes, two bits a hash): with version 11's 81 variant and word hashes about one token
 * in 40 that is neither gets past it to the lookups. */
#define EG_IFR_SPL_BLOOM_LOG2 10u
#define EG_IFR_SPL_BLOOM_BITS (1u << EG_IFR_SPL_BLOOM_LOG2)
#ifndef EG_IFR_SPL_CAP
#define EG_IFR_SPL_CAP      64u     /* RSPL aliases and words the loader keeps the hashes of (used: 40 and 41); with
                                       more of either, or a cap of 1, RSPL's strings are hashed on demand (slower,
                                       never different) */
#endif
#if EG_IFR_SPL_CAP < 1u || EG_IFR_SPL_CAP > 64u
#error "EG_IFR_SPL_CAP must be 1..64: the word bit sets are two u32 halves"
#endif
#define EG_IFR_SPELL_MAX_LEN 16u    /* longest RSPL word (spelling.ts SPELL_MAX; EG_IFR_SPELL_MAX is this) */
/* The word bit sets' rows (by letter a..z, by token length 0..SPELL_MAX + 1); one each when the cap of 1 turns the
   cache off (the enforcer board), as nothing reads them then. */
#define EG_IFR_SPL_LETTERS  (EG_IFR_SPL_CAP > 1u ? 26u : 1u)
#define EG_IFR_SPL_LENS     (EG_IFR_SPL_CAP > 1u ? EG_IFR_SPELL_MAX_LEN + 2u : 1u)

/* Opcodes, families, relation kinds, RSET sets, template groups and EG_W_* words: eg_ifr_tables.h
 * (generated from src/skills/respond/artifact.ts and tables.ts). */

/* A byte string (not NUL-terminated), pointing into the prompt, the artifact or an arena. */
typedef struct eg_str {
    const uint8_t *p;
    uint32_t n;
} eg_str;

/* What the artifact says about one word hash (match-index.ts). */
#define EG_IFR_K_NUM  1u            /* RNUM has it: value in num */
#define EG_IFR_K_ORD  2u            /* RORD has it: value in ord */
#define EG_IFR_K_LNG  4u            /* RLNG has it: string id in lng */
#define EG_IFR_K_SET0 8u            /* RSET set k has it: bit EG_IFR_K_SET0 << k */
/* bits 3..31 leave room for 29 RSET sets; whether a slot holds a key is eg_ifr_key.used */
#define EG_IFR_KEY_USED 1u          /* eg_ifr_key.used: the slot holds a key */
#define EG_IFR_KEY_MARK 2u          /* ... and (only while the index is built) the pattern being added may start at it */
typedef struct eg_ifr_key {     /* 20 bytes: 4,096 of them are 80 KB of the board's RAM */
    uint32_t hash;
    uint32_t flags;              /* EG_IFR_K_* */
    uint16_t num, lng;           /* RNUM value, RLNG string id; the last record wins, as in a JS Map (a value
                                    that does not fit leaves the index unbuilt: same output, by scanning) */
    uint16_t rel_at;             /* relation phrases starting with this word: rel_order[rel_at, +rel_n) */
    uint16_t row;                /* 1 + row number in rows (patterns that may start here; keys with the same
                                    patterns share a row), 0: none */
    uint8_t ord, rel_n;          /* RORD value (255 = "last") */
    uint8_t used;                /* EG_IFR_KEY_* (a byte of what was padding: the record stays 20 bytes, and all 32
                                    flag bits are left to the sets) */
} eg_ifr_key;

typedef struct eg_ifr_index {
    int ok;                      /* 0: a limit above was reached; lookups scan the sections */
    int rel_ok;                  /* 0 also when a relation phrase is empty (it matches anywhere) */
    uint32_t words;              /* u32 words per pattern row */
    uint32_t n_rows;             /* distinct rows in rows */
    uint32_t n_keys;             /* slots used (as far as the build got) */
    eg_ifr_key slot[EG_IFR_IX_SLOTS];
    uint32_t rows[EG_IFR_IX_ROW_WORDS]; /* row r - 1 of a key with row r: words u32 from (r - 1) * words */
    union {
        uint32_t filter[(EG_IFR_IX_FILTER_BITS + 31u) / 32u]; /* bit filter_bit(h) set for every key h */
        /* while the rows are built, before the filter is (eg_ifr_match_index.c add_first): per row number
           (0: no row), its holders not taking the pattern being added, and the row the others move to;
           no RAM of its own while it fits in the filter (2,052 B of its 4 KB) */
        uint16_t build[2][EG_IFR_IX_ROWS + 1u];
    } u;
    uint8_t pat_any[EG_IFR_IX_PATS];  /* the pattern may start at any token */
    uint8_t pat_odd[EG_IFR_IX_PATS];  /* ... at an odd word token (digits first, or non-ASCII) */
    /* For a pattern that may start anywhere, a test its start token must pass (EG_IFR_LEAD_*):
       a run of asterisks, or a literal / alternative element it cannot match without, lead_op,
       lead_lo..lead_hi tokens after the start */
    uint32_t odd_row[(EG_IFR_IX_PATS + 31u) / 32u]; /* the patterns with pat_odd set */
    uint32_t any_row[(EG_IFR_IX_PATS + 31u) / 32u]; /* the patterns with pat_any set (version 24: the matcher
                                                       walks set bits instead of every pattern) */
    uint8_t lead[EG_IFR_IX_PATS];
    uint8_t lead_lo[EG_IFR_IX_PATS], lead_hi[EG_IFR_IX_PATS];
    uint8_t lead_num[EG_IFR_IX_PATS];   /* EG_IFR_LEAD_NUM: EG_IFR_LN_* */
    uint16_t lead_op[EG_IFR_IX_PATS];
    uint16_t rel_order[EG_IFR_IX_REL]; /* after the other u16s: no padding with the enforcer board's 1-entry limits */
} eg_ifr_index;
#define EG_IFR_LEAD_NONE 0u
#define EG_IFR_LEAD_STAR 1u         /* {S6} / {S3} first: the start token is "*" */
#define EG_IFR_LEAD_LIT  2u         /* lead_op matches at start + lead_lo .. start + lead_hi */
#define EG_IFR_LEAD_NUM  3u         /* a keyed pattern starting "{REL}? {N}", "{REL} {N}", "{N}" ({ORD})
                                       or "{REL}": that prefix must parse, and lead_op (when not
                                       0xFFFF) lie lead_lo..lead_hi tokens after where it ends */
#define EG_IFR_LEAD_AFTER 4u         /* a pattern that starts with a slot of no fixed width ({Q}, {PH}, ...): lead_op, the
                                       first literal / alternative it cannot do without, must match at the start or
                                       after it (the matcher tries only the tokens up to its last match) */
#define EG_IFR_LN_REL_OPT 1u        /* lead_num: an optional {REL} first */
#define EG_IFR_LN_REL     2u        /* ... a required one */
#define EG_IFR_LN_NUM     4u        /* ... then {N} */
#define EG_IFR_LN_ORD     8u        /* ... which is {ORD} */
#define EG_IFR_LEAD_MAX  8u         /* the farthest lead_hi looked at */

/* A validated responder artifact: views into the caller's buffer, and the matcher's index. */
typedef struct eg_ifr {
    const uint8_t *bytes;
    uint32_t length;
    uint32_t families, npat, nops, nrel, nnum, nord, nlng, npsg, nhash, nstr, ntpl;
    const uint8_t *pat, *ops, *hsh, *rel, *num, *ord, *lng, *psg, *set, *tpl, *str;
    uint32_t pool_at;            /* offset of the string pool inside RSTR */
    int tpl_sorted;              /* RTPL's group ids never decrease (as artifact.ts writes them): a group
                                    is one run, found by binary search (eg_ifr_compose.c group_from) */
    const uint8_t *fwd;          /* RFWD: function words by language (artifact.ts MAX_FW_LANGS) */
    uint32_t nfwl, nfw, nscr;
    uint32_t ncls;               /* RCLS: reader classes (0: no reader), EG_CLS_COUNT otherwise */
    const uint8_t *cls_bias;     /* ncls little-endian int32 */
    const int8_t *cls_w;         /* ncls << EG_IFR_CLS_LOG2 weights, class-major */
    const uint8_t *lst;          /* RLST: nlst (stem string id, code string id, own-name flag) records */
    uint32_t nlst;
    const uint8_t *spl;          /* RSPL (version 11): the section itself, read in place (eg_ifr_spelling.c) */
    uint32_t nalias, nspell;     /* its (variant, canonical) string id pairs and one-edit words */
    const uint8_t *cue;          /* RCUE (version 13): ncue (string id, concept, value) records, in place */
    uint32_t ncue;
    const uint32_t *w;           /* hashes of EG_W_* words: eg_ifr_word_hashes, a constant table (flash) */
    eg_ifr_index ix;             /* built at load (eg_ifr_match_index.c) */
    /* Last, so that the fields above keep their offsets (an RV32 load reaches 2 KB from the struct's address in one
       instruction): RSPL's filter and cache, built at load (eg_ifr_spelling.c). */
    uint32_t spl_bloom[EG_IFR_SPL_BLOOM_BITS / 32u]; /* two bits per alias variant and word hash (eg_ifr_spelling.c):
                                    most tokens are neither, and this tells them apart without a scan of RSPL */
    int spl_cached;              /* nalias and nspell fit EG_IFR_SPL_CAP: the arrays below are set */
    uint32_t spl_nfrom, spl_nword; /* distinct alias variants and words */
    uint32_t spl_from[EG_IFR_SPL_CAP], spl_to[EG_IFR_SPL_CAP]; /* alias variant hashes, ascending; canonical hashes */
    uint32_t spl_word[EG_IFR_SPL_CAP];  /* word hashes, ascending */
    uint32_t spl_sig[EG_IFR_SPL_CAP];   /* word k's letters a..z, one bit each */
    /* the words (bit k of the two u32 halves: word k) by first letter, by second letter, and that a token of n
       letters may be one edit from (n - 1 .. n + 1 letters) */
    uint32_t spl_first[EG_IFR_SPL_LETTERS][2], spl_second[EG_IFR_SPL_LETTERS][2], spl_len[EG_IFR_SPL_LENS][2];
} eg_ifr;

int eg_ifr_load(const uint8_t *buf, size_t len, eg_ifr *out);
eg_str eg_ifr_string(const eg_ifr *r, uint32_t id);
/* True when hash h is in RSET set `set` (EG_SET_*). */
int eg_ifr_set_has(const eg_ifr *r, int set, uint32_t h);
/* Builds r->ix from the validated sections (the last step of eg_ifr_load). */
void eg_ifr_index_build(eg_ifr *r);
/* The index's record for word hash h, or NULL (also when r->ix.ok is 0). */
const eg_ifr_key *eg_ifr_key_of(const eg_ifr *r, uint32_t h);
/* RNUM value of word hash h into *v: 1, or 0 when RNUM has no such word (eg_ifr_plan.c). */
int eg_ifr_rnum(const eg_ifr *r, uint32_t h, uint32_t *v);

/* ---------------------------------------------------------------- tokens (tokenize.ts) */
#define EG_TK_WORD  1
#define EG_TK_PUNCT 2
#define EG_TK_NL    3
typedef struct eg_ifr_tokens {
    const uint8_t *bytes;
    uint32_t len;
    uint32_t n;
    int too_large;               /* the prompt has more tokens than EG_IFR_TOK_CAP */
    /* one spare entry: the zero token after the last one (what TS reads past the end) */
    uint8_t kind[EG_IFR_TOK_CAP + 1u];
    uint8_t byte[EG_IFR_TOK_CAP + 1u];
    uint32_t start[EG_IFR_TOK_CAP + 1u];
    uint32_t end[EG_IFR_TOK_CAP + 1u];
    uint32_t hash[EG_IFR_TOK_CAP + 1u];
} eg_ifr_tokens;

void eg_ifr_tokenize(const uint8_t *bytes, uint32_t len, eg_ifr_tokens *t);
int eg_ifr_is_boundary(const eg_ifr_tokens *t, uint32_t i);
/* The sentence holding token i (tokenize.ts sentenceStart / sentenceEnd): its first token, just past the nearest
 * boundary token before i (else 0); the boundary token that ends it, the first at or after i (else t->n). */
uint32_t eg_ifr_sentence_start(const eg_ifr_tokens *t, uint32_t i);
uint32_t eg_ifr_sentence_end(const eg_ifr_tokens *t, uint32_t i);
/* q[i] = 1 for tokens inside a quoted span of their line, the quotes included: double or single quotes, a mark
 * closing the span only when it is the opening one (tokenize.ts quotedTokens). */
void eg_ifr_quoted_tokens(const eg_ifr_tokens *t, uint8_t *q);
/* Token j is a hyphen (or, version 17, an underscore) touching a word before it and a word after it ("hi-vis",
 * "no_show"; tokenize.ts hyphenJoins, version 12). */
int eg_ifr_hyphen_joins(const eg_ifr_tokens *t, uint32_t j);
/* Token j is a `#` or `@` touching the word token after it ("#oatlife"; tokenize.ts tagJoins, version 17). */
int eg_ifr_tag_joins(const eg_ifr_tokens *t, uint32_t j);
/* The value of word token i when it is 1..max_digits digits of one script (ASCII, Arabic-Indic, Eastern
 * Arabic-Indic, Devanagari, Bengali, Thai, fullwidth: "42", "۳", "४०", "３"; every digit with the first one's UTF-8
 * lead bytes, so "४০" is no number), else -1 (tokenize.ts digitsValue, version 12). */
int64_t eg_ifr_digits_value(const eg_ifr_tokens *t, uint32_t i, uint32_t max_digits);

/* ---------------------------------------------------------------- plan (plan.ts) */
typedef struct eg_range {
    int64_t lo, hi;
} eg_range;

typedef struct eg_match {
    uint8_t family, rel, has_num;
    uint32_t arg;                /* string id or NONE */
    int64_t n, n2;
    uint32_t str_first, str_count;
    uint32_t lang;               /* string id or NONE */
    uint32_t start, end;
} eg_match;

typedef struct eg_plan {
    int upper, lower;
    int has_caps, has_words, has_sents;
    eg_range caps, words, sents;
    int64_t par_count, sec_count;
    int par_sep;                 /* 0 none, 1 stars, 2 nl */
    int has_sec_mark;
    eg_str sec_mark;
    int has_nth;
    int64_t nth_n;
    eg_str nth_word;
    uint32_t n_forbid, n_kwfreq, n_keywords, n_letters;
    eg_str forbid[EG_IFR_MAX_LIST];
    eg_str kwfreq_key[EG_IFR_MAX_LIST];
    eg_range kwfreq[EG_IFR_MAX_LIST];
    eg_str keywords[EG_IFR_MAX_LIST];
    eg_str letter_key[EG_IFR_MAX_LIST];
    eg_range letters[EG_IFR_MAX_LIST];
    int has_bullets;
    int64_t bullets, highlights, placeholders;
    int title;
    int postscript;              /* 0 none, 1 "P.S.", 2 "P.P.S", 3 the named marker ps_marker */
    eg_str ps_marker;
    int json, quote, two, constrained, no_comma;
    int has_end;
    eg_str end_phrase;
    int has_repeat;
    eg_str repeat;
    uint32_t lang;               /* string id or NONE */
    uint32_t prompt_lang;        /* the prompt's own language when not English (RFWD), string id or NONE */
    int foreign;                 /* the prompt is not written in English (eg_ifr_language.c; set whenever prompt_lang is) */
    int english;                 /* a prompt not written in English asks for an English reply (lang stays NONE) */
    uint32_t task_start, task_end;
} eg_plan;

/* The composer's sentence tables (eg_ifr_compose.c). */
typedef struct eg_ifr_compose_mem {
    eg_str fillers[EG_IFR_MAX_FILL];
    eg_str fill_tmp[EG_IFR_MAX_FILL];
    eg_str items[EG_IFR_MAX_ITEMS];
    eg_str specials[EG_IFR_MAX_ITEMS];
    uint32_t blk_off[EG_IFR_MAX_BLOCKS], blk_len[EG_IFR_MAX_BLOCKS];
} eg_ifr_compose_mem;

/* A memo of the number and relation slots (eg_ifr_match.c): about 40 patterns begin "{REL}? {N}",
 * and each is tried at the same tokens, where the slots parse the same way every time. */
#ifndef EG_IFR_MEMO
#define EG_IFR_MEMO         2048u   /* entries, a power of two: direct-mapped by token (a 4,096-token
                                       prompt evicts some: slower, never different) */
#endif
#if (EG_IFR_MEMO & (EG_IFR_MEMO - 1u)) != 0u || EG_IFR_TOK_CAP > 0x7FFEu
#error "EG_IFR_MEMO must be a power of two and token numbers fit the u16 memo tags"
#endif
typedef struct eg_ifr_num_memo {
    int64_t n, n2;               /* the slot values parse_number set */
    int32_t end;                 /* its result */
    uint8_t post_rel, set_n2;
} eg_ifr_num_memo;

/* The cue step's working memory (eg_ifr_cues.c <-> cues.ts): the prompt's quoted spans (at most CUE_MAX_QUOTES, as
 * cues.ts finds), the hits of one sentence (the first CUE_MAX_HITS, as cues.ts keeps) and their unit-number pairs
 * (at most two per unit: the nearest number before it and after it, as another number between disqualifies one).
 * Positions are byte offsets into the prompt. */
typedef struct eg_ifr_cue_quote {
    uint32_t start, end;         /* the content, without the marks */
    uint32_t sentence;
    uint8_t cps;                 /* code points of the content (at most EG_IFR_CUE_QUOTE_MAX) */
    uint8_t used;
} eg_ifr_cue_quote;
typedef struct eg_ifr_cue_hit {
    uint32_t start, end;
    uint32_t mask;               /* 1 << EG_IFR_CUE_* */
    uint16_t value;
    uint8_t used;
} eg_ifr_cue_hit;
typedef struct eg_ifr_cue_mem {
    eg_ifr_cue_quote quote[EG_IFR_CUE_MAX_QUOTES];
    eg_ifr_cue_hit hit[EG_IFR_CUE_MAX_HITS];
    uint8_t pair[2u * EG_IFR_CUE_MAX_HITS][4]; /* gap, number after unit, unit hit, number hit */
} eg_ifr_cue_mem;

/* Detect's temporaries. Compose starts after detect is done with them, so they share memory with
 * the draft buffers (eg_ifr_scratch.mem). */
#ifndef EG_IFR_POS_CAP
#define EG_IFR_POS_CAP      8192u   /* (pattern, start token) candidates per prompt in pos (used: 992);
                                       beyond it the matcher scans s->cand per pattern */
#endif
#if EG_IFR_POS_CAP < 1u || EG_IFR_POS_CAP > 0xFFFFu
#error "EG_IFR_POS_CAP must be at least 1 and fit the u16 list offsets"
#endif
typedef struct eg_ifr_det_mem {
    uint8_t probe[EG_IFR_TOK_CAP + 1u];
    /* per token: inside quotes (eg_ifr_quoted_tokens), and covered by a match (eg_ifr_scope.c) */
    uint8_t quoted[EG_IFR_TOK_CAP + 1u];
    uint8_t covered[EG_IFR_TOK_CAP + 1u];
    /* per keyed pattern p, the tokens where it may start, ascending: pos[pos_at[p] .. pos_at[p + 1]) */
    uint16_t pos_at[EG_IFR_IX_PATS + 1u];
    uint16_t pos[EG_IFR_POS_CAP];
    uint16_t num_tag[EG_IFR_MEMO];   /* 1 + (token << 1 | ordinal), 0: empty */
    uint16_t rel_tag[EG_IFR_MEMO];   /* 1 + token, 0: empty */
    int32_t rel_end[EG_IFR_MEMO];
    uint8_t rel_kind[EG_IFR_MEMO];
    union {
        eg_ifr_num_memo num[EG_IFR_MEMO];
        /* the cue step's (eg_ifr_cues.c, version 13), which runs after the last number slot is parsed and forgets
           the number memo when done: no RAM of its own while it fits in the memo (3,072 B of its 48 KB) */
        eg_ifr_cue_mem cue;
    } u;
} eg_ifr_det_mem;

/* Caller-owned working memory for one prompt at a time: all of the responder's state (the
 * functions' stack frames stay small). 263,064 bytes on RV32 with the default limits. */
typedef struct eg_ifr_scratch {
    eg_ifr_tokens tokens;
    uint8_t claimed[EG_IFR_TOK_CAP + 1u];
    /* per token: index slot (or EG_IFR_KEY_NONE) and odd flag; cand: tokens where a keyed pattern may start */
    uint16_t tok_key[EG_IFR_TOK_CAP + 1u];
    uint8_t tok_odd[EG_IFR_TOK_CAP + 1u];
    uint16_t cand[EG_IFR_TOK_CAP + 1u];
    uint32_t n_cand;
    /* the union of the candidates' pattern rows, and whether any token is odd: a keyed pattern
       outside both cannot start anywhere in this prompt */
    uint32_t cand_rows[(EG_IFR_IX_PATS + 31u) / 32u];
    int any_odd;
    int pos_ok;                  /* mem.det.pos holds the start lists of this prompt */
    eg_match matches[EG_IFR_MAX_MATCHES];
    uint32_t n_matches;
    eg_str strs[EG_IFR_MAX_STRS];
    uint32_t n_strs;
    int overflow;
    eg_plan plan;
    eg_ifr_compose_mem cm;
    /* byte arena: derived strings (lowercased keys, topic words, fillers, sentences) */
    uint32_t arena_used;
    uint8_t arena[EG_IFR_ARENA_CAP];
    union {
        eg_ifr_det_mem det;      /* while detecting */
        /* while composing, text buffers: assembly, cased, final draft, best draft, lowercased draft */
        uint8_t buf[5][EG_IFR_BUF_CAP];
    } mem;
} eg_ifr_scratch;

/* Per prompt: s->tok_key, s->tok_odd and s->cand for the tokens in s->tokens. */
void eg_ifr_token_keys(const eg_ifr *r, eg_ifr_scratch *s);
/* Forgets the number and relation slots memoized for s->tokens (after the tokens change). */
void eg_ifr_forget_memos(eg_ifr_scratch *s);

/* Detects the prompt's constraints into s->plan (tokens in s->tokens). */
int eg_ifr_detect(const eg_ifr *r, const uint8_t *prompt, uint32_t len, eg_ifr_scratch *s);

/* Composes the response for s->plan; *out points into one of s->mem.buf. */
int eg_ifr_compose(const eg_ifr *r, eg_ifr_scratch *s, eg_str *out);
/* Placeholders to write for a plan (compose.ts placeholderCount): the floor once any is asked for, unless a word
 * ceiling under EG_IFR_PLACEHOLDER_ROOM_WORDS leaves no room. */
int64_t eg_ifr_placeholder_count(const eg_plan *plan);
/* The same with compose.ts's `exact` flag: 0 for the enforcer's fallback (no word aim, no sentence trimming). */
int eg_ifr_compose_exact(const eg_ifr *r, eg_ifr_scratch *s, eg_str *out, int exact);

/* extractTopic (compose.ts) for the enforcer: at most 8 words into words[]; their count, or -1 (arena full). */
int eg_ifr_topic_words(const eg_ifr *r, eg_ifr_scratch *s, eg_str *words);

/* detect + compose. */
int eg_ifr_respond(const eg_ifr *r, const uint8_t *prompt, uint32_t len, eg_ifr_scratch *s, eg_str *out);

/* A named-word list (EG_W_* ids, hashed at load into r->w): whether hash h is one of its n words, and its length
 * (version 19; scope.c and symbols.c word lists). */
int eg_ifr_named_in(const eg_ifr *r, uint32_t h, const int *ids, uint32_t n);
/* Token j follows "each", "every" or "per": a count there is a share, not how many parts (scope.c; symbols.c). */
int eg_ifr_is_share(const eg_ifr *r, const eg_ifr_tokens *t, uint32_t j);
/* The hash is one of the n named words (EG_W_*) in ws (eg_ifr_scope.c). */
int eg_ifr_word_in(const eg_ifr *r, uint32_t h, const int *ws, uint32_t n);
#define EG_IFR_COUNT_OF(a) ((uint32_t)(sizeof(a) / sizeof((a)[0])))

#endif /* EG_IFR_H */
