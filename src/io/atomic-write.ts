// Writing one output file atomically: the bytes go to a fresh temporary file beside the target
// (pid + random suffix, opened with 'wx' so it can never be someone else's file), are flushed, and the
// file is renamed into place, so a crash or a failed command never leaves a half-written output. On
// every failure the temporary file is removed and the error names the user's path, not the temp name.
import { closeSync, fsyncSync, lstatSync, openSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, sep } from 'node:path';
import { fsReason, OutputError } from './errors.ts';
import { mkdirp } from './mkdirp.ts';

/**
 * Refuses output paths that can never be a file we replace: empty, ending in a separator, an existing
 * directory, an existing device/FIFO/socket, or a symbolic link. The rename replaces the link itself,
 * not what it points to: `--out /dev/stdout` run as root would replace the system's /dev/stdout link
 * with a regular file, and `--out link` would silently turn a link into a copy.
 */
export function checkOutputTarget(path: string): void {
  if (path === '') throw new OutputError('OUTPUT_BAD_PATH', 'the output path is empty', path);
  if (path.endsWith('/') || path.endsWith(sep)) {
    throw new OutputError('OUTPUT_IS_DIRECTORY', `${path} names a directory; give a file name for the output`, path);
  }
  let st;
  try {
    st = lstatSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return; // not there yet (ENOTDIR: the folder walk reports it)
    throw new OutputError('OUTPUT_WRITE_FAILED', `cannot write ${path}: ${fsReason(err)}`, path);
  }
  if (st.isDirectory()) throw new OutputError('OUTPUT_IS_DIRECTORY', `${path} is an existing directory; give a file name for the output`, path);
  if (st.isSymbolicLink()) {
    throw new OutputError('OUTPUT_NOT_REGULAR', `${path} is a symbolic link; writing would replace the link, not its target: give the target's path or a new name`, path);
  }
  if (!st.isFile()) throw new OutputError('OUTPUT_NOT_REGULAR', `${path} exists and is not a regular file (device, FIFO or socket); refusing to replace it`, path);
}

/** Removes the temporary file after a failure; says so in the error text if even that fails. */
function removeTemp(tmp: string): string {
  try {
    unlinkSync(tmp);
    return '';
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return '';
    // The one case where the temporary name is shown: the user has to delete it by hand.
    return `; the temporary file ${tmp} could not be removed (${fsReason(err)})`;
  }
}

export function writeFileAtomic(path: string, data: Uint8Array | string): void {
  checkOutputTarget(path);
  mkdirp(dirname(path), path);
  const tmp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  let fd: number;
  try {
    fd = openSync(tmp, 'wx', 0o666);
  } catch (err) {
    // Nothing was created ('wx' fails before creating), so there is nothing to remove.
    throw new OutputError('OUTPUT_WRITE_FAILED', `cannot write ${path}: ${fsReason(err)}`, path);
  }
  try {
    try {
      writeFileSync(fd, data);
      fsyncSync(fd); // the bytes are on disk before the rename makes them the output
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (err) {
    throw new OutputError('OUTPUT_WRITE_FAILED', `cannot write ${path}: ${fsReason(err)}${removeTemp(tmp)}`, path);
  }
}
