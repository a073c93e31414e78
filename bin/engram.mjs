#!/usr/bin/env node
// Entry point for the `engram` command: runs the compiled CLI in dist/ (no TypeScript loader at
// run time). In the repository `npm ci` builds dist/ through `prepare`; `npm run build` refreshes it.
// In a checkout (src/ beside dist/), a dist/ older than the code it was compiled from is refused,
// so the CLI (and the tests that spawn it) never run stale code without saying so.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAIN = join(ROOT, 'dist', 'cli', 'main.js');

function fail(message) {
  process.stderr.write(`engram: ${message}\n`);
  process.exit(1);
}

/** The first non-test source file under `dir` modified after `since` (ms), or null. */
function newerSource(dir, since) {
  for (const ent of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, ent.name);
    if (ent.isDirectory()) {
      const hit = newerSource(p, since);
      if (hit) return hit;
    } else if (/\.ts$/.test(ent.name) && !/(\.test|^test-support|^test-data)\.ts$/.test(ent.name) && statSync(p).mtimeMs > since) {
      return p;
    }
  }
  return null;
}

// ENGRAM_FROM_SOURCE=1 (development only: needs the devDependency tsx) runs src/ directly, so people
// editing the code side by side never race over one dist/ rebuild. Tests spawn this file, so they
// follow the same switch; CI and installed packages never set it.
if (process.env.ENGRAM_FROM_SOURCE === '1') {
  const source = join(ROOT, 'src', 'cli', 'main.ts');
  if (!existsSync(source)) fail('ENGRAM_FROM_SOURCE=1 needs the source tree (src/cli/main.ts); unset it');
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import(new URL('../src/cli/main.ts', import.meta.url).href);
  await main(process.argv);
} else {
  if (!existsSync(MAIN)) fail(`${MAIN} is missing: run \`npm run build\` (\`npm ci\` runs it)`);
  if (existsSync(join(ROOT, 'src', 'cli', 'main.ts'))) {
    const stale = newerSource(join(ROOT, 'src'), statSync(MAIN).mtimeMs);
    if (stale) fail(`dist/ is older than ${stale.slice(ROOT.length)}: run \`npm run build\``);
  }
  const { main } = await import(new URL('../dist/cli/main.js', import.meta.url).href);
  await main(process.argv);
}
