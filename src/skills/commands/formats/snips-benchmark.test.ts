// The Snips benchmark reader: offsets in code points, invalid UTF-8 -> U+FFFD with a warning naming file
// and byte offset (the PlayMusic.json case), malformed JSON and layout -> CommandDataError naming the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSnipsBenchmark } from './snips-benchmark.ts';
import { CommandDataError } from './errors.ts';

const enc = new TextEncoder();

test('chunks join into the query; entity chunks become slots with code-point offsets', () => {
  const json = { PlayMusic: [{ data: [{ text: 'play 🎵 ' }, { text: 'Café Tacvba', entity: 'artist' }, { text: ' now' }] }] };
  const r = parseSnipsBenchmark(enc.encode(JSON.stringify(json)), 'p.json');
  assert.equal(r.examples.length, 1);
  const ex = r.examples[0];
  assert.equal(ex.text, 'play 🎵 Café Tacvba now');
  assert.deepEqual(ex.slots, [{ slot: 'artist', start: 7, end: 18, text: 'Café Tacvba' }]);
  assert.equal([...ex.text].slice(7, 18).join(''), 'Café Tacvba');
  assert.deepEqual(ex.source, { file: 'p.json', index: 0 });
  assert.deepEqual(r.warnings, []);
});

test('CESU-8 surrogate bytes: one warning with file and byte offset, six U+FFFD, no crash', () => {
  const head = enc.encode('{"PlayMusic": [{"data": [{"text": "play x');
  const bad = new Uint8Array([0xed, 0xa0, 0xbc, 0xed, 0xbd, 0x95]);
  const tail = enc.encode(' now"}]}]}');
  const bytes = new Uint8Array([...head, ...bad, ...tail]);
  const r = parseSnipsBenchmark(bytes, 'PlayMusic.json');
  assert.equal(r.examples[0].text, `play x${'\uFFFD'.repeat(6)} now`);
  assert.equal(r.warnings.length, 1);
  assert.equal(r.warnings[0].file, 'PlayMusic.json');
  assert.equal(r.warnings[0].byte, head.length);
  assert.equal(r.warnings[0].line, 1);
  assert.equal(r.warnings[0].kind, 'invalid-utf8');
  assert.match(r.warnings[0].message, new RegExp(`^PlayMusic\\.json: invalid UTF-8 at byte ${head.length} \\(6 bytes: ed a0 bc ed bd 95\\)`));
});

test('malformed JSON names the file', () => {
  assert.throws(
    () => parseSnipsBenchmark(enc.encode('{"A": [{"data": ['), 'broken.json'),
    (e: unknown) => e instanceof CommandDataError && e.code === 'BAD_JSON' && e.file === 'broken.json' && e.message.startsWith('broken.json: '),
  );
});

test('wrong layout names the file (and the query for a bad chunk)', () => {
  assert.throws(() => parseSnipsBenchmark(enc.encode('[1,2]'), 'x.json'), (e: unknown) => e instanceof CommandDataError && e.code === 'BAD_FORMAT' && e.message.startsWith('x.json: '));
  assert.throws(
    () => parseSnipsBenchmark(enc.encode('{"A": [{"data": [{"text": 3}]}]}'), 'y.json'),
    (e: unknown) => e instanceof CommandDataError && e.code === 'BAD_FORMAT' && e.message.startsWith('y.json (A[0]): '),
  );
});
