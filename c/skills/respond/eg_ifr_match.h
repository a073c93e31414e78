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
} det;

/* All matches of the pattern table into s->matches (appended), in table order, each claiming its
 * tokens in `claimed`. only < 0: every family but REPEAT; otherwise that family only. Needs
 * eg_ifr_token_keys for the tokens first. */
void eg_ifr_matches(det *d, uint8_t *claimed, int only);

#endif /* EG_IFR_MATCH_H */
