// The deductive module's token stream (docs/format.md §2.9): the same normalization and token
// boundaries as §2.3, plus clause markers (comma, sentence end) and a crude plural stem, so the
// parser can see sentence structure. Emits integers only; the C runtime mirrors it.
import { FNV_OFFSET as FNV_OFFSET_ } from '../../text/hash.ts';
import { FAST_WORD as FAST_WORD_ } from '../../text/tokenize.ts';

const FNV_OFFSET = FNV_OFFSET_; // module-local: imported bindings can compile to getters
const FAST_WORD = FAST_WORD_;

const FNV_PRIME = 0x01000193;

/** Kinds of entries in the stream. */
export const LT_WORD = 0;
export const LT_COMMA = 1;
export const LT_END = 2;

const WORD = new Uint8Array(256);
for (let b = 0x30; b <= 0x39; b++) WORD[b] = 1;
for (let b = 0x61; b <= 0x7a; b++) WORD[b] = 1;
for (let b = 0x41; b <= 0x5a; b++) WORD[b] = 1;
for (let b = 0x80; b <= 0xff; b++) WORD[b] = 1;

/** Marker class of a separator byte: comma-like (, : — –) or sentence end (. ; ? ! newline). */
function markerOf(b: number): number {
  if (b === 0x2c || b === 0x3a) return LT_COMMA;
  if (b === 0x3b || b === 0x3f || b === 0x21 || b === 0x0a) return LT_END;
  return -1;
}

export interface LogicTokens {
  kind: Uint8Array;
  /** FNV-1a of the token (for the lexicon). */
  hash: Uint32Array;
  /** FNV-1a of the stemmed token (for atom identity). */
  stem: Uint32Array;
  n: number;
  /** Byte index where scanning stopped because the stream was full (-1: the whole field was read).
   * It is always just past a separator, so another tokenizer can continue from it. */
  stop: number;
}

export function makeLogicTokens(cap: number): LogicTokens {
  return { kind: new Uint8Array(cap), hash: new Uint32Array(cap), stem: new Uint32Array(cap), n: 0, stop: -1 };
}

/**
 * Tokenizes `bytes[0, min(len, maxBytes))` into `out`, at most `cap` entries (words and markers).
 * A '.' is a sentence end unless the next byte is a word byte (3.5, e.g). Consecutive markers
 * collapse to the stronger one (END over COMMA); no marker is emitted before the first word.
 */
export function logicTokenize(bytes: Uint8Array, maxBytes: number, out: LogicTokens): void {
  const end = bytes.length < maxBytes ? bytes.length : maxBytes;
  const kind = out.kind;
  const hash = out.hash;
  const stem = out.stem;
  const cap = kind.length;
  let n = 0;
  let h = FNV_OFFSET;
  let hPrev = FNV_OFFSET; // hash before the last byte, for the plural stem
  let len = 0;
  let last = 0;
  let prevLast = 0;
  let inToken = false;
  let i = 0;
  // Emission is written out inline (no closures) because this loop runs over every context byte.
  while (i < end && n < cap) {
    const b = bytes[i];
    // f: the normalized word byte, or 0 for a separator. FAST_WORD covers every word byte except
    // the lead bytes of the mapped sequences (E2, C2), which are word bytes only outside them.
    let f = FAST_WORD[b];
    let sep = -2; // -2: not a separator; -1: plain separator; else a marker kind
    let step = 1;
    if (f === 0) {
      if (b === 0xe2 && i + 2 < end && bytes[i + 1] === 0x80) {
        const c = bytes[i + 2];
        if (c === 0x98 || c === 0x99) {
          i += 3; // curly apostrophe: deleted
          continue;
        }
        if (c === 0x9c || c === 0x9d) {
          sep = -1;
          step = 3;
        } else if (c === 0x93 || c === 0x94) {
          sep = LT_COMMA;
          step = 3;
        }
      } else if (b === 0xc2 && i + 1 < end && bytes[i + 1] === 0xa0) {
        sep = -1;
        step = 2;
      } else if (b === 0x27) {
        i += 1; // apostrophe: deleted
        continue;
      }
      if (sep === -2 && WORD[b] === 1) f = b;
    }
    if (f !== 0) {
      if (!inToken) {
        inToken = true;
        h = FNV_OFFSET;
        len = 0;
        last = 0;
      }
      hPrev = h;
      h = Math.imul(h ^ f, FNV_PRIME) >>> 0;
      prevLast = last;
      last = f;
      len++;
      i += 1;
      continue;
    }
    if (inToken) {
      kind[n] = LT_WORD;
      hash[n] = h;
      stem[n] = len >= 4 && last === 0x73 && prevLast !== 0x73 ? hPrev : h;
      n++;
      inToken = false;
    }
    if (sep === -2) sep = b === 0x2e ? (i + 1 < end && WORD[bytes[i + 1]] === 1 ? -1 : LT_END) : markerOf(b);
    if (sep >= 0 && n > 0 && n < cap) {
      const k = kind[n - 1];
      if (k === LT_WORD) {
        kind[n] = sep;
        hash[n] = 0;
        stem[n] = 0;
        n++;
      } else if (sep > k) kind[n - 1] = sep;
    }
    i += step;
  }
  if (inToken && n < cap) {
    kind[n] = LT_WORD;
    hash[n] = h;
    stem[n] = len >= 4 && last === 0x73 && prevLast !== 0x73 ? hPrev : h;
    n++;
  }
  out.n = n;
  out.stop = i < end ? i : -1;
}
