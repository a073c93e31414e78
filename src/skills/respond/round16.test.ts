// Issue 13 round 16 (responder_version 17): hashtags and handles as keywords and endings ("#oatlife", "end with
// #RideSafe"), snake_case keys ("no_show", and "no" in it is no negation), JSON keys named without quotes ("one of the
// keys has to be X"), a bettor's doubt that negates nothing ("bet me you can't ... at least 6 times"), the answer's own
// first word as the first paragraph's when blank-line paragraphs are asked for, "≥ 2 *highlighted* phrases", "get
// 'X' in there", "work in the X", "include the keys X and Y", and negated bounds in Hebrew ("ולא יותר מ"), Arabic
// ("ولا تزيد عن"), Turkish ("geçmesin"), Romanian ("să nu aibă sub") and Greek ("Όχι πάνω από"), Turkish blanks
// ("boşluk"); and, from the nineteenth author's set once it was scored: endings placed by a tail ("Cheers Mike at the
// very end", "as Tom Reed with nothing after it") or typed in lowercase to the prompt's end, endings of up to five
// capitalised words, "it ends on X", "the middle one should begin with", "X as the very first word", a quotation mark
// never read as a letter, "not one more", "run to N words", "south of N", "N words is my floor", "on N separate
// occasions", "N rules, each ... starting with a dash", "three all-caps words max", "copied out exactly". Pinned with
// sentences written for this test (test-support.ts V17_PROMPTS, none from a test set, controls included: "can't use the
// letter z more than twice" still limits, "The key to a good toast" names no key, "write the message telling guests"
// is no repeat, "prices should appear in a table" counts nothing); and a third part: "a key called status", "and g has
// to pop up 15+ times", "the second paragraph leading with also", "Welcome is the first word of the first paragraph",
// "say props somewhere", "Crew should get a mention at least three times", "Five-plus words in full caps".
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
  'end_checker{"end_phrase":"ENJOY YOUR TRIP"}',
  'end_checker{"end_phrase":"Cheers Dave"}',
  'end_checker{"end_phrase":"Tom Reed"}',
  'end_checker{"end_phrase":"see you on the water"} english_lowercase{}',
  'end_checker{"end_phrase":"Come and join us today!"}',
  'nth_paragraph_first_word{"num_paragraphs":3,"nth_paragraph":2,"first_word":"meanwhile"}',
  'frequency{"keyword":"ocean","relation":"at least","frequency":2}',
  'letter_frequency{"letter":"z","let_relation":"at least","let_frequency":30}',
  'nth_paragraph_first_word{"num_paragraphs":2,"nth_paragraph":1,"first_word":"goodbye"}',
  'number_words{"relation":"less than","num_words":61}',
  'number_words{"relation":"less than","num_words":41}',
  'number_words{"relation":"less than","num_words":90}',
  'number_words{"relation":"at least","num_words":300}',
  'frequency{"keyword":"goal","relation":"at least","frequency":3}',
  'number_bullet_lists{"num_bullets":4}',
  'number_bullet_lists{"num_bullets":3}',
  'capital_word_frequency{"capital_relation":"less than","capital_frequency":4}',
  'nth_paragraph_first_word{"num_paragraphs":3,"nth_paragraph":3,"first_word":"finally"}',
  'no_comma{}',
  'repeat_prompt{"prompt_to_repeat":"what is a tide?"}',
  '',
  'number_placeholders{"num_placeholders":5}',
  'existence{"keywords":["harbour wall"]}',
  'frequency{"keyword":"cake","relation":"at least","frequency":3}',
  'existence{"keywords":["barcode"]}',
  'existence{"keywords":["region"]} json_format{}',
  'frequency{"keyword":"harbour","relation":"at least","frequency":3} english_capital{}',
  'letter_frequency{"letter":"k","let_relation":"at least","let_frequency":10} english_lowercase{}',
  'nth_paragraph_first_word{"num_paragraphs":2,"nth_paragraph":2,"first_word":"still"}',
  'capital_word_frequency{"capital_relation":"at least","capital_frequency":6}',
  'frequency{"keyword":"lighthouse","relation":"at least","frequency":2}',
  'nth_paragraph_first_word{"num_paragraphs":3,"nth_paragraph":1,"first_word":"dear"}',
  'existence{"keywords":["sparkle"]}',
  'frequency{"keyword":"volunteers","relation":"at least","frequency":2}',
  '',
];

test('version 17 readings: tags, snake_case keys, a bettor\'s doubt, the first word, starred highlights, negated bounds in five languages', () => {
  assertRequirements(r, V17_PROMPTS, V17_WANT);
});
