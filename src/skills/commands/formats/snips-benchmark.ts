// Reader of the Snips NLU benchmark 2017 files: `{"Intent": [{"data": [{"text"}, {"text", "entity"}]}]}`,
// one or more intents per file. A chunk with `entity` is a slot; offsets are counted in code points of
// the joined query text. Bytes go through the skill's one decoder (decode.ts: invalid UTF-8 -> U+FFFD +
// a warning with file, line and byte offset); malformed JSON or layout throws CommandDataError naming
// the file and the intent/query.
import type { CommandExample, DatasetWarning, SlotSpan } from '../types.ts';
import { decodeDataFile } from './decode.ts';
import { CommandDataError } from './errors.ts';

/** True when `json` looks like a benchmark file (every value an array of {data: [...]}) — for format sniffing. */
export function isSnipsBenchmark(json: unknown): boolean {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return false;
  const values = Object.values(json as Record<string, unknown>);
  if (values.length === 0) return false;
  return values.every((v) => Array.isArray(v) && v.every((q) => q !== null && typeof q === 'object' && Array.isArray((q as { data?: unknown }).data)));
}

export interface BenchmarkRead {
  examples: CommandExample[];
  warnings: DatasetWarning[];
}

/** Parses benchmark JSON bytes of `file`. */
export function parseSnipsBenchmark(bytes: Uint8Array, file: string): BenchmarkRead {
  const warnings: DatasetWarning[] = [];
  const text = decodeDataFile(bytes, file, warnings);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new CommandDataError('BAD_JSON', file, `not valid JSON: ${(err as Error).message}`);
  }
  return { examples: benchmarkExamples(json, file), warnings };
}

/** Converts parsed benchmark JSON into examples; throws BAD_FORMAT naming file, intent and query index. */
export function benchmarkExamples(json: unknown, file: string): CommandExample[] {
  if (!isSnipsBenchmark(json)) {
    throw new CommandDataError('BAD_FORMAT', file, 'expected {"Intent": [{"data": [{"text": ...}, ...]}, ...]}');
  }
  const out: CommandExample[] = [];
  for (const [intent, queries] of Object.entries(json as Record<string, Array<{ data: unknown[] }>>)) {
    queries.forEach((q, index) => {
      let text = '';
      let cp = 0;
      const slots: SlotSpan[] = [];
      for (const chunk of q.data) {
        const c = chunk as { text?: unknown; entity?: unknown };
        if (chunk === null || typeof chunk !== 'object' || typeof c.text !== 'string') {
          throw new CommandDataError('BAD_FORMAT', file, 'every chunk needs a string "text"', undefined, `${intent}[${index}]`);
        }
        if (c.entity !== undefined && typeof c.entity !== 'string') {
          throw new CommandDataError('BAD_FORMAT', file, '"entity" must be a string', undefined, `${intent}[${index}]`);
        }
        const len = [...c.text].length;
        if (typeof c.entity === 'string' && c.entity !== '' && len > 0) {
          slots.push({ slot: c.entity, start: cp, end: cp + len, text: c.text });
        }
        text += c.text;
        cp += len;
      }
      out.push({ text, intent, slots, source: { file, index } });
    });
  }
  return out;
}
