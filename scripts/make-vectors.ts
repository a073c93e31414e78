// Regenerates the conformance vectors of test/vectors/ (see its README.md) from the TypeScript
// implementation: `node --import tsx scripts/make-vectors.ts`. Deterministic; run it only when a
// vector is meant to change, and review the diff (src/conformance/fresh.test.ts fails until you do).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateVectors } from '../src/conformance/generate.ts';
import { REPO_ROOT } from '../src/conformance/vectors.ts';

for (const [path, bytes] of generateVectors()) {
  writeFileSync(join(REPO_ROOT, path), bytes);
  console.log(`wrote ${path} (${bytes.length} bytes)`);
}
