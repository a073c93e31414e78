// Defensive readers for JSON written by other commands (summaries, board reports, IFEval scores):
// their optional fields may come and go, so every access checks the type instead of trusting a shape.
import { InputFileError } from '../io/input-error.ts';
import { readJsonFile as readSharedJsonFile, readJsonl } from '../io/jsonl.ts';

export type Json = Record<string, unknown>;

export function isObj(x: unknown): x is Json {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function num(x: unknown): number | undefined {
  return typeof x === 'number' && Number.isFinite(x) ? x : undefined;
}

export function str(x: unknown): string | undefined {
  return typeof x === 'string' ? x : undefined;
}

export function numArray(x: unknown): number[] | undefined {
  return Array.isArray(x) && x.every((v) => typeof v === 'number' && Number.isFinite(v)) ? (x as number[]) : undefined;
}

/** The first of `keys` whose value passes `pick`. */
export function firstOf<T>(o: Json, keys: string[], pick: (x: unknown) => T | undefined): T | undefined {
  for (const k of keys) {
    const v = pick(o[k]);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** One JSON document written by another command (the shared reader; errors are InputFileErrors). */
export function readJsonFile(path: string): unknown {
  return readSharedJsonFile(path);
}

/** The rows of a JSONL file written by another command (predictions); errors at file:line. */
export function readJsonlFile(path: string): unknown[] {
  return readJsonl(path).map((r) => r.value);
}
