/* UTF-8 as the TypeScript side reads it: strict validation for artifact strings (TextDecoder fatal)
 * and the lenient WHATWG decoder for query text (TextDecoder). */
#ifndef EG_UTF8_H
#define EG_UTF8_H

#include "eg_common.h"

/* 1 when p[0..n) is well-formed UTF-8 (no overlongs, surrogates or code points above U+10FFFF). */
int eg_utf8_valid(const uint8_t *p, uint32_t n);

/* The next code point of b[*pos..len) (*pos < len) as the WHATWG decoder reads it, advancing *pos:
 * U+FFFD for an ill-formed sequence, which consumes its maximal subpart (the byte that broke it
 * starts the next code point). */
uint32_t eg_utf8_next(const uint8_t *b, size_t len, size_t *pos);

#endif /* EG_UTF8_H */
