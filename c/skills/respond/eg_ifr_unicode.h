/* JavaScript string semantics over UTF-8 for the responder (tables generated from Node by
 * src/board/ifeval-native.ts): code point classes, String.prototype.trim, toUpperCase/toLowerCase
 * (with Final_Sigma), and a bounded byte writer. */
#ifndef EG_IFR_UNICODE_H
#define EG_IFR_UNICODE_H

#include "eg_ifr.h"

/* Decodes the code point at s[i] (n bytes total); returns its byte length (invalid byte: 1, U+FFFD). */
uint32_t eg_u8_dec(const uint8_t *s, uint32_t n, uint32_t i, uint32_t *cp);
/* Start of the code point that ends at s[i-1]. */
uint32_t eg_u8_prev(const uint8_t *s, uint32_t i);
uint32_t eg_u8_count(eg_str s);

int eg_uni_is_l(uint32_t cp);
int eg_uni_is_n(uint32_t cp);
int eg_uni_is_lu(uint32_t cp);
int eg_uni_is_ll(uint32_t cp);
int eg_uni_is_space(uint32_t cp);     /* JS \s and trim() */
int eg_uni_is_word(uint32_t cp);      /* [\p{L}\p{N}_] */
int eg_uni_is_lineterm(uint32_t cp);  /* \n \r U+2028 U+2029 (what '.' does not match) */

eg_str eg_str_trim(eg_str s);
eg_str eg_str_sub(eg_str s, uint32_t a, uint32_t b);
int eg_str_eq(eg_str a, eg_str b);
int eg_str_eq_c(eg_str a, const char *c);
int64_t eg_str_find(eg_str hay, eg_str needle, uint32_t from); /* byte index or -1 */

/* Zeroes n bytes at p, a word at a time (the board's picolibc memset stores one byte per four
 * instructions). */
void eg_mem_zero(void *p, uint32_t n);
/* memcpy for buffers that do not overlap, a word at a time when they are aligned alike. */
void eg_mem_copy(uint8_t *d, const uint8_t *s, uint32_t n);

/* A bounded writer: on overflow it keeps counting and sets `over`. */
typedef struct eg_wr {
    uint8_t *p;
    uint32_t n, cap;
    int over;
} eg_wr;
void eg_wr_bytes(eg_wr *w, const uint8_t *b, uint32_t n);
void eg_wr_str(eg_wr *w, eg_str s);
void eg_wr_c(eg_wr *w, const char *c);
void eg_wr_cp(eg_wr *w, uint32_t cp);
void eg_wr_int(eg_wr *w, int64_t v);
/* String.prototype.toUpperCase / toLowerCase of s, appended to w. */
void eg_wr_case(eg_wr *w, eg_str s, int upper);
/* JSON.stringify of a string. */
void eg_wr_json(eg_wr *w, eg_str s);

#endif /* EG_IFR_UNICODE_H */
