// The CRF trainer: forward-backward equals brute-force enumeration of every valid path (partition sum
// and marginals), training is deterministic, and a CRF-trained artifact tags its training queries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { forwardBackward } from './train-crf.ts';
import { buildModel, DEFAULT_BUILD, type BuildOptions } from './build.ts';
import { loadCommandsArtifact, writeCommandsArtifact } from './artifact.ts';
import { CommandsRuntime } from './runtime.ts';
import { benchmarkExamples } from './formats/snips-benchmark.ts';
import { fixtureJson } from './test-fixture.ts';
import type { CommandDataset } from './types.ts';

/** log sum over all tag sequences of the path score, and per-token tag marginals, by enumeration. */
function brute(e: Float64Array, tr: Float64Array, n: number, A: number): { z: number; marg: number[] } {
  const scores: Array<{ s: number; path: number[] }> = [];
  const walk = (i: number, prev: number, s: number, path: number[]) => {
    if (i === n) return void scores.push({ s, path: [...path] });
    for (let c = 0; c < A; c++) {
      const t = tr[(prev + 1) * A + c];
      if (t === -Infinity) continue;
      path.push(c);
      walk(i + 1, c, s + t + e[i * A + c], path);
      path.pop();
    }
  };
  walk(0, -1, 0, []);
  const m = Math.max(...scores.map((x) => x.s));
  const total = scores.reduce((acc, x) => acc + Math.exp(x.s - m), 0);
  const marg = new Array<number>(n * A).fill(0);
  for (const x of scores) x.path.forEach((c, i) => (marg[i * A + c] += Math.exp(x.s - m) / total));
  return { z: m + Math.log(total), marg };
}

test('forward-backward: partition sum and marginals equal brute-force enumeration (random lattices with forbidden pairs)', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 }), fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 25, maxLength: 25 }), fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }), (n, A, vals, forbid) => {
      const e = Float64Array.from({ length: n * A }, (_, k) => vals[k % vals.length]);
      // Column 0 stays allowed from everywhere, so at least one path exists.
      const tr = Float64Array.from({ length: (A + 1) * A }, (_, k) => (k % A !== 0 && forbid[k % forbid.length] ? -Infinity : vals[(k * 7) % vals.length] / 2));
      const { alpha, beta, z } = forwardBackward(e, tr, n, A);
      const b = brute(e, tr, n, A);
      assert.ok(Math.abs(z - b.z) < 1e-9, `z ${z} vs ${b.z}`);
      for (let k = 0; k < n * A; k++) assert.ok(Math.abs(Math.exp(alpha[k] + beta[k] - z) - b.marg[k]) < 1e-9);
    }),
    { seed: 11, numRuns: 200 },
  );
});

const OPTS: BuildOptions = { ...DEFAULT_BUILD, taggerBits: 10, intentBits: 8, minWeight: 1, tagger: 'crf' };
const ds = (): CommandDataset => ({ examples: benchmarkExamples(fixtureJson(8), 'fixture.json'), intents: {}, entities: {}, warnings: [] });
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

test('CRF build: same bytes twice, and every training query tagged as annotated', () => {
  const bytes = writeCommandsArtifact(buildModel(ds(), OPTS));
  assert.equal(sha(writeCommandsArtifact(buildModel(ds(), OPTS))), sha(bytes));
  const rt = new CommandsRuntime(loadCommandsArtifact(bytes));
  const d = ds();
  let ok = 0;
  for (const ex of d.examples) {
    const f = rt.parse(ex.text);
    const got = f.slots.map((s) => `${s.slot}:${s.text}`).join('|');
    const want = ex.slots.map((s) => `${s.slot}:${ex.text.slice(s.start, s.end)}`).join('|');
    if (f.intent === ex.intent && got === want) ok++;
  }
  assert.equal(ok, d.examples.length);
});

test('CRF training-only options: neutral values give the one-seed bytes; seed averaging and gazetteer dropout are live and reproducible', () => {
  // The default averages 3 seeds (crfSeeds 3); the neutral values are one CRF of one seed.
  const one = { ...OPTS, crfSeeds: 1 };
  const base = sha(writeCommandsArtifact(buildModel(ds(), one)));
  // Averaging from the last epoch is the mean of one snapshot, one seed is one CRF, dropout 0 hides nothing.
  assert.equal(sha(writeCommandsArtifact(buildModel(ds(), { ...one, crfAverageFrom: OPTS.epochs, gazDropout: 0 }))), base);
  for (const extra of [{ crfSeeds: 2 }, { crfSeeds: 3 }, { gazDropout: 0.5 }, { crfAverageFrom: 1 }] as Array<Partial<BuildOptions>>) {
    const a = sha(writeCommandsArtifact(buildModel(ds(), { ...one, ...extra })));
    assert.notEqual(a, base, JSON.stringify(extra));
    assert.equal(sha(writeCommandsArtifact(buildModel(ds(), { ...one, ...extra }))), a, JSON.stringify(extra));
  }
});
