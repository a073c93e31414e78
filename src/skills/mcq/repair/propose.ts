// Mining candidate repairs from a family of failing cases (docs/repairs.md "Proposing").
//
// A family is a set of items the artifact gets wrong whose gold option can be named by one
// selector. For each family the proposer chooses:
//   - the ranking condition: when_top / when_second = the family's common top / second option or
//     ANY, max_margin = the largest top-vs-gold margin in the family;
//   - the adjustment: target = RANK|r when the gold's unrepaired rank r is the same for every case,
//     else the gold index when that is constant; competitor = RANK|0; delta = the smallest value
//     that flips every case (at most 2^22);
//   - the route: greedily up to 8 content tokens maximizing (family cases newly covered) minus
//     (reference items newly covered, counting only reference items that pass the ranking
//     condition, i.e. those the repair could fire on); route_min_hits = the fewest route tokens
//     any family case has, so every family case passes;
//   - exclude tokens: greedily up to 8 tokens that no family case has, maximizing (reference items
//     that would fire wrongly, i.e. lift an option that is not their gold, newly excluded) minus
//     (reference items that would fire rightly, newly excluded), while that is positive.
// Cases a route of 8 tokens does not cover, or that need a delta above 2^22, go to a sub-family
// that is mined the same way, so every candidate covers its whole family.
import { ANY, MAX_DELTA, MAX_ROUTE, optionAtRank, RANK, type Repair } from './section.ts';
import type { McqItem } from '../item.ts';
import type { AnalyzedItem } from './analyze.ts';
import { repairToJson, type RepairJson } from './repair-json.ts';

export type FamilyKey = 'type-rank' | 'file';

export interface ReferenceStats {
  /** Reference items passing the ranking condition (the repair could fire on them). */
  eligible: number;
  /** Of those, items the route matches and no exclude token blocks: the repair fires. */
  fires: number;
  /** Fires that lift an option other than the item's gold. */
  wrong_fires: number;
  /** Fires that turn a correct unrepaired prediction into a wrong one. */
  breaks: number;
  /** Fires that turn a wrong unrepaired prediction into a correct one. */
  fixes: number;
}

export interface Candidate {
  /** Candidate name: family key plus a sub-family index. */
  name: string;
  family: string;
  repair: RepairJson;
  /** The family's cases (the evidence): items with gold answers the artifact gets wrong. */
  cases: McqItem[];
  reference: ReferenceStats;
}

export interface ProposeResult {
  candidates: Candidate[];
  /** Cases that were skipped, with the reason (no gold, already correct, not repairable). */
  skipped: { id: string; reason: string }[];
}

export interface ProposeOptions {
  family?: FamilyKey;
}

/** The family key of a failing case (docs/repairs.md): question type and gold's unrepaired rank. */
export function familyKey(a: AnalyzedItem, key: FamilyKey): string {
  return key === 'file' ? 'file' : `${a.questionType.replace(/ /g, '-')}/gold-rank-${a.goldRank}`;
}

/** Smallest delta that makes `target` the decision of an item (ties go to the lowest index). */
export function neededDelta(scores: Int32Array, n: number, target: number): number {
  let need = 1;
  for (let j = 0; j < n; j++) {
    if (j === target) continue;
    const d = scores[j] - scores[target] + (target < j ? 0 : 1);
    if (d > need) need = d;
  }
  return need;
}

function argmax(s: Int32Array, n: number): number {
  let b = 0;
  for (let i = 1; i < n; i++) if (s[i] > s[b]) b = i;
  return b;
}

/** The option a repair's selector names on an item's unrepaired scores, or -1. */
function resolve(sel: number, a: AnalyzedItem): number {
  if (sel & RANK) return optionAtRank(a.scores, a.n, sel & 7);
  return sel < a.n ? sel : -1;
}

/** Where the ranking part of a repair lets it fire on `a`: the lifted option, or -1. */
export function rankingTarget(r: Pick<Repair, 'whenTop' | 'whenSecond' | 'maxMargin' | 'target' | 'competitor'>, a: AnalyzedItem): number {
  if (r.whenTop !== ANY && r.whenTop !== a.top) return -1;
  if (r.whenSecond !== ANY && r.whenSecond !== a.second) return -1;
  if (a.margin > r.maxMargin) return -1;
  const t = resolve(r.target, a);
  const c = resolve(r.competitor, a);
  if (t < 0 || c < 0 || t === c || a.scores[t] > a.scores[c]) return -1;
  return t;
}

/** Prediction after adding `delta` to option `t` (this repair alone). */
function predictionWith(a: AnalyzedItem, t: number, delta: number): number {
  const s = a.scores.slice();
  s[t] = (s[t] + delta) | 0;
  return argmax(s, a.n);
}

