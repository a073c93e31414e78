// Hand-written cases per checker, including the quirks of the official code that the port keeps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCheck } from '../registry.ts';
import type { CheckContext, Kwargs } from '../types.ts';

// Checkers that need neither Punkt nor a real language detector.
const ctx = { punkt: undefined as never, detectLanguage: (s: string) => (s.includes('hola') ? 'es' : 'en') } satisfies CheckContext;
const check = (id: string, kw: Kwargs = {}) => buildCheck(id, kw, ctx, 'the prompt');

test('keywords: existence, frequency (regex, case-insensitive), forbidden (Unicode \\b), letters', () => {
  assert.equal(check('keywords:existence', { keywords: ['Cat', 'dog'] })('a CAT and a Dog'), true);
  assert.equal(check('keywords:existence', { keywords: ['cat', 'owl'] })('a cat'), false);
  const freq = check('keywords:frequency', { keyword: ' the ', frequency: 3, relation: 'at least' });
  assert.equal(freq('The theme of THE other'), true); // substring matches count ("theme", "other")
  assert.equal(check('keywords:frequency', { keyword: 'x', frequency: 2, relation: 'less than' })('x x'), false);
  const forbidden = check('keywords:forbidden_words', { forbidden_words: ['cat'] });
  assert.equal(forbidden('concatenate'), true);
  assert.equal(forbidden('a Cat.'), false);
  assert.equal(forbidden('écat'), true); // é is a word character for Python's \b
  const letters = check('keywords:letter_frequency', { letter: 'A', let_frequency: 3, let_relation: 'at least' });
  assert.equal(letters('Aaa'), true);
  assert.equal(letters('ab'), false);
});

test('language: unknown features count as followed', () => {
  const es = check('language:response_language', { language: 'es' });
  assert.equal(es('hola amigo'), true);
  assert.equal(es('hello'), false);
  const none = buildCheck('language:response_language', { language: 'es' }, { ...ctx, detectLanguage: () => null }, '');
  assert.equal(none('12345'), true);
});

test('length: *** paragraphs (empty only at the ends) and nth paragraph first word', () => {
  const p2 = check('length_constraints:number_paragraphs', { num_paragraphs: 2 });
  assert.equal(p2('a *** b'), true);
  assert.equal(p2('*** a ***b***'), true);
  assert.equal(p2('a *** *** b'), false); // an empty middle paragraph fails outright
  const nth = check('length_constraints:nth_paragraph_first_word', { num_paragraphs: 2, nth_paragraph: 2, first_word: 'Then' });
  assert.equal(nth('First.\n\n"Then, go.'), true); // quotes stripped, stops at punctuation
  assert.equal(nth('First.\n\nThen\n\n'), true); // empty trailing piece not counted
  assert.equal(nth('\n\nFirst.\n\nThen'), false); // counted 2, but index 2 is "First."
  assert.equal(check('length_constraints:number_words', { num_words: 3, relation: 'less than' })('one two'), true);
});

test('content: placeholders stay on one line; postscript markers anywhere in the text', () => {
  const ph = check('detectable_content:number_placeholders', { num_placeholders: 2 });
  assert.equal(ph('[a] and [b c]'), true);
  assert.equal(ph('[a\nb] and [c]'), false);
  const pps = check('detectable_content:postscript', { postscript_marker: 'P.P.S' });
  assert.equal(pps('text\np. p. s. more'), true);
  assert.equal(pps('text'), false);
  assert.equal(check('detectable_content:postscript', { postscript_marker: 'P.S.' })('Note: P.S. hi'), true);
});

test('format: bullets, highlights, sections, JSON fences, titles, constrained answers', () => {
  const bullets = check('detectable_format:number_bullet_lists', { num_bullets: 3 });
  assert.equal(bullets('* a\n* b\n- c'), true);
  assert.equal(bullets('* a\n** b\n- c'), false); // "**" is not a bullet
  assert.equal(check('detectable_format:number_bullet_lists', { num_bullets: 1 })('*\n* item'), true); // [^*] eats the newline
  const hl = check('detectable_format:number_highlighted_sections', { num_highlights: 2 });
  assert.equal(hl('*one* and **two**'), true);
  assert.equal(hl('* * and **'), false);
  const sections = check('detectable_format:multiple_sections', { section_spliter: 'Section', num_sections: 2 });
  assert.equal(sections('Section 1\nx\nSection 2\ny'), true);
  assert.equal(sections('Section one'), false);
  const json = check('detectable_format:json_format');
  assert.equal(json('```json\n{"a": [1, 2]}\n```'), true);
  assert.equal(json('{"a": NaN}'), true); // Python's json accepts NaN
  assert.equal(json('{"a": 1,}'), false);
  assert.equal(json("{'a': 1}"), false);
  const title = check('detectable_format:title');
  assert.equal(title('<<My Title>>\ntext'), true);
  assert.equal(title('<< >>'), false);
  assert.equal(check('detectable_format:constrained_response')('  My answer is maybe. '), true);
});

test('combination, start/end, case and punctuation', () => {
  const two = check('combination:two_responses');
  assert.equal(two('a ****** b'), true);
  assert.equal(two('a ****** a'), false);
  assert.equal(two('****** a ****** b ******'), true);
  const repeat = buildCheck('combination:repeat_prompt', { prompt_to_repeat: 'Say Hi.' }, ctx, '');
  assert.equal(repeat('  say hi. Hello!'), true);
  const end = check('startend:end_checker', { end_phrase: 'Any other questions?' });
  assert.equal(end('Done. any other questions?"  '), true);
  assert.equal(check('startend:quotation')(' "quoted" '), true);
  assert.equal(check('startend:quotation')('"'), false);
  assert.equal(check('change_case:english_capital')('HELLO THERE 1'), true);
  assert.equal(check('change_case:english_capital')('HELLO there'), false);
  assert.equal(check('change_case:english_lowercase')('hola amigo'), false); // lowercase but not English
  assert.equal(check('punctuation:no_comma')('a，b'), true); // only the ASCII comma counts
  assert.equal(check('punctuation:no_comma')('a, b'), false);
});

test('unknown ids and unusable kwargs are errors, not silent verdicts', () => {
  assert.throws(() => check('keywords:nope'), /unknown instruction id/);
  assert.throws(() => check('keywords:letter_frequency', { letter: 'ab', let_frequency: 1, let_relation: 'at least' }), /one character/);
  assert.throws(() => check('length_constraints:number_words', { num_words: 3, relation: 'at most' }), /relation/);
});
