// Baselines computed from the dataset itself, so every accuracy on the page has a floor beside it:
// uniform random (its expected value), the answer-position prior learned on the training split, and
// "pick the longest option". Pure functions over items.
import type { McqItem } from '../mcq/item.ts';
import { wilson } from '../eval/stats.ts';
import type { AccuracyRow } from './types.ts';

const Z95 = 1.959963984540054;

/**
 * Expected accuracy of guessing uniformly, and the range a guesser's accuracy falls in 95% of the time
 * (normal approximation to the sum of independent Bernoulli(1/k) items).
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
  const half = (Z95 * Math.sqrt(variance)) / n;
  const acc = mean / n;
  return { accuracy: acc, lo: Math.max(0, acc - half), hi: Math.min(1, acc + half) };
}

/** The answer position seen most often in training (ties to the lowest index). */
export function learnPositionPrior(train: McqItem[]): number {
  const counts: number[] = [];
  for (const it of train) if (it.answer !== undefined) counts[it.answer] = (counts[it.answer] ?? 0) + 1;
  let best = 0;
  for (let i = 1; i < counts.length; i++) if ((counts[i] ?? 0) > (counts[best] ?? 0)) best = i;
  return best;
}

/** Index of the longest option in characters (code points); ties go to the lowest index, like the runtime. */
export function longestOption(item: McqItem): number {
  let best = 0;
  let bestLen = -1;
  item.options.forEach((o, i) => {
    const len = [...o].length;
    if (len > bestLen) {
      best = i;
      bestLen = len;
    }
  });
  return best;
}

function measured(benchmark: string, split: string, system: string, correct: number, n: number, note: string): AccuracyRow {
  const [lo, hi] = wilson(correct, n);
  return { benchmark, split, system, kind: 'baseline', correct, n, accuracy: n ? correct / n : 0, lo, hi, note };
}

/** All baseline rows for one labelled split; `train` may be absent, which drops the position prior. */
export function baselineRows(benchmark: string, split: string, items: McqItem[], train: McqItem[] | null): AccuracyRow[] {
  const labelled = items.filter((it) => it.answer !== undefined);
  if (labelled.length === 0) return [];
  const u = uniformRandom(labelled);
  const rows: AccuracyRow[] = [
    { benchmark, split, system: 'uniform random (expected)', kind: 'baseline', n: labelled.length, ...u, note: 'expected value; interval: where 95% of random guessers land' },
  ];
  if (train) {
    const pos = learnPositionPrior(train);
    const k = labelled.filter((it) => it.answer === pos).length;
    rows.push(measured(benchmark, split, `position prior (always ${String.fromCharCode(65 + pos)}, learned on train)`, k, labelled.length, 'most frequent answer position in the training split'));
  }
  const k = labelled.filter((it) => it.answer === longestOption(it)).length;
  rows.push(measured(benchmark, split, 'longest option', k, labelled.length, 'pick the option with the most characters'));
  return rows;
}
