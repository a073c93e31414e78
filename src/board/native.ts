// The native (host) build of the C99 runtime, `c/build/engram-native`: build it with make, run it
// on an artifact + compiled probe batch, check an artifact's load code. Used for host-vs-C parity
// over whole datasets, the golden test and the speed benchmark.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const C_DIR = join(REPO_ROOT, 'c');
export const NATIVE_BIN = join(C_DIR, 'build', 'engram-native');

export interface NativeRow {
  index: number;
  scores: number[];
  prediction: number;
}

/** Runs a command to completion; throws with its stderr when it fails. */
export function run(cmd: string, args: string[], opts: { cwd?: string; timeoutMs?: number; input?: string } = {}): string {
  const res = spawnSync(cmd, args, {
    cwd: opts.cwd,
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 600_000,
    maxBuffer: 1 << 30,
    input: opts.input,
  });
  if (res.error) throw new Error(`${cmd} ${args.join(' ')}: ${res.error.message}`);
  if (res.status !== 0) {
    const tail = (res.stderr || res.stdout || '').trim().split('\n').slice(-15).join('\n');
    throw new Error(`${cmd} ${args.join(' ')} exited with ${res.status ?? res.signal}:\n${tail}`);
  }
  return res.stdout;
}

/** True when a program can be started (e.g. `cc`, `make`, `qemu-system-riscv32`). */
export function haveTool(cmd: string, args: string[] = ['--version']): boolean {
  const res = spawnSync(cmd, args, { encoding: 'utf8', timeout: 20_000 });
  return !res.error && res.status === 0;
}

/** Builds (or refreshes) the native CLI with make; returns its path. */
export function buildNative(): string {
  run('make', ['-s', '-C', C_DIR, 'native']);
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
