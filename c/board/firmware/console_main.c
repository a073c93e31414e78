/* Engram live console firmware (RV32IMC, QEMU virt; docs/board.md "Live console"): the commands
 * artifact in flash, lines in over the virt machine's NS16550A UART, one answer line out for each
 * (eg_console: {"frame":<frame JSON>,"instret":N}, in convert mode {"rewrite":<rewriteUnits JSON>,
 * "instret":N}, {"mode":...} for a console command, or {"error":E,"name":...,"bytes":B}). This is the
 * loop a real board runs; only the UART access below is QEMU-virt specific.
 *
 * The mode at boot and the rewrite options are the build's (-D, c/mk/commands-board.mk CON_START):
 * EG_CONSOLE_FW_MODE (EG_CONSOLE_PARSE 0 or EG_CONSOLE_CONVERT 1), EG_CONSOLE_FW_DIRECTION
 * (EG_CMD_RW_TO_METRIC 0 or EG_CMD_RW_TO_IMPERIAL 1), EG_CONSOLE_FW_DECIMALS (0..6); console command
 * lines (:convert, :parse, :imperial, :decimals N, ...; eg_console.h) change them while it runs.
 * The parse scratch and convert mode's working memory are one union (eg_console_work): the two never run at once.
 *
 * On the UART, around the answers:
 *   {"engram_console": 1, "api": 1, "artifact_bytes": N, "load_error": E, "load_instret": N, "line_cap": N,
 *    "convert_error": E, "mode": "parse"|"convert", "to": "metric"|"imperial", "decimals": D}   at boot
 *   {"end": 1, "lines": N, "memory": {...}}   after the end byte 0x04 (EOT), which the host sends at the end
 *                                        of its input; then the firmware exits 0 (semihosting exit)
 * A load error ends the firmware after the boot line, with exit status 1.
 *
 * Waiting for input: the UART's receive interrupt is routed through the PLIC to this hart, with
 * interrupts left globally disabled, so `wfi` sleeps until a byte arrives (QEMU then idles instead
 * of spinning) and no trap handler is needed. */
#include <stddef.h>
#include <stdint.h>
#include "eg_cmd.h"
#include "eg_console.h"

static void uart_write(void *ctx, const char *bytes, size_t n);
/* fw_report.h's status lines (out_s, out_kv, out_memory_fields) go to the UART too */
#define EG_FW_OUT_WRITE(p, n) uart_write(NULL, (p), (n))
#include "fw_report.h"

#define UART_BASE 0x10000000u
#define UART_RBR 0u /* receive buffer (read) / transmit holding (write) */
#define UART_IER 1u
#define UART_LSR 5u
#define LSR_DATA_READY 0x01u
#define LSR_THR_EMPTY 0x20u
#define PLIC_BASE 0x0C000000u
#define PLIC_UART_IRQ 10u
#define PLIC_ENABLE_CTX0 (PLIC_BASE + 0x2000u)   /* hart 0, M-mode */
#define PLIC_CLAIM_CTX0 (PLIC_BASE + 0x200004u)
#define PLIC_THRESHOLD_CTX0 (PLIC_BASE + 0x200000u)
#define MIE_MEIE 0x800u
#define EOT 0x04u

#ifndef EG_CONSOLE_FW_MODE
#define EG_CONSOLE_FW_MODE EG_CONSOLE_PARSE
#endif
#ifndef EG_CONSOLE_FW_DIRECTION
#define EG_CONSOLE_FW_DIRECTION EG_CMD_RW_TO_METRIC
#endif
#ifndef EG_CONSOLE_FW_DECIMALS
#define EG_CONSOLE_FW_DECIMALS EG_CMD_RW_DEFAULT_DECIMALS
#endif

static eg_console_work g_work;
static uint8_t g_line[EG_CONSOLE_LINE_CAP];
static char g_frame[EG_CONSOLE_OUT_CAP];

static volatile uint8_t *reg8(uint32_t addr) { return (volatile uint8_t *)(uintptr_t)addr; }
static volatile uint32_t *reg32(uint32_t addr) { return (volatile uint32_t *)(uintptr_t)addr; }

static void uart_write(void *ctx, const char *bytes, size_t n) {
    size_t i;
    (void)ctx;
    for (i = 0; i < n; i++) {
        while ((*reg8(UART_BASE + UART_LSR) & LSR_THR_EMPTY) == 0u) {
        }
        *reg8(UART_BASE + UART_RBR) = (uint8_t)bytes[i];
    }
}

