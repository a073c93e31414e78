/* Reading the reply language of a prompt not written in English (docs/format.md 6.4 step 4; responder_version 9):
 * eg_ifr_language.c <-> src/skills/respond/language.ts, used by plan folding (eg_ifr_plan.c). */
#ifndef EG_IFR_LANGUAGE_H
#define EG_IFR_LANGUAGE_H

#include "eg_ifr.h"

/* RFWD's language mask of word hash h (binary search over the ascending hashes), 0 when it is no function word. */
uint32_t eg_ifr_fw_mask(const eg_ifr *r, uint32_t h);

/* foreignPrompt: 1 when the prompt (its tokens) is not written in English, else 0. */
int eg_ifr_foreign_prompt(const eg_ifr *r, const eg_ifr_tokens *t);

/* namedLanguage: the code string id of the language the prompt bytes name (RLST), or EG_IFR_NONE. */
uint32_t eg_ifr_named_language(const eg_ifr *r, const uint8_t *bytes, uint32_t len);

#endif /* EG_IFR_LANGUAGE_H */
