// Grammar classes of the tagger's tokens, read by the skill's own value normalizers (numbers, times
// of day, durations, quantities) plus a closed list of date words. With few training queries the
// tagger has seen "in 345 days" or "mar. 4th, 2020" once or never; that the span is a duration or a
// date is exactly what generalises. The classes come from code tables the runtime already carries
// (the normalizers), not from the artifact, so an artifact built with the flag scores the same
// features wherever the runtime runs. Browser-safe: no Node APIs.
import { parseDurationAt } from './normalize/duration.ts';
import { parseNumberAt } from './normalize/number.ts';
import { parseQuantityAt } from './normalize/quantity.ts';
import { parseTimeAt } from './normalize/time-of-day.ts';
import { scan, type Token as ScanToken } from './normalize/tokens.ts';
import type { Token } from './tokenize.ts';

/** Class bits (u8) of a token; a token can be in several spans at once. */
export const GRAM = { NUM: 1, TIME: 2, DUR: 4, QTY: 8, DATE: 16, ORD: 32, YEAR: 64 } as const;

/** Date words: no date normalizer exists yet, so the date class is this closed list. */
const DATE_WORDS = new Set(
  ('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'today tomorrow tonight yesterday weekend weekday spring summer autumn fall winter christmas easter').split(' '),
);
const ORDINAL_WORDS = new Set(
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth'.split(' '),
);
const ORDINAL_SUFFIXES = ['st', 'nd', 'rd', 'th'];
/** Four-digit numbers in this range read as years ("2039"). */
const YEAR_MIN = 1900;
const YEAR_MAX = 2099;

export interface GrammarMark {
  /** Class bits of the token. */
  bits: number;
  /** Bits of the classes whose span starts at this token. */
  begins: number;
}

/** The query text as the tokens cover it (separators become spaces; enough for the scanner). */
function textOf(tokens: Token[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const t of tokens) {
    if (t.start > at) parts.push(' '.repeat(t.start - at));
    parts.push(String.fromCodePoint(...t.cps));
    at = t.end;
  }
  return parts.join('');
}

function wordClass(t: ScanToken, next: ScanToken | undefined): number {
  if (t.kind === 'word' && DATE_WORDS.has(t.text)) return GRAM.DATE;
  if (t.kind === 'word' && ORDINAL_WORDS.has(t.text)) return GRAM.ORD;
  if (t.kind === 'num' && next?.kind === 'word' && next.start === t.end && ORDINAL_SUFFIXES.includes(next.text)) return GRAM.ORD;
  if (t.kind === 'num' && /^\d{4}$/.test(t.text) && +t.text >= YEAR_MIN && +t.text <= YEAR_MAX) return GRAM.YEAR;
  return 0;
}

/** Per tagger token: the grammar classes of the spans covering it. */
export function grammarMarks(tokens: Token[]): GrammarMark[] {
  const marks: GrammarMark[] = tokens.map(() => ({ bits: 0, begins: 0 }));
  if (tokens.length === 0) return marks;
  const st = scan(textOf(tokens));
  const mark = (cls: number, from: number, to: number) => {
    let first = true;
    for (let k = 0; k < tokens.length; k++) {
      if (tokens[k].end <= from || tokens[k].start >= to) continue;
      marks[k].bits |= cls;
      if (first) marks[k].begins |= cls;
      first = false;
    }
  };
  for (let i = 0; i < st.length; i++) {
    const spans: Array<[number, number | undefined]> = [
      [GRAM.NUM, parseNumberAt(st, i)?.end],
      [GRAM.TIME, parseTimeAt(st, i)?.end],
      [GRAM.DUR, parseDurationAt(st, i)?.end],
    ];
    const q = parseQuantityAt(st, i);
    if (q?.unit) spans.push([GRAM.QTY, q.end]);
    for (const [cls, end] of spans) if (end !== undefined && end > i) mark(cls, st[i].start, st[end - 1].end);
    const w = wordClass(st[i], st[i + 1]);
    if (w) mark(w, st[i].start, w === GRAM.ORD && st[i].kind === 'num' ? st[i + 1].end : st[i].end);
  }
  return marks;
}

/** Capitalised-run position codes: single, begin, inside, last (a run of tokens starting A-Z). */
export const CAP = { U: 1, B: 2, I: 3, L: 4 } as const;

const isCap = (t: Token) => !t.punct && t.cps[0] >= 0x41 && t.cps[0] <= 0x5a;

/** Per token: 0, or its CAP code in its run of capitalised words, plus 8 when the run starts the query. */
export function capitalRuns(tokens: Token[]): number[] {
  const out = tokens.map(() => 0);
  for (let i = 0; i < tokens.length; ) {
    if (!isCap(tokens[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && isCap(tokens[j + 1])) j++;
    const initial = i === 0 ? 8 : 0;
    for (let k = i; k <= j; k++) out[k] = initial | (i === j ? CAP.U : k === i ? CAP.B : k === j ? CAP.L : CAP.I);
    i = j + 1;
  }
  return out;
}
