/* The responder's prompt tokenizer (docs/format.md 6.3) <-> src/skills/respond/tokenize.ts. */
#include "eg_ifr.h"
#include "eg_hash.h"

static int eg_word_byte(uint32_t b) {
    return (b >= 0x30u && b <= 0x39u) || (b >= 0x41u && b <= 0x5Au) || (b >= 0x61u && b <= 0x7Au) || b >= 0x80u;
}

static int eg_alnum(uint32_t b) {
    return (b >= 0x30u && b <= 0x39u) || (b >= 0x41u && b <= 0x5Au) || (b >= 0x61u && b <= 0x7Au);
}

/* A multi-byte punctuation sequence at i: its ASCII byte (*len set), or 0. */
static uint32_t eg_special(const uint8_t *b, uint32_t n, uint32_t i, uint32_t *len) {
    if (b[i] == 0xE2u && i + 2u < n && b[i + 1] == 0x80u) {
        uint32_t c = b[i + 2];
        *len = 3;
        if (c == 0x98u || c == 0x99u) return 0x27u;
        if (c == 0x9Cu || c == 0x9Du || c == 0x9Eu) return 0x22u;
        if (c == 0x9Au) return 0x27u;
        if (c == 0x93u || c == 0x94u) return 0x2Du;
        if (c == 0xA6u) return 0x2Eu;
    }
    if (b[i] == 0xC2u && i + 1u < n) {
        *len = 2;
        if (b[i + 1] == 0xABu || b[i + 1] == 0xBBu) return 0x22u;
        if (b[i + 1] == 0xA0u) return 0x20u;
    }
    /* version 20: the Arabic comma (U+060C) is a comma (tokenize.ts special) */
    if (b[i] == 0xD8u && i + 1u < n && b[i + 1] == 0x8Cu) {
        *len = 2;
        return 0x2Cu;
    }
    return 0;
}

/* The byte hashed for a word byte: ASCII and Latin-1 capitals (U+00C0..U+00DE but U+00D7, the
 * second byte after 0xC3) as lowercase (tokenize.ts foldByte). */
static uint32_t eg_fold(const uint8_t *b, uint32_t s, uint32_t i, uint32_t c) {
    if (c >= 0x41u && c <= 0x5Au) return c + 32u;
    if (c >= 0x80u && c <= 0x9Eu && c != 0x97u && i > s && b[i - 1] == 0xC3u) return c + 32u;
    return c;
}

static uint32_t eg_hb(uint32_t h, uint32_t b) { return (h ^ b) * EG_FNV_PRIME; }

static void eg_push(eg_ifr_tokens *t, uint32_t cap, uint8_t kind, uint32_t s, uint32_t e, uint32_t h, uint8_t byte) {
    if (t->n >= cap) return;
    t->kind[t->n] = kind;
    t->start[t->n] = s;
    t->end[t->n] = e;
    t->hash[t->n] = h;
    t->byte[t->n] = byte;
    t->n++;
}

void eg_ifr_tokenize(const uint8_t *bytes, uint32_t len, eg_ifr_tokens *t) {
    uint32_t ts_cap = len + 1u < EG_IFR_MAX_TOKENS ? len + 1u : EG_IFR_MAX_TOKENS;
    /* This port stores at most EG_IFR_TOK_CAP tokens; a prompt that fills them while TypeScript
     * could keep going (ts_cap > TOK_CAP; n <= len < ts_cap otherwise) is flagged too_large. */
    uint32_t cap = ts_cap < EG_IFR_TOK_CAP ? ts_cap : EG_IFR_TOK_CAP;
    uint32_t i = 0, sl;
    t->bytes = bytes;
    t->len = len;
    t->n = 0;
    t->too_large = 0;
    while (i < len && t->n < cap) {
        uint32_t sp = eg_special(bytes, len, i, &sl), b;
        if (sp != 0u) {
            if (sp != 0x20u) eg_push(t, cap, EG_TK_PUNCT, i, i + sl, eg_hb(EG_FNV_OFFSET, sp), (uint8_t)sp);
            i += sl;
            continue;
        }
        b = bytes[i];
        if (eg_word_byte(b)) {
            uint32_t s = i, h = EG_FNV_OFFSET;
            while (i < len) {
                uint32_t c = bytes[i];
                if (c == 0x27u && i > s && i + 1u < len && eg_alnum(bytes[i + 1])) {
                    i += 1;
                    continue;
                }
                if (c == 0xE2u && i + 2u < len && bytes[i + 1] == 0x80u && bytes[i + 2] == 0x99u && i > s && i + 3u < len && eg_alnum(bytes[i + 3])) {
                    i += 3;
                    continue;
                }
                if (!eg_word_byte(c) || eg_special(bytes, len, i, &sl) != 0u) break;
                h = eg_hb(h, eg_fold(bytes, s, i, c));
                i++;
            }
            eg_push(t, cap, EG_TK_WORD, s, i, h, 0);
            continue;
        }
        if (b == 0x0Au) eg_push(t, cap, EG_TK_NL, i, i + 1u, eg_hb(EG_FNV_OFFSET, b), (uint8_t)b);
        else if (b > 0x20u && b < 0x7Fu) eg_push(t, cap, EG_TK_PUNCT, i, i + 1u, eg_hb(EG_FNV_OFFSET, b), (uint8_t)b);
        i++;
    }
    if (t->n == cap && ts_cap > cap) t->too_large = 1;
    if (t->n < ts_cap) { /* TS reads zeros (or undefined) past the last token; n <= TOK_CAP here */
        t->kind[t->n] = 0;
        t->byte[t->n] = 0;
        t->start[t->n] = 0;
        t->end[t->n] = 0;
        t->hash[t->n] = 0;
    }
}

