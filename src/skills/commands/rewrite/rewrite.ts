// Unit-conversion rewrite mode (docs/rewrite.md): "The trail is 5 miles and the tower is 30 feet." ->
// "The trail is 8.05 km and the tower is 9.14 m." Built on the commands skill's value normalizers: their
// scanner finds the tokens, parseQuantityAt / parseNumberAt / unitAt read a quantity at a token, and
// convert does the exact integer conversion (round half away from zero). Only the quantity's span is
// replaced; every other code point of the text is kept as it was. This file adds what a rewrite of free
// text needs beyond reading one slot: where a quantity may not be taken (money, "£2 a pound", "200 ft²",
// "80 ft-lb"), "in" as inches, and ranges ("3-4 miles" -> "4.83-6.44 km"). The C port
// (c/skills/commands/eg_cmd_rewrite.c) follows it step by step and must give the same bytes.
import { errorNumber } from '../../../artifact/errors.ts';
import { formatFixed, type Fixed, MAX_DECIMALS, reduce } from '../normalize/fixed.ts';
import { parseNumberAt } from '../normalize/number.ts';
import { convert, parseQuantityAt, unitAt } from '../normalize/quantity.ts';
import { scan, type Token } from '../normalize/tokens.ts';
import { findUnit, type UnitDef } from '../normalize/units.ts';

export type RewriteDirection = 'to-metric' | 'to-imperial';
export const REWRITE_DIRECTIONS: readonly RewriteDirection[] = ['to-metric', 'to-imperial'];

export interface RewriteOptions {
  /** Which units are rewritten (default 'to-metric': US customary / imperial units become metric). */
  direction?: RewriteDirection;
  /** Decimals the converted value is rounded to, 0..6 (default 2); trailing zeros are then dropped. */
  decimals?: number;
}

export const DEFAULT_REWRITE_DECIMALS = 2;

/** A unit that is rewritten: its id in the normalizers' table, the target unit's id, the symbol written. */
export interface UnitTarget {
  from: string;
  to: string;
  symbol: string;
}

/** Units not listed are left alone: mg, t, cl, m/s, kn and K in both directions. */
export const REWRITE_TARGETS: Readonly<Record<RewriteDirection, readonly UnitTarget[]>> = {
  'to-metric': [
    { from: 'in', to: 'cm', symbol: 'cm' },
    { from: 'ft', to: 'm', symbol: 'm' },
    { from: 'yd', to: 'm', symbol: 'm' },
    { from: 'mi', to: 'km', symbol: 'km' },
    { from: 'oz', to: 'g', symbol: 'g' },
    { from: 'lb', to: 'kg', symbol: 'kg' },
    { from: 'st', to: 'kg', symbol: 'kg' },
    { from: 'tsp', to: 'ml', symbol: 'mL' },
    { from: 'tbsp', to: 'ml', symbol: 'mL' },
    { from: 'floz', to: 'ml', symbol: 'mL' },
    { from: 'cup', to: 'ml', symbol: 'mL' },
    { from: 'pt', to: 'l', symbol: 'L' },
    { from: 'qt', to: 'l', symbol: 'L' },
    { from: 'gal', to: 'l', symbol: 'L' },
    { from: 'mph', to: 'km/h', symbol: 'km/h' },
    { from: 'F', to: 'C', symbol: '°C' },
  ],
  'to-imperial': [
    { from: 'mm', to: 'in', symbol: 'in' },
    { from: 'cm', to: 'in', symbol: 'in' },
    { from: 'm', to: 'ft', symbol: 'ft' },
    { from: 'km', to: 'mi', symbol: 'mi' },
    { from: 'g', to: 'oz', symbol: 'oz' },
    { from: 'kg', to: 'lb', symbol: 'lb' },
    { from: 'ml', to: 'floz', symbol: 'fl oz' },
    { from: 'l', to: 'gal', symbol: 'gal' },
    { from: 'km/h', to: 'mph', symbol: 'mph' },
    { from: 'C', to: 'F', symbol: '°F' },
  ],
};

/** Code points allowed between the tokens of one quantity, with at most one '-' ("5-mile") or '/' ("km/h"). */
export const SPACE_CPS: readonly number[] = [0x20, 0x09, 0xa0, 0x202f];
/** A range joiner written as one character between two numbers: "3-4", "3 – 4", "4 × 8". */
export const DASH_CPS: readonly number[] = [0x2d, 0x2013, 0x2014, 0xd7];
/** A number right after one of these is money, not a quantity: "$4 a gallon", "£2 a pound". */
export const MONEY_CPS: readonly number[] = [0x24, 0xa3, 0x20ac, 0xa5];
/** A unit right before one of these is an area or a volume: "200 ft²". */
export const POWER_CPS: readonly number[] = [0xb2, 0xb3];
/** Range joiners written as words ("and" only after "between"). */
export const JOINER_WORDS: readonly string[] = ['to', 'or', 'x', 'by'];
/** Words after which "12 in" is read as inches ("12 in wide", "12 in x 8 in"). */
export const INCH_NEXT_WORDS: readonly string[] = ['wide', 'long', 'tall', 'high', 'deep', 'thick', 'x', 'by'];

