// The C99 runtime on the host: its own unit tests (plain and under ASan + UBSan), exact agreement
// with the committed golden vectors, load-error parity with the TypeScript reader on corrupted
// artifacts, and the compiled probe batch round trip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArtifact } from '../artifact/reader.ts';
import { ArtifactError, artifactErrorNumber } from '../artifact/errors.ts';
import { readItems } from '../mcq/dataset.ts';
import { encodeItem } from '../mcq/item.ts';
import { compileBatch, decodeBatch } from './batch.ts';
import { C_DIR, REPO_ROOT, buildNative, checkLoadNative, haveTool, run, runNative } from './native.ts';

const GOLDEN = join(REPO_ROOT, 'test', 'golden');
const noCc = haveTool('make') && haveTool('cc') ? undefined : 'make or cc not installed';

test('C unit tests pass, plain and under AddressSanitizer + UBSan (make -C c test)', { skip: noCc }, () => {
  const out = run('make', ['-s', '-C', C_DIR, 'test']);
  assert.match(out, /c tests: \d+ checks, 0 failures[\s\S]*c tests: \d+ checks, 0 failures/);
});

test('native C runtime reproduces test/golden/tiny.expected.jsonl exactly', { skip: noCc }, () => {
  buildNative();
  const dir = mkdtempSync(join(tmpdir(), 'engram-native-'));
  try {
    const items = readItems(join(GOLDEN, 'tiny.items.jsonl'));
    const expected = readFileSync(join(GOLDEN, 'tiny.expected.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { id: string; scores: number[]; prediction: number });
    assert.equal(expected.length, items.length);
    const batch = join(dir, 'tiny.batch');
    writeFileSync(batch, compileBatch(items));
    const rows = runNative(join(GOLDEN, 'tiny.engram'), batch);
    assert.equal(rows.length, items.length);
    rows.forEach((r, i) => {
      assert.equal(expected[i].id, items[i].id);
      assert.deepEqual({ id: items[i].id, scores: r.scores, prediction: r.prediction }, expected[i]);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The TS reader's numeric code for bytes (0 = loads). */
function tsLoadCode(bytes: Uint8Array): number {
  try {
    readArtifact(bytes);
    return 0;
  } catch (err) {
    if (err instanceof ArtifactError) return artifactErrorNumber(err.code);
    throw err;
  }
}

test('C loader returns the same error code as the TS reader on corrupted artifacts', { skip: noCc }, () => {
  buildNative();
  const good = new Uint8Array(readFileSync(join(GOLDEN, 'tiny.engram')));
  const cases: [string, Uint8Array][] = [['golden', good]];
  const mut = (name: string, f: (b: Uint8Array) => Uint8Array) => cases.push([name, f(good.slice())]);
  mut('empty', () => new Uint8Array(0));
  mut('short', (b) => b.subarray(0, 31));
  mut('magic', (b) => ((b[3] ^= 1), b));
  mut('version', (b) => ((b[8] = 9), b));
  mut('section count 0', (b) => (b.fill(0, 12, 16), b));
  mut('truncated', (b) => b.subarray(0, b.length - 16));
  mut('longer', () => Uint8Array.from([...good, 0]));
  mut('header crc', (b) => ((b[20] ^= 0x80), b));
  // deterministic single-byte flips all over the file (a linear congruential walk)
  let x = 12345;
  for (let k = 0; k < 48; k++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const pos = x % good.length;
    mut(`flip@${pos}`, (b) => ((b[pos] ^= 1 << (k % 8)), b));
  }
  const dir = mkdtempSync(join(tmpdir(), 'engram-load-'));
  try {
    for (const [name, bytes] of cases) {
      const p = join(dir, 'a.engram');
      writeFileSync(p, bytes);
      assert.equal(checkLoadNative(p), tsLoadCode(bytes), `case ${name}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('compiled probe batch round-trips the items byte for byte', () => {
  const items = readItems(join(GOLDEN, 'tiny.items.jsonl'));
  const decoded = decodeBatch(compileBatch(items));
  assert.equal(decoded.length, items.length);
  decoded.forEach((d, i) => {
    const e = encodeItem(items[i]);
    assert.deepEqual([d.context, d.question, ...d.options], [e.context, e.question, ...e.options]);
    assert.equal(d.answer, items[i].answer);
  });
  const bad = compileBatch(items);
  bad[40] ^= 1;
  assert.throws(() => decodeBatch(bad), /CRC-32/);
  assert.throws(() => compileBatch([{ context: '', question: '', options: ['only one'] }]), /options/);
});
