/* The deductive module (docs/format.md section 2.9) <-> src/skills/mcq/logic.ts + logic-tokens.ts. */
#include <string.h>
#include "eg_logic.h"
#include "eg_hash.h"
#include "eg_tokenize.h"

#define EG_LW_SHIFT 20u
enum { LW_IF = 1, LW_THEN = 2, LW_ONLY = 3, LW_UNLESS = 4, LW_EITHER = 5, LW_OR = 6, LW_AND = 7, LW_BOTH = 8,
       LW_ALL = 9, LW_NO = 10, LW_COPULA = 11, LW_NEITHER = 12, LW_NOR = 13, LW_THEREFORE = 14, LW_ASEVEN = 15 };
#define EG_LW_ID_MASK 31u /* logic word ids are 5 bits of the lexicon flags */
#define LF_STOP 1u
#define LF_NEG  2u
#define LF_ID_SHIFT 2u /* lf: bit 0 STOP, bit 1 NEG, bits 2..6 the logic word id */
#define W EG_LOGIC_TT_WORDS

/* ---------------------------------------------------------------- logic tokens */

#define EG_LT_NONE 3u /* a separator that is no marker */
/* Logic word ids that can start or mark a rule (format.md 2.9 rules 1-8): a context without one
 * has no rule, so every verdict is "abstain" and the parse can be skipped (logic.ts mayHaveRule). */
#define EG_LW_RULE_IDS ((1u << LW_IF) | (1u << LW_UNLESS) | (1u << LW_ALL) | (1u << LW_NO) | (1u << LW_OR) | \
                        (1u << LW_NOR))
#define EG_PLURAL_S 0x73u   /* 's': the crude plural stem drops a final s ... */
#define EG_STEM_MIN_LEN 4u  /* ... of a word of at least 4 bytes not ending in "ss" */
#define EG_BYTE_MASK 0xFFu

/* The crude plural stem: the hash without the final byte when that is an 's' ending a word of at
 * least 4 bytes that does not end in "ss". last4 holds the word's last 4 normalized bytes (never 0,
 * so a nonzero top byte means at least 4); the hash before the 's' is recovered by inverting the
 * last FNV-1a step, so the hot loop keeps no extra state. */
#define EG_FNV_PRIME_INV 0x359C449Bu /* EG_FNV_PRIME * EG_FNV_PRIME_INV = 1 mod 2^32 */
#define EG_STEM_MIN_SHIFT (8u * (EG_STEM_MIN_LEN - 1u))
static uint32_t lt_stem(uint32_t h, uint32_t last4) {
    if ((last4 >> EG_STEM_MIN_SHIFT) != 0u && (last4 & EG_BYTE_MASK) == EG_PLURAL_S &&
        ((last4 >> 8) & EG_BYTE_MASK) != EG_PLURAL_S) {
        return (h * EG_FNV_PRIME_INV) ^ EG_PLURAL_S;
    }
    return h;
}

/* Is bytes[i] a word byte before normalization (0-9, A-Z, a-z, >= 0x80)? For the '.' rule. */
static int lt_word_byte(uint32_t b) {
    uint32_t c = eg_byte_class[b];
    return c <= EG_BC_UPPER || c == EG_BC_LEAD;
}

static void lt_emit_marker(eg_logic *lg, uint32_t cap, uint32_t m) {
    uint32_t n = lg->n;
    if (n == 0u || n >= cap) {
        return;
    }
    if (lg->kind[n - 1u] == EG_LT_WORD) {
        lg->kind[n] = (uint8_t)m;
        lg->lf[n] = 0u;
        lg->stem[n] = 0u;
        lg->n = n + 1u;
    } else if (m > lg->kind[n - 1u]) {
        lg->kind[n - 1u] = (uint8_t)m;
    }
}

/* One word: a single lexicon probe gives the logic flags and, for the context's first
 * EG_MAX_CONTEXT_TOKENS words when tt is given, whether the word enters the token table. */
