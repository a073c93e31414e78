// End-to-end CLI behaviour through the real `engram` entry point: build, inspect, predict, eval,
// and that a malformed input fails with file:line and writes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GOLDEN_DIR } from './golden.ts';

const BIN = new URL('../../../bin/engram.mjs', import.meta.url).pathname;
const TRAIN = join(GOLDEN_DIR, 'tiny.train.jsonl');

function engram(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'engram-cli-'));
const art = join(dir, 'a.engram');

test('build writes an artifact; building twice gives the same sha256', () => {
  const a = engram(['build', '--data', TRAIN, '--out', art, '--hash-bits', '10', '--epochs', '5']);
  assert.equal(a.code, 0, a.err);
  const b = engram(['build', '--data', TRAIN, '--out', join(dir, 'b.engram'), '--hash-bits', '10', '--epochs', '5']);
  assert.deepEqual(readFileSync(art), readFileSync(join(dir, 'b.engram')));
  assert.match(a.out, /sha256 [0-9a-f]{64}/);
  assert.equal(a.out.split('\n')[0], b.out.split('\n')[0].replace('b.engram', 'a.engram'));
});

test('inspect --json shows sections with CRCs and the sha256', () => {
  const r = engram(['inspect', art, '--json']);
  assert.equal(r.code, 0, r.err);
  const info = JSON.parse(r.out);
  assert.deepEqual(info.sections.map((s: { tag: string }) => s.tag), ['META', 'MCQC', 'LEXN', 'WHSH', 'WDNS']);
  assert.match(info.sha256, /^[0-9a-f]{64}$/);
  assert.equal(info.meta.train.epochs, 5);
});

test('eval --json prints n, correct, accuracy, ci95 and writes predictions', () => {
  const preds = join(dir, 'p.jsonl');
  const r = engram(['eval', art, '--data', TRAIN, '--json', '--out', preds]);
  assert.equal(r.code, 0, r.err);
  const s = JSON.parse(r.out);
  assert.equal(s.n, 8);
  assert.equal(s.accuracy, s.correct / s.n);
  assert.equal(s.ci95.length, 2);
  const rows = readFileSync(preds, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(Object.keys(rows[0]), ['id', 'scores', 'prediction', 'gold', 'correct']);
});

test('predict reads an item from stdin or flags and explains the decision', () => {
  const item = { context: 'The breaker is open.', question: 'Which must be true?', options: ['The pump is not running.', 'The pump is running.'] };
  const a = engram(['predict', art, '--json'], JSON.stringify(item));
  assert.equal(a.code, 0, a.err);
  const ex = JSON.parse(a.out);
  assert.equal(ex.scores.length, 2);
  assert.ok(ex.options[0].contributions.length > 0);
  const b = engram(['predict', art, '--json', '--context', item.context, '--question', item.question, '--option', item.options[0], '--option', item.options[1]]);
  assert.deepEqual(JSON.parse(b.out).scores, ex.scores);
  const c = engram(['predict', art], JSON.stringify(item));
  assert.match(c.out, /decision: [AB]/);
});

test('a malformed dataset fails with file:line and leaves no output behind', () => {
  const bad = join(dir, 'bad.jsonl');
  writeFileSync(bad, readFileSync(TRAIN, 'utf8') + '{"context": "x", "question": "y", "options": ["one"]}\n');
  const out = join(dir, 'never.engram');
  const r = engram(['build', '--data', bad, '--out', out]);
  assert.notEqual(r.code, 0);
  assert.match(r.err, /bad\.jsonl:9: "options" must have 2\.\.8 entries/);
  assert.equal(existsSync(out), false);
});

test('a corrupt artifact is rejected with its typed error code', () => {
  const bytes = readFileSync(art);
  bytes[bytes.length - 3] ^= 0xff;
  const p = join(dir, 'corrupt.engram');
  writeFileSync(p, bytes);
  const r = engram(['inspect', p]);
  assert.notEqual(r.code, 0);
  assert.match(r.err, /SECTION_CRC_MISMATCH/);
});
