// Training the slot tagger as a linear-chain CRF (Lafferty et al. 2001) instead of a perceptron: the
// same hashed features, the same tag set and BIO constraints, the same weight layout (FloatTagger),
// so quantization, the artifact and both runtimes are unchanged. Log-likelihood with L2, optimized by
// AdaGrad over seeded shuffles (deterministic). Marginals come from forward-backward restricted to the
// intent's allowed tags and the valid transitions, exactly the paths Viterbi can decode.
import { Rng } from '../../train/rng.ts';
import { validTransition } from './tags.ts';
import { emissions, type FloatTagger, type TaggerExample } from './train-tagger.ts';

export interface CrfOptions {
  epochs: number;
  seed: number;
  /** AdaGrad step size. */
  rate: number;
  /** L2 strength per example update (applied lazily to the weights an example touches). */
  l2: number;
  /**
   * Initial AdaGrad accumulator. Plain AdaGrad (0) turns the tiny gradients of improbable tags into
   * full-size steps, which makes every bucket x tag weight non-zero and the artifact dense; starting
   * at delta keeps small gradients small, so pruning |q| < minWeight leaves a sparse table.
   */
  delta: number;
  /**
   * Parameter averaging: when set, the weights returned are the mean of the end-of-epoch weights from
   * this epoch (1-based) on, instead of the last epoch's (undefined = off).
   */
  averageFrom?: number;
}

function logSumExp(xs: Float64Array, n: number): number {
  let m = -Infinity;
  for (let i = 0; i < n; i++) if (xs[i] > m) m = xs[i];
  if (m === -Infinity) return m;
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.exp(xs[i] - m);
  return m + Math.log(s);
}

/**
 * Forward-backward in log space: emissions e[i * A + c], transitions tr[(p + 1) * A + c] (p = -1 the
 * start row; -Infinity = forbidden). alpha and beta per token and tag, z = log of the partition sum.
 */
export function forwardBackward(e: Float64Array, tr: Float64Array, n: number, A: number): { alpha: Float64Array; beta: Float64Array; z: number } {
  const alpha = new Float64Array(n * A);
  const beta = new Float64Array(n * A);
  const tmp = new Float64Array(A);
  for (let c = 0; c < A; c++) alpha[c] = tr[c] + e[c];
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < A; c++) {
      for (let p = 0; p < A; p++) tmp[p] = alpha[(i - 1) * A + p] + tr[(p + 1) * A + c];
      alpha[i * A + c] = logSumExp(tmp, A) + e[i * A + c];
    }
  }
  for (let i = n - 2; i >= 0; i--) {
    for (let p = 0; p < A; p++) {
      for (let c = 0; c < A; c++) tmp[c] = tr[(p + 1) * A + c] + e[(i + 1) * A + c] + beta[(i + 1) * A + c];
      beta[i * A + p] = logSumExp(tmp, A);
    }
  }
  return { alpha, beta, z: logSumExp(alpha.subarray((n - 1) * A), A) };
}

export function trainTaggerCrf(examples: TaggerExample[], tagCount: number, bits: number, o: CrfOptions, onEpoch?: (e: number) => void): FloatTagger {
  const T = tagCount;
  const w = new Float64Array((1 << bits) * T);
  const gw = new Float64Array(w.length); // AdaGrad sums of squared gradients
  const tw = new Float64Array((T + 1) * T);
  const gt = new Float64Array(tw.length);
  const rng = new Rng(o.seed);
  const order = examples.map((_, i) => i);
  // AdaGrad step with L2 in the gradient. (An L1 proximal step for sparsity was tried: at 70 queries
  // per intent it cost 0.05 of the slot figure at the strength that made the table small enough.)
  const step = (arr: Float64Array, acc: Float64Array, k: number, g: number) => {
    const gg = g + o.l2 * arr[k];
    acc[k] += gg * gg;
    arr[k] -= (o.rate * gg) / Math.sqrt(acc[k] + o.delta);
  };
  // Sums of end-of-epoch weights for parameter averaging (allocated only when it is on).
  const avgFrom = o.averageFrom !== undefined && o.averageFrom <= o.epochs ? Math.max(1, o.averageFrom) : 0;
  const sw = avgFrom ? new Float64Array(w.length) : undefined;
  const st = avgFrom ? new Float64Array(tw.length) : undefined;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    rng.shuffle(order);
    for (const idx of order) {
      const ex = examples[idx];
      const n = ex.buckets.length;
      if (n === 0) continue;
      const al = ex.allowed;
      const A = al.length;
      const e = emissions(ex.buckets, al, w, T);
      // Transition scores among allowed tags; -Infinity where BIO forbids the pair.
      const tr = new Float64Array((A + 1) * A);
      for (let p = -1; p < A; p++) {
        for (let c = 0; c < A; c++) tr[(p + 1) * A + c] = validTransition(p < 0 ? -1 : al[p], al[c]) ? tw[((p < 0 ? -1 : al[p]) + 1) * T + al[c]] : -Infinity;
      }
      const { alpha, beta, z } = forwardBackward(e, tr, n, A);
      const gold = ex.gold.map((g) => al.indexOf(g));
      // Gradient of the negative log-likelihood: expected minus observed counts.
      for (let i = 0; i < n; i++) {
        for (let c = 0; c < A; c++) {
          const pm = Math.exp(alpha[i * A + c] + beta[i * A + c] - z);
          const g = pm - (gold[i] === c ? 1 : 0);
          if (Math.abs(g) < 1e-6) continue;
          for (const b of ex.buckets[i]) step(w, gw, b * T + al[c], g);
        }
      }
      for (let c = 0; c < A; c++) {
        const pm = Math.exp(tr[c] + e[c] + beta[c] - z);
        const g = pm - (gold[0] === c ? 1 : 0);
        if (Math.abs(g) >= 1e-6) step(tw, gt, al[c], g);
      }
      for (let i = 1; i < n; i++) {
        for (let p = 0; p < A; p++) {
          for (let c = 0; c < A; c++) {
            const s = tr[(p + 1) * A + c];
            if (s === -Infinity) continue;
            const pm = Math.exp(alpha[(i - 1) * A + p] + s + e[i * A + c] + beta[i * A + c] - z);
            const g = pm - (gold[i - 1] === p && gold[i] === c ? 1 : 0);
            if (Math.abs(g) >= 1e-6) step(tw, gt, (al[p] + 1) * T + al[c], g);
          }
        }
      }
    }
    if (sw && st && epoch + 1 >= avgFrom) {
      for (let k = 0; k < w.length; k++) sw[k] += w[k];
      for (let k = 0; k < tw.length; k++) st[k] += tw[k];
    }
    onEpoch?.(epoch + 1);
  }
  if (sw && st) {
    const n = o.epochs - avgFrom + 1;
    for (let k = 0; k < sw.length; k++) sw[k] /= n;
    for (let k = 0; k < st.length; k++) st[k] /= n;
    return { bits, tagCount: T, emit: sw, trans: st };
  }
  return { bits, tagCount: T, emit: w, trans: tw };
}
