// Input readers: JSONL and LogiQA text, with file:line errors for every malformed item.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError, parseJsonl, parseLogiqaText, readDataset } from './dataset.ts';

const item = { context: 'c', question: 'q', options: ['a', 'b'], answer: 1 };

test('JSONL: valid lines parse, blank lines are skipped, ids default to the item index', () => {
  const items = parseJsonl(`${JSON.stringify(item)}\n\n${JSON.stringify({ ...item, id: 'x' })}\n`, 'f.jsonl');
  assert.deepEqual(items.map((i) => i.id), ['0', 'x']);
  assert.equal(items[0].answer, 1);
});

test('JSONL: each kind of malformed line names file and line', () => {
  const cases: [string, RegExp][] = [
    ['{bad json', /f\.jsonl:3: invalid JSON/],
    [JSON.stringify({ ...item, options: ['only one'] }), /f\.jsonl:3: "options" must have 2\.\.8/],
    [JSON.stringify({ ...item, options: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'] }), /2\.\.8 entries, got 9/],
    [JSON.stringify({ ...item, answer: 2 }), /f\.jsonl:3: "answer" must be an integer index in 0\.\.1/],
    [JSON.stringify({ ...item, context: 5 }), /"context" must be a string/],
    [JSON.stringify({ ...item, options: ['a', 3] }), /only strings/],
    ['[1,2]', /expected a JSON object/],
  ];
  for (const [line, re] of cases) {
    const text = `${JSON.stringify(item)}\n\n${line}\n`;
    assert.throws(() => parseJsonl(text, 'f.jsonl'), (e: unknown) => e instanceof InputError && e.line === 3 && re.test(e.message));
  }
});

const logiqa = ['', 'c', 'The context.', 'The question?', 'A.first', 'B. second', 'C.third', 'D.fourth', '', 'a', 'Ctx 2', 'Q 2', 'A.1', 'B.2', 'C.3', 'D.4', ''].join('\n');

test('LogiQA text: 8-line items, answer letters, option prefixes stripped', () => {
  const items = parseLogiqaText(logiqa, 't.txt');
  assert.equal(items.length, 2);
  assert.deepEqual(items[0], { id: '0', context: 'The context.', question: 'The question?', options: ['first', 'second', 'third', 'fourth'], answer: 2 });
  assert.equal(items[1].answer, 0);
});

test('LogiQA text: malformed items name the line', () => {
  assert.throws(() => parseLogiqaText(logiqa.replace('B. second', 'X. second'), 't.txt'), /t\.txt:6: expected option "B\."/);
  assert.throws(() => parseLogiqaText(logiqa.replace('\nc\n', '\nz\n'), 't.txt'), /t\.txt:2: expected an answer letter/);
  assert.throws(() => parseLogiqaText(logiqa.split('\n').slice(0, 12).join('\n'), 't.txt'), /truncated item/);
});

test('readDataset detects the format and reports missing files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'engram-ds-'));
  writeFileSync(join(dir, 'a.txt'), logiqa);
  writeFileSync(join(dir, 'b.jsonl'), JSON.stringify(item) + '\n');
  assert.equal(readDataset(join(dir, 'a.txt')).items.length, 2);
  assert.equal(readDataset(join(dir, 'b.jsonl')).items.length, 1);
  assert.throws(() => readDataset(join(dir, 'missing.jsonl')), /missing\.jsonl: cannot read file \(ENOENT\)/);
});
