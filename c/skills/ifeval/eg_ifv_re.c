/* A small backtracking regex engine with the JavaScript semantics (u flag, optionally i) of the
 * patterns the TS verifier builds, and of kwargs used as regexes (keywords, section splitter,
 * postscript marker): the same pattern text gives the same matches here as in V8, so the checks
 * are written once, as the TS code writes them. Python's meanings of \s \w \d \b and `.` are built in
 * (py.ts spells them out for V8). Compiled programs live in the caller's eg_re; matching uses the C
 * stack, bounded by EG_RE_MAX_DEPTH, and a single-character body under a quantifier is matched in a
 * loop, not by recursion. */
#include "eg_ifv.h"
#include "eg_utf8.h"

enum {
    OP_CHAR,
    OP_CLASS,
    OP_BOL,
    OP_EOL,
    OP_WORDB,
    OP_OPEN,
    OP_CLOSE,
    OP_ALT,    /* child: first BRANCH */
    OP_BRANCH, /* child: body; alt: next BRANCH */
    OP_JOIN,
    OP_REP,    /* child: body; b, c: min, max; a: repeat slot */
    OP_REPEND, /* rep: the REP node */
    OP_LOOK,   /* child: body ending in OP_SUCCEED; neg; greedy=1 for lookbehind */
    OP_SUCCEED
};

#define REP_INF 0xFFFFFFFFu

/* ---------------------------------------------------------------- parser */
typedef struct parser {
    eg_re *re;
    const uint8_t *p;
    size_t n, i;
    int err;
} parser;

/* The first error wins: a limit hit mid-pattern must not be reported as a syntax error. */
static void fail(parser *ps, int code) {
    if (!ps->err) ps->err = code;
}

static int peek(parser *ps) {
    return ps->i < ps->n ? ps->p[ps->i] : -1;
}

static uint32_t next_cp(parser *ps) {
    return eg_utf8_next(ps->p, ps->n, &ps->i);
}

static int16_t new_node(parser *ps, uint8_t op) {
    eg_re *re = ps->re;
    eg_re_node *nd;
    if (re->nnodes >= re->max_nodes) {
        fail(ps, EG_IFV_TOO_LARGE);
        return 0;
    }
    nd = &re->node[re->nnodes];
    nd->op = op;
    nd->greedy = 1;
    nd->neg = 0;
    nd->a = 0;
    nd->b = nd->c = 0;
    nd->next = nd->child = nd->alt = nd->rep = -1;
    return (int16_t)re->nnodes++;
}

static void add_item(parser *ps, uint32_t lo, uint32_t hi, uint8_t kind) {
    eg_re *re = ps->re;
    if (re->nitems >= re->max_items) {
        fail(ps, EG_IFV_TOO_LARGE);
        return;
    }
    re->item[re->nitems].lo = lo;
    re->item[re->nitems].hi = hi;
    re->item[re->nitems].kind = kind;
    re->nitems++;
}

/* Python's whitespace set as class items. */
static void add_space(parser *ps) {
    static const uint32_t r[][2] = {{0x09, 0x0D}, {0x1C, 0x20}, {0x85, 0x85}, {0xA0, 0xA0}, {0x1680, 0x1680}, {0x2000, 0x200A},
                                    {0x2028, 0x2029}, {0x202F, 0x202F}, {0x205F, 0x205F}, {0x3000, 0x3000}};
    uint32_t k;
    for (k = 0; k < sizeof r / sizeof r[0]; k++) {
        add_item(ps, r[k][0], r[k][1], 0);
    }
}

static void add_word(parser *ps) {
    add_item(ps, 0, EG_UP_L, 1);
    add_item(ps, 0, EG_UP_N, 1);
    add_item(ps, '_', '_', 0);
}

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static uint32_t read_hex(parser *ps, uint32_t digits) {
    uint32_t v = 0, k;
    for (k = 0; k < digits; k++) {
        int h = hexval(peek(ps));
        if (h < 0) {
            fail(ps, EG_IFV_BAD_PATTERN);
            return 0;
        }
        v = v * 16u + (uint32_t)h;
        ps->i++;
    }
    return v;
}

