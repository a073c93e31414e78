/* A paragraph's first word asked in a sentence the NTHFIRST rows do not read (docs/format.md 6.4 step 6, version 20):
 * eg_ifr_nth_sentence.c mirrors src/skills/respond/nth-sentence.ts, used by plan folding (eg_ifr_plan.c). */
#ifndef EG_IFR_NTH_SENTENCE_H
#define EG_IFR_NTH_SENTENCE_H

#include "eg_ifr_match.h"

/* nthSentence: when the prompt counts paragraphs split by blank lines (plan->par_count > 0) and no NTHFIRST row read a
 * first word, the first sentence with a first-word cue (an adjective before "word" or a verb of opening), a paragraph
 * number 1..par_count and a capitalised or quoted word in the asked place sets plan->has_nth, nth_n and nth_word. */
void eg_ifr_nth_sentence(det *d, eg_plan *plan);

#endif /* EG_IFR_NTH_SENTENCE_H */
