// The responder's prompt tokenizer (docs/format.md §6.3), over UTF-8 bytes like text pipeline v1:
// word tokens are runs of [0-9A-Za-z] and non-ASCII bytes (apostrophes inside a word are dropped),
// every other non-space byte is a one-byte punctuation token, and "\n" is its own token.
// Curly and low-9 quotes („ ‚), guillemets and en/em dashes become their ASCII forms. Each token
// carries the FNV-1a hash of its lowercased bytes (ASCII and Latin-1 capitals) and its byte span.
import { FNV_OFFSET, fnv1a, fnv1aByte as hashByte } from '../../text/hash.ts';

export const TK_WORD = 1;
export const TK_PUNCT = 2;
export const TK_NL = 3;
export const MAX_TOKENS = 4096;

export interface Tokens {
  bytes: Uint8Array;
  n: number;
  kind: Uint8Array;
  start: Uint32Array;
  end: Uint32Array;
  hash: Uint32Array;
  /** For punctuation: the (normalized) ASCII byte. */
  byte: Uint8Array;
}

const isWordByte = (b: number) => (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b >= 0x80;

/** A multi-byte punctuation sequence at i: [ascii byte, length], or null. */
function special(bytes: Uint8Array, i: number): [number, number] | null {
  const b = bytes[i];
  if (b === 0xe2 && bytes[i + 1] === 0x80) {
    const c = bytes[i + 2];
    if (c === 0x98 || c === 0x99) return [0x27, 3];
    if (c === 0x9c || c === 0x9d || c === 0x9e) return [0x22, 3];
    if (c === 0x9a) return [0x27, 3];
    if (c === 0x93 || c === 0x94) return [0x2d, 3];
    if (c === 0xa6) return [0x2e, 3];
  }
  if (b === 0xc2 && (bytes[i + 1] === 0xab || bytes[i + 1] === 0xbb)) return [0x22, 2];
  if (b === 0xc2 && bytes[i + 1] === 0xa0) return [0x20, 2];
  // Version 20: the Arabic comma (U+060C, Arabic, Persian, Urdu) is a comma.
  if (b === 0xd8 && bytes[i + 1] === 0x8c) return [0x2c, 2];
  return null;
}

export function tokenize(bytes: Uint8Array): Tokens {
  const cap = Math.min(MAX_TOKENS, bytes.length + 1);
  const t: Tokens = {
    bytes,
    n: 0,
    kind: new Uint8Array(cap),
    start: new Uint32Array(cap),
    end: new Uint32Array(cap),
    hash: new Uint32Array(cap),
    byte: new Uint8Array(cap),
  };
  const push = (kind: number, s: number, e: number, hash: number, byte: number) => {
    if (t.n >= cap) return;
    t.kind[t.n] = kind;
    t.start[t.n] = s;
    t.end[t.n] = e;
    t.hash[t.n] = hash;
    t.byte[t.n] = byte;
    t.n++;
  };
  let i = 0;
  const len = bytes.length;
  while (i < len && t.n < cap) {
    const sp = special(bytes, i);
    if (sp) {
      if (sp[0] !== 0x20) push(TK_PUNCT, i, i + sp[1], hashByte(FNV_OFFSET, sp[0]), sp[0]);
      i += sp[1];
      continue;
    }
    const b = bytes[i];
    if (isWordByte(b)) {
      const s = i;
      let h = FNV_OFFSET;
      while (i < len) {
        const c = bytes[i];
        // Apostrophes (ASCII or U+2019) between word bytes are dropped: "don't" -> "dont".
        if (c === 0x27 && i > s && i + 1 < len && isAsciiAlnum(bytes[i + 1])) {
          i += 1;
          continue;
        }
        if (c === 0xe2 && bytes[i + 1] === 0x80 && bytes[i + 2] === 0x99 && i > s && i + 3 < len && isAsciiAlnum(bytes[i + 3])) {
          i += 3;
          continue;
        }
        if (!isWordByte(c) || special(bytes, i)) break;
        h = hashByte(h, foldByte(bytes, s, i, c));
        i++;
      }
      push(TK_WORD, s, i, h, 0);
      continue;
    }
    if (b === 0x0a) push(TK_NL, i, i + 1, hashByte(FNV_OFFSET, b), b);
    else if (b > 0x20 && b < 0x7f) push(TK_PUNCT, i, i + 1, hashByte(FNV_OFFSET, b), b);
    i++;
  }
  return t;
}

/** Token j is a `#` or `@` touching the word token after it, which it tags (a hashtag "#oatlife", a handle
 * "@bakery"; responder_version 17). */
export function tagJoins(t: Tokens, j: number): boolean {
  return j + 1 < t.n && t.kind[j] === TK_PUNCT && (t.byte[j] === 0x23 || t.byte[j] === 0x40) && t.kind[j + 1] === TK_WORD && t.end[j] === t.start[j + 1];
}

/** The byte hashed for a word byte: ASCII and Latin-1 capitals (U+00C0..U+00DE but U+00D7, as the
 * second byte after 0xC3) as their lowercase forms, so "Además" and "ADEMÁS" hash alike. */
function foldByte(bytes: Uint8Array, s: number, i: number, c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  if (c >= 0x80 && c <= 0x9e && c !== 0x97 && i > s && bytes[i - 1] === 0xc3) return c + 32;
  return c;
}

const isAsciiAlnum = (b: number) => (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);

/** Token j is a hyphen, or (responder_version 17) an underscore, touching a word before it and a word after it
 * ("hi-vis", a JSON key "no_show"). */
export function hyphenJoins(t: Tokens, j: number): boolean {
  return j > 0 && j + 1 < t.n && t.kind[j] === TK_PUNCT && (t.byte[j] === 0x2d || t.byte[j] === 0x5f) && t.kind[j - 1] === TK_WORD && t.kind[j + 1] === TK_WORD && t.end[j - 1] === t.start[j] && t.end[j] === t.start[j + 1];
}

/** The digit a UTF-8 sequence at k encodes in one of the scripts step 0 reads (ASCII; Arabic-Indic U+0660, Eastern
 * Arabic-Indic U+06F0, the nine Indic scripts Devanagari U+0966 .. Malayalam U+0D66 (their digit blocks share the
 * UTF-8 shape E0, odd A5..B5, A6..AF; responder_version 15), Thai U+0E50, fullwidth U+FF10), with its byte length:
 * digit * 8 + length, or -1. */
function digitAt(b: Uint8Array, k: number, end: number): number {
  const c = b[k];
  if (c >= 0x30 && c <= 0x39) return (c - 0x30) * 8 + 1;
  if (k + 1 < end && (c === 0xd9 || c === 0xdb)) {
    const lo = c === 0xd9 ? 0xa0 : 0xb0;
    if (b[k + 1] >= lo && b[k + 1] <= lo + 9) return (b[k + 1] - lo) * 8 + 2;
    return -1;
  }
  if (k + 2 < end && (c === 0xe0 || c === 0xef)) {
    const mid = b[k + 1];
    const lo = c === 0xef ? (mid === 0xbc ? 0x90 : -1) : mid >= 0xa5 && mid <= 0xb5 && (mid & 1) === 1 ? 0xa6 : mid === 0xb9 ? 0x90 : -1;
    if (lo >= 0 && b[k + 2] >= lo && b[k + 2] <= lo + 9) return (b[k + 2] - lo) * 8 + 3;
  }
  return -1;
}

/** The value of word token i when it is 1..maxDigits digits of one script (digitAt: "42", "۳", "४०", "３"; every digit
 * with the same lead bytes as the first: "४০" mixes Devanagari and Bengali and is no number), else -1. */
export function digitsValue(t: Tokens, i: number, maxDigits: number): number {
  if (i < 0 || i >= t.n || t.kind[i] !== TK_WORD) return -1;
  const s = t.start[i];
  let v = 0;
  let n = 0;
  let len = 0;
  for (let k = s; k < t.end[i]; k += len) {
    const d = digitAt(t.bytes, k, t.end[i]);
    if (d < 0 || n === maxDigits || (n > 0 && (d & 7) !== len)) return -1;
    len = d & 7;
    for (let m = 0; m + 1 < len; m++) if (t.bytes[k + m] !== t.bytes[s + m]) return -1;
    v = v * 10 + (d >> 3);
    n++;
  }
  return n > 0 ? v : -1;
}

/** True for tokens a gap may not cross: . ? ! ; and line breaks. */
export function isBoundary(t: Tokens, i: number): boolean {
  if (t.kind[i] === TK_NL) return true;
  if (t.kind[i] !== TK_PUNCT) return false;
  const b = t.byte[i];
  return b === 0x2e || b === 0x3f || b === 0x21 || b === 0x3b;
}

/** The first token of the sentence holding token i: the token after the nearest boundary token before i, else 0. */
export function sentenceStart(t: Tokens, i: number): number {
  let a = Math.min(i, t.n);
  while (a > 0 && !isBoundary(t, a - 1)) a--;
  return a;
}

/** The boundary token that ends the sentence holding token i (the first at or after i), else t.n. */
export function sentenceEnd(t: Tokens, i: number): number {
  let e = Math.min(i, t.n);
  while (e < t.n && !isBoundary(t, e)) e++;
  return e;
}

const asIs = new TextDecoder('utf-8', { ignoreBOM: true });
/** Prompt bytes as text the way C copies them: a leading U+FEFF stays (ignoreBOM), as in the cue step. */
export function decodeAsIs(bytes: Uint8Array): string {
  return asIs.decode(bytes);
}

/** Per token: 1 inside a quoted span of its line (double or single quotes, the quotes included), else 0. */
export function quotedTokens(t: Tokens): Uint8Array {
  const q = new Uint8Array(t.n);
  let open = -1;
  for (let i = 0; i < t.n; i++) {
    if (t.kind[i] === TK_NL) open = -1;
    else if (t.kind[i] === TK_PUNCT && (t.byte[i] === 0x22 || t.byte[i] === 0x27)) {
      if (open < 0) open = i;
      else if (t.byte[i] === t.byte[open]) {
        for (let k = open; k <= i; k++) q[k] = 1;
        open = -1;
      }
    }
  }
  return q;
}

const hashCache = new Map<string, number>();
const enc = new TextEncoder();
/** The hash a word token spelled `w` (lowercase) carries: FNV-1a of its UTF-8 bytes, cached. Here, not in match.ts,
 * so modules that hash words at load (reader.ts, corrections.ts) do not depend on the matcher's module cycle. */
export function hashOf(w: string): number {
  let h = hashCache.get(w);
  if (h === undefined) {
    h = fnv1a(enc.encode(w));
    hashCache.set(w, h);
  }
  return h;
}
