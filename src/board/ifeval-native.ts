// The C99 port of the IFEval responder (c/skills/respond/, docs/board.md "IFEval responder in C"): the
// native CLI `c/build/engram-ifeval` and its batch framing. (Its generated headers, the Unicode
// tables included, come from scripts/gen-c-tables.ts.)
//
// Batch file (input):  u32 count, then count × (u32 byte length, UTF-8 prompt bytes); little-endian.
// CLI output (stdout): count × (u32 byte length, UTF-8 response bytes); little-endian.
// With `--plan` the CLI writes each prompt's detected plan as text instead (same framing); see
// `planText` for the TypeScript side of that serialization.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Plan } from '../skills/respond/plan.ts';
import { C_BUILD_DIR, C_DIR, makeArgs, run } from './toolchain.ts';

export const IFEVAL_BIN = join(C_BUILD_DIR, 'engram-ifeval');

const enc = new TextEncoder();

// ---------------------------------------------------------------- batch framing and the CLI

/** u32 count, then (u32 length, bytes) per prompt (a string as its UTF-8; bytes as they are, e.g. invalid UTF-8). */
export function encodePromptBatch(prompts: readonly (string | Uint8Array)[]): Uint8Array {
  const parts = prompts.map((p) => (typeof p === 'string' ? enc.encode(p) : p));
  const total = 4 + parts.reduce((a, b) => a + 4 + b.length, 0);
  const out = new Uint8Array(total);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, prompts.length, true);
  let at = 4;
  for (const b of parts) {
    dv.setUint32(at, b.length, true);
    out.set(b, at + 4);
    at += 4 + b.length;
  }
  return out;
}

/** Splits the CLI's stdout: (u32 length, bytes) records; throws on a torn frame. */
export function decodeFrames(buf: Uint8Array): Uint8Array[] {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const out: Uint8Array[] = [];
  let at = 0;
  while (at < buf.length) {
    if (at + 4 > buf.length) throw new Error('engram-ifeval: torn frame header');
    const n = dv.getUint32(at, true);
    if (at + 4 + n > buf.length) throw new Error('engram-ifeval: torn frame body');
    out.push(buf.subarray(at + 4, at + 4 + n));
    at += 4 + n;
  }
  return out;
}

export const IFEVAL_SAN_BIN = join(C_BUILD_DIR, 'engram-ifeval-san');

/** Builds the CLI (`ifeval`) or its ASan + UBSan variant (`ifeval-san`); returns its path. */
export function buildIfevalNative(target: 'ifeval' | 'ifeval-san' = 'ifeval'): string {
  run('make', makeArgs(target));
  return target === 'ifeval' ? IFEVAL_BIN : IFEVAL_SAN_BIN;
}

/** A stable text form of a Plan (the fields the composer reads), identical to the C CLI's `--plan`. */
export function planText(p: Plan): string {
  const r = (x: [number, number] | null) => (x ? `${x[0]}..${x[1]}` : '-');
  const s = (x: string | null) => (x === null ? '-' : JSON.stringify(x));
  const lines = [
    `upper ${+p.upper} lower ${+p.lower} caps ${r(p.caps)} words ${r(p.words)} sents ${r(p.sents)}`,
    `par ${p.parCount} ${p.parSep ?? '-'} sec ${p.secCount} ${s(p.secMark)} nth ${p.nth ? `${p.nth.n} ${JSON.stringify(p.nth.word)}` : '-'}`,
    ['forbid', ...p.forbid.map((x) => JSON.stringify(x))].join(' '),
    ['kwfreq', ...[...p.kwfreq].map(([k, v]) => `${JSON.stringify(k)}=${r(v)}`)].join(' '),
    ['keywords', ...p.keywords.map((x) => JSON.stringify(x))].join(' '),
    ['letters', ...[...p.letters].map(([k, v]) => `${JSON.stringify(k)}=${r(v)}`)].join(' '),
    `bullets ${p.bullets ?? '-'} highlights ${p.highlights} title ${+p.title} placeholders ${p.placeholders} ps ${p.postscript ?? '-'}`,
    `json ${+p.json} quote ${+p.quote} end ${s(p.endPhrase)} two ${+p.two} constrained ${+p.constrained} nocomma ${+p.noComma} lang ${p.lang ?? '-'}`,
    `repeat ${s(p.repeat)} task ${p.taskStart}..${p.taskEnd}`,
  ];
  return lines.join('\n') + '\n';
}

/** Runs the native responder over prompts; returns the raw UTF-8 responses (or plans with `plan`). */
export function runIfevalNative(artifactPath: string, batchPath: string, mode: 'respond' | 'plan' = 'respond', bin = IFEVAL_BIN): Uint8Array[] {
  const args = mode === 'plan' ? ['--plan', artifactPath, batchPath] : [artifactPath, batchPath];
  return decodeFrames(runBinary(bin, args));
}

/** Runs a program and returns its raw stdout bytes (run() decodes as UTF-8, which could hide byte differences). */
function runBinary(cmd: string, args: string[]): Uint8Array {
  const res = spawnSync(cmd, args, { maxBuffer: 1 << 30, timeout: 600_000 });
  if (res.error) throw new Error(`${cmd}: ${res.error.message}`);
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${res.status ?? res.signal}:\n${String(res.stderr).slice(-2000)}`);
  return new Uint8Array(res.stdout.buffer, res.stdout.byteOffset, res.stdout.byteLength);
}