static void lt_emit_word(eg_logic *lg, const eg_artifact *a, uint32_t h, uint32_t stem, eg_tt *tt) {
    uint32_t n = lg->n;
    uint32_t fm = eg_hash_fmix32(h);
    uint32_t f = eg_artifact_lex_fm(a, h, fm);
    uint32_t id = (f >> EG_LW_SHIFT) & EG_LW_ID_MASK;
    lg->kind[n] = EG_LT_WORD;
    lg->lf[n] = (uint8_t)((f & (LF_STOP | LF_NEG)) | (id << LF_ID_SHIFT));
    lg->stem[n] = stem;
    lg->n = n + 1u;
    lg->rule_words |= 1u << id;
    if (tt != NULL && lg->words < EG_MAX_CONTEXT_TOKENS && (f & EG_LEX_STOP) == 0u) {
        (void)eg_tt_insert(tt, h, fm, EG_TT_MASK_CONTEXT);
    }
    lg->words++;
}

/* Tokenizes bytes[0, min(len, max_bytes)) into the stream, at most cap entries (logic-tokens.ts),
 * with the byte rules of eg_tokenize.h. A word's bytes are consumed by an inner loop that only
 * hashes (most bytes are word bytes); separators, markers and emission happen between words.
 * Returns the byte where a full stream stopped (at or just past a separator, so eg_text_tokenize
 * can continue there with the same tokens), or end when the whole field was read. */
static uint32_t eg_logic_tokenize(eg_logic *lg, const eg_artifact *a, const uint8_t *bytes, uint32_t len,
                                  uint32_t max_bytes, uint32_t cap, eg_tt *tt) {
    uint32_t end = len < max_bytes ? len : max_bytes;
    uint32_t i = 0;
    lg->n = 0;
    lg->words = 0;
    lg->rule_words = 0;
    while (i < end && lg->n < cap) {
        uint32_t b = bytes[i];
        uint32_t c = eg_byte_class[b];
        uint32_t step = 1u, marker = EG_LT_NONE;
        if (c == EG_BC_APOS) { /* deleted */
            i++;
            continue;
        }
        if (c == EG_BC_LEAD) {
            uint32_t lead = eg_text_lead(bytes, i, end);
            if (lead == EG_LEAD_DELETE) {
                i += 3u;
                continue;
            }
            if (lead == EG_LEAD_AS_WORD) {
                c = EG_BC_WORD; /* a lone lead byte is an ordinary non-ASCII word byte */
            } else {
                step = eg_text_lead_len(bytes, i, lead);
                marker = lead == EG_LEAD_DASH ? EG_LT_COMMA : EG_LT_NONE;
            }
        }
        if (c <= EG_BC_UPPER) { /* a word: hash its normalized bytes up to the next separator */
            const uint8_t *p = bytes + i, *e = bytes + end;
            uint32_t h = EG_FNV_OFFSET, last4 = 0;
            for (;;) {
                while (c <= EG_BC_UPPER) { /* the hot loop: plain word bytes */
                    b |= c << EG_BC_CASE_SHIFT;
                    h = (h ^ b) * EG_FNV_PRIME;
                    last4 = (last4 << 8) | b;
                    if (++p == e) {
                        goto word_done;
                    }
                    b = *p;
                    c = eg_byte_class[b];
                }
                if (c == EG_BC_APOS) {
                    p++;
                } else if (c == EG_BC_LEAD) {
                    uint32_t lead = eg_text_lead(bytes, (size_t)(p - bytes), end);
                    if (lead == EG_LEAD_AS_WORD) {
                        c = EG_BC_WORD;
                        continue;
                    }
                    if (lead != EG_LEAD_DELETE) {
                        break;
                    }
                    p += 3;
                } else {
                    break;
                }
                if (p >= e) {
                    break;
                }
                b = *p;
                c = eg_byte_class[b];
            }
        word_done:
            i = (uint32_t)(p - bytes);
            lt_emit_word(lg, a, h, lt_stem(h, last4), tt);
            continue; /* the separator at i (if any) is read next */
        }
        if (c == EG_BC_COMMA) {
            marker = EG_LT_COMMA;
        } else if (c == EG_BC_END) {
            marker = EG_LT_END;
        } else if (c == EG_BC_DOT) { /* a sentence end unless a word byte follows (3.5, e.g) */
            marker = (i + 1u < end && lt_word_byte(bytes[i + 1u])) ? EG_LT_NONE : EG_LT_END;
        }
        if (marker != EG_LT_NONE) {
            lt_emit_marker(lg, cap, marker);
        }
        i += step;
    }
    return i < end ? i : end;
}

