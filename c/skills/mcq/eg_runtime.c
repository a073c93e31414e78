/* Scoring of one multiple-choice item (docs/format.md section 2.8) <-> src/runtime. */
#include "eg_runtime.h"
#include "eg_repair.h"

int eg_score(const eg_artifact *a, const eg_item *item, eg_scratch *s, int32_t scores_out[EG_MAX_OPTIONS],
             int *prediction) {
    uint32_t i;
    int rc;
    for (i = 0; i < EG_MAX_OPTIONS; i++) {
        scores_out[i] = 0;
    }
    *prediction = 0;
    rc = eg_prepare_item(a, item, s);
    if (rc != EG_OK) {
        return rc;
    }
    for (i = 0; i < s->option_count; i++) {
        scores_out[i] = eg_features_option_score(a, s, i);
    }
    (void)eg_repair_apply(a, s, scores_out, s->option_count); /* format.md 2.10; no-op without RPRS */
    for (i = 1; i < s->option_count; i++) {
        if (scores_out[i] > scores_out[*prediction]) { /* strict: ties go to the lowest index */
            *prediction = (int)i;
        }
    }
    return EG_OK;
}
