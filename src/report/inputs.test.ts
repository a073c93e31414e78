// Readers of other commands' JSON: board report, IFEval scores and extra systems in a summary, each in
// the shapes they accept, and a clear error for the ones they cannot use.
import { InputFileError } from '../io/input-error.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parityFrom } from './board.ts';
import { extraSystemRows } from './extra-systems.ts';
import { ifevalFrom } from './ifeval.ts';


test('board report: flat and nested score fields, match derived when absent', () => {
  const p = parityFrom('b.json', {
    summary: { n: 2, host_full_match: 1, instret_median: 10 },
    items: [
      { id: 'a', host_scores: [1, 2], board_scores: [1, 2], instret: 10 },
      { id: 'b', host: { scores: [3] }, board: { scores: [4], instret: 12 } },
    ],
  });
  assert.deepEqual(p.items, [
    { id: 'a', match: true, instret: 10 },
    { id: 'b', match: false, instret: 12 },
  ]);
  assert.equal(p.points.length, 3);
  assert.equal(p.summary.host_full_match, 1);
  assert.throws(() => parityFrom('b.json', [1]), InputFileError);
});

test('IFEval: per-instruction rates, counts, and the evaluator’s verdict rows', () => {
  const a = ifevalFrom('i.json', { prompt_level_strict: 0.5, prompts: 4, per_instruction: [{ instruction: 'x:y', n: 4, strict: 3, loose: 4 }] });
  assert.deepEqual(a.instructions, [{ instruction: 'x:y', n: 4, strict: 0.75, loose: 1 }]);
  assert.equal(a.promptStrict, 0.5);
  const row = (ids: string[], f: boolean[]) => ({ instruction_id_list: ids, follow_instruction_list: f });
  const b = ifevalFrom('i.json', {
    strict: [row(['p', 'q'], [true, false]), row(['p'], [true])],
    loose: [row(['p', 'q'], [true, true]), row(['p'], [true])],
  });
  assert.deepEqual(b.instructions, [
    { instruction: 'q', n: 1, strict: 0, loose: 1 },
    { instruction: 'p', n: 2, strict: 1, loose: 1 },
  ]);
  assert.deepEqual([b.promptStrict, b.promptLoose, b.prompts], [0.5, 1, 2]);
  assert.throws(() => ifevalFrom('i.json', { hello: 1 }), /no per-instruction results/);
});

test('extra systems in a summary: arrays, maps, per-split objects, accuracy-only numbers', () => {
  const rows = extraSystemRows('logiqa', {
    systems: [{ name: 'ensemble', split: 'test', correct: 20, n: 80 }],
    baselines: { 'tf-idf': { dev: { correct: 5, n: 10 }, test: 0.3 } },
    ablations: [{ name: 'no bigrams', splits: { test: { accuracy: 0.24, ci95: [0.2, 0.28] } } }],
    unrelated: { test: 1 },
  });
  assert.deepEqual(
    rows.map((r) => [r.system, r.split, r.kind, r.accuracy, r.n ?? null]),
    [
      ['ensemble', 'test', 'other', 0.25, 80],
      ['tf-idf', 'dev', 'baseline', 0.5, 10],
      ['tf-idf', 'test', 'baseline', 0.3, null],
      ['no bigrams', 'test', 'other', 0.24, null],
    ],
  );
});
