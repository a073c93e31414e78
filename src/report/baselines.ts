// Baseline rows for the report, so every accuracy on the page has a floor beside it. The baselines
// themselves are defined once, in src/skills/mcq/eval/baselines.ts; this only turns them into AccuracyRows.
import type { McqItem } from '../skills/mcq/item.ts';
import { correctness, longestOption, positionPrior, uniformRandom } from '../skills/mcq/eval/baselines.ts';
import { wilson } from '../eval/stats.ts';
import type { AccuracyRow } from './types.ts';

function measured(benchmark: string, split: string, system: string, correct: number, n: number, note: string): AccuracyRow {
  const [lo, hi] = wilson(correct, n);
  return { benchmark, split, system, kind: 'baseline', correct, n, accuracy: n ? correct / n : 0, lo, hi, note };
}

const count = (xs: boolean[]): number => xs.filter(Boolean).length;

/** All baseline rows for one labelled split; `train` may be absent, which drops the position prior. */
export function baselineRows(benchmark: string, split: string, items: McqItem[], train: McqItem[] | null): AccuracyRow[] {
  const labelled = items.filter((it) => it.answer !== undefined);
  if (labelled.length === 0) return [];
  const u = uniformRandom(labelled);
  const rows: AccuracyRow[] = [
    { benchmark, split, system: 'uniform random (expected)', kind: 'baseline', n: labelled.length, ...u, note: 'expected value; interval: where 95% of random guessers land' },
  ];
  if (train) {
    const prior = positionPrior(train);
    rows.push(measured(benchmark, split, prior.name, count(correctness(prior, labelled)), labelled.length, 'most frequent answer position in the training split'));
  }
  rows.push(measured(benchmark, split, longestOption.name, count(correctness(longestOption, labelled)), labelled.length, 'pick the option with the most characters'));
  return rows;
}
