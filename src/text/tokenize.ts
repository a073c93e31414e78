// Normalization and tokenization of one field's UTF-8 bytes (docs/format.md §2.2–2.3), fused into
// one pass that emits each token's FNV-1a hash. Works on bytes only, so the C runtime can match it.
// The byte rules are the shared classifier of byte-class.ts (c/text/eg_byte_class.h in C).
import { FNV_OFFSET as FNV_OFFSET_ } from './hash.ts';
import { BC_APOS as BC_APOS_, BC_CASE_SHIFT as BC_CASE_SHIFT_, BC_LEAD as BC_LEAD_, BC_UPPER as BC_UPPER_, BC_WORD as BC_WORD_, BYTE_CLASS as BYTE_CLASS_, LEAD_AS_WORD as LEAD_AS_WORD_, LEAD_DELETE as LEAD_DELETE_, leadAt as leadAt_, leadLength as leadLength_ } from './byte-class.ts';

// module-local: imported bindings can compile to getters
/** FNV-1a offset basis as a signed 32-bit value: the hash stays an int32 in the loops (a constant
 * above 2^31 would make it a double in V8 and cost a conversion per byte); stored with >>> 0. */
const FNV_OFFSET = FNV_OFFSET_ | 0;
const BYTE_CLASS = BYTE_CLASS_;
const leadAt = leadAt_;
const leadLength = leadLength_;
const BC_APOS = BC_APOS_;
const BC_CASE_SHIFT = BC_CASE_SHIFT_;
const BC_LEAD = BC_LEAD_;
const BC_UPPER = BC_UPPER_;
const BC_WORD = BC_WORD_;
const LEAD_AS_WORD = LEAD_AS_WORD_;
const LEAD_DELETE = LEAD_DELETE_;

const FNV_PRIME = 0x01000193;

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
    let c = BYTE_CLASS[b]; // the one byte classifier (byte-class.ts), shared with logic-tokens.ts
    let step = 1;
    if (c === BC_APOS) {
      i += 1; // apostrophe deleted: neither a token byte nor a boundary
      continue;
    }
    if (c === BC_LEAD) {
      const lead = leadAt(bytes, i, end);
      if (lead === LEAD_DELETE) {
        i += 3; // curly apostrophe -> ' -> deleted
        continue;
      }
      if (lead === LEAD_AS_WORD) c = BC_WORD; // a lone C2 or E2: an ordinary non-ASCII word byte
      else step = leadLength(bytes, i, lead); // curly quote, dash, no-break space: separator
    }
    if (c <= BC_UPPER) {
      if (!inToken) {
        inToken = true;
        h = FNV_OFFSET;
        tokStart = i;
      }
      h = Math.imul(h ^ (b | (c << BC_CASE_SHIFT)), FNV_PRIME);
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
