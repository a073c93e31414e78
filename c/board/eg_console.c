/* eg_console: the serial line loop of the commands skill (eg_console.h has the contract). */
#include <string.h>
#include "eg_console.h"

void eg_console_init(eg_console *c, const eg_cmd *m, eg_cmd_scratch *s, uint8_t *line, size_t line_cap, char *out, size_t out_cap,
                     eg_console_write_fn write, eg_console_count_fn count, void *ctx) {
    c->m = m;
    c->s = s;
    c->line = line;
    c->line_cap = line_cap;
    c->n = 0;
    c->out = out;
    c->out_cap = out_cap;
    c->write = write;
    c->count = count;
    c->ctx = ctx;
    c->answered = 0;
    c->after_cr = 0;
}

static void put(const eg_console *c, const char *s) {
    c->write(c->ctx, s, strlen(s));
}

static void put_u(const eg_console *c, uint32_t v) {
    char d[11];
    size_t i = sizeof(d);
    do {
        d[--i] = (char)('0' + v % 10u);
        v /= 10u;
    } while (v != 0u);
    c->write(c->ctx, d + i, sizeof(d) - i);
}

/* The line's length is reported saturated at 2^32-1 (a 32-bit size_t cannot count further anyway). */
static void answer_error(const eg_console *c, int code, size_t bytes) {
    put(c, "{\"error\":");
    put_u(c, (uint32_t)code);
    put(c, ",\"name\":\"");
    put(c, eg_err_name(code));
    put(c, "\",\"bytes\":");
    put_u(c, bytes > 0xFFFFFFFFu ? 0xFFFFFFFFu : (uint32_t)bytes);
    put(c, "}\n");
}

/* Answers the line held in c->line[0..c->n) (or, past line_cap, only counted). */
static void answer(eg_console *c) {
    size_t n = c->n, out_len = 0;
    c->n = 0;
    c->answered++;
    if (n > c->line_cap) {
        answer_error(c, EG_CMD_TOO_LARGE, n);
        return;
    }
    {
        uint32_t t0 = c->count != NULL ? c->count(c->ctx) : 0u, dt;
        int rc = eg_cmd_parse(c->m, c->line, n, c->s, c->out, c->out_cap, &out_len, NULL);
        dt = c->count != NULL ? c->count(c->ctx) - t0 : 0u;
        if (rc != EG_OK) {
            answer_error(c, rc, n);
            return;
        }
        put(c, "{\"frame\":");
        c->write(c->ctx, c->out, out_len);
        if (c->count != NULL) {
            put(c, ",\"instret\":");
            put_u(c, dt);
        }
        put(c, "}\n");
    }
}

void eg_console_feed(eg_console *c, const uint8_t *bytes, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) {
        uint8_t b = bytes[i];
        if (b == 0x0Au && c->after_cr) { /* the LF of a CR LF: its line was answered at the CR */
            c->after_cr = 0;
            continue;
        }
        c->after_cr = (uint8_t)(b == 0x0Du);
        if (b == 0x0Au || b == 0x0Du) {
            answer(c);
            continue;
        }
        if (c->n < c->line_cap) {
            c->line[c->n] = b;
        }
        if (c->n != (size_t)-1) { /* saturates: a line that long is reported as 2^32-1 bytes anyway */
            c->n++;
        }
    }
}

void eg_console_finish(eg_console *c) {
    c->after_cr = 0;
    if (c->n > 0u) {
        answer(c);
    }
}
