/* Text pipeline v1 (docs/format.md sections 2.2-2.3) <-> src/text/tokenize.ts. */
#ifndef EG_TEXT_H
#define EG_TEXT_H

#include "eg_common.h"

/* Normalizes and tokenizes bytes[0, min(len, max_bytes)) in one pass and writes the FNV-1a hash
 * of each token (of its normalized bytes) to out[0..]; stops after max_tokens tokens.
 * Returns the number of tokens written (<= max_tokens). Never reads past bytes[end-1]. */
uint32_t eg_text_tokenize(const uint8_t *bytes, size_t len, size_t max_bytes, uint32_t max_tokens,
                          uint32_t *out);

#endif /* EG_TEXT_H */
