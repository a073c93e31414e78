/* The matcher's load-time index <-> src/skills/respond/match-index.ts (docs/format.md 6.4
 * "Candidate positions"): one open-addressing table from word hash to what the sections say about
 * the word (number, ordinal and language values, set membership, the relation phrases it starts,
 * the patterns whose first token it may be: a bit row, one per distinct set of patterns, shared by
 * the keys that have it). Built from the validated sections, so the artifact format is unchanged;
 * it only skips work whose outcome is known (a pattern tried at a token outside its first-token
 * set fails there), so every answer is the one of the plain scans. */
#include <string.h>
#include "eg_ifr.h"
#include "eg_hash.h"
#include "eg_ifr_unicode.h"

#if (EG_IFR_IX_SLOTS & (EG_IFR_IX_SLOTS - 1u)) != 0u || EG_IFR_IX_SLOTS >= EG_IFR_KEY_NONE
#error "EG_IFR_IX_SLOTS must be a power of two below EG_IFR_KEY_NONE"
#endif

/* FNV-1a hashes are not uniform in their low bits alone: fold the high half in. */
static uint32_t slot_of(uint32_t h) { return (h ^ (h >> 16)) & (EG_IFR_IX_SLOTS - 1u); }
/* Bits 16.. of a multiplicative hash: independent of slot_of's low bits. */
static uint32_t filter_bit(uint32_t h) { return ((h * 0x9E3779B1u) >> 16) & (EG_IFR_IX_FILTER_BITS - 1u); }

const eg_ifr_key *eg_ifr_key_of(const eg_ifr *r, uint32_t h) {
    uint32_t k = slot_of(h), f = filter_bit(h);
    if (!r->ix.ok || !(r->ix.u.filter[f >> 5] >> (f & 31u) & 1u)) return NULL;
    while (r->ix.slot[k].used) {
        if (r->ix.slot[k].hash == h) return &r->ix.slot[k];
        k = (k + 1u) & (EG_IFR_IX_SLOTS - 1u);
    }
    return NULL;
}

/* The slot for h, inserted if new; NULL (and ix.ok = 0) when EG_IFR_IX_MAX_KEYS are used. The
 * filter is set once all keys are in (fill_filter): its memory serves the row build until then. */
static eg_ifr_key *key_put(eg_ifr_index *ix, uint32_t *used, uint32_t h) {
    uint32_t k = slot_of(h);
    while (ix->slot[k].used) {
        if (ix->slot[k].hash == h) return &ix->slot[k];
        k = (k + 1u) & (EG_IFR_IX_SLOTS - 1u);
    }
    if (*used + 1u > EG_IFR_IX_MAX_KEYS) {
        ix->ok = 0;
        return NULL;
    }
    (*used)++;
    ix->slot[k].hash = h;
    ix->slot[k].used = EG_IFR_KEY_USED;
    return &ix->slot[k];
}

/* The slot of key h, which was inserted (no filter: the build runs before it exists). */
static eg_ifr_key *key_find(eg_ifr_index *ix, uint32_t h) {
    uint32_t k = slot_of(h);
    while (ix->slot[k].hash != h || !ix->slot[k].used) k = (k + 1u) & (EG_IFR_IX_SLOTS - 1u);
    return &ix->slot[k];
}

/* A key's row is 1 + a row number in a u16, and the build's counts are u16 (at most MAX_KEYS keys hold a row). */
typedef char eg_ifr_rows_fit[(EG_IFR_IX_ROWS < 0xFFFFu && EG_IFR_IX_MAX_KEYS <= 0xFFFFu) ? 1 : -1];

/* What a walk over a pattern's first-token set (pattern_first) does with each hash in it. */
enum { FIRST_KEYS, FIRST_MARK, FIRST_ADD };
typedef struct first_walk {
    int step;                    /* FIRST_* */
    uint32_t used;               /* keys inserted so far */
    uint32_t a_hash;             /* "a", of "a hundred" */
    uint32_t rows_before;        /* FIRST_ADD: the rows there were before this pattern */
} first_walk;

