/* The enforcer's orchestration <-> enforce.ts (with requirements.ts, job.ts and combination.ts):
 * detect the plan, bind its requirements to the C verifier, return a draft that already verifies,
 * fall back to the composer for another language, unwrap, run the fixers in enforce.ts's order for
 * at most 4 passes, finish, and fall back when the composer meets what the edits could not. */
#include <string.h>
#include "eg_ifr_enforce_int.h"
#include "eg_utf8.h"

/* ---------------------------------------------------------------- requirements.ts */

typedef struct req_builder {
    eg_ifr_enf_scratch *e;
    int err;
} req_builder;

static eg_ifv_bytes bytes_s(eg_str s) {
    eg_ifv_bytes b;
    b.p = s.p;
    b.n = s.n;
    return b;
}

static eg_ifv_bytes bytes_c(const char *c) { return bytes_s(eg_enf_c(c)); }

static eg_ifv_instr *push_req(req_builder *b, const char *id) {
    eg_ifr_enf_scratch *e = b->e;
    eg_ifv_instr *in;
    if (e->nreq >= EG_IFV_MAX_INSTR) {
        b->err = EG_IFV_TOO_LARGE;
        return NULL;
    }
    in = &e->ins[e->nreq];
    in->id = bytes_c(id);
    in->kw = e->kw[e->nreq];
    in->nkw = 0;
    e->nreq++;
    return in;
}

static eg_ifv_kwarg *kw_new(eg_ifv_instr *in, const char *key, int type) {
    eg_ifv_kwarg *k = (eg_ifv_kwarg *)&in->kw[in->nkw++];
    memset(k, 0, sizeof(*k));
    k->key = bytes_c(key);
    k->type = type;
    return k;
}

static void kw_int(eg_ifv_instr *in, const char *key, int64_t v) { kw_new(in, key, EG_KW_INT)->i = v; }

static void kw_str(eg_ifv_instr *in, const char *key, eg_ifv_bytes v) { kw_new(in, key, EG_KW_STR)->s = v; }

static void kw_list(req_builder *b, eg_ifv_instr *in, const char *key, const eg_str *items, uint32_t n) {
    uint32_t r = (uint32_t)(in - b->e->ins), i;
    eg_ifv_kwarg *k = kw_new(in, key, EG_KW_LIST);
    for (i = 0; i < n; i++) b->e->list[r][i] = bytes_s(items[i]);
    k->list = b->e->list[r];
    k->nlist = n;
}

/* literalPattern (requirements.ts): the official checkers read keywords and forbidden words as Python regular
 * expressions; a detected word is meant literally, so its pattern syntax is escaped ("." stays). Kept in the job. */
static eg_str literal_pattern(eg_enf_job *j, eg_str x) {
    eg_wr w;
    uint32_t i;
    for (i = 0; i < x.n && (x.p[i] == 0 || !strchr("\\^$*+?{}[]()|", x.p[i])); i++) {}
    if (i == x.n) return x;
    eg_enf_wr(&w, j->e, EB_LOW);
    for (i = 0; i < x.n; i++) {
        if (x.p[i] != 0 && strchr("\\^$*+?{}[]()|", x.p[i])) eg_wr_c(&w, "\\");
        eg_wr_bytes(&w, x.p + i, 1);
    }
    return eg_enf_keep(j, eg_enf_done(j, &w));
}

/* literal_list: the words as patterns, in the job's list scratch of this requirement builder. */
static void literal_list(eg_enf_job *j, const eg_str *items, uint32_t n, eg_str *out) {
    uint32_t i;
    for (i = 0; i < n; i++) out[i] = literal_pattern(j, items[i]);
}

/* relations(): "at least lo" and/or "less than hi + 1", with one extra kwarg (keyword or letter). */
static void relations(req_builder *b, eg_range r, const char *key, const char *rel, const char *id, const char *xkey, eg_str x) {
    eg_ifv_instr *in;
    if (r.lo > 0) {
        if (!(in = push_req(b, id))) return;
        if (xkey) kw_str(in, xkey, bytes_s(x));
        kw_str(in, rel, bytes_c("at least"));
        kw_int(in, key, r.lo);
    }
    if (r.hi < EG_IFR_INF) {
        if (!(in = push_req(b, id))) return;
        if (xkey) kw_str(in, xkey, bytes_s(x));
        kw_str(in, rel, bytes_c("less than"));
        kw_int(in, key, r.hi + 1);
    }
}

