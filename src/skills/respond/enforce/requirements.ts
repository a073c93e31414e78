// The detected Plan as IFEval instructions: official instruction ids with kwargs in the official
// registry's form, so the enforcer can judge its output with the project's verifier (src/skills/ifeval)
// exactly as the official evaluator would judge it against those kwargs. A two-sided range (e.g.
// "between 100 and 150 words") becomes two instructions ("at least 100", "less than 151").
import { INF, type Plan, type Range } from '../plan.ts';
import type { Kwargs } from '../../ifeval/types.ts';

/** One instruction the enforcer must satisfy. */
export interface Requirement {
  id: string;
  kwargs: Kwargs;
}

/** A count range as official relations: "at least lo" and/or "less than hi + 1". */
function relations(r: Range, key: string, relKey: string, id: string, extra: Kwargs = {}): Requirement[] {
  const out: Requirement[] = [];
  if (r[0] > 0) out.push({ id, kwargs: { ...extra, [relKey]: 'at least', [key]: r[0] } });
  if (r[1] < INF) out.push({ id, kwargs: { ...extra, [relKey]: 'less than', [key]: r[1] + 1 } });
  return out;
}

/** The official checkers read keywords and forbidden words as Python regular expressions; a detected word is meant
 * literally ("include the word 'C++'"), so its pattern syntax is escaped ("." stays: it matches itself too). */
export function literalPattern(word: string): string {
  return word.replace(/[\\^$*+?{}[\]()|]/g, (c) => `\\${c}`);
}

/** The Plan's constraints, in the enforcer's order of families (see enforce.ts). */
export function planRequirements(plan: Plan): Requirement[] {
  const req: Requirement[] = [];
  if (plan.lang) req.push({ id: 'language:response_language', kwargs: { language: plan.lang } });
  else if (plan.english) req.push({ id: 'language:response_language', kwargs: { language: 'en' } });
  if (plan.repeat) req.push({ id: 'combination:repeat_prompt', kwargs: { prompt_to_repeat: plan.repeat } });
  if (plan.two) req.push({ id: 'combination:two_responses', kwargs: {} });
  if (plan.forbid.length) req.push({ id: 'keywords:forbidden_words', kwargs: { forbidden_words: plan.forbid.map(literalPattern) } });
  if (plan.noComma) req.push({ id: 'punctuation:no_comma', kwargs: {} });
  if (plan.words) req.push(...relations(plan.words, 'num_words', 'relation', 'length_constraints:number_words'));
  if (plan.sents) req.push(...relations(plan.sents, 'num_sentences', 'relation', 'length_constraints:number_sentences'));
  if (plan.keywords.length) req.push({ id: 'keywords:existence', kwargs: { keywords: plan.keywords.map(literalPattern) } });
  for (const [keyword, r] of plan.kwfreq) {
    if (r[1] === 0) continue; // folded into the forbidden words by plan.ts
    req.push(...relations(r, 'frequency', 'relation', 'keywords:frequency', { keyword: literalPattern(keyword) }));
  }
  for (const [letter, r] of plan.letters) {
    if (r[1] === 0) req.push({ id: 'keywords:letter_frequency', kwargs: { letter, let_relation: 'less than', let_frequency: 1 } });
    else req.push(...relations(r, 'let_frequency', 'let_relation', 'keywords:letter_frequency', { letter }));
  }
  if (plan.placeholders > 0) req.push({ id: 'detectable_content:number_placeholders', kwargs: { num_placeholders: plan.placeholders } });
  if (plan.highlights > 0) req.push({ id: 'detectable_format:number_highlighted_sections', kwargs: { num_highlights: plan.highlights } });
  if (plan.secMark && plan.secCount > 0) req.push({ id: 'detectable_format:multiple_sections', kwargs: { section_spliter: plan.secMark, num_sections: plan.secCount } });
  if (plan.nth) {
    req.push({ id: 'length_constraints:nth_paragraph_first_word', kwargs: { num_paragraphs: plan.parCount, nth_paragraph: plan.nth.n, first_word: plan.nth.word.toLowerCase() } });
  } else if (plan.parSep === 'stars' && plan.parCount > 0) {
    req.push({ id: 'length_constraints:number_paragraphs', kwargs: { num_paragraphs: plan.parCount } });
  }
  if (plan.bullets !== null) req.push({ id: 'detectable_format:number_bullet_lists', kwargs: { num_bullets: plan.bullets } });
  if (plan.title) req.push({ id: 'detectable_format:title', kwargs: {} });
  if (plan.constrained) req.push({ id: 'detectable_format:constrained_response', kwargs: {} });
  if (plan.postscript) req.push({ id: 'detectable_content:postscript', kwargs: { postscript_marker: plan.postscript } });
  if (plan.endPhrase) req.push({ id: 'startend:end_checker', kwargs: { end_phrase: plan.endPhrase } });
  if (plan.caps && !plan.upper && !plan.lower) req.push(...relations(plan.caps, 'capital_frequency', 'capital_relation', 'change_case:capital_word_frequency'));
  if (plan.upper) req.push({ id: 'change_case:english_capital', kwargs: {} });
  else if (plan.lower) req.push({ id: 'change_case:english_lowercase', kwargs: {} });
  if (plan.quote) req.push({ id: 'startend:quotation', kwargs: {} });
  if (plan.json) req.push({ id: 'detectable_format:json_format', kwargs: {} });
  return req;
}
