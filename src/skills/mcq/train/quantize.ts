// Quantization: float weights -> i8 hashed weights + i16 dense weights with the scales folded into
// one integer multiplier (docs/format.md §2.8), so the runtimes only add integers.
import { MAX_HASH_MULT } from '../sections.ts';
import type { FloatModel } from './softmax.ts';

export interface QuantizedModel {
  hashed: Int8Array;
  dense: Int16Array;
  hashMult: number;
  /** Float value of one dense unit; a hashed unit is worth hashMult of these. */
  unit: number;
  clippedDense: number;
}

const DEFAULT_MULT = 256;

/** Rounds half away from zero (Math.round rounds -2.5 to -2, which is asymmetric). */
export function roundHalfAway(x: number): number {
  return x < 0 ? -Math.floor(-x + 0.5) : Math.floor(x + 0.5);
}

function maxAbs(xs: Float64Array): number {
  let m = 0;
  for (const x of xs) if (Math.abs(x) > m) m = Math.abs(x);
  return m;
}

export function quantize(model: FloatModel): QuantizedModel {
  const maxH = maxAbs(model.hashed);
  const maxD = maxAbs(model.dense);
  // One hashed step s_h covers the hashed range in ±127 steps; dense weights use a finer unit
  // s_h / hashMult with ±32767 steps. hashMult shrinks only if the dense range needs it.
  let sH = maxH > 0 ? maxH / 127 : 0;
  let hashMult = DEFAULT_MULT;
  if (sH === 0) sH = maxD > 0 ? (maxD / 32767) * DEFAULT_MULT : 1;
  if (maxD > 0) {
    const fit = Math.floor((32767 * sH) / maxD);
    hashMult = Math.max(1, Math.min(DEFAULT_MULT, fit));
  }
  if (hashMult > MAX_HASH_MULT) hashMult = MAX_HASH_MULT;
  const unit = sH / hashMult;
  const hashed = new Int8Array(model.hashed.length);
  for (let i = 0; i < hashed.length; i++) hashed[i] = clamp(roundHalfAway(model.hashed[i] / sH), 127);
  const dense = new Int16Array(model.dense.length);
  let clippedDense = 0;
  for (let i = 0; i < dense.length; i++) {
    const q = roundHalfAway(model.dense[i] / unit);
    if (Math.abs(q) > 32767) clippedDense++;
    dense[i] = clamp(q, 32767);
  }
  return { hashed, dense, hashMult, unit, clippedDense };
}

function clamp(q: number, lim: number): number {
  return q > lim ? lim : q < -lim ? -lim : q;
}
