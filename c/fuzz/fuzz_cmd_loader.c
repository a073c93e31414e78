/* Fuzz target: the structured-commands artifact loader (eg_cmd_load, c/skills/commands/eg_cmd_artifact.c)
 * and the parser on whatever loads. Hostile bytes must give EG_OK or a typed loader code (the artifact
 * range of src/artifact/errors.ts; EG_CMD_TOO_LARGE too in a build with lowered limits), never a crash
 * or an out-of-bounds read; an artifact that loads must parse a few fixed queries to EG_OK or
 * EG_CMD_TOO_LARGE with the JSON inside the output buffer.
 *
 * The first byte picks a mode so the fuzzer gets past the CRCs (eg_fuzz_input.h: odd = re-seal, even =
 * as is). `make fuzz-cmd` seeds the corpus with real commands artifacts and mutations of their section
 * bytes (src/board/commands-fuzz.ts).
 * Every buffer is heap-allocated at its exact size so AddressSanitizer sees any over-read. */
#include <stdlib.h>
#include <string.h>
#include "eg_cmd.h"
#include "eg_fuzz_input.h"

#define OUT_CAP 4096u
/* A build with a lowered slot limit (board builds) refuses a valid artifact with a larger intent. */
#if defined(EG_CMD_MAX_INTENT_SLOTS) && EG_CMD_MAX_INTENT_SLOTS < EG_CMD_MAX_SLOTS
#define LOAD_LIMITED 1
#else
#define LOAD_LIMITED 0
#endif

static eg_cmd_scratch g_s;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void parse_fixed(const eg_cmd *m) {
    /* A slot-filling query, one with numbers and units, a refusal candidate, and invalid UTF-8. */
    static const char *const queries[4] = {"preheat the oven to 350 F please", "set a timer for two hours and 15 minutes",
                                           "tell me a joke", "\xFF\xC3(turn \xE2\x80 on\x01 the KITCHEN light\xF0\x9F\x98\x80"};
    char *out = (char *)malloc(OUT_CAP);
    int i;
    if (out == NULL) {
        return;
    }
    for (i = 0; i < 4; i++) {
        size_t n = strlen(queries[i]), out_len = 0;
        uint8_t *q = (uint8_t *)malloc(n);
        int rc;
        if (q == NULL) {
            break;
        }
        memcpy(q, queries[i], n);
        rc = eg_cmd_parse(m, q, n, &g_s, out, OUT_CAP, &out_len, NULL);
        free(q);
        /* A loaded artifact parses, or the query outgrows the C port's working memory (or the output
         * buffer); EG_CMD_NO_GRAMMAR only in a build without the grammar classes. */
        if ((rc != EG_OK && rc != EG_CMD_TOO_LARGE && (EG_CMD_HAVE_GRAMMAR || rc != EG_CMD_NO_GRAMMAR)) || out_len > OUT_CAP || (rc == EG_OK && (out_len < 2u || out[0] != '{'))) {
            abort();
        }
    }
    free(out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    size_t n = 0;
    uint8_t *buf = eg_fuzz_artifact(data, size, &n);
    eg_cmd m;
    int rc;
    if (buf == NULL) {
        return 0;
    }
    rc = eg_cmd_load(buf, n, &m);
    if (rc == EG_OK) {
        parse_fixed(&m);
    } else if (strcmp(eg_err_name(rc), "UNKNOWN") == 0 || !(rc <= EG_ERR_ARTIFACT_LAST || (LOAD_LIMITED && rc == EG_CMD_TOO_LARGE))) {
        abort(); /* an untyped code, or one the loader never returns */
    }
    free(buf);
    return 0;
}
