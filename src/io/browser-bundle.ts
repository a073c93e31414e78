// The browser scripts of `engram serve` (explorer/app.ts) and `engram report` (report/page-client.ts):
// each is one IIFE bundle with its npm imports, so the page never fetches code from anywhere but the
// file or the local server itself. The installed CLI runs from dist/, where `npm run build`
// (scripts/build-bundles.mjs) has already written each bundle as `<entry>.bundle.js` beside the
// compiled code: esbuild and Observable Plot are build tools, not run-time dependencies. Run from
// source (tsx: tests, scripts), this module bundles the .ts entry on demand instead, so an edited
// app.ts is never served from a stale bundle.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A bundling failure, with esbuild's own messages joined in, or a dist/ without its bundles. */
export class BundleError extends Error {
  override name = 'BundleError';
  constructor(entry: string, detail: string) {
    super(`cannot bundle ${entry}: ${detail}`);
  }
}

/** The browser entry points, relative to src/ (and to dist/ for their prebuilt bundles). */
export const BROWSER_ENTRIES = ['explorer/app.ts', 'report/page-client.ts'] as const;

/** True when this module runs as TypeScript source (through tsx), false when compiled into dist/. */
const FROM_SOURCE = import.meta.url.endsWith('.ts');

/** Path of a file beside the caller: `srcPath(import.meta.url, './app.ts')`. */
export function srcPath(base: string, rel: string): string {
  return fileURLToPath(new URL(rel, base));
}

/** Where the build writes the bundle of `entry` (`.../app.ts` -> `.../app.bundle.js`). */
export function bundlePath(entry: string): string {
  return entry.replace(/\.ts$/, '.bundle.js');
}

/** The bundled script for a browser entry: prebuilt in dist/, bundled now when run from source. */
export async function bundleBrowserScript(entry: string): Promise<string> {
  if (FROM_SOURCE) return esbuildBundle(entry);
  const file = bundlePath(entry);
  if (!existsSync(file)) throw new BundleError(entry, `${file} is missing: dist/ was built without scripts/build-bundles.mjs (run \`npm run build\`)`);
  return readFileSync(file, 'utf8');
}

/** Bundles one entry with esbuild (a devDependency: present in the repository, not in an install). */
export async function esbuildBundle(entry: string): Promise<string> {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch (err) {
    throw new BundleError(entry, `esbuild is not installed (a devDependency; run \`npm ci\` in the repository): ${(err as Error).message}`);
  }
  let result;
  try {
    result = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      legalComments: 'none',
      logLevel: 'silent',
    });
  } catch (err) {
    const e = err as Error & { errors?: { text: string }[] };
    throw new BundleError(entry, e.errors?.map((x) => x.text).join('; ') ?? e.message);
  }
  const out = result.outputFiles[0];
  if (!out) throw new BundleError(entry, 'esbuild produced no output');
  return out.text;
}
