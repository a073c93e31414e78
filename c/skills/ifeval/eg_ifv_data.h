/* Host loaders of the Punkt parameters and langdetect profiles (eg_ifv_data.c). On failure they
 * return an eg_err code and write a message naming the file to err. */
#ifndef EG_IFV_DATA_H
#define EG_IFV_DATA_H

#include "eg_ifv_langdetect.h"

/* The whole file, NUL-terminated (malloc'd; the caller frees), or NULL. */
uint8_t *eg_ifv_read_file(const char *path, size_t *len);
/* The host's Punkt tables, filled from the text files; eg_ifv_load_punkt points view at them. */
#ifndef EG_IFV_PUNKT_POOL
#define EG_IFV_PUNKT_POOL 400000u   /* code points of all parameter strings */
#endif
#ifndef EG_IFV_PUNKT_ENTRIES
#define EG_IFV_PUNKT_ENTRIES 32768u /* entries of the largest table (ortho_context: 20,366) */
#endif
typedef struct eg_ifv_punkt_store {
    uint32_t pool[EG_IFV_PUNKT_POOL];
    uint32_t npool;
    uint32_t ent[EG_PK_TABLES][EG_IFV_PUNKT_ENTRIES][3];
    uint32_t nent[EG_PK_TABLES];
} eg_ifv_punkt_store;
int eg_ifv_load_punkt(eg_ifv_punkt_store *st, eg_ifv_punkt *view, const char *dir, char *err, size_t errlen);
/* Writes the view as the blob eg_ifv_punkt_from_blob reads. */
int eg_ifv_write_punkt_blob(const eg_ifv_punkt *view, const char *path);
int eg_ifv_load_langdetect(eg_ifv_langdetect *ld, const eg_ifv_regs *rg, const char *dir, char *err, size_t errlen);

#endif /* EG_IFV_DATA_H */
