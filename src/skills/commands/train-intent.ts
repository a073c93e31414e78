// Training the intent classifier: a multiclass averaged perceptron over hashed word and word-pair
// features, hashed during training into 2^bits buckets (one weight per intent per bucket). Seeded.
import { Rng } from '../../train/rng.ts';

export interface IntentExample {
  buckets: Int32Array;
  label: number;
}

export interface FloatIntent {
  bits: number;
  classes: number;
  /** Averaged weights [bucket * classes + class]. */
  w: Float64Array;
}

export function intentScores(m: { classes: number; w: ArrayLike<number> }, buckets: ArrayLike<number>): Float64Array {
  const s = new Float64Array(m.classes);
  for (let k = 0; k < buckets.length; k++) {
    const base = buckets[k] * m.classes;
    for (let c = 0; c < m.classes; c++) s[c] += m.w[base + c];
  }
  return s;
}

/** Highest score, ties to the lowest index. */
export function argmax(s: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < s.length; i++) if (s[i] > s[best]) best = i;
  return best;
}

export function trainIntent(examples: IntentExample[], classes: number, bits: number, epochs: number, seed: number): FloatIntent {
  const C = classes;
  const size = (1 << bits) * C;
  const w = new Float64Array(size);
  const u = new Float64Array(size);
  const rng = new Rng(seed);
  const order = examples.map((_, i) => i);
  let c = 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    rng.shuffle(order);
    for (const idx of order) {
      const ex = examples[idx];
      const pred = argmax(intentScores({ classes: C, w }, ex.buckets));
      if (pred !== ex.label) {
        for (const b of ex.buckets) {
          w[b * C + ex.label] += 1;
          u[b * C + ex.label] += c;
          w[b * C + pred] -= 1;
          u[b * C + pred] -= c;
        }
      }
      c++;
    }
  }
  for (let i = 0; i < size; i++) w[i] -= u[i] / c;
  return { bits, classes: C, w };
}
