// The board proof for the multiple-choice skill: compile the items into a probe batch, build the
// RV32IMC firmware with the artifact and the batch in its flash, run it on QEMU, and compare every
// item's integer scores with the TypeScript runtime's (compare.ts). docs/board.md describes the report.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readItems } from '../skills/mcq/dataset.ts';
import { loadArtifact } from '../runtime/index.ts';
import { compileBatch } from './batch.ts';
import { compareWithHost } from './compare.ts';
import { runQemu } from './qemu.ts';
import type { BoardRawReport, BoardReport } from './report-types.ts';
import { boardToolchainMissing, makeArgs, run } from './toolchain.ts';

/** Builds the firmware image with the artifact and the batch embedded (c/Makefile `firmware`). */
export function buildFirmware(artifactPath: string, batchPath: string, fwPath: string): void {
  run('make', makeArgs('firmware', `ARTIFACT=${resolve(artifactPath)}`, `BATCH=${resolve(batchPath)}`, `FW=${resolve(fwPath)}`));
}

/** Runs the firmware to completion on QEMU and parses its JSON report. */
export function runFirmware(fwPath: string, timeoutMs: number, workDir: string): { raw: BoardRawReport; args: string[] } {
  const { text, args } = runQemu(fwPath, timeoutMs, join(workDir, 'board-stdout.json'));
  try {
    return { raw: JSON.parse(text) as BoardRawReport, args };
  } catch (err) {
    throw new Error(`the board report is not JSON (${(err as Error).message}): ${text.slice(0, 500)}`);
  }
}

export interface ProveOptions {
  artifact: string;
  data: string;
  /** QEMU wall-clock limit. */
  timeoutMs?: number;
  /** Keep the firmware image, batch and raw board output here instead of a temp directory. */
  keepDir?: string;
}

/** The whole proof: batch, firmware, QEMU run, host comparison. Does not write the report. */
export function proveBoard(opts: ProveOptions): BoardReport {
  const missing = boardToolchainMissing();
  if (missing) throw new Error(`board proof unavailable: ${missing}`);
  const items = readItems(opts.data);
  const artifactBytes = new Uint8Array(readFileSync(opts.artifact));
  loadArtifact(artifactBytes); // fail early, with the host's error, on a bad artifact
  const workDir = opts.keepDir ?? mkdtempSync(join(tmpdir(), 'engram-board-'));
  try {
    const batchPath = join(workDir, 'probe-batch.bin');
    const fwPath = join(workDir, 'engram-fw.elf');
    writeFileSync(batchPath, compileBatch(items));
    buildFirmware(opts.artifact, batchPath, fwPath);
    const { raw, args } = runFirmware(fwPath, opts.timeoutMs ?? 600_000, workDir);
    const { summary, rows } = compareWithHost(raw, artifactBytes, items);
    const { items: _boardItems, ...board } = raw;
    return {
      engram_board_report: 1,
      summary,
      artifact_path: opts.artifact,
      data_path: opts.data,
      qemu: args,
      board,
      items: rows,
    };
  } finally {
    if (!opts.keepDir) rmSync(workDir, { recursive: true, force: true });
  }
}
