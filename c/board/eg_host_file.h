/* Host CLIs only (never the firmware): reading a whole file into a caller's static buffer. */
#ifndef EG_HOST_FILE_H
#define EG_HOST_FILE_H

#include <stddef.h>
#include <stdint.h>

/* Bytes read, or -1 when the file cannot be opened or holds more than cap bytes. */
long eg_host_read_file(const char *path, uint8_t *buf, size_t cap);

#endif /* EG_HOST_FILE_H */
