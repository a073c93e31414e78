// The benchmark's slot-filling figure (Snips NLU benchmark 2017; /work/shared/data/README.md): per slot,
// F1 from the MEAN precision and MEAN recall over draws (a NaN precision — no prediction — gives F1 0),
// then the mean of the slots' F1 weighted by each slot's `rate` (% of the intent's queries holding it).
// Shared by our evaluation and by the published anchors, so both tables are computed the same way.

export interface SlotPR {
  /** NaN when nothing was predicted for the slot. */
  precision: number;
  recall: number;
  /** % of the intent's test queries holding the slot (0..100). */
  rate: number;
}

export function f1(p: number, r: number): number {
  if (Number.isNaN(p) || Number.isNaN(r) || p + r === 0) return 0;
  return (2 * p * r) / (p + r);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * The rate-weighted figure of one intent. `draws[d]` maps slot -> its precision/recall in draw d;
 * a slot's rate is taken from the first draw that has it.
 */
export function benchmarkFigure(draws: Array<Record<string, SlotPR>>): { figure: number; slots: Record<string, { precision: number; recall: number; f1: number; rate: number }> } {
  const names = [...new Set(draws.flatMap((d) => Object.keys(d)))];
  const slots: Record<string, { precision: number; recall: number; f1: number; rate: number }> = {};
  let num = 0;
  let den = 0;
  for (const s of names) {
    const rows = draws.map((d) => d[s]).filter((x): x is SlotPR => x !== undefined);
    const p = mean(rows.map((r) => r.precision));
    const r = mean(rows.map((x) => x.recall));
    const rate = rows[0].rate;
    const f = f1(p, r);
    slots[s] = { precision: p, recall: r, f1: f, rate };
    num += rate * f;
    den += rate;
  }
  return { figure: den > 0 ? num / den : 0, slots };
}
