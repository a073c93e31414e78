// Baselines (one module for every table and plot): exact values on small hand-made item sets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { McqItem } from '../item.ts';
import { baselineRows } from '../../../report/baselines.ts';
import { learnPositionPrior, longestOption, uniformRandom } from './baselines.ts';

const item = (options: string[], answer?: number): McqItem => ({ context: '', question: '', options, answer });

test('uniform random expects 1/k per item', () => {
  const u = uniformRandom([item(['a', 'b']), item(['a', 'b', 'c', 'd'])]);
  assert.equal(u.accuracy, (0.5 + 0.25) / 2);
  assert.ok(u.lo < u.accuracy && u.hi > u.accuracy);
});

test('position prior takes the most frequent training answer, ties to the lowest index', () => {
  assert.equal(learnPositionPrior([item(['a', 'b', 'c'], 2), item(['a', 'b', 'c'], 2), item(['a', 'b', 'c'], 1)]), 2);
  assert.equal(learnPositionPrior([item(['a', 'b'], 1), item(['a', 'b'], 0)]), 0);
});

test('longest option counts code points; ties go to the lowest index', () => {
  assert.equal(longestOption.predict(item(['ab', 'abc', 'xyz'])), 1);
  assert.equal(longestOption.predict(item(['ééé', 'abcd'])), 1);
  assert.equal(longestOption.predict(item(['😀😀', 'abc'])), 1, 'an emoji is one character, not two UTF-16 units');
});

test('baselineRows: counts and Wilson intervals per split; no prior without training items', () => {
  const items = [item(['a', 'bbb'], 1), item(['aaa', 'b'], 1), item(['a', 'b', 'ccc'], 2)];
  const rows = baselineRows('x', 'test', items, [item(['a', 'b'], 1)]);
  assert.deepEqual(rows.map((r) => [r.system, r.correct, r.n]), [
    ['uniform random (expected)', undefined, 3],
    ['position prior (always B, learned on train)', 2, 3],
    ['longest option', 2, 3],
  ]);
  assert.equal(baselineRows('x', 'test', items, null).length, 2);
  assert.deepEqual(baselineRows('x', 'test', [item(['a', 'b'])], null), [], 'unlabelled items give no baseline');
});
