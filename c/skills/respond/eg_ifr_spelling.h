/* Step 0 spelling (docs/format.md 6.4; responder_version 11): eg_ifr_spelling.c mirrors
 * src/skills/respond/spelling.ts, called by eg_ifr_detect before the list labels are dropped. */
#ifndef EG_IFR_SPELLING_H
#define EG_IFR_SPELLING_H

#include "eg_ifr.h"

#define EG_IFR_SPELL_MIN 6u  /* shortest word the one-edit correction looks at (spelling.ts SPELL_MIN) */
#define EG_IFR_SPELL_MAX EG_IFR_SPELL_MAX_LEN /* longest (spelling.ts SPELL_MAX: 16); also the longest RSPL alias */

/* oneEdit: a and b differ by exactly one insertion, deletion, substitution or swap of neighbouring bytes. */
int eg_ifr_one_edit(const uint8_t *a, uint32_t la, const uint8_t *b, uint32_t lb);

/* Sets r->spl_bloom from the validated RSPL section (the last step of its load checks). */
void eg_ifr_spelling_index(eg_ifr *r);

/* correctSpelling: unquoted word tokens listed as RSPL aliases take the hash of their canonical word; an unquoted
 * ASCII word of SPELL_MIN..SPELL_MAX letters one edit from an RSPL word takes that word's hash unless RHSH names the
 * word itself. Only t->hash changes. `quoted` is per-token scratch (t->n + 1 bytes). */
void eg_ifr_correct_spelling(const eg_ifr *r, eg_ifr_tokens *t, uint8_t *quoted);

#endif /* EG_IFR_SPELLING_H */
