// Issue 13 round 19 (responder_version 20): readings added in session 20, each written as a rule about a kind of
// sentence and checked on every development prompt. A JSON key, field, column, property or attribute named after
// what it holds ("the key for the top score should be called high_game", "a field literally called odometer") is a
// word the answer must have. Controls: a pet called by name, "keys ... named after" (no key noun before "called" /
// "named" within the gap that ends at a boundary). Pinned with sentences written for this test (test-support.ts
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
];

test('version 20 readings: a JSON key named after a gap', () => {
  assertRequirements(r, V20_PROMPTS, V20_WANT);
});