/* ---------------------------------------------------------------- truth tables */

/* Column of atom a: word w, bit b is assignment 32w+b, in which atom a is true iff bit a is 1. */
static uint32_t eg_column(uint32_t a, uint32_t w) {
    static const uint32_t low[5] = {0xAAAAAAAAu, 0xCCCCCCCCu, 0xF0F0F0F0u, 0xFF00FF00u, 0xFFFF0000u};
    return a < 5u ? low[a] : (((w >> (a - 5u)) & 1u) ? 0xFFFFFFFFu : 0u);
}

static void tt_fill(uint32_t *t, uint32_t v) {
    uint32_t w;
    for (w = 0; w < W; w++) t[w] = v;
}

static void tt_implies(const uint32_t *p, const uint32_t *q, uint32_t *out) {
    uint32_t w;
    for (w = 0; w < W; w++) out[w] = ~p[w] | q[w];
}

static void tt_or(const uint32_t *p, const uint32_t *q, uint32_t *out) {
    uint32_t w;
    for (w = 0; w < W; w++) out[w] = p[w] | q[w];
}

/* ---------------------------------------------------------------- parser */

static uint32_t lw_at(const eg_logic *lg, int32_t k) {
    return (uint32_t)(lg->lf[k] >> LF_ID_SHIFT);
}

static int is_word_lw(const eg_logic *lg, int32_t k, uint32_t id) {
    return lg->kind[k] == EG_LT_WORD && lw_at(lg, k) == id;
}

/* The best-matching atom for seg[0..k), or a new one; -1 when all 8 atoms are taken. */
/* Signature bit of a stem: an atom's signature is the OR over its stems (logic.ts atomSig), so an
 * atom whose signature shares no bit with a literal's shares no stem with it: overlap 0, no match,
 * and its token-by-token comparison can be skipped. */
#define EG_SIG_BITS_MASK 31u
static uint32_t eg_sig_bit(uint32_t stem) {
    return 1u << (stem & EG_SIG_BITS_MASK);
}

/* The best-matching atom for seg[0..k), or a new one; -1 when all 8 atoms are taken. */
static int32_t eg_atom_for(eg_logic *lg, const eg_artifact *a, uint32_t k) {
    int32_t best = -1;
    uint32_t best_ov = 0, at, j, x, sig = 0;
    for (j = 0; j < k; j++) sig |= eg_sig_bit(lg->seg[j]);
    for (at = 0; at < lg->atom_count; at++) {
        uint32_t m = lg->atom_len[at], ov = 0, small, large;
        uint32_t asig = lg->atom_sig[at];
        if ((asig & sig) == 0u) continue;
        for (j = 0; j < k; j++) {
            uint32_t h = lg->seg[j];
            if ((asig & eg_sig_bit(h)) == 0u) continue; /* not among the atom's stems */
            for (x = 0; x < m; x++) {
                if (lg->atom_tok[at][x] == h) {
                    ov++;
                    break;
                }
            }
        }
        small = k < m ? k : m;
        large = k < m ? m : k;
        if (ov * a->logic_den >= a->logic_small * small && ov * a->logic_den >= a->logic_large * large && ov > best_ov) {
            best = (int32_t)at;
            best_ov = ov;
        }
    }
    if (best >= 0) {
        return best;
    }
    if (lg->atom_count >= EG_LOGIC_MAX_ATOMS) {
        return -1;
    }
    at = lg->atom_count++;
    for (j = 0; j < k; j++) lg->atom_tok[at][j] = lg->seg[j];
    lg->atom_len[at] = k;
    lg->atom_sig[at] = sig;
    if (at >= lg->atoms_before_option) {
        lg->new_atom_used = 1;
    }
    return (int32_t)at;
}

