// Gate 4, bit-identical replay: the native C build (c/build/engram-native, through
// src/board/native.ts) scores the same items on the same repaired artifact, and every integer
// score must equal the TypeScript runtime's. When the native build cannot be made or cannot load
// the artifact, the gate FAILS with "C runtime unavailable (reason)"; it never passes silently.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileBatch } from '../../../board/batch.ts';
import { buildNative, checkLoadNative, runNative } from '../../../board/native.ts';
import type { McqItem } from '../item.ts';

export interface ReplayGate {
  pass: boolean;
  items: number;
  /** Items whose C scores differ from the TypeScript scores (null when C could not run). */
  mismatches: number | null;
  first_mismatch?: { id: string; ts: number[]; c: number[] };
  /** Of the mismatching items, those whose C scores equal the unrepaired scores (C ignored the repairs). */
  c_equals_unrepaired?: number;
  reason?: string;
}

/** Scores items with the C runtime: per item, the integer scores. Throws with a reason when it cannot. */
export type NativeScorer = (artifact: Uint8Array, items: readonly McqItem[]) => number[][];

let built: { ok: true } | { ok: false; reason: string } | undefined;

/** The native C build as a scorer; builds it once per process. */
export const nativeScorer: NativeScorer = (artifact, items) => {
  built ??= (() => {
    try {
      buildNative();
      return { ok: true } as const;
    } catch (e) {
      return { ok: false, reason: `native build failed: ${firstLine(e)}` } as const;
    }
  })();
  if (!built.ok) throw new Error(built.reason);
  const dir = mkdtempSync(join(tmpdir(), 'engram-replay-'));
  try {
    const a = join(dir, 'a.engram');
    const b = join(dir, 'items.batch');
    writeFileSync(a, artifact);
    writeFileSync(b, compileBatch(items));
    let code: number;
    try {
      code = checkLoadNative(a);
    } catch (e) {
      throw new Error(`engram-native --check-load failed: ${firstLine(e)}`);
    }
    if (code !== 0) throw new Error(`the native build cannot load the artifact: load error ${code}`);
    const rows = runNative(a, b);
    if (rows.length !== items.length) throw new Error(`engram-native returned ${rows.length} rows for ${items.length} items`);
    return rows.map((r) => r.scores);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n').filter(Boolean).slice(0, 3).join(' | ');
}

/** Compares the C scores of `items` on `artifact` with the TypeScript scores `ts` (same order). */
export function replayGate(
  artifact: Uint8Array,
  items: readonly McqItem[],
  ts: readonly number[][],
  scorer: NativeScorer = nativeScorer,
  unrepaired?: () => number[][],
): ReplayGate {
  let c: number[][];
  try {
    c = scorer(artifact, items);
  } catch (e) {
    return { pass: false, items: items.length, mismatches: null, reason: `C runtime unavailable (${firstLine(e)})` };
  }
  const same = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((x, k) => x === b[k]);
  const bad: number[] = [];
  for (let i = 0; i < items.length; i++) if (!same(ts[i], c[i] ?? [])) bad.push(i);
  if (bad.length === 0) return { pass: true, items: items.length, mismatches: 0 };
  const i0 = bad[0];
  const u = unrepaired?.();
  return {
    pass: false,
    items: items.length,
    mismatches: bad.length,
    first_mismatch: { id: items[i0].id ?? String(i0), ts: ts[i0].slice(), c: (c[i0] ?? []).slice() },
    ...(u ? { c_equals_unrepaired: bad.filter((i) => same(u[i], c[i] ?? [])).length } : {}),
  };
}
