// make is asked for targets the way the Makefile's rules spell them: in a checkout a target given
// by its full path under the build folder becomes `build/<name>` (the rules are `$(B)/<name>` with
// B := build), so `npm run bench` can name its fuzzers by path wherever the build folder is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { C_BUILD_DIR, C_DIR, makeArgs } from './toolchain.ts';

test('makeArgs names build-folder targets as the Makefile rules do', () => {
  const args = makeArgs(join(C_BUILD_DIR, 'fuzz_loader'), 'native');
  if (C_BUILD_DIR === join(C_DIR, 'build')) {
    assert.deepEqual(args, ['-s', '-C', C_DIR, 'build/fuzz_loader', 'native']);
  } else {
    assert.deepEqual(args, ['-s', '-C', C_DIR, `B=${C_BUILD_DIR}`, join(C_BUILD_DIR, 'fuzz_loader'), 'native']);
  }
});
