// The unit rewrite on the emulated RV32IMC board (docs/rewrite.md "On the board"): builds
// c/board/firmware/rewrite_main.c with a batch of lines embedded in flash (c/mk/rewrite.mk
// `rewrite-firmware`), runs it on QEMU (-icount shift=0, so instret counts guest instructions), parses its
// JSON-lines report (src/board/report-lines.ts) and compares every rewritten line byte for byte with
// rewriteUnits. A line longer than the firmware's max_line_bytes must come back as CMD_TOO_LARGE.
//
//   engram board convert [--data sentences.txt] [--json]   (src/cli/board.ts)
//
// Batch item (src/board/ifeval-native.ts encodePromptBatch): [direction (0 to-metric, 1 to-imperial),
// decimals, the line's bytes]. Report lines: the header {"engram_rewrite_board": 1, "batch_bytes",
// "lines", "batch_error", "max_line_bytes"}, {"i", "error", "instret", "bytes", "hex"} per line,
// {"memory": {...}}, {"end": 1}.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { errorNumber } from '../artifact/errors.ts';
import { COMMANDS_BOARD_BUDGET, type CommandsBoardRow } from './commands-board.ts';
import { encodePromptBatch } from './ifeval-native.ts';
import { runQemu } from './qemu.ts';
import { instretStats, ReportLines, type InstretStats } from './report-lines.ts';
import type { BoardMemory } from './report-types.ts';
import { boardToolchainMissing, makeArgs, run } from './toolchain.ts';
import { REWRITE_DIRECTIONS, type RewriteDirection, rewriteUnits } from '../skills/commands/rewrite/rewrite.ts';
import { readRewriteSet, REWRITE_SET } from '../skills/commands/rewrite/set.ts';

/** One line to rewrite on the board: its bytes (any, invalid UTF-8 included), options and a name. */
export interface RewriteBoardLine {
  id: string;
  bytes: Uint8Array;
  direction: RewriteDirection;
  decimals: number;
  /** The set's hand-written expected output, when the line comes from a set. */
  expected?: string;
}

export interface RewriteBoardRaw {
  header: { batch_bytes: number; lines: number; batch_error: number; max_line_bytes: number };
  lines: { i: number; error: number; instret: number; out: Uint8Array }[];
  memory: BoardMemory;
}

/** A line's row: the commands proof's row (host and board only for a mismatch). */
export type RewriteBoardRow = CommandsBoardRow;

export interface RewriteBoardSummary extends InstretStats {
  n: number;
  identical: number;
  mismatched: string[];
  /** Of the lines with a written expected output, how many the host gives exactly, and the others' ids. */
  expected_n: number;
  expected_match: number;
  expected_mismatched: string[];
  /** Lines over max_line_bytes, answered CMD_TOO_LARGE as they must be. */
  too_large: number;
  max_line_bytes: number;
  ram_bytes: number;
  static_ram_bytes: number;
  stack_high_water_bytes: number;
  scratch_bytes: number;
  flash_bytes: number;
  batch_bytes: number;
  /** RAM and flash within the board budget (COMMANDS_BOARD_BUDGET). */
  within_budget: boolean;
}

export interface RewriteBoardReport {
  summary: RewriteBoardSummary;
  rows: RewriteBoardRow[];
  qemu: string[];
}

const enc = new TextEncoder();
const dec = new TextDecoder('utf-8', { ignoreBOM: true });

/** The batch item of a line: two option bytes, then the line. */
export function lineItem(l: RewriteBoardLine): Uint8Array {
  const b = new Uint8Array(l.bytes.length + 2);
  b[0] = REWRITE_DIRECTIONS.indexOf(l.direction);
  b[1] = l.decimals;
  b.set(l.bytes, 2);
  return b;
}

/** Parses the firmware's report strictly (order, indices, byte counts, the end marker). */
export function parseRewriteBoardOutput(text: string): RewriteBoardRaw {
  const r = new ReportLines(text, 'rewrite board report');
  const h = r.objs[0];
  if (!h || h.engram_rewrite_board !== 1) throw new Error(`not a rewrite board report: ${text.slice(0, 300)}`);
  const header = {
    batch_bytes: r.num(h, 'batch_bytes', 1),
    lines: r.num(h, 'lines', 1),
    batch_error: r.num(h, 'batch_error', 1),
    max_line_bytes: r.num(h, 'max_line_bytes', 1),
  };
  const lines = r.items((o, line) => ({ i: r.num(o, 'i', line), error: r.num(o, 'error', line), instret: r.num(o, 'instret', line), out: r.hexBytes(o, line) }));
  return { header, lines, memory: r.memory(lines.length) };
}

