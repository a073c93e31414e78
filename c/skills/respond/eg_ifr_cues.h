/* The cue step (docs/format.md 6.4 step 5b, responder_version 13, readings of 14) and what it borrows from plan folding. */
#ifndef EG_IFR_CUES_H
#define EG_IFR_CUES_H

#include "eg_ifr.h"

/* readCues (cues.ts): fills s->plan's empty fields from the cue words of a prompt not written in English. Uses
 * s->mem.det.u.cue, over the number memo: the caller forgets the memos after it. */
void eg_ifr_read_cues(const eg_ifr *r, eg_ifr_scratch *s, const uint8_t *prompt, uint32_t len);

/* cueNumberWord (cues.ts): the value of an RCUE number word that spells all of x ("خمس", "రెండు"), else 0; and the
 * cue step's separator code points (isSeparator), for the symbol step (eg_ifr_symbols.c, version 18). */
uint32_t eg_ifr_cue_number_word(const eg_ifr *r, eg_str x);
/* cueConceptIn (cues.ts, version 20): an RCUE entry of the concept (EG_IFR_CUE_*) matches somewhere in x. */
int eg_ifr_cue_concept_in(const eg_ifr *r, eg_str x, uint32_t concept);
int eg_ifr_cue_separator(uint32_t c);

/* From eg_ifr_plan.c: x lowercased (String.prototype.toLowerCase) into s->arena; x appended to a plan list
 * (overflow set when full); x spells a postscript marker (/^p\.?\s?(p\.?\s?)?s\.?:?$/i, the ENDPHRASE fold). */
eg_str eg_ifr_arena_lower(eg_ifr_scratch *s, eg_str x);
void eg_ifr_list_add(eg_ifr_scratch *s, eg_str *arr, uint32_t *n, eg_str x);
int eg_ifr_ps_spelling(eg_str x);
eg_range eg_ifr_to_range(int rel, int64_t n); /* plan.ts toRange with one number */

#endif /* EG_IFR_CUES_H */
