// Training the slot tagger: a structured averaged perceptron (Collins 2002) over a linear-chain model
// whose features are hashed DURING training into 2^bits buckets, each bucket holding one weight per
// tag. Hashing while training lets the weights absorb collisions (folding trained weights into a hash
// table afterwards lost most of the accuracy in the scratch study). Seeded shuffle: deterministic.
import { Rng } from '../../train/rng.ts';
import { allowedTags } from './tags.ts';
import { viterbi } from './viterbi.ts';

export interface TaggerExample {
  /** Feature buckets per token. */
  buckets: Int32Array[];
  gold: number[];
  /** Allowed tags (global ids) of the example's intent. */
  allowed: number[];
}

export interface FloatTagger {
  bits: number;
  tagCount: number;
  /** Averaged emission weights [bucket * tagCount + tag]. */
  emit: Float64Array;
  /** Averaged transitions [(prev + 1) * tagCount + cur], prev = -1 is the start row 0. */
  trans: Float64Array;
}

/** Emission scores of allowed tags: out[i * A + a]. */
export function emissions(buckets: Int32Array[], allowed: readonly number[], emit: ArrayLike<number>, T: number): Float64Array {
  const A = allowed.length;
  const out = new Float64Array(buckets.length * A);
  for (let i = 0; i < buckets.length; i++) {
    const bs = buckets[i];
    for (let k = 0; k < bs.length; k++) {
      const base = bs[k] * T;
      for (let a = 0; a < A; a++) out[i * A + a] += emit[base + allowed[a]];
    }
  }
  return out;
}

export function decodeFloat(t: FloatTagger, buckets: Int32Array[], allowed: readonly number[]): number[] {
  const T = t.tagCount;
  const e = emissions(buckets, allowed, t.emit, T);
  return viterbi(buckets.length, allowed, e, (p, c) => t.trans[(p + 1) * T + c]).tags;
}

export function trainTagger(examples: TaggerExample[], tagCount: number, bits: number, epochs: number, seed: number, onEpoch?: (e: number) => void): FloatTagger {
  const T = tagCount;
  const size = (1 << bits) * T;
  const w = new Float64Array(size);
  const u = new Float64Array(size);
  const tw = new Float64Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  const rng = new Rng(seed);
  let c = 1;
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    rng.shuffle(order);
    for (const idx of order) {
      const ex = examples[idx];
      const n = ex.buckets.length;
      if (n === 0) continue;
      const e = emissions(ex.buckets, ex.allowed, w, T);
      const pred = viterbi(n, ex.allowed, e, (p, q) => tw[(p + 1) * T + q]).tags;
      for (let i = 0; i < n; i++) {
        const g = ex.gold[i];
        const p = pred[i];
        const gp = i === 0 ? -1 : ex.gold[i - 1];
        const pp = i === 0 ? -1 : pred[i - 1];
        if (g !== p) {
          for (const b of ex.buckets[i]) {
            w[b * T + g] += 1;
            u[b * T + g] += c;
            w[b * T + p] -= 1;
            u[b * T + p] -= c;
          }
        }
        if (g !== p || gp !== pp) {
          tw[(gp + 1) * T + g] += 1;
          tu[(gp + 1) * T + g] += c;
          tw[(pp + 1) * T + p] -= 1;
          tu[(pp + 1) * T + p] -= c;
        }
      }
      c++;
    }
    onEpoch?.(epoch + 1);
  }
  for (let i = 0; i < size; i++) w[i] -= u[i] / c;
  for (let i = 0; i < tw.length; i++) tw[i] -= tu[i] / c;
  return { bits, tagCount: T, emit: w, trans: tw };
}

export { allowedTags };