const byId = (x: AnalyzedItem, y: AnalyzedItem): number => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/**
 * Mines candidates from failing cases. `cases` and `reference` are analyzed under the artifact;
 * `deployedWrong(i)` says whether case i is wrong under the deployed (repaired) artifact.
 */
export function propose(cases: AnalyzedItem[], reference: AnalyzedItem[], deployedWrong: (a: AnalyzedItem) => boolean, opts: ProposeOptions = {}): ProposeResult {
  const key = opts.family ?? 'type-rank';
  const skipped: ProposeResult['skipped'] = [];
  const families = new Map<string, AnalyzedItem[]>();
  for (const c of cases) {
    if (c.gold === null) skipped.push({ id: c.id, reason: 'no gold answer' });
    else if (!deployedWrong(c)) skipped.push({ id: c.id, reason: 'the artifact already gets it right' });
    else {
      const k = familyKey(c, key);
      const list = families.get(k) ?? [];
      list.push(c);
      families.set(k, list);
    }
  }
  // A family's own cases are not "else": drop them (by id) from the reference.
  const caseIds = new Set([...families.values()].flat().map((c) => c.id));
  const refs = reference.filter((r) => !caseIds.has(r.id));
  const candidates: Candidate[] = [];
  for (const k of [...families.keys()].sort()) {
    mineFamily(k, families.get(k)!.sort(byId), refs, candidates, skipped);
  }
  return { candidates, skipped };
}

function mineFamily(name: string, fam: AnalyzedItem[], refs: AnalyzedItem[], out: Candidate[], skipped: ProposeResult['skipped']): void {
  let sub = 0;
  let rest = fam;
  while (rest.length > 0) {
    const c = mineOne(`${name}#${++sub}`, name, rest, refs);
    if (c.candidate) out.push(c.candidate);
    for (const s of c.unrepairable) skipped.push(s);
    if (c.left.length >= rest.length) {
      // no progress: the first remaining case cannot be covered; give it up
      skipped.push({ id: rest[0].id, reason: 'no route token separates it' });
      rest = rest.slice(1);
    } else rest = c.left;
  }
}

interface MineOne {
  candidate: Candidate | null;
  /** Cases not covered by this candidate, to be mined as the next sub-family. */
  left: AnalyzedItem[];
  unrepairable: { id: string; reason: string }[];
}

