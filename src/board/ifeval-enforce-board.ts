// The IFEval enforcer on the emulated RV32IMC board (docs/ifeval-enforce.md "On the board"): builds
// c/board/firmware/ifeval_enforce_main.c with the responder artifact, the Punkt blob and a batch of
// (prompt, draft) pairs embedded in flash (c/mk/ifeval-enforce-board.mk), runs it on QEMU (-icount
// shift=0, so instret counts guest instructions), parses its JSON-lines report and compares every row
// byte for byte, and its fallback reason, with the TypeScript enforcer (enforceOne).
//
//   engram board enforce --artifact A --input PROMPTS.jsonl --responses DRAFTS.jsonl [--json] [--out F]
//
// A row the board cannot do is counted by its reason, never skipped: IFV_NO_LANGDETECT (the plan has a
// check that needs langdetect, which is doubles: the TS requirements must include one), IFR_TOO_LARGE
// or IFV_TOO_LARGE (a working-memory limit of the board build), IFR_ENFORCE_NOT_PORTED. Any other board
// error, or other bytes, is a mismatch.
//
// Report lines: {"engram_ifeval_enforce_board": 1, "artifact_bytes", "load_error", "load_instret",
// "batch_bytes", "texts", "batch_error", "punkt_bytes", "punkt_error"}, then per row {"i", "error",
// "instret", "fallback", "bytes", "hex"}, {"memory": {...}}, {"end": 1}.
import type { Command } from 'commander';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { errorNumber, type ErrorName } from '../artifact/errors.ts';
import { positiveArg } from '../io/args.ts';
import { writeFileAtomic } from '../io/atomic-write.ts';
import { findDataDir } from '../io/data-dir.ts';
import { assertOutputsSafe } from '../io/output-guard.ts';
import { createContext } from '../skills/ifeval/context.ts';
import { readResponses } from '../skills/ifeval/io.ts';
import type { CheckContext } from '../skills/ifeval/types.ts';
import { buildResponderArtifact } from '../skills/respond/artifact.ts';
import { enforceOne } from '../skills/respond/enforce/enforce.ts';
import { readEnforceInputs } from '../skills/respond/enforce/run.ts';
import { IfevalResponder } from '../skills/respond/respond.ts';
import { encodeEnforceBatch } from './ifeval-enforce-native.ts';
import { buildVerifyNative } from './ifeval-verify-native.ts';
import { runQemu } from './qemu.ts';
import { instretStats, ReportLines, type InstretStats } from './report-lines.ts';
import type { BoardMemory } from './report-types.ts';
import { boardToolchainMissing, makeArgs, run } from './toolchain.ts';

export interface EnforceBoardInput {
  prompt: string;
  draft: string;
}

export interface EnforceBoardRaw {
  header: { artifact_bytes: number; load_error: number; load_instret: number; batch_bytes: number; texts: number; batch_error: number; punkt_bytes: number; punkt_error: number };
  rows: { i: number; error: number; instret: number; fallback: number; out: Uint8Array }[];
  memory: BoardMemory;
}

/** Why a row was not compared: the board's error names it. */
export const EXCLUSION_REASONS = ['IFV_NO_LANGDETECT', 'IFR_TOO_LARGE', 'IFV_TOO_LARGE', 'IFR_ENFORCE_NOT_PORTED'] as const satisfies readonly ErrorName[];
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

/** Checks that need langdetect (the TS verifier's language detection): the board refuses them. */
const LANGDETECT_IDS = new Set(['language:response_language', 'change_case:english_capital', 'change_case:english_lowercase']);

export interface EnforceBoardRow {
  i: number;
  /** identical, excluded (with its reason) or mismatch */
  status: 'identical' | 'excluded' | 'mismatch';
  reason?: ExclusionReason;
  error: number;
  instret: number;
  fallback: number;
  /** for a mismatch only: what each side gave */
  host?: string;
  board?: string;
}

