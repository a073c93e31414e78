/* The enforcer's case fixer <-> case.ts: the count of ALL-CAPS words (nltk word_tokenize tokens
 * for which str.isupper() holds, as the verifier counts them) is raised by upper-casing words of five
 * letters or more spread evenly over the text, or lowered by Capitalising the last ALL-CAPS words. */
#include "eg_ifr_enforce_int.h"

#define MIN_CAPS_WORD 5u

static uint32_t cp_at(eg_str x, uint32_t i, uint32_t *len) {
    uint32_t cp;
    *len = eg_u8_dec(x.p, x.n, i, &cp);
    return cp;
}

static int64_t count_upper(eg_enf_job *j, eg_str body) {
    eg_txt x;
    int64_t r;
    if (!eg_enf_finish_txt(j, body, &x)) return 0;
    r = eg_ifv_count_upper_words(j->v->regs, j->v->punkt, x, j->vs);
    if (r < 0 && !j->err) j->err = (int)-r;
    return r < 0 ? 0 : r;
}

/* Maximal runs of code points passing `in` of at least min code points, whose neighbours pass
 * neither `before` (the character before) nor `after` (the one after): [start, end) into sp. */
static uint32_t runs(eg_enf_job *j, eg_str b, int (*in)(uint32_t), uint32_t min, int (*before)(uint32_t), int (*after)(uint32_t), uint32_t *sp) {
    uint32_t i = 0, n = 0, len, prev = 0, has_prev = 0;
    while (i < b.n) {
        uint32_t cp = cp_at(b, i, &len), s = i, k = 0, last = 0;
        if (!in(cp)) {
            prev = cp, has_prev = 1, i += len;
            continue;
        }
        while (i < b.n && in(cp_at(b, i, &len))) last = cp_at(b, i, &len), i += len, k++;
        (void)last;
        if (k >= min && !(has_prev && before(prev)) && !(i < b.n && after(cp_at(b, i, &len)))) {
            if (n >= EG_ENF_MAX_UNITS) {
                if (!j->err) j->err = EG_IFR_TOO_LARGE;
                return n;
            }
            sp[2u * n] = s, sp[2u * n + 1u] = i, n++;
        }
        {
            uint32_t pl = eg_u8_prev(b.p, i);
            cp_at(b, pl, &len);
            prev = cp_at(b, pl, &len), has_prev = 1;
        }
    }
    return n;
}

static int is_l(uint32_t cp) { return eg_uni_is_l(cp); }
static int is_lu(uint32_t cp) { return eg_uni_is_lu(cp); }
static int word_or_open(uint32_t cp) { return eg_uni_is_word(cp) || cp == '<' || cp == '['; }
static int word_or_close(uint32_t cp) { return eg_uni_is_word(cp) || cp == ']' || cp == '>'; }
static int word(uint32_t cp) { return eg_uni_is_word(cp); }

int eg_enf_fix_capital_words(eg_enf_job *j, eg_str body, eg_wr *w) {
    const eg_plan *p = j->plan;
    int64_t n = count_upper(j, body);
    uint32_t *sp = j->e->units, nc, i, pos = 0, len;
    if (j->err) return j->err;
    if (n < p->caps.lo) {
        /* (?<![\p{L}\p{N}_<\[])\p{L}{5,}(?![\p{L}\p{N}_\]>]) with a lowercase letter, picked at floor(i * len / need) */
        int64_t need = p->caps.lo - n, k = 0, q, next;
        uint32_t c = 0;
        nc = runs(j, body, is_l, MIN_CAPS_WORD, word_or_open, word_or_close, sp);
        for (i = 0; i < nc; i++) { /* keep the candidates holding a \p{Ll} */
            uint32_t a, has = 0;
            for (a = sp[2u * i]; a < sp[2u * i + 1u]; a += len) has |= (uint32_t)eg_uni_is_ll(cp_at(body, a, &len));
            if (has) sp[2u * c] = sp[2u * i], sp[2u * c + 1u] = sp[2u * i + 1u], c++;
        }
        /* the picked indices ascend (floor(i * c / need) is non-decreasing), duplicates collapse */
        for (q = 0, next = -1; q < need && q < (int64_t)c; q++) {
            int64_t idx = q * (int64_t)c / need;
            if (idx == next) continue;
            next = idx;
            eg_wr_bytes(w, body.p + pos, sp[2u * idx] - pos);
            eg_wr_case(w, eg_enf_s(body.p + sp[2u * idx], sp[2u * idx + 1u] - sp[2u * idx]), 1);
            pos = sp[2u * idx + 1u];
            k++;
        }
        eg_wr_bytes(w, body.p + pos, body.n - pos);
        return j->err;
    }
    if (n > p->caps.hi) {
        /* (?<![\p{L}\p{N}_])\p{Lu}{2,}(?![\p{L}\p{N}_]): the last ones keep their first letter only */
        int64_t over = n - p->caps.hi;
        uint32_t from;
        nc = runs(j, body, is_lu, 2u, word, word, sp);
        from = over >= (int64_t)nc ? 0u : nc - (uint32_t)over;
        for (i = from; i < nc; i++) {
            uint32_t a = sp[2u * i], l0;
            cp_at(body, a, &l0);
            eg_wr_bytes(w, body.p + pos, a + l0 - pos);
            eg_wr_case(w, eg_enf_s(body.p + a + l0, sp[2u * i + 1u] - a - l0), 0);
            pos = sp[2u * i + 1u];
        }
        eg_wr_bytes(w, body.p + pos, body.n - pos);
        return j->err;
    }
    eg_wr_str(w, body);
    return j->err;
}
