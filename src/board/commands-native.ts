// The C99 port of the structured-commands runtime (c/skills/commands/): the native CLI
// `c/build/engram-commands` and the TypeScript side of the parity harness.
//
// CLI input (stdin): queries, each ended by '\n' (the bytes as they are; a query cannot hold '\n'), or
// with --framed (what this harness uses) (u32 little-endian byte length, bytes) records.
// CLI output (stdout): one frame JSON per query and line, byte-identical to JSON.stringify(frame) of
// CommandsRuntime.parse on the query's text decoded as `decodeQuery` does (TextDecoder, non-fatal:
// every maximal invalid UTF-8 subpart becomes one U+FFFD; a leading BOM is kept as U+FEFF).
//
// Configuration (`buildInfo`): the default build has the value normalizers (EG_CMD_NORMALIZE=1) and
// the grammar classes (EG_CMD_GRAMMAR=1). Built without normalizers the C runtime gives typed slots no
// value (`textOnlyArtifact` makes an artifact both runtimes parse alike); built without grammar
// classes it refuses artifacts that use them (DEFAULT_BUILD's `grammar` / `intentClasses`;
// `cBuildOptions` turns them off).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { loadCommandsArtifact, writeCommandsArtifact } from '../skills/commands/artifact.ts';
import { DEFAULT_BUILD, type BuildOptions } from '../skills/commands/build.ts';
import { FLAG_GRAMMAR, FLAG_INTENT_CLASSES, type CommandsModel } from '../skills/commands/model.ts';
import type { CommandsRuntime } from '../skills/commands/runtime.ts';
import { C_BUILD_DIR, makeArgs, run } from './toolchain.ts';

export const COMMANDS_BIN = join(C_BUILD_DIR, 'engram-commands');
export const COMMANDS_SAN_BIN = join(C_BUILD_DIR, 'engram-commands-san');

/** Builds the CLI (`commands`) or its ASan + UBSan variant (`commands-san`) in the default configuration; returns its path. */
export function buildCommandsNative(target: 'commands' | 'commands-san' = 'commands'): string {
  run('make', makeArgs(target));
  return target === 'commands' ? COMMANDS_BIN : COMMANDS_SAN_BIN;
}

const dec = new TextDecoder('utf-8', { ignoreBOM: true });

/** The text the TS runtime gets for a query's bytes (what the C runtime decodes). */
export function decodeQuery(bytes: Uint8Array): string {
  return dec.decode(bytes);
}

/** The TS reference line for a query. */
export function tsFrameJson(rt: CommandsRuntime, bytes: Uint8Array): string {
  return JSON.stringify(rt.parse(decodeQuery(bytes)));
}

function spawn(bin: string, args: string[], input?: Uint8Array): string {
  const res = spawnSync(bin, args, { input, maxBuffer: 1 << 30, timeout: 600_000 });
  if (res.error) throw new Error(`${bin}: ${res.error.message}`);
  if (res.status !== 0) throw new Error(`${bin} ${args.join(' ')} exited with ${res.status ?? res.signal}:\n${String(res.stderr).slice(-2000)}`);
  return new TextDecoder('utf-8', { fatal: true }).decode(res.stdout);
}

/** Runs the native runtime over queries (any bytes, framed); one JSON line per query. */
export function runCommandsNative(artifactPath: string, queries: Uint8Array[], bin = COMMANDS_BIN): string[] {
  const total = queries.reduce((a, q) => a + q.length + 4, 0);
  const input = new Uint8Array(total);
  const dv = new DataView(input.buffer);
  let at = 0;
  for (const q of queries) {
    dv.setUint32(at, q.length, true);
    input.set(q, at + 4);
    at += 4 + q.length;
  }
  const out = spawn(bin, ['--framed', artifactPath], input).split('\n');
  if (out.pop() !== '' || out.length !== queries.length) throw new Error(`engram-commands: expected ${queries.length} lines, got ${out.length}`);
  return out;
}

/** The C loader's error code per file (0 = loads). */
export function checkLoadNative(paths: string[], bin = COMMANDS_BIN): number[] {
  return spawn(bin, ['--check-load', ...paths]).trim().split('\n').map(Number);
}

/** Whether the binary was built with the value normalizers and with the grammar classes. */
export function buildInfo(bin = COMMANDS_BIN): { normalize: boolean; grammar: boolean } {
  const s = spawn(bin, ['--build-info']);
  return { normalize: /normalize 1/.test(s), grammar: /grammar 1/.test(s) };
}

/** Build options of an artifact a C build parses: DEFAULT_BUILD, without grammar classes unless the build has them. */
export function cBuildOptions(info: { grammar: boolean }): BuildOptions {
  return info.grammar ? DEFAULT_BUILD : { ...DEFAULT_BUILD, grammar: false, intentClasses: false };
}

/** The same model with every slot free text (required flags kept) and no grammar-class features:
 * what a C build without the normalizers parses exactly like the TS runtime. */
export function textOnlyModel(m: CommandsModel): CommandsModel {
  return {
    ...m,
    featureFlags: m.featureFlags & ~(FLAG_GRAMMAR | FLAG_INTENT_CLASSES),
    intents: m.intents.map((it) => ({ ...it, schema: it.schema.map((r) => ({ type: 'text' as const, required: r.required })) })),
  };
}

export function textOnlyArtifact(bytes: Uint8Array): Uint8Array {
  return writeCommandsArtifact(textOnlyModel(loadCommandsArtifact(bytes)));
}
