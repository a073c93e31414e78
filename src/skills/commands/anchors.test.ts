// The anchors computation reproduces the published table of the data README (3 decimals). These
// numbers are hard-coded ONLY here, to check the computation; the job reads anchors/ at run time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readAnchors } from './anchors.ts';
import { benchmarkFigure } from './metrics.ts';

const dir = process.env.ENGRAM_DATA_DIR ? join(process.env.ENGRAM_DATA_DIR, 'snips', 'anchors') : '';
const skip = dir && existsSync(dir) ? false : 'Snips anchors not found: set ENGRAM_DATA_DIR (expects snips/anchors/)';

// intent: Snips full, Snips 70, Luis 70, Wit 70, api.ai 70, Alexa 70 (data README).
const README: Record<string, number[]> = {
  AddToPlaylist: [0.933, 0.837, 0.745, 0.584, 0.822, 0.743],
  BookRestaurant: [0.936, 0.806, 0.552, 0.608, 0.717, 0.513],
  GetWeather: [0.947, 0.775, 0.445, 0.514, 0.542, 0.593],
  PlayMusic: [0.883, 0.659, 0.559, 0.364, 0.0, 0.526],
  RateBook: [0.981, 0.972, 0.941, 0.956, 0.909, 0.768],
  SearchCreativeWork: [0.942, 0.882, 0.853, 0.412, 0.807, 0.388],
  SearchScreeningEvent: [0.962, 0.836, 0.805, 0.689, 0.828, 0.567],
};
const MEAN = [0.941, 0.824, 0.7, 0.59, 0.661, 0.585];

test('anchors reproduce the README table exactly (3 decimals)', { skip }, () => {
  const t = readAnchors(dir);
  assert.deepEqual(t.intents, Object.keys(README));
  const cols = (i: string) => [t.snipsFull[i], ...(['Snips', 'Luis', 'Wit', 'api.ai', 'Alexa'] as const).map((e) => t.lowData['70'][e]![i])];
  for (const i of t.intents) assert.deepEqual(cols(i).map((x) => x.toFixed(3)), README[i].map((x) => x.toFixed(3)), i);
  // The README's mean row is the mean of the rounded per-intent figures (unrounded: 0.940 and 0.589).
  const r3 = (x: number) => Number(x.toFixed(3));
  const means = MEAN.map((_, k) => t.intents.reduce((s, i) => s + r3(cols(i)[k]), 0) / t.intents.length);
  assert.deepEqual(means.map((x) => x.toFixed(3)), MEAN.map((x) => x.toFixed(3)));
});

test('figure: F1 from mean P and R over draws, NaN precision -> 0, weighted by rate', () => {
  const r = benchmarkFigure([
    { a: { precision: 1, recall: 0.5, rate: 100 }, b: { precision: NaN, recall: 0, rate: 50 } },
    { a: { precision: 0.5, recall: 0.5, rate: 100 }, b: { precision: 1, recall: 1, rate: 50 } },
  ]);
  // a: P 0.75, R 0.5 -> F1 0.6; b: mean P NaN -> 0.
  assert.ok(Math.abs(r.slots.a.f1 - 0.6) < 1e-12);
  assert.equal(r.slots.b.f1, 0);
  assert.ok(Math.abs(r.figure - (100 * 0.6) / 150) < 1e-12);
});
