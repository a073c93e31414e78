// The published GPT-4 responses score as the official evaluator reports: prompt-level strict
// 0.7708 (417/541) and loose 0.7967 (431/541).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createContext } from './context.ts';
import { evaluate, summarize } from './evaluate.ts';
import { readInputs, readResponses } from './io.ts';
import { SKIP_REASON, dataPath } from './test-data.ts';

test('GPT-4 (2023-11-07) responses: official prompt-level accuracy', (t) => {
  const data = dataPath('ifeval/responses_gpt4_20231107.jsonl') && dataPath('ifeval');
  if (!data || !dataPath('punkt-english')) return t.skip(SKIP_REASON);
  const ctx = createContext({ punktDir: dataPath('punkt-english') });
  const ev = evaluate(readInputs(join(data, 'input_data.jsonl')), readResponses(join(data, 'responses_gpt4_20231107.jsonl')), ctx);
  const strict = summarize(ev.strict);
  const loose = summarize(ev.loose);
  assert.equal(ev.missing.length, 0);
  assert.deepEqual(strict.prompt, { correct: 417, total: 541 });
  assert.deepEqual(loose.prompt, { correct: 431, total: 541 });
  assert.deepEqual(strict.instruction, { correct: 698, total: 834 });
  assert.deepEqual(loose.instruction, { correct: 714, total: 834 });
});
