/* engram-console: the console's line loop (eg_console) on the host, for tests of the loop itself and
 * of the board limits without QEMU (src/board/commands-board.test.ts, src/board/console-convert.test.ts,
 * c/mk/commands-board.mk `console-limits`). Reads stdin in chunks, feeds eg_console, writes the answers
 * to stdout; end of input answers a last unterminated line (eg_console_finish).
 *   engram-console [--chunk N] [--convert] [--to metric|imperial] [--decimals N] ARTIFACT
 * --convert starts in convert mode, --to / --decimals set its options (built with
 * EG_CONSOLE_HAVE_REWRITE 1; otherwise convert mode is refused, exit 2). The line and frame buffers
 * are the firmware's (EG_CONSOLE_LINE_CAP, EG_CONSOLE_OUT_CAP; -D to change), and so is the working
 * memory: the parse scratch and convert mode's share one union. There is no instruction counter
 * here, so answers are {"frame":F}, {"rewrite":R}, a command's {"mode":...} or the error line.
 * A load error prints {"load_error":E,"name":"..."} and exits 1. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "eg_host_file.h"
#include "eg_console.h"

#define ART_CAP (16u << 20)
#define CHUNK_CAP 65536u

static uint8_t g_art[ART_CAP];
static eg_console_work g_work;
static uint8_t g_line[EG_CONSOLE_LINE_CAP];
static char g_frame[EG_CONSOLE_OUT_CAP];
static uint8_t g_chunk[CHUNK_CAP];

static void write_stdout(void *ctx, const char *bytes, size_t n) {
    (void)ctx;
    fwrite(bytes, 1, n, stdout);
}

static int usage(void) {
    fprintf(stderr, "usage: engram-console [--chunk N] [--convert] [--to metric|imperial] [--decimals N] ARTIFACT < lines\n");
    return 2;
}

int main(int argc, char **argv) {
    eg_cmd m;
    eg_console con;
    eg_cmd_rw_opts opts;
    long alen;
    size_t chunk = 4096, got;
    int rc, a, convert = 0, options = 0;
    opts.direction = EG_CMD_RW_TO_METRIC;
    opts.decimals = EG_CMD_RW_DEFAULT_DECIMALS;
    for (a = 1; a < argc - 1; a++) {
        if (strcmp(argv[a], "--convert") == 0) {
            convert = 1;
        } else if (strcmp(argv[a], "--chunk") == 0 && a + 2 < argc) {
            long v = strtol(argv[++a], NULL, 10);
            if (v < 1 || (unsigned long)v > CHUNK_CAP) {
                fprintf(stderr, "engram-console: --chunk takes 1..%u\n", CHUNK_CAP);
                return 2;
            }
            chunk = (size_t)v;
        } else if (strcmp(argv[a], "--to") == 0 && a + 2 < argc) {
            const char *t = argv[++a];
            if (strcmp(t, "metric") != 0 && strcmp(t, "imperial") != 0) return usage();
            opts.direction = strcmp(t, "imperial") == 0 ? EG_CMD_RW_TO_IMPERIAL : EG_CMD_RW_TO_METRIC;
            options = 1;
        } else if (strcmp(argv[a], "--decimals") == 0 && a + 2 < argc) {
            long v = strtol(argv[++a], NULL, 10);
            if (v < 0 || v > (long)EG_CMD_RW_MAX_DECIMALS) return usage();
            opts.decimals = (uint8_t)v;
            options = 1;
        } else {
            return usage();
        }
    }
    if (a != argc - 1) return usage();
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
    eg_console_init(&con, &m, &g_work.parse, g_line, sizeof(g_line), g_frame, sizeof(g_frame), write_stdout, NULL, NULL);
    rc = eg_console_init_convert(&con, g_work.convert.spans, EG_CONSOLE_LINE_CAP, g_work.convert.scratch, sizeof(g_work.convert.scratch),
                                 convert ? EG_CONSOLE_CONVERT : EG_CONSOLE_PARSE, &opts);
    if (rc != EG_OK && (convert || options)) {
        fprintf(stderr, "engram-console: no convert mode (%s; built with EG_CONSOLE_HAVE_REWRITE=%d)\n", eg_err_name(rc), EG_CONSOLE_HAVE_REWRITE);
        return 2;
    }
    while ((got = fread(g_chunk, 1, chunk, stdin)) > 0u) {
        eg_console_feed(&con, g_chunk, got);
    }
    eg_console_finish(&con);
    fflush(stdout);
    return ferror(stdin) || ferror(stdout) ? 1 : 0;
}
