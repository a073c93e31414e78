// The reader's contract (docs/format.md §4.3): round trip, coverage of every error code by the
// shared load-error vectors (test/vectors/load-errors.txt, run on every runtime by
// src/conformance/), and property tests — random corruption or truncation only ever yields an
// ArtifactError.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { crc32 } from '../../artifact/crc32.ts';
import { readContainer, writeContainer } from '../../artifact/container.ts';
import { ArtifactError, ARTIFACT_ERRORS } from '../../artifact/errors.ts';
import { readLoadCases } from '../../conformance/vectors.ts';
import { readArtifact } from './reader.ts';
import { GOLDEN_DIR } from './golden.ts';

const golden = (): Uint8Array => new Uint8Array(readFileSync(`${GOLDEN_DIR}/tiny.engram`));

/** Rewrites the header CRC after a deliberate header edit, so the next check is reached. */
function fixHeaderCrc(b: Uint8Array): Uint8Array {
  const dv = new DataView(b.buffer, b.byteOffset);
  const n = dv.getUint32(12, true);
  dv.setUint32(20, crc32(b.subarray(24, 32 + 16 * Math.min(n, 32)), crc32(b.subarray(0, 20))), true);
  return b;
}

test('golden artifact loads; sections are 16-byte aligned views', () => {
  const a = readArtifact(golden());
  assert.deepEqual(a.sections.map((s) => s.tag), ['META', 'MCQC', 'LEXN', 'WHSH', 'WDNS']);
  for (const s of a.sections) assert.equal(s.offset % 16, 0);
  assert.equal(a.meta.skill, 'mcq');
});

test('round trip: write then read returns the same section bytes', () => {
  const secs = [{ tag: 'ABCD', data: new Uint8Array([1, 2, 3]) }, { tag: 'WXYZ', data: new Uint8Array(40).fill(7) }];
  const read = readContainer(writeContainer(secs));
  assert.deepEqual(read.map((s) => [s.tag, Array.from(s.data)]), secs.map((s) => [s.tag, Array.from(s.data)]));
});

test('every error code of the table has a load-error vector, for both loaders (test/vectors/load-errors.txt)', () => {
  // The cases themselves run on every runtime in src/conformance/conformance.test.ts.
  assert.deepEqual(ARTIFACT_ERRORS.map(([, c]) => c), ARTIFACT_ERRORS.map((_, i) => i));
  const cases = readLoadCases();
  for (const loader of ['mcq', 'responder'] as const) {
    const seen = new Set(cases.filter((c) => c.loader === loader).map((c) => c.code));
    assert.deepEqual(ARTIFACT_ERRORS.map(([, c]) => c).filter((c) => !seen.has(c)), [], loader);
  }
});

function onlyArtifactErrors(bytes: Uint8Array): void {
  try {
    readArtifact(bytes);
  } catch (e) {
    if (!(e instanceof ArtifactError)) throw e;
  }
}

test('property: random byte corruption only throws ArtifactError, and is caught when it hits checked bytes', () => {
  const base = golden();
  const covered = new Uint8Array(base.length);
  covered.fill(1, 0, 32 + 16 * 5);
  for (const sct of readContainer(base)) covered.fill(1, sct.offset, sct.offset + sct.length);
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat({ max: base.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), (edits) => {
      const b = base.slice();
      for (const [i, v] of edits) b[i] = v;
      const hitsChecked = edits.some(([i]) => covered[i] === 1 && b[i] !== base[i]);
      let threw = false;
      try {
        readArtifact(b);
      } catch (e) {
        if (!(e instanceof ArtifactError)) throw e;
        threw = true;
      }
      // A changed byte under a CRC goes undetected with probability 2^-32 (the seed is fixed).
      if (hitsChecked) assert.ok(threw, `corruption ${JSON.stringify(edits)} was not detected`);
    }),
    { seed: 4, numRuns: 1000 },
  );
});

test('property: truncation at any length throws ArtifactError (never anything else)', () => {
  const base = golden();
  fc.assert(
    fc.property(fc.nat({ max: base.length - 1 }), (len) => {
      assert.throws(() => readArtifact(base.subarray(0, len)), (e: unknown) => e instanceof ArtifactError);
    }),
    { seed: 5, numRuns: 500 },
  );
});

test('property: header-consistent corruption with valid CRCs still yields ArtifactError or a valid load', () => {
  const base = golden();
  fc.assert(
    fc.property(fc.nat({ max: 32 + 16 * 5 - 1 }), fc.integer({ min: 0, max: 255 }), (i, v) => {
      const b = base.slice();
      b[i] = v;
      onlyArtifactErrors(fixHeaderCrc(b));
    }),
    { seed: 6, numRuns: 1000 },
  );
});