/* Pattern p may start at a token hashing to h. The rows are built one pattern at a time, in two
 * walks over its first-token set once every key is in (share_rows): FIRST_MARK marks each key of
 * the set once, taking it off its row's count of holders (ix.u.build[0], by row number; the count
 * of row x is then its unmarked holders); FIRST_ADD gives every marked key its row plus p. When
 * none of row x's holders is unmarked, x gets bit p in place; otherwise the marked ones move to one
 * new row, x plus p, made for the first of them (ix.u.build[1][x]; valid when made for this
 * pattern, i.e. numbered past rows_before). Every row keeps at least one holder, and the rows stay
 * distinct (the ones with bit p are the new rows and the rows changed in place, each from a
 * different row without p), so the table ends with exactly the distinct rows, in the order they
 * first appeared, and never needs more room than that or a copy of all keys' rows. */
static void add_first(eg_ifr *r, first_walk *w, uint32_t p, uint32_t h) {
    eg_ifr_index *ix = &r->ix;
    uint16_t *holders = ix->u.build[0], *next = ix->u.build[1];
    eg_ifr_key *k;
    uint32_t x, wd, *to;
    if (w->step == FIRST_KEYS) {
        (void)key_put(ix, &w->used, h);
        return;
    }
    k = key_find(ix, h);
    x = k->row; /* 0: no row yet, whose "holders" are not counted */
    if (w->step == FIRST_MARK) {
        if (!(k->used & EG_IFR_KEY_MARK)) { /* a hash twice in the set counts once */
            k->used |= EG_IFR_KEY_MARK;
            if (x != 0u) holders[x]--;
        }
        return;
    }
    if (!(k->used & EG_IFR_KEY_MARK)) return; /* given p already */
    k->used = EG_IFR_KEY_USED;
    if (x != 0u && ((ix->rows[(x - 1u) * ix->words + (p >> 5)] >> (p & 31u) & 1u) || holders[x] == 0u)) {
        ix->rows[(x - 1u) * ix->words + (p >> 5)] |= 1u << (p & 31u); /* all of x's holders take p: in place */
        holders[x]++;
        return;
    }
    if (next[x] <= w->rows_before) {
        if (ix->n_rows + 1u > EG_IFR_IX_ROWS || (ix->n_rows + 1u) * ix->words > EG_IFR_IX_ROW_WORDS) {
            ix->ok = 0; /* more distinct rows than the table holds: the matcher scans */
            return;
        }
        to = ix->rows + ix->n_rows * ix->words; /* zero until now */
        next[x] = (uint16_t)++ix->n_rows;
        for (wd = 0; x != 0u && wd < ix->words; wd++) to[wd] = ix->rows[(x - 1u) * ix->words + wd];
        to[p >> 5] |= 1u << (p & 31u);
    }
    k->row = next[x];
    holders[next[x]]++;
}

static int lead_walk(eg_ifr *r, uint32_t p, uint32_t op, uint32_t end, uint32_t lo, uint32_t hi);

/* For pattern p, which may start at any token: what its start token must still pass. A pattern
 * starting with {S6} or {S3} starts at "*". Otherwise the first literal or alternative it cannot
 * do without, when only literals, alternatives, {W} and gaps come before it, lies a known number of
 * tokens after the start (each optional element or gap token widening the range). */
static void pattern_lead(eg_ifr *r, uint32_t p) {
    const uint8_t *pp = r->pat + 12u * p;
    uint32_t op = eg_rd_u32(pp + 4), end = op + pp[2], lo = 0, hi = 0;
    eg_ifr_index *ix = &r->ix;
    ix->lead[p] = EG_IFR_LEAD_NONE;
    if (op < end && (r->ops[8u * op] == EG_OP_S6 || r->ops[8u * op] == EG_OP_S3) && !(r->ops[8u * op + 1u] & EG_OPT_FLAG)) {
        ix->lead[p] = EG_IFR_LEAD_STAR;
        return;
    }
    if (lead_walk(r, p, op, end, lo, hi)) {
        ix->lead[p] = EG_IFR_LEAD_LIT;
        return;
    }
    /* Otherwise a required literal or alternative anywhere in it: a match moves forward only, so it lies at or
     * after the start ("{PH} cümlesiyle|... ..2 bitsin|...", "{Q} must|should|... to? get|gets a mention"). */
    for (; op < end; op++) {
        const uint8_t *o = r->ops + 8u * op;
        if ((o[0] == EG_OP_LIT || o[0] == EG_OP_ALT) && !(o[1] & EG_OPT_FLAG)) {
            ix->lead[p] = EG_IFR_LEAD_AFTER;
            ix->lead_op[p] = (uint16_t)op;
            return;
        }
    }
}