static int plan_requirements(eg_enf_job *j) {
    const eg_plan *p = j->plan;
    req_builder b;
    eg_ifv_instr *in;
    eg_str lit[EG_IFR_MAX_LIST];
    uint32_t i;
    b.e = j->e;
    b.err = 0;
    j->e->nreq = 0;
#define PUSH(id) if ((in = push_req(&b, id)) != NULL)
    if (p->lang != EG_IFR_NONE) {
        PUSH("language:response_language") kw_str(in, "language", bytes_s(eg_ifr_string(j->r, p->lang)));
    } else if (p->english) { /* a prompt not written in English asks for English (requirements.ts) */
        PUSH("language:response_language") kw_str(in, "language", bytes_c("en"));
    }
    if (p->has_repeat) PUSH("combination:repeat_prompt") kw_str(in, "prompt_to_repeat", bytes_s(p->repeat));
    if (p->two) PUSH("combination:two_responses") {}
    if (p->n_forbid) PUSH("keywords:forbidden_words") {
        literal_list(j, p->forbid, p->n_forbid, lit);
        kw_list(&b, in, "forbidden_words", lit, p->n_forbid);
    }
    if (p->no_comma) PUSH("punctuation:no_comma") {}
    if (p->has_words) relations(&b, p->words, "num_words", "relation", "length_constraints:number_words", NULL, p->repeat);
    if (p->has_sents) relations(&b, p->sents, "num_sentences", "relation", "length_constraints:number_sentences", NULL, p->repeat);
    if (p->n_keywords) PUSH("keywords:existence") {
        literal_list(j, p->keywords, p->n_keywords, lit);
        kw_list(&b, in, "keywords", lit, p->n_keywords);
    }
    for (i = 0; i < p->n_kwfreq; i++) {
        if (p->kwfreq[i].hi == 0) continue;
        relations(&b, p->kwfreq[i], "frequency", "relation", "keywords:frequency", "keyword", literal_pattern(j, p->kwfreq_key[i]));
    }
    for (i = 0; i < p->n_letters; i++) {
        if (p->letters[i].hi == 0) {
            PUSH("keywords:letter_frequency") {
                kw_str(in, "letter", bytes_s(p->letter_key[i]));
                kw_str(in, "let_relation", bytes_c("less than"));
                kw_int(in, "let_frequency", 1);
            }
        } else relations(&b, p->letters[i], "let_frequency", "let_relation", "keywords:letter_frequency", "letter", p->letter_key[i]);
    }
    if (p->placeholders > 0) PUSH("detectable_content:number_placeholders") kw_int(in, "num_placeholders", p->placeholders);
    if (p->highlights > 0) PUSH("detectable_format:number_highlighted_sections") kw_int(in, "num_highlights", p->highlights);
    if (p->has_sec_mark && p->sec_count > 0) PUSH("detectable_format:multiple_sections") {
        kw_str(in, "section_spliter", bytes_s(p->sec_mark));
        kw_int(in, "num_sections", p->sec_count);
    }
    if (p->has_nth) {
        PUSH("length_constraints:nth_paragraph_first_word") {
            kw_int(in, "num_paragraphs", p->par_count);
            kw_int(in, "nth_paragraph", p->nth_n);
            kw_str(in, "first_word", bytes_s(eg_enf_keep(j, eg_enf_case(j, p->nth_word, 0, EB_LOW))));
        }
    } else if (p->par_sep == 1 && p->par_count > 0) {
        PUSH("length_constraints:number_paragraphs") kw_int(in, "num_paragraphs", p->par_count);
    }
    if (p->has_bullets) PUSH("detectable_format:number_bullet_lists") kw_int(in, "num_bullets", p->bullets);
    if (p->title) PUSH("detectable_format:title") {}
    if (p->constrained) PUSH("detectable_format:constrained_response") {}
    if (p->postscript) PUSH("detectable_content:postscript") kw_str(in, "postscript_marker", bytes_s(j->ps_marker));
    if (p->has_end) PUSH("startend:end_checker") kw_str(in, "end_phrase", bytes_s(p->end_phrase));
    if (p->has_caps && !p->upper && !p->lower) relations(&b, p->caps, "capital_frequency", "capital_relation", "change_case:capital_word_frequency", NULL, p->repeat);
    if (p->upper) {
        PUSH("change_case:english_capital") {}
    } else if (p->lower) {
        PUSH("change_case:english_lowercase") {}
    }
    if (p->quote) PUSH("startend:quotation") {}
    if (p->json) PUSH("detectable_format:json_format") {}
#undef PUSH
    return b.err;
}

