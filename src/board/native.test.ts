// The C99 runtime on the host: its own unit tests (plain and under ASan + UBSan), exact agreement
// with the committed golden vectors, load-error parity with the TypeScript reader on corrupted
// artifacts, the compiled probe batch round trip and its error-code parity on corrupted batches.
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { loadErrorCode, refreshCrcs } from '../artifact/test-support.ts';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContainer } from '../artifact/container.ts';
import { readArtifact } from '../skills/mcq/reader.ts';
import { readItems } from '../skills/mcq/dataset.ts';
import { encodeItem } from '../skills/mcq/item.ts';
import { crc32 } from '../artifact/crc32.ts';
import { BATCH_HEADER_BYTES, BatchError, compileBatch, decodeBatch } from './batch.ts';
import { buildNative, checkBatchNative, checkLoadNative, runNative } from './native.ts';
import { C_DIR, REPO_ROOT, haveTool, run } from './toolchain.ts';

const GOLDEN = join(REPO_ROOT, 'test', 'golden');
const noCc = haveTool('make') && haveTool('cc') ? undefined : 'make or cc not installed';

test('C unit tests pass, plain and under AddressSanitizer + UBSan (make -C c test)', { skip: noCc }, () => {
  const out = run('make', ['-s', '-C', C_DIR, 'test']);
  assert.match(out, /c tests: \d+ checks, 0 failures[\s\S]*c tests: \d+ checks, 0 failures/);
});

