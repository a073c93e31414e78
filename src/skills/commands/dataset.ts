// Reading the datasets named on the command line into one CommandDataset: a path is a file or a folder
// (its files, sorted by name, not recursive); the format is told by content. Warnings (invalid UTF-8,
// ...) are collected, never fatal; malformed files throw CommandsInputError naming the file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CommandsInputError } from './errors.ts';
import { parseSnipsBenchmark } from './formats/snips-benchmark.ts';
import type { CommandDataset } from './types.ts';

/** Files a folder contributes (by extension), sorted for reproducible example order. */
const DATA_EXTENSIONS = ['.json'];

function expand(path: string): string[] {
  let st;
  try {
    st = statSync(path);
  } catch (err) {
    throw new CommandsInputError('READ_FAILED', `${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, path);
  }
  if (!st.isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => DATA_EXTENSIONS.some((e) => f.endsWith(e)))
    .sort()
    .map((f) => join(path, f));
}

export function readCommandData(paths: string[]): CommandDataset {
  const ds: CommandDataset = { examples: [], intents: {}, entities: {}, warnings: [] };
  for (const file of paths.flatMap(expand)) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(file));
    } catch (err) {
      throw new CommandsInputError('READ_FAILED', `${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, file);
    }
    if (!file.endsWith('.json')) throw new CommandsInputError('UNKNOWN_FORMAT', `${file}: unknown dataset format (expected Snips benchmark .json)`, file);
    const r = parseSnipsBenchmark(bytes, file);
    ds.examples.push(...r.examples);
    ds.warnings.push(...r.warnings);
  }
  if (ds.examples.length === 0) throw new CommandsInputError('EMPTY', `${paths.join(', ')}: no examples`, paths[0] ?? '');
  return ds;
}

/** SHA-256 inputs: the bytes of every data file, in reading order (for META's data hash). */
export function dataFiles(paths: string[]): string[] {
  return paths.flatMap(expand);
}
