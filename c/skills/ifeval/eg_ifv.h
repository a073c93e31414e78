/* The IFEval verifier in C99 (docs/ifeval.md "The verifier in C"): the 25 instruction checks of
 * src/skills/ifeval/, strict and loose, verdict-identical to the TypeScript verifier. Text is UTF-8
 * decoded as TextDecoder does (ill-formed bytes become U+FFFD) into code points; every string
 * operation then follows the JavaScript the TS verifier runs (its regexes with the u flag, its
 * Python emulation in py.ts). No malloc on the checking path: all working memory is the caller's
 * eg_ifv_scratch, whose limits (below) give EG_IFV_TOO_LARGE, never another verdict. */
#ifndef EG_IFV_H
#define EG_IFV_H

#include <stddef.h>
#include <stdint.h>
#include "eg_errors.h"

/* ---------------------------------------------------------------- limits */
#ifndef EG_IFV_MAX_CPS
#define EG_IFV_MAX_CPS 65536u /* code points of a response (and of each loose variant) */
#endif
#ifndef EG_IFV_MAX_ARG_CPS
#define EG_IFV_MAX_ARG_CPS 1024u /* code points of one kwarg string (keyword, phrase, prompt_to_repeat: 4x) */
#endif
#ifndef EG_IFV_MAX_TOKENS
#define EG_IFV_MAX_TOKENS 16384u /* Punkt tokens of one line set / sentence candidates of one text */
#endif
#ifndef EG_IFV_MAX_INSTR
#define EG_IFV_MAX_INSTR 16u /* instructions of one prompt */
#endif
#ifndef EG_RE_MAX_NODES
#define EG_RE_MAX_NODES 320u /* compiled regex nodes (a keyword of n characters needs about n + 8) */
#endif
#ifndef EG_RE_MAX_ITEMS
#define EG_RE_MAX_ITEMS 192u /* class items of one regex */
#endif
#define EG_RE_MAX_GROUPS 8u
#ifndef EG_RE_MAX_DEPTH
#define EG_RE_MAX_DEPTH 20000u /* recursion of the backtracking matcher (the board: 1,000) */
#endif

/* ---------------------------------------------------------------- text */
typedef struct eg_txt {
    const uint32_t *s;
    uint32_t n;
} eg_txt;

/* ---------------------------------------------------------------- regex (eg_ifv_re.c)
 * A backtracking matcher for the JavaScript regex subset (u flag) the TS verifier builds, with the
 * Python meanings the TS code spells out: \s is Python's whitespace set, \w is [\p{L}\p{N}_], \d is
 * \p{Nd}, \b the boundary of that \w, `.` is [^\n]; ^ and $ are input start and end. Supported:
 * literals, classes (ranges, \p{L N Nd Nl No Lt Uppercase Lowercase}), groups (capturing, (?:),
 * (?<name>)), |, * + ? {n,m} greedy and lazy, lookahead, one-character lookbehind, the i flag
 * (simple case folding, as /iu). Anything else is EG_IFV_BAD_PATTERN. */
typedef struct eg_re_node {
    uint8_t op, greedy, neg;
    uint8_t a;         /* group index, property id */
    uint32_t b;        /* code point; class item start; repeat min */
    uint32_t c;        /* class item count; repeat max */
    int16_t next, child, alt, rep; /* graph links (-1: none / END) */
} eg_re_node;

typedef struct eg_re_item {
    uint32_t lo, hi; /* range; for a property: hi = property id */
    uint8_t kind;    /* 0 range, 1 property, 2 negated property */
} eg_re_item;

/* Node and item storage shared by several compiled patterns (each takes what it needs). */
typedef struct eg_re_pool {
    eg_re_node *node;
    uint32_t nnodes, max_nodes;
    eg_re_item *item;
    uint32_t nitems, max_items;
} eg_re_pool;

typedef struct eg_re {
    eg_re_node *node;  /* in the pool it was compiled into */
    eg_re_item *item;
    uint16_t max_nodes, max_items;
    uint16_t nnodes, nitems, ngroups, nreps;
    int16_t start;
    int16_t first; /* a CHAR/CLASS node every match starts with, or -1 */
    uint8_t icase;
} eg_re;

/* Compiles a UTF-8 pattern into the free part of pool (at most EG_RE_MAX_NODES nodes and EG_RE_MAX_ITEMS
 * items); on success the pool keeps what it used. */
int eg_re_compile(eg_re *re, eg_re_pool *pool, const char *pat, uint32_t len, int icase);
/* Leftmost match at or after `from`: 1 with caps[0..2*(ngroups+1)) (UINT32_MAX where unset), 0 none, or
 * a negative -EG_IFV_TOO_LARGE. */
int eg_re_search(const eg_re *re, eg_txt t, uint32_t from, uint32_t *caps);
/* Number of non-overlapping matches (JS global exec loop), or a negative error. */
int64_t eg_re_count(const eg_re *re, eg_txt t);
/* String.prototype.replace with a /g regex and a template ($1..$9, $&): writes to out (cap cps), returns
 * the length or a negative error. */