static uint32_t count_instret(void *ctx) {
    (void)ctx;
    return eg_instret();
}

/* UART receive interrupt -> PLIC -> machine external interrupt pending: what wakes `wfi`. */
static void rx_wakeup_init(void) {
    uint32_t meie = MIE_MEIE;
    *reg8(UART_BASE + UART_IER) = 0x01u;            /* received data available */
    *reg32(PLIC_BASE + 4u * PLIC_UART_IRQ) = 1u;    /* priority above the threshold */
    *reg32(PLIC_ENABLE_CTX0) = 1u << PLIC_UART_IRQ;
    *reg32(PLIC_THRESHOLD_CTX0) = 0u;
    /* csrs mie (the build's -march=rv32imc names no Zicsr; the hart has it) */
    __asm__ volatile(".option push\n.option arch, +zicsr\ncsrs mie, %0\n.option pop" : : "r"(meie));
}

/* The next received byte; sleeps while there is none. */
static uint8_t uart_read(void) {
    while ((*reg8(UART_BASE + UART_LSR) & LSR_DATA_READY) == 0u) {
        /* claim and complete, so the PLIC raises the line again for the next byte */
        uint32_t id = *reg32(PLIC_CLAIM_CTX0);
        if (id != 0u) *reg32(PLIC_CLAIM_CTX0) = id;
        if ((*reg8(UART_BASE + UART_LSR) & LSR_DATA_READY) != 0u) break;
        __asm__ volatile("wfi");
    }
    return *reg8(UART_BASE + UART_RBR);
}

int main(void) {
    const uint32_t art_len = (uint32_t)(eg_fw_artifact_end - eg_fw_artifact);
    eg_cmd m;
    eg_console con;
    eg_cmd_rw_opts opts;
    uint32_t t0, t_load;
    int rc, rc_convert;

    paint_stack();
    t0 = eg_instret();
    rc = eg_cmd_load(eg_fw_artifact, art_len, &m);
    t_load = eg_instret() - t0;
    out_s("{\"engram_console\": 1, ");
    out_kv("api", EG_CONSOLE_API_VERSION, ", ");
    out_kv("artifact_bytes", art_len, ", ");
    out_kv("load_error", (uint32_t)rc, ", ");
    out_kv("load_instret", t_load, ", ");
    eg_console_init(&con, &m, &g_work.parse, g_line, sizeof(g_line), g_frame, sizeof(g_frame), uart_write, count_instret, NULL);
    opts.direction = EG_CONSOLE_FW_DIRECTION;
    opts.decimals = EG_CONSOLE_FW_DECIMALS;
    rc_convert = eg_console_init_convert(&con, g_work.convert.spans, EG_CONSOLE_LINE_CAP, g_work.convert.scratch,
                                         sizeof(g_work.convert.scratch), EG_CONSOLE_FW_MODE, &opts);
    out_kv("line_cap", EG_CONSOLE_LINE_CAP, ", ");
    out_kv("convert_error", (uint32_t)rc_convert, ", \"mode\": ");
    out_s(con.mode == EG_CONSOLE_CONVERT ? "\"convert\", \"to\": " : "\"parse\", \"to\": ");
    out_s(con.opts.direction == EG_CMD_RW_TO_IMPERIAL ? "\"imperial\", " : "\"metric\", ");
    out_kv("decimals", con.opts.decimals, "}\n");
    out_flush();
    if (rc != EG_OK) return 1;

    rx_wakeup_init();
    for (;;) {
        uint8_t b = uart_read();
        if (b == EOT) break;
        eg_console_feed(&con, &b, 1);
    }
    eg_console_finish(&con);

    out_s("{\"end\": 1, ");
    out_kv("lines", con.answered, ", \"memory\": {");
    /* scratch_bytes: the union of the parse scratch and convert mode's spans + rewrite scratch */
    out_memory_fields(art_len, 0u, (uint32_t)sizeof(g_work), ", ");
    out_kv("parse_scratch_bytes", (uint32_t)sizeof(eg_cmd_scratch), ", ");
    out_kv("convert_spans_bytes", (uint32_t)sizeof(g_work.convert.spans), ", ");
    out_kv("convert_scratch_bytes", (uint32_t)sizeof(g_work.convert.scratch), "}}\n");
    out_flush();
    return 0;
}
