/* Reading the reply language of a prompt not written in English (docs/format.md 6.4 step 4; responder_version 9)
 * <-> src/skills/respond/language.ts. A Greek, Korean or Finnish prompt names the language it wants in its own
 * words, which the {LANG} patterns (English names read in English-like word order) do not see. Only prompts that
 * are not English are read this way: in an English prompt "Ukrainian families" is a topic, not a request. */
#include "eg_ifr_language.h"
#include "eg_ifr_unicode.h"

/* Fewer English function words than one in FOREIGN_RATIO word tokens (outside quotes) makes a prompt not English. */
#define FOREIGN_RATIO 10u
/* Word tokens a prompt needs before its function words say anything. */
#define MIN_WORDS 3u

/* The first RFWD record of word hash h (binary search over the records ascending by hash, then language), or nfw
 * when the word is no function word. */
static uint32_t fw_first(const eg_ifr *r, uint32_t h) {
    const uint8_t *rec = r->fwd + 12u + 4u * r->nfwl;
    uint32_t lo = 0, hi = r->nfw;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2u;
        if (eg_rd_u32(rec + 8u * mid) < h) lo = mid + 1u;
        else hi = mid;
    }
    return lo < r->nfw && eg_rd_u32(rec + 8u * lo) == h ? lo : r->nfw;
}

/* The code point whose UTF-8 lead byte is at b[k] (token bytes up to end), or NONE when it is cut, broken or
 * overlong (language.ts codePointAt). */
static uint32_t script_cp(const uint8_t *b, uint32_t k, uint32_t end) {
    uint32_t cp, len;
    if (b[k] < 0xC2u || b[k] > 0xF4u) return EG_IFR_NONE;
    len = eg_u8_dec(b, end, k, &cp);
    if (len == 1u || cp < (len == 2u ? 0x80u : len == 3u ? 0x800u : 0x10000u)) return EG_IFR_NONE;
    return cp;
}

/* scriptLanguage: the code id whose RFWD script records hold the most counted code points (ties to the earlier
 * record), or NONE. */
static uint32_t script_language(const eg_ifr *r, const uint32_t *in_script) {
    const uint8_t *rec = r->fwd + 12u + 4u * r->nfwl + 8u * r->nfw;
    uint32_t best = EG_IFR_NONE, best_n = 0, s, k;
    for (s = 0; s < r->nscr; s++) {
        uint32_t code = eg_rd_u32(rec + 12u * s + 8u), sum = 0;
        for (k = 0; k < r->nscr; k++) {
            if (eg_str_eq(eg_ifr_string(r, eg_rd_u32(rec + 12u * k + 8u)), eg_ifr_string(r, code))) sum += in_script[k];
        }
        if (sum > best_n) {
            best = code;
            best_n = sum;
        }
    }
    return best;
}

/* promptLanguage: one pass over the word tokens outside double quotes; each token whose hash is an RFWD record
 * counts for every language it lists. Returns the language (code string id) with the most occurrences when it is
 * not "en", has at least EG_IFR_MIN_FW and beats every other language strictly; else, when the non-ASCII bytes
 * outnumber the ASCII letters, the language of the script records holding the most of the tokens' code points;
 * else NONE. *foreign is 1 when that language is set, or the tokens' non-ASCII bytes outnumber their ASCII letters,
 * or at least MIN_WORDS tokens are not all digits and fewer than one in FOREIGN_RATIO of them is English. The counts
 * are bounded by the prompt's bytes, so u32 never wraps. */
