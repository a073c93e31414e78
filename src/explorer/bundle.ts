// Bundles a browser entry point (TypeScript, with its npm imports) into one IIFE script with esbuild,
// at the moment it is needed. Used by `engram serve` (the explorer) and `engram report` (the plots),
// so the page never fetches code from anywhere but the file or the local server itself.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** A bundling failure, with esbuild's own messages joined in. */
export class BundleError extends Error {
  constructor(entry: string, detail: string) {
    super(`cannot bundle ${entry}: ${detail}`);
    this.name = 'BundleError';
  }
}

/** Path of a file beside the caller: `srcPath(import.meta.url, './app.ts')`. */
export function srcPath(base: string, rel: string): string {
  return fileURLToPath(new URL(rel, base));
}

export async function bundleBrowserScript(entry: string): Promise<string> {
  let result;
  try {
    result = await build({
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
