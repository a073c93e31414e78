// readCommandData: format detection per file and folder, merging, duplicate warnings, annotation
// checks, the schema, and invalid UTF-8 (warned with file, line and byte, never a crash).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCommandData } from './index.ts';
import { CommandDataError } from './errors.ts';
import { SCHEMA_FORMAT } from './schema.ts';
import { validateExample } from './validate.ts';
import { withTempDir } from '../../../io/temp-dir.ts';

const withDir = (fn: (dir: string) => void): void => withTempDir('engram-commands-formats-', fn);

const NLU = {
  language: 'en',
  intents: { lights_on: { utterances: [{ data: [{ text: 'lights on in the ' }, { text: 'kitchen', entity: 'room', slot_name: 'room' }] }] } },
  entities: { room: { data: [{ value: 'kitchen', synonyms: [] }], automatically_extensible: true, use_synonyms: true, matching_strictness: 1.0 } },
};

test('Rasa + Snips NLU + schema merge; duplicates warn with both places', () => {
  withDir((dir) => {
    const md = join(dir, 'a.md');
    writeFileSync(md, '## intent:lights_on\n- turn on the [kitchen](room) lights\n- Lights on in the  kitchen\n');
    const js = join(dir, 'b.json');
    writeFileSync(js, JSON.stringify(NLU));
    const schema = join(dir, 's.json');
    writeFileSync(schema, JSON.stringify({ format: SCHEMA_FORMAT, intents: { lights_on: { slots: { room: { type: 'entity', entity: 'room' } } } }, entities: { room: { values: ['kitchen', 'hall'] } } }));
    const ds = readCommandData([md, js, schema]);
    assert.equal(ds.examples.length, 3);
    assert.deepEqual(ds.entities.room.values.map((v) => v.value), ['kitchen', 'hall']);
    const dup = ds.warnings.filter((w) => w.message.startsWith('duplicate query'));
    assert.equal(dup.length, 1);
    assert.equal(dup[0].file, js);
    assert.match(dup[0].message, new RegExp(`first at ${md.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3`));
    // The same schema given as an option is the same result.
    assert.deepEqual(readCommandData([md, js], { schema }).intents, ds.intents);
    assert.throws(() => readCommandData([md, schema], { schema }), (e: unknown) => e instanceof CommandDataError && e.code === 'INCONSISTENT');
  });
});

test('a folder of Snips benchmark files is read through the benchmark reader; a README is skipped', () => {
  withDir((dir) => {
    // An emoji as CESU-8 surrogate bytes inside a JSON string, as in the real benchmark's PlayMusic.json.
    const play = JSON.stringify({ PlayMusic: [{ data: [{ text: 'play @' }, { text: 'jazz', entity: 'genre' }] }] }).split('@');
    writeFileSync(join(dir, 'PlayMusic.json'), Buffer.concat([Buffer.from(play[0]), Buffer.from([0xed, 0xa0, 0xbc, 0xed, 0xbd, 0x95]), Buffer.from(play[1])]));
    writeFileSync(join(dir, 'GetWeather.json'), JSON.stringify({ GetWeather: [{ data: [{ text: 'weather in ' }, { text: 'Paris', entity: 'city' }] }] }));
    writeFileSync(join(dir, 'README.md'), '# notes\n');
    const ds = readCommandData([dir]);
    assert.deepEqual(ds.examples.map((e) => e.intent), ['GetWeather', 'PlayMusic']);
    assert.deepEqual(ds.intents.PlayMusic.slots, { genre: { type: 'text' } });
    assert.deepEqual(ds.examples[1].slots, [{ slot: 'genre', start: 11, end: 15, text: 'jazz' }]);
    assert.equal(ds.warnings.length, 2, 'one README warning, one (not two) invalid UTF-8 warning');
    assert.match(ds.warnings[0].message, /no "## intent:" section/);
    assert.match(ds.warnings[1].message, /invalid UTF-8/);
    assert.equal(ds.warnings[1].line, 1);
  });
});

