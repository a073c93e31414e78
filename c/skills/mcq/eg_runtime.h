/* Scoring of one multiple-choice item (docs/format.md section 2.8) <-> src/runtime. */
#ifndef EG_RUNTIME_H
#define EG_RUNTIME_H

#include "eg_common.h"
#include "eg_reader.h"
#include "eg_features.h"

/* Scores every option of *item with the loaded artifact (eg_artifact_load returned EG_OK).
 * scores_out[i] for i < option_count gets score_i, the rest 0; *prediction gets the index of the
 * highest score, ties to the lowest index. Returns EG_OK or EG_BAD_ITEM (then outputs are 0). */
int eg_score(const eg_artifact *a, const eg_item *item, eg_scratch *s, int32_t scores_out[EG_MAX_OPTIONS],
             int *prediction);

#endif /* EG_RUNTIME_H */
