// Checks whose official verdict is not defined by the input. The official evaluator replaces some
// unusable kwargs with a random draw (keywords:letter_frequency with a letter outside a-z draws a
// random letter), so its verdict for that instruction depends on the run. Such a check still
// returns this port's official-compatible boolean (what the parity tests pin), and is marked here so
// the evaluation can also report the verdict as "undefined" (docs/validation.md).
import type { BoundCheck } from '../types.ts';

const reasons = new WeakMap<BoundCheck, string>();

/** Marks `check` as having no defined official verdict, for `reason`; returns the same check. */
export function markUndefined(check: BoundCheck, reason: string): BoundCheck {
  reasons.set(check, reason);
  return check;
}

/** Why `check`'s official verdict is undefined, or undefined when it is defined. */
export function undefinedReason(check: BoundCheck): string | undefined {
  return reasons.get(check);
}
