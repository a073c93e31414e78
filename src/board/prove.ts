// The board proof: compile the items into a probe batch, build the RV32IMC firmware with the
// artifact and the batch in its flash, run it on QEMU (virt, semihosting, -icount so that
// rdinstret counts retired instructions), and compare every item's integer scores with the
// TypeScript runtime's. docs/board.md describes the report.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { crc32 } from '../artifact/crc32.ts';
import { readItems } from '../mcq/dataset.ts';
import type { McqItem } from '../mcq/item.ts';
import { loadArtifact } from '../runtime/index.ts';
import { wilson } from '../eval/stats.ts';
import { compileBatch } from './batch.ts';
import { haveTool, makeArgs, run } from './native.ts';

export const QEMU = 'qemu-system-riscv32';
export const CROSS_GCC = 'riscv64-unknown-elf-gcc';

/** Assumptions of the estimates (not measurements): an ESP32-C3-class RV32IMC core. */
export const ESTIMATE = {
  clockHz: 160e6,
  cpi: 1,
  activeCurrentA: 0.02,
  supplyV: 3.3,
} as const;

/** The firmware's own report, as printed on semihosting stdout (c/firmware/main.c). */
export interface BoardRawReport {
  engram_board_report: number;
  target: string;
  artifact: {
    bytes: number;
    crc32: string;
    sha256: string;
    load_error: number;
    load_instret: number;
    crc32_instret: number;
    sha256_instret: number;
  };
  batch: { bytes: number; open_error: number; items: number; open_instret: number };
  items: { i: number; scores: number[]; prediction: number; answer: number; error: number; instret: number }[];
  fold: string;
  memory: BoardMemory;
}

/** The memory fields every board firmware reports (c/firmware/fw_report.h out_memory_fields). */
export interface BoardMemory {
  static_ram_bytes: number;
  stack_high_water_bytes: number;
  ram_region_bytes: number;
  flash_firmware_bytes: number;
  flash_artifact_bytes: number;
  flash_batch_bytes: number;
  scratch_bytes: number;
}

export interface BoardSummary {
  n: number;
  host_full_match: boolean;
  mismatches: number;
  /** Board predictions against the items' answers; null when no item has an answer. */
  accuracy: number | null;
  accuracy_n: number;
  accuracy_ci95: [number, number] | null;
  instret_median: number;
  instret_p95: number;
  instret_min: number;
  instret_max: number;
  instret_mean: number;
  /** Static RAM (.data + .bss, incl. the scratch) + measured stack high-water mark. */
  ram_bytes: number;
  static_ram_bytes: number;
  stack_high_water_bytes: number;
  /** Flash of the product image: code + read-only data + artifact + .data load image (no batch). */
  flash_bytes: number;
  artifact_bytes: number;
  batch_bytes: number;
  load_instret: number;
  sha256_instret: number;
  artifact_sha256: string;
  artifact_crc32: string;
  sha256_match: boolean;
  crc32_match: boolean;
  fold_board: string;
  fold_host: string;
  fold_match: boolean;
  estimates: {
    note: string;
    latency_us_median: number;
    latency_us_p95: number;
    energy_uj_median: number;
    energy_uj_p95: number;
    load_latency_ms: number;
  };
}

export interface BoardItemRow {
  i: number;
  id: string;
  answer: number | null;
  host_scores: number[];
  board_scores: number[];
  host_prediction: number;
  board_prediction: number;
  match: boolean;
  instret: number;
}

export interface BoardReport {
  engram_board_report: 1;
  summary: BoardSummary;
  artifact_path: string;
  data_path: string;
  qemu: string[];
  board: Omit<BoardRawReport, 'items'>;
  items: BoardItemRow[];
}

/** Nearest-rank percentile (p in (0, 100]) of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[Math.min(rank, s.length) - 1];
}

/** FNV-1a over the little-endian bytes of every score, item by item (docs/board.md). */
export function scoreFold(scoresPerItem: readonly (readonly number[])[]): string {
  let h = 0x811c9dc5;
  for (const scores of scoresPerItem) {
    for (const s of scores) {
      const v = s >>> 0;
      for (let k = 0; k < 4; k++) h = Math.imul(h ^ ((v >>> (8 * k)) & 0xff), 0x01000193) >>> 0;
    }
  }
  return h.toString(16).padStart(8, '0');
}

/** Why the board proof cannot run here, or null when the cross toolchain and QEMU are present. */
export function boardToolchainMissing(): string | null {
  for (const [tool, args] of [
    [CROSS_GCC, ['--version']],
    [QEMU, ['--version']],
    ['make', ['--version']],
  ] as const) {
    if (!haveTool(tool, [...args])) return `${tool} not found (apt-get install gcc-riscv64-unknown-elf picolibc-riscv64-unknown-elf qemu-system-misc make)`;
  }
  return null;
}

