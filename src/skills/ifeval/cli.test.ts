// `engram ifeval score` end to end: --json, --out-dir, a malformed-line error, and the input checks
// of docs/validation.md (warnings on stderr, errors with exit 1, undefined verdicts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SKIP_REASON, dataPath } from './test-data.ts';

const BIN = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..', 'bin', 'engram.mjs');
const run = (args: string[]) => spawnSync(process.execPath, [BIN, 'ifeval', 'score', ...args], { encoding: 'utf8' });

test('score --json --out-dir on the GPT-4 responses', (t) => {
  const data = dataPath('ifeval');
  const punkt = dataPath('punkt-english');
  if (!data || !punkt) return t.skip(SKIP_REASON);
  const out = mkdtempSync(join(tmpdir(), 'ifeval-cli-'));
  const r = run([
    '--input', join(data, 'input_data.jsonl'),
    '--responses', join(data, 'responses_gpt4_20231107.jsonl'),
    '--punkt', punkt, '--json', '--out-dir', out,
  ]);
  assert.equal(r.status, 0, r.stderr);
  const j = JSON.parse(r.stdout);
  assert.equal(j.n, 541);
  assert.equal(j.missing_responses, 0);
  assert.equal(j.prompt_strict, 417 / 541);
  assert.equal(j.prompt_loose, 431 / 541);
  assert.equal(j.per_instruction['startend:quotation'].n, 41);
  for (const f of ['eval_results_strict.jsonl', 'eval_results_loose.jsonl']) {
    const rows = readFileSync(join(out, f), 'utf8').trim().split('\n');
    assert.equal(rows.length, 541);
    assert.deepEqual(Object.keys(JSON.parse(rows[0])), [
      'follow_all_instructions', 'follow_instruction_list', 'instruction_id_list', 'prompt', 'response',
    ]);
  }
});

test('a malformed responses line is reported with file and line number', (t) => {
  const data = dataPath('ifeval');
  const punkt = dataPath('punkt-english');
  if (!data || !punkt) return t.skip(SKIP_REASON);
  const dir = mkdtempSync(join(tmpdir(), 'ifeval-cli-'));
  const bad = join(dir, 'bad.jsonl');
  writeFileSync(bad, '{"prompt": "x", "response": "y"}\nnot json\n');
  const r = run(['--input', join(data, 'input_data.jsonl'), '--responses', bad, '--punkt', punkt, '--out-dir', join(dir, 'o')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /bad\.jsonl:2: invalid JSON/);
  assert.equal(existsSync(join(dir, 'o')), false);
});

test('a missing Punkt folder is a clear error', () => {
  const r = run(['--input', 'x.jsonl', '--responses', 'y.jsonl', '--punkt', '/nonexistent/punkt']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /Punkt parameter file abbrev_types\.txt not found in \/nonexistent\/punkt/);
});

test('duplicated and unknown prompts warn with file:line and exit 0; empty or unmatched responses exit 1', (t) => {
  const data = dataPath('ifeval');
  const punkt = dataPath('punkt-english');
  if (!data || !punkt) return t.skip(SKIP_REASON);
  const dir = mkdtempSync(join(tmpdir(), 'ifeval-cli-'));
  const official = readFileSync(join(data, 'responses_gpt4_20231107.jsonl'), 'utf8').split('\n').filter(Boolean);
  const third = JSON.parse(official[2]) as { prompt: string; response: string }; // followed in strict mode
  const input = join(data, 'input_data.jsonl');
  const r1 = join(dir, 'dup.jsonl');
  // A BOM, the official rows, an unknown prompt, then a worse duplicate of row 3 (which wins).
  writeFileSync(r1, '\ufeff' + official.join('\n') + '\n' + JSON.stringify({ prompt: 'no such prompt', response: 'x' }) + '\n' + JSON.stringify({ prompt: third.prompt, response: '' }) + '\n');
  const r = run(['--input', input, '--responses', r1, '--punkt', punkt, '--json']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /dup\.jsonl:543: prompt "Write a resume for a fresh high school graduate.*" is also answered on line 3 \(different response\); this row, the last, is the one scored.*\(DUPLICATE_PROMPT\)/);
  assert.match(r.stderr, /dup\.jsonl:542: prompt "no such prompt" is not in the input file; this response is not scored \(UNKNOWN_PROMPT\)/);
  assert.equal(JSON.parse(r.stdout).prompt_strict, 416 / 541, 'the last row (an empty response) is the one scored');
  for (const [name, text, re] of [
    ['empty.jsonl', '', /empty\.jsonl: no responses: the file has no JSON rows/],
    ['none.jsonl', JSON.stringify({ prompt: 'no such prompt', response: 'x' }) + '\n', /none\.jsonl: none of the 1 response prompt\(s\) matches/],
  ] as const) {
    writeFileSync(join(dir, name), text);
    const e = run(['--input', input, '--responses', join(dir, name), '--punkt', punkt]);
    assert.equal(e.status, 1);
    assert.match(e.stderr, re);
    assert.equal(e.stdout, '');
  }
});

test('the summary reports undefined letter_frequency verdicts beside the official-compatible figures', (t) => {
  const data = dataPath('ifeval');
  const punkt = dataPath('punkt-english');
  if (!data || !punkt) return t.skip(SKIP_REASON);
  const args = ['--input', join(data, 'input_data.jsonl'), '--responses', join(data, 'responses_gpt4_20231107.jsonl'), '--punkt', punkt];
  const text = run(args).stdout;
  assert.match(text, /prompt-level {8}0\.7708 \(417\/541\)/);
  assert.match(text, /undefined verdicts: 2 instruction\(s\) in 2 prompt\(s\)/);
  assert.match(text, /letter "#" is not a-z/);
  const j = JSON.parse(run([...args, '--json']).stdout);
  assert.equal(j.prompt_strict, 417 / 541);
  assert.deepEqual(j.undefined_verdicts.range.prompt_strict, [415 / 541, 417 / 541]);
});
