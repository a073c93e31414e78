// The runtime API against items a hostile or careless JavaScript caller passes: every malformed item
// is a typed ItemError naming the field, never a score and never a bare TypeError; valid items score
// exactly as before (same integers as the unchecked encode-and-score path).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { checkItem, ItemError, loadArtifact } from '../../runtime/index.ts';
import { GOLDEN_DIR } from './golden.ts';
import { encodeItem } from './item.ts';

const art = loadArtifact(new Uint8Array(readFileSync(`${GOLDEN_DIR}/tiny.engram`)));
const ok = { context: 'The pump runs.', question: 'Which is true?', options: ['a', 'b'] };

/** [what a caller passes, expected code, expected field, message pattern] */
const HOSTILE: [unknown, string, string, RegExp][] = [
  [{ options: [1, 2] }, 'FIELD_TYPE', 'context', /"context" must be a string, got undefined/],
  [{ ...ok, options: [1, 2] }, 'FIELD_TYPE', 'options[0]', /options\[0\] is a number/],
  [{ ...ok, context: null }, 'FIELD_TYPE', 'context', /"context" must be a string, got null/],
  [{ context: 1 }, 'FIELD_TYPE', 'context', /got a number/],
  [{ ...ok, question: ['q'] }, 'FIELD_TYPE', 'question', /"question" must be a string, got an array/],
  [{ ...ok, options: 'ab' }, 'FIELD_TYPE', 'options', /"options" must be an array of strings, got a string/],
  [{ ...ok, options: { 0: 'a', 1: 'b', length: 2 } }, 'FIELD_TYPE', 'options', /got an object/],
  [{ ...ok, options: ['a'] }, 'OPTION_COUNT', 'options', /2\.\.8 entries, got 1/],
  [{ ...ok, options: [] }, 'OPTION_COUNT', 'options', /got 0/],
  [{ ...ok, options: Array(9).fill('x') }, 'OPTION_COUNT', 'options', /got 9/],
  [{ ...ok, options: ['a', , 'c'] }, 'FIELD_TYPE', 'options[1]', /options\[1\] is undefined/],
  [{ ...ok, options: ['a', new String('b')] }, 'FIELD_TYPE', 'options[1]', /is an object/],
  [null, 'NOT_AN_OBJECT', 'item', /got null/],
  [undefined, 'NOT_AN_OBJECT', 'item', /got undefined/],
  ['{"context": "c"}', 'NOT_AN_OBJECT', 'item', /got a string/],
  [[ok], 'NOT_AN_OBJECT', 'item', /got an array/],
];

test('score and explain throw ItemError with code and field for each hostile item', () => {
  for (const [item, code, field, re] of HOSTILE) {
    for (const call of [() => art.score(item as never), () => art.explain(item as never), () => checkItem(item)]) {
      assert.throws(call, (e: unknown) => e instanceof ItemError && e.code === code && e.field === field && re.test(e.message), `${JSON.stringify(item)}`);
    }
  }
});

test('scoreEncoded rejects a malformed encoded item instead of scoring past its buffers', () => {
  const b = new Uint8Array(0);
  const out = new Int32Array(8);
  const cases: [unknown, Int32Array, string][] = [
    [{ context: b, question: b, options: Array(9).fill(b) }, new Int32Array(9), 'OPTION_COUNT'],
    [{ context: b, question: b, options: [b] }, out, 'OPTION_COUNT'],
    [{ context: 'c', question: b, options: [b, b] }, out, 'FIELD_TYPE'],
    [{ context: b, question: b, options: [b, 'x'] }, out, 'FIELD_TYPE'],
    [{ context: b, question: b, options: [b, b, b] }, new Int32Array(2), 'FIELD_TYPE'],
    [null, out, 'NOT_AN_OBJECT'],
  ];
  for (const [item, buf, code] of cases) {
    assert.throws(() => art.scoreEncoded(item as never, buf), (e: unknown) => e instanceof ItemError && e.code === code);
  }
  // Node's Buffer is a Uint8Array: accepted.
  assert.equal(typeof art.scoreEncoded({ context: Buffer.from('c'), question: b, options: [b, Buffer.from('x')] }, out), 'number');
});

test('fields the runtime does not read are not checked; the check snapshots what it reads', () => {
  const item = { ...ok, id: 7, answer: 'B', weight: -1, extra: { deep: true } };
  assert.deepEqual(art.score(item as never), art.score(ok));
  // A getter that changes its value between reads cannot make the check and the score disagree.
  let reads = 0;
  const tricky = { ...ok, get options() { return reads++ === 0 ? ['a', 'b'] : 42; } };
  assert.deepEqual(art.score(tricky as never), art.score(ok));
});

test('property: valid items score exactly as the unchecked path; checkItem copies them unchanged', () => {
  const out = new Int32Array(8);
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 60 }), fc.array(fc.string({ maxLength: 80 }), { minLength: 2, maxLength: 8 }), (context, question, options) => {
      const item = { context, question, options };
      assert.deepEqual(checkItem(item), item);
      const pred = art.scoreEncoded(encodeItem(item), out);
      assert.deepEqual(art.score(item), { scores: Array.from(out.subarray(0, options.length)), prediction: pred });
    }),
    { seed: 41, numRuns: 200 },
  );
});

test('property: any JSON-like value either scores or throws ItemError, nothing else', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.anything(),
        fc.record({ context: fc.anything(), question: fc.anything(), options: fc.oneof(fc.anything(), fc.array(fc.anything(), { maxLength: 10 })) }),
      ),
      (item) => {
        try {
          const r = art.score(item as never);
          assert.equal(r.scores.length, (item as { options: unknown[] }).options.length);
        } catch (e) {
          assert.ok(e instanceof ItemError, `unexpected ${(e as Error)?.name}: ${(e as Error)?.message}`);
        }
      },
    ),
    { seed: 42, numRuns: 500 },
  );
});
