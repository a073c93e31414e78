// The C99 runtime on the host: its own unit tests (plain and under ASan + UBSan; they read the
// shared vectors of test/vectors/), the compiled probe batch round trip, agreement with the TS
// runtime on random logic-heavy items, and the fuzz target's refusal without libFuzzer. The golden
// scores, load-error and batch-error codes are vectors, run on every runtime by
// src/conformance/conformance.test.ts.
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readItems } from '../skills/mcq/dataset.ts';
import { encodeItem } from '../skills/mcq/item.ts';
import { BatchError, compileBatch, decodeBatch } from './batch.ts';
import { buildNative, runNative } from './native.ts';
import { C_DIR, REPO_ROOT, haveTool, run } from './toolchain.ts';
import { rng } from '../conformance/rng.ts';

const GOLDEN = join(REPO_ROOT, 'test', 'golden');
const noCc = haveTool('make') && haveTool('cc') ? undefined : 'make or cc not installed';

test('C unit tests pass, plain and under AddressSanitizer + UBSan (make -C c test)', { skip: noCc }, () => {
  const out = run('make', ['-s', '-C', C_DIR, 'test']);
  assert.match(out, /c tests: \d+ checks, 0 failures[\s\S]*c tests: \d+ checks, 0 failures/);
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
