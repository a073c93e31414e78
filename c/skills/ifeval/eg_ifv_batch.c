/* Reads the verifier's batch file in place (eg_ifv_batch.h); no allocation, bounds checked. */
#include "eg_ifv_batch.h"

static uint32_t u32(eg_ifv_batch *r) {
    uint32_t v;
    if (r->bad || r->n - r->i < 4u || r->i > r->n) {
        r->bad = 1;
        return 0;
    }
    v = (uint32_t)r->b[r->i] | (uint32_t)r->b[r->i + 1] << 8 | (uint32_t)r->b[r->i + 2] << 16 | (uint32_t)r->b[r->i + 3] << 24;
    r->i += 4;
    return v;
}

static eg_ifv_bytes str(eg_ifv_batch *r) {
    eg_ifv_bytes s;
    s.n = u32(r);
    s.p = r->b;
    if (r->bad || s.n > r->n - r->i) {
        r->bad = 1;
        s.n = 0;
        return s;
    }
    s.p = r->b + r->i;
    r->i += s.n;
    return s;
}

int eg_ifv_batch_open(eg_ifv_batch *r, const uint8_t *b, size_t n) {
    r->b = b;
    r->n = n;
    r->i = 0;
    r->bad = 0;
    r->row = 0;
    if (n < 12u || b[0] != 'E' || b[1] != 'G' || b[2] != 'I' || b[3] != 'V') return EG_IFV_BAD_DATA;
    r->i = 4;
    if (u32(r) != 1u) return EG_IFV_BAD_DATA;
    r->rows = u32(r);
    return EG_OK;
}

int eg_ifv_batch_next(eg_ifv_batch *r, eg_ifv_batch_row *row) {
    uint32_t i, k;
    if (r->row >= r->rows) return r->i == r->n ? 0 : -EG_IFV_BAD_DATA;
    row->n = u32(r);
    row->too_many = row->n > EG_IFV_MAX_INSTR;
    for (i = 0; i < row->n && !r->bad; i++) {
        /* Past the arrays' room the row is still read (to find the next one) into the last slots. */
        uint32_t slot = i < EG_IFV_MAX_INSTR ? i : EG_IFV_MAX_INSTR - 1u, nkw;
        row->ins[slot].id = str(r);
        nkw = u32(r);
        row->too_many |= nkw > EG_IFV_BATCH_MAX_KW;
        row->ins[slot].kw = row->kws[slot];
        row->ins[slot].nkw = nkw < EG_IFV_BATCH_MAX_KW ? nkw : EG_IFV_BATCH_MAX_KW;
        for (k = 0; k < nkw && !r->bad; k++) {
            uint32_t ks = k < EG_IFV_BATCH_MAX_KW ? k : EG_IFV_BATCH_MAX_KW - 1u;
            eg_ifv_kwarg *kw = &row->kws[slot][ks];
            kw->key = str(r);
            if (r->i >= r->n) {
                r->bad = 1;
                break;
            }
            kw->type = r->b[r->i++];
            if (kw->type == EG_KW_INT) {
                uint64_t v = (uint64_t)u32(r);
                v |= (uint64_t)u32(r) << 32;
                kw->i = (int64_t)v;
            } else if (kw->type == EG_KW_STR) {
                kw->s = str(r);
            } else if (kw->type == EG_KW_LIST) {
                uint32_t m = u32(r), q;
                row->too_many |= m > EG_IFV_BATCH_MAX_LIST;
                kw->list = row->lists[slot][ks];
                kw->nlist = m < EG_IFV_BATCH_MAX_LIST ? m : EG_IFV_BATCH_MAX_LIST;
                for (q = 0; q < m && !r->bad; q++) row->lists[slot][ks][q < EG_IFV_BATCH_MAX_LIST ? q : EG_IFV_BATCH_MAX_LIST - 1u] = str(r);
            } else if (kw->type != EG_KW_OTHER) {
                r->bad = 1;
            }
        }
    }
    row->prompt = str(r);
    row->response = str(r);
    if (r->bad) return -EG_IFV_BAD_DATA;
    r->row++;
    return 1;
}
