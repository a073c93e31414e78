/* NLTK's PunktSentenceTokenizer as src/skills/ifeval/punkt.ts ports it (NLTK 3.9 applying the English
 * model): word tokens per line, first-pass annotation, second-pass reclassification, candidate
 * contexts, slices and boundary realignment. Offsets are code points (the TS side uses UTF-16 units,
 * which only rename the same positions). Every candidate's context is judged as it is found, in the
 * order the TS code judges its list. */
#include "eg_common.h"
#include "eg_ifv.h"

#define F_PARASTART 1u
#define F_LINESTART 2u
#define F_SENTBREAK 4u
#define F_ABBR 8u
#define F_ELLIPSIS 16u
#define F_PERIODFINAL 32u

#define ORTHO_BEG_UC (1u << 1)
#define ORTHO_MID_UC (1u << 2)
#define ORTHO_UNK_UC (1u << 3)
#define ORTHO_BEG_LC (1u << 4)
#define ORTHO_MID_LC (1u << 5)
#define ORTHO_UNK_LC (1u << 6)
#define ORTHO_UC (ORTHO_BEG_UC | ORTHO_MID_UC | ORTHO_UNK_UC)
#define ORTHO_LC (ORTHO_BEG_LC | ORTHO_MID_LC | ORTHO_UNK_LC)

typedef struct eg_ifv_ptok ptok;

/* ---------------------------------------------------------------- parameter tables */
int eg_ifv_cmp_cps(const uint32_t *a, uint32_t an, const uint32_t *b, uint32_t bn) {
    uint32_t i;
    for (i = 0; i < an && i < bn; i++) {
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    }
    return an < bn ? -1 : an > bn ? 1 : 0;
}

int eg_ifv_punkt_get(const eg_ifv_punkt *p, int k, eg_txt key, uint32_t *val) {
    uint32_t lo = 0, hi = p->nent[k];
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2u;
        const uint32_t *e = p->ent[k] + 3u * mid;
        int c = eg_ifv_cmp_cps(p->pool + e[0], e[1], key.s, key.n);
        if (c < 0) {
            lo = mid + 1u;
        } else if (c > 0) {
            hi = mid;
        } else {
            *val = e[2];
            return 1;
        }
    }
    return 0;
}

int eg_ifv_punkt_from_blob(eg_ifv_punkt *p, const uint8_t *blob, uint32_t len) {
    const uint32_t *w = (const uint32_t *)(const void *)blob;
    uint32_t need, k, at;
    /* Read in place: the words must be aligned, and the host is little-endian like the board. */
    EG_NEED_OR(((uintptr_t)blob & 3u) == 0u && len >= 28u && blob[0] == 'E' && blob[1] == 'G' && blob[2] == 'P' && blob[3] == 'K' && w[1] == 1u,
               EG_IFV_BAD_DATA);
    p->npool = w[2];
    need = 7u + p->npool;
    for (k = 0; k < EG_PK_TABLES; k++) {
        p->nent[k] = w[3 + k];
        EG_NEED_OR(p->nent[k] <= (len / 4u) / 3u, EG_IFV_BAD_DATA);
        need += 3u * p->nent[k];
    }
    EG_NEED_OR(need * 4u == len && p->npool <= len / 4u, EG_IFV_BAD_DATA);
    p->pool = w + 7;
    at = 7u + p->npool;
    for (k = 0; k < EG_PK_TABLES; k++) {
        uint32_t i;
        p->ent[k] = w + at;
        for (i = 0; i < p->nent[k]; i++) {
            EG_NEED_OR(p->ent[k][3 * i] <= p->npool && p->ent[k][3 * i + 1] <= p->npool - p->ent[k][3 * i], EG_IFV_BAD_DATA);
        }
        at += 3u * p->nent[k];
    }
    return EG_OK;
}

/* ---------------------------------------------------------------- token predicates */
static int is_alpha(uint32_t c) { /* Python [^\W\d] */
    return c == '_' || eg_uni_prop(c, EG_UP_L) || eg_uni_prop(c, EG_UP_NL) || eg_uni_prop(c, EG_UP_NO);
}

