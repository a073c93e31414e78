// The conformance suite: every vector class of test/vectors/ against every target (TypeScript
// in-process, native C, the emulated RV32IMC board). Pairs a target cannot run are in the explicit
// skip list (skips.ts), printed here; node:test skips are used only when a target's tool is missing
// on this machine, which scripts/run-tests.mjs turns into a failure under CI=true.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkMatrix, formatMatrix } from './matrix.ts';
import { TARGETS } from './targets.ts';
import { VECTOR_CLASSES } from './vectors.ts';

test('target x class matrix: every pair runs or is skip-listed with a reason', () => {
  checkMatrix(TARGETS);
  console.log(formatMatrix(TARGETS));
});

for (const target of TARGETS) {
  const missing = target.missing() ?? undefined;
  for (const cls of VECTOR_CLASSES) {
    const run = target.run[cls];
    if (!run) continue; // skip-listed: printed by the matrix test
    test(`${target.name} x ${cls}`, { skip: missing, timeout: 1_200_000 }, () => {
      const r = run();
      console.log(`${target.name} x ${cls}: ${r.checked} checks, ${r.failures.length} failures`);
      assert.ok(r.checked > 0, 'no vectors were checked');
      assert.deepEqual(r.failures, []);
    });
  }
}
