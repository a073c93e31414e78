// Viterbi decoding of the linear-chain tagger over the tags an intent allows, with BIO validity as a
// hard constraint. One implementation for float scores (training) and int32 scores (runtime): every
// operation is an add and a compare, and ties go to the lowest allowed-tag index, so the C port
// (fixed arrays MAX_TOKENS x MAX_INTENT_TAGS, u8 back-pointers) gives the same path.
import { validTransition } from './tags.ts';

/** Transition score lookup: prev = -1 means the start of the query. */
export type TransitionFn = (prev: number, cur: number) => number;

const NEG_INF = -Infinity;

/**
 * Best tag path. `emit[i * A + a]` is the emission score of allowed tag `allowed[a]` at token i.
 * Returns tags (global ids) and the path score.
 */
export function viterbi(n: number, allowed: readonly number[], emit: ArrayLike<number>, trans: TransitionFn): { tags: number[]; score: number } {
  const A = allowed.length;
  if (n === 0) return { tags: [], score: 0 };
  let prev = new Array<number>(A);
  let cur = new Array<number>(A);
  const back = new Int16Array(n * A);
  for (let a = 0; a < A; a++) {
    const t = allowed[a];
    prev[a] = validTransition(-1, t) ? trans(-1, t) + emit[a] : NEG_INF;
  }
  for (let i = 1; i < n; i++) {
    for (let a = 0; a < A; a++) {
      const t = allowed[a];
      let best = NEG_INF;
      let arg = -1;
      for (let p = 0; p < A; p++) {
        if (prev[p] === NEG_INF || !validTransition(allowed[p], t)) continue;
        const s = prev[p] + trans(allowed[p], t);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      cur[a] = arg < 0 ? NEG_INF : best + emit[i * A + a];
      back[i * A + a] = arg;
    }
    [prev, cur] = [cur, prev];
  }
  let best = NEG_INF;
  let arg = 0;
  for (let a = 0; a < A; a++) {
    if (prev[a] > best) {
      best = prev[a];
      arg = a;
    }
  }
  const path = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    path[i] = allowed[arg];
    if (i > 0) arg = back[i * A + arg];
  }
  return { tags: path, score: best };
}