/* ---------------------------------------------------------------- checks (job.ts) */

int eg_enf_check(eg_enf_job *j, uint32_t i, eg_str text) {
    eg_txt t;
    int64_t n = eg_ifv_decode(text.p, text.n, j->vs->resp, EG_IFV_MAX_CPS);
    int v;
    if (n < 0) {
        if (!j->err) j->err = EG_IFV_TOO_LARGE;
        return -1;
    }
    t.s = j->vs->resp;
    t.n = (uint32_t)n;
    v = eg_ifv_check(j->v, &j->bound[i], &j->e->ins[i], t, j->vs);
    if (v < 0) {
        if (!j->err) j->err = -v;
        return -1;
    }
    return v;
}

uint32_t eg_enf_failing(eg_enf_job *j, eg_str body, uint32_t skip_ids) {
    eg_str text = eg_enf_finish(j, body);
    uint32_t i, bad = 0;
    for (i = 0; i < j->e->nreq && !j->err; i++) {
        if (skip_ids >> j->bound[i].kind & 1u) continue;
        if (eg_enf_check(j, i, text) == 0) bad |= 1u << j->bound[i].kind;
    }
    return bad;
}

int eg_enf_holds(eg_enf_job *j, int kind, eg_str body) {
    eg_str text = eg_enf_finish(j, body);
    uint32_t i;
    for (i = 0; i < j->e->nreq && !j->err; i++) {
        if (j->bound[i].kind == kind && eg_enf_check(j, i, text) == 0) return 0;
    }
    return 1;
}

static uint32_t pass_count(eg_enf_job *j, eg_str text) {
    uint32_t i, n = 0;
    for (i = 0; i < j->e->nreq && !j->err; i++) n += eg_enf_check(j, i, text) == 1;
    return n;
}

/* ---------------------------------------------------------------- combination.ts */

uint32_t eg_enf_split_blocks(eg_enf_job *j, eg_str b, uint32_t *spans, uint32_t max) {
    uint32_t n = 0, start = 0, i = 0;
    while (i < b.n) {
        if (b.p[i] == '\n') {
            uint32_t k = i + 1u;
            while (k < b.n && (b.p[k] == ' ' || b.p[k] == '\t')) k++;
            if (k < b.n && b.p[k] == '\n') {
                if (n + 1u >= max) {
                    if (!j->err) j->err = EG_IFR_TOO_LARGE;
                    return n;
                }
                spans[2u * n] = start, spans[2u * n + 1u] = i, n++;
                start = i = k + 1u;
                continue;
            }
        }
        i++;
    }
    spans[2u * n] = start, spans[2u * n + 1u] = b.n, n++;
    return n;
}

static const char TWO_SEP[] = "******";

/* twoValid: exactly two different non-empty responses split by ******. */
static int two_valid(eg_str t) {
    eg_str parts[3];
    uint32_t np = 0, valid = 0, from = 0;
    eg_str sep = eg_enf_c(TWO_SEP), v[2];
    int last = 0;
    while (!last) {
        int64_t at = eg_str_find(t, sep, from);
        eg_str part;
        if (at < 0) {
            part = eg_str_sub(t, from, t.n);
            last = 1;
        } else {
            part = eg_str_sub(t, from, (uint32_t)at);
            from = (uint32_t)at + sep.n;
        }
        /* a blank part strictly between separators makes it invalid */
        if (np > 0u && !last && eg_str_trim(part).n == 0u) return 0;
        if (eg_str_trim(part).n > 0u) {
            if (valid < 2u) v[valid] = eg_str_trim(part);
            valid++;
        }
        if (np < 3u) parts[np] = part;
        np++;
    }
    (void)parts;
    return valid == 2u && !eg_str_eq(v[0], v[1]);
}