static int prop_id(const uint8_t *s, size_t n) {
    static const char *names[] = {"L", "N", "Nd", "Nl", "No", "Lt", "Uppercase", "Lowercase", "Cased", "Case_Ignorable"};
    int k;
    for (k = 0; k < EG_UP_COUNT; k++) {
        size_t j = 0;
        while (names[k][j] && j < n && (uint8_t)names[k][j] == s[j]) j++;
        if (j == n && names[k][j] == 0) return k;
    }
    return -1;
}

/* An escape after '\\'. Returns the literal code point, or adds class items and returns
 * UINT32_MAX (in_class) / sets *cls. Kinds: 1 \s, 2 \S, 3 \w, 4 \W, 5 \d, 6 \D, 7 \p, 8 \P, 9 \b, 10 \B. */
static uint32_t parse_escape(parser *ps, int *kind, int *prop) {
    int c = peek(ps);
    *kind = 0;
    if (c < 0) {
        fail(ps, EG_IFV_BAD_PATTERN);
        return 0;
    }
    ps->i++;
    switch (c) {
    case 's': *kind = 1; return 0;
    case 'S': *kind = 2; return 0;
    case 'w': *kind = 3; return 0;
    case 'W': *kind = 4; return 0;
    case 'd': *kind = 5; return 0;
    case 'D': *kind = 6; return 0;
    case 'b': *kind = 9; return 0;
    case 'B': *kind = 10; return 0;
    case 'p':
    case 'P': {
        size_t st;
        if (peek(ps) != '{') {
            fail(ps, EG_IFV_BAD_PATTERN);
            return 0;
        }
        st = ++ps->i;
        while (ps->i < ps->n && ps->p[ps->i] != '}') ps->i++;
        *prop = prop_id(ps->p + st, ps->i - st);
        if (ps->i >= ps->n || *prop < 0) {
            fail(ps, EG_IFV_BAD_PATTERN);
            return 0;
        }
        ps->i++;
        *kind = c == 'p' ? 7 : 8;
        return 0;
    }
    case 'n': return '\n';
    case 't': return '\t';
    case 'r': return '\r';
    case 'v': return 0x0B;
    case 'f': return 0x0C;
    case '0': return 0;
    case 'x': return read_hex(ps, 2);
    case 'u':
        if (peek(ps) == '{') {
            uint32_t v = 0;
            ps->i++;
            while (hexval(peek(ps)) >= 0) v = v * 16u + (uint32_t)hexval(ps->p[ps->i++]);
            if (peek(ps) != '}') fail(ps, EG_IFV_BAD_PATTERN);
            ps->i++;
            return v;
        }
        return read_hex(ps, 4);
    default:
        /* u mode allows only syntax characters and '/' (and '-' in a class) as identity escapes. */
        if (c < 0x80 && !(c == '^' || c == '$' || c == '\\' || c == '.' || c == '*' || c == '+' || c == '?' || c == '(' ||
                          c == ')' || c == '[' || c == ']' || c == '{' || c == '}' || c == '|' || c == '/' || c == '-')) {
            fail(ps, EG_IFV_BAD_PATTERN);
            return 0;
        }
        ps->i--;
        return next_cp(ps);
    }
}

/* Adds the items of a class escape kind; negated kinds of \s \w \d need a class of their own. */
static void add_kind(parser *ps, int kind, int prop) {
    switch (kind) {
    case 1: add_space(ps); break;
    case 3: add_word(ps); break;
    case 5: add_item(ps, 0, EG_UP_ND, 1); break;
    case 7: add_item(ps, 0, (uint32_t)prop, 1); break;
    case 8: add_item(ps, 0, (uint32_t)prop, 2); break;
    case 6: add_item(ps, 0, EG_UP_ND, 2); break;
    default: fail(ps, EG_IFV_BAD_PATTERN); break; /* \S or \W inside a class: not used */
    }
}

