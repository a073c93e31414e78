// The optional `RPRS` section (docs/format.md §2.10, §4.10): route-gated repairs, fixed-width
// records that both runtimes apply after scoring. Encoding, validation and the apply rule.
import { ArtifactError } from '../../../artifact/errors.ts';
import type { TokenTable } from '../token-table.ts';

export const RPRS_HEADER = 8;
export const REPAIR_BYTES = 96;
export const MAX_REPAIRS = 64;
export const MAX_ROUTE = 8;
export const MAX_DELTA = 1 << 22;
export const ANY = 0xff;
export const RANK = 0x80;

export interface Repair {
  id: number;
  route: number[];
  routeMinHits: number;
  exclude: number[];
  /** Option index the unrepaired top must be, or ANY. */
  whenTop: number;
  whenSecond: number;
  /** Option index (0..7) or RANK | r (the option ranked r before repair). */
  target: number;
  competitor: number;
  maxMargin: number;
  delta: number;
}

const bad = (msg: string): ArtifactError => new ArtifactError('BAD_SECTION', `section "RPRS": ${msg}`, 'RPRS');

export function encodeRprs(repairs: Repair[]): Uint8Array {
  const out = new Uint8Array(RPRS_HEADER + REPAIR_BYTES * repairs.length);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, repairs.length, true);
  repairs.forEach((r, i) => {
    const o = RPRS_HEADER + REPAIR_BYTES * i;
    dv.setUint32(o, r.id, true);
    out[o + 4] = r.route.length;
    out[o + 5] = r.routeMinHits;
    out[o + 6] = r.exclude.length;
    r.route.forEach((h, j) => dv.setUint32(o + 8 + 4 * j, h, true));
    r.exclude.forEach((h, j) => dv.setUint32(o + 40 + 4 * j, h, true));
    out[o + 72] = r.whenTop;
    out[o + 73] = r.whenSecond;
    out[o + 74] = r.target;
    out[o + 75] = r.competitor;
    dv.setInt32(o + 76, r.maxMargin, true);
    dv.setInt32(o + 80, r.delta, true);
  });
  decodeRprs(out); // a writer never emits what a reader would reject
  return out;
}

const validSelector = (x: number): boolean => x <= 7 || (x >= RANK && x <= (RANK | 7));

export function decodeRprs(data: Uint8Array): Repair[] {
  if (data.length < RPRS_HEADER) throw bad(`length ${data.length} is shorter than its header`);
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const n = dv.getUint32(0, true);
  if (n > MAX_REPAIRS) throw bad(`${n} repairs, at most ${MAX_REPAIRS}`);
  if (dv.getUint32(4, true) !== 0) throw bad('reserved header field must be 0');
  if (data.length !== RPRS_HEADER + REPAIR_BYTES * n) throw bad(`length ${data.length}, expected ${RPRS_HEADER + REPAIR_BYTES * n}`);
  const out: Repair[] = [];
  for (let i = 0; i < n; i++) {
    const o = RPRS_HEADER + REPAIR_BYTES * i;
    const rc = data[o + 4];
    const minHits = data[o + 5];
    const xc = data[o + 6];
    if (rc > MAX_ROUTE || xc > MAX_ROUTE || minHits > rc || data[o + 7] !== 0) throw bad(`repair ${i}: route/exclude counts invalid`);
    const route: number[] = [];
    const exclude: number[] = [];
    for (let j = 0; j < MAX_ROUTE; j++) {
      const r = dv.getUint32(o + 8 + 4 * j, true);
      const x = dv.getUint32(o + 40 + 4 * j, true);
      if (j < rc) route.push(r);
      else if (r !== 0) throw bad(`repair ${i}: unused route slot ${j} is not 0`);
      if (j < xc) exclude.push(x);
      else if (x !== 0) throw bad(`repair ${i}: unused exclude slot ${j} is not 0`);
    }
    const whenTop = data[o + 72];
    const whenSecond = data[o + 73];
    const target = data[o + 74];
    const competitor = data[o + 75];
    if (!(whenTop <= 7 || whenTop === ANY) || !(whenSecond <= 7 || whenSecond === ANY)) throw bad(`repair ${i}: when_top/when_second invalid`);
    if (!validSelector(target) || !validSelector(competitor) || target === competitor) throw bad(`repair ${i}: target/competitor invalid`);
    const maxMargin = dv.getInt32(o + 76, true);
    const delta = dv.getInt32(o + 80, true);
    if (maxMargin < 0) throw bad(`repair ${i}: max_margin ${maxMargin} < 0`);
    if (delta < 1 || delta > MAX_DELTA) throw bad(`repair ${i}: delta ${delta} outside 1..${MAX_DELTA}`);
    for (let k = 84; k < 96; k += 4) if (dv.getUint32(o + k, true) !== 0) throw bad(`repair ${i}: reserved fields must be 0`);
    out.push({ id: dv.getUint32(o, true), route, routeMinHits: minHits, exclude, whenTop, whenSecond, target, competitor, maxMargin, delta });
  }
  return out;
}

/** Top and second option of an unrepaired score vector (ties to the lower index). */
export function topTwo(scores: Int32Array, n: number): [number, number] {
  let top = 0;
  for (let i = 1; i < n; i++) if (scores[i] > scores[top]) top = i;
  let second = top === 0 ? 1 : 0;
  for (let i = 0; i < n; i++) if (i !== top && scores[i] > scores[second]) second = i;
  return [top, second];
}

/** The option ranked `r` (0 = top) by unrepaired score, ties to the lower index; -1 if r >= n. */
export function optionAtRank(scores: Int32Array, n: number, r: number): number {
  if (r >= n) return -1;
  // rank of option i = number of options strictly better (higher score, or equal score and lower index)
  for (let i = 0; i < n; i++) {
    let rank = 0;
    for (let j = 0; j < n; j++) if (scores[j] > scores[i] || (scores[j] === scores[i] && j < i)) rank++;
    if (rank === r) return i;
  }
  return -1;
}

function resolve(sel: number, scores: Int32Array, n: number): number {
  if (sel & RANK) return optionAtRank(scores, n, sel & 7);
  return sel < n ? sel : -1;
}

/**
 * Applies the repairs to `scores` in place (docs/format.md §2.10) <-> eg_repair_apply. Every
 * condition is evaluated on the unrepaired scores, so the order of repairs does not matter; effects
 * add up. Routes are looked up in the item token table `tt` the runtime prepared. Returns the ids of
 * the repairs that fired.
 */
export function applyRepairs(repairs: Repair[], scores: Int32Array, n: number, tt: Pick<TokenTable, 'lookup'>): number[] {
  if (repairs.length === 0) return [];
  const base = scores.slice(0, n);
  const [top, second] = topTwo(base, n);
  const margin = base[top] - base[second];
  const fired: number[] = [];
  for (const r of repairs) {
    if (r.whenTop !== ANY && r.whenTop !== top) continue;
    if (r.whenSecond !== ANY && r.whenSecond !== second) continue;
    if (margin > r.maxMargin) continue;
    let hits = 0;
    for (const h of r.route) if (tt.lookup(h) !== 0) hits++;
    if (hits < r.routeMinHits) continue;
    if (r.exclude.some((h) => tt.lookup(h) !== 0)) continue;
    const t = resolve(r.target, base, n);
    const c = resolve(r.competitor, base, n);
    if (t < 0 || c < 0 || t === c || base[t] > base[c]) continue;
    scores[t] = (scores[t] + r.delta) | 0;
    fired.push(r.id);
  }
  return fired;
}
