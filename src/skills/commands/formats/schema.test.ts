// The schema file: a valid schema merges over a dataset; every kind of mistake names file and field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeSchema, parseSchema, SCHEMA_FORMAT } from './schema.ts';
import { parseRasa } from './rasa.ts';
import { CommandDataError } from './errors.ts';

const F = 'schema.json';
const GOOD = {
  format: SCHEMA_FORMAT,
  intents: {
    heat: { slots: { temp: { type: 'temperature', unit: 'fahrenheit', decimals: 1, required: true }, room: { type: 'entity', entity: 'room' } } },
    open_garage: { unsafe: true, refusal: 'Not by voice.', slots: {} },
    never_seen: {},
  },
  entities: { room: { automatically_extensible: false, values: ['kitchen', { value: 'living_room', synonyms: ['lounge'] }] } },
};

test('a valid schema parses (units canonical) and merges over the data', () => {
  const schema = parseSchema(JSON.stringify(GOOD), F);
  assert.deepEqual(schema.intents.heat.slots.temp, { type: 'temperature', unit: 'F', decimals: 1, required: true });
  assert.equal(schema.entities.room.automaticallyExtensible, false);
  const ds = parseRasa('## intent:heat\n- heat the [lounge](room) to [70](temp) please [now](when)\n## intent:open_garage\n- open the garage\n', 'nlu.md');
  const merged = mergeSchema(ds, schema, F);
  assert.deepEqual(merged.intents.heat.slots, {
    temp: { type: 'temperature', unit: 'F', decimals: 1, required: true },
    room: { type: 'entity', entity: 'room' },
    when: { type: 'text' },
  });
  assert.equal(merged.intents.open_garage.unsafe, true);
  assert.equal(merged.intents.open_garage.refusal, 'Not by voice.');
  assert.deepEqual(merged.entities.room.values.map((v) => v.value), ['kitchen', 'living_room']);
  assert.equal(merged.entities.room.automaticallyExtensible, false);
  assert.deepEqual(merged.warnings.map((w) => w.message), [
    'intents.heat.slots: slot "when" is used in the data but not listed; kept as free text',
    'intents.never_seen: no example of this intent in the data',
  ]);
});

test('mistakes name the field', () => {
  const cases: [(s: any) => void, string, RegExp][] = [
    [(s) => (s.format = 'x'), 'format', /engram-command-schema/],
    [(s) => (s.intents.heat.slots.temp.type = 'colour'), 'intents.heat.slots.temp.type', /one of/],
    [(s) => (s.intents.heat.slots.temp.unit = 'km'), 'intents.heat.slots.temp.unit', /length unit/],
    [(s) => (s.intents.heat.slots.temp.unit = 'parsec'), 'intents.heat.slots.temp.unit', /unknown unit/],
    [(s) => (s.intents.heat.slots.temp.decimals = 9), 'intents.heat.slots.temp.decimals', /0\.\.6/],
    [(s) => (s.intents.heat.slots.room.entity = 'nowhere'), 'intents.heat.slots.room.entity', /not defined/],
    [(s) => delete s.intents.heat.slots.room.entity, 'intents.heat.slots.room.entity', /must name/],
    [(s) => delete s.intents.open_garage.refusal, 'intents.open_garage.refusal', /refusal/],
    [(s) => (s.intents.heat.refusal = 'x'), 'intents.heat.unsafe', /not marked/],
    [(s) => (s.intents.heat.slotz = {}), 'intents.heat.slotz', /unknown field/],
    [(s) => (s.entities.room.values.push('kitchen')), 'entities.room.values[2].value', /twice/],
    [(s) => (s.entities.room.values = 'kitchen'), 'entities.room.values', /array/],
    [(s) => (s.intents['bad name'] = {}), 'intents.bad name', /not a name/],
  ];
  for (const [mut, field, message] of cases) {
    const s = structuredClone(GOOD);
    mut(s);
    assert.throws(() => parseSchema(JSON.stringify(s), F), (e: unknown) => {
      assert.ok(e instanceof CommandDataError && e.code === 'BAD_SCHEMA', String(e));
      assert.equal(e.field, field);
      assert.match(e.message, message);
      assert.ok(e.message.startsWith(`${F} (${field}): `), e.message);
      return true;
    });
  }
  assert.throws(() => parseSchema('{', F), (e: unknown) => e instanceof CommandDataError && e.code === 'BAD_JSON');
});
