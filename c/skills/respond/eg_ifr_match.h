/* The matcher's interface to plan folding, inside the responder (eg_ifr_match.c <-> match.ts,
 * used by eg_ifr_plan.c <-> plan.ts). */
#ifndef EG_IFR_MATCH_H
#define EG_IFR_MATCH_H

#include "eg_ifr.h"

/* One detection run: the artifact, the prompt's tokens and the scratch the matches go to. */
typedef struct det {
    const eg_ifr *r;
    const eg_ifr_tokens *t;
    eg_ifr_scratch *s;
    int quoted_only;             /* set while a pattern whose arg is "QUOTED" runs */
    int phrases;                 /* set while a pattern whose arg is "PHRASES" runs: a bare {QL} item may run to
                                    MAX_PHRASE_WORDS words */
    int plural;                  /* set while a pattern whose arg is "PLURAL" runs: a bare {L} is a letter's plural
                                    ("z's") only (version 25) */
    const uint8_t *claimed;      /* the tokens earlier matches claimed, while a pattern runs: a bare {QL} item stops
                                    before one (version 12); NULL otherwise */
} det;

/* All matches of the pattern table into s->matches (appended), in table order, each claiming its
 * tokens in `claimed`. only < 0: every family but REPEAT; otherwise that family only. Needs
 * eg_ifr_token_keys for the tokens first. */
void eg_ifr_matches(det *d, uint8_t *claimed, int only);

/* The Detector's probes (match.ts relationAt, numberAt, quoteAt), for corrections.ts's readings: the end of the
 * relation phrase, number or quoted string at token i (or -1 / 0), through the same memos as the matcher. */
typedef struct eg_ifr_num_at {
    int64_t n, n2;
    uint8_t post_rel;
} eg_ifr_num_at;
int64_t eg_ifr_relation_at(det *d, uint32_t i, uint8_t *rel);
int64_t eg_ifr_number_at(det *d, uint32_t i, eg_ifr_num_at *out);
int eg_ifr_quote_at(const det *d, uint32_t i);
/* match.ts ordinalAt: the end of the ordinal ({ORD}) at token i (or -1), its value into *n (version 20). */
int64_t eg_ifr_ordinal_at(det *d, uint32_t i, int64_t *n);
/* Token i is an RORD word (nth-sentence.ts nthSentence: r.ordinals.has). */
int eg_ifr_ordinal_word(const det *d, uint32_t i);

/* The tokens from k spell a tail that places an unquoted ending (match.ts endingTailAt): "at|as the (very)?
 * end|bottom|last|final", "with|and nothing after|else|following|more", "on its own". Also read by the instruction
 * reader's ending after "with" (eg_ifr_plan.c, version 18). */
int eg_ifr_ending_tail_at(const eg_ifr *r, const eg_ifr_tokens *t, uint32_t k);

/* Step 0: drops list labels and self-corrections from s->tokens and returns how many cuts it made (tok_key and the
 * memos follow each cut; the caller runs eg_ifr_token_keys once after both when any was made); step 2b: bare follow-up
 * counts restate the nearest earlier count match (eg_ifr_corrections.c <-> corrections.ts). */
uint32_t eg_ifr_drop_list_labels(det *d);
uint32_t eg_ifr_retract_corrections(det *d);
void eg_ifr_follow_up_counts(det *d, uint8_t *claimed);

/* Steps 2c and 2d (eg_ifr_scope.c <-> scope.ts readScope): negation parity and loose relation words around the
 * matches, then counts in a segment that names asterisks become highlight counts. Edits s->matches in place (2d may
 * append one highlight match per segment). */
void eg_ifr_scope(det *d);

#endif /* EG_IFR_MATCH_H */
