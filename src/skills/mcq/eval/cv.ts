// k-fold cross-validation on a training set: the protocol for choosing features and
// hyperparameters without touching dev or test. Folds are a seeded permutation, so reproducible.
import type { McqItem } from '../item.ts';
import { loadArtifact } from '../runtime.ts';
import { buildArtifact, sharedLexicon, type BuildOptions } from '../train/build.ts';
import type { LexiconTable } from '../lexicon-table.ts';
import { Rng } from '../../../train/rng.ts';
import { predictAll } from './evaluate.ts';

export interface CvResult {
  k: number;
  correct: number;
  n: number;
  accuracy: number;
  foldAccuracy: number[];
  /** Out-of-fold correctness per training item (same order as the input), for McNemar tests. */
  oof: boolean[];
}

export function foldsOf(n: number, k: number, seed: number): number[] {
  const order = new Rng(seed).shuffle(Array.from({ length: n }, (_, i) => i));
  const fold = new Array<number>(n);
  order.forEach((item, pos) => (fold[item] = pos % k));
  return fold;
}

export function crossValidate(items: McqItem[], opts: BuildOptions, k = 5, seed = 1, lexicon: LexiconTable = sharedLexicon()): CvResult {
  const fold = foldsOf(items.length, k, seed);
  const oof = new Array<boolean>(items.length).fill(false);
  const foldAccuracy: number[] = [];
  const empty = new Uint8Array(0);
  for (let f = 0; f < k; f++) {
    const train = items.filter((_, i) => fold[i] !== f);
    const heldIdx = items.map((_, i) => i).filter((i) => fold[i] === f);
    const art = loadArtifact(buildArtifact(train, empty, opts, undefined, undefined, lexicon).bytes);
    const preds = predictAll(art, heldIdx.map((i) => items[i]));
    let c = 0;
    preds.forEach((p, j) => {
      oof[heldIdx[j]] = p.correct === true;
      if (p.correct) c++;
    });
    foldAccuracy.push(c / Math.max(1, heldIdx.length));
  }
  const correct = oof.filter(Boolean).length;
  return { k, correct, n: items.length, accuracy: correct / items.length, foldAccuracy, oof };
}
