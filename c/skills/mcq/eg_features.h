/* Option scores of the multiple-choice skill (docs/format.md sections 2.7-2.8)
 * <-> src/skills/mcq/features.ts: the hashed + dense feature sums of one option, read from the item
 * tables that eg_prepare_item built (eg_prepare.h). */
#ifndef EG_FEATURES_H
#define EG_FEATURES_H

#include "eg_common.h"
#include "eg_reader.h"
#include "eg_prepare.h"

/* score_i = hash_mult * hsum_i + dsum_i for option i < s->option_count (format.md 2.8). */
int32_t eg_features_option_score(const eg_artifact *a, const eg_scratch *s, uint32_t i);

#endif /* EG_FEATURES_H */
