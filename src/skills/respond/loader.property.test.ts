// The responder's loader on hostile bytes (the TypeScript side of fuzzing it): random byte edits,
// with or without refreshed CRCs, and truncation only ever raise ArtifactError — never another
// exception — and an artifact that does load still responds without throwing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ArtifactError } from '../../artifact/errors.ts';
import { refreshCrcs } from '../../artifact/test-support.ts';
import { buildResponderArtifact, loadResponder } from './artifact.ts';
import { IfevalResponder } from './respond.ts';

const good = buildResponderArtifact();

function loadOrTypedError(bytes: Uint8Array): boolean {
  try {
    loadResponder(bytes);
    return true;
  } catch (e) {
    if (!(e instanceof ArtifactError)) throw e;
    return false;
  }
}

test('property: random edits to a responder artifact give ArtifactError or a working responder', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }),
      fc.boolean(),
      (edits, fix) => {
        const b = good.slice();
        for (const [i, v] of edits) b[i] = v;
        if (fix) refreshCrcs(b);
        if (loadOrTypedError(b)) {
          // Content edits that pass validation must still give a responder that never throws.
          const r = IfevalResponder.fromBytes(b);
          assert.equal(typeof r.respond('Write two sentences about rivers, in all lowercase letters.'), 'string');
        }
      },
    ),
    { seed: 41, numRuns: 500 },
  );
});

test('property: truncation at any length is an ArtifactError', () => {
  fc.assert(
    fc.property(fc.nat({ max: good.length - 1 }), (len) => {
      assert.equal(loadOrTypedError(good.subarray(0, len)), false);
    }),
    { seed: 42, numRuns: 200 },
  );
});
