// runCommandsDemo: builds the demo assistant, evaluates test.md, writes the artifact and a summary
// JSON equal to the returned result, and prints the documented summary lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCommandsArtifact } from './artifact.ts';
import { runCommandsDemo } from './demo.ts';

test('runCommandsDemo: artifact + summary JSON written, counts and CIs, MCQ-style summary lines', () => {
  const dir = mkdtempSync(join(tmpdir(), 'engram-cmd-demo-'));
  try {
    const r = runCommandsDemo({ outDir: dir, quiet: true });
    assert.equal(r.train.queries, 491);
    assert.equal(r.train.intents, 16);
    assert.deepEqual(r.train.refusing, ['disable_safety_alarm', 'out_of_scope', 'unlock_door']);
    assert.equal(r.test.n, 169);
    assert.equal(r.test.intentAccuracy.n, 169);
    assert.ok(r.test.exactFrame.k <= r.test.intentAccuracy.k);
    assert.equal(r.test.refusal.unsafe.recall.n, 19);
    assert.equal(r.test.refusal.out_of_scope.recall.n, 18);
    assert.ok(r.test.valueAccuracy.n > 0);
    const bytes = readFileSync(join(dir, 'commands-demo.engram'));
    assert.equal(bytes.length, r.artifact.bytes);
    loadCommandsArtifact(new Uint8Array(bytes));
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'commands-demo.summary.json'), 'utf8')), JSON.parse(JSON.stringify(r)));
    const lines = r.summary.trimEnd().split('\n');
    assert.equal(lines[0], 'Engram — commands-demo (structured commands)');
    assert.deepEqual(
      lines.map((l) => l.slice(0, 13)),
      ['Engram — comm', '  artifact   ', '  sections   ', '  train      ', '  test       ', '             ', '             ', '  refuse     ', '  refuse     ', '  elapsed    '],
    );
    assert.match(lines[4], /^ {2}test {7}n=169 {2}intent accuracy 0\.\d{4} \(\d+\/169, 95% CI 0\.\d{3}–[01]\.\d{3}\)$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