/** One replaced span: code-point offsets [start, end) in the input, its text, the replacement, the units. */
export interface Rewrite {
  start: number;
  end: number;
  from: string;
  to: string;
  unit: string;
  target: string;
}

export interface RewriteResult {
  text: string;
  rewrites: Rewrite[];
}

/** An option out of range (CMD_REWRITE_OPTION in src/artifact/errors.ts; the C port returns the same number). */
export class RewriteOptionError extends Error {
  override name = 'RewriteOptionError';
  readonly code = 'CMD_REWRITE_OPTION';
  readonly number = errorNumber('CMD_REWRITE_OPTION');
}

/** What a token position holds: nothing to do, a quantity to leave as it is (to `end`), or one to convert. */
type At =
  | { kind: 'none' }
  | { kind: 'skip'; end: number }
  | { kind: 'convert'; start: number; end: number; unit: UnitDef; target: UnitTarget; out: Fixed; simple: boolean };

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isWord(t: Token | undefined, w: string): boolean {
  return t !== undefined && t.kind === 'word' && t.text === w;
}

class Rewriter {
  private readonly cps: number[];
  private readonly toks: Token[];
  /** Per token: the first and one-past-last token of its segment (tokens joined by innerGap). */
  private readonly segStart: number[] = [];
  private readonly segEnd: number[] = [];
  private readonly segments = new Map<number, Token[]>();
  private readonly targets: readonly UnitTarget[];

  constructor(text: string, direction: RewriteDirection, private readonly decimals: number) {
    this.cps = Array.from(text, (ch) => ch.codePointAt(0) as number);
    this.targets = REWRITE_TARGETS[direction];
    this.toks = scan(text).map((t, k, all) => (this.isInches(all, k) ? { ...t, text: 'inches' } : t));
    const n = this.toks.length;
    for (let k = 0; k < n; k++) this.segStart.push(k > 0 && this.innerGap(this.toks[k - 1].end, this.toks[k].start) ? this.segStart[k - 1] : k);
    for (let k = n - 1; k >= 0; k--) this.segEnd[k] = k + 1 < n && this.segStart[k + 1] === this.segStart[k] ? this.segEnd[k + 1] : k + 1;
  }

  // ---------------------------------------------------------------- code-point tests

  /** Only SPACE_CPS and at most one '-' or '/' in cps[a, b). */
  private innerGap(a: number, b: number): boolean {
    let marks = 0;
    for (let k = a; k < b; k++) {
      const c = this.cps[k];
      if (SPACE_CPS.includes(c)) continue;
      if ((c === 0x2d || c === 0x2f) && marks++ === 0) continue;
      return false;
    }
    return true;
  }

  private spacesOnly(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (!SPACE_CPS.includes(this.cps[k])) return false;
    return true;
  }

  /** The one code point of cps[a, b) around spaces ("-" in " - "), or -1. */
  private single(a: number, b: number): number {
    while (a < b && SPACE_CPS.includes(this.cps[a])) a++;
    while (b > a && SPACE_CPS.includes(this.cps[b - 1])) b--;
    return b - a === 1 ? this.cps[a] : -1;
  }

  /** "12 in" is inches after a digit number when the text goes on with no word, or with "wide", "x", ... */
  private isInches(all: readonly Token[], k: number): boolean {
    const t = all[k];
    if (t.kind !== 'word' || t.text !== 'in' || k === 0 || all[k - 1].kind !== 'num' || !this.innerGap(all[k - 1].end, t.start)) return false;
    let q = t.end;
    while (q < this.cps.length && SPACE_CPS.includes(this.cps[q])) q++;
    if (q === this.cps.length) return true;
    const c = this.cps[q];
    if (!isAsciiAlnum(c)) return true; // punctuation, a line end, any other symbol
    const next = all[k + 1];
    return next !== undefined && next.kind === 'word' && next.start === q && INCH_NEXT_WORDS.includes(next.text);
  }

  /** A number glued to a letter or digit before it ("A4", "1e3") or after a currency sign. */
  private blockedNumber(g: number): boolean {
    const t = this.toks[g];
    if (t.kind !== 'num' || t.start === 0) return false;
    const c = this.cps[t.start - 1];
    return isAsciiAlnum(c) || MONEY_CPS.includes(c);
  }

