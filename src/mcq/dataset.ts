// Reading multiple-choice datasets: JSONL (one item per line) and the LogiQA 1.0 8-line text
// format. Every malformed item is reported with its file and 1-based line number.
import { readFileSync } from 'node:fs';
import { LIMITS } from '../text/limits.ts';
import type { McqItem } from './item.ts';

/** A problem in an input file, pointing at the line that caused it. */
export class InputError extends Error {
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, message: string) {
    super(line > 0 ? `${file}:${line}: ${message}` : `${file}: ${message}`);
    this.name = 'InputError';
    this.file = file;
    this.line = line;
  }
}

export interface Dataset {
  path: string;
  /** The raw bytes, so callers can hash exactly what was read. */
  bytes: Uint8Array;
  items: McqItem[];
}

export function readDataset(path: string): Dataset {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new InputError(path, 0, `cannot read file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  const items = looksLikeJsonl(text) ? parseJsonl(text, path) : parseLogiqaText(text, path);
  if (items.length === 0) throw new InputError(path, 1, 'no items found');
  return { path, bytes, items };
}

/** Reads items only (the signature other modules use). */
export function readItems(path: string): McqItem[] {
  return readDataset(path).items;
}

function looksLikeJsonl(text: string): boolean {
  const first = text.split('\n').find((l) => l.trim() !== '');
  return first !== undefined && first.trimStart().startsWith('{');
}

export function parseJsonl(text: string, file: string): McqItem[] {
  const items: McqItem[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (err) {
      throw new InputError(file, i + 1, `invalid JSON (${(err as Error).message})`);
    }
    items.push(validateItem(obj, file, i + 1, `${items.length}`));
  }
  return items;
}

export function validateItem(obj: unknown, file: string, line: number, fallbackId: string): McqItem {
  const fail = (msg: string): never => {
    throw new InputError(file, line, msg);
  };
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) fail('expected a JSON object');
  const o = obj as Record<string, unknown>;
  if (typeof o.context !== 'string') fail('"context" must be a string');
  if (typeof o.question !== 'string') fail('"question" must be a string');
  if (!Array.isArray(o.options)) fail('"options" must be an array of strings');
  const options = o.options as unknown[];
  if (options.length < LIMITS.MIN_OPTIONS || options.length > LIMITS.MAX_OPTIONS) {
    fail(`"options" must have ${LIMITS.MIN_OPTIONS}..${LIMITS.MAX_OPTIONS} entries, got ${options.length}`);
  }
  if (!options.every((x) => typeof x === 'string')) fail('"options" must contain only strings');
  if (o.id !== undefined && typeof o.id !== 'string' && typeof o.id !== 'number') fail('"id" must be a string or number');
  let answer: number | undefined;
  if (o.answer !== undefined && o.answer !== null) {
    if (typeof o.answer !== 'number' || !Number.isInteger(o.answer) || o.answer < 0 || o.answer >= options.length) {
      fail(`"answer" must be an integer index in 0..${options.length - 1}`);
    }
    answer = o.answer as number;
  }
  const item: McqItem = {
    id: o.id === undefined ? fallbackId : String(o.id),
    context: o.context as string,
    question: o.question as string,
    options: options as string[],
  };
  if (answer !== undefined) item.answer = answer;
  return item;
}

const LETTERS = ['a', 'b', 'c', 'd'];

/** LogiQA 1.0 text: per item a blank line, the answer letter, context, question, `A.`..`D.` options. */
export function parseLogiqaText(text: string, file: string): McqItem[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  const items: McqItem[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i].trim() !== '') throw new InputError(file, i + 1, 'expected a blank line before each item (LogiQA text format)');
    const start = i + 1;
    if (start + 6 > lines.length - 1) {
      throw new InputError(file, Math.min(lines.length, start + 1), 'truncated item: expected answer, context, question and 4 options');
    }
    const letter = lines[start].trim().toLowerCase();
    const answer = LETTERS.indexOf(letter);
    if (answer < 0) throw new InputError(file, start + 1, `expected an answer letter a-d, got ${JSON.stringify(lines[start].trim())}`);
    const context = lines[start + 1].trim();
    const question = lines[start + 2].trim();
    const options: string[] = [];
    for (let k = 0; k < 4; k++) {
      const raw = lines[start + 3 + k].trim();
      const m = /^([A-Da-d])\s*[.．]\s*(.*)$/s.exec(raw);
      if (!m || m[1].toLowerCase() !== LETTERS[k]) {
        throw new InputError(file, start + 4 + k, `expected option "${LETTERS[k].toUpperCase()}." got ${JSON.stringify(raw.slice(0, 40))}`);
      }
      options.push(m[2]);
    }
    items.push({ id: `${items.length}`, context, question, options, answer });
    i = start + 7;
  }
  return items;
}
