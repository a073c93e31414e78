/* engram-commands: the structured-commands runtime on the host (src/board/commands-native.ts).
 *   engram-commands ARTIFACT                 reads queries from stdin, one per line ('\n'; the bytes
 *                                            as they are, '\r' included), prints one frame JSON per line
 *   engram-commands --framed ARTIFACT        the same, but stdin holds queries as (u32 little-endian byte
 *                                            length, bytes) records, so a query may hold any byte
 *   engram-commands --check-load FILE...     prints the loader's error code (0 = OK), one line per file
 *   engram-commands --build-info             prints "normalize 0|1 grammar 0|1" (the build's configuration)
 * Exit 1 with a message on stderr on any error (a query longer than the line buffer included). */
#include <stdio.h>
#include <string.h>
#include "eg_host_file.h"
#include "eg_cmd.h"

#define ART_CAP (16u << 20)
#define LINE_CAP (1u << 20)
#define OUT_CAP (8u << 20)

static uint8_t g_art[ART_CAP];
static uint8_t g_line[LINE_CAP];
static char g_out[OUT_CAP];
static eg_cmd_scratch g_s;

static int parse_line(const eg_cmd *m, size_t n) {
    size_t out_len;
    int rc = eg_cmd_parse(m, g_line, n, &g_s, g_out, OUT_CAP, &out_len, NULL);
    if (rc == EG_CMD_NO_GRAMMAR) {
        fprintf(stderr, "engram-commands: the artifact uses grammar classes; this build has none (EG_CMD_HAVE_GRAMMAR=0)\n");
        return 1;
    }
    if (rc == EG_CMD_TOO_LARGE) {
        fprintf(stderr, "engram-commands: the query exceeds the C port's working memory (%d %s)\n", rc, eg_err_name(rc));
        return 1;
    }
    if (rc != EG_OK) {
        fprintf(stderr, "engram-commands: parse failed (%d)\n", rc);
        return 1;
    }
    g_out[out_len] = '\n';
    fwrite(g_out, 1, out_len + 1u, stdout);
    return 0;
}

int main(int argc, char **argv) {
    eg_cmd m;
    long alen;
    int rc, a, c, framed = 0;
    size_t n = 0;
    if (argc >= 3 && strcmp(argv[1], "--check-load") == 0) {
        for (a = 2; a < argc; a++) {
            alen = eg_host_read_file(argv[a], g_art, ART_CAP);
            if (alen < 0) {
                fprintf(stderr, "engram-commands: cannot read %s\n", argv[a]);
                return 1;
            }
            printf("%d\n", eg_cmd_load(g_art, (size_t)alen, &m));
        }
        return 0;
    }
    if (argc == 2 && strcmp(argv[1], "--build-info") == 0) {
        printf("normalize %d grammar %d\n", EG_CMD_HAVE_NORMALIZE, EG_CMD_HAVE_GRAMMAR);
        return 0;
    }
    if (argc == 3 && strcmp(argv[1], "--framed") == 0) {
        framed = 1;
    } else if (argc != 2) {
        fprintf(stderr, "usage: engram-commands [--framed] ARTIFACT < queries | --check-load FILE... | --build-info\n");
        return 2;
    }
    alen = eg_host_read_file(argv[1 + framed], g_art, ART_CAP);
    if (alen < 0) {
        fprintf(stderr, "engram-commands: cannot read %s\n", argv[1 + framed]);
        return 1;
    }
    rc = eg_cmd_load(g_art, (size_t)alen, &m);
    if (rc != EG_OK) {
        fprintf(stderr, "engram-commands: %s: load error %d (%s)\n", argv[1 + framed], rc, eg_err_name(rc));
        return 1;
    }
    if (framed) {
        uint8_t h[4];
        size_t got;
        while ((got = fread(h, 1, 4, stdin)) == 4u) {
            uint32_t len = eg_rd_u32(h);
            if (len > LINE_CAP || fread(g_line, 1, len, stdin) != len) {
                fprintf(stderr, "engram-commands: torn or oversized query record\n");
                return 1;
            }
            if (parse_line(&m, len)) return 1;
        }
        if (got != 0u) {
            fprintf(stderr, "engram-commands: torn query record header\n");
            return 1;
        }
        fflush(stdout);
        return ferror(stdout) ? 1 : 0;
    }
    while ((c = getchar()) != EOF) {
        if (c == '\n') {
            if (parse_line(&m, n)) return 1;
            n = 0;
            continue;
        }
        if (n == LINE_CAP) {
            fprintf(stderr, "engram-commands: a query is longer than %u bytes\n", LINE_CAP);
            return 1;
        }
        g_line[n++] = (uint8_t)c;
    }
    if (n > 0 && parse_line(&m, n)) return 1;
    fflush(stdout);
    return ferror(stdout) ? 1 : 0;
}
