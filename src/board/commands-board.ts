// The commands skill on the emulated RV32IMC board (docs/board.md "Commands on the board"): builds
// `c/board/firmware/commands_main.c` with a commands artifact and a query batch embedded in flash
// (c/mk/commands-board.mk `commands-firmware`, the board limits), runs it on QEMU (`-icount shift=0`,
// so instret counts guest instructions), parses its JSON-lines report and compares every query's
// frame JSON byte for byte with the TypeScript runtime (JSON.stringify(CommandsRuntime.parse)).
//
//   engram board prove --artifact A.engram --data <commands data> [--json]   (src/cli/board.ts: a
//   commands artifact is told by its CCFG section; the MCQ path is unchanged)
//
// Report lines (semihosting stdout), in this order:
//   {"engram_commands_board": 1, "artifact_bytes", "load_error", "load_instret", "batch_bytes", "queries", "batch_error", "limits": {...}}
//   {"i", "error", "instret", "bytes", "hex"}   one per query, i = 0, 1, ... in batch order (hex: the frame JSON)
//   {"memory": {static_ram_bytes, stack_high_water_bytes, ram_region_bytes, flash_firmware_bytes,
//               flash_artifact_bytes, flash_batch_bytes, scratch_bytes}}
//   {"end": 1}
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readContainer } from '../artifact/container.ts';
import { loadCommandsArtifact } from '../skills/commands/artifact.ts';
import { readExamples } from '../skills/commands/dataset.ts';
import { CommandsRuntime } from '../skills/commands/runtime.ts';
import type { CommandExample } from '../skills/commands/types.ts';
import { loadArtifactFile } from '../io/artifact-file.ts';
import { instretStats, ReportLines, type InstretStats } from './report-lines.ts';
import type { ProveOptions } from './prove.ts';
import { encodePromptBatch } from './ifeval-native.ts';
import { runQemu } from './qemu.ts';
import type { BoardMemory } from './report-types.ts';
import { boardToolchainMissing, makeArgs, run } from './toolchain.ts';

/** The board targets of issue 16 (docs/board.md): instructions per query, RAM, flash. */
export const COMMANDS_BOARD_BUDGET = {
  instret_median: 200_000,
  instret_p95: 400_000,
  ram_bytes: 64 * 1024,
  flash_bytes: 512 * 1024,
} as const;

export interface CommandsBoardHeader {
  artifact_bytes: number;
  load_error: number;
  load_instret: number;
  batch_bytes: number;
  queries: number;
  batch_error: number;
  /** The firmware's compile-time limits (c/mk/commands-board.mk CMD_BOARD_LIMITS, the frame buffer). */
  limits: Record<string, number>;
}

export interface CommandsBoardQuery {
  i: number;
  error: number;
  instret: number;
  /** The frame JSON's bytes (empty when error is not 0). */
  frame: Uint8Array;
}

export interface CommandsBoardRaw {
  header: CommandsBoardHeader;
  queries: CommandsBoardQuery[];
  memory: BoardMemory;
}

export interface CommandsBoardSummary extends InstretStats {
  n: number;
  identical: number;
  host_full_match: boolean;
  /** Ids (file:line or file#index) of the queries whose board frame differs or failed. */
  mismatched: string[];
  board_errors: number;
  load_instret: number;
  /** static RAM (.data + .bss, the scratch included) + measured stack high-water */
  ram_bytes: number;
  static_ram_bytes: number;
  stack_high_water_bytes: number;
  scratch_bytes: number;
  /** firmware + artifact: code + read-only data + artifact + .data image (flash without the query batch) */
  flash_bytes: number;
  artifact_bytes: number;
  batch_bytes: number;
  limits: Record<string, number>;
  /** Every figure within COMMANDS_BOARD_BUDGET. */
  within_budget: boolean;
}

export interface CommandsBoardRow {
  i: number;
  id: string;
  match: boolean;
  error: number;
  instret: number;
  /** Only for a mismatch: both frames. */
  host?: string;
  board?: string;
}

export interface CommandsBoardReport {
  engram_commands_board_report: 1;
  summary: CommandsBoardSummary;
  artifact_path: string;
  data_path: string;
  qemu: string[];
  board: { header: CommandsBoardHeader; memory: BoardMemory };
  queries: CommandsBoardRow[];
}

/** True when the bytes are a commands artifact (a container with a CCFG section). */
export function isCommandsArtifact(bytes: Uint8Array): boolean {
  return readContainer(bytes).some((s) => s.tag === 'CCFG');
}