static eg_str second_response(eg_enf_job *j, eg_str body, eg_str fallback) {
    uint32_t *sp = j->e->spans2, n, i, k = 0;
    eg_str bt, line, first;
    n = eg_enf_split_blocks(j, body, sp, EG_ENF_MAX_SPANS);
    for (i = 0; i < n; i++) {
        if (eg_str_trim(eg_enf_s(body.p + sp[2u * i], sp[2u * i + 1u] - sp[2u * i])).n > 0u) k++;
    }
    if (k > 1u) {
        for (i = 0; i < n; i++) {
            eg_str b = eg_str_trim(eg_enf_s(body.p + sp[2u * i], sp[2u * i + 1u] - sp[2u * i]));
            if (b.n > 0u) return b;
        }
    }
    bt = eg_str_trim(body);
    line = bt;
    for (i = 0; i < bt.n; i++) {
        if (bt.p[i] == '\n') {
            line.n = i;
            break;
        }
    }
    n = eg_enf_sentence_spans(line, sp, EG_ENF_MAX_SPANS, j);
    first = n > 1u ? eg_str_sub(bt, sp[0], sp[1]) : eg_enf_s(bt.p, 0);
    return first.n > 0u && !eg_str_eq(first, bt) ? first : fallback;
}

eg_str eg_enf_finish(eg_enf_job *j, eg_str body) {
    const eg_plan *p = j->plan;
    eg_wr w;
    eg_str t = body;
    if (p->two || p->has_repeat) {
        eg_enf_wr(&w, j->e, EB_F0);
        if (p->has_repeat) {
            eg_wr_str(&w, p->repeat);
            eg_wr_c(&w, "\n\n");
        }
        if (p->two && !two_valid(t)) {
            eg_wr_str(&w, eg_enf_rtrim(t));
            eg_wr_c(&w, "\n\n");
            eg_wr_c(&w, TWO_SEP);
            eg_wr_c(&w, "\n\n");
            eg_wr_str(&w, second_response(j, t, j->n_fill ? j->fillers[0] : eg_enf_c("")));
        } else eg_wr_str(&w, t);
        t = eg_enf_done(j, &w);
    }
    if (p->upper || p->lower) t = eg_enf_case(j, t, p->upper, t.p == j->e->buf[EB_F0] ? EB_F1 : EB_F0);
    eg_enf_wr(&w, j->e, EB_FIN);
    if (p->json && !j->keep_json) {
        if (!(p->quote || p->has_end)) eg_wr_c(&w, "{\"answer\": ");
        eg_wr_json(&w, t);
        if (!(p->quote || p->has_end)) eg_wr_c(&w, "}");
    } else if (p->quote && !(t.n > 1u && t.p[0] == '"' && t.p[t.n - 1u] == '"')) {
        eg_wr_c(&w, "\"");
        eg_wr_str(&w, t);
        eg_wr_c(&w, "\"");
    } else eg_wr_str(&w, t);
    return eg_enf_done(j, &w);
}

/* Lowercase letter/digit word tokens of x (lowered into buffer buf): spans into the lowered copy. */
static uint32_t word_tokens(eg_enf_job *j, eg_str x, int buf, uint32_t *spans, eg_str *low) {
    uint32_t i = 0, n = 0, cp, len;
    *low = eg_enf_case(j, x, 0, buf);
    while (i < low->n) {
        uint32_t s = i;
        len = eg_u8_dec(low->p, low->n, i, &cp);
        if (!(eg_uni_is_l(cp) || eg_uni_is_n(cp))) {
            i += len;
            continue;
        }
        while (i < low->n) {
            len = eg_u8_dec(low->p, low->n, i, &cp);
            if (!(eg_uni_is_l(cp) || eg_uni_is_n(cp))) break;
            i += len;
        }
        if (n >= EG_ENF_MAX_WORDS) {
            if (!j->err) j->err = EG_IFR_TOO_LARGE;
            return n;
        }
        spans[2u * n] = s, spans[2u * n + 1u] = i, n++;
    }
    return n;
}