static int16_t parse_class(parser *ps) {
    int16_t nd = new_node(ps, OP_CLASS);
    uint32_t first = ps->re->nitems;
    if (ps->err) return nd;
    if (peek(ps) == '^') {
        ps->re->node[nd].neg = 1;
        ps->i++;
    }
    while (!ps->err) {
        int c = peek(ps), kind = 0, prop = 0;
        uint32_t lo, hi;
        if (c < 0) {
            fail(ps, EG_IFV_BAD_PATTERN);
            break;
        }
        if (c == ']') {
            ps->i++;
            break;
        }
        if (c == '\\') {
            ps->i++;
            lo = parse_escape(ps, &kind, &prop);
            if (kind == 9) {
                kind = 0;
                lo = 8; /* [\b] is backspace */
            }
            if (kind) {
                add_kind(ps, kind, prop);
                continue;
            }
        } else {
            lo = next_cp(ps);
        }
        hi = lo;
        if (peek(ps) == '-' && ps->i + 1 < ps->n && ps->p[ps->i + 1] != ']') {
            ps->i++;
            if (peek(ps) == '\\') {
                ps->i++;
                hi = parse_escape(ps, &kind, &prop);
                if (kind) fail(ps, EG_IFV_BAD_PATTERN);
            } else {
                hi = next_cp(ps);
            }
            if (hi < lo) fail(ps, EG_IFV_BAD_PATTERN);
        }
        add_item(ps, lo, hi, 0);
    }
    ps->re->node[nd].b = first;
    ps->re->node[nd].c = ps->re->nitems - first;
    return nd;
}

/* A class node for an escape outside brackets (\s \S \w \W \d \D \p \P). */
static int16_t class_of_kind(parser *ps, int kind, int prop) {
    int16_t nd = new_node(ps, OP_CLASS);
    uint32_t first = ps->re->nitems;
    if (ps->err) return nd;
    if (kind == 2 || kind == 4) {
        ps->re->node[nd].neg = 1;
        kind--;
    }
    add_kind(ps, kind, prop);
    ps->re->node[nd].b = first;
    ps->re->node[nd].c = ps->re->nitems - first;
    return nd;
}

typedef struct frag {
    int16_t first, last; /* last->next is patched by the caller */
} frag;

static frag parse_alt(parser *ps);

static void link(parser *ps, int16_t from, int16_t to) {
    if (!ps->err) ps->re->node[from].next = to;
}

static int parse_int(parser *ps, uint32_t *v) {
    int any = 0;
    *v = 0;
    while (peek(ps) >= '0' && peek(ps) <= '9') {
        if (*v < 100000u) *v = *v * 10u + (uint32_t)(ps->p[ps->i] - '0');
        ps->i++;
        any = 1;
    }
    return any;
}