int eg_ifr_is_boundary(const eg_ifr_tokens *t, uint32_t i) {
    uint8_t b;
    if (t->kind[i] == EG_TK_NL) return 1;
    if (t->kind[i] != EG_TK_PUNCT) return 0;
    b = t->byte[i];
    return b == 0x2Eu || b == 0x3Fu || b == 0x21u || b == 0x3Bu;
}

uint32_t eg_ifr_sentence_start(const eg_ifr_tokens *t, uint32_t i) {
    uint32_t a = i < t->n ? i : t->n;
    while (a > 0u && !eg_ifr_is_boundary(t, a - 1u)) a--;
    return a;
}

uint32_t eg_ifr_sentence_end(const eg_ifr_tokens *t, uint32_t i) {
    uint32_t e = i < t->n ? i : t->n;
    while (e < t->n && !eg_ifr_is_boundary(t, e)) e++;
    return e;
}

void eg_ifr_quoted_tokens(const eg_ifr_tokens *t, uint8_t *q) {
    uint32_t i, k;
    int64_t open = -1;
    for (i = 0; i < t->n; i++) q[i] = 0;
    for (i = 0; i < t->n; i++) {
        if (t->kind[i] == EG_TK_NL) {
            open = -1;
        } else if (t->kind[i] == EG_TK_PUNCT && (t->byte[i] == 0x22u || t->byte[i] == 0x27u)) {
            if (open < 0) {
                open = (int64_t)i;
            } else if (t->byte[i] == t->byte[open]) {
                for (k = (uint32_t)open; k <= i; k++) q[k] = 1;
                open = -1;
            }
        }
    }
}

int eg_ifr_hyphen_joins(const eg_ifr_tokens *t, uint32_t j) {
    return j > 0u && j + 1u < t->n && t->kind[j] == EG_TK_PUNCT && (t->byte[j] == 0x2Du || t->byte[j] == 0x5Fu) &&
           t->kind[j - 1u] == EG_TK_WORD && t->kind[j + 1u] == EG_TK_WORD && t->end[j - 1u] == t->start[j] &&
           t->end[j] == t->start[j + 1u];
}

int eg_ifr_tag_joins(const eg_ifr_tokens *t, uint32_t j) {
    return j + 1u < t->n && t->kind[j] == EG_TK_PUNCT && (t->byte[j] == 0x23u || t->byte[j] == 0x40u) &&
           t->kind[j + 1u] == EG_TK_WORD && t->end[j] == t->start[j + 1u];
}

/* The digit the UTF-8 sequence at k (before end) encodes in one of the scripts step 0 reads (ASCII; Arabic-Indic
 * U+0660, Eastern Arabic-Indic U+06F0, the nine Indic scripts Devanagari U+0966 .. Malayalam U+0D66, Thai U+0E50,
 * fullwidth U+FF10), with
 * its byte length: digit * 8 + length, or -1 (tokenize.ts digitAt). */
static int32_t digit_at(const uint8_t *b, uint32_t k, uint32_t end) {
    uint32_t c = b[k];
    if (c >= 0x30u && c <= 0x39u) return (int32_t)(c - 0x30u) * 8 + 1;
    if (k + 1u < end && (c == 0xD9u || c == 0xDBu)) {
        uint32_t lo = c == 0xD9u ? 0xA0u : 0xB0u;
        if (b[k + 1u] >= lo && b[k + 1u] <= lo + 9u) return (int32_t)(b[k + 1u] - lo) * 8 + 2;
        return -1;
    }
    if (k + 2u < end && (c == 0xE0u || c == 0xEFu)) {
        uint32_t mid = b[k + 1u], lo;
        if (c == 0xEFu) lo = mid == 0xBCu ? 0x90u : 0u;
        else lo = (mid >= 0xA5u && mid <= 0xB5u && (mid & 1u) == 1u) ? 0xA6u : mid == 0xB9u ? 0x90u : 0u;
        if (lo != 0u && b[k + 2u] >= lo && b[k + 2u] <= lo + 9u) return (int32_t)(b[k + 2u] - lo) * 8 + 3;
    }
    return -1;
}

/* Every digit must have the first digit's lead bytes (all of its UTF-8 sequence but the last byte): "४০" mixes
 * Devanagari and Bengali and is no number (tokenize.ts digitsValue, version 12). */
int64_t eg_ifr_digits_value(const eg_ifr_tokens *t, uint32_t i, uint32_t max_digits) {
    int64_t v = 0;
    uint32_t n = 0, len = 0, k, s, m;
    if (i >= t->n || t->kind[i] != EG_TK_WORD) return -1;
    s = t->start[i];
    for (k = s; k < t->end[i]; k += len) {
        int32_t dg = digit_at(t->bytes, k, t->end[i]);
        if (dg < 0 || n == max_digits || (n > 0u && (uint32_t)(dg & 7) != len)) return -1;
        len = (uint32_t)(dg & 7);
        for (m = 0; m + 1u < len; m++) {
            if (t->bytes[k + m] != t->bytes[s + m]) return -1;
        }
        v = v * 10 + (dg >> 3);
        n++;
    }
    return n > 0u ? v : -1;
}
