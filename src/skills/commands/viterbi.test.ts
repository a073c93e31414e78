// Viterbi against brute force on small random lattices (seeded fast-check): same best score, and the
// path it returns scores exactly that and is BIO-valid.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { viterbi } from './viterbi.ts';
import { allowedTags, validTransition } from './tags.ts';

function brute(n: number, allowed: number[], emit: number[], trans: (p: number, c: number) => number): number {
  let best = -Infinity;
  const path = new Array<number>(n).fill(0);
  const rec = (i: number, score: number) => {
    if (i === n) {
      best = Math.max(best, score);
      return;
    }
    for (let a = 0; a < allowed.length; a++) {
      const prev = i === 0 ? -1 : allowed[path[i - 1]];
      if (!validTransition(prev, allowed[a])) continue;
      path[i] = a;
      rec(i + 1, score + trans(prev, allowed[a]) + emit[i * allowed.length + a]);
    }
  };
  rec(0, 0);
  return best;
}

test('integer Viterbi equals brute force on random lattices', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 5 }),
      fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 3 }),
      fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 5 * 7 * 1, maxLength: 5 * 7 }),
      fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 12 * 11, maxLength: 12 * 11 }),
      (n, slots, emitPool, transPool) => {
        const allowed = allowedTags(slots);
        const A = allowed.length;
        const emit = Array.from({ length: n * A }, (_, k) => emitPool[k % emitPool.length]);
        const trans = (p: number, c: number) => transPool[((p + 1) * 11 + c) % transPool.length];
        const r = viterbi(n, allowed, emit, trans);
        assert.equal(r.score, brute(n, allowed, emit, trans));
        let s = 0;
        r.tags.forEach((t, i) => {
          const prev = i === 0 ? -1 : r.tags[i - 1];
          assert.ok(validTransition(prev, t));
          s += trans(prev, t) + emit[i * A + allowed.indexOf(t)];
        });
        assert.equal(s, r.score);
      },
    ),
    { seed: 42, numRuns: 300 },
  );
});
