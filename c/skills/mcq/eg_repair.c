/* Route-gated repairs (docs/format.md sections 2.10 and 4.10) <-> src/skills/mcq/repair/section.ts. */
#include "eg_repair.h"
#include "eg_reader.h"
#include "eg_features.h"
#include "eg_hash.h"

static int eg_selector_ok(uint32_t x) {
    return x <= 7u || (x >= EG_REPAIR_RANK && x <= (EG_REPAIR_RANK | 7u));
}

int eg_repair_check(const uint8_t *p, uint32_t len) {
    uint32_t n, i, j;
    EG_NEED(len >= EG_RPRS_HEADER);
    n = eg_rd_u32(p);
    EG_NEED(n <= EG_MAX_REPAIRS && eg_rd_u32(p + 4) == 0u && len == EG_RPRS_HEADER + EG_REPAIR_BYTES * n);
    for (i = 0; i < n; i++) {
        const uint8_t *r = p + EG_RPRS_HEADER + EG_REPAIR_BYTES * i;
        uint32_t rc = r[4], min_hits = r[5], xc = r[6];
        int32_t max_margin = eg_rd_i32(r + 76);
        int32_t delta = eg_rd_i32(r + 80);
        EG_NEED(rc <= EG_REPAIR_MAX_ROUTE && xc <= EG_REPAIR_MAX_ROUTE && min_hits <= rc && r[7] == 0u);
        for (j = 0; j < EG_REPAIR_MAX_ROUTE; j++) {
            /* route slots past the route's length are zero */
            EG_NEED(!(j >= rc && eg_rd_u32(r + 8 + 4 * j) != 0u) && !(j >= xc && eg_rd_u32(r + 40 + 4 * j) != 0u));
        }
        EG_NEED((r[72] <= 7u || r[72] == EG_REPAIR_ANY) && (r[73] <= 7u || r[73] == EG_REPAIR_ANY));
        EG_NEED(eg_selector_ok(r[74]) && eg_selector_ok(r[75]) && r[74] != r[75]);
        EG_NEED(max_margin >= 0 && delta >= 1 && delta <= EG_REPAIR_MAX_DELTA);
        for (j = 84; j < EG_REPAIR_BYTES; j += 4) {
            EG_NEED(eg_rd_u32(r + j) == 0u);
        }
    }
    return EG_OK;
}

/* Is token hash h in the item token table (format.md 2.5)? */
static int eg_repair_present(const eg_scratch *s, uint32_t h) {
    return eg_tt_lookup(&s->tt, h) != 0u;
}

/* The option ranked r (0 = top) by score, ties to the lower index; -1 if r >= n. */
static int eg_option_at_rank(const int32_t *base, uint32_t n, uint32_t r) {
    uint32_t i, j;
    if (r >= n) {
        return -1;
    }
    for (i = 0; i < n; i++) {
        uint32_t rank = 0;
        for (j = 0; j < n; j++) {
            if (base[j] > base[i] || (base[j] == base[i] && j < i)) {
                rank++;
            }
        }
        if (rank == r) {
            return (int)i;
        }
    }
    return -1;
}

static int eg_resolve(uint32_t sel, const int32_t *base, uint32_t n) {
    if ((sel & EG_REPAIR_RANK) != 0u) {
        return eg_option_at_rank(base, n, sel & 7u);
    }
    return sel < n ? (int)sel : -1;
}

uint32_t eg_repair_apply(const eg_artifact *a, const eg_scratch *s, int32_t *scores, uint32_t n) {
    int32_t base[EG_MAX_OPTIONS];
    uint32_t i, j, top = 0, second, fired = 0;
    int32_t margin;
    if (a->repair_count == 0u || n < 2u || n > EG_MAX_OPTIONS) {
        return 0;
    }
    for (i = 0; i < EG_MAX_OPTIONS; i++) {
        base[i] = i < n ? scores[i] : 0;
    }
    for (i = 0; i < n; i++) {
        if (base[i] > base[top]) {
            top = i;
        }
    }
    second = top == 0u ? 1u : 0u;
    for (i = 0; i < n; i++) {
        if (i != top && base[i] > base[second]) {
            second = i;
        }
    }
    margin = base[top] - base[second]; /* scores are bounded by 2^28 in magnitude: no overflow */
    for (i = 0; i < a->repair_count; i++) {
        const uint8_t *r = a->rprs + EG_RPRS_HEADER + EG_REPAIR_BYTES * i;
        uint32_t rc = r[4], hits = 0;
        int t, c, excluded = 0;
        if ((r[72] != EG_REPAIR_ANY && r[72] != top) || (r[73] != EG_REPAIR_ANY && r[73] != second)) {
            continue;
        }
        if (margin > eg_rd_i32(r + 76)) {
            continue;
        }
        for (j = 0; j < rc; j++) {
            hits += (uint32_t)eg_repair_present(s, eg_rd_u32(r + 8 + 4 * j));
        }
        if (hits < r[5]) {
            continue;
        }
        for (j = 0; j < r[6]; j++) {
            excluded |= eg_repair_present(s, eg_rd_u32(r + 40 + 4 * j));
        }
        if (excluded) {
            continue;
        }
        t = eg_resolve(r[74], base, n);
        c = eg_resolve(r[75], base, n);
        if (t < 0 || c < 0 || t == c || base[t] > base[c]) {
            continue;
        }
        scores[t] += eg_rd_i32(r + 80); /* <= 64 * 2^22 on top of |score| < 2^28: no overflow */
        fired++;
    }
    return fired;
}
