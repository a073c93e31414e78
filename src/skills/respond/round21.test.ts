// Issue 13 round 21 (responder_version 22): two composer rules that hold whatever a prompt's wording, chosen because
// the checker's own semantics make them safe. Placeholders are counted "at least", so once any is asked for the
// composer (and the enforcer, for a draft short of the count read) writes at least PLACEHOLDER_FLOOR of them: a count misread low ("the date and the time"
// read as one blank) was the commonest placeholder miss on unseen prompts. A bounded word range is aimed at its lower
// end and filler sentences are shortened to land it: a count read without a relation ("a 100-word ad", "caps notes
// at 79 words", the range [N, N + N/20]) is then exactly N words, which satisfies "at least N" and "at most N" alike.
// Word counts here are the official checker's (\w+ runs). The C parity test runs V22_PROMPTS too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IfevalResponder } from './respond.ts';
import { PLACEHOLDER_FLOOR } from './compose.ts';
import { assertRequirements, V22_PROMPTS } from './test-support.ts';
import { planRequirements } from './enforce/requirements.ts';
import { enforceOne } from './enforce/enforce.ts';
import { createContext } from '../ifeval/context.ts';
import { countWords } from '../ifeval/checkers/length.ts';

const r = IfevalResponder.builtIn();
const placeholders = (s: string) => (s.match(/\[[^\n]*?\]/g) ?? []).length;
const wordsAsked = (p: string) =>
  planRequirements(r.plan(p))
    .filter((q) => q.id === 'length_constraints:number_words')
    .map((q) => `${q.kwargs.relation} ${q.kwargs.num_words}`)
    .join(', ');

test('the composer writes at least PLACEHOLDER_FLOOR placeholders once any is asked for', () => {
  assert.equal(PLACEHOLDER_FLOOR, 3);
  const [one, two] = V22_PROMPTS;
  assert.equal(r.plan(one).placeholders, 1);
  assert.equal(r.plan(two).placeholders, 2);
  assert.equal(placeholders(r.respond(one)), 3);
  assert.equal(placeholders(r.respond(two)), 3);
  // No placeholder asked, none written; under a word ceiling below 40 the count asked (the floor's sentence would not fit).
  assert.equal(placeholders(r.respond(V22_PROMPTS[2])), 0);
  const tight = 'Write a one-line reminder, at most 10 words, with one placeholder in square brackets.';
  assert.equal(placeholders(r.respond(tight)), 1);
  assert.equal(countWords(r.respond(tight)), 10);
});

test('the enforcer, when a draft falls short, tops it up to PLACEHOLDER_FLOOR placeholders, keeping the draft', () => {
  const ctx = createContext();
  const draft = 'Dear neighbour, the new fence goes up next week. Thank you for your patience.';
  const out = enforceOne(r, ctx, V22_PROMPTS[0], draft);
  assert.equal(placeholders(out.response), 3);
  assert.equal(out.fallback, null);
  assert.ok(out.response.startsWith(draft), out.response);
  // A draft that already meets the count read is not edited (edits only where a detected constraint fails).
  const met = 'Dear neighbour, the new fence goes up on [date]. Thank you for your patience.';
  assert.equal(enforceOne(r, ctx, V22_PROMPTS[0], met).response, met);
});

test('a word count read without a relation is met exactly; a stated relation keeps its range', () => {
  const want: Array<[string, string, number]> = [
    ['at least 100, less than 106', V22_PROMPTS[2], 100],
    ['at least 79, less than 83', V22_PROMPTS[3], 79],
    ['at least 57, less than 60', V22_PROMPTS[4], 57],
    ['at least 40, less than 43', V22_PROMPTS[5], 40],
    ['less than 60', V22_PROMPTS[6], 59],
  ];
  for (const [asked, prompt, words] of want) {
    assert.equal(wordsAsked(prompt), asked, prompt);
    assert.equal(countWords(r.respond(prompt)), words, prompt);
  }
  // The rounds close in on a target narrower than a sentence instead of bouncing (review: 11 and 81 words before).
  assert.equal(countWords(r.respond('Write between 17 and 22 words about tea, in all lowercase letters.')), 17);
  assert.equal(countWords(r.respond('Write a 53-word slogan for our gym.')), 53);
  // "at least 150" has no upper end to aim inside: the composer's own length, over the floor.
  assert.equal(wordsAsked(V22_PROMPTS[7]), 'at least 150');
  assert.equal(countWords(r.respond(V22_PROMPTS[7])), 154);
});

