/* Slot values of a frame <-> runtime.ts fillValues: normalizeValue(slotSchemaOf(rec), slot text,
 * resolvers over the artifact's entity lists), written as `,"value":{...}` after the slot's "end".
 * The normalizers themselves are eg_cmd_normalize.c (not this file). */
#include "eg_cmd.h"
#include "eg_cmd_normalize.h"

static int cstr(const void *ctx, uint32_t id, const uint8_t **ptr, size_t *len) {
    const eg_cmd *m = (const eg_cmd *)ctx;
    uint32_t l;
    if (id >= m->n_str) {
        return 1;
    }
    *ptr = eg_cmd_string(m, id, &l);
    *len = l;
    return 0;
}

int eg_cmd_slot_value(const eg_cmd *m, const uint8_t *rec, const uint8_t *text, size_t len, uint8_t *scratch, size_t scratch_len,
                      char *out, size_t cap, size_t *wrote) {
    static const char key[] = ",\"value\":";
    eg_cmd_slot_schema sc;
    eg_cmd_entity_resolver r;
    eg_cmd_value v;
    uint32_t unit = eg_rd_u32(rec + 8), ul = 0;
    size_t k, n;
    int rc;
    *wrote = 0;
    sc.type = rec[0];
    sc.decimals = rec[2];
    sc.entity = eg_rd_u32(rec + 4);
    sc.unit = unit == EG_CMD_NONE ? NULL : eg_cmd_string(m, unit, &ul);
    sc.unit_len = ul;
    r.cent = m->cent;
    r.n_entities = m->n_entities;
    r.ceky = m->ceky;
    r.n_keys = m->ceky_n;
    r.cesy = m->cesy;
    r.n_synonyms = m->cesy_n;
    r.string = cstr;
    r.ctx = m;
    rc = eg_cmd_normalize(&sc, text, len, &r, &v, scratch, scratch_len);
    if (rc == EG_CMD_NORM_NONE) {
        return 0;
    }
    if (rc != EG_CMD_NORM_VALUE) {
        return -1;
    }
    if (cap < sizeof(key) - 1u) {
        return -1;
    }
    for (k = 0; k < sizeof(key) - 1u; k++) {
        out[k] = key[k];
    }
    n = eg_cmd_value_json(&v, out + k, cap - k);
    if (n >= cap - k) {
        return -1;
    }
    *wrote = k + n;
    return 1;
}
