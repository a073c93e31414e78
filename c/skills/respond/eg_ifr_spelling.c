/* Step 0 spelling (docs/format.md 6.4; responder_version 11) <-> src/skills/respond/spelling.ts: people type fast
 * ("max 3 paras, <= 120 wds", "4 paragrpahs"). Before any pattern reads the tokens, an unquoted shorthand or
 * misspelling (RSPL aliases) takes the hash of the word the patterns know, and an unquoted ASCII word of 6..16 letters
 * one edit from a constraint word (RSPL words) takes that word's hash unless RHSH names the word itself.
 * RSPL is read in place from the artifact (the board keeps it in flash). The loader keeps a 128-byte filter of its
 * hashes (eg_ifr.spl_bloom, two bits a hash: most tokens skip every lookup) and, when the counts fit EG_IFR_SPL_CAP, the hashes sorted
 * for binary search, the words' letter signatures and bit sets of the words by first letter, second letter and length
 * (about 1.5 KB; the enforcer board, short of RAM, sets the cap to 1 and reads RSPL's strings on demand instead: the same
 * result, more instructions). */
#include "eg_ifr_spelling.h"
#include "eg_hash.h"
#include "eg_ifr_unicode.h"

static int same(const uint8_t *a, const uint8_t *b, uint32_t n) {
    uint32_t k;
    for (k = 0; k < n; k++) {
        if (a[k] != b[k]) return 0;
    }
    return 1;
}

/* Removing one byte from `lng` (ns + 1 bytes) gives `sh`. */
static int drops_one(const uint8_t *lng, const uint8_t *sh, uint32_t ns) {
    uint32_t i = 0;
    while (i < ns && lng[i] == sh[i]) i++;
    return same(lng + i + 1u, sh + i, ns - i);
}

int eg_ifr_one_edit(const uint8_t *a, uint32_t la, const uint8_t *b, uint32_t lb) {
    if (la == lb) {
        uint32_t i = 0;
        while (i < la && a[i] == b[i]) i++;
        if (i == la) return 0;
        if (i + 1u < la && a[i] == b[i + 1u] && a[i + 1u] == b[i] && same(a + i + 2u, b + i + 2u, la - i - 2u)) return 1;
        return same(a + i + 1u, b + i + 1u, la - i - 1u);
    }
    if (la == lb + 1u) return drops_one(a, b, lb);
    if (lb == la + 1u) return drops_one(b, a, la);
    return 0;
}

/* The token's bytes lowercased into out and their count, or 0 when it is not 1..SPELL_MAX ASCII letters. */
static uint32_t ascii_word(const eg_ifr_tokens *t, uint32_t i, uint8_t *out) {
    uint32_t n = t->end[i] - t->start[i], k;
    if (n > EG_IFR_SPELL_MAX) return 0;
    for (k = 0; k < n; k++) {
        uint8_t c = t->bytes[t->start[i] + k];
        if (c >= 0x41u && c <= 0x5Au) c = (uint8_t)(c + 32u);
        if (c < 0x61u || c > 0x7Au) return 0;
        out[k] = c;
    }
    return n;
}

static uint32_t str_hash(eg_str s) { return eg_hash_fnv1a(s.p, s.n, EG_FNV_OFFSET); }

/* The filter's two bits for hash h: FNV-1a's low bits alone are not uniform, so one folds the high half in and the
 * other takes the top bits of a multiplicative hash. */
static uint32_t bloom_a(uint32_t h) { return (h ^ (h >> 16)) & (EG_IFR_SPL_BLOOM_BITS - 1u); }
static uint32_t bloom_b(uint32_t h) { return (h * 0x9E3779B1u) >> (32u - EG_IFR_SPL_BLOOM_LOG2); }
static void bloom_put(eg_ifr *r, uint32_t h) {
    r->spl_bloom[bloom_a(h) >> 5] |= 1u << (bloom_a(h) & 31u);
    r->spl_bloom[bloom_b(h) >> 5] |= 1u << (bloom_b(h) & 31u);
}
/* 0: h is no alias variant and no RSPL word (1: it may be one). */
static int bloom_has(const eg_ifr *r, uint32_t h) {
    return (r->spl_bloom[bloom_a(h) >> 5] >> (bloom_a(h) & 31u) & 1u) && (r->spl_bloom[bloom_b(h) >> 5] >> (bloom_b(h) & 31u) & 1u);
}

