// Model selection for the commands skill, on Snips train/ ONLY (validate/ is never read here): a seeded
// 85/15 split of train/ (seed 7, per intent, so every intent keeps 15% held out), the full-data figures
// on the held-out 15%, and the low-data regime as 70-per-intent draws from the 85% scored on the same
// 15%. Every build option in DEFAULT_BUILD was chosen with this file; the evidence is in
// docs/commands.md "Protocol". Run: node --import tsx src/skills/commands/select.ts [full|intent|low] '{"opt": v}'
import { join } from 'node:path';
import { Rng } from '../../train/rng.ts';
import { loadCommandsArtifact, writeCommandsArtifact } from './artifact.ts';
import { buildModel, DEFAULT_BUILD, type BuildOptions } from './build.ts';
import { evaluate, type EvalReport } from './evaluate.ts';
import { readCommandData } from './formats/index.ts';
import { drawPerIntent } from './low-data.ts';
import { CommandsRuntime } from './runtime.ts';
import type { CommandDataset, CommandExample } from './types.ts';

export const SELECTION_SEED = 7;
export const HELD_OUT_FRACTION = 0.15;
/** Low-data size and draws of the selection study (the benchmark's 70 queries per intent). */
const LOW_SIZE = 70;
const LOW_DRAWS = 3;

/** Per intent: a seeded shuffle, the first ceil(15%) held out. Deterministic. */
export function selectionSplit(examples: CommandExample[], seed = SELECTION_SEED): { fit: CommandExample[]; held: CommandExample[] } {
  const by = new Map<string, CommandExample[]>();
  for (const e of examples) by.set(e.intent, [...(by.get(e.intent) ?? []), e]);
  const rng = new Rng(seed);
  const fit: CommandExample[] = [];
  const held: CommandExample[] = [];
  for (const k of [...by.keys()].sort()) {
    const xs = rng.shuffle([...by.get(k)!]);
    const h = Math.ceil(HELD_OUT_FRACTION * xs.length);
    held.push(...xs.slice(0, h));
    fit.push(...xs.slice(h));
  }
  return { fit, held };
}

/** Artifact bytes of the last selection build (size is a constraint of every candidate: <= 256 KB). */
export let lastArtifactBytes = 0;

function run(ds: CommandDataset, examples: CommandExample[], held: CommandExample[], opts: BuildOptions): EvalReport {
  const train: CommandDataset = { ...ds, examples, warnings: [] };
  const bytes = writeCommandsArtifact(buildModel(train, opts));
  lastArtifactBytes = bytes.length;
  const rt = new CommandsRuntime(loadCommandsArtifact(bytes));
  return evaluate(rt, held);
}

export interface SelectionFigures {
  intentAccuracy: number;
  exactFrame: number;
  meanSlotF1: number;
  perIntent: Record<string, number>;
}

const figures = (r: EvalReport): SelectionFigures => ({
  intentAccuracy: r.intentAccuracy.rate,
  exactFrame: r.exactFrame.rate,
  meanSlotF1: r.meanSlotF1,
  perIntent: Object.fromEntries(Object.entries(r.intents).map(([k, v]) => [k, +v.slotF1.toFixed(4)])),
});

/** Full data: train on the 85%, score the 15%. */
export function selectFull(ds: CommandDataset, opts: BuildOptions): SelectionFigures {
  const { fit, held } = selectionSplit(ds.examples);
  return figures(run(ds, fit, held, opts));
}

/** Low data: LOW_DRAWS draws of 70 per intent from the 85%, each scored on the 15%; figures averaged. */
export function selectLow(ds: CommandDataset, opts: BuildOptions, size = LOW_SIZE): SelectionFigures {
  const { fit, held } = selectionSplit(ds.examples);
  const rs = Array.from({ length: LOW_DRAWS }, (_, d) => figures(run(ds, drawPerIntent(fit, size, 1000 * size + d + 1), held, { ...opts, seed: 1000 * size + d + 1 })));
  const avg = (f: (x: SelectionFigures) => number) => rs.reduce((s, x) => s + f(x), 0) / rs.length;
  const perIntent: Record<string, number> = {};
  for (const k of Object.keys(rs[0].perIntent)) perIntent[k] = +avg((x) => x.perIntent[k]).toFixed(4);
  return { intentAccuracy: avg((x) => x.intentAccuracy), exactFrame: avg((x) => x.exactFrame), meanSlotF1: avg((x) => x.meanSlotF1), perIntent };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const mode = process.argv[2] ?? 'full';
  const opts: BuildOptions = { ...DEFAULT_BUILD, ...(JSON.parse(process.argv[3] ?? '{}') as Partial<BuildOptions>) };
  const dir = process.env.ENGRAM_DATA_DIR;
  if (!dir) throw new Error('set ENGRAM_DATA_DIR');
  const ds = readCommandData([join(dir, 'snips', 'train')]);
  const t0 = performance.now();
  const r = mode === 'low' ? selectLow(ds, opts) : selectFull(ds, opts);
  const s = (x: number) => x.toFixed(4);
  console.log(`${mode} ${process.argv[3] ?? '{}'}: intent ${s(r.intentAccuracy)} frame ${s(r.exactFrame)} slotF1 ${s(r.meanSlotF1)} ${JSON.stringify(r.perIntent)} ${lastArtifactBytes} B (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
}
