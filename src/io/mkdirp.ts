// A `mkdir -p` that cannot loop. Node's `mkdirSync(dir, { recursive: true })` spins at 100% CPU
// forever on /proc (it retries while the kernel alternates EEXIST and ENOENT), so instead we walk up
// once to the nearest existing ancestor, then create each missing folder once, top down, with a plain
// mkdirSync. Every step is bounded by the number of path components; no error is ever retried.
import { mkdirSync, statSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { fsReason, OutputError } from './errors.ts';

/** stat, or undefined when the path does not exist (ENOENT, or ENOTDIR: a parent is a file). */
function statIfExists(p: string, userPath: string): Stats | undefined {
  try {
    return statSync(p);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // ENOTDIR means some ancestor is a file; the walk up finds it and reports it by name.
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new OutputError('OUTPUT_DIR_FAILED', `cannot use folder ${p} for ${userPath}: ${fsReason(err)}`, userPath);
  }
}

/**
 * The folders that must be created, outermost first, for `dir` to exist; throws when the nearest
 * existing ancestor is not a directory. Creates nothing, so commands can check before working.
 * The path is walked as spelled (not normalized), so `a/../b` means what the kernel says it means.
 */
export function missingDirs(dir: string, userPath: string = dir): string[] {
  const missing: string[] = [];
  let p = dir;
  for (;;) {
    const st = statIfExists(p, userPath);
    if (st) {
      if (!st.isDirectory()) throw new OutputError('OUTPUT_DIR_FAILED', `cannot create ${userPath}: ${p} is not a directory`, userPath);
      return missing.reverse();
    }
    missing.push(p);
    const up = dirname(p);
    // dirname is a fixed point only at '/' or '.', which always exist; stop anyway rather than spin.
    if (up === p) throw new OutputError('OUTPUT_DIR_FAILED', `cannot create ${userPath}: no existing ancestor of ${dir}`, userPath);
    p = up;
  }
}

/**
 * Makes `dir` and its missing ancestors (each created with `mode`, e.g. 0o700 for a private build
 * folder in a shared temp dir); errors name `userPath` (the output the folder is for).
 */
export function mkdirp(dir: string, userPath: string = dir, mode?: number): void {
  for (const d of missingDirs(dir, userPath)) {
    try {
      mkdirSync(d, mode === undefined ? undefined : { mode });
    } catch (err) {
      // Someone else made it meanwhile: fine if it is a directory, checked once, never retried.
      if ((err as NodeJS.ErrnoException).code === 'EEXIST' && statIfExists(d, userPath)?.isDirectory()) continue;
      throw new OutputError('OUTPUT_DIR_FAILED', `cannot create folder ${d} for ${userPath}: ${fsReason(err)}`, userPath);
    }
  }
}
