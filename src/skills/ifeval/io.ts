// Reading IFEval JSONL files (errors name the file and line) and writing result files in the
// official format, atomically (temporary file, then rename).
import { writeFileAtomic } from '../../io/atomic-write.ts';
import { parseJsonlText, readInputText, readJsonl as readSharedJsonl, type JsonlRow } from '../../io/jsonl.ts';
import { emitWarnings, InputWarning, printWarning, type WarningSink } from '../../io/warning.ts';
import { InputFileError } from '../../io/input-error.ts';
import type { OutputExample } from './evaluate.ts';
import type { InputExample } from './types.ts';

/** Parsed JSON objects of a JSONL file with their 1-based lines (the shared reader: BOM accepted,
 * invalid UTF-8 read as U+FFFD with a warning, errors at file:line; docs/validation.md). */
export function readJsonl(file: string, onWarning: WarningSink = printWarning): JsonlRow<Record<string, unknown>>[] {
  return readSharedJsonl(file, { objects: true, onWarning });
}

const isStrList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** input_data.jsonl: key, prompt, instruction_id_list and one kwargs object per instruction. An empty file is an error. */
export function readInputs(file: string, onWarning: WarningSink = printWarning): InputExample[] {
  const inputs = readJsonl(file, onWarning).map(({ line, value: v }) => {
    const kwargs = v.kwargs;
    if (typeof v.prompt !== 'string') throw new InputFileError(file, line, '"prompt" must be a string');
    if (!isStrList(v.instruction_id_list)) throw new InputFileError(file, line, '"instruction_id_list" must be a list of strings');
    if (
      !Array.isArray(kwargs) ||
      kwargs.length !== v.instruction_id_list.length ||
      kwargs.some((k) => typeof k !== 'object' || k === null || Array.isArray(k))
    ) {
      throw new InputFileError(file, line, '"kwargs" must be a list of objects, one per instruction');
    }
    return {
      key: typeof v.key === 'number' ? v.key : line,
      prompt: v.prompt,
      instruction_id_list: v.instruction_id_list,
      kwargs: kwargs as InputExample['kwargs'],
    };
  });
  // Zero prompts would score 0/0 and exit 0: a wrong path or an empty file must not pass as a result.
  if (inputs.length === 0) throw new InputFileError(file, undefined, 'no prompts: the input file has no JSON rows');
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
  // UTF-8 warnings and the duplicate warnings below go out together, in line order.
  const warnings: InputWarning[] = [];
  const rows = parseJsonlText(readInputText(file, warnings), file, { objects: true });
  const responses = new Map<string, string>();
  const lines = new Map<string, number>();
  const replaced = new Map<string, { line: number; response: string }[]>();
  for (const { line, value: v } of rows) {
    if (typeof v.prompt !== 'string') throw new InputFileError(file, line, '"prompt" must be a string');
    if (typeof v.response !== 'string') throw new InputFileError(file, line, '"response" must be a string');
    const before = lines.get(v.prompt);
    if (before !== undefined) replaced.set(v.prompt, [...(replaced.get(v.prompt) ?? []), { line: before, response: responses.get(v.prompt)! }]);
    responses.set(v.prompt, v.response);
    lines.set(v.prompt, line);
  }
  if (rows.length === 0) throw new InputFileError(file, undefined, 'no responses: the file has no JSON rows');
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
