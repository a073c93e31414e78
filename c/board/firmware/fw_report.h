/* Shared by the board firmwares (main.c, ifeval_main.c, commands_main.c, console_main.c): the embedded
 * artifact and batch, linker symbols, rdinstret, hand-formatted report output over semihosting (no
 * printf) and stack painting (docs/board.md). Header-only with static functions, so each firmware compiles exactly
 * the code it uses. Define EG_FW_OUT_CAP before including for a larger output buffer. */
#ifndef EG_FW_REPORT_H
#define EG_FW_REPORT_H

#include <stdint.h>
#include <stdio.h>
#include "eg_common.h"

#define EG_FW_UNUSED __attribute__((unused))

extern const uint8_t eg_fw_artifact[], eg_fw_artifact_end[];
extern const uint8_t eg_fw_batch[], eg_fw_batch_end[];
/* linker symbols (firmware/link.ld) */
extern uint8_t __ram_origin[], __bss_end[], __stack[];
extern const uint8_t __firmware_flash_bytes[]; /* its address is the byte count */

#define EG_PAINT 0xA5A5A5A5u

EG_FW_UNUSED static inline uint32_t eg_instret(void) {
    uint32_t v;
    __asm__ volatile("rdinstret %0" : "=r"(v));
    return v;
}

/* ---------------------------------------------------------------- report output */

#ifndef EG_FW_OUT_CAP
#define EG_FW_OUT_CAP 512
#endif
/* Where the report goes: semihosting stdout, unless the firmware names another sink (the console: its UART). */
#ifndef EG_FW_OUT_WRITE
#define EG_FW_OUT_WRITE(p, n) fwrite((p), 1, (n), stdout)
#endif
static char g_out[EG_FW_OUT_CAP];
static uint32_t g_fill = 0;

EG_FW_UNUSED static void out_flush(void) {
    EG_FW_OUT_WRITE(g_out, g_fill);
    g_fill = 0;
}

EG_FW_UNUSED static void out_s(const char *s) {
    while (*s) {
        if (g_fill == sizeof(g_out)) {
            out_flush();
        }
        g_out[g_fill++] = *s++;
    }
}

EG_FW_UNUSED static void out_u(uint32_t v) {
    char d[11];
    int n = 0;
    do {
        d[n++] = (char)('0' + v % 10u);
        v /= 10u;
    } while (v);
    while (n > 0) {
        char c[2] = {d[--n], 0};
        out_s(c);
    }
}

EG_FW_UNUSED static void out_i(int32_t v) {
    if (v < 0) {
        out_s("-");
        out_u(0u - (uint32_t)v);
    } else {
        out_u((uint32_t)v);
    }
}

EG_FW_UNUSED static void out_hex(const uint8_t *b, uint32_t n) {
    static const char hx[] = "0123456789abcdef";
    uint32_t i;
    for (i = 0; i < n; i++) {
        char c[3] = {hx[b[i] >> 4], hx[b[i] & 15u], 0};
        out_s(c);
    }
}

EG_FW_UNUSED static void out_hex32(uint32_t v) {
    uint8_t be[4] = {(uint8_t)(v >> 24), (uint8_t)(v >> 16), (uint8_t)(v >> 8), (uint8_t)v};
    out_hex(be, 4);
}

EG_FW_UNUSED static void out_kv(const char *key, uint32_t v, const char *after) {
    out_s("\"");
    out_s(key);
    out_s("\": ");
    out_u(v);
    out_s(after);
}

/* ---------------------------------------------------------------- the embedded text batch */

/* A batch of texts (u32 count, then count x (u32 length, bytes), little-endian; ifeval_main.c,
 * commands_main.c): its count, or -1 when the framing does not fit the embedded bytes. */
