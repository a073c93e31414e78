/* Strict and loose verdicts of one prompt's instructions for one response, as evaluate.ts judge()
 * computes them: every instruction is bound first (a bad kwarg refuses the whole row, as buildCheck
 * throws before any check runs), then each is checked on the response and, in loose mode, on the
 * eight variants in the official order until one passes. A candidate blank after strip() never passes. */
#include "eg_ifv_checkers.h"

/* Loose variant k of the response (0: as is, 1: '*' removed, 2/3/4: first/last/both lines removed and
 * stripped, 5/6/7: those with '*' removed), written to scr->var unless it is the response itself. */
static eg_txt variant(eg_txt r, int k, eg_ifv_scratch *scr) {
    eg_txt v = r, out;
    uint32_t i, first = r.n, last = r.n, n = 0;
    int base = k == 1 ? 0 : k >= 5 ? k - 3 : k, stars = k == 1 || k >= 5;
    if (k == 0) return r;
    for (i = 0; i < r.n; i++) {
        if (r.s[i] == '\n') {
            if (first == r.n) first = i;
            last = i;
        }
    }
    if (base >= 2) {
        /* split("\n"): with no newline there is one line, and removing one leaves "". */
        if (first == r.n) {
            v.n = 0;
        } else if (base == 2) {
            v.s = r.s + first + 1u, v.n = r.n - first - 1u;
        } else if (base == 3) {
            v.n = last;
        } else if (first == last) {
            v.n = 0;
        } else {
            v.s = r.s + first + 1u, v.n = last - first - 1u;
        }
        v = eg_py_strip(v);
    }
    for (i = 0; i < v.n; i++) {
        if (!stars || v.s[i] != '*') scr->var[n++] = v.s[i];
    }
    out.s = scr->var;
    out.n = n;
    return out;
}

static int follows(const eg_ifv_ctx *ctx, const eg_ifv_bound *b, const eg_ifv_instr *in, eg_txt v, eg_ifv_scratch *scr) {
    if (eg_py_strip(v).n == 0u) return 0;
    return eg_ifv_check(ctx, b, in, v, scr);
}

int eg_ifv_judge(const eg_ifv_ctx *ctx, const eg_ifv_instr *ins, uint32_t n, const uint8_t *resp, uint32_t resp_len,
                 uint8_t *strict, uint8_t *loose, eg_ifv_scratch *scr) {
    eg_ifv_bound bound[EG_IFV_MAX_INSTR];
    eg_txt r;
    int64_t len;
    uint32_t i;
    if (n > EG_IFV_MAX_INSTR) return EG_IFV_TOO_LARGE;
    for (i = 0; i < n; i++) {
        int rc = eg_ifv_bind(&ins[i], &bound[i], scr->arg[i], scr);
        if (rc) return rc;
    }
    len = eg_ifv_decode(resp, resp_len, scr->resp, EG_IFV_MAX_CPS);
    if (len < 0) return EG_IFV_TOO_LARGE;
    r.s = scr->resp;
    r.n = (uint32_t)len;
    for (i = 0; i < n; i++) {
        int v = follows(ctx, &bound[i], &ins[i], r, scr), k;
        if (v < 0) return -v;
        strict[i] = (uint8_t)v;
        loose[i] = (uint8_t)v; /* variant 0 is the response itself */
        for (k = 1; k < 8 && !loose[i]; k++) {
            v = follows(ctx, &bound[i], &ins[i], variant(r, k, scr), scr);
            if (v < 0) return -v;
            loose[i] = (uint8_t)v;
        }
    }
    return EG_OK;
}