/* The literal-or-alternative lead of pattern p from op on, whose start lies lo..hi tokens after
 * the pattern's (or the number's): the first such element it cannot do without, with only
 * literals, alternatives, {W} and gaps before it, into lead_op, lead_lo, lead_hi; 0 when something
 * else comes first or it may lie too far. */
static int lead_walk(eg_ifr *r, uint32_t p, uint32_t op, uint32_t end, uint32_t lo, uint32_t hi) {
    eg_ifr_index *ix = &r->ix;
    for (; op < end && hi <= EG_IFR_LEAD_MAX; op++) {
        const uint8_t *o = r->ops + 8u * op;
        int optional = (o[1] & EG_OPT_FLAG) != 0;
        switch (o[0]) {
        case EG_OP_LIT:
        case EG_OP_ALT:
            if (!optional) {
                ix->lead_op[p] = (uint16_t)op;
                ix->lead_lo[p] = (uint8_t)lo;
                ix->lead_hi[p] = (uint8_t)hi;
                return 1;
            }
            hi++;
            break;
        case EG_OP_W:
            if (!optional) lo++;
            hi++;
            break;
        case EG_OP_GAP:
            hi += o[2];
            break;
        default:
            return 0;
        }
    }
    return 0;
}

/* For keyed pattern p: after a first literal or alternative, a literal lead (EG_IFR_LEAD_LIT).
 * Or EG_IFR_LEAD_NUM when it starts with {REL}, {REL}?, or neither, then {N} or {ORD} (a
 * required {REL} may also come alone): lead_num says which (EG_IFR_LN_*), and a literal lead after
 * where that prefix ends, when there is one, is in lead_op, lead_lo, lead_hi (lead_op 0xFFFF: none). */
static void pattern_num_lead(eg_ifr *r, uint32_t p) {
    const uint8_t *pp = r->pat + 12u * p;
    uint32_t op = eg_rd_u32(pp + 4), end = op + pp[2], how = 0;
    eg_ifr_index *ix = &r->ix;
    const uint8_t *o;
    if (op < end && (r->ops[8u * op] == EG_OP_LIT || r->ops[8u * op] == EG_OP_ALT) && !(r->ops[8u * op + 1u] & EG_OPT_FLAG)) {
        if (lead_walk(r, p, op + 1u, end, 1u, 1u)) ix->lead[p] = EG_IFR_LEAD_LIT; /* the index matched the first */
        return;
    }
    if (op < end && r->ops[8u * op] == EG_OP_REL) {
        how = (r->ops[8u * op + 1u] & EG_OPT_FLAG) ? EG_IFR_LN_REL_OPT : EG_IFR_LN_REL;
        op++;
    }
    o = op < end ? r->ops + 8u * op : NULL;
    if (o != NULL && (o[0] == EG_OP_NUM || o[0] == EG_OP_ORD) && !(o[1] & EG_OPT_FLAG)) {
        how |= EG_IFR_LN_NUM | (o[0] == EG_OP_ORD ? EG_IFR_LN_ORD : 0u);
        op++;
    } else if (how != EG_IFR_LN_REL) {
        return; /* an optional {REL} alone says nothing */
    }
    ix->lead[p] = EG_IFR_LEAD_NUM;
    ix->lead_num[p] = (uint8_t)how;
    if (!lead_walk(r, p, op, end, 0u, 0u)) ix->lead_op[p] = 0xFFFFu;
}

/* The first-token set of pattern p (match-index.ts firstOf): what the token where a match that
 * consumes at least one token starts may be. A zero-width match is never kept. Each hash goes to
 * add_first; the pattern's other index fields are set on the first walk (FIRST_KEYS). */
