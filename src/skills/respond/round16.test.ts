// Issue 13 round 16 (responder_version 17): hashtags and handles as keywords and endings ("#oatlife", "end with
// #RideSafe"), snake_case keys ("no_show", and "no" in it is no negation), JSON keys named without quotes ("one of the
// keys has to be X"), a bettor's doubt that negates nothing ("bet me you can't ... at least 6 times"), the answer's own
// first word as the first paragraph's when blank-line paragraphs are asked for, "≥ 2 *highlighted* phrases", "get
// 'X' in there", "work in the X", "include the keys X and Y", and negated bounds in Hebrew ("ולא יותר מ"), Arabic
// ("ولا تزيد عن"), Turkish ("geçmesin"), Romanian ("să nu aibă sub") and Greek ("Όχι πάνω από"), Turkish blanks
// ("boşluk"). Pinned with sentences written for this test (test-support.ts V17_PROMPTS, none from a test set,
// controls included: "can't use the letter z more than twice" still limits, "The key to a good toast" names no key).
import { test } from 'node:test';
import { IfevalResponder } from './respond.ts';
import { assertRequirements, V17_PROMPTS } from './test-support.ts';

const r = IfevalResponder.builtIn();

const V17_WANT: string[] = [
  'existence{"keywords":["#FarmShop","#LocalEggs"]}',
  'end_checker{"end_phrase":"#RideSafe"}',
  'existence{"keywords":["shift_start"]} json_format{}',
  'existence{"keywords":["guest_name"]} json_format{}',
  'letter_frequency{"letter":"z","let_relation":"at least","let_frequency":6}',
  'letter_frequency{"letter":"z","let_relation":"less than","let_frequency":3}',
  'nth_paragraph_first_word{"num_paragraphs":4,"nth_paragraph":1,"first_word":"listen"}',
  'number_words{"relation":"less than","num_words":60} existence{"keywords":["Hello"]}',
  'number_highlighted_sections{"num_highlights":2}',
  'existence{"keywords":["full refund"]}',
  'existence{"keywords":["lighthouse"]} number_bullet_lists{"num_bullets":4}',
  'response_language{"language":"he"} number_words{"relation":"less than","num_words":41}',
  'response_language{"language":"tr"} number_words{"relation":"less than","num_words":81}',
  'response_language{"language":"ar"} number_words{"relation":"less than","num_words":51}',
  'response_language{"language":"ro"} number_words{"relation":"at least","num_words":90}',
  'response_language{"language":"el"} number_sentences{"relation":"less than","num_sentences":4}',
  'response_language{"language":"tr"} number_placeholders{"num_placeholders":3}',
  'existence{"keywords":["apples","pears"]} json_format{}',
  '',
];

test('version 17 readings: tags, snake_case keys, a bettor\'s doubt, the first word, starred highlights, negated bounds in five languages', () => {
  assertRequirements(r, V17_PROMPTS, V17_WANT);
});
