/* engram-native: the C99 runtime on the host, for fast parity checks over whole datasets and the
 * speed comparison (docs/board.md).
 *
 *   engram-native ARTIFACT BATCH            one line per item: "index score0 .. scoreN-1 prediction"
 *   engram-native --check-load FILE...      prints the numeric load error (0 = OK) of each FILE
 *   engram-native --check-batch FILE...     prints the numeric batch open error (0 = OK) of each FILE
 *   engram-native --hash-vectors FILE       one line per vector of a hashes.txt (test/vectors/): the
 *                                           C runtime's output for it, in the file's notation
 *   engram-native --tokenize-vectors FILE   one line per vector of a tokenize.txt: "COUNT HASH..."
 *   engram-native --bench MS ARTIFACT BATCH scores the batch repeatedly for >= MS milliseconds and
 *                                           prints "items N ns T items_per_s R"
 *
 * Exit status: 0 ok, 1 usage or I/O error, 2 the artifact does not load, 3 the batch is malformed. */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "eg_reader.h"
#include "eg_batch.h"
#include "eg_runtime.h"
#include "eg_vec_eval.h"

static eg_scratch g_scratch; /* static, as on the board */

static uint8_t *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    uint8_t *buf = NULL;
    size_t cap = 0, n = 0;
    if (f == NULL) {
        fprintf(stderr, "engram-native: cannot open %s\n", path);
        return NULL;
    }
    for (;;) {
        size_t got;
        if (n == cap) {
            uint8_t *nb;
            cap = cap ? cap * 2 : 65536;
            nb = (uint8_t *)realloc(buf, cap);
            if (nb == NULL) {
                free(buf);
                fclose(f);
                return NULL;
            }
            buf = nb;
        }
        got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) {
            break;
        }
    }
    if (ferror(f)) {
        fprintf(stderr, "engram-native: cannot read %s\n", path);
        free(buf);
        fclose(f);
        return NULL;
    }
    fclose(f);
    *len = n;
    return buf;
}

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + (int64_t)ts.tv_nsec;
}

/* --check-load / --check-batch: prints the numeric open error of FILE (0 = OK) on stdout and its
 * name (eg_errors.h) on stderr; the parity tests compare the number with the TypeScript reader's. */
static int check_file(const char *path, int is_batch) {
    size_t len = 0;
    uint8_t *buf = read_file(path, &len);
    eg_artifact art;
    eg_batch batch;
    int rc;
    if (buf == NULL) {
        return 1;
    }
    rc = is_batch ? eg_batch_open(buf, len, &batch) : eg_artifact_load(buf, len, &art);
    printf("%d\n", rc);
    fprintf(stderr, "%s\n", eg_err_name(rc));
    free(buf);
    return 0;
}

/* --hash-vectors / --tokenize-vectors: the conformance harness (src/conformance/) compares these
 * lines with the expected column of the shared vector file; the C unit tests read the same file. */
static int eval_vectors(const char *path, int tokenize) {
    static eg_vec_file v;
    static char out[4096];
    int rc;
    if (eg_vec_open(&v, path, NULL) != 0) {
        return 1;
    }
    while ((rc = eg_vec_next(&v)) == 1) {
        if ((tokenize ? eg_vec_eval_tokenize(&v, out, sizeof(out)) : eg_vec_eval_hash(&v, out, sizeof(out))) != 0) {
            fprintf(stderr, "engram-native: %s:%u: malformed vector\n", path, v.lineno);
            rc = -1;
            break;
        }
        printf("%s\n", out);
    }
    eg_vec_close(&v);
    return rc < 0 ? 1 : 0;
}

static int usage(void) {
    fprintf(stderr,
            "usage: engram-native ARTIFACT BATCH\n"
            "       engram-native --check-load FILE...\n"
            "       engram-native --check-batch FILE...\n"
            "       engram-native --hash-vectors FILE | --tokenize-vectors FILE\n"
            "       engram-native --bench MS ARTIFACT BATCH\n");
    return 1;
}

int main(int argc, char **argv) {
    const char *art_path, *batch_path;
    uint8_t *art_buf, *batch_buf;
    size_t art_len = 0, batch_len = 0;
    eg_artifact art;
    eg_batch batch;
    eg_batch_iter it;
    eg_item item;
    int rc, answer, pred;
    int32_t scores[EG_MAX_OPTIONS];
    long bench_ms = -1;

    if (argc >= 3 && (strcmp(argv[1], "--check-load") == 0 || strcmp(argv[1], "--check-batch") == 0)) {
        int k;
        for (k = 2; k < argc; k++) { /* several files in one run: the harness checks hundreds of cases */
            if (check_file(argv[k], strcmp(argv[1], "--check-batch") == 0) != 0) {
                return 1;
            }
        }
        return 0;
    }
    if (argc == 3 && strcmp(argv[1], "--hash-vectors") == 0) {
        return eval_vectors(argv[2], 0);
    }
    if (argc == 3 && strcmp(argv[1], "--tokenize-vectors") == 0) {
        return eval_vectors(argv[2], 1);
    }
    if (argc == 5 && strcmp(argv[1], "--bench") == 0) {
        bench_ms = strtol(argv[2], NULL, 10);
        art_path = argv[3];
        batch_path = argv[4];
    } else if (argc == 3) {
        art_path = argv[1];
        batch_path = argv[2];
    } else {
        return usage();
    }
    art_buf = read_file(art_path, &art_len);
    batch_buf = read_file(batch_path, &batch_len);
    if (art_buf == NULL || batch_buf == NULL) {
        return 1;
    }
    rc = eg_artifact_load(art_buf, art_len, &art);
    if (rc != EG_OK) {
        fprintf(stderr, "engram-native: %s: load error %d %s\n", art_path, rc, eg_err_name(rc));
        return 2;
    }
    rc = eg_batch_open(batch_buf, batch_len, &batch);
    if (rc != EG_OK) {
        fprintf(stderr, "engram-native: %s: batch error %d %s\n", batch_path, rc, eg_err_name(rc));
        return 3;
    }
    if (bench_ms >= 0) {
        int64_t t0 = now_ns(), dt = 0;
        uint64_t items = 0;
        uint32_t sink = 0;
        do {
            eg_batch_iter_init(&it, &batch);
            while (eg_batch_next(&it, &item, &answer)) {
                eg_score(&art, &item, &g_scratch, scores, &pred);
                sink += (uint32_t)scores[pred];
                items++;
            }
            dt = now_ns() - t0;
        } while (dt < (int64_t)bench_ms * 1000000 || items == 0);
        printf("items %llu ns %lld items_per_s %llu sink %u\n", (unsigned long long)items, (long long)dt,
               (unsigned long long)(items * 1000000000ull / (uint64_t)(dt > 0 ? dt : 1)), sink);
        return 0;
    }
    eg_batch_iter_init(&it, &batch);
    while (eg_batch_next(&it, &item, &answer)) {
        uint32_t i;
        rc = eg_score(&art, &item, &g_scratch, scores, &pred);
        if (rc != EG_OK) {
            fprintf(stderr, "engram-native: item %u: error %d %s\n", it.index - 1u, rc, eg_err_name(rc));
            return 3;
        }
        printf("%u", it.index - 1u);
        for (i = 0; i < item.option_count; i++) {
            printf(" %ld", (long)scores[i]);
        }
        printf(" %d\n", pred);
    }
    free(art_buf);
    free(batch_buf);
    return 0;
}
