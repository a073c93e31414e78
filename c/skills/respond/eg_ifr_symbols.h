/* Symbol reading (docs/format.md 6.4 step 6; responder_version 12): eg_ifr_symbols.c mirrors
 * src/skills/respond/symbols.ts, used by plan folding (eg_ifr_plan.c). */
#ifndef EG_IFR_SYMBOLS_H
#define EG_IFR_SYMBOLS_H

#include "eg_ifr.h"

/* readSymbols: a title's << >>, a JSON object shown by example, numbered section markers, and a bullet marker, a bracketed placeholder example, a
 * highlight example or (in a prompt not written in English) a `***` divider beside a count, read into s->plan where the patterns read none of them. Uses s->mem.det.probe as the per-token
 * "used" array (free by then: read_clauses is done with it). */
void eg_ifr_read_symbols(const eg_ifr *r, eg_ifr_scratch *s);

#endif /* EG_IFR_SYMBOLS_H */
