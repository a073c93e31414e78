// Reading multiple-choice datasets: JSONL (one item per line) and the LogiQA 1.0 8-line text
// format. A malformed item is an InputFileError naming its file and 1-based line; problems that leave
// the item scorable (duplicate ids, empty or identical options, bytes that are not UTF-8) are
// InputWarnings with file:line, printed to stderr by default. Why each case is an error or a
// warning: docs/validation.md.
import { InputFileError } from '../../io/input-error.ts';
import { parseJsonlText, readInputBytes } from '../../io/jsonl.ts';
import { checkItem, ItemError } from './validate-item.ts';
import { decodeUtf8, hasLoneSurrogate } from '../../io/utf8.ts';
import { emitWarnings, InputWarning, printWarning, type WarningSink } from '../../io/warning.ts';
import type { McqItem } from './item.ts';

export interface Dataset {
  path: string;
  /** The raw bytes, so callers can hash exactly what was read. */
  bytes: Uint8Array;
  items: McqItem[];
  /** Every warning found while reading (all of them; the sink saw at most 20 per kind). */
  warnings: InputWarning[];
}

/** An item and the 1-based line it starts on, so dataset-level checks can point at it. */
interface LocatedItem {
  item: McqItem;
  line: number;
}

/**
 * Reads a JSONL or LogiQA-text dataset. Throws InputFileError for what cannot be read as items; hands
 * warnings to `onWarning` (default: print to stderr) and also returns them in `warnings`.
 */
export function readDataset(path: string, onWarning: WarningSink = printWarning): Dataset {
  const bytes = readInputBytes(path);
  const warnings: InputWarning[] = [];
  const text = decodeUtf8(bytes, path, warnings);
  const located = looksLikeJsonl(text) ? parseJsonlLocated(text, path) : parseLogiqaLocated(text, path);
  if (located.length === 0) throw new InputFileError(path, 1, 'no items found');
  warnings.push(...checkDataset(located, path));
  emitWarnings(warnings, onWarning);
  return { path, bytes, items: located.map((x) => x.item), warnings };
}

/** Reads items only (the signature other modules use); warnings go to `onWarning` as in readDataset. */
export function readItems(path: string, onWarning: WarningSink = printWarning): McqItem[] {
  return readDataset(path, onWarning).items;
}

/**
 * Problems that leave every item scorable, as warnings (docs/validation.md says why none of them
 * is an error): a repeated id, an empty option, two identical options, a lone surrogate escape.
 */
export function checkDataset(located: readonly LocatedItem[], file: string): InputWarning[] {
  const out: InputWarning[] = [];
  const firstLine = new Map<string, number>();
  for (const { item, line } of located) {
    const warn = (code: InputWarning['code'], msg: string) => out.push(new InputWarning(code, file, line, `item ${JSON.stringify(item.id)}: ${msg}`));
    if (item.id !== undefined) {
      const seen = firstLine.get(item.id);
      if (seen === undefined) firstLine.set(item.id, line);
      else warn('DUPLICATE_ID', `id already used on line ${seen}; predictions and anything joined by id (explorer, report) cannot tell the two apart`);
    }
    item.options.forEach((o, k) => {
      if (o.trim() === '') warn('EMPTY_OPTION', `option ${k} is empty`);
      const twin = item.options.indexOf(o);
      if (twin < k) {
        const gold = item.answer === k || item.answer === twin ? `; the gold answer is one of them, so only its position tells it apart` : '';
        warn('IDENTICAL_OPTIONS', `options ${twin} and ${k} are identical${gold}`);
      }
    });
    const fields: [string, string][] = [['context', item.context], ['question', item.question], ...item.options.map((o, k): [string, string] => [`options[${k}]`, o])];
    for (const [name, text] of fields) {
      if (hasLoneSurrogate(text)) warn('LONE_SURROGATE', `${name} holds an unpaired \\uD800-\\uDFFF escape; it is scored as U+FFFD`);
    }
  }
  return out;
}

/**
 * Ids must be unique where a command writes predictions keyed by id (eval --out, the demo
 * pipeline): there a repeated id is an error, because the explorer and the report join those files
 * by id and would show one item's prediction for the other.
 */
