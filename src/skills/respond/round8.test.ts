// Issue 13 round 8 (responder_version 9): a prompt not written in English names its reply language in its own words
// (language.ts: "στα γαλλικά", "на английском", "英語で", "영어로", "englanniksi", "Almanca"), and one naming English
// asks for English; a bare number corrects a count ("3 paragraphs, no wait, 4:", "6 bullets, actually, make it 8,");
// comparison signs of a spec ("len <= 60 words", "words < 25", "case: upper"); parts named in the writer's words ("the
// second stanza should start with the word Puddles", "the opening paragraph"); keywords after a key noun ("the keys
// flour and yeast") and an imperative before a clause's other cue words ("say that question back ..., and please
// mention gravity"). Pinned with sentences written for this test (test-support.ts V9_PROMPTS, none from a test set),
// as official requirements. Controls: an English prompt naming a people ("the Ukrainian families") asks no language;
// a Greek prompt about Greek food that asks for English gets English (own names lose to others); "in any case, lower
// your voice" is no case instruction.
import { test } from 'node:test';
import { IfevalResponder } from './respond.ts';
import { assertRequirements, V9_PROMPTS } from './test-support.ts';

const r = IfevalResponder.builtIn();

const V9_WANT: string[] = [
  'response_language{"language":"fr"}',
  'response_language{"language":"en"}',
  'response_language{"language":"en"}',
  'response_language{"language":"en"}',
  'response_language{"language":"en"}',
  'response_language{"language":"de"}',
  'response_language{"language":"en"}',
  '',
  'number_paragraphs{"num_paragraphs":4}',
  'number_bullet_lists{"num_bullets":8}',
  'number_words{"relation":"less than","num_words":61} english_lowercase{}',
  'number_words{"relation":"less than","num_words":25} english_capital{}',
  'nth_paragraph_first_word{"num_paragraphs":3,"nth_paragraph":2,"first_word":"puddles"}',
  'nth_paragraph_first_word{"num_paragraphs":3,"nth_paragraph":1,"first_word":"worms"}',
  'number_paragraphs{"num_paragraphs":2}',
  'existence{"keywords":["flour","yeast"]} json_format{}',
  'existence{"keywords":["deposit","inventory"]}',
  'existence{"keywords":["gravity"]}',
];

test('reply languages named in other languages, bare-number corrections, spec signs, named parts and keyword nouns', () => {
  assertRequirements(r, V9_PROMPTS, V9_WANT);
});
