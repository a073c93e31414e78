/* nltk.word_tokenize as src/skills/ifeval/word-tokenize.ts runs it (Punkt sentences, then NLTK 3.9's
 * NLTKWordTokenizer rules on each), for change_case:capital_word_frequency: the count of tokens for
 * which str.isupper() holds. The rules are the TS regexes, text for text, run by eg_ifv_re.c; the
 * fixed patterns of Punkt and langdetect are compiled here too (eg_ifv_regs_init). */
#include <string.h>
#include "eg_ifv.h"

#define NON_WORD "(?:[)\";}\\]*:@'({\\[?!])"
#define MULTI_CHAR "(?:-{2,}|\\.{2,}|(?:\\.\\s){2,}\\.)"
#define WORD_START "[^(\"`{\\[:;&#*@)}\\]\\-,]"
#define END "(?=\\n?$)"

typedef struct rule {
    const char *pat, *tmpl;
    int icase;
} rule;

/* STARTING_QUOTES, PUNCTUATION, PARENS_BRACKETS + DOUBLE_DASHES, then (on " " + text + " ")
 * ENDING_QUOTES and CONTRACTIONS. TB_ENDING is the index of the first rule of the second group. */
static const rule TB[] = {
    {"([\xC2\xAB\xE2\x80\x9C\xE2\x80\x98\xE2\x80\x9E]|[`]+)", " $1 ", 0},
    {"^\"", "``", 0},
    {"(``)", " $1 ", 0},
    {"([ ([{<])(\"|'{2})", "$1 `` ", 0},
    {"(?<!\\w)(')(?!(?:re|ve|ll|m|t|s|d|n)\\b)(?=\\w)", "$1 ", 1},
    {"([^.])(\\.)([\\])}>\"'\xC2\xBB\xE2\x80\x9D\xE2\x80\x99 ]*)\\s*" END, "$1 $2 $3 ", 0},
    {"([:,])([^\\d])", " $1 $2", 0},
    {"([:,])" END, " $1 ", 0},
    {"\\.{2,}", " $& ", 0},
    {"[;@#$%&]", " $& ", 0},
    {"[\\u2012-\\u2015]", " $& ", 0},
    {"([^.])(\\.)([\\])}>\"']*)\\s*" END, "$1 $2$3 ", 0},
    {"[?!]", " $& ", 0},
    {"([^'])' ", "$1 ' ", 0},
    {"[*]", " $& ", 0},
    {"[\\][(){}<>]", " $& ", 0},
    {"--", " -- ", 0},
    /* TB_ENDING */
    {"([\xC2\xBB\xE2\x80\x9D\xE2\x80\x99])", " $1 ", 0},
    {"''", " '' ", 0},
    {"\"", " '' ", 0},
    {"\\s+", " ", 0},
    {"([^' ])('[sS]|'[mM]|'[dD]|') ", "$1 $2 ", 0},
    {"([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) ", "$1 $2 ", 0},
    {"\\b(can)(not)\\b", " $1 $2 ", 1},
    {"\\b(d)('ye)\\b", " $1 $2 ", 1},
    {"\\b(gim)(me)\\b", " $1 $2 ", 1},
    {"\\b(gon)(na)\\b", " $1 $2 ", 1},
    {"\\b(got)(ta)\\b", " $1 $2 ", 1},
    {"\\b(lem)(me)\\b", " $1 $2 ", 1},
    {"\\b(more)('n)\\b", " $1 $2 ", 1},
    {"\\b(wan)(na)(?=\\s)", " $1 $2 ", 1},
    {" ('t)(is)\\b", " $1 $2 ", 1},
    {" ('t)(was)\\b", " $1 $2 ", 1},
};
#define TB_ENDING 17u

static int compile_in(eg_re_pool *pool, eg_re *re, const char *pat, int icase) {
    return eg_re_compile(re, pool, pat, (uint32_t)strlen(pat), icase);
}

#define compile(re, pat, icase) compile_in(&rg->pool, (re), (pat), (icase))

