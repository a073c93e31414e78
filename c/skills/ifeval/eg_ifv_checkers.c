/* The 25 instruction checks of src/skills/ifeval/checkers/ (the official instructions_registry),
 * bound to their kwargs as kwargs.ts validates them, each written as its TS counterpart: regexes are
 * the TS pattern text run by eg_ifv_re.c, kwargs used as regexes (keywords, section splitter,
 * postscript marker) are compiled as the TS code splices them. */
#include <string.h>
#include "eg_ifv_checkers.h"

static const char *const IDS[EG_IFV_IDS] = {
    "keywords:existence",
    "keywords:frequency",
    "keywords:forbidden_words",
    "keywords:letter_frequency",
    "language:response_language",
    "length_constraints:number_sentences",
    "length_constraints:number_words",
    "length_constraints:number_paragraphs",
    "length_constraints:nth_paragraph_first_word",
    "detectable_content:number_placeholders",
    "detectable_content:postscript",
    "detectable_format:number_bullet_lists",
    "detectable_format:constrained_response",
    "detectable_format:number_highlighted_sections",
    "detectable_format:multiple_sections",
    "detectable_format:json_format",
    "detectable_format:title",
    "combination:two_responses",
    "combination:repeat_prompt",
    "startend:end_checker",
    "startend:quotation",
    "change_case:capital_word_frequency",
    "change_case:english_capital",
    "change_case:english_lowercase",
    "punctuation:no_comma",
};

static int bytes_eq(eg_ifv_bytes b, const char *s) {
    size_t n = strlen(s);
    return b.n == n && memcmp(b.p, s, n) == 0;
}

static const eg_ifv_kwarg *find_kw(const eg_ifv_instr *in, const char *key) {
    uint32_t k;
    /* A JS object keeps the last value of a repeated key (JSON.parse). */
    const eg_ifv_kwarg *found = NULL;
    for (k = 0; k < in->nkw; k++) {
        if (bytes_eq(in->kw[k].key, key)) found = &in->kw[k];
    }
    return found;
}

static int int_arg(const eg_ifv_instr *in, const char *key, int64_t *v) {
    const eg_ifv_kwarg *kw = find_kw(in, key);
    if (!kw || kw->type != EG_KW_INT) return EG_IFV_BAD_INSTRUCTION;
    *v = kw->i;
    return EG_OK;
}

static int str_arg(const eg_ifv_instr *in, const char *key, eg_ifv_bytes *v) {
    const eg_ifv_kwarg *kw = find_kw(in, key);
    if (!kw || kw->type != EG_KW_STR) return EG_IFV_BAD_INSTRUCTION;
    *v = kw->s;
    return EG_OK;
}

static int list_arg(const eg_ifv_instr *in, const char *key, const eg_ifv_kwarg **v) {
    const eg_ifv_kwarg *kw = find_kw(in, key);
    if (!kw || kw->type != EG_KW_LIST || kw->nlist == 0u) return EG_IFV_BAD_INSTRUCTION;
    *v = kw;
    return EG_OK;
}

/* "less than" -> 1, "at least" -> 2. */
static int relation_arg(const eg_ifv_instr *in, const char *key, int *rel) {
    eg_ifv_bytes s;
    int rc = str_arg(in, key, &s);
    if (rc) return rc;
    if (bytes_eq(s, "less than")) {
        *rel = 1;
    } else if (bytes_eq(s, "at least")) {
        *rel = 2;
    } else {
        return EG_IFV_BAD_INSTRUCTION;
    }
    return EG_OK;
}

static int compare(int64_t actual, int rel, int64_t threshold) {
    return rel == 1 ? actual < threshold : actual >= threshold;
}

/* The bound's buffer (EG_IFV_MAX_ARG_CPS * 4 code points) in two halves: H0 for the value a check
 * compares, H1 for the decoded kwarg or a pattern's UTF-8. */
#define HALF (EG_IFV_MAX_ARG_CPS * 2u)