/* RSTR record of string id `id`: its byte length (read first: most candidates are ruled out by it). */
static uint32_t str_len(const eg_ifr *r, uint32_t id) { return eg_rd_u32(r->str + 8u + 8u * id); }
static uint32_t alias_from_id(const eg_ifr *r, uint32_t k) { return eg_rd_u32(r->spl + 8u + 8u * k); }
static uint32_t word_id(const eg_ifr *r, uint32_t k) { return eg_rd_u32(r->spl + 8u + 8u * r->nalias + 4u * k); }

/* The index of h in the ascending array a[0..n), or n. */
static uint32_t find(const uint32_t *a, uint32_t n, uint32_t h) {
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2u;
        if (a[mid] < h) lo = mid + 1u;
        else hi = mid;
    }
    return lo < n && a[lo] == h ? lo : n;
}

/* Inserts h (with v, when to is not NULL) into the ascending array a[0..*n); a hash already there keeps its place and
 * takes the new v (the last record wins, as in a JS Map). */
static void insert(uint32_t *a, uint32_t *to, uint32_t *n, uint32_t h, uint32_t v) {
    uint32_t k = *n;
    if (find(a, *n, h) < *n) {
        if (to != NULL) to[find(a, *n, h)] = v;
        return;
    }
    while (k > 0u && a[k - 1u] > h) {
        a[k] = a[k - 1u];
        if (to != NULL) to[k] = to[k - 1u];
        k--;
    }
    a[k] = h;
    if (to != NULL) to[k] = v;
    (*n)++;
}

/* A word's signature: one bit per letter a..z it holds. One edit changes at most two of them (a substitution can
 * drop one letter and add another). */
static uint32_t signature(const uint8_t *w, uint32_t n) {
    uint32_t sig = 0, k;
    for (k = 0; k < n; k++) sig |= 1u << (w[k] - 0x61u);
    return sig;
}

/* The hash of the alias token i stands for, into *to: 1, or 0 when it is no alias. The last record with the hash
 * wins (a JS Map). Without the cache: a token hashes its bytes with only the capitals folded, byte for byte
 * (eg_ifr_tokenize.c), so only an alias of the token's byte length is hashed (a 32-bit hash collision between strings
 * of two lengths is the one case the scan skips and TS would not; the cache has no such case). */
static int alias_of(const eg_ifr *r, const eg_ifr_tokens *t, uint32_t i, uint32_t *to) {
    uint32_t n = t->end[i] - t->start[i], k = r->nalias, h = t->hash[i];
    if (r->spl_cached) {
        k = find(r->spl_from, r->spl_nfrom, h);
        if (k == r->spl_nfrom) return 0;
        *to = r->spl_to[k];
        return 1;
    }
    if (n == 0u || n > EG_IFR_SPELL_MAX) return 0; /* every alias is 1..SPELL_MAX bytes (checked at load) */
    while (k > 0u) {
        k--;
        if (str_len(r, alias_from_id(r, k)) == n && str_hash(eg_ifr_string(r, alias_from_id(r, k))) == h) {
            *to = str_hash(eg_ifr_string(r, eg_rd_u32(r->spl + 12u + 8u * k)));
            return 1;
        }
    }
    return 0;
}

static eg_str spell_word(const eg_ifr *r, uint32_t k) { return eg_ifr_string(r, word_id(r, k)); }

