// Reading IFEval JSONL files (errors name the file and line) and writing result files in the
// official format, atomically (temporary file, then rename).
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../io/atomic-write.ts';
import { IfevalInputError } from './errors.ts';
import type { OutputExample } from './evaluate.ts';
import type { InputExample } from './types.ts';

/** Parsed JSON objects of a JSONL file, with their 1-based line numbers. Blank lines are skipped. */
export function readJsonl(file: string): Array<{ line: number; value: Record<string, unknown> }> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new IfevalInputError(`cannot read: ${(err as Error).message}`, file);
  }
  const rows: Array<{ line: number; value: Record<string, unknown> }> = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      throw new IfevalInputError(`malformed JSON: ${(err as Error).message}`, file, i + 1);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new IfevalInputError('expected a JSON object', file, i + 1);
    }
    rows.push({ line: i + 1, value: value as Record<string, unknown> });
  });
  return rows;
}

const isStrList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** input_data.jsonl: key, prompt, instruction_id_list and one kwargs object per instruction. */
export function readInputs(file: string): InputExample[] {
  return readJsonl(file).map(({ line, value: v }) => {
    const kwargs = v.kwargs;
    if (typeof v.prompt !== 'string') throw new IfevalInputError('"prompt" must be a string', file, line);
    if (!isStrList(v.instruction_id_list)) throw new IfevalInputError('"instruction_id_list" must be a list of strings', file, line);
    if (
      !Array.isArray(kwargs) ||
      kwargs.length !== v.instruction_id_list.length ||
      kwargs.some((k) => typeof k !== 'object' || k === null || Array.isArray(k))
    ) {
      throw new IfevalInputError('"kwargs" must be a list of objects, one per instruction', file, line);
    }
    return {
      key: typeof v.key === 'number' ? v.key : line,
      prompt: v.prompt,
      instruction_id_list: v.instruction_id_list,
      kwargs: kwargs as InputExample['kwargs'],
    };
  });
}

/** responses.jsonl: {prompt, response} rows, as a prompt -> response map (the last row wins). */
export function readResponses(file: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const { line, value: v } of readJsonl(file)) {
    if (typeof v.prompt !== 'string') throw new IfevalInputError('"prompt" must be a string', file, line);
    if (typeof v.response !== 'string') throw new IfevalInputError('"response" must be a string', file, line);
    map.set(v.prompt, v.response);
  }
  return map;
}

/** Python json.dumps for strings (ensure_ascii=True): every character outside ' '..'~' escaped. */
function pyJsonString(s: string): string {
  const named: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const code = s.charCodeAt(i);
    if (named[c]) out += named[c];
    else if (code < 0x20 || code > 0x7e) out += '\\u' + code.toString(16).padStart(4, '0');
    else out += c;
  }
  return out + '"';
}

function pyJsonValue(v: string | boolean | Array<string | boolean>): string {
  if (Array.isArray(v)) return '[' + v.map(pyJsonValue).join(', ') + ']';
  return typeof v === 'string' ? pyJsonString(v) : v ? 'true' : 'false';
}

/** One output row exactly as evaluation_lib.write_outputs prints it (attributes in dir() order). */
export function formatOutputLine(o: OutputExample): string {
  const keys = ['follow_all_instructions', 'follow_instruction_list', 'instruction_id_list', 'prompt', 'response'] as const;
  return '{' + keys.map((k) => `${pyJsonString(k)}: ${pyJsonValue(o[k])}`).join(', ') + '}';
}

export function writeOutputs(path: string, outputs: OutputExample[]): void {
  writeFileAtomic(path, outputs.map((o) => formatOutputLine(o) + '\n').join(''));
}