/** Compares the board's lines with rewriteUnits, byte for byte, and summarizes. */
export function compareRewriteWithHost(raw: RewriteBoardRaw, lines: readonly RewriteBoardLine[]): { summary: RewriteBoardSummary; rows: RewriteBoardRow[] } {
  if (raw.header.batch_error !== 0 || raw.header.lines !== lines.length || raw.lines.length !== lines.length) {
    throw new Error(`the board answered ${raw.lines.length} of ${lines.length} lines (header: ${raw.header.lines}, batch_error ${raw.header.batch_error})`);
  }
  const tooLarge = errorNumber('CMD_TOO_LARGE');
  const rows = lines.map((l, i): RewriteBoardRow => {
    const b = raw.lines[i];
    const over = l.bytes.length > raw.header.max_line_bytes;
    const host = over ? undefined : Buffer.from(enc.encode(rewriteUnits(dec.decode(l.bytes), { direction: l.direction, decimals: l.decimals }).text));
    const match = host ? b.error === 0 && host.equals(Buffer.from(b.out)) : b.error === tooLarge;
    const row: RewriteBoardRow = { i, id: l.id, match, error: b.error, instret: b.instret };
    if (!match) {
      row.host = host ? host.toString('utf8') : `error ${tooLarge}`;
      row.board = b.error === 0 ? Buffer.from(b.out).toString('utf8') : `error ${b.error}`;
    }
    return row;
  });
  const written = lines.filter((l) => l.expected !== undefined);
  const wrong = written.filter((l) => rewriteUnits(dec.decode(l.bytes), { direction: l.direction, decimals: l.decimals }).text !== l.expected);
  const m = raw.memory;
  const answered = raw.lines.filter((_, i) => lines[i].bytes.length <= raw.header.max_line_bytes);
  const summary: RewriteBoardSummary = {
    n: lines.length,
    identical: rows.filter((r) => r.match).length,
    mismatched: rows.filter((r) => !r.match).map((r) => r.id),
    expected_n: written.length,
    expected_match: written.length - wrong.length,
    expected_mismatched: wrong.map((l) => l.id),
    too_large: lines.length - answered.length,
    max_line_bytes: raw.header.max_line_bytes,
    ...instretStats(answered.map((x) => x.instret)),
    ram_bytes: m.static_ram_bytes + m.stack_high_water_bytes,
    static_ram_bytes: m.static_ram_bytes,
    stack_high_water_bytes: m.stack_high_water_bytes,
    scratch_bytes: m.scratch_bytes,
    flash_bytes: m.flash_firmware_bytes,
    batch_bytes: m.flash_batch_bytes,
    within_budget: false,
  };
  summary.within_budget = summary.ram_bytes <= COMMANDS_BOARD_BUDGET.ram_bytes && summary.flash_bytes <= COMMANDS_BOARD_BUDGET.flash_bytes;
  return { summary, rows };
}

/** Every case of the hand-written set (data/demo-rewrite), named file:line. */
export function setLines(path = REWRITE_SET): RewriteBoardLine[] {
  return readRewriteSet(path).map((c) => ({ id: `${basename(path)}:${c.line}`, bytes: enc.encode(c.input), direction: c.direction, decimals: 2, expected: c.expected }));
}

/** Builds the firmware for these lines, runs it on the emulated board and compares with the host. */
export function proveRewriteBoard(lines: readonly RewriteBoardLine[], timeoutMs = 600_000): RewriteBoardReport {
  const missing = boardToolchainMissing();
  if (missing) throw new Error(`board proof unavailable: ${missing}`);
  const dir = mkdtempSync(join(tmpdir(), 'engram-rewrite-board-'));
  try {
    const batch = join(dir, 'lines.bin');
    const fw = join(dir, 'engram-rewrite-fw.elf');
    writeFileSync(batch, encodePromptBatch(lines.map(lineItem)));
    run('make', makeArgs('rewrite-firmware', `BATCH=${resolve(batch)}`, `RFW=${resolve(fw)}`));
    const { text, args } = runQemu(fw, timeoutMs, join(dir, 'board-stdout.jsonl'));
    return { ...compareRewriteWithHost(parseRewriteBoardOutput(text), lines), qemu: args };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A few lines for people. */
export function formatRewriteBoardSummary(r: RewriteBoardReport): string {
  const s = r.summary;
  const f = (x: number) => x.toLocaleString('en-US');
  const lines = [
    `unit rewrite on the board (RV32IMC, QEMU virt): ${s.identical}/${s.n} lines byte-identical to rewriteUnits` +
      (s.too_large ? ` (${s.too_large} over ${f(s.max_line_bytes)} bytes answered CMD_TOO_LARGE, as they must be)` : ''),
    ...(s.expected_n ? [`  the set         ${s.expected_match}/${s.expected_n} host outputs equal the hand-written expected outputs` +
      (s.expected_mismatched.length ? ` (different: ${s.expected_mismatched.slice(0, 10).join(', ')})` : '')] : []),
    `  instret/line    median ${f(s.instret_median)}, p95 ${f(s.instret_p95)}, min ${f(s.instret_min)}, max ${f(s.instret_max)}, mean ${f(s.instret_mean)}`,
    `  RAM             ${f(s.ram_bytes)} B = static ${f(s.static_ram_bytes)} + stack high-water ${f(s.stack_high_water_bytes)} (scratch + output buffer ${f(s.scratch_bytes)})`,
    `  flash           ${f(s.flash_bytes)} B firmware (no artifact); line batch ${f(s.batch_bytes)} B more`,
  ];
  const bad = r.rows.filter((x) => !x.match);
  for (const x of bad.slice(0, 20)) lines.push(`  MISMATCH ${x.id} (error ${x.error}):\n    host  ${x.host}\n    board ${x.board}`);
  return lines.join('\n') + '\n';
}
