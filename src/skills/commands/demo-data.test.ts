// The demo dataset (data/demo-commands): it reads without errors or warnings, has the documented
// shape (intents, out-of-scope and unsafe examples, the train/test sizes), follows its split rule,
// and every value the schema types can be normalized except the few documented ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { readCommandData } from './formats/index.ts';
import { splitOf } from './formats/split.ts';
import { normalizeValue } from './normalize/index.ts';
import { OUT_OF_SCOPE } from './types.ts';

const DIR = fileURLToPath(new URL('../../../data/demo-commands/', import.meta.url));
const SCHEMA = `${DIR}schema.json`;

/** Slot texts the normalizers knowingly do not read ("a marathon" has no unit). */
const KNOWN_UNREAD = new Set(['a marathon']);

test('demo data: shape, split rule, schema coverage, normalizable values', () => {
  const train = readCommandData([`${DIR}train.md`], { schema: SCHEMA });
  const testSet = readCommandData([`${DIR}test.md`], { schema: SCHEMA });
  for (const ds of [train, testSet]) assert.deepEqual(ds.warnings, []);
  assert.equal(Object.keys(train.intents).length, 16);
  assert.ok(train.examples.length >= 400 && train.examples.length <= 600, `train ${train.examples.length}`);
  assert.ok(testSet.examples.length >= 120 && testSet.examples.length <= 200, `test ${testSet.examples.length}`);
  for (const ex of train.examples) assert.equal(splitOf(ex.text), 'train', ex.text);
  for (const ex of testSet.examples) assert.equal(splitOf(ex.text), 'test', ex.text);
  const both = readCommandData([`${DIR}train.md`, `${DIR}test.md`], { schema: SCHEMA });
  assert.deepEqual(both.warnings, [], 'no query is in both splits');
  const unsafe = Object.values(both.intents).filter((i) => i.unsafe);
  assert.deepEqual(unsafe.map((i) => i.name).sort(), ['disable_safety_alarm', 'unlock_door']);
  for (const i of unsafe) assert.ok(i.refusal && i.refusal.length > 20);
  for (const ds of [train, testSet]) {
    assert.ok(ds.examples.some((e) => e.intent === OUT_OF_SCOPE));
    for (const i of unsafe) assert.ok(ds.examples.some((e) => e.intent === i.name));
  }
  for (const ex of both.examples) {
    for (const s of ex.slots) {
      const schema = both.intents[ex.intent].slots[s.slot];
      assert.ok(schema, `${ex.source.file}:${ex.source.line}: slot ${s.slot} not in the schema`);
      if (KNOWN_UNREAD.has(s.text)) continue;
      assert.ok(normalizeValue(schema, s.text, both.entities), `${ex.source.file}:${ex.source.line}: ${s.slot} ${JSON.stringify(s.text)}`);
    }
  }
});
