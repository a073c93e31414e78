// The commands skill's tokenizer: a query's code points -> tokens with code-point offsets (as the
// dataset types count them) and the hashes the features use. Defined on code points so that a C
// runtime decoding UTF-8 gets the same tokens; no Unicode tables are needed.
//
// Rules (docs/format.md §7.2): a code point <= U+0020 or U+00A0 separates; an ASCII letter or digit,
// or any other code point >= U+0080 except the listed punctuation, is a word character; every other
// code point is a one-code-point punctuation token. A token's `hash` is FNV-1a over the UTF-8 bytes
// of the token with A-Z lowered to a-z (no other case mapping). At most MAX_TOKENS tokens are kept.
import { FNV_OFFSET, fnv1aByte } from '../../text/hash.ts';

export const MAX_TOKENS = 64;

/** Non-ASCII code points that are punctuation (curly quotes, dashes, ellipsis, guillemets). */
const WIDE_PUNCT = new Set([0x2018, 0x2019, 0x201c, 0x201d, 0x2013, 0x2014, 0x2026, 0xab, 0xbb]);
const NBSP = 0xa0;

export interface Token {
  /** Code-point offsets in the query: [start, end). */
  start: number;
  end: number;
  /** The token's code points (original case). */
  cps: number[];
  /** FNV-1a of the lowered UTF-8 bytes. */
  hash: number;
  /** True for a one-code-point punctuation token. */
  punct: boolean;
}

export function isSeparator(cp: number): boolean {
  return cp <= 0x20 || cp === NBSP;
}

export function isWordChar(cp: number): boolean {
  if (cp >= 0x30 && cp <= 0x39) return true;
  if ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a) return true;
  return cp >= 0x80 && cp !== NBSP && !WIDE_PUNCT.has(cp);
}

/** ASCII-only lowering (A-Z -> a-z), as the spec says. */
export function lowerCp(cp: number): number {
  return cp >= 0x41 && cp <= 0x5a ? cp + 0x20 : cp;
}

/** FNV-1a step over the UTF-8 encoding of one code point. */
export function hashCp(h: number, cp: number): number {
  if (cp < 0x80) return fnv1aByte(h, cp);
  if (cp < 0x800) return fnv1aByte(fnv1aByte(h, 0xc0 | (cp >> 6)), 0x80 | (cp & 0x3f));
  if (cp < 0x10000) {
    h = fnv1aByte(h, 0xe0 | (cp >> 12));
    h = fnv1aByte(h, 0x80 | ((cp >> 6) & 0x3f));
    return fnv1aByte(h, 0x80 | (cp & 0x3f));
  }
  h = fnv1aByte(h, 0xf0 | (cp >> 18));
  h = fnv1aByte(h, 0x80 | ((cp >> 12) & 0x3f));
  h = fnv1aByte(h, 0x80 | ((cp >> 6) & 0x3f));
  return fnv1aByte(h, 0x80 | (cp & 0x3f));
}

/** FNV-1a of the lowered UTF-8 bytes of cps[from, to). */
export function hashCps(cps: number[], from = 0, to = cps.length): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) h = hashCp(h, lowerCp(cps[i]));
  return h >>> 0;
}

/** Splits `text` into at most MAX_TOKENS tokens; `truncated` says whether tokens were dropped. */
export function tokenize(text: string): { tokens: Token[]; truncated: boolean } {
  const tokens: Token[] = [];
  let truncated = false;
  let pos = 0;
  let cur: number[] | null = null;
  let curStart = 0;
  const push = (t: Token) => {
    if (tokens.length < MAX_TOKENS) tokens.push(t);
    else truncated = true;
  };
  const flush = (end: number) => {
    if (cur) push({ start: curStart, end, cps: cur, hash: hashCps(cur), punct: false });
    cur = null;
  };
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (isSeparator(cp)) flush(pos);
    else if (isWordChar(cp)) {
      if (!cur) {
        cur = [];
        curStart = pos;
      }
      cur.push(cp);
    } else {
      flush(pos);
      push({ start: pos, end: pos + 1, cps: [cp], hash: hashCps([cp]), punct: true });
    }
    pos++;
  }
  flush(pos);
  return { tokens, truncated };
}

/** The code points of `text` (offsets in the skill are indices into this array). */
export function codePoints(text: string): string[] {
  return [...text];
}
