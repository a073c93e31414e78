/* A slow, literal reference implementation of docs/format.md sections 2.2-2.8 (v2) (normalize into a
 * buffer, then split; a linear-search token list; feature hashes over explicit 9-byte arrays), to
 * check the fused, table-driven runtime in the unit tests and the text fuzzer. The deductive module
 * (2.9) is not re-implemented: its verdicts come from eg_logic_run; TS parity tests cover it. */
#ifndef EG_REF_H
#define EG_REF_H

#include "eg_reader.h"
#include "eg_features.h"

/* scores[i] for i < item->option_count; the item must be valid (2..8 options). */
void eg_ref_score(const eg_artifact *a, const eg_item *item, int32_t *scores);

#endif /* EG_REF_H */