/* The token is an RSPL word itself (without the cache, the same byte-length reasoning as alias_of). */
static int is_spell_word(const eg_ifr *r, const eg_ifr_tokens *t, uint32_t i) {
    uint32_t n = t->end[i] - t->start[i], k, h = t->hash[i];
    if (r->spl_cached) return find(r->spl_word, r->spl_nword, h) < r->spl_nword;
    if (n < EG_IFR_SPELL_MIN || n > EG_IFR_SPELL_MAX) return 0;
    for (k = 0; k < r->nspell; k++) {
        if (str_len(r, word_id(r, k)) == n && str_hash(spell_word(r, k)) == h) return 1;
    }
    return 0;
}

#if EG_IFR_SPL_CAP > 1u
/* Index of the lowest set bit of x (x != 0), by a de Bruijn multiply: RV32IMC has no count-trailing-zeros. */
static uint32_t low_bit(uint32_t x) {
    static const uint8_t pos[32] = {0, 1, 28, 2, 29, 14, 24, 3, 30, 22, 20, 15, 25, 17, 4, 8,
                                    31, 27, 13, 23, 21, 19, 16, 7, 26, 12, 18, 6, 11, 5, 10, 9};
    return pos[((x & (0u - x)) * 0x077CB531u) >> 27];
}
#endif

void eg_ifr_spelling_index(eg_ifr *r) {
    uint32_t k, nword;
    eg_mem_zero(r->spl_bloom, sizeof(r->spl_bloom));
    /* a cap of 1 turns the cache off: its bit sets then have one row (eg_ifr.h EG_IFR_SPL_LETTERS) */
    r->spl_cached = EG_IFR_SPL_CAP > 1u && r->nalias <= EG_IFR_SPL_CAP && r->nspell <= EG_IFR_SPL_CAP;
    if (r->spl_cached) {
        eg_mem_zero(r->spl_first, sizeof(r->spl_first));
        eg_mem_zero(r->spl_second, sizeof(r->spl_second));
        eg_mem_zero(r->spl_len, sizeof(r->spl_len));
    }
    r->spl_nfrom = 0;
    for (k = 0; k < r->nalias; k++) {
        uint32_t h = str_hash(eg_ifr_string(r, alias_from_id(r, k)));
        bloom_put(r, h);
        if (r->spl_cached) insert(r->spl_from, r->spl_to, &r->spl_nfrom, h, str_hash(eg_ifr_string(r, eg_rd_u32(r->spl + 12u + 8u * k))));
    }
    nword = 0;
    for (k = 0; k < r->nspell; k++) {
        eg_str w = spell_word(r, k); /* SPELL_MIN..SPELL_MAX lowercase ASCII letters (checked at load) */
        uint32_t h = str_hash(w), bit = 1u << (k & 31u), half = k >> 5;
        bloom_put(r, h);
        if (r->spl_cached) {
            insert(r->spl_word, NULL, &nword, h, 0u);
            r->spl_nword = nword;
            r->spl_sig[k] = signature(w.p, w.n);
#if EG_IFR_SPL_CAP > 1u
            r->spl_first[w.p[0] - 0x61u][half] |= bit;
            r->spl_second[w.p[1] - 0x61u][half] |= bit;
            /* a token of n letters is one edit from words of n - 1, n and n + 1 letters */
            r->spl_len[w.n - 1u][half] |= bit;
            r->spl_len[w.n][half] |= bit;
            r->spl_len[w.n + 1u][half] |= bit;
#else
            (void)bit;
            (void)half;
#endif
        }
    }
}

#if EG_IFR_SPL_CAP > 1u
/* ASCII letter c lowercased, or 0 for any other byte. */
static uint8_t lower_letter(uint8_t c) {
    if (c >= 0x41u && c <= 0x5Au) return (uint8_t)(c + 32u);
    return c >= 0x61u && c <= 0x7Au ? c : 0u;
}
#endif

/* The first RSPL word, in table order, one edit from word token i of n (SPELL_MIN..SPELL_MAX) bytes: its index, or
 * nspell (also when the token is not all ASCII letters). With the cache only the words that could be are compared:
 * one edit from a word of n +- 1 letters, which keeps the word's first letter or second letter in place or moves one
 * of them by one (the token's first or second letter is the word's first or second), and changes at most two letter
 * bits of its signature; the token's letters are read only when some word is left. */