int64_t eg_re_replace(const eg_re *re, eg_txt t, const char *tmpl, uint32_t *out, uint32_t cap);

/* ---------------------------------------------------------------- Unicode and Python helpers (eg_ifv_unicode.c) */
enum { EG_UP_L, EG_UP_N, EG_UP_ND, EG_UP_NL, EG_UP_NO, EG_UP_LT, EG_UP_UPPER, EG_UP_LOWER, EG_UP_CASED, EG_UP_CASE_IGNORABLE, EG_UP_COUNT };
int eg_uni_prop(uint32_t cp, int prop);
int eg_py_space(uint32_t cp);   /* str.isspace(), Python \s */
int eg_py_word(uint32_t cp);    /* [\p{L}\p{N}_] */
/* The /iu equivalence class of cp: writes up to 8 members other than cp, returns their count. */
uint32_t eg_uni_fold_others(uint32_t cp, uint32_t *out);
uint32_t eg_uni_fold(uint32_t cp); /* a canonical member of cp's class */
/* String.prototype.toLowerCase (Final_Sigma included) into out[cap]; the length, or -1 when out is too small. */
int64_t eg_js_lower(eg_txt t, uint32_t *out, uint32_t cap);
eg_txt eg_py_strip(eg_txt t);
eg_txt eg_py_rstrip(eg_txt t);
int eg_py_isupper(eg_txt t);
int eg_py_islower(eg_txt t);
int eg_txt_eq(eg_txt a, eg_txt b);
int eg_txt_starts(eg_txt a, eg_txt b);
int eg_txt_ends(eg_txt a, eg_txt b);
int64_t eg_txt_find(eg_txt hay, eg_txt needle, uint32_t from);
/* eg_ifv_py.c: json.loads acceptance (1/0, or -EG_IFV_TOO_LARGE past 2,000 nested brackets), str.strip(chars)
 * with an ASCII set, and UTF-8 encoding (the length, or -1 when more than cap bytes). */
int eg_py_json_loads(eg_txt t);
eg_txt eg_py_strip_chars(eg_txt t, const char *chars, int left, int right);
int64_t eg_utf8_encode(eg_txt t, char *out, uint32_t cap);
/* Decodes UTF-8 like TextDecoder; returns the code point count or -1 when more than cap. */
int64_t eg_ifv_decode(const uint8_t *b, size_t n, uint32_t *out, uint32_t cap);

/* ---------------------------------------------------------------- Punkt (eg_ifv_punkt.c)
 * The English parameters are user-provided data (not shipped), so they are never compiled in: the host
 * reads the text files at run time (eg_ifv_data.c) and can write them as one blob, which a board build
 * embeds as read-only data. Either way the verifier sees this read-only view. */
enum { EG_PK_ABBREV, EG_PK_COLLOC, EG_PK_STARTER, EG_PK_ORTHO, EG_PK_TABLES };
typedef struct eg_ifv_punkt {
    const uint32_t *pool;              /* code points of all strings */
    const uint32_t *ent[EG_PK_TABLES]; /* per entry: pool offset, length, value; sorted by string */
    uint32_t nent[EG_PK_TABLES];
    uint32_t npool;
} eg_ifv_punkt;
/* Code point strings in the tables' order. */
int eg_ifv_cmp_cps(const uint32_t *a, uint32_t an, const uint32_t *b, uint32_t bn);
/* Finds key in table k: 1 with *val set, else 0. */
int eg_ifv_punkt_get(const eg_ifv_punkt *p, int k, eg_txt key, uint32_t *val);
/* The blob (little-endian u32 words, 4-aligned): "EGPK", version 1, npool, nent[4], pool, then each
 * table's entries. Returns EG_OK or EG_IFV_BAD_DATA (also for a misaligned or inconsistent blob). */
int eg_ifv_punkt_from_blob(eg_ifv_punkt *p, const uint8_t *blob, uint32_t len);
typedef struct eg_ifv_scratch eg_ifv_scratch;
typedef struct eg_ifv_regs eg_ifv_regs;
/* Sentence spans [start, end) of t into spans[2*i], spans[2*i+1]; returns the count or a negative error. */
int64_t eg_ifv_sentences(const eg_ifv_regs *rg, const eg_ifv_punkt *p, eg_txt t, uint32_t *spans, uint32_t max_spans, eg_ifv_scratch *scr);
/* nltk.word_tokenize(t): the number of tokens for which str.isupper() holds, or a negative error. */
int64_t eg_ifv_count_upper_words(const eg_ifv_regs *rg, const eg_ifv_punkt *p, eg_txt t, eg_ifv_scratch *scr);

