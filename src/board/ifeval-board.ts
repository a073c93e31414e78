// The IFEval responder on the emulated RV32IMC board (docs/board.md "IFEval responder on the
// board"): builds `c/board/firmware/ifeval_main.c` with the responder artifact and a prompt batch embedded
// in flash (c/Makefile `ifeval-firmware`), runs it on QEMU (`-icount shift=0`, so instret counts
// guest instructions), parses its JSON-lines report and compares every response byte for byte with
// the TypeScript responder (`IfevalResponder.builtIn().respond`).
//
//   engram board ifeval [--limit N] [--data input_data.jsonl] [--json]   (src/cli/board.ts)
//
// Report lines (semihosting stdout), in this order:
//   {"engram_ifeval_board": 1, "artifact_bytes", "load_error", "load_instret", "batch_bytes", "prompts", "batch_error", ...}
//   {"i", "error", "instret", "detect_instret", "bytes", "hex"}   one per prompt, i = 0, 1, ... in batch order
//     (instret: detect + compose; detect_instret: tokenize + match + plan alone)
//   {"memory": {static_ram_bytes, stack_high_water_bytes, ram_region_bytes, flash_firmware_bytes,
//               flash_artifact_bytes, flash_batch_bytes, scratch_bytes}}
//   {"end": 1}
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildResponderArtifact } from '../skills/respond/artifact.ts';
import { IfevalResponder } from '../skills/respond/respond.ts';
import { encodePromptBatch } from './ifeval-native.ts';
import { makeArgs, run } from './toolchain.ts';
import { percentile } from './compare.ts';
import { instretStats, ReportLines } from './report-lines.ts';
import { runQemu } from './qemu.ts';
import { type BoardMemory } from './report-types.ts';

export interface IfevalBoardHeader {
  artifact_bytes: number;
  load_error: number;
  load_instret: number;
  batch_bytes: number;
  prompts: number;
  batch_error: number;
}

export type IfevalBoardMemory = BoardMemory;

export interface IfevalBoardPrompt {
  i: number;
  error: number;
  instret: number;
  /** The detect step alone (tokenize + match + plan); instret - detect_instret is compose. */
  detect_instret: number;
  response: Uint8Array;
}

export interface IfevalBoardRaw {
  header: IfevalBoardHeader;
  prompts: IfevalBoardPrompt[];
  memory: IfevalBoardMemory;
}

export interface IfevalBoardSummary {
  n: number;
  identical: number;
  /** Batch indices whose board response differs from the host's (or failed on the board). */
  mismatched: number[];
  board_errors: number;
  instret_median: number;
  instret_p95: number;
  instret_min: number;
  instret_max: number;
  instret_mean: number;
  /** Medians of the two steps (detect, compose = instret - detect) over the prompts. */
  detect_instret_median: number;
  compose_instret_median: number;
  load_instret: number;
  static_ram_bytes: number;
  stack_high_water_bytes: number;
  /** static RAM + stack high-water */
  ram_bytes: number;
  ram_region_bytes: number;
  scratch_bytes: number;
  /** code + read-only data + artifact + .data image (flash without the prompt batch) */
  flash_firmware_bytes: number;
  flash_artifact_bytes: number;
  flash_batch_bytes: number;
  response_bytes_total: number;
}

const FIRMWARE_MAKE_TARGET = 'ifeval-firmware';

/** Parses the firmware's JSON-lines report strictly (order, indices, byte counts, the end marker). */
export function parseIfevalBoardOutput(text: string): IfevalBoardRaw {
  const r = new ReportLines(text, 'ifeval board report');
  const h = r.objs[0];
  if (!h || h.engram_ifeval_board !== 1) throw new Error(`not an IFEval board report: ${text.slice(0, 300)}`);
  const header: IfevalBoardHeader = {
    artifact_bytes: r.num(h, 'artifact_bytes', 1),
    load_error: r.num(h, 'load_error', 1),
    load_instret: r.num(h, 'load_instret', 1),
    batch_bytes: r.num(h, 'batch_bytes', 1),
    prompts: r.num(h, 'prompts', 1),
    batch_error: r.num(h, 'batch_error', 1),
  };
  const prompts = r.items((o, line) => ({
    i: r.num(o, 'i', line),
    error: r.num(o, 'error', line),
    instret: r.num(o, 'instret', line),
    detect_instret: r.num(o, 'detect_instret', line),
    response: r.hexBytes(o, line),
  }));
  return { header, prompts, memory: r.memory(prompts.length) };
}

/** Builds the IFEval firmware with the artifact and the prompt batch embedded (c/Makefile). */
export function buildIfevalFirmware(artifactPath: string, batchPath: string, fwPath: string): void {
  run('make', makeArgs(FIRMWARE_MAKE_TARGET, `ARTIFACT=${resolve(artifactPath)}`, `BATCH=${resolve(batchPath)}`, `IFW=${resolve(fwPath)}`));
}

