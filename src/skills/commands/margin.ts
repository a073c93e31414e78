// The runtime's half of out-of-scope rejection: the best intent and its margin over the runner-up.
// Kept apart from reject.ts (which chooses the margin by cross-validation at build time) so the
// runtime, and the browser bundle, carry no training code.

/** The best intent and its margin over the runner-up (i32 scores; ties to the lowest index). */
export function bestWithMargin(scores: Int32Array): { best: number; margin: number } {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
  let second = -Infinity;
  for (let c = 0; c < scores.length; c++) if (c !== best && scores[c] > second) second = scores[c];
  return { best, margin: scores.length > 1 ? scores[best] - second : Number.MAX_SAFE_INTEGER };
}
