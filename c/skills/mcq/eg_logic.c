/* The deductive module (docs/format.md section 2.9) <-> src/skills/mcq/logic.ts + logic-tokens.ts. */
#include <string.h>
#include "eg_logic.h"
#include "eg_hash.h"

#define EG_LW_SHIFT 20u
enum { LW_IF = 1, LW_THEN = 2, LW_ONLY = 3, LW_UNLESS = 4, LW_EITHER = 5, LW_OR = 6, LW_AND = 7, LW_BOTH = 8,
       LW_ALL = 9, LW_NO = 10, LW_COPULA = 11, LW_NEITHER = 12, LW_NOR = 13, LW_THEREFORE = 14, LW_ASEVEN = 15 };
#define LF_STOP 1u
#define LF_NEG  2u
#define W EG_LOGIC_TT_WORDS

/* ---------------------------------------------------------------- logic tokens */

/* 1 for word bytes before normalization (0-9, A-Z, a-z, >= 0x80); 256 entries */
static int eg_word_byte(uint32_t b) {
    return (b >= 0x30u && b <= 0x39u) || (b >= 0x41u && b <= 0x5Au) || (b >= 0x61u && b <= 0x7Au) || b >= 0x80u;
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

static void lt_emit_word(eg_logic *lg, const eg_artifact *a, uint32_t cap, uint32_t h, uint32_t stem) {
    uint32_t f;
    if (lg->n >= cap) {
        return;
    }
    f = eg_artifact_lex(a, h);
    lg->kind[lg->n] = EG_LT_WORD;
    lg->lf[lg->n] = (uint8_t)((f & (LF_STOP | LF_NEG)) | (((f >> EG_LW_SHIFT) & 31u) << 2));
    lg->stem[lg->n] = stem;
    lg->n++;
}

/* Tokenizes bytes[0, min(len, max_bytes)) into the stream, at most cap entries (logic-tokens.ts). */
static void eg_logic_tokenize(eg_logic *lg, const eg_artifact *a, const uint8_t *bytes, uint32_t len,
                              uint32_t max_bytes, uint32_t cap) {
    uint32_t end = len < max_bytes ? len : max_bytes;
    uint32_t i = 0, h = EG_FNV_OFFSET, h_prev = EG_FNV_OFFSET, tlen = 0, last = 0, prev_last = 0;
    int in_token = 0;
    lg->n = 0;
    while (i < end && lg->n < cap) {
        uint32_t b = bytes[i];
        int sep = -2; /* -2 not a separator, -1 plain separator, else a marker kind */
        uint32_t step = 1;
        if (b == 0xE2u && i + 2u < end && bytes[i + 1u] == 0x80u) {
            uint32_t c = bytes[i + 2u];
            if (c == 0x98u || c == 0x99u) {
                i += 3u;
                continue;
            }
            if (c == 0x9Cu || c == 0x9Du) {
                sep = -1;
                step = 3;
            } else if (c == 0x93u || c == 0x94u) {
                sep = EG_LT_COMMA;
                step = 3;
            }
        } else if (b == 0xC2u && i + 1u < end && bytes[i + 1u] == 0xA0u) {
            sep = -1;
            step = 2;
        } else if (b == 0x27u) {
            i++;
            continue;
        }
        if (sep == -2 && eg_word_byte(b)) {
            uint32_t lb = (b >= 0x41u && b <= 0x5Au) ? b + 0x20u : b;
            if (!in_token) {
                in_token = 1;
                h = EG_FNV_OFFSET;
                tlen = 0;
                last = 0;
            }
            h_prev = h;
            h = (h ^ lb) * EG_FNV_PRIME;
            prev_last = last;
            last = lb;
            tlen++;
            i++;
            continue;
        }
        if (in_token) {
            lt_emit_word(lg, a, cap, h, (tlen >= 4u && last == 0x73u && prev_last != 0x73u) ? h_prev : h);
            in_token = 0;
        }
        if (sep == -2) {
            if (b == 0x2Eu) { /* '.' ends a sentence unless a word byte follows (3.5, e.g) */
                sep = (i + 1u < end && eg_word_byte(bytes[i + 1u])) ? -1 : EG_LT_END;
            } else if (b == 0x2Cu || b == 0x3Au) {
                sep = EG_LT_COMMA;
            } else if (b == 0x3Bu || b == 0x3Fu || b == 0x21u || b == 0x0Au) {
                sep = EG_LT_END;
            } else {
                sep = -1;
            }
        }
        if (sep >= 0) {
            lt_emit_marker(lg, cap, (uint32_t)sep);
        }
        i += step;
    }
    if (in_token) {
        lt_emit_word(lg, a, cap, h, (tlen >= 4u && last == 0x73u && prev_last != 0x73u) ? h_prev : h);
    }
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
    return (uint32_t)(lg->lf[k] >> 2);
}

static int is_word_lw(const eg_logic *lg, int32_t k, uint32_t id) {
    return lg->kind[k] == EG_LT_WORD && lw_at(lg, k) == id;
}

/* The best-matching atom for seg[0..k), or a new one; -1 when all 8 atoms are taken. */
static int32_t eg_atom_for(eg_logic *lg, const eg_artifact *a, uint32_t k) {
    int32_t best = -1;
    uint32_t best_ov = 0, at, j, x;
    for (at = 0; at < lg->atom_count; at++) {
        uint32_t m = lg->atom_len[at], ov = 0, small, large;
        for (j = 0; j < k; j++) {
            for (x = 0; x < m; x++) {
                if (lg->atom_tok[at][x] == lg->seg[j]) {
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
        if ((f & LF_STOP) || (f >> 2) != 0u) continue;
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

void eg_logic_run(eg_logic *lg, const eg_artifact *a, const uint8_t *context, uint32_t context_len,
                  const uint8_t *const *options, const uint32_t *option_lens, uint32_t option_count,
                  uint8_t *verdicts) {
    uint32_t i, w, nonzero = 0, ctx_atoms;
    lg->atom_count = 0;
    lg->atoms_before_option = EG_LOGIC_MAX_ATOMS;
    lg->rule_count = 0;
    lg->new_atom_used = 0;
    eg_logic_tokenize(lg, a, context, context_len, EG_MAX_CONTEXT_BYTES, EG_LOGIC_CTX_ENTRIES);
    tt_fill(lg->ctx, 0xFFFFFFFFu);
    (void)eg_text_parse(lg, a, lg->ctx, 1);
    for (w = 0; w < W; w++) nonzero |= lg->ctx[w];
    ctx_atoms = lg->atom_count;
    for (i = 0; i < option_count; i++) {
        int entailed = 1, contradicted = 1;
        verdicts[i] = EG_VERDICT_ABSTAIN;
        if (nonzero == 0u || lg->rule_count == 0u) continue;
        lg->atom_count = ctx_atoms; /* options may add atoms, but never for each other */
        lg->atoms_before_option = ctx_atoms;
        lg->new_atom_used = 0;
        eg_logic_tokenize(lg, a, options[i], option_lens[i], EG_MAX_OPTION_BYTES, EG_LOGIC_OPT_ENTRIES);
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
