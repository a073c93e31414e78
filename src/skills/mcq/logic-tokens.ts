// The deductive module's token stream (docs/format.md §2.9): the same normalization and token
// boundaries as §2.3, plus clause markers (comma, sentence end) and a crude plural stem, so the
// parser can see sentence structure. Emits integers only; the C runtime mirrors it.
import { FNV_OFFSET as FNV_OFFSET_ } from '../../text/hash.ts';
import {
  BC_APOS as BC_APOS_, BC_CASE_SHIFT as BC_CASE_SHIFT_, BC_COMMA as BC_COMMA_, BC_DOT as BC_DOT_, BC_END as BC_END_, BC_LEAD as BC_LEAD_, BC_UPPER as BC_UPPER_, BC_WORD as BC_WORD_, BYTE_CLASS as BYTE_CLASS_,
  LEAD_AS_WORD as LEAD_AS_WORD_, LEAD_DASH as LEAD_DASH_, LEAD_DELETE as LEAD_DELETE_, leadAt as leadAt_, leadLength as leadLength_,
} from '../../text/byte-class.ts';

// module-local: imported bindings can compile to getters
const FNV_OFFSET = FNV_OFFSET_;
const BYTE_CLASS = BYTE_CLASS_;
const leadAt = leadAt_;
const leadLength = leadLength_;
const BC_APOS = BC_APOS_;
const BC_CASE_SHIFT = BC_CASE_SHIFT_;
const BC_COMMA = BC_COMMA_;
const BC_DOT = BC_DOT_;
const BC_END = BC_END_;
const BC_LEAD = BC_LEAD_;
const BC_UPPER = BC_UPPER_;
const BC_WORD = BC_WORD_;
const LEAD_AS_WORD = LEAD_AS_WORD_;
const LEAD_DASH = LEAD_DASH_;
const LEAD_DELETE = LEAD_DELETE_;

const FNV_PRIME = 0x01000193;

/** Kinds of entries in the stream. */
export const LT_WORD = 0;
export const LT_COMMA = 1;
export const LT_END = 2;
/** A separator that is no marker. */
const LT_NONE = -1;

/** Is b a word byte before normalization (0-9, A-Z, a-z, >= 0x80)? For the '.' rule. */
function wordByte(b: number): boolean {
  const c = BYTE_CLASS[b];
  return c <= BC_UPPER || c === BC_LEAD;
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
  // The byte rules are the shared classifier (text/byte-class.ts), as in text/tokenize.ts.
  while (i < end && n < cap) {
    const b = bytes[i];
    let c = BYTE_CLASS[b];
    let marker = LT_NONE;
    let step = 1;
    if (c === BC_APOS) {
      i += 1; // apostrophe: deleted
      continue;
    }
    if (c === BC_LEAD) {
      const lead = leadAt(bytes, i, end);
      if (lead === LEAD_DELETE) {
        i += 3; // curly apostrophe: deleted
        continue;
      }
      if (lead === LEAD_AS_WORD) c = BC_WORD;
      else {
        step = leadLength(bytes, i, lead);
        if (lead === LEAD_DASH) marker = LT_COMMA;
      }
    }
    if (c <= BC_UPPER) {
      const f = b | (c << BC_CASE_SHIFT); // the normalized byte
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
    if (c === BC_COMMA) marker = LT_COMMA;
    else if (c === BC_END) marker = LT_END;
    else if (c === BC_DOT) marker = i + 1 < end && wordByte(bytes[i + 1]) ? LT_NONE : LT_END; // 3.5, e.g
    if (marker !== LT_NONE && n > 0 && n < cap) {
      const k = kind[n - 1];
      if (k === LT_WORD) {
        kind[n] = marker;
        hash[n] = 0;
        stem[n] = 0;
        n++;
      } else if (marker > k) kind[n - 1] = marker;
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