for (const golden of ['tiny', 'tiny-repaired']) {
  test(`native C runtime reproduces test/golden/${golden}.expected.jsonl exactly`, { skip: noCc }, () => {
    buildNative();
    const dir = mkdtempSync(join(tmpdir(), 'engram-native-'));
    try {
      const items = readItems(join(GOLDEN, 'tiny.items.jsonl'));
      const expected = readFileSync(join(GOLDEN, `${golden}.expected.jsonl`), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as { id: string; scores: number[]; prediction: number });
      assert.equal(expected.length, items.length);
      const batch = join(dir, 'tiny.batch');
      writeFileSync(batch, compileBatch(items));
      const rows = runNative(join(GOLDEN, `${golden}.engram`), batch);
      assert.equal(rows.length, items.length);
      rows.forEach((r, i) => {
        assert.equal(expected[i].id, items[i].id);
        assert.deepEqual({ id: items[i].id, scores: r.scores, prediction: r.prediction }, { id: expected[i].id, scores: expected[i].scores, prediction: expected[i].prediction });
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('C loader agrees with the TS reader on every field of a corrupted RPRS section', { skip: noCc }, () => {
  buildNative();
  const good = new Uint8Array(readFileSync(join(GOLDEN, 'tiny-repaired.engram')));
  const sec = readContainer(good).find((x) => x.tag === 'RPRS')!;
  const dir = mkdtempSync(join(tmpdir(), 'engram-rprs-'));
  let rejected = 0;
  try {
    // Every byte of the header and of the first two records, set to a few telling values.
    for (let rel = 0; rel < 8 + 2 * 96; rel++) {
      for (const v of [0x00, 0x01, 0x07, 0x08, 0x80, 0x88, 0xff]) {
        const b = good.slice();
        if (b[sec.offset + rel] === v) continue;
        b[sec.offset + rel] = v;
        refreshCrcs(b);
        const p = join(dir, 'a.engram');
        writeFileSync(p, b);
        const ts = tsLoadCode(b);
        if (ts !== 0) rejected++;
        assert.equal(checkLoadNative(p), ts, `RPRS byte ${rel} = ${v}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.ok(rejected > 100, `only ${rejected} corruptions were rejected`);
});

/** The TS reader's numeric code for bytes (0 = loads). */
const tsLoadCode = (bytes: Uint8Array): number => loadErrorCode(readArtifact, bytes);

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
  assert.throws(() => decodeBatch(bad), (e) => e instanceof BatchError && e.code === 'BATCH_CRC_MISMATCH' && /CRC-32/.test(e.message));
  assert.throws(() => compileBatch([{ context: '', question: '', options: ['only one'] }]), (e) => e instanceof BatchError && e.code === 'BATCH_BAD_ITEM');
});

/** decodeBatch's error number for bytes (0 = decodes), as eg_batch_open would return it. */
function tsBatchCode(bytes: Uint8Array): number {
  try {
    decodeBatch(bytes);
    return 0;
  } catch (e) {
    if (e instanceof BatchError) return e.number;
    throw e;
  }
}

/** Rewrites the body CRC, so a corruption inside the body reaches the item checks. */
function fixBatchCrc(b: Uint8Array): Uint8Array {
  new DataView(b.buffer, b.byteOffset, b.byteLength).setUint32(20, crc32(b.subarray(BATCH_HEADER_BYTES)), true);
  return b;
}

test('C batch reader returns the same error code as decodeBatch on corrupted batches', { skip: noCc }, () => {
  buildNative();
  const good = compileBatch(readItems(join(GOLDEN, 'tiny.items.jsonl')));
  const cases: [string, Uint8Array][] = [['good', good]];
  const mut = (name: string, f: (b: Uint8Array) => Uint8Array) => cases.push([name, f(good.slice())]);
  const u32 = (b: Uint8Array, at: number, v: number) => (new DataView(b.buffer, b.byteOffset).setUint32(at, v, true), b);
  mut('empty', () => new Uint8Array(0));
  mut('short header', (b) => b.subarray(0, BATCH_HEADER_BYTES - 1));
  mut('magic', (b) => ((b[2] ^= 1), b));
  mut('version', (b) => u32(b, 8, 2));
  mut('body_length', (b) => u32(b, 16, b.length));
  mut('cut body', (b) => u32(b.subarray(0, b.length - 1), 16, b.length - 1 - BATCH_HEADER_BYTES));
  mut('body crc', (b) => ((b[20] ^= 1), b));
  mut('one option', (b) => fixBatchCrc(((b[BATCH_HEADER_BYTES] = 1), b)));
  mut('nine options', (b) => fixBatchCrc(((b[BATCH_HEADER_BYTES] = 9), b)));
  mut('answer out of range', (b) => fixBatchCrc(((b[BATCH_HEADER_BYTES + 1] = 8), b)));
  mut('field overruns', (b) => fixBatchCrc(u32(b, BATCH_HEADER_BYTES + 2, 0x7fffffff)));
  mut('count + 1', (b) => u32(b, 12, new DataView(b.buffer).getUint32(12, true) + 1));
  mut('count - 1 (trailing bytes)', (b) => u32(b, 12, new DataView(b.buffer).getUint32(12, true) - 1));
  // deterministic single-byte flips in the body, CRC refreshed (a linear congruential walk)
  let x = 777;
  for (let k = 0; k < 32; k++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const pos = BATCH_HEADER_BYTES + (x % (good.length - BATCH_HEADER_BYTES));
    mut(`flip@${pos}`, (b) => fixBatchCrc(((b[pos] ^= 1 << (k % 8)), b)));
  }
  const seen = new Set<number>();
  const dir = mkdtempSync(join(tmpdir(), 'engram-batch-'));
  try {
    for (const [name, bytes] of cases) {
      const p = join(dir, 'b.bin');
      writeFileSync(p, bytes);
      const ts = tsBatchCode(bytes);
      seen.add(ts);
      assert.equal(checkBatchNative(p), ts, `case ${name}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // every batch error of the table (and OK) is exercised
  assert.deepEqual([...seen].sort((a, b) => a - b), [0, 201, 202, 203, 204, 205]);
});

/** Deterministic xorshift32 in [0, n). */
function rng(seed: number): (n: number) => number {
  let x = seed >>> 0 || 1;
  return (n) => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x % n;
  };
}

// Sentence-shaped random text that exercises the deductive module (conditionals, only-if, unless,
// all/no ... is, either/or, and, therefore, negation, plural stems) and the tokenizer's edge
// cases (curly quotes and dashes, NBSP, apostrophes, decimals, runs of punctuation, newlines).
const LOGIC_PIECES = [
  'if', 'If', 'then', 'only', 'Only if', 'unless', 'Unless', 'either', 'or', 'nor', 'neither', 'and', 'but', 'both',
  'all', 'All', 'no', 'No', 'none', 'is', 'are', 'was', 'be', 'therefore', 'Therefore,', 'thus', 'as', 'even',
  'not', "isn't", 'never', 'cannot', 'every', 'each', 'some', 'most', 'may', 'must', 'more', 'than',
  'cats', 'cat', 'dogs', 'dog', 'glass', 'classes', 'bus', 'buses', 'pump', 'pumps', 'valve', 'open', 'closed',
  'runs', 'running', 'Zhang', 'Li', 'Wang', 'doctor', 'doctors', 'lawyer', 'teacher', 'red', 'blue', 'tall',
  'weaken', 'strengthen', 'assumption', 'explain', 'flaw', 'parallel', 'role', 'definition', 'main', 'infer',
  ',', ',', '.', '.', ';', '?', '!', ':', '\n', '3.5', 'e.g.', '...', '—', '–', '“', '”', '’s', "'", '\u00a0', '(', ')',
];

function randomText(r: (n: number) => number, words: number): string {
  const out: string[] = [];
  for (let k = 0; k < words; k++) out.push(LOGIC_PIECES[r(LOGIC_PIECES.length)]);
  return out.join(r(4) === 0 ? '' : ' ');
}

test('native C runtime matches the TS runtime on 1500 random logic-heavy items', { skip: noCc }, async () => {
  const { loadArtifact } = await import('../runtime/index.ts');
  buildNative();
  const r = rng(20241126);
  const items = Array.from({ length: 1500 }, (_, i) => {
    const n = 2 + r(7);
    return {
      id: `r${i}`,
      context: randomText(r, r(10) === 0 ? 900 : 5 + r(120)),
      question: randomText(r, r(12)),
      options: Array.from({ length: n }, () => randomText(r, r(10) === 0 ? 250 : r(25))),
    };
  });
  const dir = mkdtempSync(join(tmpdir(), 'engram-rand-'));
  try {
    const batch = join(dir, 'rand.batch');
    writeFileSync(batch, compileBatch(items));
    const artPath = join(GOLDEN, 'tiny.engram');
    const rows = runNative(artPath, batch);
    const art = loadArtifact(new Uint8Array(readFileSync(artPath)));
    const bad: string[] = [];
    items.forEach((item, i) => {
      const host = art.score(item);
      if (JSON.stringify(host) !== JSON.stringify({ scores: rows[i].scores, prediction: rows[i].prediction })) bad.push(item.id);
    });
    assert.deepEqual(bad.slice(0, 20), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('make fuzz without a libFuzzer-capable clang fails with the install command (no fallback engine)', { skip: noCc }, () => {
  const build = mkdtempSync(join(tmpdir(), 'engram-nofuzz-'));
  try {
    const r = spawnSync('make', ['-s', '-C', C_DIR, 'fuzz', 'CLANG=false', `B=${build}`, 'FUZZ_RUNS=10'], { encoding: 'utf8' });
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /cannot link libFuzzer[\s\S]*apt-get install -y clang lld libclang-rt-14-dev/);
  } finally {
    rmSync(build, { recursive: true, force: true });
  }
});
