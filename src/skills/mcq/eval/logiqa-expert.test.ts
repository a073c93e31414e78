// The LogiQA protocol never looks at test labels when choosing or fitting: changing every test
// answer leaves the selection and the artifact bytes unchanged (only the reported accuracy moves).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readDataset } from '../dataset.ts';
import { GOLDEN_DIR } from '../golden.ts';
import { REPO_ROOT } from '../../../board/toolchain.ts';
import { runLogiqaExpert } from './logiqa-expert.ts';

test('selection and final fit are independent of the test labels', () => {
  const train = readDataset(join(REPO_ROOT, 'data/demo/train.jsonl'));
  const dev = readDataset(join(REPO_ROOT, 'data/demo/test.jsonl')).items;
  const testItems = readDataset(join(GOLDEN_DIR, 'tiny.train.jsonl')).items;
  const flipped = testItems.map((it) => ({ ...it, answer: ((it.answer ?? 0) + 1) % it.options.length }));
  const a = runLogiqaExpert(train.items, dev, testItems, train.bytes);
  const b = runLogiqaExpert(train.items, dev, flipped, train.bytes);
  assert.equal(a.report.chosen, b.report.chosen);
  assert.deepEqual(a.report.selection, b.report.selection);
  assert.equal(a.report.sha256, b.report.sha256);
  assert.deepEqual(a.built.bytes, b.built.bytes);
  // Same predictions, but the per-item verdicts do depend on the labels (the check is not vacuous).
  assert.deepEqual(a.testPredictions.map((p) => p.prediction), b.testPredictions.map((p) => p.prediction));
  assert.notDeepEqual(a.testPredictions.map((p) => p.correct), b.testPredictions.map((p) => p.correct));
});
