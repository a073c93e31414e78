// Content retention (issue 13): for a draft D and output O, LCS(words(D), words(O)) / |words(D)|
// over lowercase letter/digit word tokens. Integer DP with two rolling rows; the ratio is reported
// in parts per million so the figure is exact and the same in C.
import { wordTokens } from './text.ts';

/** Length of the longest common subsequence of two token lists. */
export function lcsLength(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Retention in parts per million (1,000,000 = every draft word kept, in order); an empty draft keeps all. */
export function retentionPpm(draft: string, output: string): number {
  const d = wordTokens(draft);
  if (d.length === 0) return 1_000_000;
  return Math.floor((lcsLength(d, wordTokens(output)) * 1_000_000) / d.length);
}
