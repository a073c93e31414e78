// The native (host) build of the C99 runtime, `engram-native` in the build folder: build it with
// make, run it on an artifact + compiled probe batch, check an artifact's load code. Used for
// host-vs-C parity over whole datasets, the golden test and the speed benchmark.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { C_BUILD_DIR, makeArgs, run } from './toolchain.ts';

export const NATIVE_BIN = join(C_BUILD_DIR, 'engram-native');

export interface NativeRow {
  index: number;
  scores: number[];
  prediction: number;
}

/** Builds (or refreshes) the native CLI with make; returns its path. */
export function buildNative(): string {
  run('make', makeArgs('native'));
  if (!existsSync(NATIVE_BIN)) throw new Error(`make did not produce ${NATIVE_BIN}`);
  return NATIVE_BIN;
}

/** Parses engram-native's output: one line per item, `index score0 .. scoreN-1 prediction`. */
export function parseNativeOutput(text: string): NativeRow[] {
  const rows: NativeRow[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const v = line.trim().split(' ').map(Number);
    if (v.length < 4 || v.some((x) => !Number.isInteger(x))) throw new Error(`engram-native: bad output line "${line}"`);
    rows.push({ index: v[0], scores: v.slice(1, -1), prediction: v[v.length - 1] });
  }
  return rows;
}

/** Scores every item of a compiled probe batch with the C runtime. */
export function runNative(artifactPath: string, batchPath: string): NativeRow[] {
  return parseNativeOutput(run(NATIVE_BIN, [artifactPath, batchPath]));
}

/** The C loader's numeric error code for a file (0 = loads). */
export function checkLoadNative(path: string): number {
  return Number(run(NATIVE_BIN, ['--check-load', path]).trim());
}
