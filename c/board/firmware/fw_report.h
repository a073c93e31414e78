/* Shared by the board firmwares (main.c, ifeval_main.c): the embedded artifact and batch, linker
 * symbols, rdinstret, hand-formatted report output over semihosting (no printf) and stack
 * painting (docs/board.md). Header-only with static functions, so each firmware compiles exactly
 * the code it uses. Define EG_FW_OUT_CAP before including for a larger output buffer. */
#ifndef EG_FW_REPORT_H
#define EG_FW_REPORT_H

#include <stdint.h>
#include <stdio.h>

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
static char g_out[EG_FW_OUT_CAP];
static uint32_t g_fill = 0;

EG_FW_UNUSED static void out_flush(void) {
    fwrite(g_out, 1, g_fill, stdout);
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

#endif /* EG_FW_REPORT_H */
