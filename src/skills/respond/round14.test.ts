// Issue 13 round 14 (responder_version 15): a prompt's own language read from the function words of 41 languages
// (RFWD records (hash, language index)) and, when they do not decide, from its script; reply languages named in
// Catalan, Hungarian, Croatian and others; digits of the nine Indic scripts; "cannot be longer than", "make sure it
// says", an unquoted ending followed by "and nothing after it"; detected keywords as literal patterns. Pinned with
// sentences written for this test (test-support.ts V15_PROMPTS, none from a test set, controls included).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createContext } from '../ifeval/context.ts';
import { IfevalInstructionError } from '../ifeval/errors.ts';
import { buildCheck } from '../ifeval/registry.ts';
import { PASSAGES } from './tables.ts';
import { IfevalResponder } from './respond.ts';
import { assertRequirements, V15_PROMPTS } from './test-support.ts';
import { digitsValue, tokenize } from './tokenize.ts';

const r = IfevalResponder.builtIn();

const V15_WANT: string[] = [
  'number_words{"relation":"less than","num_words":51}',
  'existence{"keywords":["bins go out on tuesday"]}',
  'end_checker{"end_phrase":"THANK YOU FOR VISITING"} english_capital{}',
  'response_language{"language":"gu"} number_bullet_lists{"num_bullets":4}',
  'response_language{"language":"ml"} number_paragraphs{"num_paragraphs":3}',
  'response_language{"language":"uk"}',
  'response_language{"language":"sk"} no_comma{}',
  'response_language{"language":"es"}',
  'response_language{"language":"de"} number_paragraphs{"num_paragraphs":2}',
  'response_language{"language":"it"}',
  'response_language{"language":"nl"} existence{"keywords":["keuring"]} number_bullet_lists{"num_bullets":3}',
  'frequency{"keyword":"c\\\\+\\\\+","relation":"at least","frequency":2}',
  '',
  'response_language{"language":"el"}',
];

test('version 15 readings: prompt languages by function words and script, named languages, Indic digits, negated bounds, literal keywords', () => {
  assertRequirements(r, V15_PROMPTS, V15_WANT);
});

test('a prompt in its own language is answered in it: the composer writes that language\'s passage', () => {
  for (const [prompt, lang] of [['Γράψε ένα σύντομο μήνυμα για τους γείτονες.', 'el'], ['Napíšte krátky list pre susedov, že budeme mať opravu.', 'sk'], ['Напиши стихотворение о весне, пожалуйста.', 'ru']] as const) {
    const first = PASSAGES[lang].split('\n')[0];
    assert.ok(r.respond(prompt).includes(first), `${lang}: ${r.respond(prompt)}`);
  }
});

test('digits of every Indic script are numbers; a number mixing two scripts is none', () => {
  const value = (s: string) => digitsValue(tokenize(new TextEncoder().encode(s)), 0, 3);
  assert.deepEqual(['૪૨', '੧੨', '௧௦', '౩', '೫', '൯', '४२', '৭'].map(value), [42, 12, 10, 3, 5, 9, 42, 7]);
  assert.equal(value('४૨'), -1);
});

test('a keywords kwarg that is no valid pattern is a typed instruction error, not a crash', () => {
  const ctx = createContext();
  assert.throws(() => buildCheck('keywords:existence', { keywords: ['C++'] }, ctx, ''), IfevalInstructionError);
  assert.throws(() => buildCheck('keywords:frequency', { keyword: '*', frequency: 1, relation: 'at least' }, ctx, ''), IfevalInstructionError);
  assert.equal(buildCheck('keywords:existence', { keywords: ['C\\+\\+'] }, ctx, '')('I write C++ daily.'), true);
});
