// Typed access to an instruction's kwargs, with the errors naming the instruction and key.
// The official build_description picks random values for missing kwargs; a verifier must not, so a
// missing required kwarg is an error here.
import { IfevalInstructionError } from './errors.ts';
import type { Kwargs } from './types.ts';

export type Relation = 'less than' | 'at least';

export function intArg(kw: Kwargs, key: string): number {
  const v = kw[key];
  if (typeof v !== 'number' || !Number.isInteger(v)) {
    throw new IfevalInstructionError(`kwarg "${key}" must be an integer, got ${JSON.stringify(v)}`);
  }
  return v;
}

export function strArg(kw: Kwargs, key: string): string {
  const v = kw[key];
  if (typeof v !== 'string') throw new IfevalInstructionError(`kwarg "${key}" must be a string, got ${JSON.stringify(v)}`);
  return v;
}

export function strListArg(kw: Kwargs, key: string): string[] {
  const v = kw[key];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string') || v.length === 0) {
    throw new IfevalInstructionError(`kwarg "${key}" must be a non-empty list of strings, got ${JSON.stringify(v)}`);
  }
  return v as string[];
}

export function relationArg(kw: Kwargs, key: string): Relation {
  const v = kw[key];
  if (v !== 'less than' && v !== 'at least') {
    throw new IfevalInstructionError(`kwarg "${key}" must be "less than" or "at least", got ${JSON.stringify(v)}`);
  }
  return v;
}

/** The official comparison: "less than" is `<`, "at least" is `>=`. */
export function compare(actual: number, relation: Relation, threshold: number): boolean {
  return relation === 'less than' ? actual < threshold : actual >= threshold;
}
