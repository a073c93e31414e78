/* The vector-file reader (eg_vectors.h): line splitting, hex decoding, whole-file reads. Strict on
 * purpose: a malformed vector file is an error, never a silently skipped vector. */
#include <stdlib.h>
#include <string.h>
#include "eg_vectors.h"

int eg_vec_open(eg_vec_file *v, const char *dir, const char *name) {
    static char path[4096];
    int n = name ? snprintf(path, sizeof(path), "%s/%s", dir, name) : snprintf(path, sizeof(path), "%s", dir);
    memset(v, 0, sizeof(*v));
    if (n < 0 || (size_t)n >= sizeof(path)) {
        fprintf(stderr, "eg_vectors: path too long\n");
        return -1;
    }
    v->path = path;
    v->f = fopen(path, "rb");
    if (v->f == NULL) {
        fprintf(stderr, "eg_vectors: cannot open %s\n", path);
        return -1;
    }
    return 0;
}

int eg_vec_next(eg_vec_file *v) {
    for (;;) {
        size_t len;
        char *p;
        if (fgets(v->line, sizeof(v->line), v->f) == NULL) {
            return 0;
        }
        v->lineno++;
        len = strlen(v->line);
        if (len > 0 && v->line[len - 1] == '\n') {
            v->line[--len] = '\0';
        } else if (!feof(v->f)) {
            fprintf(stderr, "%s:%u: line longer than %u bytes\n", v->path, v->lineno, EG_VEC_LINE_CAP);
            return -1;
        }
        if (len == 0 || v->line[0] == '#') {
            continue;
        }
        v->nfields = 0;
        for (p = v->line;;) {
            char *sp = strchr(p, ' ');
            if (v->nfields == EG_VEC_MAX_FIELDS) {
                fprintf(stderr, "%s:%u: more than %u fields\n", v->path, v->lineno, EG_VEC_MAX_FIELDS);
                return -1;
            }
            v->fields[v->nfields++] = p;
            if (sp == NULL) {
                break;
            }
            *sp = '\0';
            p = sp + 1;
        }
        return 1;
    }
}

void eg_vec_close(eg_vec_file *v) {
    if (v->f != NULL) {
        fclose(v->f);
        v->f = NULL;
    }
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

long eg_vec_unhex(const char *s, uint8_t *out, size_t cap) {
    size_t n = strlen(s), i;
    if (strcmp(s, "-") == 0) {
        return 0;
    }
    if (n == 0 || n % 2u != 0u || n / 2u > cap) {
        return -1;
    }
    for (i = 0; i < n / 2u; i++) {
        int hi = hexval(s[2u * i]), lo = hexval(s[2u * i + 1u]);
        if (hi < 0 || lo < 0) {
            return -1;
        }
        out[i] = (uint8_t)(hi * 16 + lo);
    }
    return (long)(n / 2u);
}

uint32_t eg_vec_u32(const char *s, int *ok) {
    uint32_t v = 0;
    size_t n = strlen(s), i;
    if (n == 0 || n > 8u) {
        *ok = 0;
        return 0;
    }
    for (i = 0; i < n; i++) {
        int d = hexval(s[i]);
        if (d < 0) {
            *ok = 0;
            return 0;
        }
        v = (v << 4) | (uint32_t)d;
    }
    return v;
}

uint8_t *eg_vec_read_file(const char *root, const char *rel, size_t *len) {
    char path[4096];
    FILE *f;
    uint8_t *buf;
    long n;
    if (snprintf(path, sizeof(path), "%s/%s", root, rel) >= (int)sizeof(path)) return NULL;
    f = fopen(path, "rb");
    if (f == NULL) {
        fprintf(stderr, "eg_vectors: cannot open %s\n", path);
        return NULL;
    }
    if (fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
        fclose(f);
        return NULL;
    }
    buf = (uint8_t *)malloc((size_t)n + 1u);
    if (buf != NULL && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    *len = (size_t)n;
    return buf;
}
