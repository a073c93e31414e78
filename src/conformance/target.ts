// The harness's abstraction: a target is one implementation of the runtime (TypeScript in-process,
// native C on the host, C on the emulated RV32IMC board) that can answer some vector classes. Every
// target x class pair is either run or listed in SKIPS with the reason it cannot be (skips.ts).
import { withTempDir as withScratchDir } from '../io/temp-dir.ts';
import type { VectorClass } from './vectors.ts';

export type TargetName = 'ts' | 'native' | 'board';

/** One class run on one target: how many vectors it checked and a line per failure. */
export interface ClassResult {
  checked: number;
  failures: string[];
}

export interface Target {
  name: TargetName;
  what: string;
  /** Why this machine cannot run the target (a tool is missing), or null. CI installs every tool. */
  missing(): string | null;
  /** The classes this target runs; every other class must be in SKIPS[name]. */
  run: Partial<Record<VectorClass, () => ClassResult>>;
}

/** Collects per-vector comparisons into a ClassResult (failures capped so a broken target stays readable). */
export class Tally {
  checked = 0;
  failures: string[] = [];
  private more = 0;

  eq(label: string, got: unknown, want: unknown): void {
    this.checked++;
    const g = typeof got === 'string' ? got : JSON.stringify(got);
    const w = typeof want === 'string' ? want : JSON.stringify(want);
    if (g === w) return;
    if (this.failures.length < 20) this.failures.push(`${label}: got ${g}, want ${w}`);
    else this.more++;
  }

  result(): ClassResult {
    return { checked: this.checked, failures: this.more ? [...this.failures, `... and ${this.more} more`] : this.failures };
  }
}

/** Runs fn in a fresh temp folder (case files, batches, firmware images), removed afterwards. */
export function withTempDir<T>(fn: (dir: string) => T): T {
  return withScratchDir('engram-conformance-', fn);
}
