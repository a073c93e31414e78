// Systems and baselines that other commands may add to `<name>.summary.json` later (`systems`,
// `baselines`, `ablations`). Their shape is not fixed yet, so this accepts the plausible ones:
//   [{ name, split, correct, n }]  ·  [{ name, splits: { test: { correct, n } } }]
//   { "<name>": { test: { correct, n } } }  ·  { "<name>": { splits: {...} } }  ·  accuracy-only numbers.
import { wilson } from '../eval/stats.ts';
import { isObj, num, str, type Json } from './json-read.ts';
import type { AccuracyRow, SystemKind } from './types.ts';

const GROUPS: [string, SystemKind][] = [
  ['systems', 'other'],
  ['baselines', 'baseline'],
  ['ablations', 'other'],
];

function accuracyOf(v: unknown): Pick<AccuracyRow, 'accuracy' | 'correct' | 'n' | 'lo' | 'hi'> | undefined {
  if (typeof v === 'number') return v >= 0 && v <= 1 ? { accuracy: v } : undefined;
  if (!isObj(v)) return undefined;
  const correct = num(v.correct);
  const n = num(v.n) ?? num(v.labelled);
  if (correct !== undefined && n !== undefined && n > 0) {
    const [lo, hi] = wilson(correct, n);
    return { accuracy: correct / n, correct, n, lo, hi };
  }
  const accuracy = num(v.accuracy);
  if (accuracy === undefined) return undefined;
  const ci = Array.isArray(v.ci95) ? v.ci95 : undefined;
  return { accuracy, n, lo: num(ci?.[0]), hi: num(ci?.[1]) };
}

function rowsForEntry(benchmark: string, name: string, kind: SystemKind, e: unknown, out: AccuracyRow[]): void {
  if (!isObj(e)) return;
  const splitName = str(e.split);
  if (splitName !== undefined) {
    const a = accuracyOf(e);
    if (a) out.push({ benchmark, split: splitName, system: name, kind, ...a, note: str(e.note) });
    return;
  }
  const splits: Json = isObj(e.splits) ? e.splits : e;
  for (const [split, v] of Object.entries(splits)) {
    const a = accuracyOf(v);
    if (a) out.push({ benchmark, split, system: name, kind, ...a, note: str(e.note) });
  }
}

export function extraSystemRows(benchmark: string, summary: Json): AccuracyRow[] {
  const out: AccuracyRow[] = [];
  for (const [key, kind] of GROUPS) {
    const g = summary[key];
    if (Array.isArray(g)) {
      g.forEach((e, i) => {
        if (isObj(e)) rowsForEntry(benchmark, str(e.name) ?? str(e.system) ?? str(e.label) ?? `${key}[${i}]`, kind, e, out);
      });
    } else if (isObj(g)) {
      for (const [name, e] of Object.entries(g)) rowsForEntry(benchmark, name, kind, e, out);
    }
  }
  return out;
}
