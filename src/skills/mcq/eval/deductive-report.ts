// Where the deductive module fires and how often it is right: coverage (items with at least one
// non-abstain verdict) and precision of its decisive verdicts, per split.
import type { McqItem } from '../item.ts';
import { encodeItem } from '../item.ts';
import { DeductiveModule, VERDICT, VERDICT_NAMES, type LogicParams } from '../logic.ts';
import type { LexiconTable } from '../lexicon-table.ts';

export interface DeductiveStats {
  items: number;
  /** Items where the context parsed with at least one rule (verdicts not all "abstain"). */
  active: number;
  coverage: number;
  /** Per verdict: options with it, and how many of those were the gold option. */
  verdicts: Record<string, { options: number; gold: number; goldRate: number }>;
  /** Items with exactly one entailed option: is it the gold one? (inference-type questions) */
  uniqueEntailed: { items: number; gold: number; precision: number };
  /** Items with exactly one contradicted option: is it the gold one? (cannot / except questions) */
  uniqueContradicted: { items: number; gold: number; precision: number };
}

export function deductiveStats(items: McqItem[], lexicon: LexiconTable, params: LogicParams, qtypes: string[]): DeductiveStats {
  const dm = new DeductiveModule(lexicon, params);
  const counts = VERDICT_NAMES.map(() => [0, 0]);
  let active = 0;
  const ue = { items: 0, gold: 0, precision: 0 };
  const uc = { items: 0, gold: 0, precision: 0 };
  items.forEach((it, idx) => {
    const e = encodeItem(it);
    dm.run(e.context, e.options);
    const v = Array.from(dm.verdicts.subarray(0, it.options.length));
    if (v.some((x) => x !== VERDICT.ABSTAIN)) active++;
    v.forEach((x, i) => {
      counts[x][0]++;
      if (i === it.answer) counts[x][1]++;
    });
    const ent = v.flatMap((x, i) => (x === VERDICT.ENTAILED ? [i] : []));
    const con = v.flatMap((x, i) => (x === VERDICT.CONTRADICTED ? [i] : []));
    if (ent.length === 1 && qtypes[idx] !== 'except') {
      ue.items++;
      if (ent[0] === it.answer) ue.gold++;
    }
    if (con.length === 1 && qtypes[idx] === 'except') {
      uc.items++;
      if (con[0] === it.answer) uc.gold++;
    }
  });
  ue.precision = ue.items ? ue.gold / ue.items : 0;
  uc.precision = uc.items ? uc.gold / uc.items : 0;
  return {
    items: items.length,
    active,
    coverage: active / Math.max(1, items.length),
    verdicts: Object.fromEntries(VERDICT_NAMES.map((n, i) => [n, { options: counts[i][0], gold: counts[i][1], goldRate: counts[i][0] ? counts[i][1] / counts[i][0] : 0 }])),
    uniqueEntailed: ue,
    uniqueContradicted: uc,
  };
}
