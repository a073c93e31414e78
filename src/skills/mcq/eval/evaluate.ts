// Runs a loaded artifact over a dataset: per-item integer scores, predictions, and accuracy with
// its 95% interval. Pure: writing files is the CLI's job.
import type { Artifact } from '../runtime.ts';
import { encodeItem, type McqItem } from '../item.ts';
import { wilson } from '../../../eval/stats.ts';

export interface Prediction {
  id: string;
  scores: number[];
  prediction: number;
  gold: number | null;
  correct: boolean | null;
}

export interface EvalSummary {
  n: number;
  /** Items with a gold answer. */
  labelled: number;
  correct: number;
  accuracy: number;
  ci95: [number, number];
}

export function predictAll(artifact: Artifact, items: McqItem[], onItem?: (done: number) => void): Prediction[] {
  const out = new Int32Array(8);
  return items.map((item, i) => {
    const pred = artifact.scoreEncoded(encodeItem(item), out);
    const gold = item.answer ?? null;
    onItem?.(i + 1);
    return {
      id: item.id ?? String(i),
      scores: Array.from(out.subarray(0, item.options.length)),
      prediction: pred,
      gold,
      correct: gold === null ? null : pred === gold,
    };
  });
}

export function summarize(preds: Prediction[]): EvalSummary {
  const labelled = preds.filter((p) => p.gold !== null);
  return countsSummary(labelled.filter((p) => p.correct).length, labelled.length);
}

export function countsSummary(correct: number, n: number): EvalSummary {
  return { n, labelled: n, correct, accuracy: n ? correct / n : 0, ci95: wilson(correct, n) };
}
