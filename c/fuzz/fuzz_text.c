/* Fuzz target: the text pipeline and scoring on arbitrary bytes, differentially against the
 * literal reference scorer (tests/eg_ref.c): any score difference aborts. Input layout:
 *   byte 0: option count (2 + b % 7); byte 1: artifact variant; bytes 2..11: field split points;
 *   the rest: the bytes, cut into context, question and options at those points.
 * Each field is copied to its own exact-size heap block so AddressSanitizer sees over-reads. */
#include <stdlib.h>
#include <string.h>
#include "eg_reader.h"
#include "eg_runtime.h"
#include "eg_tokenize.h"
#include "eg_ref.h"
#include "eg_testart.h"

static eg_scratch g_s;
static uint8_t g_art[4][1u << 15];
static eg_artifact g_a[4];
static int g_ready = 0;

static void setup(void) {
    uint32_t v;
    for (v = 0; v < 4u; v++) {
        eg_testart_opts o = eg_testart_defaults();
        size_t n;
        o.hash_bits = 8u + 2u * v;
        o.ns_mask = v == 3u ? 0x2AAAu : v == 2u ? 0x1FFFu : 0x3FFFu;
        o.hash_mult = 1u + 1365u * v;
        o.seed = 11u + v;
        n = eg_testart_build(&o, g_art[v], sizeof(g_art[v]));
        if (n == 0 || eg_artifact_load(g_art[v], n, &g_a[v]) != EG_OK) {
            abort();
        }
    }
    g_ready = 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    uint8_t *fields[2 + EG_MAX_OPTIONS];
    size_t cut[3 + EG_MAX_OPTIONS];
    uint32_t nf, f, tok[64];
    eg_item it;
    int32_t got[8], want[8];
    int pred, wpred = 0;
    const eg_artifact *a;
    const uint8_t *body;
    size_t blen;

    if (!g_ready) {
        setup();
    }
    if (size < 12) {
        return 0;
    }
    memset(&it, 0, sizeof(it));
    it.option_count = 2u + data[0] % 7u;
    a = &g_a[data[1] & 3u];
    nf = 2u + it.option_count;
    body = data + 12;
    blen = size - 12;
    cut[0] = 0;
    for (f = 1; f < nf; f++) { /* non-decreasing split points from the parameter bytes */
        size_t c = blen * data[1 + f] / 256u;
        cut[f] = c < cut[f - 1] ? cut[f - 1] : c;
    }
    cut[nf] = blen;
    for (f = 0; f < nf; f++) {
        size_t l = cut[f + 1] - cut[f];
        fields[f] = (uint8_t *)malloc(l ? l : 1);
        if (fields[f] == NULL) {
            abort();
        }
        memcpy(fields[f], body + cut[f], l);
        if (f == 0) {
            it.context.ptr = fields[f];
            it.context.len = (uint32_t)l;
        } else if (f == 1) {
            it.question.ptr = fields[f];
            it.question.len = (uint32_t)l;
        } else {
            it.options[f - 2].ptr = fields[f];
            it.options[f - 2].len = (uint32_t)l;
        }
    }
    /* the tokenizer alone, with a small token limit and a byte limit inside the field */
    (void)eg_text_tokenize(it.context.ptr, it.context.len, it.context.len / 2u, 64u, tok);
    if (eg_score(a, &it, &g_s, got, &pred) != EG_OK) {
        abort();
    }
    eg_ref_score(a, &it, want);
    for (f = 0; f < it.option_count; f++) {
        if (got[f] != want[f]) {
            abort();
        }
        if (want[f] > want[wpred]) {
            wpred = (int)f;
        }
    }
    if (pred != wpred) {
        abort();
    }
    for (f = 0; f < nf; f++) {
        free(fields[f]);
    }
    return 0;
}