static void pattern_first(eg_ifr *r, first_walk *fw, uint32_t p) {
    const uint8_t *pp = r->pat + 12u * p;
    uint32_t op = eg_rd_u32(pp + 4), end = op + pp[2], k;
    for (; op < end && r->ix.ok; op++) {
        const uint8_t *o = r->ops + 8u * op;
        uint32_t value = eg_rd_u32(o + 4);
        int nullable = (o[1] & EG_OPT_FLAG) != 0;
        switch (o[0]) {
        case EG_OP_LIT:
            add_first(r, fw, p, value);
            break;
        case EG_OP_ALT:
            for (k = 0; k < o[2]; k++) add_first(r, fw, p, eg_rd_u32(r->hsh + 4u * (value + k)));
            break;
        case EG_OP_REL:
            for (k = 0; k < r->nrel; k++) {
                const uint8_t *rr = r->rel + 8u * k;
                if (rr[1] == 0u) nullable = 1;
                else add_first(r, fw, p, eg_rd_u32(r->hsh + 4u * eg_rd_u32(rr + 4)));
            }
            break;
        case EG_OP_NUM:
        case EG_OP_NT: /* figures, number words, and "a" of "a hundred" */
            r->ix.pat_odd[p] = 1;
            r->ix.odd_row[p >> 5] |= 1u << (p & 31u);
            for (k = 0; k < r->nnum; k++) add_first(r, fw, p, eg_rd_u32(r->num + 8u * k));
            add_first(r, fw, p, fw->a_hash);
            break;
        case EG_OP_ORD:
            r->ix.pat_odd[p] = 1;
            r->ix.odd_row[p >> 5] |= 1u << (p & 31u);
            for (k = 0; k < r->nord; k++) add_first(r, fw, p, eg_rd_u32(r->ord + 8u * k));
            for (k = 0; k < r->nnum; k++) add_first(r, fw, p, eg_rd_u32(r->num + 8u * k));
            break;
        case EG_OP_LANG:
            for (k = 0; k < r->nlng; k++) add_first(r, fw, p, eg_rd_u32(r->lng + 8u * k));
            break;
        default: /* gaps, quoted strings, words, letters, phrases, star runs: not keyed by the hash */
            if (fw->step == FIRST_KEYS) {
                r->ix.pat_any[p] = 1;
                r->ix.any_row[p >> 5] |= 1u << (p & 31u);
                pattern_lead(r, p);
            }
            return;
        }
        if (!nullable) return;
    }
}

/* Records (hash, value) pairs into the keys, the last record winning. */
/* Every RSET set needs its own flag bit above EG_IFR_K_LNG. */
typedef char eg_ifr_set_bits_fit[(EG_SET_COUNT <= 29) ? 1 : -1];

static void put_pairs(eg_ifr *r, uint32_t *used, const uint8_t *tab, uint32_t count, uint16_t flag) {
    uint32_t i;
    for (i = 0; i < count && r->ix.ok; i++) {
        eg_ifr_key *k = key_put(&r->ix, used, eg_rd_u32(tab + 8u * i));
        uint32_t v = eg_rd_u32(tab + 8u * i + 4u);
        if (k == NULL) return;
        if (v > (flag == EG_IFR_K_ORD ? 0xFFu : 0xFFFFu)) { /* the key's field cannot hold it */
            r->ix.ok = 0;
            return;
        }
        k->flags |= flag;
        if (flag == EG_IFR_K_NUM) k->num = (uint16_t)v;
        else if (flag == EG_IFR_K_ORD) k->ord = (uint8_t)v;
        else k->lng = (uint16_t)v;
    }
}

/* Relation phrases grouped by first word, each group in table order (a counting sort). */
static void index_relations(eg_ifr *r, uint32_t *used) {
    eg_ifr_index *ix = &r->ix;
    uint32_t k, at = 0;
    ix->rel_ok = r->nrel <= EG_IFR_IX_REL;
    for (k = 0; k < r->nrel && ix->rel_ok; k++) {
        const uint8_t *rr = r->rel + 8u * k;
        eg_ifr_key *key;
        if (rr[1] == 0u) {
            ix->rel_ok = 0;
            return;
        }
        key = key_put(ix, used, eg_rd_u32(r->hsh + 4u * eg_rd_u32(rr + 4)));
        if (key == NULL) return;
        if (key->rel_n == 0xFFu) { /* a u8 count: more phrases on one first word than it holds */
            ix->rel_ok = 0;
            return;
        }
        key->rel_n++;
    }
    if (!ix->rel_ok) return;
    for (k = 0; k < EG_IFR_IX_SLOTS; k++) {
        ix->slot[k].rel_at = (uint16_t)at;
        at += ix->slot[k].rel_n;
        ix->slot[k].rel_n = 0; /* refilled below */
    }
    for (k = 0; k < r->nrel; k++) {
        const uint8_t *rr = r->rel + 8u * k;
        eg_ifr_key *key = key_find(ix, eg_rd_u32(r->hsh + 4u * eg_rd_u32(rr + 4)));
        ix->rel_order[key->rel_at + key->rel_n++] = (uint16_t)k;
    }
}

