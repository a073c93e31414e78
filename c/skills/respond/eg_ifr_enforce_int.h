/* Internals shared by the enforcer's files (<-> job.ts and text.ts): the job, its buffers, the
 * requirement checks on finish(body), and the text helpers the fixers share. */
#ifndef EG_IFR_ENFORCE_INT_H
#define EG_IFR_ENFORCE_INT_H

#include "eg_ifr_enforce.h"
#include "eg_ifr_unicode.h"
#include "eg_ifv_checkers.h"

/* Buffer roles in eg_ifr_enf_scratch.buf. */
enum { EB_BODY0, EB_BODY1, EB_FIN, EB_LOW, EB_BEST, EB_DRAFT, EB_T0, EB_T1, EB_F0, EB_F1, EB_PROMPT, EB_OK, EB_KW };


eg_str eg_enf_s(const uint8_t *p, uint32_t n);
eg_str eg_enf_c(const char *c);
void eg_enf_wr(eg_wr *w, eg_ifr_enf_scratch *e, int buf);
/* A finished writer as a string; sets j->err on overflow. */
eg_str eg_enf_done(eg_enf_job *j, eg_wr *w);
/* A copy in the pool. */
eg_str eg_enf_keep(eg_enf_job *j, eg_str x);

/* finish(body) into EB_FIN. */
eg_str eg_enf_finish(eg_enf_job *j, eg_str body);
/* Checks requirement i on text: 1 / 0, or -1 with j->err set. */
int eg_enf_check(eg_enf_job *j, uint32_t i, eg_str text);
/* Bit i set when requirement i fails on finish(body) (skip: ids not checked, bit per EG_ID_*). */
uint32_t eg_enf_failing(eg_enf_job *j, eg_str body, uint32_t skip_ids);
/* 1 when every requirement of id kind holds on finish(body). */
int eg_enf_holds(eg_enf_job *j, int kind, eg_str body);

/* text.ts */
int eg_enf_is_space_at_end(eg_str x);
eg_str eg_enf_rtrim(eg_str x);   /* .replace(/\s+$/, '') */
eg_str eg_enf_ltrim(eg_str x);   /* .trimStart() */
uint32_t eg_enf_sentence_spans(eg_str line, uint32_t *spans, uint32_t max, eg_enf_job *j);
int eg_enf_is_structural(eg_str line);
/* insertPoint: a byte offset into body, or -1 with j->err set. */
int64_t eg_enf_insert_point(eg_enf_job *j, eg_str body);
/* addSentences(body, sentences) written to w. */
void eg_enf_add_sentences(eg_enf_job *j, eg_str body, const eg_str *sent, uint32_t n, eg_wr *w);
/* JS toLowerCase / toUpperCase into buffer buf. */
eg_str eg_enf_case(eg_enf_job *j, eg_str x, int upper, int buf);
/* UTF-16 length, and the byte offset of UTF-16 offset u (-1 inside a surrogate pair or past the end). */
uint32_t eg_enf_u16_len(eg_str x);
int64_t eg_enf_u16_byte(eg_str x, uint32_t u);
/* String.prototype.replace(pattern string, replacement) with $$, $&, $` and $' (first occurrence). */
void eg_enf_replace1(eg_wr *w, eg_str x, eg_str pat, eg_str rep);
/* keywordSentence (job.ts) into the pool. */
eg_str eg_enf_keyword_sentence(eg_enf_job *j, eg_str kw, uint32_t k);
/* The responder's "may this added text be used" test (enforce.ts okFor). */
int eg_enf_ok(eg_enf_job *j, eg_str x);
/* `${x.charAt(0).toUpperCase()}${x.slice(1)}` appended to w. */
void eg_enf_wr_cap_first(eg_wr *w, eg_str x);
/* The text after the last "\n" (all of x when none). */
eg_str eg_enf_last_line(eg_str x);
/* finish(body) decoded into vs->resp as *x: 1, or 0 with j->err set. */
int eg_enf_finish_txt(eg_enf_job *j, eg_str body, eg_txt *x);
/* The template group g's strings: count, and string k. */
uint32_t eg_enf_group_count(const eg_ifr *r, uint32_t g);
eg_str eg_enf_group_at(const eg_ifr *r, uint32_t g, uint32_t k);
/* plan.nth !== null || plan.parSep === 'nl' */
int eg_enf_tight(const eg_enf_job *j);

/* body.split(/\n[ \t]*\n/) as [start, end) spans (blank parts included); returns the count. */
uint32_t eg_enf_split_blocks(eg_enf_job *j, eg_str b, uint32_t *spans, uint32_t max);

/* jsonText(JSON.parse(inner)) into w (combination.ts); *parsed 0 when JSON.parse would throw. */
int eg_enf_json_text(eg_enf_job *j, eg_str inner, eg_wr *w, int *parsed);

/* The fixers: body -> w. */
typedef int (*eg_enf_fixer)(eg_enf_job *j, eg_str body, eg_wr *w);
int eg_enf_fix_no_comma(eg_enf_job *j, eg_str body, eg_wr *w);
int eg_enf_fix_postscript(eg_enf_job *j, eg_str body, eg_wr *w);
int eg_enf_fix_end_phrase(eg_enf_job *j, eg_str body, eg_wr *w);
int eg_enf_fix_constrained(eg_enf_job *j, eg_str body, eg_wr *w);
int eg_enf_fix_placeholders(eg_enf_job *j, eg_str body, eg_wr *w);
int eg_enf_fix_existence(eg_enf_job *j, eg_str body, eg_wr *w);
int eg_enf_fix_frequency(eg_enf_job *j, eg_str body, eg_wr *w);
int eg_enf_fix_forbidden(eg_enf_job *j, eg_str body, eg_wr *w);
int eg_enf_fix_letters(eg_enf_job *j, eg_str body, eg_wr *w);
int eg_enf_fix_sections(eg_enf_job *j, eg_str body, eg_wr *w);
int eg_enf_fix_star_paragraphs(eg_enf_job *j, eg_str body, eg_wr *w);
int eg_enf_fix_nth_paragraph(eg_enf_job *j, eg_str body, eg_wr *w);
int eg_enf_fix_bullets(eg_enf_job *j, eg_str body, eg_wr *w);
int eg_enf_fix_title(eg_enf_job *j, eg_str body, eg_wr *w);
int eg_enf_fix_capital_words(eg_enf_job *j, eg_str body, eg_wr *w);
int eg_enf_fix_highlights(eg_enf_job *j, eg_str body, eg_wr *w);
int eg_enf_fix_sentences(eg_enf_job *j, eg_str body, eg_wr *w);
int eg_enf_fix_words(eg_enf_job *j, eg_str body, eg_wr *w);

#endif /* EG_IFR_ENFORCE_INT_H */