uint32_t eg_ifr_prompt_language(const eg_ifr *r, const eg_ifr_tokens *t, int *foreign) {
    uint32_t count[EG_IFR_MAX_FW_LANGS], in_script[EG_IFR_MAX_SCRIPTS];
    uint32_t ascii = 0, high = 0, words = 0, english = 0, i, k, s, best = 0, lang = EG_IFR_NONE;
    const uint8_t *rec = r->fwd + 12u + 4u * r->nfwl;
    const uint8_t *scr = rec + 8u * r->nfw;
    int quoted = 0;
    for (k = 0; k < r->nfwl; k++) count[k] = 0;
    for (s = 0; s < r->nscr; s++) in_script[s] = 0;
    for (i = 0; i < t->n; i++) {
        int digits = 1;
        if (t->kind[i] == EG_TK_PUNCT && t->byte[i] == 0x22u) quoted = !quoted;
        if (t->kind[i] != EG_TK_WORD || quoted) continue;
        for (k = t->start[i]; k < t->end[i]; k++) {
            uint8_t b = t->bytes[k];
            if (b >= 0x80u) high++;
            else if (b >= 0x41u) ascii++;
            if (b < 0x30u || b > 0x39u) digits = 0;
            /* A lead byte starts a code point: count it for the script ranges that hold it. */
            if (b >= 0xC0u) {
                uint32_t c = script_cp(t->bytes, k, t->end[i]);
                for (s = 0; c != EG_IFR_NONE && s < r->nscr; s++) {
                    if (c >= eg_rd_u32(scr + 12u * s) && c <= eg_rd_u32(scr + 12u * s + 4u)) in_script[s]++;
                }
            }
        }
        /* A token of digits is no word of any language (and no function word). */
        if (digits) continue;
        words++;
        for (k = fw_first(r, t->hash[i]); k < r->nfw && eg_rd_u32(rec + 8u * k) == t->hash[i]; k++) {
            count[eg_rd_u32(rec + 8u * k + 4u)]++;
        }
    }
    if (r->nfwl > 0u) {
        for (k = 1; k < r->nfwl; k++) {
            if (count[k] > count[best]) best = k;
        }
        lang = eg_rd_u32(r->fwd + 12u + 4u * best);
        if (eg_str_eq_c(eg_ifr_string(r, lang), "en") || count[best] < (uint32_t)EG_IFR_MIN_FW) lang = EG_IFR_NONE;
        for (k = 0; lang != EG_IFR_NONE && k < r->nfwl; k++) {
            if (k != best && count[k] >= count[best]) lang = EG_IFR_NONE;
        }
    }
    if (lang == EG_IFR_NONE && high > ascii) lang = script_language(r, in_script);
    for (k = 0; k < r->nfwl; k++) { /* fwLangs.indexOf('en'): the first "en" */
        if (eg_str_eq_c(eg_ifr_string(r, eg_rd_u32(r->fwd + 12u + 4u * k)), "en")) {
            english = count[k];
            break;
        }
    }
    *foreign = lang != EG_IFR_NONE || high > ascii || (words >= MIN_WORDS && english * FOREIGN_RATIO < words);
    return lang;
}

static uint8_t lower_ascii(uint8_t b) { return b >= 0x41u && b <= 0x5Au ? (uint8_t)(b | 0x20u) : b; }

static int is_ascii_letter(uint8_t b) { return (b >= 0x41u && b <= 0x5Au) || (b >= 0x61u && b <= 0x7Au); }

/* findStem: byte offset of the last occurrence of stem in bytes (ASCII letters case-folded), or -1 (version 24: the
 * last, was the first). */
static int64_t find_stem(const uint8_t *bytes, uint32_t len, eg_str stem) {
    uint32_t i, k;
    int latin;
    if (stem.n > len || stem.n == 0u) return -1;
    latin = is_ascii_letter(stem.p[0]);
    for (i = len - stem.n + 1u; i-- > 0u;) {
        /* version 24: a stem starting with an ASCII letter starts no match right after one (language.ts findStem) */
        if (latin && i > 0u && is_ascii_letter(bytes[i - 1u])) continue;
        k = 0;
        while (k < stem.n && lower_ascii(bytes[i + k]) == stem.p[k]) k++;
        if (k == stem.n) return (int64_t)i;
    }
    return -1;
}

/* Among the stems found in the bytes, the latest that is not a language's own name ("ελληνικό καφέ" in a Greek
 * prompt asking for English is Greek coffee); when only own names occur, the latest of them; NONE when none. Ties
 * at one offset go to the earlier RLST record (language.ts namedLanguage; version 24: the latest, was the earliest). */
uint32_t eg_ifr_named_language(const eg_ifr *r, const uint8_t *bytes, uint32_t len) {
    int64_t best = -1, best_at = -1, own = -1, own_at = -1, at;
    uint32_t s;
    for (s = 0; s < r->nlst; s++) {
        const uint8_t *rec = r->lst + 12u * s;
        at = find_stem(bytes, len, eg_ifr_string(r, eg_rd_u32(rec)));
        if (at < 0) continue;
        if (eg_rd_u32(rec + 8u) == 1u) {
            if (own < 0 || at > own_at) {
                own = s;
                own_at = at;
            }
        } else if (best < 0 || at > best_at) {
            best = s;
            best_at = at;
        }
    }
    if (best >= 0) return eg_rd_u32(r->lst + 12u * (uint32_t)best + 4u);
    return own >= 0 ? eg_rd_u32(r->lst + 12u * (uint32_t)own + 4u) : EG_IFR_NONE;
}
