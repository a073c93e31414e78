// The word scanner every normalizer shares. It is a hand-written character scanner (no regular
// expressions) so the C port can follow it step by step: ASCII letters are lowercased, a digit run
// may hold '.', ',', ':' or '/' between digits ("1,250.5", "7:30", "1/2"), a sign directly before a
// digit joins it when it does not follow a letter or digit ("-5", but "2-3" stays three tokens), an
// apostrophe between letters stays in the word ("o'clock"), and '°' is a token of its own. Every
// other character separates tokens, and letters and digits split ("5km" -> "5", "km").

export type TokenKind = 'num' | 'word' | 'sym';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Code-point offsets of the token in the scanned text: [start, end) (the tagger's grammar features map spans back with them). */
  start: number;
  end: number;
}

const DEGREE = 0xb0; // '°'
const RIGHT_QUOTE = 0x2019; // '’', typed by phone keyboards for an apostrophe
const NUM_JOINERS = '.,:/';

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function lower(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

/** Code points to a string without spreading (a long run must not overflow the call stack). */
function fromCps(cps: number[]): string {
  return cps.map((x) => String.fromCodePoint(x)).join('');
}

/** The tokens of `text` (see the header for the rules). Never throws. */
export function scan(text: string): Token[] {
  const cps = Array.from(text, (ch) => ch.codePointAt(0) as number);
  const out: Token[] = [];
  let i = 0;
  while (i < cps.length) {
    const c = cps[i];
    const prev = i > 0 ? cps[i - 1] : 0x20;
    const signed = (c === 0x2d || c === 0x2b) && i + 1 < cps.length && isDigit(cps[i + 1]) && !isDigit(prev) && !isLetter(prev);
    if (isDigit(c) || signed) {
      let j = i + 1;
      while (j < cps.length && (isDigit(cps[j]) || (NUM_JOINERS.includes(String.fromCodePoint(cps[j])) && j + 1 < cps.length && isDigit(cps[j + 1])))) j++;
      out.push({ kind: 'num', text: fromCps(cps.slice(c === 0x2b ? i + 1 : i, j)), start: i, end: j });
      i = j;
    } else if (isLetter(c)) {
      let j = i + 1;
      while (j < cps.length && (isLetter(cps[j]) || ((cps[j] === 0x27 || cps[j] === RIGHT_QUOTE) && j + 1 < cps.length && isLetter(cps[j + 1])))) j++;
      out.push({ kind: 'word', text: fromCps(cps.slice(i, j).map((x) => (x === RIGHT_QUOTE ? 0x27 : lower(x)))), start: i, end: j });
      i = j;
    } else if (c === DEGREE) {
      out.push({ kind: 'sym', text: '°', start: i, end: i + 1 });
      i++;
    } else i++;
  }
  return out;
}

/** The token texts of `text` (used to turn alias phrases into token sequences). */
export function words(text: string): string[] {
  return scan(text).map((t) => t.text);
}

/** The length of `seq` when the texts of tokens[i...] start with it, else 0. */
export function matchSeq(tokens: readonly Token[], i: number, seq: readonly string[]): number {
  if (seq.length === 0 || i + seq.length > tokens.length) return 0;
  for (let k = 0; k < seq.length; k++) if (tokens[i + k].text !== seq[k]) return 0;
  return seq.length;
}

/** The first match of `at` at any token of `text` (left to right), or undefined. */
export function firstMatch<T>(text: string, at: (tokens: readonly Token[], i: number) => T | undefined): T | undefined {
  const tokens = scan(text);
  for (let i = 0; i < tokens.length; i++) {
    const m = at(tokens, i);
    if (m !== undefined) return m;
  }
  return undefined;
}