/* A literal over [s, e): 1 parsed into lg->lit, 0 empty, -1 no atom slot left. */
static int eg_literal(eg_logic *lg, const eg_artifact *a, int32_t s, int32_t e) {
    uint32_t neg = 0, k = 0, w, j;
    int32_t i, atom;
    for (i = s; i < e; i++) {
        uint32_t f, h;
        int dup = 0;
        if (lg->kind[i] != EG_LT_WORD) continue;
        f = lg->lf[i];
        if (f & LF_NEG) {
            neg ^= 1u;
            continue;
        }
        if ((f & LF_STOP) || (f >> LF_ID_SHIFT) != 0u) continue;
        h = lg->stem[i];
        for (j = 0; j < k; j++) {
            if (lg->seg[j] == h) dup = 1;
        }
        if (!dup && k < EG_LOGIC_ATOM_TOKENS) lg->seg[k++] = h;
    }
    if (k == 0u) {
        return 0;
    }
    atom = eg_atom_for(lg, a, k);
    if (atom < 0) {
        return -1;
    }
    for (w = 0; w < W; w++) {
        uint32_t c = eg_column((uint32_t)atom, w);
        lg->lit[w] = neg ? ~c : c;
    }
    return 1;
}

static int32_t first_word(const eg_logic *lg, int32_t s, int32_t e) {
    int32_t k;
    for (k = s; k < e; k++) {
        if (lg->kind[k] == EG_LT_WORD) return k;
    }
    return -1;
}

/* A conjunction over [s, e), into lg->conj: "not both P and Q" = NOT(P AND Q) (format.md 2.9);
 * otherwise the AND of the literals of its AND-separated pieces. */
static int eg_conjunction(eg_logic *lg, const eg_artifact *a, int32_t s, int32_t e) {
    int32_t pa = s;
    int any = 0;
    uint32_t w;
    int32_t f0 = first_word(lg, s, e);
    if (f0 >= 0 && (lg->lf[f0] & LF_NEG) != 0u) {
        int32_t f1 = first_word(lg, f0 + 1, e);
        if (f1 >= 0 && is_word_lw(lg, f1, LW_BOTH)) {
            if (!eg_conjunction(lg, a, f1 + 1, e)) return 0;
            for (w = 0; w < W; w++) lg->conj[w] = ~lg->conj[w];
            return 1;
        }
    }
    tt_fill(lg->conj, 0xFFFFFFFFu);
    while (pa <= e) {
        int32_t pb = pa;
        while (pb < e && !is_word_lw(lg, pb, LW_AND)) pb++;
        if (pb > pa) {
            int r = eg_literal(lg, a, pa, pb);
            if (r < 0) return 0;
            if (r > 0) {
                for (w = 0; w < W; w++) lg->conj[w] &= lg->lit[w];
                any = 1;
            }
        }
        pa = pb + 1;
    }
    return any;
}

static int32_t find_lw(const eg_logic *lg, int32_t from, int32_t to, uint32_t id);

/* A clause over [s, e), into out: "neither P nor Q" = NOT P AND NOT Q (format.md 2.9); otherwise
 * the OR of the conjunctions of its OR/NOR-separated pieces. */
static int eg_clause(eg_logic *lg, const eg_artifact *a, int32_t s, int32_t e, uint32_t *out) {
    int32_t pa = s;
    int any = 0;
    uint32_t w;
    int32_t f0 = first_word(lg, s, e);
    if (f0 >= 0 && is_word_lw(lg, f0, LW_NEITHER)) {
        int32_t k = find_lw(lg, f0 + 1, e, LW_NOR);
        if (k > f0 + 1 && k + 1 < e) {
            if (!eg_conjunction(lg, a, f0 + 1, k)) return 0;
            for (w = 0; w < W; w++) out[w] = ~lg->conj[w];
            if (!eg_conjunction(lg, a, k + 1, e)) return 0;
            for (w = 0; w < W; w++) out[w] &= ~lg->conj[w];
            return 1;
        }
    }
    tt_fill(out, 0u);
    while (pa <= e) {
        int32_t pb = pa;
        while (pb < e && !(is_word_lw(lg, pb, LW_OR) || is_word_lw(lg, pb, LW_NOR))) pb++;
        if (pb > pa) {
            if (!eg_conjunction(lg, a, pa, pb)) return 0;
            for (w = 0; w < W; w++) out[w] |= lg->conj[w];
            any = 1;
        }
        pa = pb + 1;
    }
    return any;
}

static int32_t find_lw(const eg_logic *lg, int32_t from, int32_t to, uint32_t id) {
    int32_t k;
    for (k = from; k < to; k++) {
        if (is_word_lw(lg, k, id)) return k;
    }
    return -1;
}