export interface EnforceBoardSummary extends InstretStats {
  rows: number;
  identical: number;
  mismatches: number;
  mismatched: number[];
  excluded: Record<ExclusionReason, number>;
  /** identical rows whose response is not the draft (edited or composed on the board) */
  edited: number;
  /** identical rows answered by the composer (fallback unsatisfied) */
  composed: number;
  load_instret: number;
  ram_bytes: number;
  static_ram_bytes: number;
  stack_high_water_bytes: number;
  ram_region_bytes: number;
  scratch_bytes: number;
  /** code + read-only data (with the Punkt blob) + artifact + .data image: flash without the row batch */
  flash_bytes: number;
  punkt_bytes: number;
  artifact_bytes: number;
  batch_bytes: number;
}

export interface EnforceBoardReport {
  engram_ifeval_enforce_board_report: 1;
  summary: EnforceBoardSummary;
  rows: EnforceBoardRow[];
  qemu: string[];
}

/** Parses the firmware's report strictly (order, indices, byte counts, the end marker). */
export function parseEnforceBoardOutput(text: string): EnforceBoardRaw {
  const r = new ReportLines(text, 'ifeval enforce board report');
  const h = r.objs[0];
  if (!h || h.engram_ifeval_enforce_board !== 1) throw new Error(`not an IFEval enforce board report: ${text.slice(0, 300)}`);
  const header = {
    artifact_bytes: r.num(h, 'artifact_bytes', 1),
    load_error: r.num(h, 'load_error', 1),
    load_instret: r.num(h, 'load_instret', 1),
    batch_bytes: r.num(h, 'batch_bytes', 1),
    texts: r.num(h, 'texts', 1),
    batch_error: r.num(h, 'batch_error', 1),
    punkt_bytes: r.num(h, 'punkt_bytes', 1),
    punkt_error: r.num(h, 'punkt_error', 1),
  };
  const rows = r.items((o, line) => ({
    i: r.num(o, 'i', line),
    error: r.num(o, 'error', line),
    instret: r.num(o, 'instret', line),
    fallback: r.num(o, 'fallback', line),
    out: r.hexBytes(o, line),
  }));
  return { header, rows, memory: r.memory(rows.length) };
}

const FALLBACK = [null, 'language', 'unsatisfied'] as const;
const enc = new TextEncoder();

/** Compares every board row with the TypeScript enforcer (bytes, fallback reason) and summarizes. */
export function compareEnforceWithHost(raw: EnforceBoardRaw, inputs: readonly EnforceBoardInput[], responder: IfevalResponder, ctx: CheckContext): { summary: EnforceBoardSummary; rows: EnforceBoardRow[] } {
  const h = raw.header;
  if (h.load_error !== 0) throw new Error(`the board could not load the responder artifact: error ${h.load_error}`);
  if (h.punkt_error !== 0) throw new Error(`the board could not read the Punkt blob: error ${h.punkt_error}`);
  if (h.batch_error !== 0 || h.texts !== 2 * inputs.length || raw.rows.length !== inputs.length) {
    throw new Error(`the board enforced ${raw.rows.length} of ${inputs.length} rows (header: ${h.texts} texts, batch_error ${h.batch_error})`);
  }
  const reasonOf = new Map<number, ExclusionReason>(EXCLUSION_REASONS.map((n) => [errorNumber(n), n]));
  const excluded = Object.fromEntries(EXCLUSION_REASONS.map((n) => [n, 0])) as Record<ExclusionReason, number>;
  let edited = 0;
  let composed = 0;
  const rows = inputs.map((inp, i): EnforceBoardRow => {
    const b = raw.rows[i];
    const row: EnforceBoardRow = { i, status: 'mismatch', error: b.error, instret: b.instret, fallback: b.fallback };
    const ts = enforceOne(responder, ctx, inp.prompt, inp.draft);
    const reason = reasonOf.get(b.error);
    // A langdetect refusal must come from a plan that has such a check; a limit may refuse any row.
    if (reason && (reason !== 'IFV_NO_LANGDETECT' || ts.detected.some((d) => LANGDETECT_IDS.has(d.id)))) {
      row.status = 'excluded';
      row.reason = reason;
      excluded[reason]++;
      return row;
    }
    const want = Buffer.from(enc.encode(ts.response));
    if (b.error === 0 && want.equals(Buffer.from(b.out)) && FALLBACK[b.fallback] === ts.fallback) {
      row.status = 'identical';
      if (ts.response !== inp.draft) edited++;
      if (ts.fallback === 'unsatisfied') composed++;
      return row;
    }
    row.host = `${ts.fallback ?? 'none'}: ${ts.response}`;
    row.board = b.error === 0 ? `${FALLBACK[b.fallback] ?? b.fallback}: ${Buffer.from(b.out).toString('utf8')}` : `error ${b.error}`;
    return row;
  });
  const m = raw.memory;
  const done = raw.rows.filter((_, i) => rows[i].status !== 'excluded');
  const summary: EnforceBoardSummary = {
    rows: rows.length,
    identical: rows.filter((r) => r.status === 'identical').length,
    mismatches: rows.filter((r) => r.status === 'mismatch').length,
    mismatched: rows.filter((r) => r.status === 'mismatch').map((r) => r.i),
    excluded,
    edited,
    composed,
    ...instretStats(done.map((r) => r.instret)),
    load_instret: h.load_instret,
    ram_bytes: m.static_ram_bytes + m.stack_high_water_bytes,
    static_ram_bytes: m.static_ram_bytes,
    stack_high_water_bytes: m.stack_high_water_bytes,
    ram_region_bytes: m.ram_region_bytes,
    scratch_bytes: m.scratch_bytes,
    flash_bytes: m.flash_firmware_bytes,
    punkt_bytes: h.punkt_bytes,
    artifact_bytes: m.flash_artifact_bytes,
    batch_bytes: m.flash_batch_bytes,
  };
  return { summary, rows };
}