/* RE_NUMERIC: ^-?[.,]?\d[\d,.\-]*\.?$ (deterministic: no alternative path can match). */
static int is_numeric(eg_txt t) {
    uint32_t i = 0;
    if (i < t.n && t.s[i] == '-') i++;
    if (i < t.n && (t.s[i] == '.' || t.s[i] == ',')) i++;
    if (i >= t.n || !eg_uni_prop(t.s[i], EG_UP_ND)) return 0;
    for (i++; i < t.n; i++) {
        uint32_t c = t.s[i];
        if (!(eg_uni_prop(c, EG_UP_ND) || c == ',' || c == '.' || c == '-')) return 0;
    }
    return 1;
}

static const uint32_t NUMBER_TYPE[] = {'#', '#', 'n', 'u', 'm', 'b', 'e', 'r', '#', '#'};

typedef struct pk {
    const eg_ifv_regs *rg;
    const eg_ifv_punkt *p;
    eg_ifv_scratch *scr;
    uint32_t ntype;
    int err;
} pk;

static eg_txt tok_txt(const pk *k, const ptok *t) {
    eg_txt r;
    r.s = k->scr->pctx + t->s;
    r.n = t->e - t->s;
    return r;
}

static eg_txt tok_type(const pk *k, const ptok *t) {
    eg_txt r;
    r.s = k->scr->ptype + t->ts;
    r.n = t->tl;
    return r;
}

static eg_txt type_no_period(const pk *k, const ptok *t) {
    eg_txt r = tok_type(k, t);
    if (r.n > 1u && r.s[r.n - 1u] == '.') r.n--;
    return r;
}

static eg_txt type_no_sentperiod(const pk *k, const ptok *t) {
    return (t->flags & F_SENTBREAK) ? type_no_period(k, t) : tok_type(k, t);
}

static uint32_t ortho(const pk *k, eg_txt type) {
    uint32_t v = 0;
    return eg_ifv_punkt_get(k->p, EG_PK_ORTHO, type, &v) ? v : 0u;
}

static int has(const pk *k, int table, eg_txt key) {
    uint32_t v;
    return eg_ifv_punkt_get(k->p, table, key, &v);
}

/* Builds a token of pctx[s..e): its lowered type (or ##number##) and period flag. */
static int make_token(pk *k, ptok *t, uint32_t s, uint32_t e) {
    eg_txt tok, ty;
    int64_t n;
    uint32_t cap = (uint32_t)(sizeof k->scr->ptype / sizeof k->scr->ptype[0]) - k->ntype;
    t->s = s;
    t->e = e;
    t->flags = 0;
    tok = tok_txt(k, t);
    n = eg_js_lower(tok, k->scr->ptype + k->ntype, cap);
    if (n < 0) return EG_IFV_TOO_LARGE;
    ty.s = k->scr->ptype + k->ntype;
    ty.n = (uint32_t)n;
    if (is_numeric(ty)) {
        uint32_t i;
        if (cap < 10u) return EG_IFV_TOO_LARGE;
        for (i = 0; i < 10u; i++) k->scr->ptype[k->ntype + i] = NUMBER_TYPE[i];
        n = 10;
    }
    t->ts = k->ntype;
    t->tl = (uint32_t)n;
    k->ntype += (uint32_t)n;
    if (tok.n > 0u && tok.s[tok.n - 1u] == '.') t->flags |= F_PERIODFINAL;
    return EG_OK;
}

