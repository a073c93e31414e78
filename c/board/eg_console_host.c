/* engram-console: the console's line loop (eg_console) on the host, for tests of the loop itself and
 * of the board limits without QEMU (src/board/commands-board.test.ts, c/mk/commands-board.mk
 * `console-limits`). Reads stdin in chunks, feeds eg_console, writes the answers to stdout; end of
 * input answers a last unterminated line (eg_console_finish).
 *   engram-console [--chunk N] ARTIFACT
 * The line and frame buffers are the firmware's (EG_CONSOLE_LINE_CAP, EG_CONSOLE_OUT_CAP; -D to
 * change). There is no instruction counter here, so answers are {"frame":F} or the error line.
 * A load error prints {"load_error":E,"name":"..."} and exits 1. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "eg_host_file.h"
#include "eg_console.h"

#define ART_CAP (16u << 20)
#define CHUNK_CAP 65536u

static uint8_t g_art[ART_CAP];
static eg_cmd_scratch g_scratch;
static uint8_t g_line[EG_CONSOLE_LINE_CAP];
static char g_frame[EG_CONSOLE_OUT_CAP];
static uint8_t g_chunk[CHUNK_CAP];

static void write_stdout(void *ctx, const char *bytes, size_t n) {
    (void)ctx;
    fwrite(bytes, 1, n, stdout);
}

int main(int argc, char **argv) {
    eg_cmd m;
    eg_console con;
    long alen;
    size_t chunk = 4096, got;
    int rc, a = 1;
    if (argc == 4 && strcmp(argv[1], "--chunk") == 0) {
        long v = strtol(argv[2], NULL, 10);
        if (v < 1 || (unsigned long)v > CHUNK_CAP) {
            fprintf(stderr, "engram-console: --chunk takes 1..%u\n", CHUNK_CAP);
            return 2;
        }
        chunk = (size_t)v;
        a = 3;
    } else if (argc != 2) {
        fprintf(stderr, "usage: engram-console [--chunk N] ARTIFACT < lines\n");
        return 2;
    }
    alen = eg_host_read_file(argv[a], g_art, ART_CAP);
    if (alen < 0) {
        fprintf(stderr, "engram-console: cannot read %s\n", argv[a]);
        return 1;
    }
    rc = eg_cmd_load(g_art, (size_t)alen, &m);
    if (rc != EG_OK) {
        printf("{\"load_error\":%d,\"name\":\"%s\"}\n", rc, eg_err_name(rc));
        return 1;
    }
    eg_console_init(&con, &m, &g_scratch, g_line, sizeof(g_line), g_frame, sizeof(g_frame), write_stdout, NULL, NULL);
    while ((got = fread(g_chunk, 1, chunk, stdin)) > 0u) {
        eg_console_feed(&con, g_chunk, got);
    }
    eg_console_finish(&con);
    fflush(stdout);
    return ferror(stdin) || ferror(stdout) ? 1 : 0;
}
