// The readable JSON form of a repair (candidates files and the audit log): route and exclude
// tokens as {hash, word}, selectors as "rank:r" / "index:i", conditions as "any" or an index.
// Converts to and from the binary record's fields (src/skills/mcq/repair/section.ts, docs/format.md §4.10).
import { ANY, MAX_DELTA, MAX_ROUTE, RANK, type Repair } from './section.ts';

export interface TokenRef {
  hash: number;
  word: string;
}

export interface RepairJson {
  route: TokenRef[];
  route_min_hits: number;
  exclude: TokenRef[];
  when_top: number | 'any';
  when_second: number | 'any';
  target: string;
  competitor: string;
  max_margin: number;
  delta: number;
}

export function selectorToString(sel: number): string {
  return sel & RANK ? `rank:${sel & 7}` : `index:${sel}`;
}

export function selectorFromString(s: string): number {
  const m = /^(rank|index):([0-7])$/.exec(s);
  if (!m) throw new Error(`bad selector "${s}" (expected rank:0..7 or index:0..7)`);
  return m[1] === 'rank' ? RANK | Number(m[2]) : Number(m[2]);
}

const condToJson = (x: number): number | 'any' => (x === ANY ? 'any' : x);

function condFromJson(x: unknown, what: string): number {
  if (x === 'any') return ANY;
  if (typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 7) return x;
  throw new Error(`bad ${what} ${JSON.stringify(x)} (expected "any" or 0..7)`);
}

export function repairToJson(r: Repair, words: ReadonlyMap<number, string>): RepairJson {
  const ref = (hash: number): TokenRef => ({ hash, word: words.get(hash) ?? '?' });
  return {
    route: r.route.map(ref),
    route_min_hits: r.routeMinHits,
    exclude: r.exclude.map(ref),
    when_top: condToJson(r.whenTop),
    when_second: condToJson(r.whenSecond),
    target: selectorToString(r.target),
    competitor: selectorToString(r.competitor),
    max_margin: r.maxMargin,
    delta: r.delta,
  };
}

function tokenList(x: unknown, what: string): number[] {
  if (!Array.isArray(x) || x.length > MAX_ROUTE) throw new Error(`${what} must be a list of at most ${MAX_ROUTE} tokens`);
  return x.map((t) => {
    const h = (t as TokenRef)?.hash;
    if (!Number.isInteger(h) || h < 0 || h > 0xffffffff) throw new Error(`${what}: bad token hash ${JSON.stringify(t)}`);
    return h;
  });
}

/** Parses the JSON form into a binary-record repair with the given id; throws on any bad field. */
export function repairFromJson(j: RepairJson, id: number): Repair {
  const route = tokenList(j.route, 'route');
  const exclude = tokenList(j.exclude, 'exclude');
  const ok = (v: unknown, lo: number, hi: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;
  if (!ok(j.route_min_hits, 0, route.length)) throw new Error(`route_min_hits ${j.route_min_hits} outside 0..${route.length}`);
  if (!ok(j.max_margin, 0, 0x7fffffff)) throw new Error(`max_margin ${j.max_margin} must be >= 0`);
  if (!ok(j.delta, 1, MAX_DELTA)) throw new Error(`delta ${j.delta} outside 1..${MAX_DELTA}`);
  const target = selectorFromString(j.target);
  const competitor = selectorFromString(j.competitor);
  if (target === competitor) throw new Error('target and competitor must differ');
  return {
    id,
    route,
    routeMinHits: j.route_min_hits,
    exclude,
    whenTop: condFromJson(j.when_top, 'when_top'),
    whenSecond: condFromJson(j.when_second, 'when_second'),
    target,
    competitor,
    maxMargin: j.max_margin,
    delta: j.delta,
  };
}