/* The pattern rows, once every key is in: each pattern's first-token set walked twice (add_first). */
static void share_rows(eg_ifr *r, first_walk *fw) {
    uint32_t p;
    for (p = 0; p < r->npat && r->ix.ok; p++) {
        fw->rows_before = r->ix.n_rows;
        fw->step = FIRST_MARK;
        pattern_first(r, fw, p);
        fw->step = FIRST_ADD;
        pattern_first(r, fw, p);
    }
}

/* The filter, from the keys, in the memory the row build has finished with. */
static void fill_filter(eg_ifr_index *ix) {
    uint32_t k, f;
    eg_mem_zero(&ix->u, sizeof(ix->u));
    for (k = 0; k < EG_IFR_IX_SLOTS; k++) {
        if (!ix->slot[k].used) continue;
        f = filter_bit(ix->slot[k].hash);
        ix->u.filter[f >> 5] |= 1u << (f & 31u);
    }
}

void eg_ifr_index_build(eg_ifr *r) {
    eg_ifr_index *ix = &r->ix;
    uint32_t p, set, i;
    first_walk fw;
    eg_mem_zero(ix, sizeof(*ix));
    fw.step = FIRST_KEYS;
    fw.used = 0;
    fw.rows_before = 0;
    fw.a_hash = eg_hash_fnv1a((const uint8_t *)"a", 1u, EG_FNV_OFFSET);
    /* lead_op is a u16: an artifact with more ops than that is matched without the index (the same matches) */
    ix->ok = r->npat <= EG_IFR_IX_PATS && r->nops < 0xFFFFu;
    ix->words = (r->npat + 31u) / 32u;
    put_pairs(r, &fw.used, r->num, r->nnum, EG_IFR_K_NUM);
    put_pairs(r, &fw.used, r->ord, r->nord, EG_IFR_K_ORD);
    put_pairs(r, &fw.used, r->lng, r->nlng, EG_IFR_K_LNG);
    for (set = 0; set < (uint32_t)EG_SET_COUNT && ix->ok; set++) {
        uint32_t first = eg_rd_u32(r->set + 8u * set), count = eg_rd_u32(r->set + 8u * set + 4u);
        for (i = 0; i < count && ix->ok; i++) {
            eg_ifr_key *k = key_put(ix, &fw.used, eg_rd_u32(r->hsh + 4u * (first + i)));
            if (k != NULL) k->flags |= (uint32_t)EG_IFR_K_SET0 << set;
        }
    }
    for (p = 0; p < r->npat && ix->ok; p++) {
        pattern_first(r, &fw, p);
        if (!ix->pat_any[p]) pattern_num_lead(r, p);
    }
    if (ix->ok) index_relations(r, &fw.used);
    if (ix->ok) share_rows(r, &fw);
    if (ix->ok) fill_filter(ix);
    if (!ix->ok) ix->rel_ok = 0;
    ix->n_keys = fw.used;
}

/* A word token with a digit first, a non-ASCII byte or (version 12) an x and a digit first ("x5") (match-index.ts
 * isOddToken): the number parser reads such a token by its trimmed text, so its hash alone cannot rule it out. */
static int is_odd_token(const eg_ifr_tokens *t, uint32_t i) {
    uint32_t k, n;
    uint8_t b0;
    if (t->kind[i] != EG_TK_WORD) return 0;
    b0 = t->bytes[t->start[i]];
    if (b0 >= '0' && b0 <= '9') return 1;
    /* "x5": a count typed with a multiplication sign first (version 12) */
    n = t->end[i] - t->start[i];
    if ((b0 == 'x' || b0 == 'X') && n >= 2u && n <= 3u && t->bytes[t->start[i] + 1u] >= '0' && t->bytes[t->start[i] + 1u] <= '9') return 1;
    for (k = t->start[i]; k < t->end[i]; k++) {
        if (t->bytes[k] >= 0x80u) return 1;
    }
    return 0;
}

/* The pattern numbers of the bits of a word: the lowest set bit times a de Bruijn constant. */
static const uint8_t k_debruijn[32] = {0, 1, 28, 2, 29, 14, 24, 3, 30, 22, 20, 15, 25, 17, 4, 8,
                                       31, 27, 13, 23, 21, 19, 16, 7, 26, 12, 18, 6, 11, 5, 10, 9};

