// The tools the board and native builds need, and where they build: the C tree, its build folder,
// make arguments, running a command with a clear error, and what is missing for the board proof.
//
// Where make builds (C_BUILD_DIR, passed as `B=`, which overrides the Makefile's `B := build`): c/build
// in a checkout; for an installed package (inside node_modules, or c/ not writable) a per-user,
// per-version folder under the temp dir, since node_modules may be read-only and is not ours to
// litter. $ENGRAM_BUILD_DIR overrides both.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, lstatSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdirp } from '../io/mkdirp.ts';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const C_DIR = join(REPO_ROOT, 'c');
export const C_BUILD_DIR = cBuildDir();
export const QEMU = 'qemu-system-riscv32';
export const CROSS_GCC = 'riscv64-unknown-elf-gcc';


function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return false;
    throw err;
  }
}

function cBuildDir(): string {
  if (process.env.ENGRAM_BUILD_DIR) return resolve(process.env.ENGRAM_BUILD_DIR);
  if (!REPO_ROOT.split(sep).includes('node_modules') && writable(C_DIR)) return join(C_DIR, 'build');
  const version = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  return join(tmpdir(), `engram-${version}-c-build-${process.getuid?.() ?? 0}`);
}

/** Make arguments for `targets` in c/, building into C_BUILD_DIR (created private when outside the checkout). */
export function makeArgs(...targets: string[]): string[] {
  // In the checkout the Makefile's own `B := build` is the build folder: the command stays as it
  // was, and a target named by its full path under it is named as the Makefile's rules spell it.
  if (C_BUILD_DIR === join(C_DIR, 'build')) {
    return ['-s', '-C', C_DIR, ...targets.map((t) => (t.startsWith(C_BUILD_DIR + '/') ? `build/${t.slice(C_BUILD_DIR.length + 1)}` : t))];
  }
  mkdirp(C_BUILD_DIR, C_BUILD_DIR, 0o700);
  // A shared temp dir: refuse a folder someone else created under our name (or a symlink to one).
  const st = lstatSync(C_BUILD_DIR);
  if (!st.isDirectory() || (process.getuid && st.uid !== process.getuid())) {
    throw new Error(`build folder ${C_BUILD_DIR} is not a directory owned by this user; set ENGRAM_BUILD_DIR to another folder`);
  }
  return ['-s', '-C', C_DIR, `B=${C_BUILD_DIR}`, ...targets];
}

/** Runs a command to completion; throws with its stderr when it fails. */
export function run(cmd: string, args: string[], opts: { cwd?: string; timeoutMs?: number; input?: string } = {}): string {
  const res = spawnSync(cmd, args, {
    cwd: opts.cwd,
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 600_000,
    maxBuffer: 1 << 30,
    input: opts.input,
  });
  if (res.error) throw new Error(`${cmd} ${args.join(' ')}: ${res.error.message}`);
  if (res.status !== 0) {
    const tail = (res.stderr || res.stdout || '').trim().split('\n').slice(-15).join('\n');
    throw new Error(`${cmd} ${args.join(' ')} exited with ${res.status ?? res.signal}:\n${tail}`);
  }
  return res.stdout;
}

/** True when a program can be started (e.g. `cc`, `make`, `qemu-system-riscv32`). */
export function haveTool(cmd: string, args: string[] = ['--version']): boolean {
  const res = spawnSync(cmd, args, { encoding: 'utf8', timeout: 20_000 });
  return !res.error && res.status === 0;
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