/** Parses the firmware's JSON-lines report strictly (order, indices, byte counts, the end marker). */
export function parseCommandsBoardOutput(text: string): CommandsBoardRaw {
  const r = new ReportLines(text, 'commands board report');
  const h = r.objs[0];
  if (!h || h.engram_commands_board !== 1) throw new Error(`not a commands board report: ${text.slice(0, 300)}`);
  const lim = (h.limits ?? {}) as Record<string, unknown>;
  const header: CommandsBoardHeader = {
    artifact_bytes: r.num(h, 'artifact_bytes', 1),
    load_error: r.num(h, 'load_error', 1),
    load_instret: r.num(h, 'load_instret', 1),
    batch_bytes: r.num(h, 'batch_bytes', 1),
    queries: r.num(h, 'queries', 1),
    batch_error: r.num(h, 'batch_error', 1),
    limits: Object.fromEntries(Object.keys(lim).map((k) => [k, r.num(lim, k, 1)])),
  };
  const queries = r.items((o, line) => ({ i: r.num(o, 'i', line), error: r.num(o, 'error', line), instret: r.num(o, 'instret', line), frame: r.hexBytes(o, line) }));
  return { header, queries, memory: r.memory(queries.length) };
}

/** A query's id in reports: its file and line (Rasa) or its index in its intent (Snips). */
export function queryId(ex: CommandExample): string {
  const s = ex.source;
  return s.line !== undefined ? `${s.file}:${s.line}` : s.index !== undefined ? `${s.file}#${s.index}` : s.file;
}

/** Builds the commands firmware with the artifact and the query batch embedded (c/mk/commands-board.mk). */
export function buildCommandsFirmware(artifactPath: string, batchPath: string, fwPath: string): void {
  run('make', makeArgs('commands-firmware', `ARTIFACT=${resolve(artifactPath)}`, `BATCH=${resolve(batchPath)}`, `CFW=${resolve(fwPath)}`));
}

/** Compares the board's frames with the TypeScript runtime's, byte for byte, and summarizes. */
export function compareCommandsWithHost(raw: CommandsBoardRaw, texts: readonly string[], ids: readonly string[], rt: CommandsRuntime): { summary: CommandsBoardSummary; rows: CommandsBoardRow[] } {
  if (raw.header.load_error !== 0) throw new Error(`the board could not load the commands artifact: error ${raw.header.load_error}`);
  if (raw.header.batch_error !== 0 || raw.header.queries !== texts.length || raw.queries.length !== texts.length) {
    throw new Error(`the board answered ${raw.queries.length} of ${texts.length} queries (header: ${raw.header.queries}, batch_error ${raw.header.batch_error})`);
  }
  const dec = new TextDecoder('utf-8', { fatal: true });
  const rows: CommandsBoardRow[] = texts.map((text, i) => {
    const b = raw.queries[i];
    const host = Buffer.from(JSON.stringify(rt.parse(text)), 'utf8');
    const match = b.error === 0 && host.equals(Buffer.from(b.frame));
    const row: CommandsBoardRow = { i, id: ids[i], match, error: b.error, instret: b.instret };
    if (!match) {
      row.host = host.toString('utf8');
      row.board = b.error === 0 ? dec.decode(b.frame) : '';
    }
    return row;
  });
  const ins = raw.queries.map((x) => x.instret);
  const m = raw.memory;
  const identical = rows.filter((r) => r.match).length;
  const summary: CommandsBoardSummary = {
    n: texts.length,
    identical,
    host_full_match: identical === texts.length,
    mismatched: rows.filter((r) => !r.match).map((r) => r.id),
    board_errors: rows.filter((r) => r.error !== 0).length,
    ...instretStats(ins),
    load_instret: raw.header.load_instret,
    ram_bytes: m.static_ram_bytes + m.stack_high_water_bytes,
    static_ram_bytes: m.static_ram_bytes,
    stack_high_water_bytes: m.stack_high_water_bytes,
    scratch_bytes: m.scratch_bytes,
    flash_bytes: m.flash_firmware_bytes,
    artifact_bytes: m.flash_artifact_bytes,
    batch_bytes: m.flash_batch_bytes,
    limits: raw.header.limits,
    within_budget: false,
  };
  const B = COMMANDS_BOARD_BUDGET;
  summary.within_budget =
    summary.instret_median <= B.instret_median && summary.instret_p95 <= B.instret_p95 && summary.ram_bytes <= B.ram_bytes && summary.flash_bytes <= B.flash_bytes;
  return { summary, rows };
}

