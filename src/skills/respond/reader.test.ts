// The instruction reader (reader.ts): its weights are what train-reader.ts makes from the development data,
// its extractors read arguments stated without quotes (phrasings written for this test, not taken from any
// scored set), patterns keep priority, and the RCLS section is checked at load.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContainer, writeContainer } from '../../artifact/container.ts';
import { buildResponderArtifact, loadResponder } from './artifact.ts';
import { clauses, READER_IDS, READER_LOG2 } from './reader.ts';
import { IfevalResponder } from './respond.ts';
import { tokenize } from './tokenize.ts';
import { train, trainingSets, weightsSource } from './train-reader.ts';
import { findDataDir } from '../../io/data-dir.ts';

const dataDir = findDataDir();
const root = new URL('../../../', import.meta.url).pathname;
const noData = dataDir && existsSync(join(dataDir, 'ifeval', 'input_data.jsonl')) ? false : 'IFEval data not found: set ENGRAM_DATA_DIR';

test('reader-weights.ts is what train-reader.ts makes (seeded, integer: same data, same bytes)', { skip: noData }, () => {
  const tr = train(trainingSets(dataDir!, root));
  assert.equal(readFileSync(join(root, 'src/skills/respond/reader-weights.ts'), 'utf8'), weightsSource(tr));
  assert.equal(tr.weights.length, READER_IDS.length << READER_LOG2);
});

test('clauses are cut at . ? ! ; and line breaks', () => {
  const t = tokenize(new TextEncoder().encode('Write a poem. Keep it short; no commas!\nThanks'));
  assert.equal(clauses(t).length, 4);
});

test('extractors read unquoted keywords, placeholder counts and end phrases after a colon', () => {
  const r = IfevalResponder.builtIn();
  assert.deepEqual(r.plan('Write a note to my neighbour about the hedge. Please bring up the compost heap since it smells.').keywords, ['compost heap']);
  assert.deepEqual(r.plan('Write a short story about a lighthouse keeper. Be sure to mention seagulls.').keywords, ['seagulls']);
  assert.equal(r.plan('Draft an invitation for the school fair. Make it a form with at least 4 gaps in square brackets like [name] for parents to complete.').placeholders, 4);
  assert.equal(r.plan('Write a memo about the new parking rules. Always finish with this sentence: See you next week!').endPhrase, 'See you next week!');
});

test('patterns keep priority: a quoted keyword list read by a pattern is not read again', () => {
  const r = IfevalResponder.builtIn();
  assert.deepEqual(r.plan('Write a haiku about rain. Include the keywords "puddle" and "umbrella".').keywords, ['puddle', 'umbrella']);
});

test('RCLS: a class count other than 0 or 25 is refused at load', () => {
  const secs = readContainer(buildResponderArtifact());
  const cls = secs.find((s) => s.tag === 'RCLS')!;
  const bad = cls.data.slice();
  new DataView(bad.buffer).setUint32(0, 3, true);
  const bytes = writeContainer(secs.map((s) => ({ tag: s.tag, data: s.tag === 'RCLS' ? bad : s.data })));
  assert.throws(() => loadResponder(bytes), /RCLS/);
});
