// Published test vectors (docs/format.md §1.4) and algebraic properties of the hashes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { featureHash, fmix32, fnv1a, fnv1aString } from './hash.ts';
import { crc32 } from '../artifact/crc32.ts';

test('FNV-1a, fmix32 and feature_hash match the spec vectors', () => {
  assert.equal(fnv1aString(''), 0x811c9dc5);
  assert.equal(fnv1aString('a'), 0xe40c292c);
  assert.equal(fnv1aString('foobar'), 0xbf9cf968);
  assert.equal(fnv1a(new Uint8Array([0xc3, 0xa9])), 0x1e9de8c1);
  assert.equal(fmix32(0), 0);
  assert.equal(fmix32(1), 0x514e28b7);
  assert.equal(fmix32(0x811c9dc5), 0xab3e7c0b);
  assert.equal(featureHash(1, fnv1aString('pump'), 0), 0x938f7385);
  assert.equal(featureHash(2, fnv1aString('not'), fnv1aString('all')), 0xa84e2454);
});

test('CRC-32 check value', () => {
  assert.equal(crc32(new TextEncoder().encode('123456789')), 0xcbf43926);
});

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