/* An atom with its quantifier. */
static frag parse_term(parser *ps) {
    frag f = {-1, -1};
    int c = peek(ps);
    uint32_t mn, mx;
    if (c == '(') {
        ps->i++;
        if (peek(ps) == '?') {
            int look = 0, neg = 0, behind = 0;
            ps->i++;
            c = peek(ps);
            if (c == ':') {
                ps->i++;
            } else if (c == '=' || c == '!') {
                look = 1;
                neg = c == '!';
                ps->i++;
            } else if (c == '<' && ps->i + 1 < ps->n && (ps->p[ps->i + 1] == '=' || ps->p[ps->i + 1] == '!')) {
                look = behind = 1;
                neg = ps->p[ps->i + 1] == '!';
                ps->i += 2;
            } else if (c == '<') {
                while (ps->i < ps->n && ps->p[ps->i] != '>') ps->i++;
                ps->i++;
                goto capture;
            } else {
                fail(ps, EG_IFV_BAD_PATTERN);
                return f;
            }
            if (look) {
                int16_t nd = new_node(ps, OP_LOOK), ok;
                frag body = parse_alt(ps);
                ok = new_node(ps, OP_SUCCEED);
                if (ps->err) return f;
                ps->re->node[nd].neg = (uint8_t)neg;
                ps->re->node[nd].greedy = (uint8_t)behind;
                ps->re->node[nd].child = body.first;
                link(ps, body.last, ok);
                /* Lookbehind: one character (a literal or a class), all this port needs. */
                if (behind && !(body.first == body.last && (ps->re->node[body.first].op == OP_CHAR || ps->re->node[body.first].op == OP_CLASS))) {
                    fail(ps, EG_IFV_BAD_PATTERN);
                }
                f.first = f.last = nd;
            } else {
                f = parse_alt(ps);
            }
        } else {
        capture: {
            int16_t open = new_node(ps, OP_OPEN), close;
            uint8_t g;
            frag body;
            if (ps->re->ngroups >= EG_RE_MAX_GROUPS) fail(ps, EG_IFV_TOO_LARGE);
            g = (uint8_t)++ps->re->ngroups;
            body = parse_alt(ps);
            close = new_node(ps, OP_CLOSE);
            if (ps->err) return f;
            ps->re->node[open].a = g;
            ps->re->node[close].a = g;
            link(ps, open, body.first);
            link(ps, body.last, close);
            f.first = open;
            f.last = close;
        }
        }
        if (peek(ps) != ')') {
            fail(ps, EG_IFV_BAD_PATTERN);
            return f;
        }
        ps->i++;
    } else if (c == '[') {
        ps->i++;
        f.first = f.last = parse_class(ps);
    } else if (c == '\\') {
        int kind, prop = 0;
        uint32_t cp;
        ps->i++;
        cp = parse_escape(ps, &kind, &prop);
        if (kind == 9 || kind == 10) {
            f.first = f.last = new_node(ps, OP_WORDB);
            if (!ps->err) ps->re->node[f.first].neg = kind == 10;
            return f; /* assertions take no quantifier */
        }
        if (kind) {
            f.first = f.last = class_of_kind(ps, kind, prop);
        } else {
            f.first = f.last = new_node(ps, OP_CHAR);
            if (!ps->err) ps->re->node[f.first].b = cp;
        }
    } else if (c == '^' || c == '$') {
        ps->i++;
        f.first = f.last = new_node(ps, c == '^' ? OP_BOL : OP_EOL);
        return f;
    } else if (c == '.') {
        int16_t nd = new_node(ps, OP_CLASS);
        ps->i++;
        if (!ps->err) {
            ps->re->node[nd].neg = 1;
            ps->re->node[nd].b = ps->re->nitems;
            ps->re->node[nd].c = 1;
        }
        add_item(ps, '\n', '\n', 0);
        f.first = f.last = nd;
    } else if (c == '*' || c == '+' || c == '?' || c == '{' || c == '}' || c == ']') {
        fail(ps, EG_IFV_BAD_PATTERN); /* "nothing to repeat" / lone brackets are SyntaxErrors in u mode */
        return f;
    } else {
        f.first = f.last = new_node(ps, OP_CHAR);
        if (!ps->err) ps->re->node[f.first].b = next_cp(ps);
    }
    if (ps->err) return f;
    c = peek(ps);
    if (c == '*') {
        mn = 0, mx = REP_INF;
    } else if (c == '+') {
        mn = 1, mx = REP_INF;
    } else if (c == '?') {
        mn = 0, mx = 1;
    } else if (c == '{') {
        ps->i++;
        if (!parse_int(ps, &mn)) {
            fail(ps, EG_IFV_BAD_PATTERN);
            return f;
        }
        mx = mn;
        if (peek(ps) == ',') {
            ps->i++;
            if (!parse_int(ps, &mx)) mx = REP_INF;
        }
        if (peek(ps) != '}' || mx < mn) {
            fail(ps, EG_IFV_BAD_PATTERN);
            return f;
        }
    } else {
        return f;
    }
    ps->i++;
    {
        int16_t rep = new_node(ps, OP_REP), end = new_node(ps, OP_REPEND);
        if (ps->err) return f;
        if (peek(ps) == '?') {
            ps->re->node[rep].greedy = 0;
            ps->i++;
        }
        ps->re->node[rep].b = mn;
        ps->re->node[rep].c = mx;
        ps->re->node[rep].a = (uint8_t)ps->re->nreps++;
        ps->re->node[rep].child = f.first;
        ps->re->node[end].rep = rep;
        link(ps, f.last, end);
        if (ps->re->nreps > 64u) fail(ps, EG_IFV_TOO_LARGE);
        f.first = f.last = rep;
    }
    return f;
}

static frag parse_seq(parser *ps) {
    frag f = {-1, -1};
    while (!ps->err) {
        int c = peek(ps);
        frag t;
        if (c < 0 || c == '|' || c == ')') break;
        t = parse_term(ps);
        if (ps->err) break;
        if (f.first < 0) {
            f = t;
        } else {
            link(ps, f.last, t.first);
            f.last = t.last;
        }
    }
    if (f.first < 0) f.first = f.last = new_node(ps, OP_JOIN); /* an empty alternative */
    return f;
}

