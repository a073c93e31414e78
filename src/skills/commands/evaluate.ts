// Evaluating a commands runtime on annotated queries: intent accuracy and exact-frame accuracy
// (with 95% Wilson intervals), per-slot precision/recall/F1 end to end, and per intent the benchmark's
// figure (slots tagged with the gold intent given, as the benchmark ran each intent separately) next
// to the same figure with the predicted intent. A predicted slot is correct when its name and its
// text, trimmed and case-insensitive, equal a not-yet-matched gold slot's. Refusals are scored per
// class (unsafe intents, out_of_scope) as precision and recall; values as the share of gold typed
// slots (whose gold text has a readable value) that the end-to-end frame gives the same value.
import { wilson } from '../../eval/stats.ts';
import { benchmarkFigure, f1, type SlotPR } from './metrics.ts';
import type { CommandsRuntime, Frame, FrameSlot } from './runtime.ts';
import { normalizeValue } from './normalize/index.ts';
import { slotSchemaOf } from './values.ts';
import { OUT_OF_SCOPE, type CommandExample } from './types.ts';

export interface Count {
  k: number;
  n: number;
  rate: number;
  ci95: [number, number];
}

export interface SlotCounts {
  tp: number;
  pred: number;
  gold: number;
}

export interface IntentReport {
  n: number;
  intentAccuracy: Count;
  /** The benchmark's figure with the gold intent given. */
  slotF1: number;
  /** The same figure with the predicted intent (end to end). */
  slotF1EndToEnd: number;
  slots: Record<string, SlotPR & { f1: number; tp: number; pred: number; gold: number }>;
}

export interface EvalReport {
  n: number;
  intentAccuracy: Count;
  exactFrame: Count;
  /** Refusals: gold out_of_scope / unsafe queries refused, and in-scope queries wrongly refused. */
  refusal: { shouldRefuse: number; refused: number; wronglyRefused: number };
  /** Per refusal class: precision (refused as this class and gold this class / refused as it) and recall. */
  refusalByClass: Record<RefusalClass, { precision: Count; recall: Count }>;
  /** Gold typed slots with a readable gold value whose end-to-end frame has that slot with the same value. */
  valueAccuracy: Count;
  slots: Record<string, { precision: number; recall: number; f1: number } & SlotCounts>;
  intents: Record<string, IntentReport>;
  /** Mean over intents of the benchmark figure (intent given). */
  meanSlotF1: number;
  meanSlotF1EndToEnd: number;
}

export type RefusalClass = 'unsafe' | 'out_of_scope';
export const REFUSAL_CLASSES: readonly RefusalClass[] = ['unsafe', 'out_of_scope'];

export const count = (k: number, n: number): Count => ({ k, n, rate: n ? k / n : 0, ci95: wilson(k, n) });
const norm = (s: string) => s.trim().toLowerCase();
const key = (s: { slot: string; text: string }) => `${s.slot}\u0000${norm(s.text)}`;

/** Adds one query's matches to per-slot counts. */
export function matchSlots(gold: Array<{ slot: string; text: string }>, pred: FrameSlot[], into: Map<string, SlotCounts>): boolean {
  const get = (s: string) => {
    let c = into.get(s);
    if (!c) into.set(s, (c = { tp: 0, pred: 0, gold: 0 }));
    return c;
  };
  const keys = gold.map(key);
  const used = keys.map(() => false);
  for (const g of gold) get(g.slot).gold++;
  let tp = 0;
  for (const p of pred) {
    get(p.slot).pred++;
    const k = keys.findIndex((g, i) => !used[i] && g === key(p));
    if (k >= 0) {
      used[k] = true;
      get(p.slot).tp++;
      tp++;
    }
  }
  return tp === gold.length && tp === pred.length;
}

/** Per-slot P/R with the benchmark's rate (% of the intent's queries holding the slot). */
function slotPR(counts: Map<string, SlotCounts>, holding: Map<string, number>, n: number): Record<string, SlotPR & { f1: number } & SlotCounts> {
  const out: Record<string, SlotPR & { f1: number } & SlotCounts> = {};
  for (const [s, c] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (c.gold === 0) continue; // the benchmark lists the slots of the test queries
    const precision = c.pred ? c.tp / c.pred : NaN;
    const recall = c.tp / c.gold;
    out[s] = { precision, recall, rate: (100 * (holding.get(s) ?? 0)) / n, f1: f1(precision, recall), ...c };
  }
  return out;
}

