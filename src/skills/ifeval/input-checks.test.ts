// The IFEval verifier against hostile input files (docs/validation.md): duplicated and unknown
// prompts are warnings at file:line (the last duplicate wins, as the official dict does), empty
// files and files matching no prompt are errors, a UTF-8 BOM is accepted by every JSONL reader,
// and a letter_frequency letter outside a-z gives an "undefined" verdict beside the
// official-compatible one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCheck } from './registry.ts';
import { undefinedReason } from './checkers/undefined-verdict.ts';
import { evaluate, matchResponses } from './evaluate.ts';
import { InputFileError } from '../../io/input-error.ts';
import { formatOutputLine, readInputs, readJsonl, readResponseFile, readResponses } from './io.ts';
import { formatSummary, scoreJson } from './report.ts';
import { readPrompts } from '../respond/respond.ts';
import type { CheckContext, InputExample } from './types.ts';
import type { InputWarning } from '../../io/warning.ts';

const file = (name: string, text: string) => {
  const p = join(mkdtempSync(join(tmpdir(), 'ifeval-checks-')), name);
  writeFileSync(p, text);
  return p;
};
const collect = () => {
  const got: InputWarning[] = [];
  return { got, sink: (w: InputWarning) => got.push(w) };
};
const row = (prompt: string, response: string) => JSON.stringify({ prompt, response }) + '\n';
const inputRow = (key: number, prompt: string) => JSON.stringify({ key, prompt, instruction_id_list: ['punctuation:no_comma'], kwargs: [{}] }) + '\n';

test('a duplicated prompt warns at the winning (last) row, naming the rows it replaced', () => {
  const f = file('r.jsonl', row('A', 'one') + row('B', 'b') + row('A', 'two') + row('A', 'three') + row('B', 'b'));
  const { got, sink } = collect();
  const rf = readResponseFile(f, sink);
  assert.equal(rf.responses.get('A'), 'three');
  assert.equal(rf.lines.get('A'), 4);
  assert.deepEqual(got.map((w) => [w.code, w.line]), [['DUPLICATE_PROMPT', 4], ['DUPLICATE_PROMPT', 5]]);
  assert.match(String(got[0]), /r\.jsonl:4: prompt "A" is also answered on line 1, 3 \(different response\); this row, the last, is the one scored/);
  assert.match(got[1].message, /line 2 \(same response\)/);
  // The Map-returning reader keeps the official "last wins" too.
  assert.equal(readResponses(f, () => {}).get('A'), 'three');
});

test('an empty responses or input file is an error, not a 0/0 score', () => {
  for (const text of ['', '\n\n  \n']) {
    assert.throws(() => readResponseFile(file('r.jsonl', text), () => {}), (e: unknown) => e instanceof InputFileError && /no responses/.test(e.message));
    assert.throws(() => readInputs(file('i.jsonl', text), () => {}), (e: unknown) => e instanceof InputFileError && /no prompts/.test(e.message));
  }
});

test('responses whose prompt is not an input warn at their line; none matching is an error', () => {
  const inputs = readInputs(file('i.jsonl', inputRow(1, 'A') + inputRow(2, 'B')), () => {});
  const { got, sink } = collect();
  matchResponses(inputs, readResponseFile(file('r.jsonl', row('A', 'x') + row('Z', 'y') + row('a', 'z')), () => {}), sink);
  assert.deepEqual(got.map((w) => [w.code, w.line]), [['UNKNOWN_PROMPT', 2], ['UNKNOWN_PROMPT', 3]]);
  assert.match(got[0].message, /prompt "Z" is not in the input file; this response is not scored/);
  assert.throws(
    () => matchResponses(inputs, readResponseFile(file('r.jsonl', row('Z', 'y') + row(' A', 'x')), () => {}), () => {}),
    (e: unknown) => e instanceof InputFileError && /r\.jsonl: none of the 2 response prompt\(s\) matches a prompt of the input file/.test(e.message),
  );
});

