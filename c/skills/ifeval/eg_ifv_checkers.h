/* The instruction checks (eg_ifv_checkers.c): binding an instruction's kwargs, and checking one text. */
#ifndef EG_IFV_CHECKERS_H
#define EG_IFV_CHECKERS_H

#include "eg_ifv.h"

enum {
    EG_ID_EXISTENCE,
    EG_ID_FREQUENCY,
    EG_ID_FORBIDDEN,
    EG_ID_LETTER,
    EG_ID_LANGUAGE,
    EG_ID_SENTENCES,
    EG_ID_WORDS,
    EG_ID_PARAGRAPHS,
    EG_ID_NTH_PARAGRAPH,
    EG_ID_PLACEHOLDERS,
    EG_ID_POSTSCRIPT,
    EG_ID_BULLETS,
    EG_ID_CONSTRAINED,
    EG_ID_HIGHLIGHTS,
    EG_ID_SECTIONS,
    EG_ID_JSON,
    EG_ID_TITLE,
    EG_ID_TWO,
    EG_ID_REPEAT,
    EG_ID_END,
    EG_ID_QUOTATION,
    EG_ID_CAPITAL_FREQ,
    EG_ID_ENGLISH_CAPITAL,
    EG_ID_ENGLISH_LOWER,
    EG_ID_NO_COMMA,
    EG_IFV_IDS
};

/* One instruction bound to its kwargs (strings decoded into the caller's argbuf). */
typedef struct eg_ifv_bound {
    int kind;
    int64_t n, n2;
    int rel;                 /* 1 "less than", 2 "at least" */
    eg_txt a;                /* the main string argument, as the check compares it */
    eg_ifv_bytes a_bytes;    /* a pattern argument as UTF-8 */
    const char *pattern;     /* a fixed pattern chosen at binding */
    const eg_ifv_kwarg *list;
} eg_ifv_bound;

/* Validates kwargs as the TS factory does (EG_IFV_BAD_INSTRUCTION / EG_IFV_BAD_PATTERN / EG_IFV_TOO_LARGE). */
int eg_ifv_bind(const eg_ifv_instr *in, eg_ifv_bound *b, uint32_t *argbuf, eg_ifv_scratch *scr);
/* 1 followed, 0 not, or a negative error. */
int eg_ifv_check(const eg_ifv_ctx *ctx, const eg_ifv_bound *b, const eg_ifv_instr *in, eg_txt v, eg_ifv_scratch *scr);

#endif /* EG_IFV_CHECKERS_H */
