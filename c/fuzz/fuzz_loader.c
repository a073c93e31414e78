/* Fuzz target: the artifact loader (and scoring with whatever loads). The first input byte picks
 * a mode, so the fuzzer gets past the CRCs instead of dying at check 7:
 *   mode 0: load the rest as is;
 *   mode 1: copy, recompute every CRC (eg_testart_reseal), load;
 *   mode 2/3: build a valid test artifact from 4 parameter bytes, apply the rest as (offset, byte)
 *             edits, reseal in mode 3, load.
 * Every buffer is heap-allocated at its exact size so AddressSanitizer sees any over-read. */
#include <stdlib.h>
#include <string.h>
#include "eg_reader.h"
#include "eg_runtime.h"
#include "eg_testart.h"

static eg_scratch g_s;
static uint8_t g_build[1u << 17];

static void score_one(const eg_artifact *a) {
    static const char *const f[4] = {"Not all pumps fail; some don't.", "Which must be TRUE except?",
                                     "all pumps fail", "some pumps don\xE2\x80\x99t fail"};
    eg_item it;
    int32_t sc[8];
    int pred;
    uint32_t i;
    memset(&it, 0, sizeof(it));
    it.context.ptr = (const uint8_t *)f[0];
    it.context.len = (uint32_t)strlen(f[0]);
    it.question.ptr = (const uint8_t *)f[1];
    it.question.len = (uint32_t)strlen(f[1]);
    it.option_count = 2;
    for (i = 0; i < 2; i++) {
        it.options[i].ptr = (const uint8_t *)f[2 + i];
        it.options[i].len = (uint32_t)strlen(f[2 + i]);
    }
    if (eg_score(a, &it, &g_s, sc, &pred) != EG_OK || pred < 0 || pred > 1) {
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    eg_artifact a;
    uint8_t *buf;
    size_t len, i;
    uint32_t mode;
    if (size == 0) {
        return 0;
    }
    mode = data[0] & 3u;
    data++;
    size--;
    if (mode <= 1u) {
        buf = (uint8_t *)malloc(size ? size : 1);
        if (buf == NULL) {
            return 0;
        }
        memcpy(buf, data, size);
        len = size;
        if (mode == 1u) {
            eg_testart_reseal(buf, len);
        }
    } else {
        eg_testart_opts o = eg_testart_defaults();
        if (size < 4) {
            return 0;
        }
        o.hash_bits = 8u + data[0] % 4u;
        o.ns_mask = ((uint32_t)data[1] << 6 | data[2]) & 0x3FFFu;
        o.hash_mult = 1u + data[2] * 16u;
        o.lex_slots = 128u << (data[3] & 1u);
        o.seed = data[3] + 1u;
        len = eg_testart_build(&o, g_build, sizeof(g_build));
        for (i = 4; i + 2 < size; i += 3) { /* (u16 offset, byte) edits */
            size_t off = ((size_t)data[i] | ((size_t)data[i + 1] << 8)) % len;
            g_build[off] = data[i + 2];
        }
        if (mode == 3u) {
            eg_testart_reseal(g_build, len);
        }
        buf = (uint8_t *)malloc(len);
        if (buf == NULL) {
            return 0;
        }
        memcpy(buf, g_build, len);
    }
    if (eg_artifact_load(buf, len, &a) == EG_OK) {
        score_one(&a);
    }
    free(buf);
    return 0;
}
