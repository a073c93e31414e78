/* Reader of the shared conformance vector files (test/vectors/, see its README.md): plain text, one
 * vector per line, fields separated by single spaces, '#' comment lines, byte strings in lowercase
 * hex ('-' for none). Used by the unit tests (test_main.c) and the conformance modes of
 * engram-native, so the C side reads exactly the files the TypeScript side reads
 * (src/conformance/vectors.ts holds the formats). Host-only: uses stdio. */
#ifndef EG_VECTORS_H
#define EG_VECTORS_H

#include <stdio.h>
#include "eg_common.h"

#define EG_VEC_LINE_CAP 65536u
#define EG_VEC_MAX_FIELDS 96u

typedef struct eg_vec_file {
    FILE *f;
    const char *path;
    unsigned lineno;
    unsigned nfields;
    char *fields[EG_VEC_MAX_FIELDS];
    char line[EG_VEC_LINE_CAP];
} eg_vec_file;

/* Opens `dir`/`name` (name may be NULL: dir is the whole path). Returns 0, or -1 with a message. */
int eg_vec_open(eg_vec_file *v, const char *dir, const char *name);

/* Reads the next vector line into v->fields. Returns 1, 0 at the end, -1 on a malformed line
 * (too long, too many fields) after printing file:line. */
int eg_vec_next(eg_vec_file *v);

void eg_vec_close(eg_vec_file *v);

/* Decodes hex (or "-") into out[0, cap). Returns the byte count, or -1 if malformed or too long. */
long eg_vec_unhex(const char *s, uint8_t *out, size_t cap);

/* Parses up to 8 hex digits as a u32 (no prefix). Sets *ok to 0 on a malformed field. */
uint32_t eg_vec_u32(const char *s, int *ok);

/* Reads a whole file (repo-relative `rel` under `root`) into a malloc'ed buffer; NULL on error. */
uint8_t *eg_vec_read_file(const char *root, const char *rel, size_t *len);

#endif /* EG_VECTORS_H */