/* tokenizeWords of pctx[0..n): tokens of each non-blank line. Returns the count or a negative error. */
static int64_t tokenize_words(pk *k, uint32_t n) {
    uint32_t *s = k->scr->pctx, ls = 0, nt = 0, caps[2 * (EG_RE_MAX_GROUPS + 1)];
    int parastart = 0;
    k->ntype = 0;
    while (ls <= n) {
        uint32_t le = ls;
        eg_txt line;
        while (le < n && s[le] != '\n') le++;
        line.s = s + ls;
        line.n = le - ls;
        if (eg_py_strip(line).n > 0u) {
            uint32_t at = 0, first = nt;
            for (;;) {
                int r = eg_re_search(&k->rg->pk_word, line, at, caps);
                if (r < 0) return r;
                if (r == 0) break;
                if (nt >= EG_IFV_MAX_TOKENS) return -EG_IFV_TOO_LARGE;
                if (make_token(k, &k->scr->ptok[nt], ls + caps[0], ls + caps[1]) != EG_OK) return -EG_IFV_TOO_LARGE;
                nt++;
                at = caps[1] > caps[0] ? caps[1] : caps[1] + 1u;
            }
            if (nt > first) {
                k->scr->ptok[first].flags |= (uint8_t)(F_LINESTART | (parastart ? F_PARASTART : 0u));
                parastart = 0;
            }
        } else {
            parastart = 1;
        }
        ls = le + 1u;
    }
    return nt;
}

static void first_pass(pk *k, ptok *t) {
    eg_txt tok = tok_txt(k, t);
    if (tok.n == 1u && (tok.s[0] == '.' || tok.s[0] == '?' || tok.s[0] == '!')) {
        t->flags |= F_SENTBREAK;
        return;
    }
    {
        uint32_t i;
        int ell = tok.n >= 2u;
        for (i = 0; i < tok.n && ell; i++) ell = tok.s[i] == '.';
        if (ell) {
            t->flags |= F_ELLIPSIS;
            return;
        }
    }
    if ((t->flags & F_PERIODFINAL) && !(tok.n >= 2u && tok.s[tok.n - 2u] == '.')) {
        /* stem = lower(tok[:-1]); its type is lower(tok) minus the period unless tok was numeric. */
        uint32_t buf_at = k->ntype, cap = (uint32_t)(sizeof k->scr->ptype / sizeof k->scr->ptype[0]) - buf_at;
        eg_txt stem, last;
        int64_t n;
        tok.n--;
        n = eg_js_lower(tok, k->scr->ptype + buf_at, cap);
        if (n < 0) {
            k->err = EG_IFV_TOO_LARGE;
            return;
        }
        stem.s = k->scr->ptype + buf_at;
        stem.n = (uint32_t)n;
        last = stem;
        {
            uint32_t i;
            for (i = stem.n; i > 0u; i--) {
                if (stem.s[i - 1u] == '-') {
                    last.s = stem.s + i;
                    last.n = stem.n - i;
                    break;
                }
            }
        }
        if (has(k, EG_PK_ABBREV, stem) || has(k, EG_PK_ABBREV, last)) {
            t->flags |= F_ABBR;
        } else {
            t->flags |= F_SENTBREAK;
        }
    }
}

static int first_upper(const pk *k, const ptok *t) {
    return eg_uni_prop(k->scr->pctx[t->s], EG_UP_UPPER);
}

static int first_lower(const pk *k, const ptok *t) {
    return eg_uni_prop(k->scr->pctx[t->s], EG_UP_LOWER);
}

/* 1 true, 0 false, 2 unknown. */
static int ortho_heuristic(const pk *k, const ptok *t) {
    eg_txt tok = tok_txt(k, t);
    uint32_t ctx;
    if (tok.n == 1u && (tok.s[0] == ';' || tok.s[0] == ':' || tok.s[0] == ',' || tok.s[0] == '.' || tok.s[0] == '!' || tok.s[0] == '?')) return 0;
    ctx = ortho(k, type_no_sentperiod(k, t));
    if (first_upper(k, t) && (ctx & ORTHO_LC) && !(ctx & ORTHO_MID_UC)) return 1;
    if (first_lower(k, t) && ((ctx & ORTHO_UC) || !(ctx & ORTHO_BEG_LC))) return 0;
    return 2;
}

static int is_initial(const pk *k, const ptok *t) {
    eg_txt tok = tok_txt(k, t);
    return tok.n == 2u && is_alpha(tok.s[0]) && tok.s[1] == '.';
}

