// Where the benchmark data lives (LogiQA, IFEval, Punkt, Snips): one rule for every command and
// test. An explicit folder (a --data-dir flag) wins, then $ENGRAM_DATA_DIR, then `../shared/data`
// beside the package root (the layout of this repository's CI). The data is the user's input and
// is never copied into the repository.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputFileError } from './input-error.ts';
import { PACKAGE_ROOT } from './package-root.ts';

/** The data folder by the rule above, or undefined when none is given or found. */
export function findDataDir(explicit?: string): string | undefined {
  if (explicit) return resolve(explicit);
  if (process.env.ENGRAM_DATA_DIR) return resolve(process.env.ENGRAM_DATA_DIR);
  const beside = join(PACKAGE_ROOT, '..', 'shared', 'data');
  return existsSync(beside) ? beside : undefined;
}

/** The data folder, or an InputFileError saying how to point at it. */
export function requireDataDir(explicit?: string): string {
  const dir = findDataDir(explicit);
  if (!dir) throw new InputFileError(undefined, undefined, 'no data folder: set ENGRAM_DATA_DIR (e.g. ENGRAM_DATA_DIR=../shared/data) or pass --data-dir');
  if (!existsSync(dir)) throw new InputFileError(dir, undefined, 'data folder not found');
  return dir;
}

/** `<data dir>/<rel>` when that file or folder exists, else undefined. */
export function dataPath(rel: string, explicit?: string): string | undefined {
  const dir = findDataDir(explicit);
  if (!dir) return undefined;
  const p = join(dir, rel);
  return existsSync(p) ? p : undefined;
}
