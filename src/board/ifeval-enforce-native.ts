// The C99 port of the IFEval enforcer (c/skills/respond/eg_ifr_enforce*.c, docs/ifeval-enforce.md
// "Enforce in C"): the native CLI `c/build/engram-ifeval-enforce`, its batch framing, and the parity
// comparison with the TypeScript enforcer (enforceOne) used by the test.
//
// Batch file (input):  the responder's (encodePromptBatch): u32 2 × rows, then per row (u32 length,
// prompt bytes) and (u32 length, draft bytes).
// CLI output (stdout): per row a u32 header; top bit clear: a fallback byte (0 none, 1 language,
// 2 unsatisfied) and `header` response bytes; top bit set: the row's error code (eg_errors.h).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findDataDir } from '../io/data-dir.ts';
import { encodePromptBatch } from './ifeval-native.ts';
import { C_BUILD_DIR, haveTool, makeArgs, run } from './toolchain.ts';

export const ENFORCE_BIN = join(C_BUILD_DIR, 'engram-ifeval-enforce');
export const ENFORCE_SAN_BIN = join(C_BUILD_DIR, 'engram-ifeval-enforce-san');
/** The ASan + UBSan build at small working-memory limits (c/mk/ifeval-enforce.mk ENF_LIMITS). */
export const ENFORCE_LIMITS_BIN = join(C_BUILD_DIR, 'engram-ifeval-enforce-limits');

/** One row: a prompt and a draft (a string as its UTF-8; bytes as they are, e.g. invalid UTF-8). */
export interface EnforceBatchRow {
  prompt: string | Uint8Array;
  draft: string | Uint8Array;
}

/** One row's C result. */
export type NativeEnforceResult = { response: Uint8Array; fallback: 0 | 1 | 2 } | { error: number };

/** The responder's batch framing (encodePromptBatch) over prompt, draft, prompt, draft, ... */
export function encodeEnforceBatch(rows: readonly EnforceBatchRow[]): Uint8Array {
  return encodePromptBatch(rows.flatMap((r) => [r.prompt, r.draft]));
}

export function decodeEnforceOutput(buf: Uint8Array, rows: number): NativeEnforceResult[] {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const out: NativeEnforceResult[] = [];
  let at = 0;
  while (at < buf.length) {
    if (at + 4 > buf.length) throw new Error('engram-ifeval-enforce: torn frame header');
    const h = dv.getUint32(at, true);
    at += 4;
    if (h & 0x80000000) {
      out.push({ error: h & 0x7fffffff });
      continue;
    }
    if (at + 1 + h > buf.length) throw new Error('engram-ifeval-enforce: torn frame body');
    out.push({ fallback: buf[at] as 0 | 1 | 2, response: buf.subarray(at + 1, at + 1 + h) });
    at += 1 + h;
  }
  if (out.length !== rows) throw new Error(`engram-ifeval-enforce: ${out.length} results for ${rows} rows`);
  return out;
}

/** Builds the CLI (plain, ASan + UBSan, or ASan + UBSan at small limits); returns its path. */
export function buildEnforceNative(kind: 'plain' | 'san' | 'limits' = 'plain'): string {
  run('make', makeArgs(kind === 'plain' ? 'ifeval-enforce' : `ifeval-enforce-${kind}`));
  return kind === 'plain' ? ENFORCE_BIN : kind === 'san' ? ENFORCE_SAN_BIN : ENFORCE_LIMITS_BIN;
}

/** Runs the C enforcer over a batch file. */
export function runEnforceNative(bin: string, artifact: string, batchPath: string, rows: number, punktDir: string, profilesDir?: string): NativeEnforceResult[] {
  const args = ['--punkt', punktDir, ...(profilesDir ? ['--langdetect-profiles', profilesDir] : []), artifact, batchPath];
  const res = spawnSync(bin, args, { maxBuffer: 1 << 30, timeout: 1_800_000 });
  if (res.error) throw new Error(`${bin}: ${res.error.message}`);
  if (res.status !== 0) throw new Error(`${bin} exited with ${res.status ?? res.signal}:\n${res.stderr.toString().slice(-2000)}`);
  return decodeEnforceOutput(new Uint8Array(res.stdout), rows);
}

const DEBIAN_PROFILES = '/usr/lib/python3/dist-packages/langdetect/profiles';

/** What a native IFEval parity test needs: the Punkt folder, langdetect profiles, and a skip reason
 * (no C toolchain, no data with the given files under ifeval/, no profiles) or false. */
export function nativeIfevalEnv(files: string[]): { punktDir: string; profiles: string; skip: string | false } {
  const data = findDataDir();
  const punktDir = data ? join(data, 'punkt-english') : '';
  const profiles = process.env.ENGRAM_LANGDETECT_PROFILES || (existsSync(DEBIAN_PROFILES) ? DEBIAN_PROFILES : '');
  let skip: string | false = false;
  if (!(haveTool('make') && haveTool('cc'))) skip = 'make or cc not installed';
  else if (!data || !existsSync(punktDir) || !files.every((f) => existsSync(join(data, 'ifeval', f)))) {
    skip = `IFEval data not found: set ENGRAM_DATA_DIR (expects ifeval/${files.join(', ')} and punkt-english/)`;
  } else if (!profiles) {
    skip = "Python langdetect profiles not found: set ENGRAM_LANGDETECT_PROFILES (Debian python3-langdetect or pip's site-packages/langdetect/profiles)";
  }
  return { punktDir, profiles, skip };
}
