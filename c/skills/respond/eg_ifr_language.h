/* Reading the reply language of a prompt not written in English (docs/format.md 6.4 step 4; responder_version 9):
 * eg_ifr_language.c <-> src/skills/respond/language.ts, used by plan folding (eg_ifr_plan.c). */
#ifndef EG_IFR_LANGUAGE_H
#define EG_IFR_LANGUAGE_H

#include "eg_ifr.h"

/* promptLanguage: the language (code string id) the prompt's tokens are written in when it is not English (RFWD),
 * or EG_IFR_NONE; *foreign = 1 when the prompt is not written in English at all, else 0. */
uint32_t eg_ifr_prompt_language(const eg_ifr *r, const eg_ifr_tokens *t, int *foreign);

/* namedLanguage: the code string id of the language the prompt bytes name (RLST), or EG_IFR_NONE. */
uint32_t eg_ifr_named_language(const eg_ifr *r, const uint8_t *bytes, uint32_t len);

#endif /* EG_IFR_LANGUAGE_H */
