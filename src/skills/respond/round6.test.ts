// Issue 13 round 6 (responder_version 7, scope.ts): the reach of a negation and of a loose relation word, counts
// next to the word "asterisks", quoted end phrases that hold "Don't forget", and a copied first sentence; pinned with
// sentences written for this test (test-support.ts SCOPE_PROMPTS, none from a test set), as official requirements.
// The controls keep their readings: "Don't forget to mention", "at least 100 words so it's not too thin", "300
// words about the most beautiful place", "5 stars", "three asterisks" as a divider.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IfevalResponder } from './respond.ts';
import { assertRequirements, SCOPE_PROMPTS } from './test-support.ts';
import { flip } from './scope.ts';

const r = IfevalResponder.builtIn();

const SCOPE_WANT: string[] = [
  "forbidden_words{\"forbidden_words\":[\"cancelled\"]}",
  "existence{\"keywords\":[\"Lisbon\"]}",
  "letter_frequency{\"letter\":\"z\",\"let_relation\":\"less than\",\"let_frequency\":1}",
  "letter_frequency{\"letter\":\"q\",\"let_relation\":\"less than\",\"let_frequency\":1}",
  "number_words{\"relation\":\"less than\",\"num_words\":120}",
  "number_words{\"relation\":\"less than\",\"num_words\":61}",
  "number_sentences{\"relation\":\"at least\",\"num_sentences\":9}",
  "number_words{\"relation\":\"less than\",\"num_words\":251}",
  "number_words{\"relation\":\"at least\",\"num_words\":100}",
  "number_words{\"relation\":\"at least\",\"num_words\":300} number_words{\"relation\":\"less than\",\"num_words\":316}",
  "number_highlighted_sections{\"num_highlights\":2}",
  "number_highlighted_sections{\"num_highlights\":3}",
  "number_highlighted_sections{\"num_highlights\":2}",
  "",
  "number_paragraphs{\"num_paragraphs\":3}",
  "end_checker{\"end_phrase\":\"Don't forget the spare strings.\"}",
  "end_checker{\"end_phrase\":\"Thank you, Kendal!\"}",
  "repeat_prompt{\"prompt_to_repeat\":\"Write a limerick about a heron.\"}",
];

test('negations, loose relation words and asterisk-named counts read as the sentence means', () => {
  assertRequirements(r, SCOPE_PROMPTS, SCOPE_WANT);
});

test('flip is the negation of a relation over whole numbers, and its own inverse', () => {
  assert.deepEqual((['GE', 'GT', 'LT', 'LE', 'EQ'] as const).map(flip), ['LT', 'LE', 'GE', 'GT', 'EQ']);
  for (const k of ['GE', 'GT', 'LT', 'LE'] as const) assert.equal(flip(flip(k)), k);
});
