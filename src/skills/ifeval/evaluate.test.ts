// Strict/loose evaluation, response matching, output format, and input errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { createContext } from './context.ts';
import { evaluate, judge, looseVariants } from './evaluate.ts';
import { formatOutputLine, readInputs, readResponses, writeOutputs } from './io.ts';
import { InputFileError } from '../../io/input-error.ts';
import { SKIP_REASON, dataPath } from './test-data.ts';
import type { InputExample } from './types.ts';

test('loose variants: the official eight, in order', () => {
  assert.deepEqual(looseVariants('Title\n*body*\nend'), [
    'Title\n*body*\nend',
    'Title\nbody\nend',
    '*body*\nend',
    'Title\n*body*',
    '*body*',
    'body\nend',
    'Title\nbody',
    'body',
  ]);
  assert.deepEqual(looseVariants('one'), ['one', 'one', '', '', '', '', '', '']);
});

test('output rows are printed as Python json.dumps does (sorted attributes, ASCII escapes)', () => {
  const line = formatOutputLine({
    instruction_id_list: ['punctuation:no_comma'],
    prompt: 'p "q"',
    response: 'é\n😀',
    follow_all_instructions: true,
    follow_instruction_list: [true],
  });
  assert.equal(
    line,
    '{"follow_all_instructions": true, "follow_instruction_list": [true], "instruction_id_list": ["punctuation:no_comma"], "prompt": "p \\"q\\"", "response": "\\u00e9\\n\\ud83d\\ude00"}',
  );
});

test('malformed JSONL names the file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ifeval-'));
  const f = join(dir, 'r.jsonl');
  writeFileSync(f, '{"prompt": "a", "response": "b"}\n\n{"prompt": "a", response}\n');
  assert.throws(() => readResponses(f), (e: unknown) => e instanceof InputFileError && e.line === 3 && e.message.startsWith(`${f}:3:`));
  writeFileSync(f, '{"prompt": "a", "response": 3}\n');
  assert.throws(() => readResponses(f), /r\.jsonl:1: "response" must be a string/);
  writeFileSync(f, '{"key": 1, "prompt": "a", "instruction_id_list": ["x"], "kwargs": []}\n');
  assert.throws(() => readInputs(f), /:1: "kwargs" must be a list/);
});

const data = dataPath('punkt-english');

test('missing responses are reported and count as not followed; outputs written atomically', (t) => {
  if (!data) return t.skip(SKIP_REASON);
  const ctx = createContext({ punktDir: data });
  const inputs: InputExample[] = [
    { key: 1, prompt: 'A', instruction_id_list: ['punctuation:no_comma'], kwargs: [{}] },
    { key: 2, prompt: 'B', instruction_id_list: ['punctuation:no_comma', 'startend:quotation'], kwargs: [{}, {}] },
  ];
  const ev = evaluate(inputs, new Map([['A', 'no commas here']]), ctx);
  assert.deepEqual(ev.missing, ['B']);
  assert.deepEqual(ev.strict.map((o) => o.follow_instruction_list), [[true], [false, false]]);
  const dir = mkdtempSync(join(tmpdir(), 'ifeval-'));
  writeOutputs(join(dir, 'out', 'eval_results_strict.jsonl'), ev.strict);
  const rows = readFileSync(join(dir, 'out', 'eval_results_strict.jsonl'), 'utf8').trim().split('\n');
  assert.equal(rows.length, 2);
  assert.equal(JSON.parse(rows[1]).response, '');
});

test('property: loose is a superset of strict for every response', (t) => {
  if (!data) return t.skip(SKIP_REASON);
  const ctx = createContext({ punktDir: data });
  const inp: InputExample = {
    key: 0,
    prompt: 'p',
    instruction_id_list: [
      'punctuation:no_comma', 'startend:quotation', 'detectable_format:title', 'length_constraints:number_sentences',
      'change_case:capital_word_frequency', 'detectable_format:number_highlighted_sections', 'length_constraints:number_words',
      'change_case:english_lowercase', 'detectable_format:json_format', 'combination:two_responses',
    ],
    kwargs: [
      {}, {}, {}, { num_sentences: 2, relation: 'less than' }, { capital_frequency: 2, capital_relation: 'at least' },
      { num_highlights: 1 }, { num_words: 5, relation: 'at least' }, {}, {}, {},
    ],
  };
  const pieces = fc.constantFrom('*', '**', '\n', ' ', ',', '"', '<<T>>', 'Hello', 'WORLD', '.', '******', '{"a": 1}', 'x y z');
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.array(pieces).map((a) => a.join(''))), (response) => {
      const v = judge(inp, response, ctx);
      v.strict.forEach((s, i) => assert.ok(!s || v.loose[i], `instruction ${inp.instruction_id_list[i]}`));
    }),
    { seed: 14, numRuns: 300 },
  );
});
