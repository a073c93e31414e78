// Defensive readers for JSON written by other commands (summaries, board reports, IFEval scores):
// their optional fields may come and go, so every access checks the type instead of trusting a shape.
import { readFileSync } from 'node:fs';

export type Json = Record<string, unknown>;

/** An input file that exists but cannot be used; the report says so in the affected section. */
export class ReportInputError extends Error {
  readonly path: string;
  constructor(path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = 'ReportInputError';
    this.path = path;
  }
}

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

export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ReportInputError(path, `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ReportInputError(path, `invalid JSON (${(err as Error).message})`);
  }
}

export function readJsonlFile(path: string): unknown[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ReportInputError(path, `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const rows: unknown[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      rows.push(JSON.parse(line));
    } catch (err) {
      throw new ReportInputError(path, `line ${i + 1}: invalid JSON (${(err as Error).message})`);
    }
  });
  return rows;
}
