/* Host CLIs only: reading a whole file into a caller's buffer (engram-ifeval, engram-commands). */
#include <stdio.h>
#include "eg_host_file.h"

long eg_host_read_file(const char *path, uint8_t *buf, size_t cap) {
    FILE *f = fopen(path, "rb");
    size_t n;
    if (f == NULL) return -1;
    n = fread(buf, 1, cap, f);
    /* A file that fills the buffer exactly may still have more: one more byte says it is too big. */
    if (n == cap && fgetc(f) != EOF) n = cap + 1u;
    fclose(f);
    return n > cap ? -1 : (long)n;
}
