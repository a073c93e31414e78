// Word clusters learned without labels from the training queries' own text (as Snips NLU uses word
// clusters, but from nothing outside the dataset): every word seen at least MIN_COUNT times is
// described by the distribution of the words just before and after it, and seeded spherical k-means
// groups words used in the same contexts ("songs"/"tracks"/"tunes"). A word seen fewer times has no
// cluster, in training and at run time alike, so "no cluster" means "rare or unseen word" both ways.
import type { Token } from './tokenize.ts';
import { BOS, EOS } from './features.ts';

export interface ClusterOptions {
  clusters: number;
  /** Context words (each side) kept as dimensions: the most frequent ones. */
  contextWords: number;
  minCount: number;
  iterations: number;
}

export const DEFAULT_CLUSTERS: ClusterOptions = { clusters: 64, contextWords: 300, minCount: 3, iterations: 15 };

/** word hash -> cluster id (1-based). Deterministic: ties and the initial centres follow frequency order, then hash. */
export function learnClusters(queries: Token[][], o: ClusterOptions = DEFAULT_CLUSTERS): Map<number, number> {
  const freq = new Map<number, number>();
  for (const q of queries) for (const t of q) freq.set(t.hash, (freq.get(t.hash) ?? 0) + 1);
  const byFreq = [...freq.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([h]) => h);
  const ctxIndex = new Map<number, number>();
  byFreq.slice(0, o.contextWords).forEach((h, k) => ctxIndex.set(h, k));
  ctxIndex.set(BOS, ctxIndex.size);
  ctxIndex.set(EOS, ctxIndex.size);
  const other = ctxIndex.size;
  const D = 2 * (other + 1);
  const vocab = byFreq.filter((h) => freq.get(h)! >= o.minCount);
  const row = new Map<number, number>();
  vocab.forEach((h, k) => row.set(h, k));
  const vec = Array.from({ length: vocab.length }, () => new Map<number, number>());
  const ctx = (h: number) => ctxIndex.get(h) ?? other;
  for (const q of queries) {
    for (let i = 0; i < q.length; i++) {
      const r = row.get(q[i].hash);
      if (r === undefined) continue;
      const l = ctx(i > 0 ? q[i - 1].hash : BOS);
      const rr = other + 1 + ctx(i + 1 < q.length ? q[i + 1].hash : EOS);
      vec[r].set(l, (vec[r].get(l) ?? 0) + 1);
      vec[r].set(rr, (vec[r].get(rr) ?? 0) + 1);
    }
  }
  // Unit vectors of square-rooted counts (Hellinger-like: frequent contexts do not drown the rest).
  const sparse = vec.map((m) => {
    const idx = [...m.keys()].sort((a, b) => a - b);
    const val = idx.map((k) => Math.sqrt(m.get(k)!));
    const norm = Math.sqrt(val.reduce((s, x) => s + x * x, 0)) || 1;
    return { idx, val: val.map((x) => x / norm) };
  });
  const K = Math.min(o.clusters, sparse.length);
  const centres = Array.from({ length: K }, (_, k) => {
    const c = new Float64Array(D);
    sparse[k].idx.forEach((d, j) => (c[d] = sparse[k].val[j]));
    return c;
  });
  const assign = new Int32Array(sparse.length).fill(-1);
  for (let it = 0; it < o.iterations; it++) {
    let changed = 0;
    for (let r = 0; r < sparse.length; r++) {
      let best = 0;
      let bestSim = -Infinity;
      for (let k = 0; k < K; k++) {
        let s = 0;
        const c = centres[k];
        const { idx, val } = sparse[r];
        for (let j = 0; j < idx.length; j++) s += c[idx[j]] * val[j];
        if (s > bestSim) {
          bestSim = s;
          best = k;
        }
      }
      if (assign[r] !== best) changed++;
      assign[r] = best;
    }
    for (const c of centres) c.fill(0);
    for (let r = 0; r < sparse.length; r++) sparse[r].idx.forEach((d, j) => (centres[assign[r]][d] += sparse[r].val[j]));
    for (const c of centres) {
      const norm = Math.sqrt(c.reduce((s, x) => s + x * x, 0)) || 1;
      for (let d = 0; d < D; d++) c[d] /= norm;
    }
    if (changed === 0) break;
  }
  const out = new Map<number, number>();
  vocab.forEach((h, r) => out.set(h, assign[r] + 1));
  return out;
}
