// `engram repair propose | promote | report` end to end on the demo patch story (data/demo/repairs):
// the CLI writes candidates, a patched artifact and an audit log that grows append-only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { haveTool, REPO_ROOT } from '../../../board/toolchain.ts';
import { loadArtifact } from '../runtime.ts';

const BIN = join(REPO_ROOT, 'bin', 'engram.mjs');
const noCc = haveTool('make') && haveTool('cc') ? undefined : 'make or cc not installed (gate 4 needs the native build)';

function engram(args: string[]): string {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 300_000 });
  assert.equal(r.status, 0, `engram ${args.join(' ')}:\n${r.stderr}`);
  return r.stdout;
}

test('repair propose -> promote -> report on the demo field cases', { skip: noCc }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'engram-repair-cli-'));
  try {
    const base = join(dir, 'demo.engram');
    engram(['build', '--data', 'data/demo/train.jsonl', '--out', base]);
    const cands = join(dir, 'candidates.jsonl');
    const out = engram(['repair', 'propose', '--artifact', base, '--cases', 'data/demo/repairs/cases.jsonl', '--reference', 'data/demo/train.jsonl', '--family', 'file', '--out', cands, '--json']);
    const summary = JSON.parse(out);
    assert.equal(summary.candidates, 1);
    const patched = join(dir, 'patched.engram');
    const log = join(dir, 'audit.jsonl');
    const promoteArgs = (from: string, to: string): string[] =>
      ['repair', 'promote', '--artifact', from, '--candidates', cands, '--protected', 'data/demo/train.jsonl', '--guard', 'data/demo/train.jsonl', '--out', to, '--log', log, '--no-date'];
    const text = engram(promoteArgs(base, patched));
    assert.match(text, /promoted 1 of 1 candidates/);
    assert.equal(loadArtifact(new Uint8Array(readFileSync(patched))).repairs.length, 1);
    const first = readFileSync(log, 'utf8');
    const entry = JSON.parse(first.trim());
    assert.equal(entry.decision, 'accepted');
    assert.deepEqual(entry.failed_gates, []);
    assert.equal(entry.gates.replay.pass, true);
    // A second run appends (the same candidate now has nothing left to fix) and keeps the first line.
    engram(promoteArgs(patched, join(dir, 'patched2.engram')));
    const second = readFileSync(log, 'utf8');
    assert.ok(second.startsWith(first));
    const e2 = JSON.parse(second.trim().split('\n')[1]);
    assert.equal(e2.repair_id, 2);
    assert.deepEqual(e2.failed_gates, ['fixes_target']);
    const rep = JSON.parse(engram(['repair', 'report', '--before', base, '--after', patched, '--in-sample', 'cases=data/demo/repairs/cases.jsonl', '--held-out', 'test=data/demo/test.jsonl', '--json']));
    assert.deepEqual(rep.rows.map((r: { set: string; role: string }) => [r.set, r.role]), [['cases', 'in-sample'], ['test', 'held-out']]);
    assert.equal(rep.rows[0].correct_after, 4);
    assert.ok(rep.rows.every((r: { ablation_identical: boolean }) => r.ablation_identical));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
