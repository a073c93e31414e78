/* The langdetect tables (profiles and CJK classes) the host loads (eg_ifv_data.c) for eg_ifv_detect. */
#ifndef EG_IFV_LANGDETECT_H
#define EG_IFV_LANGDETECT_H

#include "eg_ifv.h"

#define EG_LD_MAX_LANGS 64u

struct eg_ifv_langdetect {
    const eg_ifv_regs *regs;
    uint32_t nlangs;
    char langs[EG_LD_MAX_LANGS][16];
    uint32_t nrows, nslots;  /* n-grams of 1-3 code points; open-addressing slots (a power of two) */
    uint64_t *keys;          /* per row: the code points packed 21 bits each */
    uint32_t *slots;         /* row + 1, or 0 */
    double *prob;            /* per row: nlangs probabilities (count / n_words[len - 1]; 0 where absent) */
    uint32_t (*cjk)[2];      /* ideograph -> its class's first ideograph, sorted */
    uint32_t ncjk;
};

#endif /* EG_IFV_LANGDETECT_H */
