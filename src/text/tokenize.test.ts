// Tokenizer cases from the spec (docs/format.md §2.2–2.3) and a property test against an
// independent, obviously-correct reference written with plain array operations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fnv1a, fnv1aString } from './hash.ts';
import { tokenHashes, tokenizeField, tokenTexts } from './tokenize.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const texts = (s: string) => tokenTexts(enc(s));

test('lowercases ASCII only, deletes apostrophes, splits on punctuation', () => {
  assert.deepEqual(texts("Don't STOP, the pump-3 isn't 20°C!"), ['dont', 'stop', 'the', 'pump', '3', 'isnt', '20°c']);
  assert.deepEqual(tokenHashes('HELLO'), [fnv1aString('hello')]);
});

test('curly apostrophes join, curly quotes / dashes / no-break spaces separate', () => {
  assert.deepEqual(texts('Jupiter’s “moons”—ice–cold\u00a0now'), ['jupiters', 'moons', 'ice', 'cold', 'now']);
});

test('non-ASCII bytes are word bytes and are not case-mapped', () => {
  assert.deepEqual(texts('Naïve ÉCOLE 中文'), ['naïve', 'École', '中文']);
  assert.deepEqual(tokenHashes('ÉCOLE'), [fnv1a(enc('École'))]);
});

test('a partial UTF-8 sequence at the truncation point stays as raw word bytes', () => {
  const bytes = enc('ab’cd'); // 61 62 E2 80 99 63 64
  const hashes = new Uint32Array(4);
  const n = tokenizeField(bytes, 4, 4, { hashes }); // keeps 61 62 E2 80
  assert.equal(n, 1);
  assert.equal(hashes[0], fnv1a(new Uint8Array([0x61, 0x62, 0xe2, 0x80])));
});

test('byte and token limits truncate', () => {
  const hashes = new Uint32Array(8);
  assert.equal(tokenizeField(enc('a b c d e'), 100, 3, { hashes }), 3);
  assert.equal(tokenizeField(enc('abc def'), 5, 8, { hashes }), 2);
  assert.equal(hashes[1], fnv1aString('d'));
});

/** Reference: normalize to a byte array, then split on non-word bytes. */
function reference(bytes: Uint8Array, maxBytes: number, maxTokens: number): number[] {
  const b = Array.from(bytes.subarray(0, Math.min(bytes.length, maxBytes)));
  const norm: number[] = [];
  for (let i = 0; i < b.length; ) {
    if (b[i] === 0xe2 && i + 2 < b.length && b[i + 1] === 0x80) {
      const c = b[i + 2];
      if (c === 0x98 || c === 0x99) { i += 3; continue; }
      if ([0x9c, 0x9d, 0x93, 0x94].includes(c)) { norm.push(0x20); i += 3; continue; }
    }
    if (b[i] === 0xc2 && i + 1 < b.length && b[i + 1] === 0xa0) { norm.push(0x20); i += 2; continue; }
    if (b[i] === 0x27) { i++; continue; }
    norm.push(b[i] >= 0x41 && b[i] <= 0x5a ? b[i] + 32 : b[i]);
    i++;
  }
  const isWord = (x: number) => (x >= 0x30 && x <= 0x39) || (x >= 0x61 && x <= 0x7a) || x >= 0x80;
  const out: number[] = [];
  let cur: number[] = [];
  for (const x of [...norm, 0x20]) {
    if (isWord(x)) cur.push(x);
    else if (cur.length) { out.push(fnv1a(new Uint8Array(cur))); cur = []; }
  }
  return out.slice(0, maxTokens);
}

test('property: fused tokenizer equals the reference on arbitrary bytes', () => {
  const interesting = fc.constantFrom(0x27, 0xe2, 0x80, 0x98, 0x99, 0x9c, 0x93, 0xc2, 0xa0, 0x20, 0x41, 0x5a, 0x61, 0x2e);
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.integer({ min: 0, max: 255 }), interesting), { maxLength: 80 }),
      fc.integer({ min: 0, max: 90 }),
      fc.integer({ min: 0, max: 40 }),
      (arr, maxBytes, maxTokens) => {
        const bytes = new Uint8Array(arr);
        const hashes = new Uint32Array(64);
        const n = tokenizeField(bytes, maxBytes, maxTokens, { hashes });
        assert.deepEqual(Array.from(hashes.subarray(0, n)), reference(bytes, maxBytes, maxTokens));
      },
    ),
    { seed: 3, numRuns: 2000 },
  );
});
