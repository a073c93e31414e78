/* Route-gated repairs (docs/format.md sections 2.10 and 4.10) <-> src/skills/mcq/repair/section.ts.
 * Validated once by eg_artifact_load; applied after scoring by eg_score. */
#ifndef EG_REPAIR_H
#define EG_REPAIR_H

#include "eg_common.h"

#define EG_RPRS_HEADER      8u
#define EG_REPAIR_BYTES     96u
#define EG_MAX_REPAIRS      64u
#define EG_REPAIR_MAX_ROUTE 8u
#define EG_REPAIR_MAX_DELTA (1 << 22)
#define EG_REPAIR_ANY       0xFFu
#define EG_REPAIR_RANK      0x80u

/* Validates an RPRS section's contents (format.md 4.10); EG_OK or EG_BAD_SECTION. */
int eg_repair_check(const uint8_t *p, uint32_t len);

struct eg_artifact;
struct eg_scratch;

/* Adds the deltas of every firing repair to scores[0, n) (format.md 2.10). Conditions are read
 * from the unrepaired scores, so the order of repairs does not matter. Returns how many fired. */
uint32_t eg_repair_apply(const struct eg_artifact *a, const struct eg_scratch *s, int32_t *scores, uint32_t n);

#endif /* EG_REPAIR_H */