/** The queries of a commands dataset (all of them, in the reader's order) and their ids. */
export function readCommandQueries(data: string): { texts: string[]; ids: string[] } {
  const ex = readExamples([data]).examples;
  return { texts: ex.map((e) => e.text), ids: ex.map(queryId) };
}

/** The whole proof: batch, firmware, QEMU run, host comparison. Does not write the report. */
export function proveCommandsBoard(opts: ProveOptions): CommandsBoardReport {
  const missing = boardToolchainMissing();
  if (missing) throw new Error(`board proof unavailable: ${missing}`);
  // fail early, with the host's typed error, on a bad artifact
  const rt = loadArtifactFile(opts.artifact, (bytes) => new CommandsRuntime(loadCommandsArtifact(bytes)));
  const { texts, ids } = readCommandQueries(opts.data);
  const workDir = opts.keepDir ?? mkdtempSync(join(tmpdir(), 'engram-commands-board-'));
  try {
    const batchPath = join(workDir, 'query-batch.bin');
    const fwPath = join(workDir, 'engram-commands-fw.elf');
    writeFileSync(batchPath, encodePromptBatch(texts));
    buildCommandsFirmware(opts.artifact, batchPath, fwPath);
    const { text, args } = runQemu(fwPath, opts.timeoutMs ?? 600_000, join(workDir, 'board-stdout.jsonl'));
    const raw = parseCommandsBoardOutput(text);
    const { summary, rows } = compareCommandsWithHost(raw, texts, ids, rt);
    return {
      engram_commands_board_report: 1,
      summary,
      artifact_path: opts.artifact,
      data_path: opts.data,
      qemu: args,
      board: { header: raw.header, memory: raw.memory },
      queries: rows,
    };
  } finally {
    if (!opts.keepDir) rmSync(workDir, { recursive: true, force: true });
  }
}

/** The `--json` line: the summary's figures. */
export function commandsSummaryJson(r: CommandsBoardReport): Record<string, unknown> {
  return { ...r.summary };
}

/** A few lines for people. */
export function formatCommandsBoardSummary(r: CommandsBoardReport): string {
  const s = r.summary;
  const f = (x: number) => x.toLocaleString('en-US');
  const B = COMMANDS_BOARD_BUDGET;
  const lines = [
    `commands board proof: ${r.artifact_path} on ${r.data_path} (RV32IMC, QEMU virt, semihosting)`,
    `  host vs board   ${s.identical}/${s.n} frames byte-identical to the TypeScript runtime -> host_full_match ${s.host_full_match}`,
    `  instret/query   median ${f(s.instret_median)} (target ${f(B.instret_median)}), p95 ${f(s.instret_p95)} (target ${f(B.instret_p95)}), ` +
      `min ${f(s.instret_min)}, max ${f(s.instret_max)}, mean ${f(s.instret_mean)}; artifact load ${f(s.load_instret)}`,
    `  RAM             ${f(s.ram_bytes)} B = static ${f(s.static_ram_bytes)} + stack high-water ${f(s.stack_high_water_bytes)} (scratch ${f(s.scratch_bytes)}; target ${f(B.ram_bytes)})`,
    `  flash           ${f(s.flash_bytes)} B firmware + artifact (artifact ${f(s.artifact_bytes)}; target ${f(B.flash_bytes)}); query batch ${f(s.batch_bytes)} B more`,
    `  limits          ${Object.entries(s.limits).map(([k, v]) => `${k} ${v}`).join(', ')}`,
  ];
  const bad = r.queries.filter((x) => !x.match);
  if (bad.length > 0) {
    lines.push(`  MISMATCHES (${bad.length}):`);
    for (const x of bad.slice(0, 20)) lines.push(`    ${x.id} (error ${x.error}):\n      host  ${x.host}\n      board ${x.board}`);
    if (bad.length > 20) lines.push(`    ... ${bad.length - 20} more in the report`);
  }
  return lines.join('\n') + '\n';
}

/** Whether the file at `path` is a commands artifact (the `board prove` dispatch); an unreadable file
 * or a broken container throws its typed error here, as every loader would. */
export function isCommandsArtifactFile(path: string): boolean {
  return loadArtifactFile(path, isCommandsArtifact);
}