test('invalid UTF-8 is a warning with file, line and byte, read as U+FFFD', () => {
  withDir((dir) => {
    const md = join(dir, 'bad.md');
    const head = Buffer.from('## intent:play\n- play ');
    // CESU-8 surrogate bytes, as in the Snips benchmark's PlayMusic.json, then a lone continuation byte.
    writeFileSync(md, Buffer.concat([head, Buffer.from([0xed, 0xa0, 0xbc, 0xed, 0xbd, 0x95]), Buffer.from(' [jazz](genre)\n- x '), Buffer.from([0x80]), Buffer.from('\n')]));
    const ds = readCommandData([md]);
    assert.equal(ds.examples[0].text.includes('\uFFFD'), true);
    assert.deepEqual(ds.examples[0].slots.map((s) => s.text), ['jazz']);
    const w = ds.warnings.filter((x) => x.byte !== undefined);
    assert.deepEqual(w.map((x) => [x.file, x.line, x.byte]), [[md, 2, head.length], [md, 3, head.length + 6 + 19]]);
  });
});

test('detection errors: unknown files, unknown JSON, missing paths', () => {
  withDir((dir) => {
    const txt = join(dir, 'x.txt');
    writeFileSync(txt, 'hello');
    const js = join(dir, 'x.json');
    writeFileSync(js, '{"hello": 1}');
    mkdirSync(join(dir, 'empty'));
    for (const [p, code] of [[txt, 'UNKNOWN_FORMAT'], [js, 'UNKNOWN_FORMAT'], [join(dir, 'missing.md'), 'READ_FAILED'], [join(dir, 'empty'), 'UNKNOWN_FORMAT']] as const) {
      assert.throws(() => readCommandData([p]), (e: unknown) => e instanceof CommandDataError && e.code === code && e.file === p, p);
    }
  });
});

test('the same slot typed two ways by two inputs is INCONSISTENT', () => {
  withDir((dir) => {
    const js = join(dir, 'a.json');
    writeFileSync(js, JSON.stringify({ intents: { t: { utterances: [{ data: [{ text: '5', entity: 'snips/number', slot_name: 'n' }] }] } }, entities: {} }));
    const md = join(dir, 'b.md');
    writeFileSync(md, '## intent:t\n- [five](n)\n');
    assert.throws(() => readCommandData([js, md]), (e: unknown) => e instanceof CommandDataError && e.code === 'INCONSISTENT' && e.file === md);
  });
});

test('validateExample rejects spans outside the text, mismatched text and overlaps', () => {
  const ex = (slots: { slot: string; start: number; end: number; text: string }[]) => ({ text: 'héllo wörld', intent: 'i', slots, source: { file: 'f.md', line: 7 } });
  validateExample(ex([{ slot: 'a', start: 0, end: 5, text: 'héllo' }, { slot: 'b', start: 6, end: 11, text: 'wörld' }]));
  const code = (slots: Parameters<typeof ex>[0]) => {
    try {
      validateExample(ex(slots));
    } catch (e) {
      assert.ok(e instanceof CommandDataError && e.line === 7 && e.message.startsWith('f.md:7: '));
      return e.code;
    }
    return 'none';
  };
  assert.equal(code([{ slot: 'a', start: 6, end: 12, text: 'wörld' }]), 'SPAN_OUT_OF_RANGE');
  assert.equal(code([{ slot: 'a', start: 0, end: 5, text: 'hello' }]), 'SPAN_OUT_OF_RANGE');
  assert.equal(code([{ slot: 'a', start: 3, end: 3, text: '' }]), 'SPAN_OUT_OF_RANGE');
  assert.equal(code([{ slot: 'a', start: 0, end: 5, text: 'héllo' }, { slot: 'b', start: 4, end: 7, text: 'o w' }]), 'OVERLAPPING_SLOTS');
});
