// The Rasa markdown reader: annotations in both forms, synonyms and lookups, comments, code-point
// offsets, and errors / warnings that name file:line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRasa, parseRasaExample } from './rasa.ts';
import { CommandDataError } from './errors.ts';
import type { DatasetWarning } from '../types.ts';

const F = 'nlu.md';

function errorOf(fn: () => unknown): CommandDataError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof CommandDataError, `not a CommandDataError: ${e}`);
    return e;
  }
  assert.fail('no error');
}

test('both annotation forms give code-point spans', () => {
  const r = parseRasaExample('play [Beyoncé](artist) in the [lounge]{"entity": "room", "value": "living_room"} 🎵 [now](when:today)', F, 1);
  assert.equal(r.text, 'play Beyoncé in the lounge 🎵 now');
  assert.deepEqual(r.slots, [
    { slot: 'artist', start: 5, end: 12, text: 'Beyoncé' },
    { slot: 'room', start: 20, end: 26, text: 'lounge' },
    { slot: 'when', start: 29, end: 32, text: 'now' },
  ]);
  assert.deepEqual(r.values, [undefined, 'living_room', 'today']);
  assert.equal(parseRasaExample('a [bracket] alone and [x]', F, 1).text, 'a [bracket] alone and [x]');
});

test('sections, comments, synonyms and lookups', () => {
  const warnings: DatasetWarning[] = [];
  const ds = parseRasa(
    [
      '<!-- a comment',
      'over two lines -->',
      '## intent:lights_on',
      '- turn on the [lounge](room:living_room) lights <!-- inline -->',
      '* lights on in the [kitchen](room)',
      '',
      '## synonym:living_room',
      '- sitting room',
      '## lookup:room',
      '- garage',
      '## regex:zip',
      '- [0-9]{5}',
      '## intent:out_of_scope',
      '- tell me a joke',
    ].join('\r\n'),
    F,
    warnings,
  );
  assert.deepEqual(ds.examples.map((e) => [e.intent, e.text, e.source.line]), [
    ['lights_on', 'turn on the lounge lights', 4],
    ['lights_on', 'lights on in the kitchen', 5],
    ['out_of_scope', 'tell me a joke', 14],
  ]);
  assert.deepEqual(ds.intents.lights_on.slots, { room: { type: 'entity', entity: 'room' } });
  assert.deepEqual(ds.entities.room.values, [
    { value: 'living_room', synonyms: ['lounge', 'sitting room'] },
    { value: 'garage', synonyms: [] },
  ]);
  assert.equal(warnings.length, 1);
  assert.equal(warnings[0].line, 11);
});

test('errors name file:line', () => {
  let e = errorOf(() => parseRasa('- orphan example\n', F));
  assert.equal(e.code, 'BAD_FORMAT');
  assert.match(e.message, /^nlu\.md:1: /);
  e = errorOf(() => parseRasa('## intent:a\n- ok\n- bad [x](room\n', F));
  assert.equal(e.code, 'BAD_ANNOTATION');
  assert.equal(e.line, 3);
  e = errorOf(() => parseRasa('## intent:a\n- bad [x]{"entity": 3}\n', F));
  assert.equal(e.code, 'BAD_ANNOTATION');
  e = errorOf(() => parseRasa('## intent:a\n- bad [x]{"entity": "r"\n', F));
  assert.equal(e.code, 'BAD_ANNOTATION');
  e = errorOf(() => parseRasa('## intent:a\nnot a list item\n', F));
  assert.equal(e.line, 2);
  e = errorOf(() => parseRasa('## intent:a b\n- x\n', F));
  assert.equal(e.code, 'BAD_FORMAT');
  e = errorOf(() => parseRasa('## intent:a\n- empty [](room)\n', F));
  assert.equal(e.code, 'BAD_ANNOTATION');
});
