// The target x class matrix: which pairs run, which are skip-listed (with the reason), and the
// consistency rule between the two (a pair is run or skip-listed, exactly one of them).
import { SKIPS } from './skips.ts';
import type { Target } from './target.ts';
import { VECTOR_CLASSES, type VectorClass } from './vectors.ts';

/** A pair run by its target and also skip-listed, or neither: the harness refuses both. */
export class MatrixError extends Error {
  constructor(what: string) {
    super(what);
    this.name = 'MatrixError';
  }
}

export function checkMatrix(targets: readonly Target[]): void {
  for (const t of targets) {
    for (const c of VECTOR_CLASSES) {
      const runs = t.run[c] !== undefined;
      const skipped = SKIPS[t.name][c] !== undefined;
      if (runs && skipped) throw new MatrixError(`${t.name} x ${c}: implemented and skip-listed`);
      if (!runs && !skipped) throw new MatrixError(`${t.name} x ${c}: neither implemented nor skip-listed`);
    }
  }
}

/** The matrix as text: one row per target, then the skip list with reasons. */
export function formatMatrix(targets: readonly Target[]): string {
  const w = Math.max(...VECTOR_CLASSES.map((c) => c.length));
  const lines = [`${'target'.padEnd(8)} ${VECTOR_CLASSES.map((c) => c.padEnd(w)).join(' ')}`];
  for (const t of targets) lines.push(`${t.name.padEnd(8)} ${VECTOR_CLASSES.map((c) => (t.run[c] ? 'run' : 'SKIP').padEnd(w)).join(' ')}`);
  lines.push('skip list:');
  for (const t of targets) {
    for (const [c, why] of Object.entries(SKIPS[t.name]) as [VectorClass, string][]) lines.push(`  ${t.name} x ${c}: ${why}`);
  }
  return lines.join('\n');
}