static int32_t find_comma_or_then(const eg_logic *lg, int32_t from, int32_t to) {
    int32_t k;
    for (k = from; k < to; k++) {
        if (lg->kind[k] == EG_LT_COMMA || is_word_lw(lg, k, LW_THEN)) return k;
    }
    return -1;
}

static int32_t find_only_if(const eg_logic *lg, int32_t s, int32_t e) {
    int32_t k;
    for (k = s + 1; k + 1 < e; k++) {
        if (lw_at(lg, k) == LW_ONLY && lw_at(lg, k + 1) == LW_IF && lg->kind[k] == EG_LT_WORD) return k;
    }
    return -1;
}

static int32_t find_bare_if(const eg_logic *lg, int32_t s, int32_t e) {
    int32_t k;
    for (k = s + 1; k < e; k++) {
        if (is_word_lw(lg, k, LW_IF) && !is_word_lw(lg, k - 1, LW_ASEVEN)) return k;
    }
    return -1;
}

/* One sentence [s, e) into lg->sent; returns 1 if it parses. Counts context rules. */
static int eg_sentence(eg_logic *lg, const eg_artifact *a, int32_t s, int32_t e, int is_context) {
    uint32_t first;
    int ok = 0, rule = 0;
    if (lg->kind[s] == EG_LT_COMMA) s++;
    if (s < e && is_word_lw(lg, s, LW_THEREFORE)) s++;
    if (s < e && lg->kind[s] == EG_LT_COMMA) s++;
    if (s >= e) {
        return 0;
    }
    first = lw_at(lg, s);
    if (first == LW_IF || (first == LW_ONLY && s + 1 < e && lw_at(lg, s + 1) == LW_IF)) {
        int32_t ps = first == LW_IF ? s + 1 : s + 2;
        int32_t k = find_comma_or_then(lg, ps, e);
        if (k > ps && k + 1 < e) {
            ok = eg_clause(lg, a, ps, k, lg->p) && eg_clause(lg, a, k + 1, e, lg->q);
            if (ok) {
                if (first == LW_IF) tt_implies(lg->p, lg->q, lg->sent);
                else tt_implies(lg->q, lg->p, lg->sent);
            }
            rule = 1;
        }
    } else if (first == LW_UNLESS) {
        int32_t k = find_comma_or_then(lg, s + 1, e);
        if (k > s + 1 && k + 1 < e) {
            ok = eg_clause(lg, a, s + 1, k, lg->p) && eg_clause(lg, a, k + 1, e, lg->q);
            if (ok) tt_or(lg->p, lg->q, lg->sent);
            rule = 1;
        }
    } else if (first == LW_ALL || first == LW_NO) {
        int32_t k = find_lw(lg, s + 1, e, LW_COPULA);
        if (k > s + 1 && k + 1 < e) {
            ok = eg_clause(lg, a, s + 1, k, lg->p) && eg_clause(lg, a, k + 1, e, lg->q);
            if (ok) {
                uint32_t w;
                if (first == LW_NO) {
                    for (w = 0; w < W; w++) lg->q[w] = ~lg->q[w];
                }
                tt_implies(lg->p, lg->q, lg->sent);
            }
            rule = 1;
        }
    } else {
        int32_t k_only = find_only_if(lg, s, e);
        int32_t k_if = k_only < 0 ? find_bare_if(lg, s, e) : -1;
        int32_t k_unless = find_lw(lg, s + 1, e, LW_UNLESS);
        if (k_only > s) {
            ok = k_only + 2 < e && eg_clause(lg, a, s, k_only, lg->p) && eg_clause(lg, a, k_only + 2, e, lg->q);
            if (ok) tt_implies(lg->p, lg->q, lg->sent);
            rule = 1;
        } else if (k_if > s) {
            ok = k_if + 1 < e && eg_clause(lg, a, s, k_if, lg->p) && eg_clause(lg, a, k_if + 1, e, lg->q);
            if (ok) tt_implies(lg->q, lg->p, lg->sent);
            rule = 1;
        } else if (k_unless > s) {
            ok = k_unless + 1 < e && eg_clause(lg, a, s, k_unless, lg->p) && eg_clause(lg, a, k_unless + 1, e, lg->q);
            if (ok) tt_or(lg->p, lg->q, lg->sent);
            rule = 1;
        } else {
            ok = eg_clause(lg, a, s, e, lg->sent);
            rule = ok && (find_lw(lg, s, e, LW_OR) >= 0 || find_lw(lg, s, e, LW_NOR) >= 0);
        }
    }
    if (ok && is_context && rule) {
        lg->rule_count++;
    }
    return ok;
}

