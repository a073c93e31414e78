// A scratch folder for one job: created under the OS temp folder with a name prefix, handed to `fn`,
// and removed afterwards whether `fn` returns or throws (tests, benchmarks and native-runtime runs).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function withTempDir<T>(prefix: string, fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
