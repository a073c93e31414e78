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
 * Modes. A console parses each line (parse mode, the default) or, when the caller gave it the
 * rewrite's working memory (eg_console_init_convert; a build with EG_CONSOLE_HAVE_REWRITE 1), may
 * instead rewrite its quantities in other units (convert mode: eg_cmd_rewrite, docs/rewrite.md).
 * These exact lines are console commands, never text (optionally followed by spaces; any other line,
 * one starting with ':' included, is text):
 *   :parse          parse mode
 *   :convert        convert mode
 *   :metric         convert to metric units (the default direction)
 *   :imperial       convert to imperial units
 *   :decimals N     N = 0..6 decimals in converted values (default 2); any other argument is an error
 *   :mode           nothing changes; the answer says the state
 * Each is answered {"mode":"parse"|"convert","to":"metric"|"imperial","decimals":D} with the state
 * after it, or, on a console without convert mode (or :decimals with a bad argument), the error line
 * with CMD_REWRITE_OPTION; :parse and :mode always work.
 *
 * Answers. Exactly one line per input line, ending with "\n", written with one or more calls of
 * the write callback:
 *   {"frame":<F>,"instret":<N>}                     parse mode
 *       F: the frame JSON, byte-identical to `engram commands parse` (JSON.stringify of
 *          CommandsRuntime.parse): the bytes between the leading {"frame": and the last
 *          ,"instret": of the line are F exactly.
 *       N: count() after minus count() before eg_cmd_parse (retired instructions on the emulated
 *          board; whatever counter the caller supplies on a real one). Without a count callback
 *          the field is left out: {"frame":<F>}.
 *   {"rewrite":<R>,"instret":<N>}                   convert mode
 *       R: byte-identical to `engram commands convert --json` with the console's options
 *          (JSON.stringify of rewriteUnits): {"text":...,"rewrites":[{"start","end","from","to",
 *          "unit","target"},...]}, start / end in code points of the line as TextDecoder reads it;
 *          R is the bytes between the leading {"rewrite": and the last ,"instret":.
 *       N: as above, around eg_cmd_rewrite; left out without a count callback: {"rewrite":<R>}.
 *   {"mode":...}                                    a console command (above)
 *   {"error":<E>,"name":"<NAME>","bytes":<B>}
 *       E, NAME: a code of src/artifact/errors.ts (eg_errors.h): CMD_TOO_LARGE (300) when the line
 *       is longer than the line buffer or exceeds a working-memory limit of the build (docs/board.md
 *       lists the board's), CMD_NO_GRAMMAR (301) when the artifact needs grammar classes the build
 *       lacks, CMD_REWRITE_OPTION (302) for a console command it cannot carry out. B: the line's
 *       length in bytes (counted even past the buffer). */
#ifndef EG_CONSOLE_H
#define EG_CONSOLE_H

#include "eg_cmd.h"
#include "eg_cmd_rewrite.h"

/* Version 1 callers (eg_console_init, _feed, _finish) are unchanged by convert mode, which only adds
 * eg_console_init_convert and the console command lines. */
#define EG_CONSOLE_API_VERSION 1

/* Convert mode compiled in (1: link eg_cmd_rewrite.c beside the normalizers, eg_cmd_grammar.c or
 * eg_cmd_normalize.c). 0, for a small build: the console only parses and eg_console_init_convert
 * returns EG_CMD_REWRITE_OPTION. */
#ifndef EG_CONSOLE_HAVE_REWRITE
#define EG_CONSOLE_HAVE_REWRITE 0
#endif

#define EG_CONSOLE_PARSE 0u
#define EG_CONSOLE_CONVERT 1u

/* Buffer sizes the console firmware and the host driver use (override with -D): a line buffer for
 * the longest query answered, and a frame buffer. Frames of the demo and Snips queries are under
 * 600 bytes; a pathological 512-byte line (control bytes or invalid UTF-8 inside a long slot, each
 * escaped to up to 6 bytes and echoed in the value's text) could need more than 4096, and is then
 * answered CMD_TOO_LARGE, never cut. In convert mode the frame buffer holds the rewritten line, which
 * is at most 7 times as long as the line ("1F" -> "-17.222222 °C"): 3,584 bytes for 512. */
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
    uint32_t answered;      /* lines answered so far (frames, rewrites, commands and errors) */
    uint8_t after_cr;       /* the previous byte was a CR ending a line: an LF now is its CR LF */
    uint8_t mode;           /* EG_CONSOLE_PARSE or EG_CONSOLE_CONVERT */
    eg_cmd_rw_opts opts;    /* convert mode's direction and decimals */
    eg_cmd_rw_span *spans;  /* convert mode's working memory (caller's; NULL: no convert mode) */
    size_t max_spans;
    uint8_t *rw_scratch;
    size_t rw_scratch_len;
} eg_console;

/* Convert mode's working memory for lines of up to EG_CONSOLE_LINE_CAP bytes: a span per byte (a
 * rewritten span covers at least one byte and spans do not overlap, so the list never overflows) and
 * the rewrite's scratch (eg_cmd_rewrite.h: 29 x line + 32 bytes), 27,168 bytes for 512. Convert and
 * parse never run at the same time, so eg_console_work shares its memory with the parse scratch and
 * costs no RAM beyond it (46,580 bytes with the board limits). */
typedef struct eg_console_convert_mem {
    eg_cmd_rw_span spans[EG_CONSOLE_LINE_CAP];
    uint8_t scratch[EG_CMD_REWRITE_SCRATCH(EG_CONSOLE_LINE_CAP)];
} eg_console_convert_mem;

/* A console's working memory, declared once by each caller (`static eg_console_work work;`): a line is
 * either parsed (work.parse) or converted (work.convert), never both. */
typedef union eg_console_work {
    eg_cmd_scratch parse;
    eg_console_convert_mem convert;
} eg_console_work;

/* Sets up the loop over a loaded artifact (eg_cmd_load) and the caller's working memory: scratch, a
 * line buffer (the longest query answered) and a frame buffer (EG_CONSOLE_LINE_CAP and
 * EG_CONSOLE_OUT_CAP are sizes that fit together). Nothing is written. */
void eg_console_init(eg_console *c, const eg_cmd *m, eg_cmd_scratch *s, uint8_t *line, size_t line_cap, char *out, size_t out_cap,
                     eg_console_write_fn write, eg_console_count_fn count, void *ctx);

/* Gives the console convert mode (after eg_console_init, before the first line, or between lines):
 * the span list and the rewrite scratch (eg_console_convert_mem sizes them for EG_CONSOLE_LINE_CAP;
 * smaller ones make longer lines answer CMD_TOO_LARGE), the mode to be in now (EG_CONSOLE_PARSE or
 * EG_CONSOLE_CONVERT) and the rewrite options (NULL: to metric, 2 decimals). EG_OK, or
 * EG_CMD_REWRITE_OPTION (a NULL buffer, an option or mode out of range, or a build without
 * EG_CONSOLE_HAVE_REWRITE), which leaves the console as it was. */
int eg_console_init_convert(eg_console *c, eg_cmd_rw_span *spans, size_t max_spans, uint8_t *scratch, size_t scratch_len,
                            unsigned mode, const eg_cmd_rw_opts *opts);

/* Feeds received bytes; answers every line they complete, in order, before returning. */
void eg_console_feed(eg_console *c, const uint8_t *bytes, size_t n);

/* End of input: answers a last line that has bytes but no line end (nothing otherwise). */
void eg_console_finish(eg_console *c);

#endif /* EG_CONSOLE_H */
