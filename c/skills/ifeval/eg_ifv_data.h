/* Host loaders of the Punkt parameters and langdetect profiles (eg_ifv_data.c). On failure they
 * return an eg_err code and write a message naming the file to err. */
#ifndef EG_IFV_DATA_H
#define EG_IFV_DATA_H

#include "eg_ifv_langdetect.h"

/* The whole file, NUL-terminated (malloc'd; the caller frees), or NULL. */
uint8_t *eg_ifv_read_file(const char *path, size_t *len);
int eg_ifv_load_punkt(eg_ifv_punkt *p, const char *dir, char *err, size_t errlen);
int eg_ifv_load_langdetect(eg_ifv_langdetect *ld, const eg_ifv_regs *rg, const char *dir, char *err, size_t errlen);

#endif /* EG_IFV_DATA_H */