export function assertUniqueIds(ds: Dataset): void {
  const dup = ds.warnings.find((w) => w.code === 'DUPLICATE_ID');
  if (dup) throw new InputFileError(dup.file, dup.line, `${dup.message.replace(/;.*$/, '')}: ids must be unique when predictions are written by id`);
}

function looksLikeJsonl(text: string): boolean {
  const first = text.split('\n').find((l) => l.trim() !== '');
  return first !== undefined && first.trimStart().startsWith('{');
}

/** JSONL items; pass `warnings` to also get the dataset checks (checkDataset). */
export function parseJsonl(text: string, file: string, warnings?: InputWarning[]): McqItem[] {
  const located = parseJsonlLocated(text, file);
  warnings?.push(...checkDataset(located, file));
  return located.map((x) => x.item);
}

function parseJsonlLocated(text: string, file: string): LocatedItem[] {
  return parseJsonlText(text, file).map(({ line, value }, i) => ({ item: validateItem(value, file, line, `${i}`), line }));
}

/** One parsed JSON value as an item: the runtime's checkItem, plus id and answer, as an InputFileError at file:line. */
export function validateItem(obj: unknown, file: string, line: number, fallbackId: string): McqItem {
  const fail = (msg: string): never => {
    throw new InputFileError(file, line, msg);
  };
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) fail('expected a JSON object');
  const o = obj as Record<string, unknown>;
  const checked = checkedAt(o, file, line);
  const options = checked.options;
  if (o.id !== undefined && typeof o.id !== 'string' && typeof o.id !== 'number') fail('"id" must be a string or number');
  let answer: number | undefined;
  if (o.answer !== undefined && o.answer !== null) {
    if (typeof o.answer !== 'number' || !Number.isInteger(o.answer) || o.answer < 0 || o.answer >= options.length) {
      fail(`"answer" must be an integer index in 0..${options.length - 1}`);
    }
    answer = o.answer as number;
  }
  const item: McqItem = { id: o.id === undefined ? fallbackId : String(o.id), ...checked };
  if (answer !== undefined) item.answer = answer;
  return item;
}

/** checkItem, its ItemError turned into an InputFileError at file:line. */
function checkedAt(obj: unknown, file: string, line: number): McqItem {
  try {
    return checkItem(obj);
  } catch (err) {
    if (err instanceof ItemError) throw new InputFileError(file, line, err.message);
    throw err;
  }
}

const LETTERS = ['a', 'b', 'c', 'd'];

/** LogiQA 1.0 text: per item a blank line, the answer letter, context, question, `A.`..`D.` options. */
export function parseLogiqaText(text: string, file: string, warnings?: InputWarning[]): McqItem[] {
  const located = parseLogiqaLocated(text, file);
  warnings?.push(...checkDataset(located, file));
  return located.map((x) => x.item);
}

function parseLogiqaLocated(text: string, file: string): LocatedItem[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  const items: LocatedItem[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i].trim() !== '') throw new InputFileError(file, i + 1, 'expected a blank line before each item (LogiQA text format)');
    const start = i + 1;
    if (start + 6 > lines.length - 1) {
      throw new InputFileError(file, Math.min(lines.length, start + 1), 'truncated item: expected answer, context, question and 4 options');
    }
    const letter = lines[start].trim().toLowerCase();
    const answer = LETTERS.indexOf(letter);
    if (answer < 0) throw new InputFileError(file, start + 1, `expected an answer letter a-d, got ${JSON.stringify(lines[start].trim())}`);
    const context = lines[start + 1].trim();
    const question = lines[start + 2].trim();
    const options: string[] = [];
    for (let k = 0; k < 4; k++) {
      const raw = lines[start + 3 + k].trim();
      const m = /^([A-Da-d])\s*[.．]\s*(.*)$/s.exec(raw);
      if (!m || m[1].toLowerCase() !== LETTERS[k]) {
        throw new InputFileError(file, start + 4 + k, `expected option "${LETTERS[k].toUpperCase()}." got ${JSON.stringify(raw.slice(0, 40))}`);
      }
      options.push(m[2]);
    }
    items.push({ item: { id: `${items.length}`, context, question, options, answer }, line: start + 1 });
    i = start + 7;
  }
  return items;
}