/* Decodes a kwarg string into one half of the bound's buffer. */
static int decode_arg(eg_ifv_bytes b, uint32_t *buf, eg_txt *out) {
    int64_t n = eg_ifv_decode(b.p, b.n, buf, HALF);
    if (n < 0) return EG_IFV_TOO_LARGE;
    out->s = buf;
    out->n = (uint32_t)n;
    return EG_OK;
}

/* Compiles pre + text + post (text: UTF-8 bytes) into scr->re[0], in the scratch's own pool. */
static int compile3(eg_ifv_scratch *scr, const char *pre, const uint8_t *text, uint32_t n, const char *post, int icase) {
    size_t a = strlen(pre), c = strlen(post);
    eg_re_pool pool;
    if (a + n + c > sizeof scr->pat) return EG_IFV_TOO_LARGE;
    memcpy(scr->pat, pre, a);
    if (n) memcpy(scr->pat + a, text, n);
    memcpy(scr->pat + a + n, post, c);
    pool.node = scr->re_nodes;
    pool.nnodes = 0;
    pool.max_nodes = EG_RE_MAX_NODES;
    pool.item = scr->re_items;
    pool.nitems = 0;
    pool.max_items = EG_RE_MAX_ITEMS;
    return eg_re_compile(&scr->re[0], &pool, scr->pat, (uint32_t)(a + n + c), icase);
}

