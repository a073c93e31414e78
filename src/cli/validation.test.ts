// The input-validation policy (docs/validation.md) as a user meets it through the real `engram`
// entry point: warnings on stderr with file:line, items without an answer reported apart from the
// accuracy, and the errors (exit 1, nothing written) for results that would be wrong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GOLDEN_DIR } from '../skills/mcq/golden.ts';

const BIN = new URL('../../bin/engram.mjs', import.meta.url).pathname;
const TRAIN = join(GOLDEN_DIR, 'tiny.train.jsonl');
const ART = join(GOLDEN_DIR, 'tiny.engram');

function engram(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'engram-validation-'));
const line = (o: object) => JSON.stringify(o) + '\n';
const base = { context: 'The pump runs only if the breaker is closed.', question: 'Which must be true?' };

test('build --features backoff is an error naming the problem; nothing is written', () => {
  const out = join(dir, 'never.engram');
  const r = engram(['build', '--data', TRAIN, '--out', out, '--features', 'backoff']);
  assert.equal(r.code, 1);
  assert.match(r.err, /^engram: NO_FEATURES: the feature set "backoff" selects no feature family/);
  assert.match(r.err, /add at least one of opt_uni, /);
  assert.equal(existsSync(out), false);
});

test('eval: warnings on stderr with file:line; items without an answer are reported apart', () => {
  const data = join(dir, 'mixed.jsonl');
  writeFileSync(
    data,
    Buffer.concat([
      Buffer.from(line({ id: 'a', ...base, options: ['The pump is off.', 'The pump is on.'], answer: 0 })),
      Buffer.from(line({ id: 'a', ...base, options: ['Same.', 'Same.'], answer: 1 })),
      Buffer.from(line({ id: 'c', ...base, options: ['One.', 'Two.'] })),
      Buffer.from('{"id": "d", "context": "caf\xe9", "question": "q", "options": ["x", "y"], "answer": 1}\n', 'latin1'),
    ]),
  );
  const r = engram(['eval', ART, '--data', data]);
  assert.equal(r.code, 0, r.err);
  const warnings = r.err.split('\n').filter((l) => l.startsWith('engram: warning: '));
  assert.deepEqual(
    warnings.map((l) => /mixed\.jsonl:(\d+): .*\((\w+)\)$/.exec(l)?.slice(1).join(' ')),
    ['4 INVALID_UTF8', '2 DUPLICATE_ID', '2 IDENTICAL_OPTIONS'],
  );
  assert.match(r.out, /accuracy [\d.]+ \(\d\/3, .*\) \(3 scored, 1 without an answer, not in the accuracy\)/);
  const j = JSON.parse(engram(['eval', ART, '--data', data, '--json']).out);
  assert.deepEqual([j.items, j.n, j.without_answer, j.warnings], [4, 3, 1, 3]);
});

test('eval --out with a duplicate id is an error: the predictions file is keyed by id', () => {
  const data = join(dir, 'dup.jsonl');
  writeFileSync(data, line({ id: 'x', ...base, options: ['a', 'b'], answer: 0 }) + line({ id: 'x', ...base, options: ['c', 'd'], answer: 1 }));
  const out = join(dir, 'preds.jsonl');
  const r = engram(['eval', ART, '--data', data, '--out', out]);
  assert.equal(r.code, 1);
  assert.match(r.err, /dup\.jsonl:2: item "x": id already used on line 1: ids must be unique when predictions are written by id/);
  assert.equal(existsSync(out), false);
  assert.equal(engram(['eval', ART, '--data', data]).code, 0, 'without --out it is only a warning');
});

test('build reports training items without an answer apart from the accuracy', () => {
  const data = join(dir, 'partly.jsonl');
  writeFileSync(data, readFileSync(TRAIN, 'utf8') + line({ id: 'u', ...base, options: ['a', 'b'] }));
  const r = engram(['build', '--data', data, '--out', join(dir, 'p.engram'), '--epochs', '2']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /quantized [\d.]+ \(\d\/8, .*\) \(8 scored, 1 without an answer: not trained on, not in the accuracy\)/);
});