static frag parse_alt(parser *ps) {
    frag f = parse_seq(ps), out;
    int16_t alt, join, br, prev;
    if (ps->err || peek(ps) != '|') return f;
    alt = new_node(ps, OP_ALT);
    join = new_node(ps, OP_JOIN);
    br = new_node(ps, OP_BRANCH);
    if (ps->err) return f;
    ps->re->node[alt].child = br;
    ps->re->node[br].child = f.first;
    link(ps, f.last, join);
    prev = br;
    while (!ps->err && peek(ps) == '|') {
        frag g;
        ps->i++;
        g = parse_seq(ps);
        br = new_node(ps, OP_BRANCH);
        if (ps->err) break;
        ps->re->node[br].child = g.first;
        link(ps, g.last, join);
        ps->re->node[prev].alt = br;
        prev = br;
    }
    out.first = alt;
    out.last = join;
    return out;
}

int eg_re_compile(eg_re *re, eg_re_pool *pool, const char *pat, uint32_t len, int icase) {
    parser ps;
    frag f;
    uint32_t fn = pool->max_nodes - pool->nnodes, fi = pool->max_items - pool->nitems;
    re->node = pool->node + pool->nnodes;
    re->item = pool->item + pool->nitems;
    re->max_nodes = (uint16_t)(fn < EG_RE_MAX_NODES ? fn : EG_RE_MAX_NODES);
    re->max_items = (uint16_t)(fi < EG_RE_MAX_ITEMS ? fi : EG_RE_MAX_ITEMS);
    ps.re = re;
    ps.p = (const uint8_t *)pat;
    ps.n = len;
    ps.i = 0;
    ps.err = 0;
    re->nnodes = re->nitems = re->ngroups = re->nreps = 0;
    re->icase = (uint8_t)(icase != 0);
    f = parse_alt(&ps);
    if (!ps.err && ps.i != ps.n) ps.err = EG_IFV_BAD_PATTERN; /* an unmatched ')' */
    if (ps.err) return ps.err;
    re->node[f.last].next = -1;
    re->start = f.first;
    {
        uint32_t k;
        int16_t n = re->start;
        for (k = 0; k < re->nnodes; k++) {
            if (re->node[k].op == OP_CHAR) re->node[k].c = eg_uni_fold(re->node[k].b); /* for the i flag */
        }
        /* The first character any match consumes, when one atom decides it: assertions, group marks
         * and a repeat of at least one are looked through. Searching skips positions it rejects. */
        re->first = -1;
        while (n >= 0) {
            const eg_re_node *nd = &re->node[n];
            if (nd->op == OP_CHAR || nd->op == OP_CLASS) {
                re->first = n;
                break;
            }
            if (nd->op == OP_OPEN || nd->op == OP_CLOSE || nd->op == OP_JOIN || nd->op == OP_WORDB || nd->op == OP_LOOK || nd->op == OP_BOL) {
                n = nd->next;
            } else if (nd->op == OP_REP && nd->b >= 1u) {
                n = nd->child;
            } else {
                break;
            }
        }
    }
    pool->nnodes += re->nnodes;
    pool->nitems += re->nitems;
    return EG_OK;
}

/* ---------------------------------------------------------------- matcher */
typedef struct mstate {
    const eg_re *re;
    eg_txt t;
    uint32_t *caps;
    uint32_t cnt[64], rstart[64];
    uint32_t depth;
    uint64_t steps;
    int err;
    uint32_t end;
} mstate;

static int item_has(const eg_re_item *it, uint32_t c) {
    if (it->kind == 0) return c >= it->lo && c <= it->hi;
    if (it->kind == 1) return eg_uni_prop(c, (int)it->hi);
    return c <= 0x10FFFFu && !eg_uni_prop(c, (int)it->hi);
}

static int class_has(const eg_re *re, const eg_re_node *nd, uint32_t c) {
    uint32_t k;
    for (k = 0; k < nd->c; k++) {
        if (item_has(&re->item[nd->b + k], c)) return 1;
    }
    return 0;
}

/* JS CharacterSetMatcher: with i, some member of the class has c's canonical form. */
static int atom_match(const eg_re *re, const eg_re_node *nd, uint32_t c) {
    uint32_t others[8], n, k;
    int found;
    if (nd->op == OP_CHAR) {
        return c == nd->b || (re->icase && eg_uni_fold(c) == nd->c);
    }
    found = class_has(re, nd, c);
    if (!found && re->icase) {
        n = eg_uni_fold_others(c, others);
        for (k = 0; k < n && !found; k++) found = class_has(re, nd, others[k]);
    }
    return found != nd->neg;
}

