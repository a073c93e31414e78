/* Parity driver of the commands value normalizers (src/skills/commands/normalize/native.test.ts):
 *   eg-cmd-normalize [--hex] [--entities FILE] [--scratch N] < cases
 * Each stdin line `type|unit|decimals|text` (type: text entity number quantity duration time
 * temperature; unit: the unit symbol, or for entity the entity's name; decimals: 0..6 or empty;
 * text: the rest of the line, hex-encoded bytes with --hex) prints one line: the JSON of the value,
 * `undefined`, or `error N`. FILE holds the hashed entity tables, one record a line, tab-separated:
 * `E name extensible(0|1)` (in CENT order), `K key` (CEKY, sorted), `S key value` (CESY, sorted). */
#include "eg_cmd_normalize.h"
#include "eg_common.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LINE (1u << 16)
#define MAX_STR 4096
#define POOL (1u << 20)

static uint8_t pool[POOL];
static size_t pool_len;
static uint32_t str_off[MAX_STR], str_len[MAX_STR], n_str;
static uint8_t cent[8 * 256], ceky[4 * 65536], cesy[8 * 65536];
static char names[256][128];
static uint32_t n_ent, n_keys, n_syn;

static int get_string(const void *ctx, uint32_t id, const uint8_t **p, size_t *n) {
    (void)ctx;
    if (id >= n_str) return 1;
    *p = pool + str_off[id];
    *n = str_len[id];
    return 0;
}

static uint32_t add_string(const char *s, size_t n) {
    if (n_str >= MAX_STR || pool_len + n > POOL) {
        fprintf(stderr, "entity tables too large\n");
        exit(2);
    }
    memcpy(pool + pool_len, s, n);
    str_off[n_str] = (uint32_t)pool_len;
    str_len[n_str] = (uint32_t)n;
    pool_len += n;
    return n_str++;
}

static void load_entities(const char *path) {
    static char line[MAX_LINE];
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        exit(2);
    }
    while (fgets(line, sizeof line, f)) {
        size_t n = strcspn(line, "\r\n");
        char *a, *b;
        line[n] = '\0';
        a = strchr(line, '\t');
        if (!a) continue;
        *a++ = '\0';
        b = strchr(a, '\t');
        if (b) *b++ = '\0';
        if (line[0] == 'E' && b && n_ent < 256) {
            uint32_t id = add_string(a, strlen(a));
            eg_wr_u32(cent + 8 * n_ent, id);
            eg_wr_u32(cent + 8 * n_ent + 4, (uint32_t)atoi(b) & 1u);
            snprintf(names[n_ent], sizeof names[0], "%s", a);
            n_ent++;
        } else if (line[0] == 'K' && n_keys < 65536) {
            eg_wr_u32(ceky + 4 * n_keys++, (uint32_t)strtoul(a, NULL, 10));
        } else if (line[0] == 'S' && b && n_syn < 65536) {
            eg_wr_u32(cesy + 8 * n_syn, (uint32_t)strtoul(a, NULL, 10));
            eg_wr_u32(cesy + 8 * n_syn + 4, add_string(b, strlen(b)));
            n_syn++;
        }
    }
    fclose(f);
}

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

int main(int argc, char **argv) {
    static char line[MAX_LINE];
    static uint8_t text[MAX_LINE], scratch[16 * MAX_LINE + 256];
    static char json[8 * MAX_LINE + 256];
    static const char *const TYPES[7] = { "text", "entity", "number", "quantity", "duration", "time", "temperature" };
    eg_cmd_entity_resolver R;
    int hex = 0, i, have_ent = 0;
    size_t scratch_len = sizeof scratch;
    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--hex") == 0) hex = 1;
        else if (strcmp(argv[i], "--entities") == 0 && i + 1 < argc) {
            load_entities(argv[++i]);
            have_ent = 1;
        } else if (strcmp(argv[i], "--scratch") == 0 && i + 1 < argc) {
            scratch_len = (size_t)strtoul(argv[++i], NULL, 10);
            if (scratch_len > sizeof scratch) scratch_len = sizeof scratch;
        } else {
            fprintf(stderr, "usage: %s [--hex] [--entities FILE] [--scratch N] < type|unit|decimals|text lines\n", argv[0]);
            return 2;
        }
    }
    R.cent = cent;
    R.n_entities = n_ent;
    R.ceky = ceky;
    R.n_keys = n_keys;
    R.cesy = cesy;
    R.n_synonyms = n_syn;
    R.string = get_string;
    R.ctx = NULL;
    while (fgets(line, sizeof line, stdin)) {
        size_t n = strlen(line), tl = 0;
        char *f[4];
        int k, rc;
        eg_cmd_slot_schema s;
        eg_cmd_value v;
        if (n > 0 && line[n - 1] == '\n') line[--n] = '\0';
        f[0] = line;
        for (k = 1; k < 4; k++) {
            char *bar = f[k - 1] ? strchr(f[k - 1], '|') : NULL;
            if (bar) *bar = '\0';
            f[k] = bar ? bar + 1 : NULL;
        }
        if (!f[3]) {
            printf("error bad-line\n");
            continue;
        }
        memset(&s, 0, sizeof s);
        s.type = 255;
        for (k = 0; k < 7; k++)
            if (strcmp(f[0], TYPES[k]) == 0) s.type = (uint8_t)k;
        s.decimals = f[2][0] ? (uint8_t)atoi(f[2]) : EG_CMD_NO_DECIMALS;
        s.entity = EG_CMD_NO_ENTITY;
        if (s.type == EG_CMD_SLOT_ENTITY) {
            for (k = 0; k < (int)n_ent; k++)
                if (strcmp(names[k], f[1]) == 0) s.entity = (uint32_t)k;
        } else if (f[1][0]) {
            s.unit = (const uint8_t *)f[1];
            s.unit_len = strlen(f[1]);
        }
        if (hex) {
            const char *h = f[3];
            while (hexval(h[0]) >= 0 && hexval(h[1]) >= 0) {
                text[tl++] = (uint8_t)(hexval(h[0]) * 16 + hexval(h[1]));
                h += 2;
            }
        } else {
            tl = strlen(f[3]);
            memcpy(text, f[3], tl);
        }
        rc = eg_cmd_normalize(&s, text, tl, have_ent ? &R : NULL, &v, scratch, scratch_len);
        if (rc == EG_CMD_NORM_VALUE) {
            size_t jl = eg_cmd_value_json(&v, json, sizeof json);
            fwrite(json, 1, jl < sizeof json ? jl : sizeof json - 1, stdout);
            putchar('\n');
        } else if (rc == EG_CMD_NORM_NONE) printf("undefined\n");
        else printf("error %d\n", rc);
    }
    return 0;
}