static uint32_t lcs_len(eg_enf_job *j, eg_str la, const uint32_t *a, uint32_t na, eg_str lb, const uint32_t *b, uint32_t nb) {
    int32_t *prev = j->e->lcs[0], *cur = j->e->lcs[1], *tmp;
    uint32_t x, y;
    if (na == 0u || nb == 0u) return 0;
    memset(prev, 0, sizeof(int32_t) * (nb + 1u));
    memset(cur, 0, sizeof(int32_t) * (nb + 1u));
    for (x = 1; x <= na; x++) {
        eg_str ta = eg_str_sub(la, a[2u * (x - 1u)], a[2u * (x - 1u) + 1u]);
        for (y = 1; y <= nb; y++) {
            eg_str tb = eg_str_sub(lb, b[2u * (y - 1u)], b[2u * (y - 1u) + 1u]);
            cur[y] = eg_str_eq(ta, tb) ? prev[y - 1u] + 1 : (prev[y] > cur[y - 1u] ? prev[y] : cur[y - 1u]);
        }
        tmp = prev, prev = cur, cur = tmp;
    }
    return (uint32_t)prev[nb];
}

/* stripFences: s.trim() without a leading ```lang line and a trailing ``` */
static eg_str strip_fences(eg_str s) {
    uint32_t i, ws_from, len;
    s = eg_str_trim(s);
    if (s.n >= 3u && memcmp(s.p, "```", 3) == 0) {
        i = 3;
        while (i < s.n && ((s.p[i] | 0x20u) >= 'a' && (s.p[i] | 0x20u) <= 'z')) i++;
        while (i < s.n) { /* \s* (then \n? finds nothing left to take) */
            uint32_t cp;
            len = eg_u8_dec(s.p, s.n, i, &cp);
            if (!eg_uni_is_space(cp)) break;
            i += len;
        }
        s = eg_str_sub(s, i, s.n);
    }
    ws_from = eg_enf_rtrim(s).n;
    for (i = 0; i < s.n; i++) {
        uint32_t k = i + (s.p[i] == '\n' ? 1u : 0u);
        if (k + 3u <= s.n && memcmp(s.p + k, "```", 3) == 0 && k + 3u >= ws_from) return eg_str_sub(s, 0, i);
    }
    return s;
}

#define REPEAT_OVERLAP_PERMILLE 600u

/* unwrap(plan, draft, keepJson) into buffer EB_T0 (or a view of the draft). */
static eg_str unwrap(eg_enf_job *j, eg_str draft) {
    const eg_plan *p = j->plan;
    eg_str body = eg_str_trim(draft);
    if (p->json && !j->keep_json) {
        eg_str inner = strip_fences(body);
        int64_t n = eg_ifv_decode(inner.p, inner.n, j->e->cps, EG_ENF_BUF_CAP);
        eg_txt t;
        int v;
        if (n < 0) {
            j->err = EG_IFR_TOO_LARGE;
            return body;
        }
        t.s = j->e->cps;
        t.n = (uint32_t)n;
        v = eg_py_json_loads(t);
        if (v < 0) {
            j->err = -v;
            return body;
        }
        body = inner;
        if (v) { /* a JSON draft's words stay, as text: jsonText(JSON.parse(inner)).trim() || inner */
            eg_wr w;
            int parsed, rc;
            eg_enf_wr(&w, j->e, EB_KW);
            rc = eg_enf_json_text(j, inner, &w, &parsed);
            if (rc) {
                j->err = rc;
                return body;
            }
            if (parsed && eg_str_trim(eg_enf_done(j, &w)).n > 0u) body = eg_str_trim(eg_enf_done(j, &w));
        }
    }
    if (p->quote && body.n > 1u && body.p[0] == '"' && body.p[body.n - 1u] == '"') body = eg_str_trim(eg_str_sub(body, 1, body.n - 1u));
    if (p->has_repeat) {
        eg_str req = eg_str_trim(p->repeat);
        eg_str lb = eg_enf_case(j, body, 0, EB_T0), lr = eg_enf_case(j, req, 0, EB_T1);
        if (lb.n >= lr.n && memcmp(lb.p, lr.p, lr.n) == 0) {
            int64_t at = eg_enf_u16_byte(body, eg_enf_u16_len(req));
            if (at < 0 && eg_enf_u16_len(body) > eg_enf_u16_len(req)) {
                j->err = EG_IFR_ENFORCE_NOT_PORTED;
                return body;
            }
            body = at < 0 ? eg_enf_s(body.p, 0) : eg_str_trim(eg_str_sub(body, (uint32_t)at, body.n));
        } else {
            uint32_t *sp = j->e->spans, nb = eg_enf_split_blocks(j, body, sp, EG_ENF_MAX_SPANS), nw, nf;
            eg_str lw, lf;
            if (nb > 1u) {
                nw = word_tokens(j, req, EB_T0, j->e->wa, &lw);
                nf = word_tokens(j, eg_enf_s(body.p + sp[0], sp[1] - sp[0]), EB_T1, j->e->wb, &lf);
                if (nw > 0u && lcs_len(j, lw, j->e->wa, nw, lf, j->e->wb, nf) * 1000u >= nw * REPEAT_OVERLAP_PERMILLE) {
                    eg_wr w;
                    uint32_t i;
                    eg_enf_wr(&w, j->e, EB_T0);
                    for (i = 1; i < nb; i++) {
                        if (i > 1u) eg_wr_c(&w, "\n\n");
                        eg_wr_bytes(&w, body.p + sp[2u * i], sp[2u * i + 1u] - sp[2u * i]);
                    }
                    body = eg_str_trim(eg_enf_done(j, &w));
                }
            }
        }
    }
    return body;
}