int eg_ifv_bind(const eg_ifv_instr *in, eg_ifv_bound *b, uint32_t *argbuf, eg_ifv_scratch *scr) {
    int k, rc = EG_OK;
    eg_ifv_bytes s;
    memset(b, 0, sizeof *b);
    b->kind = -1;
    for (k = 0; k < EG_IFV_IDS; k++) {
        if (bytes_eq(in->id, IDS[k])) b->kind = k;
    }
    switch (b->kind) {
    case EG_ID_EXISTENCE: {
        uint32_t i;
        rc = list_arg(in, "keywords", &b->list);
        for (i = 0; !rc && i < b->list->nlist; i++) {
            rc = compile3(scr, "", b->list->list[i].p, b->list->list[i].n, "", 1);
        }
        break;
    }
    case EG_ID_FREQUENCY:
        rc = str_arg(in, "keyword", &s);
        if (!rc) rc = decode_arg(s, argbuf, &b->a);
        if (!rc) b->a = eg_py_strip(b->a);
        if (!rc) rc = int_arg(in, "frequency", &b->n);
        if (!rc) rc = relation_arg(in, "relation", &b->rel);
        if (!rc) {
            int64_t n = eg_utf8_encode(b->a, (char *)(argbuf + HALF), HALF * 4u);
            b->a_bytes.p = (const uint8_t *)(argbuf + HALF);
            b->a_bytes.n = (uint32_t)(n < 0 ? 0 : n);
            rc = n < 0 ? EG_IFV_TOO_LARGE : compile3(scr, "", b->a_bytes.p, b->a_bytes.n, "", 1);
        }
        break;
    case EG_ID_FORBIDDEN: {
        uint32_t i;
        rc = list_arg(in, "forbidden_words", &b->list);
        for (i = 0; !rc && i < b->list->nlist; i++) {
            rc = compile3(scr, "\\b", b->list->list[i].p, b->list->list[i].n, "\\b", 1);
        }
        break;
    }
    case EG_ID_LETTER: {
        eg_txt raw;
        int64_t n;
        rc = str_arg(in, "letter", &s);
        if (!rc) rc = decode_arg(s, argbuf, &raw);
        /* raw.length === 0 (UTF-16) is zero code points; more than one code point is refused. */
        if (!rc && (raw.n == 0u || raw.n > 1u)) rc = EG_IFV_BAD_INSTRUCTION;
        if (!rc) {
            raw = eg_py_strip(raw);
            n = eg_js_lower(raw, argbuf + 8, 8);
            b->a.s = argbuf + 8;
            b->a.n = (uint32_t)n;
        }
        if (!rc) rc = int_arg(in, "let_frequency", &b->n);
        if (!rc) rc = relation_arg(in, "let_relation", &b->rel);
        break;
    }
    case EG_ID_LANGUAGE:
        rc = str_arg(in, "language", &s);
        if (!rc) rc = decode_arg(s, argbuf, &b->a);
        break;
    case EG_ID_SENTENCES:
        rc = int_arg(in, "num_sentences", &b->n);
        if (!rc) rc = relation_arg(in, "relation", &b->rel);
        break;
    case EG_ID_WORDS:
        rc = int_arg(in, "num_words", &b->n);
        if (!rc) rc = relation_arg(in, "relation", &b->rel);
        break;
    case EG_ID_PARAGRAPHS:
        rc = int_arg(in, "num_paragraphs", &b->n);
        break;
    case EG_ID_NTH_PARAGRAPH: {
        eg_txt w;
        int64_t n;
        rc = int_arg(in, "num_paragraphs", &b->n);
        if (!rc) rc = int_arg(in, "nth_paragraph", &b->n2);
        if (!rc) rc = str_arg(in, "first_word", &s);
        if (!rc) rc = decode_arg(s, argbuf + HALF, &w);
        if (!rc) {
            n = eg_js_lower(w, argbuf, HALF);
            if (n < 0) rc = EG_IFV_TOO_LARGE;
            b->a.s = argbuf;
            b->a.n = (uint32_t)n;
        }
        if (!rc && (b->n2 < 1 || b->n2 > b->n)) rc = EG_IFV_BAD_INSTRUCTION;
        break;
    }
    case EG_ID_PLACEHOLDERS:
        rc = int_arg(in, "num_placeholders", &b->n);
        break;
    case EG_ID_POSTSCRIPT: {
        eg_txt m;
        static const uint32_t pps[] = {'P', '.', 'P', '.', 'S'}, ps[] = {'P', '.', 'S', '.'};
        eg_txt tp, tps;
        tp.s = pps, tp.n = 5, tps.s = ps, tps.n = 4;
        rc = str_arg(in, "postscript_marker", &s);
        if (!rc) rc = decode_arg(s, argbuf + HALF, &m);
        if (rc) break;
        m = eg_py_strip(m);
        if (eg_txt_eq(m, tp)) {
            b->pattern = "\\s*p\\.\\s?p\\.\\s?s";
        } else if (eg_txt_eq(m, tps)) {
            b->pattern = "\\s*p\\.\\s?s\\.";
        } else {
            /* pyRegexSource(pyLower(marker)): the marker text is lowered before it is a pattern. */
            int64_t n = eg_js_lower(m, argbuf, HALF), e;
            eg_txt low;
            if (n < 0) {
                rc = EG_IFV_TOO_LARGE;
                break;
            }
            low.s = argbuf;
            low.n = (uint32_t)n;
            e = eg_utf8_encode(low, (char *)(argbuf + HALF), HALF * 4u);
            if (e < 0) {
                rc = EG_IFV_TOO_LARGE;
                break;
            }
            b->a_bytes.p = (const uint8_t *)(argbuf + HALF);
            b->a_bytes.n = (uint32_t)e;
        }
        rc = b->pattern ? compile3(scr, b->pattern, NULL, 0, "", 0) : compile3(scr, "\\s*", b->a_bytes.p, b->a_bytes.n, "", 0);
        break;
    }
    case EG_ID_BULLETS:
        rc = int_arg(in, "num_bullets", &b->n);
        break;
    case EG_ID_HIGHLIGHTS:
        rc = int_arg(in, "num_highlights", &b->n);
        break;
    case EG_ID_SECTIONS:
        rc = str_arg(in, "section_spliter", &s);
        if (!rc) rc = decode_arg(s, argbuf + HALF, &b->a);
        if (!rc) rc = int_arg(in, "num_sections", &b->n);
        if (!rc) {
            int64_t e = eg_utf8_encode(eg_py_strip(b->a), (char *)argbuf, HALF * 4u);
            if (e < 0) {
                rc = EG_IFV_TOO_LARGE;
                break;
            }
            b->a_bytes.p = (const uint8_t *)argbuf;
            b->a_bytes.n = (uint32_t)e;
            rc = compile3(scr, "\\s?", b->a_bytes.p, b->a_bytes.n, "\\s?\\d+\\s?", 0);
        }
        break;
    case EG_ID_REPEAT:
    case EG_ID_END: {
        /* prompt_to_repeat / end_phrase, stripped and lowered once. */
        eg_txt p;
        int64_t n;
        rc = str_arg(in, b->kind == EG_ID_REPEAT ? "prompt_to_repeat" : "end_phrase", &s);
        if (!rc) rc = decode_arg(s, argbuf + HALF, &p);
        if (!rc) {
            n = eg_js_lower(eg_py_strip(p), argbuf, HALF);
            if (n < 0) rc = EG_IFV_TOO_LARGE;
            b->a.s = argbuf;
            b->a.n = (uint32_t)n;
        }
        break;
    }
    case EG_ID_CAPITAL_FREQ:
        rc = int_arg(in, "capital_frequency", &b->n);
        if (!rc) rc = relation_arg(in, "capital_relation", &b->rel);
        break;
    case EG_ID_CONSTRAINED:
    case EG_ID_JSON:
    case EG_ID_TITLE:
    case EG_ID_TWO:
    case EG_ID_QUOTATION:
    case EG_ID_ENGLISH_CAPITAL:
    case EG_ID_ENGLISH_LOWER:
    case EG_ID_NO_COMMA:
        break;
    default:
        rc = EG_IFV_BAD_INSTRUCTION;
        break;
    }
    return rc;
}