test('a UTF-8 BOM is accepted by every IFEval JSONL reader; bytes that are not UTF-8 warn', () => {
  const bom = '\ufeff';
  assert.equal(readInputs(file('i.jsonl', bom + inputRow(1, 'A')), () => {})[0].prompt, 'A');
  assert.equal(readResponseFile(file('r.jsonl', bom + row('A', 'x')), () => {}).responses.get('A'), 'x');
  assert.deepEqual(readPrompts(file('p.jsonl', bom + inputRow(1, 'A'))), ['A']);
  assert.equal(readJsonl(file('j.jsonl', bom + '{"a": 1}\n'), () => {}).length, 1);
  const p = join(mkdtempSync(join(tmpdir(), 'ifeval-checks-')), 'bad.jsonl');
  writeFileSync(p, Buffer.concat([Buffer.from(row('A', 'x')), Buffer.from('{"prompt": "B\xff", "response": "y"}\n', 'latin1')]));
  const { got, sink } = collect();
  const rf = readResponseFile(p, sink);
  assert.deepEqual(got.map((w) => [w.code, w.line]), [['INVALID_UTF8', 2]]);
  assert.ok(rf.responses.has('B\ufffd'));
});

// letter_frequency needs neither Punkt nor a language detector.
const ctx = { punkt: undefined as never, detectLanguage: () => 'en' } satisfies CheckContext;
const letter = (l: string) => buildCheck('keywords:letter_frequency', { letter: l, let_frequency: 1, let_relation: 'less than' }, ctx, 'p');

test('letter_frequency: a letter outside a-z is marked undefined; the boolean stays official-compatible', () => {
  for (const l of ['a', 'Z', '\u212a' /* Kelvin sign: Python lowercases it to "k" */]) assert.equal(undefinedReason(letter(l)), undefined, l);
  for (const l of ['#', '!', '1', ' ', 'é', 'İ']) assert.match(undefinedReason(letter(l)) ?? '', /is not a-z, so the official evaluator draws a random letter/, l);
  // Official-compatible (what the port always did, and what the parity tests pin): the symbol is counted.
  assert.equal(letter('#')('no hash here'), true);
  assert.equal(letter('#')('#'), false);
});

test('an undefined verdict shows as "undefined" in verdict_list, counted in the summary with the official range', () => {
  const inputs: InputExample[] = [
    { key: 1, prompt: 'P1', instruction_id_list: ['keywords:letter_frequency', 'punctuation:no_comma'], kwargs: [{ letter: '#', let_frequency: 1, let_relation: 'less than' }, {}] },
    { key: 2, prompt: 'P2', instruction_id_list: ['keywords:letter_frequency'], kwargs: [{ letter: 'q', let_frequency: 1, let_relation: 'less than' }] },
  ];
  const ev = evaluate(inputs, new Map([['P1', 'no hash'], ['P2', 'no letter']]), ctx);
  assert.deepEqual(ev.undefinedVerdicts.map((u) => [u.prompt, u.instruction_id]), [['P1', 'keywords:letter_frequency']]);
  assert.deepEqual(ev.strict[0].follow_instruction_list, [true, true]);
  assert.deepEqual(ev.strict[0].verdict_list, ['undefined', true]);
  assert.equal(ev.strict[1].verdict_list, undefined);
  // Rows without an undefined verdict keep the official five keys; the others add verdict_list last.
  assert.match(formatOutputLine(ev.strict[0]), /"response": "no hash", "verdict_list": \["undefined", true\]\}$/);
  assert.doesNotMatch(formatOutputLine(ev.strict[1]), /verdict_list/);
  const j = scoreJson(ev);
  assert.equal(j.prompt_strict, 1); // official-compatible: both prompts followed
  assert.deepEqual(j.undefined_verdicts.range.prompt_strict, [0.5, 1]);
  assert.deepEqual(j.undefined_verdicts.range.instruction_strict, [2 / 3, 1]);
  assert.deepEqual([j.undefined_verdicts.instructions, j.undefined_verdicts.prompts], [1, 1]);
  const text = formatSummary(ev);
  assert.match(text, /undefined verdicts: 1 instruction\(s\) in 1 prompt\(s\)/);
  assert.match(text, /prompt-level strict 0\.5000\.\.1\.0000/);
  assert.doesNotMatch(formatSummary(evaluate([inputs[1]], new Map([['P2', 'x']]), ctx)), /undefined/);
});
