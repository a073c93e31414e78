// Algebraic properties of the hashes. Their test vectors (docs/format.md §1.4 and more) live in
// test/vectors/hashes.txt, run against every runtime by src/conformance/conformance.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fnv1a } from './hash.ts';
import { crc32 } from '../artifact/crc32.ts';

test('property: FNV-1a continues across a split, and always returns a u32', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 64 }), fc.nat({ max: 64 }), (bytes, cut) => {
      const k = Math.min(cut, bytes.length);
      const whole = fnv1a(bytes);
      assert.equal(fnv1a(bytes, k, bytes.length, fnv1a(bytes, 0, k)), whole);
      assert.ok(Number.isInteger(whole) && whole >= 0 && whole <= 0xffffffff);
    }),
    { seed: 1, numRuns: 500 },
  );
});

test('property: CRC-32 continues across a split', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 64 }), fc.nat({ max: 64 }), (bytes, cut) => {
      const k = Math.min(cut, bytes.length);
      assert.equal(crc32(bytes.subarray(k), crc32(bytes.subarray(0, k))), crc32(bytes));
    }),
    { seed: 2, numRuns: 300 },
  );
});
