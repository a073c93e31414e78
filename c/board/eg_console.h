/* eg_console: the serial line loop of the commands skill (docs/board.md "Live console"). The same
 * loop runs in the QEMU console firmware (c/board/firmware/console_main.c) and in a real board's
 * sketch or ESP-IDF task: the caller feeds it the bytes it receives, in any chunking, and gets one
 * answer line per input line through its write callback. Portable C99: no malloc, no float, no libc
 * beyond <string.h>; every buffer is the caller's.
 *
 * Lines. A line ends at LF, at CR, or at CR LF (one line end, as Node's readline splits), so a
 * terminal that sends CR on Enter works as well as a pipe. The line's bytes, without its end, are
 * parsed as they are (any byte, invalid UTF-8 included; an empty line is parsed too). A line longer
 * than the caller's line buffer is not parsed: its bytes are dropped up to its end, it is answered
 * with an error line, and the next line is read normally.
 *
 * Answers. Exactly one line per input line, ending with "\n", written with one or more calls of
 * the write callback:
 *   {"frame":<F>,"instret":<N>}
 *       F: the frame JSON, byte-identical to `engram commands parse` (JSON.stringify of
 *          CommandsRuntime.parse): the bytes between the leading {"frame": and the last
 *          ,"instret": of the line are F exactly.
 *       N: count() after minus count() before eg_cmd_parse (retired instructions on the emulated
 *          board; whatever counter the caller supplies on a real one). Without a count callback
 *          the field is left out: {"frame":<F>}.
 *   {"error":<E>,"name":"<NAME>","bytes":<B>}
 *       E, NAME: a code of src/artifact/errors.ts (eg_errors.h): CMD_TOO_LARGE (300) when the line
 *       is longer than the line buffer or exceeds a working-memory limit of the build (docs/board.md
 *       lists the board's), CMD_NO_GRAMMAR (301) when the artifact needs grammar classes the build
 *       lacks. B: the line's length in bytes (counted even past the buffer). */
#ifndef EG_CONSOLE_H
#define EG_CONSOLE_H

#include "eg_cmd.h"

#define EG_CONSOLE_API_VERSION 1

/* Buffer sizes the console firmware and the host driver use (override with -D): a line buffer for
 * the longest query answered, and a frame buffer. Frames of the demo and Snips queries are under
 * 600 bytes; a pathological 512-byte line (control bytes or invalid UTF-8 inside a long slot, each
 * escaped to up to 6 bytes and echoed in the value's text) could need more than 4096, and is then
 * answered CMD_TOO_LARGE, never cut. */
#ifndef EG_CONSOLE_LINE_CAP
#define EG_CONSOLE_LINE_CAP 512
#endif
#ifndef EG_CONSOLE_OUT_CAP
#define EG_CONSOLE_OUT_CAP 4096
#endif

/* Writes n bytes of an answer (the caller's UART / Serial / stdout). */
typedef void (*eg_console_write_fn)(void *ctx, const char *bytes, size_t n);
/* A free-running counter (retired instructions, cycles); may wrap, differences are taken mod 2^32. */
typedef uint32_t (*eg_console_count_fn)(void *ctx);

typedef struct eg_console {
    const eg_cmd *m;
    eg_cmd_scratch *s;
    uint8_t *line;          /* the current line's bytes (caller's buffer) */
    size_t line_cap, n;     /* buffer size; bytes of the current line so far (may exceed line_cap) */
    char *out;              /* the frame JSON (caller's buffer) */
    size_t out_cap;
    eg_console_write_fn write;
    eg_console_count_fn count; /* NULL: answers carry no "instret" */
    void *ctx;
    uint32_t answered;      /* lines answered so far (frames and errors) */
    uint8_t after_cr;       /* the previous byte was a CR ending a line: an LF now is its CR LF */
} eg_console;

/* Sets up the loop over a loaded artifact (eg_cmd_load) and the caller's working memory: scratch, a
 * line buffer (the longest query answered) and a frame buffer (EG_CONSOLE_LINE_CAP and
 * EG_CONSOLE_OUT_CAP are sizes that fit together). Nothing is written. */
void eg_console_init(eg_console *c, const eg_cmd *m, eg_cmd_scratch *s, uint8_t *line, size_t line_cap, char *out, size_t out_cap,
                     eg_console_write_fn write, eg_console_count_fn count, void *ctx);

/* Feeds received bytes; answers every line they complete, in order, before returning. */
void eg_console_feed(eg_console *c, const uint8_t *bytes, size_t n);

/* End of input: answers a last line that has bytes but no line end (nothing otherwise). */
void eg_console_finish(eg_console *c);

#endif /* EG_CONSOLE_H */
