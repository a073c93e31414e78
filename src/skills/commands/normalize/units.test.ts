// The unit table: every pairwise conversion is exact, reduced, and fits the int64 C tables; known
// legal definitions come out exactly; rounding is half away from zero on both signs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conversion, findUnit, UNITS } from './units.ts';
import { convert } from './quantity.ts';
import { divRoundHalfAway } from './fixed.ts';

const INT64_MAX = (1n << 63n) - 1n;

test('every same-dimension conversion is a reduced integer triple within int64', () => {
  for (const a of UNITS) {
    for (const b of UNITS) {
      const c = conversion(a, b);
      if (a.dimension !== b.dimension) {
        assert.equal(c, undefined);
        continue;
      }
      assert.ok(c && c.div > 0n, `${a.id}->${b.id}`);
      for (const x of [c.mul, c.add, c.div]) assert.ok(x <= INT64_MAX && -x <= INT64_MAX, `${a.id}->${b.id} ${x}`);
      if (a === b) assert.deepEqual(c, { mul: 1n, add: 0n, div: 1n });
    }
  }
});

test('unit ids are unique and each alias names one unit', () => {
  assert.equal(new Set(UNITS.map((u) => u.id)).size, UNITS.length);
  const seen = new Map<string, string>();
  for (const u of UNITS) {
    for (const a of u.aliases) {
      assert.ok(!seen.has(a) || seen.get(a) === u.id, `alias ${a} of ${u.id} and ${seen.get(a)}`);
      seen.set(a, u.id);
    }
  }
});

test('exact legal definitions', () => {
  const f = (n: string) => findUnit(n)!;
  assert.deepEqual(conversion(f('F'), f('C')), { mul: 5n, add: -160n, div: 9n });
  assert.deepEqual(conversion(f('in'), f('cm')), { mul: 127n, add: 0n, div: 50n });
  assert.deepEqual(convert({ value: 1, scale: 1 }, f('mi'), f('m'), 3), { value: 1609344, scale: 1000 });
  assert.deepEqual(convert({ value: 1, scale: 1 }, f('lb'), f('g'), 5), { value: 45359237, scale: 100000 });
  assert.deepEqual(convert({ value: 1, scale: 1 }, f('gal'), f('ml'), 6), { value: 3785411784, scale: 1000000 });
  assert.deepEqual(convert({ value: 0, scale: 1 }, f('C'), f('K'), 2), { value: 27315, scale: 100 });
  assert.equal(findUnit('miles')?.id, 'mi');
  assert.equal(findUnit('parsec'), undefined);
});

test('rounding is half away from zero, and overflow gives no value', () => {
  assert.equal(divRoundHalfAway(5n, 2n), 3n);
  assert.equal(divRoundHalfAway(-5n, 2n), -3n);
  assert.equal(divRoundHalfAway(4n, 3n), 1n);
  assert.equal(divRoundHalfAway(-4n, 3n), -1n);
  assert.equal(convert({ value: 999_999_999_999_999, scale: 1 }, findUnit('gal')!, findUnit('tsp')!, 6), undefined);
});
