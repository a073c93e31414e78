/* Text pipeline v1 (docs/format.md sections 2.2-2.3) <-> src/text/tokenize.ts. The byte rules live
 * in one place: the class table eg_byte_class (generated from src/text/byte-class.ts) and
 * eg_text_lead below, read by this tokenizer and by the deductive module's (eg_logic.c). */
#ifndef EG_TEXT_H
#define EG_TEXT_H

#include "eg_common.h"
#include "eg_byte_class.h"

/* What the sequence starting at lead byte bytes[i] (class EG_BC_LEAD) is, within bytes[0, end):
 * EG_LEAD_* (<-> leadAt in src/text/byte-class.ts). */
static inline uint32_t eg_text_lead(const uint8_t *bytes, size_t i, size_t end) {
    if (bytes[i] == EG_SEQ_LEAD_E2) {
        if (i + 2u < end && bytes[i + 1u] == EG_SEQ_E2_80) {
            uint32_t c = bytes[i + 2u];
            if (c == EG_SEQ_CURLY_APOS_1 || c == EG_SEQ_CURLY_APOS_2) return EG_LEAD_DELETE;
            if (c == EG_SEQ_CURLY_QUOTE_1 || c == EG_SEQ_CURLY_QUOTE_2) return EG_LEAD_SEP;
            if (c == EG_SEQ_EN_DASH || c == EG_SEQ_EM_DASH) return EG_LEAD_DASH;
        }
        return EG_LEAD_AS_WORD;
    }
    return (i + 1u < end && bytes[i + 1u] == EG_SEQ_NBSP_2) ? EG_LEAD_SEP : EG_LEAD_AS_WORD;
}

/* Bytes a lead sequence of kind `lead` spans: 3 for E2 80 xx, 2 for C2 A0, 1 for a word byte. */
static inline uint32_t eg_text_lead_len(const uint8_t *bytes, size_t i, uint32_t lead) {
    return lead == EG_LEAD_AS_WORD ? 1u : (bytes[i] == EG_SEQ_LEAD_E2 ? 3u : 2u);
}

/* Normalizes and tokenizes bytes[0, min(len, max_bytes)) in one pass and writes the FNV-1a hash
 * of each token (of its normalized bytes) to out[0..]; stops after max_tokens tokens.
 * Returns the number of tokens written (<= max_tokens). Never reads past bytes[end-1]. */
uint32_t eg_text_tokenize(const uint8_t *bytes, size_t len, size_t max_bytes, uint32_t max_tokens,
                          uint32_t *out);

#endif /* EG_TEXT_H */
