/* eg_console: the serial line loop of the commands skill (eg_console.h has the contract). */
#include <string.h>
#include "eg_console.h"
#if EG_CONSOLE_HAVE_REWRITE
#include "eg_cmd_normalize.h" /* eg_cmd_unit_id: the unit names of a rewritten span */
#endif

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
    c->mode = EG_CONSOLE_PARSE;
    c->opts.direction = EG_CMD_RW_TO_METRIC;
    c->opts.decimals = EG_CMD_RW_DEFAULT_DECIMALS;
    c->spans = NULL;
    c->max_spans = 0;
    c->rw_scratch = NULL;
    c->rw_scratch_len = 0;
}

int eg_console_init_convert(eg_console *c, eg_cmd_rw_span *spans, size_t max_spans, uint8_t *scratch, size_t scratch_len,
                            unsigned mode, const eg_cmd_rw_opts *opts) {
#if EG_CONSOLE_HAVE_REWRITE
    eg_cmd_rw_opts o;
    o.direction = EG_CMD_RW_TO_METRIC;
    o.decimals = EG_CMD_RW_DEFAULT_DECIMALS;
    if (opts != NULL) o = *opts;
    if (spans == NULL || max_spans == 0u || scratch == NULL || mode > EG_CONSOLE_CONVERT || o.direction > EG_CMD_RW_TO_IMPERIAL ||
        o.decimals > EG_CMD_RW_MAX_DECIMALS) {
        return EG_CMD_REWRITE_OPTION;
    }
    c->spans = spans;
    c->max_spans = max_spans;
    c->rw_scratch = scratch;
    c->rw_scratch_len = scratch_len;
    c->mode = (uint8_t)mode;
    c->opts = o;
    return EG_OK;
#else
    (void)c, (void)spans, (void)max_spans, (void)scratch, (void)scratch_len, (void)mode, (void)opts;
    return EG_CMD_REWRITE_OPTION;
#endif
}

/* ---------------------------------------------------------------- output */

static void put(const eg_console *c, const char *s) {
    c->write(c->ctx, s, strlen(s));
}

/* v in decimal into d[11]: returns where the digits start (they end at d + 11). */
static size_t fmt_u(char d[11], uint32_t v) {
    size_t i = 11;
    do {
        d[--i] = (char)('0' + v % 10u);
        v /= 10u;
    } while (v != 0u);
    return i;
}