  // ---------------------------------------------------------------- quantities

  private segment(g: number): { L: Token[]; s: number } {
    const s = this.segStart[g];
    let L = this.segments.get(s);
    if (!L) {
      L = this.toks.slice(s, this.segEnd[g]);
      this.segments.set(s, L);
    }
    return { L, s };
  }

  private targetOf(unit: UnitDef): UnitTarget | undefined {
    return this.targets.find((x) => x.from === unit.id);
  }

  private convertTo(value: Fixed, unit: UnitDef, target: UnitTarget): Fixed | undefined {
    const out = convert(value, unit, findUnit(target.to) as UnitDef, this.decimals);
    return out && reduce(out);
  }

  /** The quantity starting at token g (parseQuantityAt within g's segment), after the rewrite's own checks. */
  quantityAt(g: number): At {
    const t = this.toks[g];
    if (this.blockedNumber(g)) return { kind: 'none' };
    const { L, s } = this.segment(g);
    const li = g - s;
    const q = parseQuantityAt(L, li);
    if (!q || !q.unit) return { kind: 'none' };
    let unit = q.unit;
    let value = q.value;
    let end = q.end;
    let simple = true;
    let firstEnd = q.end;
    if ((t.text === 'a' || t.text === 'an') && t.kind === 'word' && unitAt(L, li + 1)) {
      // "a pound of flour" is a quantity; "£2 a pound", "30 miles a gallon" are rates.
      if (!isWord(L[q.end], 'of')) return { kind: 'none' };
      simple = false;
    } else {
      const num = parseNumberAt(L, li);
      if (!num) return { kind: 'none' };
      let e = num.end;
      let filler = 0;
      if (isWord(L[e], 'of') && isWord(L[e + 1], 'a')) filler = 2;
      else if ((isWord(L[e], 'a') || isWord(L[e], 'an')) && unitAt(L, e + 1)) filler = 1;
      // "half a mile" is a quantity; "2 a pound" is a price.
      if (filler > 0 && !(num.value.value > 0 && num.value.value < num.value.scale)) return { kind: 'none' };
      e += filler;
      const u = unitAt(L, e);
      if (u) firstEnd = u.end;
      if (u && q.end !== u.end) {
        simple = false;
        // A bare number after "and" is not an implied smaller unit: "3 feet and 2 kids" is 3 feet.
        const and = isWord(L[u.end], 'and');
        const n2 = parseNumberAt(L, and ? u.end + 1 : u.end);
        if (and && n2 && n2.end === q.end) {
          unit = u.unit;
          value = num.value;
          end = u.end;
          simple = true;
        }
      }
    }
    // Areas, volumes and products are other quantities: "200 ft²", "5 ft2", "80 ft-lb".
    const after = L[firstEnd];
    if (after && after.kind === 'num' && after.start === L[firstEnd - 1].end) return { kind: 'none' };
    const endCp = L[end - 1].end;
    if (endCp < this.cps.length && POWER_CPS.includes(this.cps[endCp])) return { kind: 'none' };
    const next = L[end];
    if (next && next.start === endCp + 1 && this.cps[endCp] === 0x2d && unitAt(L, end)) return { kind: 'none' };
    if (isWord(next, 'sterling')) return { kind: 'none' };
    const target = this.targetOf(unit);
    const out = target && this.convertTo(value, unit, target);
    if (!target || !out) return { kind: 'skip', end: s + end };
    return { kind: 'convert', start: g, end: s + end, unit, target, out, simple };
  }

  /** A bare number joined to a convertible quantity: "3-4 miles", "3 to 4 miles", "between 60 and 70 F", "4 x 8 ft". */
  rangeAt(g: number): { first: { start: number; end: number; out: Fixed }; second: At & { kind: 'convert' } } | { kind: 'skip'; end: number } | undefined {
    const t = this.toks[g];
    if (t.kind === 'sym' || this.blockedNumber(g)) return undefined;
    const { L, s } = this.segment(g);
    const li = g - s;
    const n1 = parseNumberAt(L, li);
    const q = parseQuantityAt(L, li);
    if (!n1 || !q || q.unit || q.end !== n1.end) return undefined;
    const last = s + n1.end - 1;
    const j = last + 1;
    const n = this.toks.length;
    if (j >= n) return undefined;
    let k: number | undefined;
    const a = this.toks[last].end;
    if (DASH_CPS.includes(this.single(a, this.toks[j].start))) k = j;
    else if (this.spacesOnly(a, this.toks[j].start) && j + 1 < n && this.spacesOnly(this.toks[j].end, this.toks[j + 1].start)) {
      const w = this.toks[j];
      if (w.kind === 'word' && (JOINER_WORDS.includes(w.text) || (w.text === 'and' && g > 0 && isWord(this.toks[g - 1], 'between')))) k = j + 1;
    }
    if (k === undefined) return undefined;
    const second = this.quantityAt(k);
    if (second.kind !== 'convert' || !second.simple) return undefined;
    // "3, 4 or 5 miles", "2 x 4 x 8 ft": a list before the range; converting two of its numbers would mislead.
    if (this.chainBefore(g)) return { kind: 'skip', end: second.end };
    const out = this.convertTo(n1.value, second.unit, second.target);
    if (!out) return { kind: 'skip', end: second.end };
    return { first: { start: g, end: s + n1.end, out }, second };
  }