/** Builds the firmware image with the artifact and the batch embedded (c/Makefile `firmware`). */
export function buildFirmware(artifactPath: string, batchPath: string, fwPath: string): void {
  run('make', makeArgs('firmware', `ARTIFACT=${resolve(artifactPath)}`, `BATCH=${resolve(batchPath)}`, `FW=${resolve(fwPath)}`));
}

/** QEMU arguments: semihosting console into a file; -icount shift=0 makes instret exact. */
export function qemuArgs(fwPath: string, outPath: string): string[] {
  return [
    '-M', 'virt', '-bios', 'none', '-display', 'none', '-monitor', 'none', '-serial', 'none',
    '-chardev', `file,id=egout,path=${outPath}`,
    '-semihosting-config', 'enable=on,target=native,chardev=egout',
    '-icount', 'shift=0',
    '-kernel', fwPath,
  ];
}

/**
 * Runs a firmware image on QEMU to completion (killed after timeoutMs) and returns what it wrote to
 * the semihosting console (a file, so QEMU's own messages cannot mix in) and the command line.
 */
export function runQemu(fwPath: string, timeoutMs: number, outPath: string): { text: string; args: string[] } {
  const args = qemuArgs(fwPath, outPath);
  const res = spawnSync(QEMU, args, { encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL' });
  if (res.error) throw new Error(`${QEMU}: ${res.error.message}${res.signal ? ` (timeout ${timeoutMs} ms)` : ''}`);
  // A firmware that died before opening its console leaves no file: report it with the exit status.
  const text = existsSync(outPath) ? readFileSync(outPath, 'utf8') : '';
  if (res.status !== 0) {
    throw new Error(`firmware exited with ${res.status ?? res.signal}: ${(res.stderr || '').trim()} ${text.slice(0, 2000)}`);
  }
  return { text, args: [QEMU, ...args] };
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

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Compares the board's report with the host runtime item by item and summarizes. */
export function compareWithHost(raw: BoardRawReport, artifactBytes: Uint8Array, items: readonly McqItem[]): { summary: BoardSummary; rows: BoardItemRow[] } {
  const art = loadArtifact(artifactBytes);
  if (raw.artifact.load_error !== 0) throw new Error(`the board could not load the artifact: error ${raw.artifact.load_error}`);
  if (raw.batch.open_error !== 0) throw new Error(`the board could not read the probe batch: error ${raw.batch.open_error}`);
  if (raw.items.length !== items.length) throw new Error(`the board scored ${raw.items.length} items, expected ${items.length}`);
  const rows: BoardItemRow[] = [];
  const hostScores: number[][] = [];
  let correct = 0;
  let answered = 0;
  items.forEach((item, i) => {
    const host = art.score(item);
    const b = raw.items[i];
    hostScores.push(host.scores);
    const match =
      b.i === i && b.error === 0 && b.prediction === host.prediction &&
      b.scores.length === host.scores.length && b.scores.every((v, k) => v === host.scores[k]);
    if (item.answer !== undefined) {
      answered++;
      if (b.prediction === item.answer) correct++;
    }
    rows.push({
      i,
      id: item.id ?? String(i),
      answer: item.answer ?? null,
      host_scores: host.scores,
      board_scores: b.scores,
      host_prediction: host.prediction,
      board_prediction: b.prediction,
      match,
      instret: b.instret,
    });
  });
  const instret = rows.map((r) => r.instret);
  const med = percentile(instret, 50);
  const p95 = percentile(instret, 95);
  const mismatches = rows.filter((r) => !r.match).length;
  const hostSha = bytesToHex(sha256(artifactBytes));
  const hostCrc = crc32(artifactBytes).toString(16).padStart(8, '0');
  const foldHost = scoreFold(hostScores);
  const usPerInstr = ESTIMATE.cpi / (ESTIMATE.clockHz / 1e6);
  const watts = ESTIMATE.activeCurrentA * ESTIMATE.supplyV;
  const m = raw.memory;
  const summary: BoardSummary = {
    n: rows.length,
    host_full_match: mismatches === 0 && raw.artifact.sha256 === hostSha && raw.fold === foldHost,
    mismatches,
    accuracy: answered > 0 ? correct / answered : null,
    accuracy_n: answered,
    accuracy_ci95: answered > 0 ? wilson(correct, answered) : null,
    instret_median: med,
    instret_p95: p95,
    instret_min: Math.min(...instret),
    instret_max: Math.max(...instret),
    instret_mean: Math.round(instret.reduce((a, b) => a + b, 0) / instret.length),
    ram_bytes: m.static_ram_bytes + m.stack_high_water_bytes,
    static_ram_bytes: m.static_ram_bytes,
    stack_high_water_bytes: m.stack_high_water_bytes,
    flash_bytes: m.flash_firmware_bytes,
    artifact_bytes: m.flash_artifact_bytes,
    batch_bytes: m.flash_batch_bytes,
    load_instret: raw.artifact.load_instret,
    sha256_instret: raw.artifact.sha256_instret,
    artifact_sha256: raw.artifact.sha256,
    artifact_crc32: raw.artifact.crc32,
    sha256_match: raw.artifact.sha256 === hostSha,
    crc32_match: raw.artifact.crc32 === hostCrc,
    fold_board: raw.fold,
    fold_host: foldHost,
    fold_match: raw.fold === foldHost,
    estimates: {
      note:
        `ESTIMATES, not measurements: latency = instret / ${ESTIMATE.clockHz / 1e6} MHz assuming CPI ${ESTIMATE.cpi} ` +
        `(no cache or flash wait states); energy = latency x ${ESTIMATE.activeCurrentA * 1000} mA x ${ESTIMATE.supplyV} V ` +
        `(ESP32-C3 datasheet active current at 160 MHz, about 20 mA)`,
      latency_us_median: round(med * usPerInstr, 1),
      latency_us_p95: round(p95 * usPerInstr, 1),
      energy_uj_median: round(med * usPerInstr * watts, 2),
      energy_uj_p95: round(p95 * usPerInstr * watts, 2),
      load_latency_ms: round((raw.artifact.load_instret * usPerInstr) / 1000, 2),
    },
  };
  return { summary, rows };
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

function kb(n: number): string {
  return `${n} B (${(n / 1024).toFixed(1)} KiB)`;
}

/** The human-readable summary printed by `engram board prove`. */
export function formatSummary(r: BoardReport): string {
  const s = r.summary;
  const e = s.estimates;
  const lines = [
    `board proof: ${r.artifact_path} on ${r.data_path} (RV32IMC, QEMU virt, semihosting)`,
    `  host vs board   ${s.n - s.mismatches}/${s.n} items identical (scores and prediction)` +
      ` -> host_full_match ${s.host_full_match}`,
    `  artifact        sha256 ${s.artifact_sha256} ${s.sha256_match ? '(= host)' : '(DIFFERS from host)'}, ` +
      `crc32 ${s.artifact_crc32}; score fold ${s.fold_board} ${s.fold_match ? '(= host)' : `(host ${s.fold_host})`}`,
    s.accuracy === null
      ? '  accuracy        n/a (no answers in the data)'
      : `  accuracy        ${(100 * s.accuracy).toFixed(1)}% (n=${s.accuracy_n}, 95% CI ` +
        `${(100 * s.accuracy_ci95![0]).toFixed(1)}-${(100 * s.accuracy_ci95![1]).toFixed(1)}%), board predictions`,
    `  instret/item    median ${s.instret_median}, p95 ${s.instret_p95}, min ${s.instret_min}, max ${s.instret_max}` +
      ` (retired instructions, exact under qemu -icount)`,
    `  load+checksum   ${s.load_instret} instructions (all CRC-32s + validation); sha256 ${s.sha256_instret}`,
    `  RAM             ${kb(s.ram_bytes)} = static ${s.static_ram_bytes} + stack high-water ${s.stack_high_water_bytes}`,
    `  flash           ${kb(s.flash_bytes)} firmware + artifact (artifact ${s.artifact_bytes}); probe batch ${s.batch_bytes} more`,
    `  ESTIMATES       ~${e.latency_us_median} us/item median (${e.latency_us_p95} p95), ~${e.energy_uj_median} uJ/item median` +
      ` (${e.energy_uj_p95} p95); artifact load ~${e.load_latency_ms} ms`,
    `                  ${e.note}`,
  ];
  const bad = r.items.filter((x) => !x.match);
  if (bad.length > 0) {
    lines.push(`  MISMATCHES (${bad.length}):`);
    for (const x of bad.slice(0, 50)) {
      lines.push(`    item ${x.i} (${x.id}): host [${x.host_scores.join(', ')}] -> ${x.host_prediction}; ` +
        `board [${x.board_scores.join(', ')}] -> ${x.board_prediction}`);
    }
    if (bad.length > 50) lines.push(`    ... ${bad.length - 50} more in the report`);
  }
  return lines.join('\n') + '\n';
}

/** The `--json` object. */
export function summaryJson(r: BoardReport): Record<string, unknown> {
  return {
    ...r.summary,
    mismatched_items: r.items.filter((x) => !x.match).map((x) => ({ i: x.i, id: x.id, host: x.host_scores, board: x.board_scores })),
  };
}
