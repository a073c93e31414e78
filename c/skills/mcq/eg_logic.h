/* The deductive module (docs/format.md section 2.9) <-> src/skills/mcq/logic.ts + logic-tokens.ts:
 * parses conditional, categorical and disjunctive sentences of the context into propositional
 * formulas over at most 8 atoms, each formula a 256-row truth table (8 u32 words), and gives each
 * option a verdict (0 abstain, 1 entailed, 2 contradicted, 3 unknown, 4 unknown with new atoms). */
#ifndef EG_LOGIC_H
#define EG_LOGIC_H

#include "eg_common.h"
#include "eg_reader.h"

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
    uint32_t atom_tok[EG_LOGIC_MAX_ATOMS][EG_LOGIC_ATOM_TOKENS]; /* stems of each atom */
    uint32_t atom_len[EG_LOGIC_MAX_ATOMS];
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

/* Verdicts for the first option_count options into verdicts[]. Fields are byte spans. */
void eg_logic_run(eg_logic *lg, const eg_artifact *a, const uint8_t *context, uint32_t context_len,
                  const uint8_t *const *options, const uint32_t *option_lens, uint32_t option_count,
                  uint8_t *verdicts);

#endif /* EG_LOGIC_H */