/* ---------------------------------------------------------------- checks */
static int64_t lower_into(eg_txt t, uint32_t *buf, eg_txt *out) {
    int64_t n = eg_js_lower(t, buf, EG_IFV_MAX_CPS * 2u);
    if (n < 0) return -EG_IFV_TOO_LARGE;
    out->s = buf;
    out->n = (uint32_t)n;
    return 0;
}

/* The number of pieces of value.split(sep) (a string separator, matched left to right without overlap). */
static uint32_t split_count(eg_txt v, eg_txt sep) {
    uint32_t n = 1, at = 0;
    for (;;) {
        int64_t f = eg_txt_find(v, sep, at);
        if (f < 0) return n;
        n++;
        at = (uint32_t)f + sep.n;
    }
}

/* The piece `index` of value.split(sep). */
static eg_txt split_piece(eg_txt v, eg_txt sep, uint32_t index) {
    uint32_t at = 0, k;
    eg_txt r;
    for (k = 0; k < index; k++) at = (uint32_t)eg_txt_find(v, sep, at) + sep.n;
    {
        int64_t f = eg_txt_find(v, sep, at);
        r.s = v.s + at;
        r.n = (f < 0 ? v.n : (uint32_t)f) - at;
    }
    return r;
}

static int lang_is(const eg_ifv_ctx *ctx, eg_txt v, eg_txt want, eg_ifv_scratch *scr, int en) {
    char code[16];
    int r;
    uint32_t i;
#if EG_IFV_HAVE_LANGDETECT
    if (!ctx->langdetect) return -EG_IFV_NO_LANGDETECT;
    r = eg_ifv_detect(ctx->langdetect, v, code, scr);
#else
    /* A build without langdetect (the board: no FPU) refuses the language checks. */
    (void)ctx, (void)v, (void)scr;
    return -EG_IFV_NO_LANGDETECT;
#endif
    if (r <= 0) return r == 0 ? 1 : r; /* no features: followed */
    if (en) return strcmp(code, "en") == 0;
    for (i = 0; i < want.n; i++) {
        if (code[i] == 0 || (uint32_t)(uint8_t)code[i] != want.s[i]) return 0;
    }
    return code[i] == 0;
}

static int count_ws_words(eg_txt v) {
    uint32_t i = 0;
    int n = 0;
    while (i < v.n) {
        if (!eg_py_word(v.s[i])) {
            i++;
            continue;
        }
        n++;
        while (i < v.n && eg_py_word(v.s[i])) i++;
    }
    return n;
}

