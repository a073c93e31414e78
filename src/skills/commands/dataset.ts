// The commands skill's one way from files to a CommandDataset: readCommandData of formats/index.ts
// (Rasa markdown, Snips NLU JSON, Snips benchmark folders, the schema; CommandDataError on bad input),
// plus what every command does with the result: refuse an empty dataset, and print the warnings as a
// count per kind and the first few of each with file:line (Snips train/ alone has 193 duplicate
// queries; a wall of 193 lines hides the one warning that matters).
import { CommandDataError } from './formats/errors.ts';
import { readCommandData, type ReadOptions } from './formats/index.ts';
import type { CommandDataset, DatasetWarning } from './types.ts';

export { readCommandData, type ReadOptions };

/** Warnings of each kind shown in full; the rest are counted. */
export const WARNINGS_SHOWN_PER_KIND = 3;

/** readCommandData, refusing a dataset with no query (EMPTY): there is nothing to train on or score. */
export function readExamples(paths: readonly string[], opts: ReadOptions = {}): CommandDataset {
  const ds = readCommandData(paths, opts);
  if (ds.examples.length === 0) throw new CommandDataError('EMPTY', paths.join(', '), 'no annotated query in these inputs');
  return ds;
}

function place(w: DatasetWarning): string {
  return `${w.file}${w.line !== undefined ? `:${w.line}` : ''}`;
}

/**
 * Lines to print for `warnings`: per kind (in first-seen order) a count line, then the first
 * WARNINGS_SHOWN_PER_KIND as "file:line: message" (the message's own file prefix is not repeated).
 */
export function summarizeWarnings(warnings: readonly DatasetWarning[], shown = WARNINGS_SHOWN_PER_KIND): string[] {
  const by = new Map<string, DatasetWarning[]>();
  for (const w of warnings) by.set(w.kind, [...(by.get(w.kind) ?? []), w]);
  const out: string[] = [];
  for (const [kind, ws] of by) {
    out.push(`warning: ${ws.length} ${kind}${ws.length > shown ? ` (first ${shown} shown)` : ''}`);
    for (const w of ws.slice(0, shown)) {
      const msg = w.message.startsWith(`${w.file}: `) ? w.message.slice(w.file.length + 2) : w.message;
      out.push(`  ${place(w)}: ${msg}`);
    }
  }
  return out;
}