EG_FW_UNUSED static int32_t eg_fw_batch_count(const uint8_t *b, uint32_t len) {
    uint32_t count, at = 4, i;
    if (len < 4u) return -1;
    count = eg_rd_u32(b);
    for (i = 0; i < count; i++) {
        uint32_t n;
        if (len - at < 4u) return -1;
        n = eg_rd_u32(b + at);
        if (n > len - at - 4u) return -1;
        at += 4u + n;
    }
    return at == len && count < 0x7FFFFFFFu ? (int32_t)count : -1;
}

/* The header fields of a batch report: the artifact's size, load error and load instructions, the
 * batch's size, its text count under `count_key` and whether its framing was broken; then `after`. */
EG_FW_UNUSED static void out_load_fields(uint32_t art_len, int load_rc, uint32_t load_instret, uint32_t batch_len, int32_t count,
                                         const char *count_key, const char *after) {
    out_kv("artifact_bytes", art_len, ", ");
    out_kv("load_error", (uint32_t)load_rc, ", ");
    out_kv("load_instret", load_instret, ", ");
    out_kv("batch_bytes", batch_len, ", ");
    out_kv(count_key, count < 0 ? 0u : (uint32_t)count, ", ");
    out_kv("batch_error", count < 0 ? 1u : 0u, after);
}

/* ---------------------------------------------------------------- stack painting */

EG_FW_UNUSED static void paint_stack(void) {
    uint32_t sp;
    volatile uint32_t *p = (volatile uint32_t *)(void *)__bss_end;
    __asm__ volatile("mv %0, sp" : "=r"(sp));
    while ((uint32_t)(uintptr_t)p < sp - 256u) { /* leave this frame and a margin untouched */
        *p++ = EG_PAINT;
    }
}

EG_FW_UNUSED static uint32_t stack_high_water(void) {
    const volatile uint32_t *p = (const volatile uint32_t *)(const void *)__bss_end;
    while ((uintptr_t)p < (uintptr_t)__stack && *p == EG_PAINT) {
        p++;
    }
    return (uint32_t)((uintptr_t)__stack - (uintptr_t)p);
}

/* ---------------------------------------------------------------- memory fields of both reports */

/* Writes the memory fields shared by every board report (static RAM, stack high-water, RAM region,
 * flash split), then "scratch_bytes" followed by `after`. */
EG_FW_UNUSED static void out_memory_fields(uint32_t art_len, uint32_t batch_len, uint32_t scratch_bytes, const char *after) {
    out_kv("static_ram_bytes", (uint32_t)(__bss_end - __ram_origin), ", ");
    out_kv("stack_high_water_bytes", stack_high_water(), ", ");
    out_kv("ram_region_bytes", (uint32_t)(__stack - __ram_origin), ", ");
    out_kv("flash_firmware_bytes", (uint32_t)(uintptr_t)__firmware_flash_bytes, ", ");
    out_kv("flash_artifact_bytes", art_len, ", ");
    out_kv("flash_batch_bytes", batch_len, ", ");
    out_kv("scratch_bytes", scratch_bytes, after);
}

/* One batch input's line: {"i": I, "error": E, "instret": N, "bytes": N, "hex": "<out[0..bytes) in hex>"}. */
EG_FW_UNUSED static void out_item_line(uint32_t i, int error, uint32_t instret, const uint8_t *out, uint32_t bytes) {
    out_s("{");
    out_kv("i", i, ", ");
    out_kv("error", (uint32_t)error, ", ");
    out_kv("instret", instret, ", ");
    out_kv("bytes", bytes, ", \"hex\": \"");
    out_hex(out, bytes);
    out_s("\"}\n");
}

/* The last two lines of a batch report ({"memory": {...}} and {"end": 1}), written out. */
EG_FW_UNUSED static void out_report_end(uint32_t art_len, uint32_t batch_len, uint32_t scratch_bytes) {
    out_s("{\"memory\": {");
    out_memory_fields(art_len, batch_len, scratch_bytes, "}}\n");
    out_s("{\"end\": 1}\n");
    out_flush();
}

#endif /* EG_FW_REPORT_H */