static int word_at(const eg_re *re, eg_txt t, uint32_t i) {
    uint32_t others[8], n, k;
    if (eg_py_word(t.s[i])) return 1;
    if (!re->icase) return 0;
    n = eg_uni_fold_others(t.s[i], others);
    for (k = 0; k < n; k++) {
        if (eg_py_word(others[k])) return 1;
    }
    return 0;
}

static int m(mstate *st, int16_t ni, uint32_t i);

static int rep_try(mstate *st, int16_t ri, uint32_t i) {
    const eg_re_node *rp = &st->re->node[ri];
    uint32_t slot = rp->a, old = st->rstart[slot];
    if (st->cnt[slot] < rp->b) {
        st->rstart[slot] = i;
        if (m(st, rp->child, i)) return 1;
        st->rstart[slot] = old;
        return 0;
    }
    if (rp->greedy) {
        if (st->cnt[slot] < rp->c) {
            st->rstart[slot] = i;
            if (m(st, rp->child, i)) return 1;
            st->rstart[slot] = old;
            if (st->err) return 0;
        }
        return m(st, rp->next, i);
    }
    if (m(st, rp->next, i)) return 1;
    if (st->err) return 0;
    if (st->cnt[slot] < rp->c) {
        st->rstart[slot] = i;
        if (m(st, rp->child, i)) return 1;
        st->rstart[slot] = old;
    }
    return 0;
}

static int m(mstate *st, int16_t ni, uint32_t i) {
    const eg_re *re = st->re;
    int r = 0;
    if (st->err) return 0;
    if (++st->depth > EG_RE_MAX_DEPTH || ++st->steps > 200000000u) {
        st->err = EG_IFV_TOO_LARGE;
        return 0;
    }
    for (;;) {
        const eg_re_node *nd;
        if (ni < 0) {
            st->end = i;
            r = 1;
            break;
        }
        nd = &re->node[ni];
        switch (nd->op) {
        case OP_CHAR:
        case OP_CLASS:
            if (i >= st->t.n || !atom_match(re, nd, st->t.s[i])) goto done;
            i++;
            ni = nd->next;
            continue;
        case OP_BOL:
            if (i != 0) goto done;
            ni = nd->next;
            continue;
        case OP_EOL:
            if (i != st->t.n) goto done;
            ni = nd->next;
            continue;
        case OP_WORDB: {
            int a = i > 0 && word_at(re, st->t, i - 1), b = i < st->t.n && word_at(re, st->t, i);
            if ((a != b) == nd->neg) goto done;
            ni = nd->next;
            continue;
        }
        case OP_JOIN:
            ni = nd->next;
            continue;
        case OP_OPEN:
        case OP_CLOSE: {
            uint32_t slot = 2u * nd->a + (nd->op == OP_CLOSE), old = st->caps[slot];
            st->caps[slot] = i;
            r = m(st, nd->next, i);
            if (!r) st->caps[slot] = old;
            goto done;
        }
        case OP_ALT: {
            int16_t br;
            for (br = nd->child; br >= 0 && !st->err; br = re->node[br].alt) {
                if (m(st, re->node[br].child, i)) {
                    r = 1;
                    break;
                }
            }
            goto done;
        }
        case OP_SUCCEED:
            st->end = i;
            r = 1;
            goto done;
        case OP_LOOK: {
            int ok;
            uint32_t save_end = st->end;
            if (nd->greedy) { /* one-character lookbehind */
                ok = i > 0 && atom_match(re, &re->node[nd->child], st->t.s[i - 1]);
            } else {
                ok = m(st, nd->child, i);
                st->end = save_end;
            }
            if (st->err || ok == nd->neg) goto done;
            ni = nd->next;
            continue;
        }
        case OP_REP: {
            const eg_re_node *body = &re->node[nd->child];
            uint32_t slot = nd->a, oc = st->cnt[slot], os = st->rstart[slot];
            if ((body->op == OP_CHAR || body->op == OP_CLASS) && re->node[body->next].op == OP_REPEND) {
                /* A single-character body: count the run, then try the continuation at each length. */
                uint32_t k = 0, j;
                while (k < nd->c && i + k < st->t.n && atom_match(re, body, st->t.s[i + k])) k++;
                if (k < nd->b) goto done;
                if (nd->greedy) {
                    for (j = k + 1u; j-- > nd->b;) {
                        if (m(st, nd->next, i + j)) {
                            r = 1;
                            break;
                        }
                        if (st->err) break;
                    }
                } else {
                    for (j = nd->b; j <= k; j++) {
                        if (m(st, nd->next, i + j)) {
                            r = 1;
                            break;
                        }
                        if (st->err) break;
                    }
                }
                goto done;
            }
            st->cnt[slot] = 0;
            r = rep_try(st, ni, i);
            st->cnt[slot] = oc;
            st->rstart[slot] = os;
            goto done;
        }
        case OP_REPEND: {
            const eg_re_node *rp = &re->node[nd->rep];
            uint32_t slot = rp->a, oc = st->cnt[slot];
            /* An empty iteration past the minimum fails (ECMA-262 RepeatMatcher). */
            if (i == st->rstart[slot] && st->cnt[slot] + 1u > rp->b) goto done;
            st->cnt[slot] = oc + 1u;
            r = rep_try(st, nd->rep, i);
            st->cnt[slot] = oc;
            goto done;
        }
        default:
            st->err = EG_IFV_BAD_PATTERN;
            goto done;
        }
    }
done:
    st->depth--;
    return r;
}