int eg_ifv_check(const eg_ifv_ctx *ctx, const eg_ifv_bound *b, const eg_ifv_instr *in, eg_txt v, eg_ifv_scratch *scr) {
    static const uint32_t NL2[] = {'\n', '\n'}, STARS6[] = {'*', '*', '*', '*', '*', '*'};
    uint32_t *caps = scr->caps;
    int64_t r;
    switch (b->kind) {
    case EG_ID_EXISTENCE: {
        uint32_t i;
        for (i = 0; i < b->list->nlist; i++) {
            int rc = compile3(scr, "", b->list->list[i].p, b->list->list[i].n, "", 1);
            if (rc) return -rc;
            r = eg_re_search(&scr->re[0], v, 0, caps);
            if (r <= 0) return (int)r;
        }
        return 1;
    }
    case EG_ID_FREQUENCY: {
        int rc = compile3(scr, "", b->a_bytes.p, b->a_bytes.n, "", 1);
        if (rc) return -rc;
        r = eg_re_count(&scr->re[0], v);
        return r < 0 ? (int)r : compare(r, b->rel, b->n);
    }
    case EG_ID_FORBIDDEN: {
        uint32_t i;
        for (i = 0; i < b->list->nlist; i++) {
            int rc = compile3(scr, "\\b", b->list->list[i].p, b->list->list[i].n, "\\b", 1);
            if (rc) return -rc;
            r = eg_re_search(&scr->re[0], v, 0, caps);
            if (r != 0) return r < 0 ? (int)r : 0;
        }
        return 1;
    }
    case EG_ID_LETTER: {
        eg_txt low;
        uint32_t i, n = 0;
        if (lower_into(v, scr->work[0], &low) < 0) return -EG_IFV_TOO_LARGE;
        if (b->a.n == 1u) {
            for (i = 0; i < low.n; i++) n += low.s[i] == b->a.s[0];
        }
        return compare(n, b->rel, b->n);
    }
    case EG_ID_LANGUAGE:
        return lang_is(ctx, v, b->a, scr, 0);
    case EG_ID_SENTENCES:
        r = eg_ifv_sentences(ctx->regs, ctx->punkt, v, scr->spans, EG_IFV_MAX_TOKENS, scr);
        return r < 0 ? (int)r : compare(r, b->rel, b->n);
    case EG_ID_WORDS:
        return compare(count_ws_words(v), b->rel, b->n);
    case EG_ID_PARAGRAPHS: {
        /* value.split(/\s?\*\*\*\s?/): pieces between leftmost matches. */
        uint32_t at = 0, start = 0, npieces = 0, i = 0, total;
        int64_t count;
        eg_txt piece;
        /* first pass: number of pieces */
        for (at = 0;;) {
            int64_t e = -1;
            uint32_t q;
            for (q = at; q < v.n; q++) {
                if (eg_py_space(v.s[q]) && q + 3u < v.n + 0u && v.s[q + 1] == '*' && v.s[q + 2] == '*' && v.s[q + 3] == '*') {
                    e = q + 4;
                } else if (q + 2u < v.n && v.s[q] == '*' && v.s[q + 1] == '*' && v.s[q + 2] == '*') {
                    e = q + 3;
                }
                if (e >= 0) break;
            }
            if (e < 0) break;
            if ((uint32_t)e < v.n && eg_py_space(v.s[e])) e++;
            scr->spans[2 * npieces] = start;
            scr->spans[2 * npieces + 1] = q;
            if (++npieces >= EG_IFV_MAX_TOKENS) return -EG_IFV_TOO_LARGE;
            start = at = (uint32_t)e;
        }
        scr->spans[2 * npieces] = start;
        scr->spans[2 * npieces + 1] = v.n;
        total = npieces + 1u;
        count = total;
        for (i = 0; i < total; i++) {
            piece.s = v.s + scr->spans[2 * i];
            piece.n = scr->spans[2 * i + 1] - scr->spans[2 * i];
            if (eg_py_strip(piece).n) continue;
            if (i == 0 || i == total - 1u) {
                count--;
            } else {
                return 0;
            }
        }
        return count == b->n;
    }
    case EG_ID_NTH_PARAGRAPH: {
        eg_txt sep, para, word;
        uint32_t total, count = 0, i, got[EG_IFV_MAX_ARG_CPS * 2u], ng = 0;
        sep.s = NL2;
        sep.n = 2;
        total = split_count(v, sep);
        for (i = 0; i < total; i++) count += eg_py_strip(split_piece(v, sep, i)).n > 0u;
        if (b->n2 > (int64_t)count) return 0;
        para = eg_py_strip(split_piece(v, sep, (uint32_t)(b->n2 - 1)));
        if (!para.n) return 0;
        word = para;
        for (i = 0; i < para.n; i++) {
            if (eg_py_space(para.s[i])) break;
        }
        word.n = i; /* pySplit(paragraph)[0]: the paragraph is stripped, so its first run */
        word = eg_py_strip_chars(word, "'", 1, 0);
        word = eg_py_strip_chars(word, "\"", 1, 0);
        {
            /* pyLower of each code point on its own (no Final_Sigma context), up to the first . , ? ! ' " */
            for (i = 0; i < word.n; i++) {
                uint32_t c = word.s[i], low[4], j;
                eg_txt one;
                int64_t n;
                if (c == '.' || c == ',' || c == '?' || c == '!' || c == '\'' || c == '"') break;
                one.s = &word.s[i];
                one.n = 1;
                n = eg_js_lower(one, low, 4);
                if (n < 0 || ng + (uint32_t)n > sizeof got / sizeof got[0]) return -EG_IFV_TOO_LARGE;
                for (j = 0; j < (uint32_t)n; j++) got[ng++] = low[j];
            }
        }
        {
            eg_txt g;
            g.s = got;
            g.n = ng;
            return count == (uint64_t)b->n && eg_txt_eq(g, b->a);
        }
    }
    case EG_ID_PLACEHOLDERS:
        r = eg_re_count(&ctx->regs->placeholder, v);
        return r < 0 ? (int)r : r >= b->n;
    case EG_ID_POSTSCRIPT: {
        eg_txt low;
        int rc = b->pattern ? compile3(scr, b->pattern, NULL, 0, "", 0) : compile3(scr, "\\s*", b->a_bytes.p, b->a_bytes.n, "", 0);
        if (rc) return -rc;
        if (lower_into(v, scr->work[0], &low) < 0) return -EG_IFV_TOO_LARGE;
        r = eg_re_search(&scr->re[0], low, 0, caps);
        return (int)r;
    }
    case EG_ID_BULLETS: {
        int64_t a = eg_re_count(&ctx->regs->star_bullet, v), c;
        if (a < 0) return (int)a;
        c = eg_re_count(&ctx->regs->dash_bullet, v);
        if (c < 0) return (int)c;
        return a + c == b->n;
    }
    case EG_ID_CONSTRAINED: {
        static const char *const opts[] = {"My answer is yes.", "My answer is no.", "My answer is maybe."};
        eg_txt s = eg_py_strip(v), o;
        uint32_t buf[24], k, j;
        for (k = 0; k < 3; k++) {
            for (j = 0; opts[k][j]; j++) buf[j] = (uint8_t)opts[k][j];
            o.s = buf;
            o.n = j;
            if (eg_txt_find(s, o, 0) >= 0) return 1;
        }
        return 0;
    }
    case EG_ID_HIGHLIGHTS: {
        int64_t count = 0;
        uint32_t at = 0;
        for (;;) {
            int m = at <= v.n ? eg_re_search(&ctx->regs->highlight, v, at, caps) : 0;
            eg_txt t;
            if (m < 0) return m;
            if (m == 0) break;
            t.s = v.s + caps[0];
            t.n = caps[1] - caps[0];
            count += eg_py_strip(eg_py_strip_chars(t, "*", 1, 1)).n > 0u;
            at = caps[1];
        }
        for (at = 0;;) {
            int m = at <= v.n ? eg_re_search(&ctx->regs->double_highlight, v, at, caps) : 0;
            eg_txt t;
            if (m < 0) return m;
            if (m == 0) break;
            t.s = v.s + caps[0] + 2u;
            t.n = caps[1] - caps[0] - 4u;
            count += eg_py_strip(t).n > 0u;
            at = caps[1];
        }
        return count >= b->n;
    }
    case EG_ID_SECTIONS: {
        int rc = compile3(scr, "\\s?", b->a_bytes.p, b->a_bytes.n, "\\s?\\d+\\s?", 0);
        if (rc) return -rc;
        r = eg_re_count(&scr->re[0], v);
        /* split() also returns each capture group of each match. */
        return r < 0 ? (int)r : r * (1 + (int64_t)scr->re[0].ngroups) >= b->n;
    }
    case EG_ID_JSON: {
        static const char *const pre[] = {"```json", "```Json", "```JSON", "```"};
        eg_txt s = eg_py_strip(v);
        uint32_t k, j;
        for (k = 0; k < 4; k++) {
            for (j = 0; pre[k][j] && j < s.n && s.s[j] == (uint8_t)pre[k][j]; j++) {
            }
            if (pre[k][j] == 0) {
                s.s += j;
                s.n -= j;
            }
        }
        if (s.n >= 3u && s.s[s.n - 1] == '`' && s.s[s.n - 2] == '`' && s.s[s.n - 3] == '`') s.n -= 3;
        return eg_py_json_loads(eg_py_strip(s));
    }
    case EG_ID_TITLE: {
        uint32_t at = 0;
        for (;;) {
            int m = at <= v.n ? eg_re_search(&ctx->regs->title, v, at, caps) : 0;
            eg_txt t;
            if (m <= 0) return m;
            t.s = v.s + caps[0];
            t.n = caps[1] - caps[0];
            if (eg_py_strip(eg_py_strip_chars(eg_py_strip_chars(t, "<", 1, 0), ">", 0, 1)).n) return 1;
            at = caps[1];
        }
    }
    case EG_ID_TWO: {
        eg_txt sep, first = {NULL, 0}, second = {NULL, 0};
        uint32_t total, i, valid = 0;
        sep.s = STARS6;
        sep.n = 6;
        total = split_count(v, sep);
        for (i = 0; i < total; i++) {
            eg_txt p = split_piece(v, sep, i);
            if (eg_py_strip(p).n) {
                if (valid == 0) first = p;
                if (valid == 1) second = p;
                valid++;
            } else if (i != 0 && i != total - 1u) {
                return 0;
            }
        }
        return valid == 2u && !eg_txt_eq(eg_py_strip(first), eg_py_strip(second));
    }
    case EG_ID_REPEAT: {
        eg_txt low;
        if (lower_into(eg_py_strip(v), scr->work[0], &low) < 0) return -EG_IFV_TOO_LARGE;
        return eg_txt_starts(low, b->a);
    }
    case EG_ID_END: {
        eg_txt low;
        if (lower_into(eg_py_strip_chars(eg_py_strip(v), "\"", 1, 1), scr->work[0], &low) < 0) return -EG_IFV_TOO_LARGE;
        return eg_txt_ends(low, b->a);
    }
    case EG_ID_QUOTATION: {
        eg_txt s = eg_py_strip(v);
        return s.n > 1u && s.s[0] == '"' && s.s[s.n - 1u] == '"';
    }
    case EG_ID_CAPITAL_FREQ:
        r = eg_ifv_count_upper_words(ctx->regs, ctx->punkt, v, scr);
        return r < 0 ? (int)r : compare(r, b->rel, b->n);
    case EG_ID_ENGLISH_CAPITAL:
        if (!eg_py_isupper(v)) return 0;
        return lang_is(ctx, v, v, scr, 1);
    case EG_ID_ENGLISH_LOWER:
        if (!eg_py_islower(v)) return 0;
        return lang_is(ctx, v, v, scr, 1);
    case EG_ID_NO_COMMA: {
        uint32_t i;
        for (i = 0; i < v.n; i++) {
            if (v.s[i] == ',') return 0;
        }
        return 1;
    }
    default:
        (void)in;
        return -EG_IFV_BAD_INSTRUCTION;
    }
}
