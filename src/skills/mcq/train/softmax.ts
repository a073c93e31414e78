// Listwise softmax linear model over options, trained with AdaGrad and L2 on the host in
// floating point. Seeded and single-threaded, so the same data and options give the same weights.
import { LIMITS } from '../../../text/limits.ts';
import type { FeaturizedItem } from './featurize.ts';
import { Rng } from '../../../train/rng.ts';

export interface TrainOptions {
  hashBits: number;
  epochs: number;
  learningRate: number;
  /** L2 strength on hashed (sparse, word-level) weights. */
  l2Hashed: number;
  /** L2 strength on dense (cue × property) weights. */
  l2Dense: number;
  seed: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  hashBits: 16,
  epochs: 12,
  learningRate: 0.05,
  l2Hashed: 1e-3,
  l2Dense: 1e-4,
  seed: 20261126,
};

export interface FloatModel {
  hashed: Float64Array;
  dense: Float64Array;
}

export interface EpochReport {
  epoch: number;
  loss: number;
  accuracy: number;
}

/** Float scores of one item's options. */
export function floatScores(model: FloatModel, it: FeaturizedItem, out: Float64Array): void {
  for (let i = 0; i < it.nOptions; i++) {
    let s = 0;
    for (let k = it.hashedStart[i]; k < it.hashedStart[i + 1]; k++) s += model.hashed[it.hashed[k]];
    for (let k = it.denseStart[i]; k < it.denseStart[i + 1]; k++) s += model.dense[it.dense[k]];
    out[i] = s;
  }
}

/** Argmax with ties to the lowest index (the runtime's rule). */
export function argmax(xs: ArrayLike<number>, n = xs.length): number {
  let best = 0;
  for (let i = 1; i < n; i++) if (xs[i] > xs[best]) best = i;
  return best;
}

export function trainSoftmax(
  data: FeaturizedItem[],
  opts: TrainOptions,
  onStep?: (done: number, total: number, report?: EpochReport) => void,
): FloatModel {
  const nH = 2 ** opts.hashBits;
  const model: FloatModel = { hashed: new Float64Array(nH), dense: new Float64Array(LIMITS.DENSE_COUNT) };
  const gH = new Float64Array(nH); // AdaGrad accumulators
  const gD = new Float64Array(LIMITS.DENSE_COUNT);
  const gradH = new Float64Array(nH); // per-item gradient, sparse
  const gradD = new Float64Array(LIMITS.DENSE_COUNT);
  const touchedH: number[] = [];
  const touchedD: number[] = [];
  const markH = new Uint8Array(nH);
  const markD = new Uint8Array(LIMITS.DENSE_COUNT);
  const scores = new Float64Array(LIMITS.MAX_OPTIONS);
  const probs = new Float64Array(LIMITS.MAX_OPTIONS);
  const labelled = data.filter((d) => d.answer >= 0);
  const order = labelled.map((_, i) => i);
  const rng = new Rng(opts.seed);
  const total = opts.epochs * labelled.length;
  const eps = 1e-8;
  let done = 0;

  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    rng.shuffle(order);
    let loss = 0;
    let correct = 0;
    for (const idx of order) {
      const it = labelled[idx];
      const n = it.nOptions;
      floatScores(model, it, scores);
      if (argmax(scores, n) === it.answer) correct++;
      let max = -Infinity;
      for (let i = 0; i < n; i++) if (scores[i] > max) max = scores[i];
      let z = 0;
      for (let i = 0; i < n; i++) {
        probs[i] = Math.exp(scores[i] - max);
        z += probs[i];
      }
      for (let i = 0; i < n; i++) probs[i] /= z;
      loss -= Math.log(probs[it.answer] + 1e-300);
      // Gradient of the cross-entropy with respect to each option's score is p_i - y_i.
      for (let i = 0; i < n; i++) {
        const g = (probs[i] - (i === it.answer ? 1 : 0)) * it.weight;
        for (let k = it.hashedStart[i]; k < it.hashedStart[i + 1]; k++) {
          const f = it.hashed[k];
          if (!markH[f]) {
            markH[f] = 1;
            touchedH.push(f);
          }
          gradH[f] += g;
        }
        for (let k = it.denseStart[i]; k < it.denseStart[i + 1]; k++) {
          const f = it.dense[k];
          if (!markD[f]) {
            markD[f] = 1;
            touchedD.push(f);
          }
          gradD[f] += g;
        }
      }
      // L2 is applied to the weights this item touches (lazy regularization for sparse data).
      for (const f of touchedH) {
        const g = gradH[f] + opts.l2Hashed * model.hashed[f];
        gH[f] += g * g;
        model.hashed[f] -= (opts.learningRate * g) / (Math.sqrt(gH[f]) + eps);
        gradH[f] = 0;
        markH[f] = 0;
      }
      for (const f of touchedD) {
        const g = gradD[f] + opts.l2Dense * model.dense[f];
        gD[f] += g * g;
        model.dense[f] -= (opts.learningRate * g) / (Math.sqrt(gD[f]) + eps);
        gradD[f] = 0;
        markD[f] = 0;
      }
      touchedH.length = 0;
      touchedD.length = 0;
      done++;
      if (onStep && (done % 64 === 0 || done === total)) onStep(done, total);
    }
    onStep?.(done, total, { epoch: epoch + 1, loss: loss / Math.max(1, labelled.length), accuracy: correct / Math.max(1, labelled.length) });
  }
  return model;
}