/** Value checks of one query: gold typed slots with a readable value, and how many the frame matches. */
function valueMatches(rt: CommandsRuntime, ex: CommandExample, decided: Frame): { k: number; n: number } {
  const m = rt.model;
  const info = m.intents.find((i) => i.name === ex.intent);
  if (!info || info.refuse) return { k: 0, n: 0 };
  let k = 0;
  let n = 0;
  const used = decided.slots.map(() => false);
  for (const g of ex.slots) {
    const at = info.slots.indexOf(m.slots.indexOf(g.slot));
    const rec = info.schema[at];
    if (!rec || rec.type === 'text') continue;
    const gold = normalizeValue(slotSchemaOf(rec, m.values.entities), g.text, rt.entityResolvers);
    if (gold === undefined) continue;
    n++;
    const j = decided.slots.findIndex((p, i) => !used[i] && p.slot === g.slot && JSON.stringify(p.value) === JSON.stringify(gold));
    if (j >= 0) {
      used[j] = true;
      k++;
    }
  }
  return { k: decided.intent === ex.intent ? k : 0, n };
}

export function evaluate(rt: CommandsRuntime, examples: CommandExample[]): EvalReport {
  let intentOk = 0;
  let frameOk = 0;
  const refusal = { shouldRefuse: 0, refused: 0, wronglyRefused: 0 };
  const all = new Map<string, SlotCounts>();
  const byIntent = new Map<string, { n: number; ok: number; given: Map<string, SlotCounts>; e2e: Map<string, SlotCounts>; holding: Map<string, number> }>();
  const refuses = new Set(rt.model.intents.filter((i) => i.refuse).map((i) => i.name));
  const classOf = (intent: string): RefusalClass | undefined => (intent === OUT_OF_SCOPE ? 'out_of_scope' : refuses.has(intent) ? 'unsafe' : undefined);
  const rc = Object.fromEntries(REFUSAL_CLASSES.map((c) => [c, { tp: 0, pred: 0, gold: 0 }])) as Record<RefusalClass, SlotCounts>;
  const values = { k: 0, n: 0 };
  for (const ex of examples) {
    const decided = rt.parse(ex.text);
    const goldClass = classOf(ex.intent);
    const predClass = decided.refused ? classOf(decided.intent) : undefined;
    if (goldClass) rc[goldClass].gold++;
    if (predClass) rc[predClass].pred++;
    if (goldClass && goldClass === predClass) rc[goldClass].tp++;
    const v = valueMatches(rt, ex, decided);
    values.k += v.k;
    values.n += v.n;
    const goldRefuse = ex.intent === OUT_OF_SCOPE || refuses.has(ex.intent);
    if (goldRefuse) {
      refusal.shouldRefuse++;
      if (decided.refused) refusal.refused++;
    } else if (decided.refused) refusal.wronglyRefused++;
    const intentRight = decided.intent === ex.intent;
    if (intentRight) intentOk++;
    let b = byIntent.get(ex.intent);
    if (!b) byIntent.set(ex.intent, (b = { n: 0, ok: 0, given: new Map(), e2e: new Map(), holding: new Map() }));
    b.n++;
    if (intentRight) b.ok++;
    for (const s of new Set(ex.slots.map((x) => x.slot))) b.holding.set(s, (b.holding.get(s) ?? 0) + 1);
    const slotsRight = matchSlots(ex.slots, decided.slots, all);
    if (intentRight && slotsRight) frameOk++;
    matchSlots(ex.slots, decided.slots, b.e2e);
    const given = intentRight ? decided : rt.parse(ex.text, ex.intent);
    matchSlots(ex.slots, given.slots, b.given);
  }
  const intents: Record<string, IntentReport> = {};
  for (const [name, b] of [...byIntent].sort(([a], [c]) => (a < c ? -1 : a > c ? 1 : 0))) {
    const given = slotPR(b.given, b.holding, b.n);
    const e2e = slotPR(b.e2e, b.holding, b.n);
    intents[name] = {
      n: b.n,
      intentAccuracy: count(b.ok, b.n),
      slotF1: benchmarkFigure([given]).figure,
      slotF1EndToEnd: benchmarkFigure([e2e]).figure,
      slots: given,
    };
  }
  const slots: EvalReport['slots'] = {};
  for (const [s, c] of [...all].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const precision = c.pred ? c.tp / c.pred : 0;
    const recall = c.gold ? c.tp / c.gold : 0;
    slots[s] = { precision, recall, f1: f1(precision, recall), ...c };
  }
  const withSlots = Object.values(intents).filter((r) => Object.keys(r.slots).length > 0);
  const avg = (f: (r: IntentReport) => number) => (withSlots.length ? withSlots.reduce((a, r) => a + f(r), 0) / withSlots.length : 0);
  return {
    n: examples.length,
    intentAccuracy: count(intentOk, examples.length),
    exactFrame: count(frameOk, examples.length),
    refusal,
    refusalByClass: Object.fromEntries(REFUSAL_CLASSES.map((c) => [c, { precision: count(rc[c].tp, rc[c].pred), recall: count(rc[c].tp, rc[c].gold) }])) as EvalReport['refusalByClass'],
    valueAccuracy: count(values.k, values.n),
    slots,
    intents,
    meanSlotF1: avg((r) => r.slotF1),
    meanSlotF1EndToEnd: avg((r) => r.slotF1EndToEnd),
  };
}