int eg_re_search(const eg_re *re, eg_txt t, uint32_t from, uint32_t *caps) {
    mstate st;
    uint32_t i, k;
    st.re = re;
    st.t = t;
    st.caps = caps;
    st.depth = 0;
    st.steps = 0;
    st.err = 0;
    st.end = 0;
    for (i = from; i <= t.n; i++) {
        if (re->first >= 0 && (i >= t.n || !atom_match(re, &re->node[re->first], t.s[i]))) continue;
        for (k = 0; k < 2u * (re->ngroups + 1u); k++) caps[k] = UINT32_MAX;
        if (m(&st, re->start, i)) {
            caps[0] = i;
            caps[1] = st.end;
            return 1;
        }
        if (st.err) return -st.err;
    }
    return 0;
}

int64_t eg_re_count(const eg_re *re, eg_txt t) {
    uint32_t caps[2 * (EG_RE_MAX_GROUPS + 1)], at = 0;
    int64_t n = 0;
    for (;;) {
        int r = at <= t.n ? eg_re_search(re, t, at, caps) : 0;
        if (r < 0) return r;
        if (r == 0) return n;
        n++;
        at = caps[1] == caps[0] ? caps[1] + 1u : caps[1];
    }
}

int64_t eg_re_replace(const eg_re *re, eg_txt t, const char *tmpl, uint32_t *out, uint32_t cap) {
    uint32_t caps[2 * (EG_RE_MAX_GROUPS + 1)], at = 0, last = 0, n = 0, k;
    for (;;) {
        int r = at <= t.n ? eg_re_search(re, t, at, caps) : 0;
        const char *p;
        if (r < 0) return r;
        if (r == 0) break;
        for (k = last; k < caps[0]; k++) {
            if (n >= cap) return -EG_IFV_TOO_LARGE;
            out[n++] = t.s[k];
        }
        for (p = tmpl; *p; p++) {
            uint32_t a = UINT32_MAX, b = 0;
            if (*p == '$' && p[1] == '&') {
                a = caps[0], b = caps[1];
                p++;
            } else if (*p == '$' && p[1] >= '1' && p[1] <= '9' && (uint32_t)(p[1] - '0') <= re->ngroups) {
                uint32_t g = (uint32_t)(p[1] - '0');
                a = caps[2 * g], b = caps[2 * g + 1];
                p++;
                if (a == UINT32_MAX || b == UINT32_MAX) continue; /* unset group: empty */
            } else {
                if (n >= cap) return -EG_IFV_TOO_LARGE;
                out[n++] = (uint8_t)*p; /* templates are ASCII */
                continue;
            }
            for (k = a; k < b; k++) {
                if (n >= cap) return -EG_IFV_TOO_LARGE;
                out[n++] = t.s[k];
            }
        }
        last = caps[1];
        at = caps[1] == caps[0] ? caps[1] + 1u : caps[1];
    }
    for (k = last; k < t.n; k++) {
        if (n >= cap) return -EG_IFV_TOO_LARGE;
        out[n++] = t.s[k];
    }
    return n;
}
