// Second half of `npm run build` (after tsc): bundles each browser entry (src/explorer/app.ts, the
// explorer; src/report/page-client.ts, the report's Observable Plot charts) into
// dist/<entry>.bundle.js, so the installed CLI serves and embeds them without esbuild or Plot.
// Uses the compiled dist/io/browser-bundle.js, the same esbuild settings the CLI uses from source.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { BROWSER_ENTRIES, bundlePath, esbuildBundle } = await import(new URL('../dist/io/browser-bundle.js', import.meta.url).href);

for (const entry of BROWSER_ENTRIES) {
  const text = await esbuildBundle(join(ROOT, 'src', entry));
  const out = bundlePath(join(ROOT, 'dist', entry));
  mkdirSync(dirname(out), { recursive: true });
  // Written under a temporary name and renamed: a CLI running meanwhile never reads half a bundle.
  writeFileSync(`${out}.${process.pid}.tmp`, text);
  renameSync(`${out}.${process.pid}.tmp`, out);
  process.stdout.write(`bundled ${entry} -> ${out.slice(ROOT.length)} (${text.length} bytes)\n`);
}
