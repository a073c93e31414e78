// Slot-value gazetteer: "this phrase was a value of slot s in training". Phrases are keyed by a hash
// of their token hashes, so the artifact stores no strings: a Bloom filter over key hashes (section
// CGAZ) answers membership with a small, measured false-positive rate. While training, an exact
// counting table is used instead, and a query's own values are left out (a value seen only in the
// query being trained on must not fire, or the tagger learns to trust the gazetteer blindly).
import { featureHash, fmix32, FNV_OFFSET } from '../../text/hash.ts';
import { tokenize, type Token } from './tokenize.ts';
import type { CommandDataset } from './types.ts';

/** Longest phrase (in tokens) looked up. */
export const MAX_GAZ_SPAN = 10;
const NS_GAZ_KEY = 0x60;
/** Bloom probe count and the odd-step salt (golden-ratio constant). */
export const BLOOM_PROBES = 6;
const STEP_SALT = 0x9e3779b9;

/** Hash of the token sequence tokens[i, j) (FNV-1a over the tokens' u32 hashes, then fmix32). */
export function phraseHash(tokens: Token[], i: number, j: number): number {
  let h = FNV_OFFSET;
  for (let k = i; k < j; k++) {
    const v = tokens[k].hash;
    h = Math.imul(h ^ (v & 0xff), 0x01000193);
    h = Math.imul(h ^ ((v >>> 8) & 0xff), 0x01000193);
    h = Math.imul(h ^ ((v >>> 16) & 0xff), 0x01000193);
    h = Math.imul(h ^ (v >>> 24), 0x01000193);
  }
  return fmix32(h >>> 0);
}

export function gazKey(slotId: number, phrase: number): number {
  return featureHash(NS_GAZ_KEY, slotId, phrase);
}

export interface Gazetteer {
  has(key: number): boolean;
}

/** Exact counting gazetteer for training: key -> number of training queries holding it. */
export class CountingGazetteer implements Gazetteer {
  readonly counts = new Map<number, number>();
  /** Keys of the query currently being featurized, left out of membership. */
  private own = new Set<number>();
  add(keys: Iterable<number>): void {
    for (const k of new Set(keys)) this.counts.set(k, (this.counts.get(k) ?? 0) + 1);
  }
  /** Gazetteer dropout: a key present for the current query is hidden when fmix32(key ^ salt) < threshold. */
  private dropSalt = 0;
  private dropBelow = 0;
  leaveOut(keys: Iterable<number>, dropSalt = 0, dropBelow = 0): void {
    this.own = new Set(keys);
    this.dropSalt = dropSalt;
    this.dropBelow = dropBelow;
  }
  has(key: number): boolean {
    const c = this.counts.get(key) ?? 0;
    if (c - (this.own.has(key) ? 1 : 0) <= 0) return false;
    return this.dropBelow === 0 || fmix32((key ^ this.dropSalt) >>> 0) >= this.dropBelow;
  }
}

/** Bloom filter over u32 keys; `bits` is a power of two. Layout: u32 words, bit b of word w = bit 32w+b. */
export class BloomGazetteer implements Gazetteer {
  constructor(
    readonly words: Uint32Array,
    readonly probes = BLOOM_PROBES,
  ) {}
  static build(keys: Iterable<number>, bitsLog2: number, probes = BLOOM_PROBES): BloomGazetteer {
    const b = new BloomGazetteer(new Uint32Array((1 << bitsLog2) >>> 5), probes);
    for (const k of keys) b.insert(k);
    return b;
  }
  /** Bit positions of `key`: double hashing h1 + j*h2 (h2 odd) modulo the bit count. */
  private positions(key: number, visit: (bit: number) => boolean): boolean {
    const mask = this.words.length * 32 - 1;
    const h1 = key >>> 0;
    const h2 = (fmix32((key ^ STEP_SALT) >>> 0) | 1) >>> 0;
    for (let j = 0; j < this.probes; j++) {
      if (!visit((h1 + Math.imul(j, h2)) & mask)) return false;
    }
    return true;
  }
  insert(key: number): void {
    this.positions(key, (bit) => {
      this.words[bit >>> 5] |= 1 << (bit & 31);
      return true;
    });
  }
  has(key: number): boolean {
    return this.positions(key, (bit) => (this.words[bit >>> 5] & (1 << (bit & 31))) !== 0);
  }
}

/** Every gazetteer key of a query's gold slots, given token spans per slot. */
export function exampleKeys(tokens: Token[], spans: Array<{ slotId: number; first: number; last: number }>): number[] {
  return spans.filter((s) => s.last - s.first + 1 <= MAX_GAZ_SPAN).map((s) => gazKey(s.slotId, phraseHash(tokens, s.first, s.last + 1)));
}

/**
 * Gazetteer keys of the declared entity lists: every value and synonym of an entity, for every slot
 * (by global slot id) that some intent types with that entity. Phrases are tokenized as queries are.
 */
export function listGazetteerKeys(ds: CommandDataset, slots: readonly string[]): number[] {
  const keys = new Set<number>();
  for (const it of Object.values(ds.intents)) {
    for (const [name, s] of Object.entries(it.slots)) {
      const def = s.type === 'entity' && s.entity ? ds.entities[s.entity] : undefined;
      const id = slots.indexOf(name);
      if (!def || id < 0) continue;
      for (const v of def.values) {
        for (const n of [v.value, ...v.synonyms]) {
          const { tokens } = tokenize(n);
          if (tokens.length > 0 && tokens.length <= MAX_GAZ_SPAN) keys.add(gazKey(id, phraseHash(tokens, 0, tokens.length)));
        }
      }
    }
  }
  return [...keys].sort((a, b) => a - b);
}
