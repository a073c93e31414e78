/* The deductive module (docs/format.md section 2.9) <-> src/skills/mcq/logic.ts + logic-tokens.ts:
 * parses conditional, categorical and disjunctive sentences of the context into propositional
 * formulas over at most 8 atoms, each formula a 256-row truth table (8 u32 words), and gives each
 * option a verdict (0 abstain, 1 entailed, 2 contradicted, 3 unknown, 4 unknown with new atoms). */
#ifndef EG_LOGIC_H
#define EG_LOGIC_H

#include "eg_common.h"
#include "eg_reader.h"
#include "eg_token_table.h"

#define EG_LOGIC_MAX_ATOMS    8
#define EG_LOGIC_ATOM_TOKENS  12
#define EG_LOGIC_TT_WORDS     8     /* 2^8 assignments / 32 bits */
#define EG_LOGIC_CTX_ENTRIES  768   /* logic token stream capacity for the context */
#define EG_LOGIC_OPT_ENTRIES  192   /* ... and for one option */

enum { EG_LT_WORD = 0, EG_LT_COMMA = 1, EG_LT_END = 2 };
enum { EG_VERDICT_ABSTAIN = 0, EG_VERDICT_ENTAILED = 1, EG_VERDICT_CONTRADICTED = 2, EG_VERDICT_UNKNOWN = 3,
       EG_VERDICT_UNKNOWN_NEW = 4 };

/* Working memory of the module (about 5.5 KB), part of eg_scratch. The token stream is reused:
 * first for the context, then for each option in turn. */
typedef struct eg_logic {
    uint8_t kind[EG_LOGIC_CTX_ENTRIES];   /* EG_LT_* */
    uint8_t lf[EG_LOGIC_CTX_ENTRIES];     /* word: bit 0 STOP, bit 1 NEG, bits 2..6 logic word id */
    uint32_t stem[EG_LOGIC_CTX_ENTRIES];  /* word: FNV-1a of the (plural-stemmed) token */
    uint32_t n;                           /* entries in the stream */
    uint32_t words;                       /* words tokenized into the stream */
    uint32_t rule_words;                  /* bit id set when a word with logic word id `id` occurred */
    uint32_t atom_tok[EG_LOGIC_MAX_ATOMS][EG_LOGIC_ATOM_TOKENS]; /* stems of each atom */
    uint32_t atom_len[EG_LOGIC_MAX_ATOMS];
    uint32_t atom_sig[EG_LOGIC_MAX_ATOMS];  /* OR of 1 << (stem & 31) over each atom's stems */
    uint32_t atom_count;
    uint32_t atoms_before_option;         /* atoms at or above this index are new in the option */
    int new_atom_used;
    uint32_t seg[EG_LOGIC_ATOM_TOKENS];   /* content stems of the literal being parsed */
    uint32_t rule_count;
    uint32_t ctx[EG_LOGIC_TT_WORDS];      /* AND of the parsed context sentences */
    uint32_t opt[EG_LOGIC_TT_WORDS];      /* AND of the parsed sentences of one option */
    uint32_t sent[EG_LOGIC_TT_WORDS];     /* one sentence */
    uint32_t p[EG_LOGIC_TT_WORDS];        /* clause P */
    uint32_t q[EG_LOGIC_TT_WORDS];        /* clause Q */
    uint32_t conj[EG_LOGIC_TT_WORDS];     /* one conjunction */
    uint32_t lit[EG_LOGIC_TT_WORDS];      /* one literal */
} eg_logic;

/* The context pass of eg_prepare_item: tokenizes the context into the stream (one lexicon probe
 * per word) and, when tt is not NULL, inserts the content words among its first
 * EG_MAX_CONTEXT_TOKENS words into tt with the context bit. The feature tokens of the context are
 * the stream's words (same boundaries and hashes, format.md 2.9), so the context is read once.
 * Returns the words in the stream; *stop is the byte where a full stream stopped (just past a
 * separator, so eg_text_tokenize can continue there), or the end of the field's first
 * EG_MAX_CONTEXT_BYTES when the whole of it was read. */
uint32_t eg_logic_scan_context(eg_logic *lg, const eg_artifact *a, const uint8_t *context, uint32_t context_len,
                               eg_tt *tt, uint32_t *stop);

/* Verdicts for the first option_count options into verdicts[], from the context stream of
 * eg_logic_scan_context (the options are tokenized into the same stream, after the context). */
void eg_logic_verdicts(eg_logic *lg, const eg_artifact *a, const uint8_t *const *options,
                       const uint32_t *option_lens, uint32_t option_count, uint8_t *verdicts);

/* Both steps: verdicts for the first option_count options into verdicts[]. Fields are byte spans. */
void eg_logic_run(eg_logic *lg, const eg_artifact *a, const uint8_t *context, uint32_t context_len,
                  const uint8_t *const *options, const uint32_t *option_lens, uint32_t option_count,
                  uint8_t *verdicts);

#endif /* EG_LOGIC_H */
