// Issue 13 round 11 (responder_version 12): a bare list never runs into words another match claimed ("never use the
// word tasty, max 2 sentences"); hyphenated words are one keyword ("high-vis"); "2x" is a number of times; "no" before
// punctuation is no number ("[flat no], ≥ 3 placeholders"); bracketed examples with no placeholder pattern ask for as
// many placeholders; a request before a lone dash is the one to repeat; "echo that first sentence back"; a count read
// without a bound takes the bound its sentence restates ("40 words, so nothing past 40"), never one with a unit; plural
// "the words" lists may be phrases; digits of other scripts ("۳"); "closes on the 30th:" is no ending; a word after a
// comma that more words follow is no list item ("Never use the word soggy, my chef hates it"); "x4"; rows for counts,
// endings, repeats and cases written as a new author wrote them (frozen-14 after its scoring). Pinned with
// sentences written for this test (test-support.ts V12_PROMPTS, none from a test set), as official requirements.
import { test } from 'node:test';
import { IfevalResponder } from './respond.ts';
import { assertRequirements, V12_PROMPTS } from './test-support.ts';

const r = IfevalResponder.builtIn();

const V12_WANT: string[] = [
  'forbidden_words{"forbidden_words":["tasty"]} number_sentences{"relation":"less than","num_sentences":3}',
  'existence{"keywords":["high-vis"]}',
  'frequency{"keyword":"anchor","relation":"at least","frequency":2}',
  'number_placeholders{"num_placeholders":3}',
  'number_placeholders{"num_placeholders":2}',
  'number_placeholders{"num_placeholders":1} number_paragraphs{"num_paragraphs":2}',
  'repeat_prompt{"prompt_to_repeat":"Write a welcome note for new bell ringers"}',
  'repeat_prompt{"prompt_to_repeat":"Describe a safe way to clean gutters."}',
  'number_words{"relation":"less than","num_words":41}',
  'number_words{"relation":"less than","num_words":61}',
  'number_words{"relation":"at least","num_words":60} number_words{"relation":"less than","num_words":64}',
  'existence{"keywords":["tombola stall","raffle"]}',
  'nth_paragraph_first_word{"num_paragraphs":3,"nth_paragraph":2,"first_word":"meanwhile"}',
  'response_language{"language":"fa"} number_placeholders{"num_placeholders":3}',
  '',
  'forbidden_words{"forbidden_words":["soggy"]}',
  'existence{"keywords":["red","blue","green"]}',
  'forbidden_words{"forbidden_words":["cheap","tacky"]}',
  'number_bullet_lists{"num_bullets":4}',
  'capital_word_frequency{"capital_relation":"less than","capital_frequency":4}',
  'capital_word_frequency{"capital_relation":"less than","capital_frequency":3}',
  'frequency{"keyword":"brightline","relation":"at least","frequency":2}',
  'number_words{"relation":"at least","num_words":300} frequency{"keyword":"harbour","relation":"at least","frequency":2}',
  'number_sentences{"relation":"at least","num_sentences":6}',
  'number_paragraphs{"num_paragraphs":4}',
  'english_capital{}',
  'end_checker{"end_phrase":"See you Sunday."}',
  'end_checker{"end_phrase":"GAME OVER"}',
  'forbidden_words{"forbidden_words":["ferry"]}',
  'repeat_prompt{"prompt_to_repeat":"Write a haiku about rain."}',
  'number_placeholders{"num_placeholders":2}',
  'number_bullet_lists{"num_bullets":5}',
];

test('claimed words end lists, hyphenated keywords, shown placeholders, dash-separated repeats, restated bounds, other digits', () => {
  assertRequirements(r, V12_PROMPTS, V12_WANT);
});
