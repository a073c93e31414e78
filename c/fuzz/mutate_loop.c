/* Fallback fuzz driver for compilers without libFuzzer: a deterministic (fixed-seed) mutation
 * loop over LLVMFuzzerTestOneInput. Usage: loop_X RUNS. Prints the number of executions; any
 * crash or sanitizer report aborts the process (non-zero exit). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

#define POOL 64
#define MAXLEN 8192

static unsigned int g_x = 2463534242u;
static unsigned int rnd(unsigned int n) {
    g_x ^= g_x << 13;
    g_x ^= g_x >> 17;
    g_x ^= g_x << 5;
    return n ? g_x % n : 0;
}

int main(int argc, char **argv) {
    static unsigned char pool[POOL][MAXLEN];
    static size_t plen[POOL];
    static unsigned char cur[MAXLEN];
    long runs = argc > 1 ? atol(argv[1]) : 100000;
    long r;
    size_t i;
    for (i = 0; i < POOL; i++) { /* random seeds of random lengths, every mode byte */
        size_t k;
        plen[i] = 12 + rnd(2048);
        for (k = 0; k < plen[i]; k++) pool[i][k] = (unsigned char)rnd(256);
        pool[i][0] = (unsigned char)i;
    }
    for (r = 0; r < runs; r++) {
        size_t p = rnd(POOL), len = plen[p], m, nmut = 1 + rnd(8);
        memcpy(cur, pool[p], len);
        for (m = 0; m < nmut; m++) {
            switch (rnd(5)) {
            case 0: if (len) cur[rnd((unsigned)len)] ^= (unsigned char)(1u << rnd(8)); break;
            case 1: if (len) cur[rnd((unsigned)len)] = (unsigned char)rnd(256); break;
            case 2: if (len > 1) len = 1 + rnd((unsigned)len); break; /* truncate */
            case 3: if (len + 16 < MAXLEN) { size_t k; for (k = 0; k < 16; k++) cur[len++] = (unsigned char)rnd(256); } break;
            default: if (len > 4) { size_t a = rnd((unsigned)len), b = rnd((unsigned)len); cur[a] = cur[b]; } break;
            }
        }
        LLVMFuzzerTestOneInput(cur, len);
        if (rnd(16) == 0) { /* keep some mutants as new seeds */
            size_t q = rnd(POOL);
            memcpy(pool[q], cur, len);
            plen[q] = len;
        }
    }
    printf("mutate_loop: %ld executions, 0 crashes\n", runs);
    return 0;
}
