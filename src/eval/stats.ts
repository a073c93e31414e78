// Statistics for honest reporting: Wilson score intervals for accuracies and the exact McNemar test.

/** 95% Wilson score interval for `k` successes out of `n`. */
export function wilson(k: number, n: number, z = 1.959963984540054): [number, number] {
  if (n === 0) return [0, 1];
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return [Math.max(0, center - half), Math.min(1, center + half)];
}

/**
 * Exact two-sided McNemar test: `b` items only system A got right, `c` only system B got right.
 * Under H0 the discordant pairs split Binomial(b + c, 1/2).
 */
export function mcnemarExact(b: number, c: number): number {
  const n = b + c;
  if (n === 0) return 1;
  const k = Math.min(b, c);
  // P(X <= k) for X ~ Bin(n, 0.5), summed in log space for stability.
  let logC = 0; // log C(n, 0)
  let tail = 0;
  for (let i = 0; i <= k; i++) {
    if (i > 0) logC += Math.log(n - i + 1) - Math.log(i);
    tail += Math.exp(logC - n * Math.LN2);
  }
  return Math.min(1, 2 * tail);
}

export function fmtAcc(k: number, n: number): string {
  const [lo, hi] = wilson(k, n);
  return `${(k / Math.max(1, n)).toFixed(4)} (${k}/${n}, 95% CI ${lo.toFixed(3)}–${hi.toFixed(3)})`;
}
