// Issue 13 round 10 (responder_version 11): people typing fast. Step 0 spelling (spelling.ts) reads shorthand and
// misspelt constraint words ("<= 90 wds", "4 paragrpahs", "6 sentances", "bullit points", "bulletpoints") but never a
// word some pattern names itself (French "paragraphes") nor a quoted word ("sentance" as a keyword); list labels in
// parentheses and abbreviated relations ("min. 4") are no counts or sentence ends; a negation before a limit stated
// by its penalty restates it ("dont go past 60 words or ... cuts it off"); "2x highlights"; "in block capitals"; a JSON
// object shown as the form; numbered markers give the count of a "one section per day" reading; "STEP 1 through STEP
// 3"; a pronoun ends a bare list; unquoted endings ({PHT}: "end with God bless.", a lowercase prompt's "end with
// thanks again."), not a description of one ("end with a question.") nor "P.S."; "then" for "than"; a word of the
// ending is never forbidden. Pinned with sentences written for this test (test-support.ts V11_PROMPTS, none from a
// test set), as official requirements.
import { test } from 'node:test';
import { IfevalResponder } from './respond.ts';
import { assertRequirements, V11_PROMPTS } from './test-support.ts';

const r = IfevalResponder.builtIn();

const V11_WANT: string[] = [
  'no_comma{} number_words{"relation":"less than","num_words":91}',
  'number_paragraphs{"num_paragraphs":4}',
  'number_sentences{"relation":"less than","num_sentences":6}',
  'number_bullet_lists{"num_bullets":3}',
  'number_paragraphs{"num_paragraphs":2}',
  'frequency{"keyword":"sentance","relation":"at least","frequency":1} frequency{"keyword":"sentance","relation":"less than","frequency":2}',
  'number_bullet_lists{"num_bullets":5} english_lowercase{}',
  'number_sentences{"relation":"at least","num_sentences":4}',
  'number_words{"relation":"less than","num_words":121}',
  'number_words{"relation":"less than","num_words":61}',
  'number_highlighted_sections{"num_highlights":2}',
  'english_capital{}',
  'capital_word_frequency{"capital_relation":"less than","capital_frequency":3}',
  'json_format{}',
  'multiple_sections{"section_spliter":"DAY","num_sections":4}',
  'multiple_sections{"section_spliter":"STEP","num_sections":3}',
  'forbidden_words{"forbidden_words":["cheap"]}',
  'end_checker{"end_phrase":"God bless."}',
  'end_checker{"end_phrase":"thanks again."} english_lowercase{}',
  '',
  'postscript{"postscript_marker":"P.S."}',
  'number_words{"relation":"less than","num_words":81}',
  'number_bullet_lists{"num_bullets":3}',
  'end_checker{"end_phrase":"See you at the match"}',
];

test('shorthand and misspellings, labels and abbreviations, penalties, block capitals, JSON and marker forms, unquoted endings', () => {
  assertRequirements(r, V11_PROMPTS, V11_WANT);
});