static void second_pass(pk *k, ptok *t1, const ptok *t2) {
    eg_txt typ, next;
    int initial;
    uint32_t key[2 * EG_IFV_MAX_ARG_CPS], v;
    if (!t2 || !(t1->flags & F_PERIODFINAL)) return;
    typ = type_no_period(k, t1);
    next = type_no_sentperiod(k, t2);
    initial = is_initial(k, t1);
    if (typ.n + next.n + 1u <= sizeof key / sizeof key[0]) {
        eg_txt kk;
        uint32_t i;
        for (i = 0; i < typ.n; i++) key[i] = typ.s[i];
        key[typ.n] = '\t';
        for (i = 0; i < next.n; i++) key[typ.n + 1u + i] = next.s[i];
        kk.s = key;
        kk.n = typ.n + 1u + next.n;
        if (eg_ifv_punkt_get(k->p, EG_PK_COLLOC, kk, &v)) {
            t1->flags = (uint8_t)((t1->flags & ~F_SENTBREAK) | F_ABBR);
            return;
        }
    } /* a longer pair is in no table: the English collocations are short words */
    if ((t1->flags & (F_ABBR | F_ELLIPSIS)) && !initial) {
        if (ortho_heuristic(k, t2) == 1) {
            t1->flags |= F_SENTBREAK;
            return;
        }
        if (first_upper(k, t2) && has(k, EG_PK_STARTER, next)) {
            t1->flags |= F_SENTBREAK;
            return;
        }
    }
    {
        static const uint32_t num[] = {'#', '#', 'n', 'u', 'm', 'b', 'e', 'r', '#', '#'};
        eg_txt nt;
        nt.s = num;
        nt.n = 10;
        if (initial || eg_txt_eq(typ, nt)) {
            int starter = ortho_heuristic(k, t2);
            if (starter == 0) {
                t1->flags = (uint8_t)((t1->flags & ~F_SENTBREAK) | F_ABBR);
                return;
            }
            if (starter == 2 && initial && first_upper(k, t2) && !(ortho(k, next) & ORTHO_LC)) {
                t1->flags = (uint8_t)((t1->flags & ~F_SENTBREAK) | F_ABBR);
            }
        }
    }
}

/* textContainsSentbreak of pctx[0..n): 1, 0 or a negative error. */
static int contains_sentbreak(pk *k, uint32_t n) {
    int64_t nt = tokenize_words(k, n), i;
    int found = 0;
    if (nt < 0) return (int)nt;
    for (i = 0; i < nt; i++) first_pass(k, &k->scr->ptok[i]);
    if (k->err) return -k->err;
    for (i = 0; i < nt; i++) {
        if (found) return 1;
        second_pass(k, &k->scr->ptok[i], i + 1 < nt ? &k->scr->ptok[i + 1] : NULL);
        if (k->scr->ptok[i].flags & F_SENTBREAK) found = 1;
    }
    return 0;
}

static int ascii_ws(uint32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C;
}

static uint32_t last_ws_index(eg_txt t, uint32_t from, uint32_t to) {
    uint32_t i;
    for (i = to; i > from; i--) {
        if (ascii_ws(t.s[i - 1u])) return i - 1u - from;
    }
    return 0;
}

typedef struct cand {
    uint32_t index, after_len, next_len, has_next, start, stop;
} cand;

/* Judges one candidate: builds its context, appends a slice when it holds a break. */
static int judge_cand(pk *k, eg_txt t, const cand *c, uint32_t *nslices, uint32_t *last_break) {
    uint32_t n = 0, i, cap = (uint32_t)(sizeof k->scr->pctx / sizeof k->scr->pctx[0]);
    int r;
    if ((c->stop - c->start) + 1u + c->after_len > cap) return -EG_IFV_TOO_LARGE;
    for (i = c->start; i < c->stop; i++) k->scr->pctx[n++] = t.s[i];
    k->scr->pctx[n++] = t.s[c->index];
    for (i = 0; i < c->after_len; i++) k->scr->pctx[n++] = t.s[c->index + 1u + i];
    r = contains_sentbreak(k, n);
    if (r < 0) return r;
    if (r) {
        if (*nslices >= EG_IFV_MAX_TOKENS) return -EG_IFV_TOO_LARGE;
        k->scr->slices[2u * *nslices] = *last_break;
        k->scr->slices[2u * *nslices + 1u] = c->index + 1u;
        (*nslices)++;
        *last_break = c->has_next ? c->index + 1u + c->after_len - c->next_len : c->index + 1u;
    }
    return 0;
}

