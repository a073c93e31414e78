// The test runner never skips silently: it lists every skipped test with its reason and the
// install command, and under CI=true a skip fails the run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const FIXTURE = 'scripts/fixtures/skipping.fixture.ts';

function runner(ci: string | undefined) {
  const env = { ...process.env };
  delete env.CI;
  delete env.NODE_TEST_CONTEXT; // else node:test sees a nested run and skips the files
  if (ci !== undefined) env.CI = ci;
  return spawnSync(process.execPath, ['scripts/run-tests.mjs', FIXTURE], { cwd: ROOT, env, encoding: 'utf8' });
}

test('outside CI: skips are listed with reason and install command, exit 0', () => {
  const r = runner(undefined);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /1 test\(s\) skipped:/);
  assert.match(r.stdout, /skipping\.fixture\.ts: fixture needs a tool this machine lacks \(frobnicator not installed\)/);
  assert.match(r.stdout, /apt-get install -y .*libclang-rt-14-dev/);
});

test('CI=true: a skip fails the run', () => {
  const r = runner('true');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /CI=true: a skipped suite is a failure/);
});
