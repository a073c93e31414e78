// Input readers: JSONL and LogiQA text, with file:line errors for every malformed item and file:line
// warnings for items that stay scorable but look wrong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputFileError } from '../../io/input-error.ts';
import { assertUniqueIds, parseJsonl, parseLogiqaText, readDataset } from './dataset.ts';
import { GOLDEN_DIR } from './golden.ts';
import { InputWarning, MAX_SHOWN_PER_CODE } from '../../io/warning.ts';

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
    assert.throws(() => parseJsonl(text, 'f.jsonl'), (e: unknown) => e instanceof InputFileError && e.line === 3 && re.test(e.message));
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
  assert.throws(() => readDataset(join(dir, 'missing.jsonl')), /missing\.jsonl: cannot read \(ENOENT\)/);
});

// --- warnings: problems that leave items scorable (docs/validation.md) ---

const collect = () => {
  const got: InputWarning[] = [];
  return { got, sink: (w: InputWarning) => got.push(w) };
};
const tmpFile = (name: string, data: string | Uint8Array) => {
  const p = join(mkdtempSync(join(tmpdir(), 'engram-ds-')), name);
  writeFileSync(p, data);
  return p;
};
const line = (o: object) => JSON.stringify(o) + '\n';

test('duplicate ids, empty and identical options are warnings at file:line; the items are kept', () => {
  const text =
    line({ ...item, id: 'a' }) +
    line({ ...item, id: 'a', options: ['x', ' '] }) + // duplicate id, empty option
    line({ ...item, id: '3' }) +
    line({ ...item, options: ['same', 'same', 'other'], answer: 2 }) + // fallback id "3" collides with line 3
    line({ ...item, id: 'g', options: ['t', 'u', 't'], answer: 2 }); // gold is one of the twins
  const { got, sink } = collect();
  const ds = readDataset(tmpFile('w.jsonl', text), sink);
  assert.equal(ds.items.length, 5);
  assert.deepEqual(ds.warnings, got);
  assert.deepEqual(
    got.map((w) => [w.code, w.line]),
    [['DUPLICATE_ID', 2], ['EMPTY_OPTION', 2], ['DUPLICATE_ID', 4], ['IDENTICAL_OPTIONS', 4], ['IDENTICAL_OPTIONS', 5]],
  );
  assert.match(String(got[0]), /w\.jsonl:2: item "a": id already used on line 1; .* \(DUPLICATE_ID\)$/);
  assert.match(got[1].message, /option 1 is empty/);
  assert.match(got[2].message, /item "3": id already used on line 3/);
  assert.doesNotMatch(got[3].message, /gold/);
  assert.match(got[4].message, /options 0 and 2 are identical; the gold answer is one of them/);
});

test('a duplicate id is an error where predictions are written by id (assertUniqueIds)', () => {
  const quiet = () => {};
  const dup = readDataset(tmpFile('d.jsonl', line({ ...item, id: 'x' }) + line({ ...item, id: 'x' })), quiet);
  assert.throws(() => assertUniqueIds(dup), (e: unknown) => e instanceof InputFileError && e.line === 2 && /ids must be unique when predictions are written by id/.test(e.message));
  assert.doesNotThrow(() => assertUniqueIds(readDataset(tmpFile('u.jsonl', line({ ...item, id: 'x' }) + line({ ...item, id: 'y' })), quiet)));
});

test('invalid UTF-8 is a warning naming each line (JSONL and LogiQA text); the text reads as U+FFFD', () => {
  const enc = new TextEncoder();
  const bad = (s: string) => {
    const [a, b] = s.split('@');
    return new Uint8Array([...enc.encode(a), 0xff, 0xc3, ...enc.encode(b)]);
  };
  const jsonl = new Uint8Array([...enc.encode(line(item)), ...bad(JSON.stringify({ ...item, context: 'x@y' })), 0x0a]);
  const { got, sink } = collect();
  const ds = readDataset(tmpFile('u.jsonl', jsonl), sink);
  assert.deepEqual(got.map((w) => [w.code, w.line]), [['INVALID_UTF8', 2]]);
  assert.equal(ds.items[1].context, 'x\ufffd\ufffdy');
  const txt = collect();
  readDataset(tmpFile('u.txt', new Uint8Array([...enc.encode(logiqa.split('\n').slice(0, 5).join('\n') + '\n'), ...bad('B.@two'), ...enc.encode('\n' + logiqa.split('\n').slice(6).join('\n'))])), txt.sink);
  assert.deepEqual(txt.got.map((w) => [w.code, w.line]), [['INVALID_UTF8', 6]]);
});

test('a UTF-8 byte-order mark is accepted; a lone surrogate escape is a warning', () => {
  const { got, sink } = collect();
  const ds = readDataset(tmpFile('bom.jsonl', '\ufeff' + line(item) + '{"context": "a\\ud800b", "question": "q", "options": ["x", "y"]}\n'), sink);
  assert.equal(ds.items.length, 2);
  assert.deepEqual(got.map((w) => [w.code, w.line]), [['LONE_SURROGATE', 2]]);
  assert.match(got[0].message, /context holds an unpaired/);
});

test('warnings of one kind are capped per file, with one line counting the rest', () => {
  const text = Array.from({ length: MAX_SHOWN_PER_CODE + 5 }, (_, i) => line({ ...item, id: 'same', context: `c${i}` })).join('');
  const { got, sink } = collect();
  const ds = readDataset(tmpFile('many.jsonl', text), sink);
  assert.equal(ds.warnings.length, MAX_SHOWN_PER_CODE + 4);
  assert.equal(got.length, MAX_SHOWN_PER_CODE + 1);
  assert.match(got[MAX_SHOWN_PER_CODE].message, /^4 more DUPLICATE_ID warning\(s\) not shown, lines 22, 23, 24, 25$/);
});

test('the golden hostile items give exactly their expected warnings, and no error', () => {
  const { got, sink } = collect();
  readDataset(`${GOLDEN_DIR}/tiny.items.jsonl`, sink);
  assert.deepEqual(got.map((w) => [w.code, w.line]), [['EMPTY_OPTION', 3], ['EMPTY_OPTION', 3], ['IDENTICAL_OPTIONS', 3], ['IDENTICAL_OPTIONS', 5]]);
});

test('parseJsonl and parseLogiqaText collect the same warnings when asked', () => {
  const ws: InputWarning[] = [];
  parseJsonl(line({ ...item, options: ['', 'b'] }), 'f.jsonl', ws);
  parseLogiqaText(logiqa.replace('D.fourth', 'D.first'), 't.txt', ws);
  assert.deepEqual(ws.map((w) => `${w.file}:${w.line} ${w.code}`), ['f.jsonl:1 EMPTY_OPTION', 't.txt:2 IDENTICAL_OPTIONS']);
});
