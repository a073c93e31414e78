// The Snips NLU dataset JSON reader: slots by slot_name, custom entities kept with their values,
// builtin entities mapped to slot types, and errors that name the JSON path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSnipsNlu } from './snips-nlu.ts';
import { CommandDataError } from './errors.ts';

const F = 'dataset.json';

const DATASET = {
  language: 'en',
  intents: {
    setTimer: {
      utterances: [
        { data: [{ text: 'set a ' }, { text: 'pasta', entity: 'timer_kind', slot_name: 'name' }, { text: ' timer for ' }, { text: 'ten minutes', entity: 'snips/duration', slot_name: 'duration' }] },
        { data: [{ text: 'timer ' }, { text: '5 min', entity: 'snips/duration', slot_name: 'duration' }] },
      ],
    },
    setHeat: { utterances: [{ data: [{ text: 'heat to ' }, { text: '21°', entity: 'snips/temperature', slot_name: 'temp' }, { text: ' 🔥 at ' }, { text: 'noon', entity: 'snips/datetime', slot_name: 'when' }] }] },
  },
  entities: {
    timer_kind: { data: [{ value: 'pasta', synonyms: ['spaghetti'] }], use_synonyms: true, automatically_extensible: false, matching_strictness: 1.0 },
    'snips/duration': {},
    'snips/temperature': {},
    'snips/datetime': {},
  },
};

test('utterances, slots, entities and builtin slot types', () => {
  const ds = parseSnipsNlu(JSON.stringify(DATASET), F);
  assert.equal(ds.examples.length, 3);
  assert.deepEqual(ds.examples[0].slots, [
    { slot: 'name', start: 6, end: 11, text: 'pasta' },
    { slot: 'duration', start: 22, end: 33, text: 'ten minutes' },
  ]);
  assert.deepEqual(ds.examples[2].slots[1], { slot: 'when', start: 17, end: 21, text: 'noon' }); // 🔥 is one code point
  assert.deepEqual(ds.intents.setTimer.slots, { name: { type: 'entity', entity: 'timer_kind' }, duration: { type: 'duration' } });
  assert.deepEqual(ds.intents.setHeat.slots, { temp: { type: 'temperature' }, when: { type: 'text' } });
  assert.deepEqual(ds.entities.timer_kind, { name: 'timer_kind', values: [{ value: 'pasta', synonyms: ['spaghetti'] }], automaticallyExtensible: false });
  assert.deepEqual(ds.examples[1].source, { file: F, index: 1 });
});

test('malformed datasets fail with the JSON path', () => {
  const bad = (mut: (d: any) => void) => {
    const d = structuredClone(DATASET) as any;
    mut(d);
    try {
      parseSnipsNlu(JSON.stringify(d), F);
    } catch (e) {
      assert.ok(e instanceof CommandDataError);
      return e;
    }
    assert.fail('no error');
  };
  assert.equal(bad((d) => delete d.intents.setTimer.utterances[1].data[1].slot_name).field, 'intents.setTimer.utterances[1].data[1]');
  assert.equal(bad((d) => (d.intents.setTimer.utterances[1].data[1].entity = 'snips/number')).code, 'INCONSISTENT');
  assert.equal(bad((d) => (d.entities.timer_kind.data[0].synonyms = 'x')).field, 'entities.timer_kind.data[0].synonyms');
  assert.equal(bad((d) => (d.intents.setHeat.utterances[0].data[0].text = 5)).code, 'BAD_FORMAT');
  assert.throws(() => parseSnipsNlu('{"intents": ', F), (e: unknown) => e instanceof CommandDataError && e.code === 'BAD_JSON');
});

test('an entity missing from "entities" is a warning and an open entity', () => {
  const d = structuredClone(DATASET) as any;
  delete d.entities.timer_kind;
  const warnings: any[] = [];
  const ds = parseSnipsNlu(JSON.stringify(d), F, warnings);
  assert.equal(ds.entities.timer_kind.automaticallyExtensible, true);
  assert.equal(warnings.length, 1);
});
