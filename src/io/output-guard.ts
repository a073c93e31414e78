// The check every writing command makes before it starts working: no output may be one of the
// command's own inputs (through a symlink, a hard link or any spelling), no two outputs may be the
// same file, and every output must be a place a file can be written (not a directory, not under a
// regular file). Failing early means a long run never ends by destroying its data or its own result.
import { dirname, sep } from 'node:path';
import { checkOutputTarget } from './atomic-write.ts';
import { OutputError } from './errors.ts';
import { missingDirs } from './mkdirp.ts';
import { fileIdentity, realPathOf, sameFile, type FileIdentity } from './real-path.ts';

function shown(path: string, id: FileIdentity): string {
  return id.real === path ? path : `${path} (${id.real})`;
}

/**
 * Throws an OutputError naming both paths when an output would overwrite an input or another output,
 * and when an output path cannot hold a file. Inputs may be files or folders; folders simply never
 * match a file output. `inputDirs` are folders read as a whole (dataset folders): no output may land
 * anywhere inside them. Creates nothing.
 */
export function assertOutputsSafe(outputs: readonly string[], inputs: readonly string[], inputDirs: readonly string[] = []): void {
  const outs = outputs.map((path) => ({ path, id: fileIdentity(path) }));
  const ins = inputs.map((path) => ({ path, id: fileIdentity(path) }));
  const dirs = inputDirs.map((path) => ({ path, real: realPathOf(path) }));
  for (const o of outs) {
    for (const i of ins) {
      if (sameFile(o.id, i.id)) {
        throw new OutputError('OUTPUT_IS_INPUT', `refusing to write ${shown(o.path, o.id)}: it is the input ${shown(i.path, i.id)}; choose another output path`, o.path, i.path);
      }
    }
    for (const d of dirs) {
      if (o.id.real.startsWith(d.real.endsWith(sep) ? d.real : d.real + sep)) {
        throw new OutputError('OUTPUT_IS_INPUT', `refusing to write ${shown(o.path, o.id)}: it is inside the input folder ${d.path}; choose another output path`, o.path, d.path);
      }
    }
  }
  outs.forEach((a, k) => {
    for (const b of outs.slice(k + 1)) {
      if (sameFile(a.id, b.id)) {
        throw new OutputError('OUTPUT_COLLISION', `two outputs are the same file: ${shown(a.path, a.id)} and ${shown(b.path, b.id)}`, a.path, b.path);
      }
    }
  });
  for (const o of outs) {
    checkOutputTarget(o.path);
    missingDirs(dirname(o.path), o.path);
  }
}
