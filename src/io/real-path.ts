// What file a path really names, for telling whether an output would replace an input: symlinks are
// followed and `x/../x` spellings collapse; a path that does not exist yet resolves to the real path
// of its nearest existing ancestor plus the rest, because that is where the write will land.
import { realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, sep } from 'node:path';

export interface FileIdentity {
  /** Absolute path with every existing component resolved through symlinks. */
  real: string;
  /** Device and inode when the file exists: catches hard links and bind mounts of the same file. */
  dev?: bigint;
  ino?: bigint;
}

/** realpathSync, or undefined when the component cannot be followed. */
function tryRealpath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    // Missing, a dangling link, a file used as a folder, no permission: in every case the
    // lexical name is the best identity we have, and the write itself will report the real error.
    return undefined;
  }
}

/** The real absolute path of `path`, resolving component by component as the kernel would. */
export function realPathOf(path: string): string {
  const whole = tryRealpath(path);
  if (whole !== undefined) return whole;
  // Not resolvable as a whole: walk it as spelled (no lexical normalization, which would get
  // `link/..` wrong), following each existing component and keeping missing ones by name.
  const abs = isAbsolute(path) ? path : process.cwd() + sep + path;
  let cur: string = sep;
  for (const part of abs.split(sep)) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      cur = dirname(cur); // cur is already real, so its lexical parent is its real parent
      continue;
    }
    const next = join(cur, part);
    cur = tryRealpath(next) ?? next;
  }
  return cur;
}

export function fileIdentity(path: string): FileIdentity {
  const real = realPathOf(path);
  try {
    const st = statSync(real, { bigint: true });
    return { real, dev: st.dev, ino: st.ino };
  } catch {
    // Does not exist (yet): the real path alone identifies where it will be written.
    return { real };
  }
}

export function sameFile(a: FileIdentity, b: FileIdentity): boolean {
  if (a.real === b.real) return true;
  return a.ino !== undefined && a.dev === b.dev && a.ino === b.ino;
}
