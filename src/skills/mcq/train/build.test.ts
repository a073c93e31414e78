// Reproducible builds and the float/quantized relationship on the golden training set, and the
// builds refused because their model could not learn anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readContainer } from '../../../artifact/container.ts';
import { readDataset } from '../dataset.ts';
import { loadArtifact } from '../runtime.ts';
import { GOLDEN_DIR, GOLDEN_OPTIONS } from '../golden.ts';
import { BuildError, buildArtifact, checkBuildInputs, floatAccuracy } from './build.ts';
import { nsMaskFromNames } from '../features.ts';
import { quantize, roundHalfAway } from './quantize.ts';
import { predictAll, summarize } from '../eval/evaluate.ts';

const train = () => readDataset(`${GOLDEN_DIR}/tiny.train.jsonl`);

test('building the same data with the same options twice gives identical bytes', () => {
  const d = train();
  const a = buildArtifact(d.items, d.bytes, GOLDEN_OPTIONS, undefined, { dataset: 'golden-tiny' }).bytes;
  const b = buildArtifact(d.items, d.bytes, GOLDEN_OPTIONS, undefined, { dataset: 'golden-tiny' }).bytes;
  assert.deepEqual(a, b);
  // ...and equal to the committed golden artifact (regenerate with scripts/make-golden.ts after a spec change).
  assert.deepEqual(a, new Uint8Array(readFileSync(`${GOLDEN_DIR}/tiny.engram`)));
});

test('a different seed gives different weights (the seed is really used, not only recorded)', () => {
  const d = train();
  // META records the seed, so whole artifacts would differ even if training ignored it: compare
  // the weight sections alone.
  const weights = (bytes: Uint8Array) => readContainer(bytes).filter((s) => s.tag === 'WHSH' || s.tag === 'WDNS').map((s) => Array.from(s.data));
  const a = weights(buildArtifact(d.items, d.bytes, GOLDEN_OPTIONS).bytes);
  const b = weights(buildArtifact(d.items, d.bytes, { ...GOLDEN_OPTIONS, seed: 8 }).bytes);
  assert.equal(a.length, 2);
  assert.notDeepEqual(a, b);
});

test('metadata records hyperparameters and the training data sha256', () => {
  const d = train();
  const art = loadArtifact(buildArtifact(d.items, d.bytes, GOLDEN_OPTIONS).bytes);
  const meta = art.meta as { train: { seed: number; data_sha256: string; epochs: number } };
  assert.equal(meta.train.seed, GOLDEN_OPTIONS.seed);
  assert.equal(meta.train.epochs, GOLDEN_OPTIONS.epochs);
  assert.match(meta.train.data_sha256, /^[0-9a-f]{64}$/);
});

test('quantized and float models agree on the training items they fit', () => {
  const d = train();
  const built = buildArtifact(d.items, d.bytes, GOLDEN_OPTIONS);
  const fl = floatAccuracy(built.model, d.items, built.lexicon, GOLDEN_OPTIONS);
  const q = summarize(predictAll(loadArtifact(built.bytes), d.items));
  assert.equal(fl.n, d.items.length);
  assert.equal(fl.correct, d.items.length, 'the tiny set is separable');
  assert.equal(q.correct, fl.correct);
});

test('quantization: round half away from zero, clipping to ±127 / ±32767', () => {
  assert.deepEqual([2.5, -2.5, 0.49, -0.5].map(roundHalfAway), [3, -3, 0, -1]);
  const q = quantize({ hashed: new Float64Array([1, -1, 0.5]), dense: new Float64Array([0.25, -2]) });
  assert.deepEqual(Array.from(q.hashed), [127, -127, 64]);
  assert.ok(Math.abs(q.dense[1] * q.unit - -2) < q.unit);
  assert.ok(q.hashMult >= 1 && q.hashMult <= 256);
});

test('a feature set with no feature family (backoff alone, or nothing) is a BuildError, not an empty model', () => {
  const d = train();
  for (const names of [['backoff'], []]) {
    assert.throws(
      () => buildArtifact(d.items, d.bytes, { ...GOLDEN_OPTIONS, nsMask: nsMaskFromNames(names) }),
      (e: unknown) => e instanceof BuildError && e.code === 'NO_FEATURES' && /selects no feature family/.test(e.message) && (names.length === 0 || /"backoff" only modifies/.test(e.message)),
    );
  }
  // backoff with a family it modifies is fine.
  assert.doesNotThrow(() => checkBuildInputs(d.items, nsMaskFromNames(['backoff', 'qt_flag'])));
});

test('training items without any answer are a BuildError: there is nothing to learn from', () => {
  const d = train();
  const unlabelled = d.items.map(({ answer: _, ...rest }) => rest);
  assert.throws(() => buildArtifact(unlabelled, d.bytes, GOLDEN_OPTIONS), (e: unknown) => e instanceof BuildError && e.code === 'NO_LABELLED_ITEMS');
});