/* ---------------------------------------------------------------- langdetect (eg_ifv_langdetect.c, host only: doubles) */
#ifndef EG_IFV_HAVE_LANGDETECT
#define EG_IFV_HAVE_LANGDETECT 1 /* 0: language checks give EG_IFV_NO_LANGDETECT (no double in the build) */
#endif
typedef struct eg_ifv_langdetect eg_ifv_langdetect;
/* Writes the language code (e.g. "en", "zh-cn") to code[16]; returns 1 detected, 0 when Python would
 * raise "No features in text" (null in TS), or a negative error. "unknown" is returned as a code. */
int eg_ifv_detect(const eg_ifv_langdetect *ld, eg_txt t, char *code, eg_ifv_scratch *scr);

/* ---------------------------------------------------------------- the verifier (eg_ifv_evaluate.c) */
/* The fixed patterns, compiled once by eg_ifv_regs_init into the struct's own pool. */
#define EG_IFV_REGS_NODES 640u /* the fixed patterns use 526 */
#define EG_IFV_REGS_ITEMS 480u  /* and 368 class items */
struct eg_ifv_regs {
    eg_re_node nodes[EG_IFV_REGS_NODES];
    eg_re_item items[EG_IFV_REGS_ITEMS];
    eg_re_pool pool;
    eg_re pk_word, pk_period, pk_realign;       /* Punkt */
    eg_re tb[40];                                /* Treebank rules, in order (33) */
    uint32_t ntb;
    eg_re ld_url, ld_mail, ld_vi;               /* langdetect */
    eg_re placeholder, star_bullet, dash_bullet, highlight, double_highlight, title; /* checks */
};
int eg_ifv_regs_init(eg_ifv_regs *rg);

typedef struct eg_ifv_ctx {
    const eg_ifv_regs *regs;
    const eg_ifv_punkt *punkt;
    const eg_ifv_langdetect *langdetect; /* NULL: a language check gives EG_IFV_NO_LANGDETECT */
} eg_ifv_ctx;

enum { EG_KW_INT = 0, EG_KW_STR = 1, EG_KW_LIST = 2, EG_KW_OTHER = 3 };
typedef struct eg_ifv_bytes {
    const uint8_t *p;
    uint32_t n;
} eg_ifv_bytes;
typedef struct eg_ifv_kwarg {
    eg_ifv_bytes key;
    int type;
    int64_t i;
    eg_ifv_bytes s;
    const eg_ifv_bytes *list;
    uint32_t nlist;
} eg_ifv_kwarg;
typedef struct eg_ifv_instr {
    eg_ifv_bytes id;
    const eg_ifv_kwarg *kw;
    uint32_t nkw;
} eg_ifv_instr;

/* Caller-owned working memory of one judgement (about 4 MB with the default limits). The members before
 * arg hold nothing between two calls (a check, a judgement, sentences, upper-case words): the enforcer's
 * board firmware overlaps them with the responder's detect and compose memory (docs/ifeval-enforce.md). */
struct eg_ifv_scratch {
    uint32_t resp[EG_IFV_MAX_CPS];
    uint32_t var[EG_IFV_MAX_CPS];        /* the current loose variant */
    uint32_t work[1][EG_IFV_MAX_CPS * 2]; /* lowering (the word tokenizer and langdetect ping-pong in pctx and ptype) */
    uint32_t spans[EG_IFV_MAX_TOKENS * 2];
    uint32_t slices[EG_IFV_MAX_TOKENS * 2];
    /* Punkt: one candidate's context and the token types; outside Punkt, the two work buffers of the
     * word tokenizer (run on the sentence spans after Punkt) and of langdetect (which has no Punkt) */
    uint32_t pctx[EG_IFV_MAX_CPS * 2 + 2];
    uint32_t ptype[EG_IFV_MAX_CPS * 2 + 2];
    struct eg_ifv_ptok {
        uint32_t s, e, ts, tl;
        uint8_t flags;
    } ptok[EG_IFV_MAX_TOKENS];
    uint32_t arg[EG_IFV_MAX_INSTR][EG_IFV_MAX_ARG_CPS * 4];
    char pat[EG_IFV_MAX_ARG_CPS * 4 + 64];  /* a kwarg pattern being compiled */
    uint32_t caps[2 * (EG_RE_MAX_GROUPS + 1)];
    eg_re re[1];                             /* a kwarg pattern (keywords, splitter, marker) */
    eg_re_node re_nodes[EG_RE_MAX_NODES];
    eg_re_item re_items[EG_RE_MAX_ITEMS];
#if EG_IFV_HAVE_LANGDETECT
    uint32_t ld_text[10000];             /* langdetect: the first 10,000 prepared code points */
    uint32_t ld_grams[30000];            /* langdetect: the known n-grams found (row indices) */
#endif
};

/* Verdicts of one prompt's instructions for one response: strict[i], loose[i] are 0/1. */
int eg_ifv_judge(const eg_ifv_ctx *ctx, const eg_ifv_instr *ins, uint32_t n, const uint8_t *resp, uint32_t resp_len,
                 uint8_t *strict, uint8_t *loose, eg_ifv_scratch *scr);

#endif /* EG_IFV_H */
