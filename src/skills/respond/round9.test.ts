// Issue 13 round 9 (responder_version 10): symbols that read the same in any language (symbols.ts, step 6): a title's
// << >> wherever it stands, numbered section markers in one sentence ("DEL 1, DEL 2 och DEL 3", "Part 1 ... Part 2"), a
// bullet marker beside a count ("ровно 6 пунктов ... звёздочки *", "글머리 기호(*)로 정확히 7개", "'- '"), a bracketed
// placeholder or highlight example beside a count ("중요한 부분 2곳을 *이렇게*"), a divider's count in a prompt not
// written in English ("4개 문단으로, 문단 사이에 ***"); multi-word keyword lists (PHRASES: "Include the phrases puncture repair and
// chain oil", "Keywords to include: heat pump, grant scheme, insulation"); a word's presence stated after it ("the word
// gull must appear"); a word budget with "minimum"; a consequence word as a negation ("the shop rejects listings with
// more than three ..."); a limit stated by its penalty ("if it runs past 250 words the journal rejects it", "more than
// four sentences lose a point"); a stated relation over an approximate count. Pinned with sentences written for this test
// (test-support.ts V10_PROMPTS, none from a test set), as official requirements. Controls: numbered steps in separate
// sentences are no sections; a quoted "*" counted by a divider sentence is no bullet; a layout example's "[Recipe 1]"
// at a line start is no placeholder count; a negated presence is a forbidden phrase.
import { test } from 'node:test';
import { IfevalResponder } from './respond.ts';
import { assertRequirements, V10_PROMPTS } from './test-support.ts';

const r = IfevalResponder.builtIn();

const V10_WANT: string[] = [
  'response_language{"language":"ja"} title{}',
  'multiple_sections{"section_spliter":"DEL","num_sections":3}',
  'multiple_sections{"section_spliter":"Part","num_sections":2}',
  '',
  'response_language{"language":"ru"} number_bullet_lists{"num_bullets":6}',
  'response_language{"language":"ko"} number_bullet_lists{"num_bullets":7}',
  'number_bullet_lists{"num_bullets":9}',
  'number_paragraphs{"num_paragraphs":2}',
  'number_placeholders{"num_placeholders":3}',
  'number_paragraphs{"num_paragraphs":2}',
  'existence{"keywords":["puncture repair","chain oil"]}',
  'existence{"keywords":["heat pump","grant scheme","insulation"]}',
  'existence{"keywords":["gull"]}',
  'forbidden_words{"forbidden_words":["low tide"]}',
  'number_words{"relation":"less than","num_words":80}',
  'capital_word_frequency{"capital_relation":"less than","capital_frequency":4}',
  'english_lowercase{}',
  'nth_paragraph_first_word{"num_paragraphs":3,"nth_paragraph":2,"first_word":"meanwhile"}',
  'number_words{"relation":"at least","num_words":200}',
  'number_highlighted_sections{"num_highlights":3}',
  'response_language{"language":"ko"} number_highlighted_sections{"num_highlights":2}',
  'response_language{"language":"ko"} number_paragraphs{"num_paragraphs":4}',
  'number_words{"relation":"less than","num_words":251}',
  'number_sentences{"relation":"less than","num_sentences":5}',
];

test('symbols in any language, phrase lists, presence after the word, budgets, consequences, stated over approximate', () => {
  assertRequirements(r, V10_PROMPTS, V10_WANT);
});
