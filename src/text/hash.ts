// The hash functions of the text pipeline (docs/format.md §1): FNV-1a over unsigned bytes,
// the MurmurHash3 finalizer, and the feature hash built from both. All results are u32 numbers.

export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over `bytes[start, end)`, continuing from `h`. */
export function fnv1a(bytes: Uint8Array, start = 0, end = bytes.length, h = FNV_OFFSET): number {
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i], FNV_PRIME);
  return h >>> 0;
}

/** FNV-1a step for one byte (0..255). */
export function fnv1aByte(h: number, b: number): number {
  return Math.imul(h ^ b, FNV_PRIME) >>> 0;
}

/** FNV-1a over the 4 little-endian bytes of a u32, continuing from `h`. */
function fnv1aU32(h: number, v: number): number {
  h = Math.imul(h ^ (v & 0xff), FNV_PRIME);
  h = Math.imul(h ^ ((v >>> 8) & 0xff), FNV_PRIME);
  h = Math.imul(h ^ ((v >>> 16) & 0xff), FNV_PRIME);
  h = Math.imul(h ^ (v >>> 24), FNV_PRIME);
  return h >>> 0;
}

/** MurmurHash3's 32-bit finalizer: spreads FNV's weak low bits before masking to a bucket. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** feature_hash(ns, a, b) = fmix32(fnv1a([ns, a0..a3, b0..b3])). */
export function featureHash(ns: number, a: number, b: number): number {
  let h = fnv1aByte(FNV_OFFSET, ns & 0xff);
  h = fnv1aU32(h, a);
  h = fnv1aU32(h, b);
  return fmix32(h);
}

const utf8 = new TextEncoder();

/** FNV-1a of a string's UTF-8 bytes (for lexicon building and tests; the runtime hashes bytes). */
export function fnv1aString(s: string): number {
  return fnv1a(utf8.encode(s));
}