static void put_u(const eg_console *c, uint32_t v) {
    char d[11];
    size_t i = fmt_u(d, v);
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

/* ---------------------------------------------------------------- console commands */

enum { K_PARSE, K_CONVERT, K_METRIC, K_IMPERIAL, K_DECIMALS, K_MODE, K_COUNT };
static const char *const COMMANDS[K_COUNT] = { ":parse", ":convert", ":metric", ":imperial", ":decimals", ":mode" };

/* The console command the line is (K_*), or -1 for text. *arg: where ":decimals"'s argument starts. */
static int command_of(const uint8_t *l, size_t n, size_t *arg, size_t *end) {
    int k;
    while (n > 0u && l[n - 1u] == ' ') n--; /* a terminal's trailing spaces */
    *end = n;
    if (n < 2u || l[0] != ':') return -1;
    for (k = 0; k < K_COUNT; k++) {
        size_t len = strlen(COMMANDS[k]);
        if (n >= len && memcmp(l, COMMANDS[k], len) == 0 && (n == len || (k == K_DECIMALS && l[len] == ' '))) {
            *arg = len;
            return k;
        }
    }
    return -1;
}

/* Carries out command k of the line (n bytes, `end` without trailing spaces) and answers it. */
static void answer_command(eg_console *c, int k, size_t arg, size_t end, size_t n) {
    if (k != K_PARSE && k != K_MODE && c->spans == NULL) {
        answer_error(c, EG_CMD_REWRITE_OPTION, n); /* no convert mode on this console */
        return;
    }
    if (k == K_DECIMALS) {
        while (arg < end && c->line[arg] == ' ') arg++;
        if (end - arg != 1u || c->line[arg] < '0' || c->line[arg] > (uint8_t)('0' + EG_CMD_RW_MAX_DECIMALS)) {
            answer_error(c, EG_CMD_REWRITE_OPTION, n);
            return;
        }
        c->opts.decimals = (uint8_t)(c->line[arg] - '0');
    }
    if (k == K_PARSE) c->mode = EG_CONSOLE_PARSE;
    if (k == K_CONVERT) c->mode = EG_CONSOLE_CONVERT;
    if (k == K_METRIC) c->opts.direction = EG_CMD_RW_TO_METRIC;
    if (k == K_IMPERIAL) c->opts.direction = EG_CMD_RW_TO_IMPERIAL;
    put(c, c->mode == EG_CONSOLE_CONVERT ? "{\"mode\":\"convert\"" : "{\"mode\":\"parse\"");
    put(c, c->opts.direction == EG_CMD_RW_TO_IMPERIAL ? ",\"to\":\"imperial\",\"decimals\":" : ",\"to\":\"metric\",\"decimals\":");
    put_u(c, c->opts.decimals);
    put(c, "}\n");
}

/* ---------------------------------------------------------------- parse mode */

static void answer_parse(eg_console *c, size_t n) {
    size_t out_len = 0;
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

/* ---------------------------------------------------------------- convert mode */

#if EG_CONSOLE_HAVE_REWRITE
/* A rewrite answer is escaped piece by piece; its bytes are gathered here so the caller's write
 * (a UART driver call on a real board) runs once per 64 bytes, not once per piece. */
typedef struct wbuf {
    const eg_console *c;
    size_t n;
    char b[64];
} wbuf;

static void wb_flush(wbuf *w) {
    if (w->n > 0u) w->c->write(w->c->ctx, w->b, w->n);
    w->n = 0;
}

static void wb_put(wbuf *w, const char *p, size_t n) {
    while (n > 0u) {
        size_t k = sizeof(w->b) - w->n;
        if (k == 0u) {
            wb_flush(w);
            continue;
        }
        if (k > n) k = n;
        memcpy(w->b + w->n, p, k);
        w->n += k;
        p += k;
        n -= k;
    }
}

static void wb_s(wbuf *w, const char *s) { wb_put(w, s, strlen(s)); }

static void wb_u(wbuf *w, uint32_t v) {
    char d[11];
    size_t i = fmt_u(d, v);
    wb_put(w, d + i, sizeof(d) - i);
}

/* p[0..n) as a JSON string, as JSON.stringify writes the text TextDecoder makes of those bytes: an
 * ill-formed subpart is U+FFFD (EF BF BD); '"', '\' and the controls are escaped (\b \t \n \f \r or
 * \u00xx); every other code point is written as its UTF-8 bytes. */
static void wb_json(wbuf *w, const uint8_t *p, size_t n) {
    static const char hex[] = "0123456789abcdef";
    size_t pos = 0;
    wb_put(w, "\"", 1);
    while (pos < n) {
        size_t at = pos;
        uint32_t cp = eg_utf8_next(p, n, &pos);
        if (cp == 0x22u) wb_put(w, "\\\"", 2);
        else if (cp == 0x5Cu) wb_put(w, "\\\\", 2);
        else if (cp == 0x08u) wb_put(w, "\\b", 2);
        else if (cp == 0x09u) wb_put(w, "\\t", 2);
        else if (cp == 0x0Au) wb_put(w, "\\n", 2);
        else if (cp == 0x0Cu) wb_put(w, "\\f", 2);
        else if (cp == 0x0Du) wb_put(w, "\\r", 2);
        else if (cp < 0x20u) {
            char e[6] = { '\\', 'u', '0', '0', hex[cp >> 4], hex[cp & 15u] };
            wb_put(w, e, sizeof(e));
        } else if (cp == 0xFFFDu) wb_put(w, "\357\277\275", 3);
        else wb_put(w, (const char *)p + at, pos - at); /* a well-formed sequence: its own bytes */
    }
    wb_put(w, "\"", 1);
}

/* A unit's id as a JSON string (eg_cmd_rewrite only reports units of its target tables, which have ids). */
static void wb_unit(wbuf *w, int unit) {
    const char *id = eg_cmd_unit_id(unit);
    wb_json(w, (const uint8_t *)(id != NULL ? id : ""), id != NULL ? strlen(id) : 0u);
}

/* {"rewrite":{"text":...,"rewrites":[...]}[,"instret":N]}: the rewritten line is in c->out, its spans in
 * c->spans with byte offsets; rewriteUnits reports code-point offsets of the decoded line, counted
 * here with the same decoder (a span starts and ends on a code-point boundary, eg_cmd_rewrite.c). */
static void answer_convert(eg_console *c, size_t n) {
    size_t out_len = 0, ns = 0, k, pos = 0;
    uint32_t cps = 0, start, t0 = c->count != NULL ? c->count(c->ctx) : 0u, dt;
    const uint8_t *out = (const uint8_t *)c->out;
    wbuf w;
    int rc = eg_cmd_rewrite(c->line, n, &c->opts, (uint8_t *)c->out, c->out_cap, &out_len, c->spans, c->max_spans, &ns, c->rw_scratch,
                            c->rw_scratch_len);
    dt = c->count != NULL ? c->count(c->ctx) - t0 : 0u;
    if (rc != EG_OK) {
        answer_error(c, rc, n);
        return;
    }
    w.c = c;
    w.n = 0;
    wb_s(&w, "{\"rewrite\":{\"text\":");
    wb_json(&w, out, out_len);
    wb_s(&w, ",\"rewrites\":[");
    for (k = 0; k < ns; k++) {
        const eg_cmd_rw_span *sp = &c->spans[k];
        for (; pos < sp->in_start; cps++) (void)eg_utf8_next(c->line, n, &pos);
        start = cps;
        for (; pos < sp->in_end; cps++) (void)eg_utf8_next(c->line, n, &pos);
        wb_s(&w, k == 0u ? "{\"start\":" : ",{\"start\":");
        wb_u(&w, start);
        wb_s(&w, ",\"end\":");
        wb_u(&w, cps);
        wb_s(&w, ",\"from\":");
        wb_json(&w, c->line + sp->in_start, sp->in_end - sp->in_start);
        wb_s(&w, ",\"to\":");
        wb_json(&w, out + sp->out_start, sp->out_end - sp->out_start);
        wb_s(&w, ",\"unit\":");
        wb_unit(&w, sp->from_unit);
        wb_s(&w, ",\"target\":");
        wb_unit(&w, sp->to_unit);
        wb_s(&w, "}");
    }
    wb_s(&w, "]}");
    if (c->count != NULL) {
        wb_s(&w, ",\"instret\":");
        wb_u(&w, dt);
    }
    wb_s(&w, "}\n");
    wb_flush(&w);
}
#endif

/* ---------------------------------------------------------------- lines */

/* Answers the line held in c->line[0..c->n) (or, past line_cap, only counted). */
static void answer(eg_console *c) {
    size_t n = c->n, arg = 0, end = 0;
    int k;
    c->n = 0;
    c->answered++;
    if (n > c->line_cap) {
        answer_error(c, EG_CMD_TOO_LARGE, n);
        return;
    }
    k = command_of(c->line, n, &arg, &end);
    if (k >= 0) {
        answer_command(c, k, arg, end, n);
        return;
    }
#if EG_CONSOLE_HAVE_REWRITE
    if (c->mode == EG_CONSOLE_CONVERT) {
        answer_convert(c, n);
        return;
    }
#endif
    answer_parse(c, n);
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
