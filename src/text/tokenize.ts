// Normalization and tokenization of one field's UTF-8 bytes (docs/format.md §2.2–2.3), fused into
// one pass that emits each token's FNV-1a hash. Works on bytes only, so the C runtime can match it.
import { FNV_OFFSET as FNV_OFFSET_ } from './hash.ts';

const FNV_OFFSET = FNV_OFFSET_; // module-local: imported bindings can compile to getters

const FNV_PRIME = 0x01000193;

/** Byte class after normalization: 1 = word byte (0-9, a-z, >= 0x80). Uppercase is mapped first. */
const WORD = new Uint8Array(256);
for (let b = 0x30; b <= 0x39; b++) WORD[b] = 1;
for (let b = 0x61; b <= 0x7a; b++) WORD[b] = 1;
for (let b = 0x41; b <= 0x5a; b++) WORD[b] = 1;
for (let b = 0x80; b <= 0xff; b++) WORD[b] = 1;

/**
 * Fast path: the normalized value of a byte that is always a plain word byte (0-9, a-z, A-Z
 * lowercased, non-ASCII other than the lead bytes E2 and C2 of the mapped sequences), else 0.
 */
export const FAST_WORD = new Uint8Array(256);
for (let b = 0x30; b <= 0x39; b++) FAST_WORD[b] = b;
for (let b = 0x61; b <= 0x7a; b++) FAST_WORD[b] = b;
for (let b = 0x41; b <= 0x5a; b++) FAST_WORD[b] = b + 32;
for (let b = 0x80; b <= 0xff; b++) if (b !== 0xe2 && b !== 0xc2) FAST_WORD[b] = b;

/** Where tokens go: hashes always; byte spans (in the field, pre-normalization) when asked. */
export interface TokenSink {
  hashes: Uint32Array;
  /** Optional: start/end byte offsets of each token within the field, for explanations. */
  starts?: Uint32Array;
  ends?: Uint32Array;
}

/**
 * Tokenizes `bytes[0, min(len, maxBytes))`, writing at most `maxTokens` token hashes into
 * `sink.hashes` starting at index `at`. Returns the number of tokens written.
 */
export function tokenizeField(
  bytes: Uint8Array,
  maxBytes: number,
  maxTokens: number,
  sink: TokenSink,
  at = 0,
): number {
  const end = bytes.length < maxBytes ? bytes.length : maxBytes;
  const out = sink.hashes;
  const starts = sink.starts;
  const ends = sink.ends;
  let n = 0;
  let h = FNV_OFFSET;
  let inToken = false;
  let tokStart = 0;
  let i = 0;
  while (i < end && n < maxTokens) {
    const b = bytes[i];
    // f: the normalized word byte, or 0 for a separator (FAST_WORD covers every word byte but the
    // lead bytes E2 and C2, which are word bytes only outside the mapped sequences).
    let f = FAST_WORD[b];
    let step = 1;
    if (f === 0) {
      if (b === 0xe2 && i + 2 < end && bytes[i + 1] === 0x80) {
        const c = bytes[i + 2];
        if (c === 0x98 || c === 0x99) {
          i += 3; // curly apostrophe -> ' -> deleted: neither a token byte nor a boundary
          continue;
        }
        if (c === 0x9c || c === 0x9d || c === 0x93 || c === 0x94) step = 3; // curly quote or dash: separator
        else f = b;
      } else if (b === 0xc2 && i + 1 < end && bytes[i + 1] === 0xa0) {
        step = 2; // no-break space: separator
      } else if (b === 0x27) {
        i += 1; // apostrophe deleted
        continue;
      } else if (WORD[b] === 1) {
        f = b;
      }
    }
    if (f !== 0) {
      if (!inToken) {
        inToken = true;
        h = FNV_OFFSET;
        tokStart = i;
      }
      h = Math.imul(h ^ f, FNV_PRIME);
      i += 1;
      continue;
    }
    if (inToken) {
      out[at + n] = h >>> 0;
      if (starts) {
        starts[at + n] = tokStart;
        ends![at + n] = i;
      }
      n++;
      inToken = false;
    }
    i += step;
  }
  if (inToken && n < maxTokens) {
    out[at + n] = h >>> 0;
    if (starts) { starts[at + n] = tokStart; ends![at + n] = i; }
    n++;
  }
  return n;
}

const utf8 = new TextEncoder();

/** Convenience for tests and lexicon building: token hashes of a string with no limits. */
export function tokenHashes(text: string): number[] {
  const bytes = utf8.encode(text);
  const hashes = new Uint32Array(bytes.length + 1);
  const n = tokenizeField(bytes, bytes.length, hashes.length, { hashes });
  return Array.from(hashes.subarray(0, n));
}

/**
 * Token texts of a field's bytes under the same limits as scoring, normalized for display
 * (ASCII lowercase, apostrophes removed; non-ASCII bytes decoded leniently). For explanations only.
 */
export function tokenTexts(bytes: Uint8Array, maxBytes = bytes.length, maxTokens = bytes.length + 1): string[] {
  const cap = Math.min(bytes.length, maxBytes) + 1;
  const hashes = new Uint32Array(cap);
  const starts = new Uint32Array(cap);
  const ends = new Uint32Array(cap);
  const n = tokenizeField(bytes, maxBytes, Math.min(maxTokens, cap), { hashes, starts, ends });
  const dec = new TextDecoder();
  const out: string[] = [];
  for (let k = 0; k < n; k++) out.push(normalizeToken(dec.decode(bytes.subarray(starts[k], ends[k]))));
  return out;
}

function normalizeToken(s: string): string {
  return s.replace(/['\u2018\u2019]/g, '').replace(/[A-Z]/g, (c) => c.toLowerCase());
}
