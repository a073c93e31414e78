// Wilson intervals and the exact McNemar test against known values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mcnemarExact, wilson } from './stats.ts';

test('Wilson 95% interval matches reference values', () => {
  const [lo, hi] = wilson(50, 100);
  assert.equal(lo.toFixed(4), '0.4038');
  assert.equal(hi.toFixed(4), '0.5962');
  assert.deepEqual(wilson(0, 0), [0, 1]);
  const [l0] = wilson(0, 10);
  assert.equal(l0, 0);
});

test('exact McNemar: binomial tail, symmetric, 1 with no discordant pairs', () => {
  assert.equal(mcnemarExact(0, 0), 1);
  assert.equal(mcnemarExact(3, 7), mcnemarExact(7, 3));
  // b=0, c=6: 2 * 0.5^6 = 0.03125
  assert.ok(Math.abs(mcnemarExact(0, 6) - 0.03125) < 1e-12);
  // b=2, c=8: 2 * (1 + 10 + 45) / 1024
  assert.ok(Math.abs(mcnemarExact(2, 8) - (2 * 56) / 1024) < 1e-12);
});
