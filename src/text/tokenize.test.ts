// The tokenizer against an independent, obviously-correct reference written with plain array
// operations (property test), and tokenTexts (explanations) against the shared tokenizer vectors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fnv1a } from './hash.ts';
import { tokenizeField, tokenTexts } from './tokenize.ts';
import { readTokenizeVectors } from '../conformance/vectors.ts';

/** Whether bytes are well-formed UTF-8 (tokenTexts decodes for display; only such input round-trips). */
const wellFormed = (b: Uint8Array): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
};

// The tokenizer's cases themselves (docs/format.md §2.2-2.3: case mapping, apostrophes, curly quotes,
// dashes, no-break spaces, partial UTF-8 at a limit, byte and token limits) are test/vectors/tokenize.txt,
// run against every runtime by src/conformance/conformance.test.ts. Here: the display texts of the
// same cases are the normalized token bytes, so an explanation shows exactly what was hashed.
test('tokenTexts: each display text hashes to its token (every well-formed tokenize vector)', () => {
  let checked = 0;
  for (const v of readTokenizeVectors()) {
    const cut = v.input.subarray(0, Math.min(v.input.length, v.maxBytes));
    if (!wellFormed(cut)) continue;
    const texts = tokenTexts(v.input, v.maxBytes, v.maxTokens);
    assert.deepEqual(texts.map((t) => fnv1a(new TextEncoder().encode(t)).toString(16).padStart(8, '0')), v.want, `tokenize.txt:${v.line}`);
    checked++;
  }
  assert.ok(checked >= 20, `only ${checked} vectors checked`);
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
