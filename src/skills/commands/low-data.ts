// The benchmark's low-data regime: train on n queries per intent drawn at random from train_small
// (n = 10, 20, 50, 70; three seeded draws each, as the benchmark did) and measure each intent's slot
// figure on the test set with the intent given; per slot, precision and recall are averaged over the
// draws before F1 (metrics.ts), exactly as the published anchors are.
import { Rng } from '../../train/rng.ts';
import { loadCommandsArtifact, writeCommandsArtifact } from './artifact.ts';
import { buildModel, type BuildOptions } from './build.ts';
import { evaluate } from './evaluate.ts';
import { benchmarkFigure, type SlotPR } from './metrics.ts';
import { CommandsRuntime } from './runtime.ts';
import type { CommandDataset, CommandExample } from './types.ts';

export const DRAWS = 3;
/** Seed of draw d at size n: fixed, so the regime is reproducible. */
export const drawSeed = (n: number, d: number) => 1000 * n + d + 1;

/** n examples per intent, a seeded shuffle of each intent's examples (in file order) cut to n. */
export function drawPerIntent(examples: CommandExample[], n: number, seed: number): CommandExample[] {
  const by = new Map<string, CommandExample[]>();
  for (const e of examples) {
    if (!by.has(e.intent)) by.set(e.intent, []);
    by.get(e.intent)!.push(e);
  }
  const rng = new Rng(seed);
  return [...by.keys()].sort().flatMap((k) => rng.shuffle([...by.get(k)!]).slice(0, n));
}

export interface LowDataResult {
  size: number;
  /** Per intent: the figure over the draws. */
  figure: Record<string, number>;
  mean: number;
  /** Intent accuracy per draw (k/n). */
  intentAccuracy: Array<{ k: number; n: number }>;
  exactFrame: Array<{ k: number; n: number }>;
}

/** `transform` rewrites each draw's dataset before training (e.g. entity lists from that draw's values only). */
export function lowData(pool: CommandDataset, test: CommandExample[], size: number, opts: BuildOptions, onDraw?: (d: number) => void, transform: (ds: CommandDataset) => CommandDataset = (d) => d): LowDataResult {
  const perIntent = new Map<string, Array<Record<string, SlotPR>>>();
  const intentAccuracy: LowDataResult['intentAccuracy'] = [];
  const exactFrame: LowDataResult['exactFrame'] = [];
  for (let d = 0; d < DRAWS; d++) {
    const seed = drawSeed(size, d);
    const ds: CommandDataset = transform({ ...pool, examples: drawPerIntent(pool.examples, size, seed), warnings: [] });
    // Through the artifact bytes, so the figures are those of what would ship.
    const rt = new CommandsRuntime(loadCommandsArtifact(writeCommandsArtifact(buildModel(ds, { ...opts, seed }))));
    const r = evaluate(rt, test);
    intentAccuracy.push({ k: r.intentAccuracy.k, n: r.intentAccuracy.n });
    exactFrame.push({ k: r.exactFrame.k, n: r.exactFrame.n });
    for (const [intent, ir] of Object.entries(r.intents)) {
      if (!perIntent.has(intent)) perIntent.set(intent, []);
      perIntent.get(intent)!.push(ir.slots);
    }
    onDraw?.(d + 1);
  }
  const figure: Record<string, number> = {};
  for (const [intent, draws] of [...perIntent].sort()) {
    if (Object.keys(draws[0]).length) figure[intent] = benchmarkFigure(draws).figure;
  }
  const vals = Object.values(figure);
  return { size, figure, mean: vals.reduce((a, b) => a + b, 0) / Math.max(1, vals.length), intentAccuracy, exactFrame };
}