/** Runs the firmware on QEMU to completion (killed after timeoutMs) and parses its report. */
export function runIfevalFirmware(fwPath: string, timeoutMs: number, workDir: string): { raw: IfevalBoardRaw; args: string[] } {
  const { text, args } = runQemu(fwPath, timeoutMs, join(workDir, 'ifeval-board-stdout.jsonl'));
  return { raw: parseIfevalBoardOutput(text), args };
}

/** Compares the board's responses with the TypeScript responder's, byte for byte, and summarizes. */
export function compareIfevalWithHost(raw: IfevalBoardRaw, prompts: readonly string[], responder = IfevalResponder.builtIn()): IfevalBoardSummary {
  if (raw.header.load_error !== 0) throw new Error(`the board could not load the responder artifact: error ${raw.header.load_error}`);
  if (raw.header.batch_error !== 0 || raw.header.prompts !== prompts.length || raw.prompts.length !== prompts.length) {
    throw new Error(`the board answered ${raw.prompts.length} of ${prompts.length} prompts (header: ${raw.header.prompts}, batch_error ${raw.header.batch_error})`);
  }
  const enc = new TextEncoder();
  const mismatched: number[] = [];
  let identical = 0;
  let boardErrors = 0;
  let total = 0;
  prompts.forEach((p, i) => {
    const b = raw.prompts[i];
    const want = enc.encode(responder.respond(p));
    total += b.response.length;
    if (b.error !== 0) boardErrors++;
    if (b.error === 0 && Buffer.compare(Buffer.from(want), Buffer.from(b.response)) === 0) identical++;
    else mismatched.push(i);
  });
  const ins = raw.prompts.map((x) => x.instret);
  const det = raw.prompts.map((x) => x.detect_instret);
  const comp = raw.prompts.map((x) => x.instret - x.detect_instret);
  const m = raw.memory;
  return {
    n: prompts.length,
    identical,
    mismatched,
    board_errors: boardErrors,
    ...instretStats(ins),
    detect_instret_median: det.length ? percentile(det, 50) : 0,
    compose_instret_median: comp.length ? percentile(comp, 50) : 0,
    load_instret: raw.header.load_instret,
    static_ram_bytes: m.static_ram_bytes,
    stack_high_water_bytes: m.stack_high_water_bytes,
    ram_bytes: m.static_ram_bytes + m.stack_high_water_bytes,
    ram_region_bytes: m.ram_region_bytes,
    scratch_bytes: m.scratch_bytes,
    flash_firmware_bytes: m.flash_firmware_bytes,
    flash_artifact_bytes: m.flash_artifact_bytes,
    flash_batch_bytes: m.flash_batch_bytes,
    response_bytes_total: total,
  };
}

export interface IfevalBoardOptions {
  prompts: readonly string[];
  /** QEMU wall-clock limit (default 600 s). */
  timeoutMs?: number;
}

/** Builds the firmware for these prompts, runs it on the emulated board and compares with the host. */
export function proveIfevalBoard(opts: IfevalBoardOptions): { summary: IfevalBoardSummary; raw: IfevalBoardRaw; qemu: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'engram-ifeval-board-'));
  try {
    const art = join(dir, 'responder.engram');
    const batch = join(dir, 'prompts.bin');
    const fw = join(dir, 'engram-ifeval-fw.elf');
    writeFileSync(art, buildResponderArtifact());
    writeFileSync(batch, encodePromptBatch([...opts.prompts]));
    buildIfevalFirmware(art, batch, fw);
    const { raw, args } = runIfevalFirmware(fw, opts.timeoutMs ?? 600_000, dir);
    return { summary: compareIfevalWithHost(raw, opts.prompts), raw, qemu: args };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A few lines for people. */
export function formatIfevalBoardSummary(s: IfevalBoardSummary): string {
  const f = (x: number) => x.toLocaleString('en-US');
  return [
    `IFEval responder on the board (rv32imc, qemu virt): ${s.identical}/${s.n} responses byte-identical to the TypeScript responder` +
      (s.mismatched.length ? ` (different: ${s.mismatched.slice(0, 10).join(', ')}${s.mismatched.length > 10 ? ', ...' : ''})` : ''),
    `instructions per prompt: median ${f(s.instret_median)}, p95 ${f(s.instret_p95)}, min ${f(s.instret_min)}, max ${f(s.instret_max)}, mean ${f(s.instret_mean)}; artifact load ${f(s.load_instret)}`,
    `  medians by step: detect ${f(s.detect_instret_median)} (tokenize + match + plan), compose ${f(s.compose_instret_median)}`,
    `RAM: static ${f(s.static_ram_bytes)} + stack ${f(s.stack_high_water_bytes)} = ${f(s.ram_bytes)} B of ${f(s.ram_region_bytes)} (scratch ${f(s.scratch_bytes)})`,
    `flash: firmware ${f(s.flash_firmware_bytes)} B (artifact ${f(s.flash_artifact_bytes)}); prompt batch ${f(s.flash_batch_bytes)} B`,
  ].join('\n');
}
