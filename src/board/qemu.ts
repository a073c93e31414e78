// Running a firmware image on the emulated RV32IMC board: QEMU virt with semihosting into a file
// and -icount shift=0, so rdinstret counts retired instructions exactly.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { QEMU } from './toolchain.ts';

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
