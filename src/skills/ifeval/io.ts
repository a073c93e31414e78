// Reading IFEval JSONL files (errors name the file and line) and writing result files in the
// official format, atomically (temporary file, then rename).
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../../io/atomic-write.ts';
import { decodeUtf8 } from '../../io/utf8.ts';
import { emitWarnings, InputWarning, printWarning, type WarningSink } from '../../io/warning.ts';
import { IfevalInputError } from './errors.ts';
import type { OutputExample } from './evaluate.ts';
import type { InputExample } from './types.ts';

/** One parsed JSONL row and its 1-based line number. */
export interface JsonlRow {
  line: number;
  value: Record<string, unknown>;
}

/**
 * Parsed JSON objects of a JSONL file, with their 1-based line numbers. Blank lines are skipped, a
 * UTF-8 byte-order mark is accepted (as the MCQ reader does), bytes that are not UTF-8 are read as
 * U+FFFD with a warning (docs/validation.md).
 */
export function readJsonl(file: string, onWarning: WarningSink = printWarning): JsonlRow[] {
  const warnings: InputWarning[] = [];
  const rows = readJsonlRows(file, warnings);
  emitWarnings(warnings, onWarning);
  return rows;
}

function readJsonlRows(file: string, warnings: InputWarning[]): JsonlRow[] {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new IfevalInputError(`cannot read: ${(err as Error).message}`, file);
  }
  const rows: JsonlRow[] = [];
  decodeUtf8(bytes, file, warnings)
    .split('\n')
    .forEach((raw, i) => {
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

/** input_data.jsonl: key, prompt, instruction_id_list and one kwargs object per instruction. An empty file is an error. */
export function readInputs(file: string, onWarning: WarningSink = printWarning): InputExample[] {
  const inputs = readJsonl(file, onWarning).map(({ line, value: v }) => {
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
  // Zero prompts would score 0/0 and exit 0: a wrong path or an empty file must not pass as a result.
  if (inputs.length === 0) throw new IfevalInputError('no prompts: the input file has no JSON rows', file);
  return inputs;
}

/** A responses file: prompt -> response as the official dict builds it, and where each winner sits. */
export interface ResponseFile {
  file: string;
  responses: Map<string, string>;
  /** Line of the row that won for each prompt (the last one). */
  lines: Map<string, number>;
}

/**
 * responses.jsonl: {prompt, response} rows. The official evaluator builds a prompt -> response dict,
 * so the last row for a prompt wins; here too, with a DUPLICATE_PROMPT warning at the winning row
 * naming the rows it replaced. An empty file is an error.
 */
export function readResponseFile(file: string, onWarning: WarningSink = printWarning): ResponseFile {
  const warnings: InputWarning[] = [];
  const rows = readJsonlRows(file, warnings);
  const responses = new Map<string, string>();
  const lines = new Map<string, number>();
  const replaced = new Map<string, { line: number; response: string }[]>();
  for (const { line, value: v } of rows) {
    if (typeof v.prompt !== 'string') throw new IfevalInputError('"prompt" must be a string', file, line);
    if (typeof v.response !== 'string') throw new IfevalInputError('"response" must be a string', file, line);
    const before = lines.get(v.prompt);
    if (before !== undefined) replaced.set(v.prompt, [...(replaced.get(v.prompt) ?? []), { line: before, response: responses.get(v.prompt)! }]);
    responses.set(v.prompt, v.response);
    lines.set(v.prompt, line);
  }
  if (rows.length === 0) throw new IfevalInputError('no responses: the file has no JSON rows', file);
  for (const [prompt, older] of replaced) {
    const same = older.every((o) => o.response === responses.get(prompt));
    warnings.push(
      new InputWarning(
        'DUPLICATE_PROMPT',
        file,
        lines.get(prompt)!,
        `prompt ${excerpt(prompt)} is also answered on line ${older.map((o) => o.line).join(', ')} (${same ? 'same' : 'different'} response); ` +
          'this row, the last, is the one scored, as in the official evaluator (a prompt -> response dict)',
      ),
    );
  }
  warnings.sort((a, b) => a.line - b.line);
  emitWarnings(warnings, onWarning);
  return { file, responses, lines };
}

/** responses.jsonl as a prompt -> response map (the last row wins); warnings as in readResponseFile. */
export function readResponses(file: string, onWarning: WarningSink = printWarning): Map<string, string> {
  return readResponseFile(file, onWarning).responses;
}

/** A prompt shortened for messages. */
export function excerpt(prompt: string, max = 60): string {
  return JSON.stringify(prompt.length > max ? `${prompt.slice(0, max)}...` : prompt);
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
  // verdict_list sorts last and appears only on rows with an undefined verdict, so others stay official.
  const extra = o.verdict_list ? `, ${pyJsonString('verdict_list')}: ${pyJsonValue(o.verdict_list)}` : '';
  return '{' + keys.map((k) => `${pyJsonString(k)}: ${pyJsonValue(o[k])}`).join(', ') + extra + '}';
}

export function writeOutputs(path: string, outputs: OutputExample[]): void {
  writeFileAtomic(path, outputs.map((o) => formatOutputLine(o) + '\n').join(''));
}
