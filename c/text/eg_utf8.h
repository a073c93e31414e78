/* Strict UTF-8 validation (what TextDecoder {fatal: true} accepts), for artifact strings the
 * loaders must refuse when they would not decode in TypeScript. */
#ifndef EG_UTF8_H
#define EG_UTF8_H

#include "eg_common.h"

/* 1 when p[0..n) is well-formed UTF-8 (no overlongs, surrogates or code points above U+10FFFF). */
int eg_utf8_valid(const uint8_t *p, uint32_t n);

#endif /* EG_UTF8_H */
