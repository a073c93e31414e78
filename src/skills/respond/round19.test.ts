// Issue 13 round 19 (responder_version 20): readings added in session 20, each written as a rule about a kind of
// sentence and checked on every development prompt. A JSON key, field, column, property or attribute named after
// what it holds ("the key for the top score should be called high_game", "a field literally called odometer") is a
// word the answer must have. Step 2f: capital words named as such ("capital-letter words", "fully capitalised words":
// a CAPS_CUE word and "word(s)" at most 3 tokens apart) take the segment's count when it is a bound ("Keep
// capital-letter words to fewer than two"), or a later segment's of the same sentence that refers back to them ("so
// keep them to two at most", "fewer than 4 such words"). Controls: a pet called by name, "keys ... named after", a
// description ("about twenty shouty words"), the whole answer in capitals with a word limit. Pinned with sentences written for this test (test-support.ts
// V20_PROMPTS; the C parity test runs them too).
import { test } from 'node:test';
import { IfevalResponder } from './respond.ts';
import { assertRequirements, V20_PROMPTS } from './test-support.ts';

const r = IfevalResponder.builtIn();

const V20_WANT: string[] = [
  'existence{"keywords":["pts_total"]} json_format{}',
  'existence{"keywords":["mileage"]} json_format{}',
  'existence{"keywords":["final_score"]} json_format{}',
  '',
  '',
  'capital_word_frequency{"capital_relation":"less than","capital_frequency":2}',
  'capital_word_frequency{"capital_relation":"less than","capital_frequency":3}',
  'capital_word_frequency{"capital_relation":"less than","capital_frequency":4}',
  '',
  'number_words{"relation":"less than","num_words":40} english_capital{}',
];

test('version 20 readings: a JSON key named after a gap, capital words counted in their sentence', () => {
  assertRequirements(r, V20_PROMPTS, V20_WANT);
});