function mineOne(name: string, family: string, fam0: AnalyzedItem[], refs: AnalyzedItem[]): MineOne {
  const unrepairable: MineOne['unrepairable'] = [];
  // Adjustment: target selector, then drop cases that need a delta above the limit.
  const rank0 = fam0[0].goldRank;
  let fam = fam0;
  let target: number;
  if (fam.every((c) => c.goldRank === rank0)) target = RANK | rank0;
  else if (fam.every((c) => c.gold === fam[0].gold)) target = fam[0].gold!;
  else {
    // the selector must be shared: mine the cases with the first case's gold rank now, the rest later
    fam = fam0.filter((c) => c.goldRank === rank0);
    target = RANK | rank0;
  }
  const ok = fam.filter((c) => neededDelta(c.scores, c.n, c.gold!) <= MAX_DELTA);
  for (const c of fam) if (!ok.includes(c)) unrepairable.push({ id: c.id, reason: `needs a delta above 2^22` });
  const deferred = fam0.filter((c) => !fam.includes(c));
  fam = ok;
  if (fam.length === 0) return { candidate: null, left: deferred, unrepairable };

  const same = (f: (c: AnalyzedItem) => number): number => (fam.every((c) => f(c) === f(fam[0])) ? f(fam[0]) : ANY);
  const ranking = {
    whenTop: same((c) => c.top),
    whenSecond: same((c) => c.second),
    maxMargin: Math.max(...fam.map((c) => c.scores[c.top] - c.scores[c.gold!])),
    target,
    competitor: RANK | 0,
  };
  const delta = Math.max(...fam.map((c) => neededDelta(c.scores, c.n, c.gold!)));

  // Reference items the ranking condition lets the repair fire on.
  const eligible = refs.map((r) => ({ r, t: rankingTarget(ranking, r) })).filter((x) => x.t >= 0);

  // Route: greedy max (new family coverage - new reference coverage).
  const famTokens = new Map<number, number[]>(); // token -> family case indices
  fam.forEach((c, i) => {
    for (const h of c.tokens.keys()) {
      const l = famTokens.get(h);
      if (l) l.push(i);
      else famTokens.set(h, [i]);
    }
  });
  const refTokens = new Map<number, number[]>(); // family token -> eligible reference indices
  eligible.forEach((e, j) => {
    for (const h of e.r.tokens.keys()) {
      if (!famTokens.has(h)) continue;
      const l = refTokens.get(h);
      if (l) l.push(j);
      else refTokens.set(h, [j]);
    }
  });
  const words = new Map<number, string>();
  for (const c of fam) for (const [h, w] of c.tokens) if (!words.has(h)) words.set(h, w);
  const famCovered = new Uint8Array(fam.length);
  const refCovered = new Uint8Array(eligible.length);
  const route: number[] = [];
  const tokenOrder = [...famTokens.keys()].sort((a, b) => a - b);
  while (route.length < MAX_ROUTE && famCovered.some((x) => x === 0)) {
    let best = -1;
    let bestGain = -Infinity;
    let bestFam = 0;
    let bestRefTotal = Infinity;
    for (const h of tokenOrder) {
      if (route.includes(h)) continue;
      let nf = 0;
      for (const i of famTokens.get(h)!) if (!famCovered[i]) nf++;
      if (nf === 0) continue;
      const rl = refTokens.get(h) ?? [];
      let nr = 0;
      for (const j of rl) if (!refCovered[j]) nr++;
      const gain = nf - nr;
      if (gain > bestGain || (gain === bestGain && (nf > bestFam || (nf === bestFam && rl.length < bestRefTotal)))) {
        best = h;
        bestGain = gain;
        bestFam = nf;
        bestRefTotal = rl.length;
      }
    }
    if (best < 0) break;
    route.push(best);
    for (const i of famTokens.get(best)!) famCovered[i] = 1;
    for (const j of refTokens.get(best) ?? []) refCovered[j] = 1;
  }
  const covered = fam.filter((_, i) => famCovered[i]);
  const left = [...fam.filter((_, i) => !famCovered[i]), ...deferred];
  if (covered.length === 0) return { candidate: null, left, unrepairable };
  if (covered.length < fam.length) {
    // re-derive the condition and delta for exactly the covered cases
    const again = mineOne(name, family, covered, refs);
    return { candidate: again.candidate, left: [...again.left, ...left], unrepairable: [...unrepairable, ...again.unrepairable] };
  }
  const hits = (a: AnalyzedItem): number => route.reduce((k, h) => k + (a.tokens.has(h) ? 1 : 0), 0);
  const routeMinHits = Math.min(...fam.map(hits));

  // Exclude: tokens of wrongly firing reference items that no family case has.
  const firing = eligible.filter((e) => hits(e.r) >= routeMinHits);
  const isWrong = firing.map((e) => e.r.gold !== null && e.t !== e.r.gold);
  const excl = new Map<number, number[]>();
  firing.forEach((e, j) => {
    for (const h of e.r.tokens.keys()) {
      if (famTokens.has(h)) continue;
      const l = excl.get(h);
      if (l) l.push(j);
      else excl.set(h, [j]);
    }
  });
  const blocked = new Uint8Array(firing.length);
  const exclude: number[] = [];
  const exclOrder = [...excl.keys()].sort((a, b) => a - b);
  const exclWords = new Map<number, string>();
  for (const e of firing) for (const [h, w] of e.r.tokens) if (!exclWords.has(h)) exclWords.set(h, w);
  while (exclude.length < MAX_ROUTE) {
    let best = -1;
    let bestGain = 0;
    for (const h of exclOrder) {
      if (exclude.includes(h)) continue;
      let gain = 0;
      for (const j of excl.get(h)!) if (!blocked[j]) gain += isWrong[j] ? 1 : -1;
      if (gain > bestGain) {
        best = h;
        bestGain = gain;
      }
    }
    if (best < 0) break;
    exclude.push(best);
    for (const j of excl.get(best)!) blocked[j] = 1;
  }
  for (const [h, w] of exclWords) if (exclude.includes(h)) words.set(h, w);

  const fires = firing.filter((_, j) => !blocked[j]);
  const stats: ReferenceStats = { eligible: eligible.length, fires: fires.length, wrong_fires: 0, breaks: 0, fixes: 0 };
  for (const e of fires) {
    if (e.r.gold === null) continue;
    if (e.t !== e.r.gold) stats.wrong_fires++;
    const before = argmax(e.r.scores, e.r.n) === e.r.gold;
    const after = predictionWith(e.r, e.t, delta) === e.r.gold;
    if (before && !after) stats.breaks++;
    if (!before && after) stats.fixes++;
  }
  const repair: Repair = { id: 0, route, routeMinHits, exclude, ...ranking, delta };
  return {
    candidate: { name, family, repair: repairToJson(repair, words), cases: fam.map((c) => c.item), reference: stats },
    left,
    unrepairable,
  };
}