/* ---------------------------------------------------------------- the fixers (enforce.ts FIXERS) */

typedef struct fixer_row {
    int id;
    eg_enf_fixer fix; /* NULL: not ported yet */
} fixer_row;

static const fixer_row FIXERS[] = {
    {EG_ID_FORBIDDEN, eg_enf_fix_forbidden},
    {EG_ID_NO_COMMA, eg_enf_fix_no_comma},
    {EG_ID_FREQUENCY, eg_enf_fix_frequency},
    {EG_ID_LETTER, eg_enf_fix_letters},
    {EG_ID_EXISTENCE, eg_enf_fix_existence},
    {EG_ID_PLACEHOLDERS, eg_enf_fix_placeholders},
    {EG_ID_CONSTRAINED, eg_enf_fix_constrained},
    {EG_ID_SENTENCES, eg_enf_fix_sentences},
    {EG_ID_WORDS, eg_enf_fix_words},
    {EG_ID_SECTIONS, eg_enf_fix_sections},
    {EG_ID_PARAGRAPHS, eg_enf_fix_star_paragraphs},
    {EG_ID_NTH_PARAGRAPH, eg_enf_fix_nth_paragraph},
    {EG_ID_BULLETS, eg_enf_fix_bullets},
    {EG_ID_HIGHLIGHTS, eg_enf_fix_highlights},
    {EG_ID_TITLE, eg_enf_fix_title},
    {EG_ID_POSTSCRIPT, eg_enf_fix_postscript},
    {EG_ID_END, eg_enf_fix_end_phrase},
    {EG_ID_CAPITAL_FREQ, eg_enf_fix_capital_words},
};

/* runFixers: the body ends in buffer *cur. */
static eg_str run_fixers(eg_enf_job *j, eg_str body, int *cur) {
    int pass;
    uint32_t f;
    for (pass = 0; pass < EG_ENF_MAX_PASSES && !j->err; pass++) {
        if (eg_enf_failing(j, body, 0) == 0u || j->err) break;
        for (f = 0; f < sizeof(FIXERS) / sizeof(FIXERS[0]) && !j->err; f++) {
            eg_wr w;
            uint32_t bad = eg_enf_failing(j, body, 0);
            if (j->err || !(bad >> FIXERS[f].id & 1u)) continue;
            if (!FIXERS[f].fix) {
                j->err = EG_IFR_ENFORCE_NOT_PORTED;
                break;
            }
            *cur ^= 1;
            eg_enf_wr(&w, j->e, *cur);
            j->err = FIXERS[f].fix(j, body, &w);
            if (!j->err) body = eg_enf_done(j, &w);
        }
    }
    return body;
}

/* ---------------------------------------------------------------- enforceOne */

/* A copy of x, decoded as TextDecoder decodes it (ill-formed bytes become U+FFFD), in buffer buf. */
static eg_str sanitize(eg_enf_job *j, const uint8_t *p, uint32_t n, int buf) {
    eg_wr w;
    size_t pos = 0;
    eg_enf_wr(&w, j->e, buf);
    while (pos < n) eg_wr_cp(&w, eg_utf8_next(p, n, &pos));
    return eg_enf_done(j, &w);
}

