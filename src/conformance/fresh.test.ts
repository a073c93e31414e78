// Freshness: the committed test/vectors/ files equal what scripts/make-vectors.ts writes from the
// current TypeScript implementation, byte for byte. A failure means a vector changed: if that is
// intended, regenerate (node --import tsx scripts/make-vectors.ts) and review the diff.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateVectors } from './generate.ts';
import { REPO_ROOT, VECTORS_DIR } from './vectors.ts';

test('test/vectors/ is what scripts/make-vectors.ts generates (regenerate deliberately)', () => {
  const generated = generateVectors();
  const stale: string[] = [];
  for (const [path, bytes] of generated) {
    const file = join(REPO_ROOT, path);
    if (!existsSync(file) || Buffer.compare(readFileSync(file), Buffer.from(bytes)) !== 0) stale.push(path);
  }
  assert.deepEqual(stale, [], 'stale vector files: run node --import tsx scripts/make-vectors.ts and review the diff');
  // Every file in the folder is either generated or the hand-written README.
  const known = new Set([...generated.keys()].map((p) => p.replace(/^test\/vectors\//, '')));
  assert.deepEqual(readdirSync(VECTORS_DIR).filter((f) => f !== 'README.md' && !known.has(f)), []);
});
