// `engram ifeval score` end to end: --json, --out-dir, and a malformed-line error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SKIP_REASON, dataPath } from './test-data.ts';

const BIN = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'bin', 'engram.mjs');
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
  assert.match(r.stderr, /bad\.jsonl:2: malformed JSON/);
  assert.equal(existsSync(join(dir, 'o')), false);
});

test('a missing Punkt folder is a clear error', () => {
  const r = run(['--input', 'x.jsonl', '--responses', 'y.jsonl', '--punkt', '/nonexistent/punkt']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /Punkt parameter file abbrev_types\.txt not found in \/nonexistent\/punkt/);
});