static int is_topic_stop(eg_str w) {
    static const char *const stop[12] = {"of", "for", "on", "about", "the", "a", "an", "and", "or", "to", "in", "with"};
    uint32_t q, k;
    for (q = 0; q < 12u; q++) {
        if (strlen(stop[q]) != w.n) continue;
        for (k = 0; k < w.n && (w.p[k] | 0x20u) == (uint8_t)stop[q][k] && ((w.p[k] | 0x20u) >= 'a' && (w.p[k] | 0x20u) <= 'z'); k++) {
        }
        if (k == w.n) return 1;
    }
    return 0;
}

static int compose_into(eg_enf_job *j, eg_str *out) {
    int rc = eg_ifr_compose_exact(j->r, j->s, out, 0);
    return rc;
}

int eg_ifr_enforce(const eg_ifr *r, const eg_ifv_ctx *v, const uint8_t *prompt, uint32_t plen, const uint8_t *draft_b,
                   uint32_t dlen, eg_ifr_scratch *s, eg_ifr_enf_scratch *e, eg_ifv_scratch *vs, eg_str *out, int *fallback) {
    eg_enf_job *j = &e->job;
    eg_str pr, draft, words[8], composed;
    uint32_t i, nreq, nw = 0, best_passed = 0;
    int rc, lang_i = -1, attempt, have_best = 0;
    eg_mem_zero(j, sizeof(*j));
    j->r = r, j->s = s, j->e = e, j->v = v, j->vs = vs, j->plan = &s->plan;
    e->pool_used = 0;
    *fallback = EG_ENF_FALLBACK_NONE;
    pr = sanitize(j, prompt, plen, EB_PROMPT);
    draft = sanitize(j, draft_b, dlen, EB_DRAFT);
    if (j->err) return j->err;
    EG_CHECK(eg_ifr_detect(r, pr.p, pr.n, s));
    j->ps_marker = s->plan.postscript == 1 ? eg_enf_c("P.S.") : s->plan.postscript == 2 ? eg_enf_c("P.P.S") : s->plan.ps_marker;
    rc = plan_requirements(j);
    if (rc || j->err) return rc ? rc : j->err;
    nreq = e->nreq;
    for (i = 0; i < nreq; i++) {
        EG_CHECK(eg_ifv_bind(&e->ins[i], &j->bound[i], vs->arg[i], vs));
        if (j->bound[i].kind == EG_ID_LANGUAGE && lang_i < 0) lang_i = (int)i;
    }
    /* a draft that already verifies is returned unchanged */
    {
        eg_txt t;
        int64_t n = eg_ifv_decode(draft.p, draft.n, vs->resp, EG_IFV_MAX_CPS);
        if (n < 0) return EG_IFV_TOO_LARGE;
        t.s = vs->resp;
        t.n = (uint32_t)n;
        if (eg_py_strip(t).n > 0u && pass_count(j, draft) == nreq && !j->err) {
            *out = draft;
            return EG_OK;
        }
        if (j->err) return j->err;
    }
    if (lang_i >= 0) {
        int ok = eg_enf_check(j, (uint32_t)lang_i, draft);
        if (ok < 0) return j->err;
        if (!ok) {
            *fallback = EG_ENF_FALLBACK_LANGUAGE;
            return compose_into(j, out);
        }
    }
    /* okFor's lists, the lowered end phrase and marker */
    for (i = 0; i < s->plan.n_forbid; i++) j->forbid_l[j->n_forbid_l++] = eg_enf_keep(j, eg_enf_case(j, s->plan.forbid[i], 0, EB_LOW));
    for (i = 0; i < s->plan.n_kwfreq; i++) {
        if (s->plan.kwfreq[i].hi < EG_IFR_INF) j->capped_l[j->n_capped_l++] = eg_enf_keep(j, eg_enf_case(j, s->plan.kwfreq_key[i], 0, EB_LOW));
    }
    for (i = 0; i < s->plan.n_letters; i++) {
        if (s->plan.letters[i].hi < EG_IFR_INF) j->letters[j->n_letters++] = s->plan.letter_key[i];
    }
    if (s->plan.has_end) j->end_l = eg_enf_keep(j, eg_enf_case(j, s->plan.end_phrase, 0, EB_LOW));
    if (s->plan.postscript) j->mk_l = eg_enf_keep(j, eg_enf_case(j, j->ps_marker, 0, EB_LOW));
    /* topic: extractTopic's words that pass okFor, joined, without one trailing function word */
    if (!(s->plan.english || (s->plan.prompt_lang != EG_IFR_NONE && s->plan.lang == EG_IFR_NONE))) {
        int n = eg_ifr_topic_words(r, s, words);
        if (n < 0) return EG_IFR_TOO_LARGE;
        nw = (uint32_t)n;
    }
    {
        eg_wr w;
        uint32_t kept = 0, last_at = 0;
        eg_enf_wr(&w, e, EB_T0);
        for (i = 0; i < nw; i++) {
            if (!eg_enf_ok(j, words[i])) continue;
            if (kept++) eg_wr_c(&w, " ");
            last_at = w.n;
            eg_wr_str(&w, words[i]);
        }
        j->topic = eg_enf_done(j, &w);
        if (kept > 1u && is_topic_stop(eg_str_sub(j->topic, last_at, j->topic.n))) j->topic.n = last_at - 1u;
        j->topic = eg_enf_keep(j, j->topic);
    }
    /* topicFillers: the composer's sentence templates on the topic that pass okFor */
    j->fillers = e->fillers;
    {
        uint32_t n = eg_enf_group_count(r, EG_GROUP_SENTENCES);
        for (i = 0; i < n; i++) {
            eg_str t = eg_enf_group_at(r, EG_GROUP_SENTENCES, i), f;
            eg_wr w;
            if (eg_str_find(t, eg_enf_c("{T}"), 0) >= 0 && j->topic.n == 0u) continue;
            eg_enf_wr(&w, e, EB_T1);
            eg_enf_replace1(&w, t, eg_enf_c("{T}"), j->topic);
            f = eg_enf_done(j, &w);
            if (!eg_enf_ok(j, f)) continue;
            if (j->n_fill >= EG_ENF_MAX_FILL) return EG_IFR_TOO_LARGE;
            j->fillers[j->n_fill++] = eg_enf_keep(j, f);
        }
        if (j->n_fill == 0u) j->fillers[j->n_fill++] = eg_enf_c("Thank you.");
    }
    if (j->err) return j->err;
    /* two attempts for a JSON plan: the draft kept as JSON, then the edited text wrapped */
    for (attempt = s->plan.json ? 0 : 1; attempt < 2; attempt++) {
        int cur = EB_BODY0;
        eg_str body, resp;
        uint32_t passed;
        eg_wr w;
        j->keep_json = attempt == 0;
        body = unwrap(j, draft);
        if (j->err) return j->err;
        eg_enf_wr(&w, e, EB_BODY0);
        eg_wr_str(&w, body);
        body = eg_enf_done(j, &w);
        body = run_fixers(j, body, &cur);
        if (j->err) return j->err;
        resp = eg_enf_finish(j, body);
        passed = pass_count(j, resp);
        if (j->err) return j->err;
        if (!have_best || passed > best_passed) {
            eg_enf_wr(&w, e, EB_BEST);
            eg_wr_str(&w, resp);
            *out = eg_enf_done(j, &w);
            best_passed = passed;
            have_best = 1;
        }
        if (eg_enf_failing(j, body, 0) == 0u && !j->err) break;
        if (j->err) return j->err;
    }
    if (best_passed < nreq) {
        eg_wr w;
        rc = compose_into(j, &composed);
        if (rc) return rc;
        /* checked from a copy: the composer's buffers may share memory with the verifier's per-check
           buffers (the board firmware, docs/ifeval-enforce.md "On the board") */
        eg_enf_wr(&w, e, EB_BODY0);
        eg_wr_str(&w, composed);
        composed = eg_enf_done(j, &w);
        if (j->err) return j->err;
        if (pass_count(j, composed) == nreq && !j->err) {
            *out = composed;
            *fallback = EG_ENF_FALLBACK_UNSATISFIED;
        }
        if (j->err) return j->err;
    }
    return EG_OK;
}
