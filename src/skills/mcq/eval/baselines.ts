// The baselines reported beside every multiple-choice model, in one place so every table and plot
// uses the same definitions: uniform random (expected value and its 95% range), the answer-position
// prior learned on a training split, the longest option (in characters, i.e. code points) and the
// option with the most context overlap. Ties go to the lowest index, as in the runtime.
import type { McqItem } from '../item.ts';
import { tokenHashes } from '../../../text/tokenize.ts';
import { buildLexicon, FLAG } from '../lexicon.ts';

export interface BaselineSystem {
  name: string;
  /** Predicted option index per item (ties to the lowest index). */
  predict(item: McqItem): number;
}

const Z95 = 1.959963984540054;

function argmaxFirst(xs: number[]): number {
  let b = 0;
  for (let i = 1; i < xs.length; i++) if (xs[i] > xs[b]) b = i;
  return b;
}

/**
 * Expected accuracy of guessing uniformly (mean of 1/k), and the range a guesser's accuracy falls
 * in 95% of the time (normal approximation to a sum of independent Bernoulli(1/k) items).
 */
export function uniformRandom(items: McqItem[]): { accuracy: number; lo: number; hi: number } {
  const n = items.length;
  let mean = 0;
  let variance = 0;
  for (const it of items) {
    const p = 1 / it.options.length;
    mean += p;
    variance += p * (1 - p);
  }
  if (n === 0) return { accuracy: 0, lo: 0, hi: 0 };
  const half = (Z95 * Math.sqrt(variance)) / n;
  const acc = mean / n;
  return { accuracy: acc, lo: Math.max(0, acc - half), hi: Math.min(1, acc + half) };
}

function positionCounts(train: McqItem[]): number[] {
  const counts = new Array<number>(8).fill(0);
  for (const it of train) if (it.answer !== undefined) counts[it.answer]++;
  return counts;
}

/** The answer position seen most often in training (ties to the lowest index). */
export function learnPositionPrior(train: McqItem[]): number {
  return argmaxFirst(positionCounts(train));
}

export function positionPrior(train: McqItem[]): BaselineSystem {
  const counts = positionCounts(train);
  const pos = argmaxFirst(counts);
  // An item with fewer options than the learned position takes the best position it has.
  return { name: `position prior (always ${String.fromCharCode(65 + pos)}, learned on train)`, predict: (it) => argmaxFirst(counts.slice(0, it.options.length)) };
}

/** Characters as people count them: code points, so "é" and an emoji are one each. */
const chars = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

export const longestOption: BaselineSystem = {
  name: 'longest option',
  predict: (it) => argmaxFirst(it.options.map(chars)),
};

const stop = new Set(buildLexicon().filter(([, f]) => f & FLAG.STOP).map(([h]) => h));

export const contextOverlap: BaselineSystem = {
  name: 'context overlap',
  predict: (it) => {
    const ctx = new Set(tokenHashes(it.context).filter((h) => !stop.has(h)));
    return argmaxFirst(
      it.options.map((o) => {
        const toks = tokenHashes(o).filter((h) => !stop.has(h));
        return toks.length ? toks.filter((h) => ctx.has(h)).length / toks.length : 0;
      }),
    );
  },
};

export function correctness(sys: BaselineSystem, items: McqItem[]): boolean[] {
  return items.map((it) => sys.predict(it) === it.answer);
}