/** Builds the firmware for these rows, runs it on the emulated board and compares with the host. */
export function proveEnforceBoard(opts: { artifactBytes: Uint8Array; responder: IfevalResponder; ctx: CheckContext; punktDir: string; inputs: readonly EnforceBoardInput[]; timeoutMs?: number }): EnforceBoardReport {
  const missing = boardToolchainMissing();
  if (missing) throw new Error(`board proof unavailable: ${missing}`);
  const dir = mkdtempSync(join(tmpdir(), 'engram-enforce-board-'));
  try {
    const art = join(dir, 'responder.engram');
    const blob = join(dir, 'punkt.blob');
    const batch = join(dir, 'rows.bin');
    const fw = join(dir, 'engram-ifeval-enforce-fw.elf');
    writeFileSync(art, opts.artifactBytes);
    writeFileSync(batch, encodeEnforceBatch(opts.inputs));
    // The Punkt parameters are user data, never shipped: the host verifier writes the blob the board embeds.
    run(buildVerifyNative(), ['--punkt', opts.punktDir, '--write-punkt', blob]);
    run('make', makeArgs('ifeval-enforce-firmware', `ARTIFACT=${resolve(art)}`, `PUNKT_BLOB=${resolve(blob)}`, `BATCH=${resolve(batch)}`, `EFW=${resolve(fw)}`));
    const { text, args } = runQemu(fw, opts.timeoutMs ?? 1_800_000, join(dir, 'board-stdout.jsonl'));
    return { engram_ifeval_enforce_board_report: 1, ...compareEnforceWithHost(parseEnforceBoardOutput(text), opts.inputs, opts.responder, opts.ctx), qemu: args };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A few lines for people. */
export function formatEnforceBoardSummary(r: EnforceBoardReport): string {
  const s = r.summary;
  const f = (x: number) => x.toLocaleString('en-US');
  const ex = EXCLUSION_REASONS.filter((n) => s.excluded[n] > 0).map((n) => `${n} ${s.excluded[n]}`);
  const lines = [
    `IFEval enforcer on the board (RV32IMC, QEMU virt): ${s.identical}/${s.rows} rows byte-identical to the TypeScript enforcer, ${s.mismatches} mismatches`,
    `  identical       ${f(s.identical)} (${f(s.edited)} edited or composed, ${f(s.composed)} from the composer)`,
    `  excluded        ${ex.length ? ex.join(', ') : 'none'}`,
    `  instret/row     median ${f(s.instret_median)}, p95 ${f(s.instret_p95)}, max ${f(s.instret_max)}, mean ${f(s.instret_mean)} (rows compared); artifact load ${f(s.load_instret)}`,
    `  RAM             ${f(s.ram_bytes)} B = static ${f(s.static_ram_bytes)} + stack high-water ${f(s.stack_high_water_bytes)} of ${f(s.ram_region_bytes)} (scratch ${f(s.scratch_bytes)})`,
    `  flash           ${f(s.flash_bytes)} B (code + Punkt blob ${f(s.punkt_bytes)} + artifact ${f(s.artifact_bytes)}); row batch ${f(s.batch_bytes)} B more`,
  ];
  for (const x of r.rows.filter((y) => y.status === 'mismatch').slice(0, 10)) {
    lines.push(`  MISMATCH row ${x.i} (error ${x.error}):\n    host  ${JSON.stringify(x.host).slice(0, 300)}\n    board ${JSON.stringify(x.board).slice(0, 300)}`);
  }
  return lines.join('\n') + '\n';
}

/** (prompt, draft) rows as `engram ifeval enforce` pairs them: each prompt with its draft by exact text ('' when none). */
export function readEnforceBoardInputs(input: string, responses: string): EnforceBoardInput[] {
  const drafts = readResponses(responses);
  return readEnforceInputs(input).prompts.map((prompt) => ({ prompt, draft: drafts.get(prompt) ?? '' }));
}

/** `engram board enforce` (registered beside the other board proofs in src/cli/board.ts). */
export function registerEnforceBoard(board: Command): void {
  board
    .command('enforce')
    .description('the board proof of `engram ifeval enforce`: every (prompt, draft) row enforced on the emulated RV32IMC board and compared byte for byte with the TypeScript enforcer; rows the board cannot do are counted by reason')
    .requiredOption('--input <file>', 'IFEval-format JSONL (the prompts)')
    .requiredOption('--responses <file>', 'draft responses JSONL ({"prompt", "response"}), matched by exact prompt text')
    .option('--artifact <file>', 'responder artifact (default: built in memory from the source tables)')
    .option('--punkt <dir>', 'NLTK English Punkt parameters (default: $ENGRAM_DATA_DIR/punkt-english)')
    .option('--out <file>', 'board report to write (default out/board-enforce.<input name>.json)')
    .option('--json', 'print the summary as one JSON object')
    .option('--timeout <seconds>', 'QEMU wall-clock limit', positiveArg('--timeout'), 1800)
    .action((f: { input: string; responses: string; artifact?: string; punkt?: string; out?: string; json?: boolean; timeout: number }) => {
      const out = f.out ?? join('out', `board-enforce.${basename(f.input).replace(/\.jsonl$/, '')}.json`);
      assertOutputsSafe([out], [f.input, f.responses, ...(f.artifact ? [f.artifact] : [])]);
      const data = findDataDir();
      const punktDir = f.punkt ?? (data ? join(data, 'punkt-english') : '');
      if (!punktDir) throw new Error('no Punkt parameters: pass --punkt DIR or set ENGRAM_DATA_DIR (expects DIR/punkt-english)');
      const artifactBytes = f.artifact ? new Uint8Array(readFileSync(f.artifact)) : buildResponderArtifact();
      const r = proveEnforceBoard({
        artifactBytes,
        responder: IfevalResponder.fromBytes(artifactBytes),
        ctx: createContext({ punktDir }),
        punktDir,
        inputs: readEnforceBoardInputs(f.input, f.responses),
        timeoutMs: f.timeout * 1000,
      });
      writeFileAtomic(out, JSON.stringify(r, null, 1) + '\n');
      process.stdout.write(f.json ? JSON.stringify(r.summary) + '\n' : formatEnforceBoardSummary(r) + `  report          ${out}\n`);
      if (r.summary.mismatches > 0) process.exitCode = 1;
    });
}
