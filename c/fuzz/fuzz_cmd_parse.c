/* Fuzz target: the structured-commands parser (eg_cmd_parse, c/skills/commands/eg_cmd_runtime.c) on hostile
 * query bytes (invalid UTF-8, control bytes, long inputs) with one fixed, valid artifact.
 *
 * The artifact is the file named by $ENGRAM_FUZZ_CMD_ARTIFACT (`make fuzz-cmd` builds the demo artifact
 * and sets it). Without it, or when it does not load, or when it does not parse a known query, the
 * target exits 2 before the first run: a fuzzer that silently parsed nothing would make the report
 * untrue.
 *
 * Input: byte 0 picks the output buffer's size (caps[]), the rest is the query. Checks per input:
 * EG_OK or EG_CMD_TOO_LARGE only; the JSON stays inside the buffer, is well-formed UTF-8 and one
 * object; parsing again into a large buffer gives the same bytes (no state leaks through the
 * scratch), and the small buffer failed exactly when the JSON does not fit in it.
 * Every buffer is heap-allocated at its exact size so AddressSanitizer sees any overrun. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "eg_cmd.h"
#include "eg_host_file.h"

#define ART_CAP (16u << 20)
#define BIG_CAP (1u << 16)

static uint8_t *g_art;
static eg_cmd g_m;
static eg_cmd_scratch g_s;
static char *g_big;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void die(const char *msg, const char *arg) {
    fprintf(stderr, "fuzz_cmd_parse: %s%s\n", msg, arg);
    exit(2);
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    static const char probe[] = "preheat the oven to 350 F";
    const char *path = getenv("ENGRAM_FUZZ_CMD_ARTIFACT");
    eg_cmd_result res;
    size_t out_len;
    long n;
    int rc;
    (void)argc;
    (void)argv;
    if (path == NULL || path[0] == '\0') {
        die("set ENGRAM_FUZZ_CMD_ARTIFACT to a commands artifact (make fuzz-cmd builds the demo one)", "");
    }
    g_art = (uint8_t *)malloc(ART_CAP);
    g_big = (char *)malloc(BIG_CAP);
    if (g_art == NULL || g_big == NULL) {
        die("out of memory", "");
    }
    n = eg_host_read_file(path, g_art, ART_CAP);
    if (n < 0) {
        die("cannot read ", path);
    }
    rc = eg_cmd_load(g_art, (size_t)n, &g_m);
    if (rc != EG_OK) {
        fprintf(stderr, "fuzz_cmd_parse: %s: load error %d (%s)\n", path, rc, eg_err_name(rc));
        exit(2);
    }
    rc = eg_cmd_parse(&g_m, (const uint8_t *)probe, sizeof(probe) - 1u, &g_s, g_big, BIG_CAP, &out_len, &res);
    if (rc != EG_OK || g_m.n_intents < 2u || res.n_tok == 0u || out_len == 0u) {
        die("the artifact does not parse a plain query: ", path);
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const size_t caps[8] = {0u, 1u, 2u, 16u, 64u, 200u, 1024u, BIG_CAP};
    size_t cap, n, len = 0, big_len = 0;
    uint8_t *q;
    char *out;
    int rc, big_rc;
    if (size < 1u) {
        return 0;
    }
    cap = caps[data[0] & 7u];
    n = size - 1u;
    q = (uint8_t *)malloc(n ? n : 1u);
    out = (char *)malloc(cap ? cap : 1u);
    if (q == NULL || out == NULL) {
        abort();
    }
    memcpy(q, data + 1, n);
    rc = eg_cmd_parse(&g_m, q, n, &g_s, out, cap, &len, NULL);
    if ((rc != EG_OK && rc != EG_CMD_TOO_LARGE) || len > cap) {
        abort();
    }
    big_rc = eg_cmd_parse(&g_m, q, n, &g_s, g_big, BIG_CAP, &big_len, NULL);
    if (big_rc != EG_OK && big_rc != EG_CMD_TOO_LARGE) {
        abort();
    }
    if (big_rc == EG_OK) {
        if (big_len < 2u || g_big[0] != '{' || g_big[big_len - 1u] != '}' || !eg_utf8_valid((const uint8_t *)g_big, (uint32_t)big_len)) {
            abort();
        }
        /* The small buffer fails exactly when the JSON does not fit, and otherwise holds the same bytes. */
        if ((rc == EG_OK) != (big_len <= cap) || (rc == EG_OK && (len != big_len || memcmp(out, g_big, len) != 0))) {
            abort();
        }
    } else if (rc == EG_OK) {
        abort(); /* too large for the big buffer, yet parsed into a buffer no larger */
    }
    free(out);
    free(q);
    return 0;
}