/* Parses every sentence of the stream, AND-ing those that parse into mask; returns how many. */
static uint32_t eg_text_parse(eg_logic *lg, const eg_artifact *a, uint32_t *mask, int is_context) {
    int32_t s = 0, n = (int32_t)lg->n;
    uint32_t parsed = 0, w;
    while (s < n) {
        int32_t e = s;
        while (e < n && lg->kind[e] != EG_LT_END) e++;
        if (e > s && eg_sentence(lg, a, s, e, is_context)) {
            for (w = 0; w < W; w++) mask[w] &= lg->sent[w];
            parsed++;
        }
        s = e + 1;
    }
    return parsed;
}

uint32_t eg_logic_scan_context(eg_logic *lg, const eg_artifact *a, const uint8_t *context, uint32_t context_len,
                               eg_tt *tt, uint32_t *stop) {
    *stop = eg_logic_tokenize(lg, a, context, context_len, EG_MAX_CONTEXT_BYTES, EG_LOGIC_CTX_ENTRIES, tt);
    return lg->words;
}

void eg_logic_verdicts(eg_logic *lg, const eg_artifact *a, const uint8_t *const *options,
                       const uint32_t *option_lens, uint32_t option_count, uint8_t *verdicts) {
    uint32_t i, w, nonzero = 0, ctx_atoms;
    for (i = 0; i < option_count; i++) {
        verdicts[i] = EG_VERDICT_ABSTAIN;
    }
    if ((lg->rule_words & EG_LW_RULE_IDS) == 0u) {
        return; /* no rule word: no rule can parse, every verdict is "abstain" (as logic.ts) */
    }
    lg->atom_count = 0;
    lg->atoms_before_option = EG_LOGIC_MAX_ATOMS;
    lg->rule_count = 0;
    lg->new_atom_used = 0;
    tt_fill(lg->ctx, 0xFFFFFFFFu);
    (void)eg_text_parse(lg, a, lg->ctx, 1);
    for (w = 0; w < W; w++) nonzero |= lg->ctx[w];
    if (nonzero == 0u || lg->rule_count == 0u) {
        return;
    }
    ctx_atoms = lg->atom_count;
    for (i = 0; i < option_count; i++) {
        int entailed = 1, contradicted = 1;
        lg->atom_count = ctx_atoms; /* options may add atoms, but never for each other */
        lg->atoms_before_option = ctx_atoms;
        lg->new_atom_used = 0;
        (void)eg_logic_tokenize(lg, a, options[i], option_lens[i], EG_MAX_OPTION_BYTES, EG_LOGIC_OPT_ENTRIES, NULL);
        tt_fill(lg->opt, 0xFFFFFFFFu);
        if (eg_text_parse(lg, a, lg->opt, 0) == 0u) continue;
        for (w = 0; w < W; w++) {
            if ((lg->ctx[w] & ~lg->opt[w]) != 0u) entailed = 0;
            if ((lg->ctx[w] & lg->opt[w]) != 0u) contradicted = 0;
        }
        verdicts[i] = (uint8_t)(entailed ? EG_VERDICT_ENTAILED
                                         : contradicted ? EG_VERDICT_CONTRADICTED
                                                        : lg->new_atom_used ? EG_VERDICT_UNKNOWN_NEW : EG_VERDICT_UNKNOWN);
    }
}

void eg_logic_run(eg_logic *lg, const eg_artifact *a, const uint8_t *context, uint32_t context_len,
                  const uint8_t *const *options, const uint32_t *option_lens, uint32_t option_count,
                  uint8_t *verdicts) {
    uint32_t stop;
    (void)eg_logic_scan_context(lg, a, context, context_len, NULL, &stop);
    eg_logic_verdicts(lg, a, options, option_lens, option_count, verdicts);
}
