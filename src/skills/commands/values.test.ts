// Slot schemas and hashed entity lists in the artifact: a synonym resolves to its value, a listed
// value to itself, an unlisted text only for an extensible entity; the tables survive the artifact
// round trip exactly; the loader refuses unsorted keys and a unit of the wrong kind (BAD_SECTION).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArtifactError } from '../../artifact/errors.ts';
import { refreshCrcs } from '../../artifact/test-support.ts';
import { readContainer } from '../../artifact/container.ts';
import { commandsSections, loadCommandsArtifact, writeCommandsArtifact } from './artifact.ts';
import { writeContainer } from '../../artifact/container.ts';
import { buildModel, DEFAULT_BUILD } from './build.ts';
import { CommandsRuntime } from './runtime.ts';
import type { CommandDataset } from './types.ts';
import { buildValueTables, resolvers } from './values.ts';

const ex = (text: string, intent: string, slots: Array<[string, string]> = []) => ({
  text,
  intent,
  slots: slots.map(([slot, t]) => ({ slot, text: t, start: [...text].length - [...t].length, end: [...text].length })),
  source: { file: 't.md', line: 1 },
});

const DS: CommandDataset = {
  examples: [
    ...['kitchen', 'living room', 'bedroom', 'lounge'].map((r) => ex(`lights on in the ${r}`, 'lights', [['room', r]])),
    ...['21 degrees', '70 F', '19.5 C'].map((t) => ex(`set the heating to ${t}`, 'heat', [['temperature', t]])),
  ],
  intents: {
    lights: { name: 'lights', slots: { room: { type: 'entity', entity: 'room' } } },
    heat: { name: 'heat', slots: { temperature: { type: 'temperature', unit: 'C', decimals: 1, required: true } } },
  },
  entities: {
    room: { name: 'room', automaticallyExtensible: false, values: [{ value: 'living_room', synonyms: ['living room', 'lounge'] }, { value: 'kitchen', synonyms: [] }] },
    unused: { name: 'unused', automaticallyExtensible: true, values: [{ value: 'x', synonyms: [] }] },
  },
  warnings: [],
};
const OPTS = { ...DEFAULT_BUILD, taggerBits: 10, intentBits: 8, minWeight: 1 };

test('value tables: only used entities; plain values as keys, synonyms with their value', () => {
  const t = buildValueTables(DS);
  assert.deepEqual(t.entities, [{ name: 'room', automaticallyExtensible: false }]);
  assert.equal(t.keys.length, 1); // "kitchen"
  assert.deepEqual([...t.synonymValues], ['living_room', 'living_room']); // "living room" (the value's own key) and "lounge"
  const room = resolvers(t).room;
  assert.equal(room.lookup('lounge'), 'living_room');
  assert.equal(room.lookup('kitchen'), 'kitchen');
  assert.equal(room.lookup('attic'), undefined);
});

test('artifact round trip keeps schemas and tables; the runtime fills values and missing', () => {
  const bytes = writeCommandsArtifact(buildModel(DS, OPTS));
  const m = loadCommandsArtifact(bytes);
  assert.deepEqual(writeCommandsArtifact(m), bytes);
  const heat = m.intents.find((i) => i.name === 'heat')!;
  assert.deepEqual(heat.schema, [{ type: 'temperature', required: true, unit: 'C', decimals: 1 }]);
  const rt = new CommandsRuntime(m);
  const f = rt.parse('set the heating to 70 F', 'heat');
  assert.deepEqual(f.slots[0].value, { kind: 'temperature', value: 211, scale: 10, unit: 'C', text: '21.1 C' });
  assert.deepEqual(rt.parse('set the heating', 'heat').missing, ['temperature']);
  const l = rt.parse('lights on in the lounge', 'lights');
  assert.deepEqual(l.slots[0].value, { kind: 'entity', entity: 'room', value: 'living_room', listed: true, text: 'living_room' });
});

function rewrite(bytes: Uint8Array, tag: string, edit: (d: Uint8Array) => Uint8Array): Uint8Array {
  return writeContainer(readContainer(bytes).map((s) => ({ tag: s.tag, data: s.tag === tag ? edit(new Uint8Array(s.data)) : s.data })));
}

test('loader: unsorted CEKY keys and a length unit on a temperature slot are BAD_SECTION', () => {
  const two: CommandDataset = { ...DS, entities: { ...DS.entities, room: { ...DS.entities.room, values: [{ value: 'kitchen', synonyms: [] }, { value: 'attic', synonyms: [] }] } } };
  const bytes = writeCommandsArtifact(buildModel(two, OPTS));
  const swapped = rewrite(bytes, 'CEKY', (d) => new Uint8Array([...d.subarray(4, 8), ...d.subarray(0, 4)]));
  assert.throws(() => loadCommandsArtifact(swapped), (e: unknown) => e instanceof ArtifactError && e.code === 'BAD_SECTION' && e.section === 'CEKY');
  const m = buildModel(DS, OPTS);
  m.intents.find((i) => i.name === 'heat')!.schema[0].unit = 'km';
  const bad = writeContainer(commandsSections(m));
  assert.throws(() => loadCommandsArtifact(refreshCrcs(bad)), (e: unknown) => e instanceof ArtifactError && e.code === 'BAD_SECTION' && e.section === 'CSCH');
});
