// The board proof end to end: a demo-trained artifact on the emulated RV32IMC board (QEMU) over
// the demo test set, and over the LogiQA test set when the benchmark data is present; every item
// must match the TypeScript runtime exactly. Also native-C parity over the same sets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDataset, readItems } from '../skills/mcq/dataset.ts';
import { loadArtifact } from '../runtime/index.ts';
import { buildArtifact, DEFAULT_BUILD_OPTIONS } from '../train/index.ts';
import { compileBatch } from './batch.ts';
import { buildNative, runNative } from './native.ts';
import { REPO_ROOT, haveTool } from './toolchain.ts';
import { fnv1a } from '../text/hash.ts';
import { percentile, scoreFold } from './compare.ts';
import { formatSummary } from './format.ts';
import { proveBoard } from './prove.ts';
import { boardToolchainMissing } from './toolchain.ts';

const DEMO_TEST = join(REPO_ROOT, 'data', 'demo', 'test.jsonl');
const dataDir = process.env.ENGRAM_DATA_DIR ?? join(REPO_ROOT, '..', 'shared', 'data');
const LOGIQA_TEST = join(dataDir, 'logiqa', 'test.jsonl');
const noBoard = boardToolchainMissing() ?? undefined;
const noLogiqa = existsSync(LOGIQA_TEST) ? undefined : `no ${LOGIQA_TEST} (set ENGRAM_DATA_DIR)`;

let demoArtifact: string | undefined;
const work = mkdtempSync(join(tmpdir(), 'engram-prove-test-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

/** A small artifact trained on the demo training set (about 0.2 s). */
function demoArtifactPath(): string {
  if (!demoArtifact) {
    const ds = readDataset(join(REPO_ROOT, 'data', 'demo', 'train.jsonl'));
    demoArtifact = join(work, 'demo.engram');
    writeFileSync(demoArtifact, buildArtifact(ds.items, ds.bytes, DEFAULT_BUILD_OPTIONS).bytes);
  }
  return demoArtifact;
}

test('percentile and fold helpers', () => {
  assert.equal(percentile([5, 1, 3, 2, 4], 50), 3);
  assert.equal(percentile([1, 2, 3, 4], 50), 2);
  assert.equal(percentile([...Array(100).keys()].map((k) => k + 1), 95), 95);
  assert.equal(scoreFold([]), '811c9dc5');
  // The fold is FNV-1a (spec'd with test vectors in src/text/hash.ts) over every score as 4
  // little-endian bytes, item after item: checked against that definition, not against itself.
  const hex = (bytes: number[]) => fnv1a(new Uint8Array(bytes)).toString(16).padStart(8, '0');
  assert.equal(scoreFold([[0]]), '4b95f515');
  assert.equal(scoreFold([[0]]), hex([0, 0, 0, 0]));
  assert.equal(scoreFold([[1, 2], [-1]]), hex([1, 0, 0, 0, 2, 0, 0, 0, 0xff, 0xff, 0xff, 0xff]));
  assert.equal(scoreFold([[0x01020304]]), hex([4, 3, 2, 1]));
  assert.notEqual(scoreFold([[1, 2]]), scoreFold([[2, 1]]));
});

function proveAndCheck(data: string, expectN?: number, maxMedianInstret = Infinity): void {
  const report = proveBoard({ artifact: demoArtifactPath(), data, timeoutMs: 300_000 });
  const s = report.summary;
  const mism = report.items.filter((r) => !r.match).map((r) => r.id);
  assert.deepEqual(mism, [], 'items whose board scores differ from the host');
  assert.equal(s.host_full_match, true, formatSummary(report));
  assert.equal(s.sha256_match && s.crc32_match && s.fold_match, true);
  if (expectN !== undefined) assert.equal(s.n, expectN);
  assert.ok(s.instret_median > 0 && s.instret_p95 >= s.instret_median);
  assert.ok(s.instret_median <= maxMedianInstret, `median instret ${s.instret_median} > ${maxMedianInstret}`);
  assert.ok(s.ram_bytes <= 48 * 1024, `RAM ${s.ram_bytes} > 48 KiB`);
  assert.ok(s.flash_bytes <= 1024 * 1024, `flash ${s.flash_bytes} > 1 MiB`);
  process.stdout.write(formatSummary(report));
}

test('board proof on the demo test set: every item identical to the host', { skip: noBoard, timeout: 600_000 }, () => {
  proveAndCheck(DEMO_TEST, readItems(DEMO_TEST).length);
});

test('board proof on the LogiQA test set: every item identical, median instret <= 150k', { skip: noBoard ?? noLogiqa, timeout: 900_000 }, () => {
  proveAndCheck(LOGIQA_TEST, 651, 150_000);
});

const noCc = haveTool('make') && haveTool('cc') ? undefined : 'make or cc not installed';

for (const [name, path, skip] of [
  ['demo', DEMO_TEST, undefined],
  ['LogiQA', LOGIQA_TEST, noLogiqa],
] as const) {
  test(`native C runtime matches the TS runtime on every ${name} test item`, { skip: noCc ?? skip }, () => {
    buildNative();
    const items = readItems(path);
    const batch = join(work, `${name}.batch`);
    writeFileSync(batch, compileBatch(items));
    const art = loadArtifact(new Uint8Array(readFileSync(demoArtifactPath())));
    const rows = runNative(demoArtifactPath(), batch);
    assert.equal(rows.length, items.length);
    const bad: string[] = [];
    items.forEach((item, i) => {
      const host = art.score(item);
      if (JSON.stringify(host) !== JSON.stringify({ scores: rows[i].scores, prediction: rows[i].prediction })) bad.push(item.id ?? String(i));
    });
    assert.deepEqual(bad, []);
  });
}
