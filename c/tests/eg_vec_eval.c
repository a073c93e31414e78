/* eg_vec_eval.h: hash and tokenizer vectors evaluated with the runtime's own functions. */
#include <stdlib.h>
#include <string.h>
#include "eg_vec_eval.h"
#include "eg_crc32.h"
#include "eg_hash.h"
#include "eg_sha256.h"
#include "eg_tokenize.h"

#define EG_VEC_BYTES_CAP 8192u
#define EG_VEC_TOKENS_CAP 1024u

int eg_vec_eval_hash(const eg_vec_file *v, char *out, size_t cap) {
    static uint8_t buf[EG_VEC_BYTES_CAP];
    const char *fn = v->fields[0];
    int ok = 1;
    long n;
    if (cap < 65u) return -1;
    if (strcmp(fn, "fmix32") == 0 && v->nfields == 3u) {
        uint32_t x = eg_vec_u32(v->fields[1], &ok);
        snprintf(out, cap, "%08x", eg_hash_fmix32(x));
        return ok ? 0 : -1;
    }
    if (strcmp(fn, "feature") == 0 && v->nfields == 5u) {
        uint32_t ns = eg_vec_u32(v->fields[1], &ok), a = eg_vec_u32(v->fields[2], &ok), b = eg_vec_u32(v->fields[3], &ok);
        snprintf(out, cap, "%08x", eg_hash_feature(ns, a, b));
        return ok ? 0 : -1;
    }
    if (v->nfields != 3u || (n = eg_vec_unhex(v->fields[1], buf, sizeof(buf))) < 0) return -1;
    if (strcmp(fn, "fnv1a") == 0) {
        snprintf(out, cap, "%08x", eg_hash_fnv1a(buf, (size_t)n, EG_FNV_OFFSET));
    } else if (strcmp(fn, "crc32") == 0) {
        snprintf(out, cap, "%08x", eg_crc32(buf, (size_t)n));
    } else if (strcmp(fn, "sha256") == 0) {
        uint8_t d[32];
        size_t i;
        eg_sha256(buf, (size_t)n, d);
        for (i = 0; i < 32u; i++) snprintf(out + 2u * i, 3, "%02x", d[i]);
    } else {
        return -1;
    }
    return 0;
}

int eg_vec_eval_tokenize(const eg_vec_file *v, char *out, size_t cap) {
    static uint8_t buf[EG_VEC_BYTES_CAP];
    static uint32_t tok[EG_VEC_TOKENS_CAP];
    long n;
    unsigned long max_bytes, max_tokens;
    uint32_t count, i;
    size_t at;
    char *end;
    if (v->nfields < 4u || (n = eg_vec_unhex(v->fields[2], buf, sizeof(buf))) < 0) return -1;
    max_bytes = strtoul(v->fields[0], &end, 10);
    if (*end != '\0') return -1;
    max_tokens = strtoul(v->fields[1], &end, 10);
    if (*end != '\0' || max_tokens > EG_VEC_TOKENS_CAP) return -1;
    count = eg_text_tokenize(buf, (size_t)n, (size_t)max_bytes, (uint32_t)max_tokens, tok);
    at = (size_t)snprintf(out, cap, "%u", (unsigned)count);
    for (i = 0; i < count && at + 10u < cap; i++) at += (size_t)snprintf(out + at, cap - at, " %08x", tok[i]);
    return i == count ? 0 : -1;
}

void eg_vec_expected_tokenize(const eg_vec_file *v, char *out, size_t cap) {
    size_t at = 0;
    unsigned k;
    out[0] = '\0';
    for (k = 3; k < v->nfields && at < cap; k++) at += (size_t)snprintf(out + at, cap - at, k == 3 ? "%s" : " %s", v->fields[k]);
}
