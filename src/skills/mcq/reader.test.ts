// The reader's contract (docs/format.md §4.3): one negative test per error code, round trip, and
// property tests — random corruption or truncation only ever yields an ArtifactError.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { crc32 } from '../../artifact/crc32.ts';
import { readContainer, writeContainer } from '../../artifact/container.ts';
import { ArtifactError, ARTIFACT_ERRORS, type ArtifactErrorCode } from '../../artifact/errors.ts';
import { readArtifact } from './reader.ts';
import { GOLDEN_DIR } from './golden.ts';

const golden = (): Uint8Array => new Uint8Array(readFileSync(`${GOLDEN_DIR}/tiny.engram`));

function expectCode(bytes: Uint8Array, code: ArtifactErrorCode): void {
  assert.throws(() => readArtifact(bytes), (e: unknown) => e instanceof ArtifactError && e.code === code, `expected ${code}`);
}

/** Rewrites the header CRC after a deliberate header edit, so the next check is reached. */
function fixHeaderCrc(b: Uint8Array): Uint8Array {
  const dv = new DataView(b.buffer, b.byteOffset);
  const n = dv.getUint32(12, true);
  dv.setUint32(20, crc32(b.subarray(24, 32 + 16 * Math.min(n, 32)), crc32(b.subarray(0, 20))), true);
  return b;
}

function fixSectionCrc(b: Uint8Array, entry: number): Uint8Array {
  const dv = new DataView(b.buffer, b.byteOffset);
  const e = 32 + 16 * entry;
  const off = dv.getUint32(e + 4, true);
  const len = dv.getUint32(e + 8, true);
  dv.setUint32(e + 12, crc32(b.subarray(off, off + len)), true);
  return fixHeaderCrc(b);
}

const u32 = (b: Uint8Array, off: number, v: number): Uint8Array => {
  new DataView(b.buffer, b.byteOffset).setUint32(off, v, true);
  return b;
};

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

test('one error per failure kind', () => {
  expectCode(golden().subarray(0, 31), 'TRUNCATED');
  expectCode(Object.assign(golden(), { 0: 0x46 }), 'BAD_MAGIC');
  expectCode(u32(golden(), 8, 2), 'UNSUPPORTED_VERSION'); // older artifacts are not readable as v3
  expectCode(u32(golden(), 8, 4), 'UNSUPPORTED_VERSION');
  expectCode(u32(golden(), 12, 0), 'BAD_HEADER');
  expectCode(u32(golden(), 12, 33), 'BAD_HEADER');
  expectCode(golden().subarray(0, 200), 'TRUNCATED');
  const longer = new Uint8Array(golden().length + 16);
  longer.set(golden());
  expectCode(longer, 'SIZE_MISMATCH');
  expectCode(Object.assign(golden(), { 40: 0x41 }), 'HEADER_CRC_MISMATCH');
  expectCode(fixHeaderCrc(u32(golden(), 24, 1)), 'BAD_HEADER');
  expectCode(fixHeaderCrc(u32(golden(), 32 + 4, 104)), 'SECTION_MISALIGNED');
  expectCode(fixHeaderCrc(u32(golden(), 32 + 16 * 4 + 8, 1 << 30)), 'SECTION_OUT_OF_BOUNDS');
  expectCode(fixHeaderCrc(u32(golden(), 32 + 4, 16)), 'SECTION_OUT_OF_BOUNDS');
  const g = golden();
  const secondOffset = new DataView(g.buffer).getUint32(32 + 16 + 4, true);
  expectCode(fixHeaderCrc(u32(g, 32 + 16 + 4, secondOffset - 16)), 'SECTION_OVERLAP');
  const dup = golden();
  dup.set(new TextEncoder().encode('META'), 32 + 16);
  expectCode(fixHeaderCrc(dup), 'DUPLICATE_SECTION');
  const flip = golden();
  const whshOff = new DataView(flip.buffer).getUint32(32 + 16 * 3 + 4, true);
  flip[whshOff + 5] ^= 1;
  expectCode(flip, 'SECTION_CRC_MISMATCH');
  const missing = golden();
  missing.set(new TextEncoder().encode('XXXX'), 32 + 16 * 2);
  expectCode(fixHeaderCrc(missing), 'MISSING_SECTION');
  const badCfg = golden();
  const mcqcOff = new DataView(badCfg.buffer).getUint32(32 + 16 + 4, true);
  u32(badCfg, mcqcOff + 4, 21);
  expectCode(fixSectionCrc(badCfg, 1), 'BAD_SECTION');
  const badMeta = golden();
  badMeta[new DataView(badMeta.buffer).getUint32(32 + 4, true)] = 0x20;
  expectCode(fixSectionCrc(badMeta, 0), 'BAD_SECTION');
});

test('every error code in the table is exercised above or is OK', () => {
  assert.equal(ARTIFACT_ERRORS.length, 14);
  assert.deepEqual(ARTIFACT_ERRORS.map(([, c]) => c), ARTIFACT_ERRORS.map((_, i) => i));
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