// Part two (set 24 as development data): an ending in capitals keeps the full stop that ends the prompt (not one that
// ends a sentence before more text); a modal ends a bare phrase ("puncture repair has to appear"); "be sure the words X
// Y are in there"; "see X and Y mentioned"; "start your reply with everything I've written above, word for word";
// "start by repeating what I've just written, exactly"; a price with a thousands separator is no word count (Vietnamese
// "từ 150.000 đồng") while "1.000 palabras" is a thousand words; Hungarian "rövidebb" and Latvian "īsākam par" (shorter
// than); Latvian "Vārdam X jābūt tekstā"; the keywords a flagged clause names before "be in there" / "mentioned"
// ("calico and webbing, so both words need to be in the reply"; not under a negation: "hype must not be in there"); a
// placeholder count said after the list ("That's four"); list and dash words in Finnish, Lithuanian, Chinese and Hindi
// ("viisi kohtaa ... viivalla", "trys patarimai ... brūkšneliu", "三点 ... 行首用“-”", "चार बातें"); Italian "ci deve essere"; Finnish "viimeiseksi sanoiksi" (as the last words); a bare word after "please don't use" / "please avoid" that
// its clause ends (not "we never use plastic"); commas ruled out after a modal or "be" ("so there can't be a single
// one", "so neither can have any"). Controls from the review: generic nouns before "be included" / "be named", a
// negated repeat, an ending followed by a line break, a thousands group past 16 bits (no count, in C as in TS).
const PART_TWO_WANT: string[] = [
"end_checker{\"end_phrase\":\"GAME ON.\"} english_capital{}",
"end_checker{\"end_phrase\":\"GAME ON\"} english_capital{}",
"existence{\"keywords\":[\"puncture repair\"]}",
"existence{\"keywords\":[\"sourdough loaf\"]}",
"existence{\"keywords\":[\"roof\",\"gutters\"]}",
"repeat_prompt{\"prompt_to_repeat\":\"Write a note about the village fete on Saturday.\"}",
"repeat_prompt{\"prompt_to_repeat\":\"I run a stall at the market.\"}",
"response_language{\"language\":\"vi\"}",
"response_language{\"language\":\"es\"} number_words{\"relation\":\"at least\",\"num_words\":1000} number_words{\"relation\":\"less than\",\"num_words\":1001}",
"response_language{\"language\":\"hu\"} number_words{\"relation\":\"less than\",\"num_words\":70}",
"response_language{\"language\":\"lv\"} number_words{\"relation\":\"less than\",\"num_words\":60} existence{\"keywords\":[\"vilna\"]}",
"existence{\"keywords\":[\"calico\",\"webbing\"]}",
"existence{\"keywords\":[\"balti\"]}",
"",
"number_placeholders{\"num_placeholders\":4}",
"number_bullet_lists{\"num_bullets\":5}",
"number_bullet_lists{\"num_bullets\":3}",
"response_language{\"language\":\"zh-cn\"} number_bullet_lists{\"num_bullets\":3}",
"response_language{\"language\":\"it\"} existence{\"keywords\":[\"sughero\"]}",
"response_language{\"language\":\"hi\"} number_bullet_lists{\"num_bullets\":4}",
"end_checker{\"end_phrase\":\"Hyvää löylyä!\"}",
"forbidden_words{\"forbidden_words\":[\"passed\"]}",
"forbidden_words{\"forbidden_words\":[\"cosy\"]}",
"forbidden_words{\"forbidden_words\":[\"organic\"]}",
"",
"no_comma{}",
"no_comma{}",
"",
"",
"",
"end_checker{\"end_phrase\":\"BREAK OFF AND ENJOY.\"} english_capital{}",
"response_language{\"language\":\"es\"}",
];

test('part two readings (set 24 as development data), with controls', () => {
  assertRequirements(r, V22_PROMPTS.slice(8), PART_TWO_WANT);
});
