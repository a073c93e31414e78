// Baseline systems, reported beside every model: uniform random, a position prior learned on the
// training split, the longest option, and the option with the most context overlap.
import type { McqItem } from '../mcq/item.ts';
import { tokenHashes } from '../text/tokenize.ts';
import { buildLexicon, FLAG } from '../mcq/lexicon.ts';

export interface BaselineSystem {
  name: string;
  /** Predicted option index per item (ties to the lowest index). */
  predict(item: McqItem): number;
}

function argmaxFirst(xs: number[]): number {
  let b = 0;
  for (let i = 1; i < xs.length; i++) if (xs[i] > xs[b]) b = i;
  return b;
}

/** Expected accuracy of guessing uniformly: mean of 1 / #options. */
export function uniformExpected(items: McqItem[]): number {
  return items.reduce((s, it) => s + 1 / it.options.length, 0) / Math.max(1, items.length);
}

export function positionPrior(train: McqItem[]): BaselineSystem {
  const counts = new Array<number>(8).fill(0);
  for (const it of train) if (it.answer !== undefined) counts[it.answer]++;
  return { name: 'position prior (train)', predict: (it) => argmaxFirst(counts.slice(0, it.options.length)) };
}

export const longestOption: BaselineSystem = {
  name: 'longest option',
  predict: (it) => argmaxFirst(it.options.map((o) => new TextEncoder().encode(o).length)),
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