  private chainBefore(g: number): boolean {
    if (g === 0) return false;
    const p = this.toks[g - 1];
    const here = this.toks[g].start;
    if (p.kind === 'num') {
      const c = this.single(p.end, here);
      return c === 0x2c || DASH_CPS.includes(c);
    }
    return (
      p.kind === 'word' && (JOINER_WORDS.includes(p.text) || p.text === 'and') && g >= 2 && this.toks[g - 2].kind === 'num' &&
      this.spacesOnly(this.toks[g - 2].end, p.start) && this.spacesOnly(p.end, here)
    );
  }

  // ---------------------------------------------------------------- the rewrite

  run(): RewriteResult {
    const edits: { start: number; end: number; to: string; unit: string; target: string }[] = [];
    const span = (a: number, b: number) => ({ start: this.toks[a].start, end: this.toks[b - 1].end });
    const push = (m: At & { kind: 'convert' }) =>
      edits.push({ ...span(m.start, m.end), to: `${formatFixed(m.out.value, m.out.scale)} ${m.target.symbol}`, unit: m.unit.id, target: m.target.to });
    let g = 0;
    while (g < this.toks.length) {
      const m = this.quantityAt(g);
      if (m.kind === 'convert') {
        push(m);
        g = m.end;
        continue;
      }
      if (m.kind === 'skip') {
        g = m.end;
        continue;
      }
      const r = this.rangeAt(g);
      if (r && 'first' in r) {
        edits.push({ ...span(r.first.start, r.first.end), to: formatFixed(r.first.out.value, r.first.out.scale), unit: r.second.unit.id, target: r.second.target.to });
        push(r.second);
        g = r.second.end;
      } else if (r) g = r.end;
      else g++;
    }
    let text = '';
    let at = 0;
    const rewrites: Rewrite[] = [];
    for (const e of edits) {
      const from = this.slice(e.start, e.end);
      text += this.slice(at, e.start) + e.to;
      at = e.end;
      rewrites.push({ start: e.start, end: e.end, from, to: e.to, unit: e.unit, target: e.target });
    }
    text += this.slice(at, this.cps.length);
    return { text, rewrites };
  }

  private slice(a: number, b: number): string {
    let s = '';
    for (let k = a; k < b; k++) s += String.fromCodePoint(this.cps[k]);
    return s;
  }
}

/** Checks the options (RewriteOptionError when one is out of range) and fills in the defaults. */
export function rewriteOptions(o: RewriteOptions = {}): Required<RewriteOptions> {
  const direction = o.direction ?? 'to-metric';
  const decimals = o.decimals ?? DEFAULT_REWRITE_DECIMALS;
  if (!REWRITE_DIRECTIONS.includes(direction)) throw new RewriteOptionError(`direction must be one of ${REWRITE_DIRECTIONS.join(', ')}, got ${JSON.stringify(direction)}`);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) throw new RewriteOptionError(`decimals must be an integer 0..${MAX_DECIMALS}, got ${decimals}`);
  return { direction, decimals };
}

/**
 * `text` with every quantity in a unit of the direction's source list replaced by its exact conversion,
 * rounded half away from zero to `decimals` decimals with trailing zeros dropped ("8.05 km", "100 °C",
 * "25.4 cm"), and the list of what was replaced. Never throws on any text (only on bad options).
 */
export function rewriteUnits(text: string, options?: RewriteOptions): RewriteResult {
  const o = rewriteOptions(options);
  return new Rewriter(text, o.direction, o.decimals).run();
}

/** The rewrites as lines for people (`engram commands convert --explain`). */
export function formatRewrites(r: RewriteResult): string {
  if (r.rewrites.length === 0) return '  (no quantity rewritten)';
  return r.rewrites.map((w) => `  [${w.start}, ${w.end}) ${JSON.stringify(w.from)} -> ${JSON.stringify(w.to)}  (${w.unit} -> ${w.target})`).join('\n');
}