/* The keyed patterns of candidate token i, word w: its row's bits, and pat_odd's for an odd token. */
/* The pattern row of candidate token i, or NULL. */
static const uint32_t *cand_row(const eg_ifr *r, const eg_ifr_scratch *s, uint32_t i) {
    uint16_t k = s->tok_key[i];
    if (k == EG_IFR_KEY_NONE || r->ix.slot[k].row == 0u) return NULL;
    return r->ix.rows + (r->ix.slot[k].row - 1u) * r->ix.words;
}

/* Per keyed pattern, the candidates where it may start (a counting sort of the (pattern, token)
 * pairs: a candidate's patterns are its row's bits, and pat_odd's for an odd token), so the
 * matcher visits only those; s->pos_ok = 0 when they do not fit EG_IFR_POS_CAP. */
static void start_lists(const eg_ifr *r, eg_ifr_scratch *s) {
    eg_ifr_det_mem *m = &s->mem.det;
    uint32_t c, w, p, pass, total = 0;
    s->pos_ok = 0;
    eg_mem_zero(m->pos_at, sizeof(m->pos_at));
    for (pass = 0; pass < 2u; pass++) { /* 0: count per pattern; 1: place the tokens, last first */
        for (c = 0; c < s->n_cand; c++) {
            uint32_t i = s->cand[pass == 0u ? c : s->n_cand - 1u - c];
            const uint32_t *row = cand_row(r, s, i);
            const uint32_t *odd = s->tok_odd[i] ? r->ix.odd_row : NULL;
            for (w = 0; w < r->ix.words; w++) {
                uint32_t bits = (row != NULL ? row[w] : 0u) | (odd != NULL ? odd[w] : 0u);
                while (bits != 0u) {
                    uint32_t low = bits & (0u - bits);
                    p = 32u * w + k_debruijn[(low * 0x077CB531u) >> 27];
                    bits ^= low;
                    if (pass == 0u) {
                        m->pos_at[p]++;
                        if (++total > EG_IFR_POS_CAP) return;
                    } else {
                        m->pos[--m->pos_at[p]] = (uint16_t)i;
                    }
                }
            }
        }
        if (pass == 0u) { /* pos_at[p]: where p's list ends, which the fill counts down to its start */
            for (p = 1; p < r->npat; p++) m->pos_at[p] = (uint16_t)(m->pos_at[p] + m->pos_at[p - 1u]);
            m->pos_at[r->npat] = (uint16_t)total;
        }
    }
    s->pos_ok = 1;
}

void eg_ifr_forget_memos(eg_ifr_scratch *s) {
    const eg_ifr_tokens *t = &s->tokens;
    /* the entries the tokens map to: token numbers up to t->n, keys up to 2 t->n + 1 */
    eg_mem_zero(s->mem.det.num_tag, sizeof(uint16_t) * (2u * t->n + 2u < EG_IFR_MEMO ? 2u * t->n + 2u : EG_IFR_MEMO));
    eg_mem_zero(s->mem.det.rel_tag, sizeof(uint16_t) * (t->n + 1u < EG_IFR_MEMO ? t->n + 1u : EG_IFR_MEMO));
}

void eg_ifr_token_keys(const eg_ifr *r, eg_ifr_scratch *s) {
    const eg_ifr_tokens *t = &s->tokens;
    uint32_t i, w;
    s->n_cand = 0;
    s->any_odd = 0;
    eg_mem_zero(s->cand_rows, sizeof(s->cand_rows));
    for (i = 0; i < t->n; i++) {
        const eg_ifr_key *k = eg_ifr_key_of(r, t->hash[i]);
        s->tok_key[i] = k != NULL ? (uint16_t)(k - r->ix.slot) : (uint16_t)EG_IFR_KEY_NONE;
        s->tok_odd[i] = (uint8_t)is_odd_token(t, i);
        s->any_odd |= s->tok_odd[i];
        if (k != NULL && k->row != 0u) {
            const uint32_t *row = r->ix.rows + (k->row - 1u) * r->ix.words;
            for (w = 0; w < r->ix.words; w++) s->cand_rows[w] |= row[w];
        }
        if ((k != NULL && k->row != 0u) || s->tok_odd[i]) s->cand[s->n_cand++] = (uint16_t)i;
    }
    /* a new prompt: forget the slots memoized for the last one */
    eg_ifr_forget_memos(s);
    s->tok_key[t->n] = (uint16_t)EG_IFR_KEY_NONE;
    s->tok_odd[t->n] = 0;
    if (r->ix.ok) start_lists(r, s);
    else s->pos_ok = 0;
}
