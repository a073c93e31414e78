// Test helper: locates the benchmark data (ENGRAM_DATA_DIR, else ../shared/data beside the repo)
// so data-backed tests can skip with a visible reason where it is absent. Never copies data.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDataDir } from './context.ts';

const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..');

/** The data folder if it holds `relPath`, else undefined. */
export function dataPath(relPath: string): string | undefined {
  const dir = defaultDataDir(REPO_ROOT);
  if (!dir) return undefined;
  const p = join(dir, relPath);
  return existsSync(p) ? p : undefined;
}

export const SKIP_REASON = 'IFEval data not found: set ENGRAM_DATA_DIR (e.g. ../shared/data)';
