// dataset.ts: the warnings a command prints are a count per kind plus the first few with file:line
// (exact lines), and a dataset with no query is EMPTY.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readExamples, summarizeWarnings } from './dataset.ts';
import { CommandDataError } from './formats/errors.ts';
import type { DatasetWarning } from './types.ts';

test('summarizeWarnings: a count per kind in first-seen order, the first 3 of each with file:line', () => {
  const dup = (i: number): DatasetWarning => ({ kind: 'duplicate-query', file: 't.md', line: 10 + i, message: `duplicate query "q${i}"` });
  const ws: DatasetWarning[] = [
    dup(0),
    { kind: 'invalid-utf8', file: 'P.json', line: 3, byte: 40, message: 'P.json: invalid UTF-8 at byte 40 (1 bytes: ff) replaced with 1 U+FFFD' },
    dup(1),
    dup(2),
    dup(3),
  ];
  assert.deepEqual(summarizeWarnings(ws), [
    'warning: 4 duplicate-query (first 3 shown)',
    '  t.md:10: duplicate query "q0"',
    '  t.md:11: duplicate query "q1"',
    '  t.md:12: duplicate query "q2"',
    'warning: 1 invalid-utf8',
    '  P.json:3: invalid UTF-8 at byte 40 (1 bytes: ff) replaced with 1 U+FFFD',
  ]);
  assert.deepEqual(summarizeWarnings([]), []);
});

test('readExamples: a dataset with no query is EMPTY; Rasa duplicates are warnings of their kind', () => {
  const dir = mkdtempSync(join(tmpdir(), 'engram-cmd-ds-'));
  try {
    const empty = join(dir, 'empty.md');
    writeFileSync(empty, '## intent:greet\n');
    assert.throws(() => readExamples([empty]), (e: unknown) => e instanceof CommandDataError && e.code === 'EMPTY');
    const dup = join(dir, 'dup.md');
    writeFileSync(dup, '## intent:greet\n- hello\n- Hello\n');
    const ds = readExamples([dup]);
    assert.equal(ds.examples.length, 2);
    assert.deepEqual(ds.warnings.map((w) => [w.kind, w.line]), [['duplicate-query', 3]]);
    assert.deepEqual(ds.files, [dup]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