int eg_ifv_regs_init(eg_ifv_regs *rg) {
    uint32_t k;
    int rc;
    rg->pool.node = rg->nodes;
    rg->pool.nnodes = 0;
    rg->pool.max_nodes = EG_IFV_REGS_NODES;
    rg->pool.item = rg->items;
    rg->pool.nitems = 0;
    rg->pool.max_items = EG_IFV_REGS_ITEMS;
    rc = compile(&rg->pk_word, MULTI_CHAR "|(?=" WORD_START ")\\S+?(?=\\s|$|" NON_WORD "|" MULTI_CHAR "|,(?=$|\\s|" NON_WORD "|" MULTI_CHAR
                                          "))|\\S", 0);
    if (rc) return rc;
    rc = compile(&rg->pk_period, "[.?!](?=(" NON_WORD "|\\s+(\\S+)))", 0);
    if (rc) return rc;
    rc = compile(&rg->pk_realign, "^[\"')\\]}]+?(?:\\s+|(?=--)|(?=\\n|$))", 0);
    if (rc) return rc;
    if (sizeof TB / sizeof TB[0] > sizeof rg->tb / sizeof rg->tb[0]) return EG_IFV_TOO_LARGE;
    for (k = 0; k < sizeof TB / sizeof TB[0]; k++) {
        rc = compile(&rg->tb[k], TB[k].pat, TB[k].icase);
        if (rc) return rc;
    }
    rg->ntb = k;
    rc = compile(&rg->ld_url, "https?:\\/\\/[-_.?&~;+=/#0-9A-Za-z]{1,2076}", 0);
    if (rc) return rc;
    rc = compile(&rg->ld_mail, "[-_.0-9A-Za-z]{1,64}@[-_0-9A-Za-z]{1,255}[-_.0-9A-Za-z]{1,255}", 0);
    if (rc) return rc;
    if ((rc = compile(&rg->placeholder, "\\[.*?\\]", 0)) != 0) return rc;
    /* ML_START: (?<![\s\S]) is "no character before"; \s is Python's whitespace set. */
    if ((rc = compile(&rg->star_bullet, "(?:(?<![\\x00-\\u{10ffff}])|(?<=\\n))\\s*\\*[^*][^\\n]*", 0)) != 0) return rc;
    if ((rc = compile(&rg->dash_bullet, "(?:(?<![\\x00-\\u{10ffff}])|(?<=\\n))\\s*-[^\\n]*", 0)) != 0) return rc;
    if ((rc = compile(&rg->highlight, "\\*[^\\n*]*\\*", 0)) != 0) return rc;
    if ((rc = compile(&rg->double_highlight, "\\*\\*[^\\n*]*\\*\\*", 0)) != 0) return rc;
    if ((rc = compile(&rg->title, "<<[^\\n]+>>", 0)) != 0) return rc;
    return compile(&rg->ld_vi, "([AEIOUYaeiouy\\u00c2\\u00ca\\u00d4\\u00e2\\u00ea\\u00f4\\u0102\\u0103\\u01a0\\u01a1\\u01af\\u01b0])"
                               "([\\u0300\\u0301\\u0303\\u0309\\u0323])", 0);
}

/* treebankTokenize of one sentence: the rules ping-pong between two work buffers; then pySplit. The
 * buffers are Punkt's (pctx, ptype): the sentences were found before, and sent is not in them. */
static int64_t count_sentence(const eg_ifv_regs *rg, eg_txt sent, eg_ifv_scratch *scr) {
    uint32_t *a = scr->pctx, *b = scr->ptype, cap = EG_IFV_MAX_CPS * 2u, k, i, n, *dst;
    eg_txt cur;
    int64_t count = 0;
    cur = sent;
    for (k = 0; k < rg->ntb; k++) {
        int64_t r;
        if (k == TB_ENDING) { /* ` ${text} ` */
            if (cur.n + 2u > cap) return -EG_IFV_TOO_LARGE;
            dst = cur.s == a ? b : a;
            dst[0] = ' ';
            for (i = 0; i < cur.n; i++) dst[i + 1u] = cur.s[i];
            dst[cur.n + 1u] = ' ';
            cur.s = dst;
            cur.n += 2u;
        }
        dst = cur.s == a ? b : a;
        r = eg_re_replace(&rg->tb[k], cur, TB[k].tmpl, dst, cap);
        if (r < 0) return r;
        cur.s = dst;
        cur.n = (uint32_t)r;
    }
    /* pySplit: whitespace runs; count the tokens that are isupper(). */
    n = cur.n;
    for (i = 0; i < n;) {
        eg_txt tok;
        while (i < n && eg_py_space(cur.s[i])) i++;
        if (i >= n) break;
        tok.s = cur.s + i;
        while (i < n && !eg_py_space(cur.s[i])) i++;
        tok.n = (uint32_t)(cur.s + i - tok.s);
        count += eg_py_isupper(tok);
    }
    return count;
}

int64_t eg_ifv_count_upper_words(const eg_ifv_regs *rg, const eg_ifv_punkt *p, eg_txt t, eg_ifv_scratch *scr) {
    int64_t ns = eg_ifv_sentences(rg, p, t, scr->spans, EG_IFV_MAX_TOKENS, scr), s, total = 0;
    if (ns < 0) return ns;
    for (s = 0; s < ns; s++) {
        eg_txt sent;
        int64_t c;
        sent.s = t.s + scr->spans[2 * s];
        sent.n = scr->spans[2 * s + 1] - scr->spans[2 * s];
        c = count_sentence(rg, sent, scr);
        if (c < 0) return c;
        total += c;
    }
    return total;
}
