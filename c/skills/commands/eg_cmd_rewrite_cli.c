/* Host driver of the unit rewrite (src/skills/commands/rewrite/native.test.ts compares it with rewriteUnits):
 *   eg-cmd-rewrite [--scratch N] [--cap N] [--max-spans N] < cases
 *   eg-cmd-rewrite --targets
 * Each stdin line `d|D|hex` (d: m = to-metric, i = to-imperial, any other letter is passed on as an
 * unknown direction; D: decimals; hex: the input bytes) prints one line:
 *   ok <output hex>[ <start>,<end>,<from hex>,<to hex>,<unit>,<target>]...
 * with start / end in code points of the input as TextDecoder reads it (rewrite.ts Rewrite), or
 *   error <eg_errors.h code> <out_len> <n_spans>
 * --scratch / --cap / --max-spans cut the scratch, the output buffer and the span list down (for the
 * EG_CMD_TOO_LARGE tests). --targets prints the direction tables, one `m|i from to symbol` line each. */
#include "eg_cmd_rewrite.h"
#include "eg_cmd_normalize.h"
#include "eg_errors.h"
#include "eg_utf8.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_IN (1u << 16)

static char line[2u * MAX_IN + 64u];
static uint8_t in[MAX_IN];
static uint8_t out[16u * MAX_IN + 64u];
static uint8_t scratch[EG_CMD_REWRITE_SCRATCH(MAX_IN)];
static eg_cmd_rw_span spans[MAX_IN];

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static void put_hex(const uint8_t *b, size_t n) {
    static const char hx[] = "0123456789abcdef";
    size_t i;
    for (i = 0; i < n; i++) {
        putchar(hx[b[i] >> 4]);
        putchar(hx[b[i] & 15]);
    }
}

/* Code points of b[0, at) as the decoder reads them (the TS offsets are code points of the decoded text). */
static unsigned long cps_before(const uint8_t *b, size_t at) {
    size_t pos = 0;
    unsigned long n = 0;
    while (pos < at) {
        (void)eg_utf8_next(b, at, &pos);
        n++;
    }
    return n;
}

static size_t arg_size(int argc, char **argv, const char *name, size_t dflt) {
    int i;
    for (i = 1; i + 1 < argc; i++)
        if (strcmp(argv[i], name) == 0) return (size_t)strtoul(argv[i + 1], NULL, 10);
    return dflt;
}

int main(int argc, char **argv) {
    size_t scratch_len = arg_size(argc, argv, "--scratch", sizeof scratch);
    size_t cap = arg_size(argc, argv, "--cap", sizeof out);
    size_t max_spans = arg_size(argc, argv, "--max-spans", MAX_IN);
    if (scratch_len > sizeof scratch || cap > sizeof out || max_spans > MAX_IN) {
        fprintf(stderr, "eg-cmd-rewrite: --scratch, --cap or --max-spans above the driver's buffers\n");
        return 2;
    }
    if (argc > 1 && strcmp(argv[1], "--targets") == 0) {
        unsigned d, k;
        for (d = EG_CMD_RW_TO_METRIC; d <= EG_CMD_RW_TO_IMPERIAL; d++) {
            const char *from, *to, *sym;
            for (k = 0; (from = eg_cmd_rewrite_target(d, k, &to, &sym)) != NULL; k++) printf("%c %s %s %s\n", d == EG_CMD_RW_TO_METRIC ? 'm' : 'i', from, to, sym);
        }
        return 0;
    }
    while (fgets(line, sizeof line, stdin)) {
        size_t n = strcspn(line, "\r\n"), hl, i, out_len = 0, n_spans = 0;
        eg_cmd_rw_opts o;
        char *bar;
        int rc;
        line[n] = '\0';
        if (n < 4 || line[1] != '|' || (bar = strchr(line + 2, '|')) == NULL) {
            fprintf(stderr, "eg-cmd-rewrite: bad case line\n");
            return 2;
        }
        o.direction = (uint8_t)(line[0] == 'm' ? EG_CMD_RW_TO_METRIC : line[0] == 'i' ? EG_CMD_RW_TO_IMPERIAL : 9);
        o.decimals = (uint8_t)strtoul(line + 2, NULL, 10);
        hl = strlen(bar + 1);
        if (hl % 2 != 0 || hl / 2 > MAX_IN) {
            fprintf(stderr, "eg-cmd-rewrite: bad hex\n");
            return 2;
        }
        for (i = 0; i < hl / 2; i++) {
            int a = hexval(bar[1 + 2 * i]), b = hexval(bar[2 + 2 * i]);
            if (a < 0 || b < 0) {
                fprintf(stderr, "eg-cmd-rewrite: bad hex\n");
                return 2;
            }
            in[i] = (uint8_t)(a * 16 + b);
        }
        rc = eg_cmd_rewrite(in, hl / 2, &o, out, cap, &out_len, spans, max_spans, &n_spans, scratch, scratch_len);
        if (rc != EG_OK) {
            printf("error %d %lu %lu\n", rc, (unsigned long)out_len, (unsigned long)n_spans);
            continue;
        }
        printf("ok ");
        put_hex(out, out_len);
        for (i = 0; i < n_spans; i++) {
            const eg_cmd_rw_span *s = &spans[i];
            printf(" %lu,%lu,", cps_before(in, s->in_start), cps_before(in, s->in_end));
            put_hex(in + s->in_start, s->in_end - s->in_start);
            putchar(',');
            put_hex(out + s->out_start, s->out_end - s->out_start);
            printf(",%s,%s", eg_cmd_unit_id(s->from_unit), eg_cmd_unit_id(s->to_unit));
        }
        putchar('\n');
    }
    return 0;
}