static uint32_t one_edit_word(const eg_ifr *r, const eg_ifr_tokens *t, uint32_t i, uint32_t n) {
    uint8_t w[EG_IFR_SPELL_MAX];
    uint32_t k, half, sig = 0;
    int have_w = 0;
#if EG_IFR_SPL_CAP > 1u /* else the bit sets have one row each and the cache is off */
    if (r->spl_cached) {
        uint8_t c0 = lower_letter(t->bytes[t->start[i]]), c1 = lower_letter(t->bytes[t->start[i] + 1u]);
        if (c0 == 0u || c1 == 0u) return r->nspell;
        for (half = 0; half < 2u; half++) {
            uint32_t m = (r->spl_first[c0 - 0x61u][half] | r->spl_first[c1 - 0x61u][half] | r->spl_second[c0 - 0x61u][half] |
                          r->spl_second[c1 - 0x61u][half]) & r->spl_len[n][half];
            while (m != 0u) {
                eg_str x;
                uint32_t d;
                k = 32u * half + low_bit(m);
                m &= m - 1u;
                if (!have_w) {
                    if (ascii_word(t, i, w) != n) return r->nspell;
                    sig = signature(w, n);
                    have_w = 1;
                }
                d = sig ^ r->spl_sig[k];
                d &= d - 1u; /* at most two letter bits differ: nothing is left after dropping two */
                if ((d & (d - 1u)) != 0u) continue;
                x = spell_word(r, k);
                if (eg_ifr_one_edit(w, n, x.p, x.n)) return k;
            }
        }
        return r->nspell;
    }
#else
    (void)sig;
    (void)have_w;
    (void)half;
#endif
    if (ascii_word(t, i, w) != n) return r->nspell;
    for (k = 0; k < r->nspell; k++) {
        uint32_t wn = str_len(r, word_id(r, k));
        eg_str x;
        if (wn + 1u < n || wn > n + 1u) continue;
        x = spell_word(r, k);
        if (eg_ifr_one_edit(w, n, x.p, x.n)) return k;
    }
    return r->nspell;
}

/* RHSH has hash h (a linear scan: it runs only for a word one edit from a constraint word, which is rare). */
static int known(const eg_ifr *r, uint32_t h) {
    uint32_t k;
    for (k = 0; k < r->nhash; k++) {
        if (eg_rd_u32(r->hsh + 4u * k) == h) return 1;
    }
    return 0;
}

void eg_ifr_correct_spelling(const eg_ifr *r, eg_ifr_tokens *t, uint8_t *quoted) {
    uint32_t i, k, n, to;
    int have_quoted = 0;
    if (r->nalias == 0u && r->nspell == 0u) return;
    for (i = 0; i < t->n; i++) {
        if (t->kind[i] != EG_TK_WORD) continue;
        if (bloom_has(r, t->hash[i])) {
            if (alias_of(r, t, i, &to)) {
                /* quoted text is never touched; the quoted tokens are worked out at the first token that needs them */
                if (!have_quoted) {
                    eg_ifr_quoted_tokens(t, quoted);
                    have_quoted = 1;
                }
                if (!quoted[i]) t->hash[i] = to;
                continue;
            }
            if (is_spell_word(r, t, i)) continue;
        }
        n = t->end[i] - t->start[i];
        if (n < EG_IFR_SPELL_MIN || n > EG_IFR_SPELL_MAX) continue;
        k = one_edit_word(r, t, i, n);
        if (k == r->nspell) continue;
        if (!have_quoted) {
            eg_ifr_quoted_tokens(t, quoted);
            have_quoted = 1;
        }
        /* A word some pattern or word set names is a word in its own right ("paragraphes" is French). */
        if (!quoted[i] && !known(r, t->hash[i])) t->hash[i] = str_hash(spell_word(r, k));
    }
}
