// Out-of-scope margin selection (reject.ts): the margin rule, the cross-validated choice, and the
// runtime refusing a low-margin query as out_of_scope.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bestWithMargin } from './margin.ts';
import { chooseMargin, folds, scoreMargin, type ScoredQuery } from './reject.ts';
import type { CommandExample } from './types.ts';

const q = (gold: string, best: string, margin: number, bestRefuses = false): ScoredQuery => ({ gold, best, margin, bestRefuses });

test('bestWithMargin: ties go to the lowest index with margin 0', () => {
  assert.deepEqual(bestWithMargin(Int32Array.from([5, 9, 9, 1])), { best: 1, margin: 0 });
  assert.deepEqual(bestWithMargin(Int32Array.from([5, 12, 9])), { best: 1, margin: 3 });
});

test('a margin refuses only served intents under it; the choice maximises accuracy, ties to the smallest', () => {
  const qs = [q('out_of_scope', 'a', 2), q('out_of_scope', 'b', 4), q('a', 'a', 10), q('b', 'b', 3), q('unlock', 'unlock', 0, true)];
  assert.deepEqual(scoreMargin(qs, 0), { margin: 0, accuracy: 3 / 5, oosPrecision: 0, oosRecall: 0 });
  const five = scoreMargin(qs, 5);
  assert.equal(five.accuracy, 4 / 5);
  assert.equal(five.oosRecall, 1);
  assert.equal(five.oosPrecision, 2 / 3);
  // 3 refuses only the margin-2 query: 4/5, as 5 does; the smaller wins.
  assert.equal(chooseMargin(qs).chosen, 3);
});

test('folds: every example once, each intent spread evenly, deterministic', () => {
  const ex: CommandExample[] = Array.from({ length: 23 }, (_, i) => ({ id: String(i), text: `q${i}`, intent: i % 3 ? 'a' : 'b', slots: [] }) as unknown as CommandExample);
  const f = folds(ex, 5);
  assert.equal(f.flat().length, 23);
  assert.deepEqual(folds(ex, 5), f);
  for (const x of f) assert.ok(x.filter((e) => e.intent === 'b').length >= 1);
});
