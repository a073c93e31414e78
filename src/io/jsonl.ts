// Reading JSON Lines and JSON files the same way everywhere: the bytes decoded by decodeUtf8 (BOM
// dropped, bytes that are not UTF-8 read as U+FFFD with a warning per line), blank lines skipped,
// and every failure an InputFileError at file:line.
import { readFileSync } from 'node:fs';
import { InputFileError, readFailure } from './input-error.ts';
import { decodeUtf8 } from './utf8.ts';
import { emitWarnings, printWarning, type InputWarning, type WarningSink } from './warning.ts';

export interface JsonlRow<T = unknown> {
  /** 1-based line in the file. */
  line: number;
  value: T;
}

/** The bytes of `file`, or an InputFileError naming it. */
export function readInputBytes(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (err) {
    throw new InputFileError(file, undefined, readFailure(err));
  }
}

/** The text of `file` (decodeUtf8); UTF-8 warnings are added to `warnings`. */
export function readInputText(file: string, warnings: InputWarning[]): string {
  return decodeUtf8(readInputBytes(file), file, warnings);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses JSONL text: one JSON value per non-blank line; `objects` requires each to be an object. */
export function parseJsonlText(text: string, file: string, opts: { objects: true }): JsonlRow<Record<string, unknown>>[];
export function parseJsonlText(text: string, file: string, opts?: { objects?: boolean }): JsonlRow[];
export function parseJsonlText(text: string, file: string, opts: { objects?: boolean } = {}): JsonlRow[] {
  const rows: JsonlRow[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(lines[i]);
    } catch (err) {
      throw new InputFileError(file, i + 1, `invalid JSON (${(err as Error).message})`);
    }
    if (opts.objects && !isObject(value)) throw new InputFileError(file, i + 1, 'expected a JSON object');
    rows.push({ line: i + 1, value });
  }
  return rows;
}

/** Reads a JSONL file; warnings go to `onWarning` (default: stderr). */
export function readJsonl(file: string, opts: { objects: true; onWarning?: WarningSink }): JsonlRow<Record<string, unknown>>[];
export function readJsonl(file: string, opts?: { objects?: boolean; onWarning?: WarningSink }): JsonlRow[];
export function readJsonl(file: string, opts: { objects?: boolean; onWarning?: WarningSink } = {}): JsonlRow[] {
  const warnings: InputWarning[] = [];
  const rows = parseJsonlText(readInputText(file, warnings), file, { objects: opts.objects });
  emitWarnings(warnings, opts.onWarning ?? printWarning);
  return rows;
}

/** Reads one JSON document. */
export function readJsonFile(file: string, onWarning: WarningSink = printWarning): unknown {
  const warnings: InputWarning[] = [];
  const text = readInputText(file, warnings);
  emitWarnings(warnings, onWarning);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new InputFileError(file, undefined, `invalid JSON (${(err as Error).message})`);
  }
}

/** Rows as JSON Lines: one JSON value per line, a final newline when there is any row. */
export function toJsonl(rows: unknown[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
}
