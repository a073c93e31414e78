// Issue 13 round 15 (responder_version 16): English readings of round 15 (an ending named as "the word X!", "P.D." in
// an English sentence, "make the first word of the n-th paragraph X", "say my request back", "the word X must come
// up", names in brackets after "mention", "drop the word X", "the printer only does caps", a section count after
// "and so on", "X must get a mention", "no sentence count above N", "N all-caps words is the most", "the last words
// need to be X", "N paras", commas named with what breaks on them, "keep the word X out of it", "bans the word X",
// "off limits: X", "don't call it a 'X'"; from the round's second session: an ending in capitals without the
// sentence's full stop, with a number or before a comma, a capitalised ending at the prompt's end, "five tips, each
// one a bullet", "one bullet per day") and the composer's name echo. Pinned with sentences written for this test
// (test-support.ts V16_PROMPTS, none from a test set, controls included).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IfevalResponder } from './respond.ts';
import { assertRequirements, V16_PROMPTS } from './test-support.ts';

const r = IfevalResponder.builtIn();

const V16_WANT: string[] = [
  'end_checker{"end_phrase":"Cheers!"}',
  'response_language{"language":"es"} postscript{"postscript_marker":"P.D."}',
  'nth_paragraph_first_word{"num_paragraphs":3,"nth_paragraph":2,"first_word":"suddenly"}',
  'repeat_prompt{"prompt_to_repeat":"Which trees grow fastest in clay soil?"}',
  'existence{"keywords":["umbrella"]}',
  'existence{"keywords":["bargain"]}',
  'existence{"keywords":["Ada","Theo"]}',
  'forbidden_words{"forbidden_words":["basically"]}',
  'english_capital{}',
  'multiple_sections{"section_spliter":"PART","num_sections":3}',
  'existence{"keywords":["Plumbing"]}',
  'number_sentences{"relation":"less than","num_sentences":5}',
  'capital_word_frequency{"capital_relation":"less than","capital_frequency":4}',
  'end_checker{"end_phrase":"GO BLUES GO"}',
  'number_paragraphs{"num_paragraphs":3}',
  '',
  'no_comma{}',
  'forbidden_words{"forbidden_words":["cosy"]}',
  'forbidden_words{"forbidden_words":["luxury"]}',
  'forbidden_words{"forbidden_words":["cheap","deal"]}',
  'forbidden_words{"forbidden_words":["retreat"]}',
  '',
  '',
  'existence{"keywords":["price"]}',
  // responder_version 22: the full stop that ends the prompt is the phrase's (version 16 left it out; see round21.test.ts).
  'end_checker{"end_phrase":"KEEP THE GATE SHUT."}',
  'end_checker{"end_phrase":"SALE STARTS AT 10"}',
  'end_checker{"end_phrase":"GO TIGERS"}',
  'end_checker{"end_phrase":"Kind regards"}',
  'number_bullet_lists{"num_bullets":5}',
  'number_bullet_lists{"num_bullets":4}',
  '',
];

test('version 16 readings: endings, P.D., the n-th first word, repeat, keywords, forbidden words, case, section and sentence counts', () => {
  assertRequirements(r, V16_PROMPTS, V16_WANT);
});

test('the composer echoes up to two names the prompt uses mid-sentence, only with room to spare', () => {
  const named = r.respond('Write a short welcome for the new volunteers, who will work with Priya, Tomasz and Ines.');
  for (const name of ['Priya', 'Tomasz']) assert.ok(named.includes(name), `${name} in: ${named}`);
  assert.ok(!named.includes('Ines'), 'at most two names');
  // A sentence ceiling or a tight word ceiling leaves no room; nor does an answer in another language.
  for (const p of [
    'Write a short welcome for the new volunteers in at most 3 sentences; they will work with Priya.',
    'Write a short welcome for the new volunteers in under 60 words; they will work with Priya.',
    'Write a short welcome for the new volunteers in French; they will work with Priya.',
  ]) assert.ok(!r.respond(p).includes('Priya'), p);
  // Sentence-initial words and words after a colon or an opening bracket are no names. (Version 24: the retrained reader
  // scores "Rivers carry silt: Deltas form slowly (Marsh data)." as an ending, weakly, score 4; the clause goes on past
  // the bracket so the test stays on names.)
  const plain = r.respond('Write about rivers. Rivers carry silt: Deltas form slowly (Marsh data) in the south.');
  assert.ok(!/Deltas|Marsh/.test(plain), plain);
});