int64_t eg_ifv_sentences(const eg_ifv_regs *rg, const eg_ifv_punkt *p, eg_txt t, uint32_t *spans, uint32_t max_spans, eg_ifv_scratch *scr) {
    pk k;
    uint32_t caps[2 * (EG_RE_MAX_GROUPS + 1)], at = 0, prev_start = 0, prev_stop = 0, nslices = 0, last_break = 0, i, nspans = 0,
             realign = 0;
    int have_prev = 0;
    cand prev = {0, 0, 0, 0, 0, 0};
    k.rg = rg;
    k.p = p;
    k.scr = scr;
    k.ntype = 0;
    k.err = 0;
    /* matchPotentialEndContexts + slicesFromText */
    for (;;) {
        int r = at <= t.n ? eg_re_search(&rg->pk_period, t, at, caps) : 0;
        uint32_t idx, word_start;
        if (r < 0) return r;
        if (r == 0) break;
        idx = last_ws_index(t, prev_stop, caps[0]);
        word_start = idx ? idx + prev_stop + 1u : prev_start;
        if (have_prev && prev_stop <= word_start) {
            r = judge_cand(&k, t, &prev, &nslices, &last_break);
            if (r < 0) return r;
        }
        have_prev = 1;
        prev.index = caps[0];
        prev.after_len = caps[3] - caps[2];
        prev.has_next = caps[4] != UINT32_MAX && caps[5] > caps[4];
        prev.next_len = prev.has_next ? caps[5] - caps[4] : 0u;
        prev.start = word_start;
        prev.stop = caps[0];
        prev_start = word_start;
        prev_stop = caps[0];
        at = caps[1];
    }
    if (have_prev) {
        int r = judge_cand(&k, t, &prev, &nslices, &last_break);
        if (r < 0) return r;
    }
    if (nslices >= EG_IFV_MAX_TOKENS) return -EG_IFV_TOO_LARGE;
    scr->slices[2u * nslices] = last_break;
    scr->slices[2u * nslices + 1u] = eg_py_rstrip(t).n;
    nslices++;
    /* realignBoundaries */
    for (i = 0; i < nslices; i++) {
        uint32_t a = scr->slices[2u * i] + realign, b = scr->slices[2u * i + 1u];
        if (i + 1u == nslices) {
            if (b > a) {
                if (nspans >= max_spans) return -EG_IFV_TOO_LARGE;
                spans[2u * nspans] = a, spans[2u * nspans + 1u] = b, nspans++;
            }
            continue;
        }
        {
            uint32_t s2a = scr->slices[2u * (i + 1u)], s2b = scr->slices[2u * (i + 1u) + 1u];
            eg_txt sub;
            int r;
            sub.s = t.s + s2a;
            sub.n = s2b > s2a ? s2b - s2a : 0u;
            r = eg_re_search(&rg->pk_realign, sub, 0, caps);
            if (r < 0) return r;
            if (r == 1 && caps[0] == 0u) {
                eg_txt m0;
                m0.s = sub.s;
                m0.n = caps[1];
                if (nspans >= max_spans) return -EG_IFV_TOO_LARGE;
                spans[2u * nspans] = a, spans[2u * nspans + 1u] = s2a + eg_py_rstrip(m0).n, nspans++;
                realign = caps[1];
            } else {
                realign = 0;
                if (b > a) {
                    if (nspans >= max_spans) return -EG_IFV_TOO_LARGE;
                    spans[2u * nspans] = a, spans[2u * nspans + 1u] = b, nspans++;
                }
            }
        }
    }
    return nspans;
}
