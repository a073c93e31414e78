// Accuracy broken down by question type (the artifact's own cue classifier, grouped as in the
// LogiQA issue) and by the gold answer's position.
import type { McqItem } from '../item.ts';
import { FeatureExtractor } from '../features.ts';
import { encodeItem } from '../item.ts';
import { QTYPE_NAMES } from '../lexicon.ts';
import type { LexiconTable } from '../lexicon-table.ts';
import { wilson } from '../../../eval/stats.ts';

export interface Cell {
  n: number;
  correct: number;
  accuracy: number;
  ci95: [number, number];
}

/** Issue-level groups of the 13 cue classes. */
export function questionGroup(qtypeName: string): string {
  switch (qtypeName) {
    case 'weaken':
    case 'strengthen':
    case 'assumption':
      return qtypeName;
    case 'infer':
      return 'must be true / inferred';
    case 'except':
      return 'cannot / except';
    default:
      return 'other';
  }
}

export function questionTypes(items: McqItem[], lexicon: LexiconTable): string[] {
  const fx = new FeatureExtractor(lexicon, 8, 0);
  return items.map((it) => {
    fx.extract(encodeItem(it));
    return QTYPE_NAMES[fx.qtype];
  });
}

export function cell(correct: number, n: number): Cell {
  return { n, correct, accuracy: n ? correct / n : 0, ci95: wilson(correct, n) };
}

export function breakdown(keys: string[], correct: boolean[]): Record<string, Cell> {
  const acc = new Map<string, [number, number]>();
  keys.forEach((k, i) => {
    const a = acc.get(k) ?? [0, 0];
    a[0] += correct[i] ? 1 : 0;
    a[1] += 1;
    acc.set(k, a);
  });
  return Object.fromEntries([...acc.entries()].sort((x, y) => y[1][1] - x[1][1]).map(([k, [c, n]]) => [k, cell(c, n)]));
}
