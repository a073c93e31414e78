// The C runtime's generated headers (c/eg_errors.h, c/eg_limits.h) must match their TypeScript
// sources: a stale header means the two runtimes disagree on error codes or limits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { staleHeaders, renderErrorsHeader } from '../../scripts/gen-c-tables.ts';
import { ARTIFACT_ERRORS } from '../artifact/errors.ts';

test('generated C headers are up to date (run scripts/gen-c-tables.ts)', () => {
  assert.deepEqual(staleHeaders(), []);
});

test('every artifact error appears in eg_errors.h with its number', () => {
  const h = renderErrorsHeader();
  for (const [name, code] of ARTIFACT_ERRORS) {
    assert.match(h, new RegExp(`EG_${name}\\s+=\\s+${code},`));
  }
});
