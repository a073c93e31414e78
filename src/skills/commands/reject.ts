// Out-of-scope rejection by margin: a query whose best served intent beats the runner-up by less
// than `rejectMargin` (i32 intent-score units) is refused as out_of_scope. Thirty out-of-scope
// examples cannot describe everything a person may ask; a query the classifier is unsure about is
// better refused than mapped to the nearest intent. The margin is chosen by k-fold cross-validation on
// the TRAINING data only (never a test set): every training query is scored by a model that did not
// see it, and the margin that maximises intent accuracy (refusal = the out_of_scope intent) wins,
// ties to the smallest. Needs an out_of_scope intent with examples; otherwise the margin is 0 (off).
import { Rng } from '../../train/rng.ts';
import { bestWithMargin } from './margin.ts';
import type { BuildOptions } from './build.ts';
import type { CommandsModel } from './model.ts';
import { OUT_OF_SCOPE, type CommandDataset, type CommandExample } from './types.ts';

/** Folds of the cross-validation and its seed. */
export const REJECT_FOLDS = 5;
export const REJECT_SEED = 11;

/** One held-out query as a fold model scored it. */
export interface ScoredQuery {
  gold: string;
  /** Intent names by the fold model's scores, best first, with the margin of the best over the next. */
  best: string;
  margin: number;
  bestRefuses: boolean;
}

export interface MarginCandidate {
  margin: number;
  /** Cross-validated intent accuracy with this margin. */
  accuracy: number;
  oosPrecision: number;
  oosRecall: number;
}

export interface RejectSelection {
  chosen: number;
  candidates: MarginCandidate[];
  n: number;
}

/** Per intent, a seeded shuffle dealt round-robin into k folds. Deterministic. */
export function folds(examples: CommandExample[], k = REJECT_FOLDS, seed = REJECT_SEED): CommandExample[][] {
  const by = new Map<string, CommandExample[]>();
  for (const e of examples) by.set(e.intent, [...(by.get(e.intent) ?? []), e]);
  const rng = new Rng(seed);
  const out: CommandExample[][] = Array.from({ length: k }, () => []);
  for (const name of [...by.keys()].sort()) rng.shuffle([...by.get(name)!]).forEach((e, i) => out[i % k].push(e));
  return out;
}

/** Figures of one margin over the scored queries. */
export function scoreMargin(qs: ScoredQuery[], margin: number): MarginCandidate {
  let right = 0;
  let tp = 0;
  let refusedOos = 0;
  let goldOos = 0;
  for (const q of qs) {
    const pred = !q.bestRefuses && q.margin < margin ? OUT_OF_SCOPE : q.best;
    if (pred === q.gold) right++;
    if (pred === OUT_OF_SCOPE) refusedOos++;
    if (q.gold === OUT_OF_SCOPE) goldOos++;
    if (pred === OUT_OF_SCOPE && q.gold === OUT_OF_SCOPE) tp++;
  }
  return { margin, accuracy: right / qs.length, oosPrecision: refusedOos ? tp / refusedOos : 0, oosRecall: goldOos ? tp / goldOos : 0 };
}

/** Picks the margin: every distinct held-out margin + 1 is a candidate (plus 0 = off). */
export function chooseMargin(qs: ScoredQuery[]): RejectSelection {
  const grid = [0, ...new Set(qs.filter((q) => !q.bestRefuses).map((q) => q.margin + 1))].sort((a, b) => a - b);
  const candidates = grid.map((m) => scoreMargin(qs, m));
  let chosen = candidates[0];
  for (const c of candidates) if (c.accuracy > chosen.accuracy) chosen = c;
  return { chosen: chosen.margin, candidates, n: qs.length };
}

/**
 * Cross-validated margin for `ds` built with `opts` (margin off inside the folds). `build` returns a
 * model and `scores` the model's i32 intent scores of a text: passed in so this file needs neither
 * the trainer nor the runtime (they import it).
 */
export function selectRejectMargin(
  ds: CommandDataset,
  opts: BuildOptions,
  build: (ds: CommandDataset, opts: BuildOptions) => CommandsModel,
  scores: (m: CommandsModel, text: string) => Int32Array,
): RejectSelection {
  const none: RejectSelection = { chosen: 0, candidates: [], n: 0 };
  if (!ds.examples.some((e) => e.intent === OUT_OF_SCOPE)) return none;
  const fs = folds(ds.examples, opts.rejectFolds);
  const qs: ScoredQuery[] = [];
  fs.forEach((held, f) => {
    const fit = fs.flatMap((x, g) => (g === f ? [] : x));
    const m = build({ ...ds, examples: fit, warnings: [] }, { ...opts, rejectFolds: 0 });
    for (const e of held) {
      const { best, margin } = bestWithMargin(scores(m, e.text));
      qs.push({ gold: e.intent, best: m.intents[best].name, margin, bestRefuses: m.intents[best].refuse });
    }
  });
  return chooseMargin(qs);
}
