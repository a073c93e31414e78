// End to end through the CLI entry (src/cli/main.ts under tsx, so no stale dist/): build on a tiny
// fixture, parse (plain, --explain), eval (--json), and a corrupt artifact failing with its code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureJson } from './test-fixture.ts';

const MAIN = new URL('../../cli/main.ts', import.meta.url).href;
const SCRIPT = `const { main } = await import(${JSON.stringify(MAIN)}); await main(['node', 'engram', ...process.argv.slice(1)]);`;

function engram(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'engram-commands-cli-'));
const train = join(dir, 'train.json');
const test_ = join(dir, 'test.json');
writeFileSync(train, JSON.stringify(fixtureJson(8)));
writeFileSync(test_, JSON.stringify(fixtureJson(4, 3)));
const art = join(dir, 'a.engram');

test('build writes the artifact, twice the same bytes', () => {
  const a = engram(['commands', 'build', '--data', train, '--out', art, '--quiet']);
  assert.equal(a.code, 0, a.err);
  assert.match(a.out, /^wrote .*a\.engram: \d+ bytes from 56 queries\n$/);
  const b = engram(['commands', 'build', '--data', train, '--out', join(dir, 'b.engram'), '--quiet']);
  assert.equal(b.code, 0, b.err);
  assert.deepEqual(readFileSync(art), readFileSync(join(dir, 'b.engram')));
});

test('parse prints the frame as one JSON line', () => {
  const r = engram(['commands', 'parse', art, 'set the oven to 350 F']);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(JSON.parse(r.out), { intent: 'SetOven', slots: [{ slot: 'temperature', text: '350 F', start: 16, end: 21 }] });
  const oos = JSON.parse(engram(['commands', 'parse', art, 'tell me a joke']).out);
  assert.equal(oos.intent, 'out_of_scope');
  assert.equal(oos.refused, true);
});

const DEMO = new URL('../../../data/demo-commands/', import.meta.url).pathname;
const demoArt = join(dir, 'demo.engram');

test('parse on the demo assistant: exact frames with normalized values, missing required slots, refusals', () => {
  const b = engram(['commands', 'build', '--data', join(DEMO, 'train.md'), join(DEMO, 'schema.json'), '--out', demoArt, '--quiet']);
  assert.equal(b.code, 0, b.err);
  const parse = (q: string) => {
    const r = engram(['commands', 'parse', demoArt, q]);
    assert.equal(r.code, 0, r.err);
    return r.out;
  };
  assert.equal(
    parse('set the oven to 350 F'),
    '{"intent":"preheat_oven","slots":[{"slot":"temperature","text":"350 F","start":16,"end":21,"value":{"kind":"temperature","value":177,"scale":1,"unit":"C","text":"177 C"}}]}\n',
  );
  assert.equal(parse('set the thermostat'), '{"intent":"set_thermostat","slots":[],"missing":["temperature"]}\n');
  assert.equal(
    parse('turn on the lights in the lounge'),
    '{"intent":"turn_on_lights","slots":[{"slot":"room","text":"lounge","start":26,"end":32,"value":{"kind":"entity","entity":"room","value":"living_room","listed":true,"text":"living_room"}}]}\n',
  );
  assert.equal(
    parse('unlock the front door'),
    '{"intent":"unlock_door","slots":[{"slot":"door","text":"front door","start":11,"end":21}],"refused":true,"reason":"Doors and the garage are never unlocked or opened by voice; use the app or the keypad with your code."}\n',
  );
  assert.equal(parse('what is the capital of france'), '{"intent":"out_of_scope","slots":[],"refused":true,"reason":"this request is outside what this assistant can do"}\n');
});

test('parse --explain shows intent features and per-token tags with features and transitions', () => {
  const r = engram(['commands', 'parse', art, 'set the oven to 350 F', '--explain']);
  assert.equal(r.code, 0, r.err);
  const lines = r.out.split('\n');
  assert.deepEqual(JSON.parse(lines[0]).intent, 'SetOven');
  assert.match(lines[1], /^intent SetOven \(score -?\d+, runner-up \w+ -?\d+\)$/);
  assert.match(r.out, /\n {2}350 +B-temperature +emission -?\d+, transition -?\d+; next best /);
  const j = JSON.parse(engram(['commands', 'parse', art, 'set the oven to 350 F', '--explain', '--json']).out);
  assert.equal(j.explanation.tokens.length, 6);
  assert.equal(j.explanation.tokens[4].tag, 'B-temperature');
  assert.ok(j.explanation.tokens[4].top.length > 0);
});

test('eval --json: accuracy, exact frame with CIs, per-slot P/R/F1, per-intent figure', () => {
  const r = engram(['commands', 'eval', art, '--data', test_, '--json']);
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out);
  assert.equal(j.n, 28);
  assert.equal(j.intentAccuracy.n, 28);
  assert.equal(j.intentAccuracy.ci95.length, 2);
  assert.ok(j.exactFrame.k <= j.intentAccuracy.k);
  assert.deepEqual(Object.keys(j.slots).sort(), ['duration', 'room', 'temperature']);
  assert.deepEqual(Object.keys(j.intents).sort(), ['LightsOn', 'SetOven', 'StartTimer', 'out_of_scope']);
  assert.equal(j.refusal.shouldRefuse, 4);
  const t = engram(['commands', 'eval', art, '--data', test_]);
  assert.match(t.out, /^queries 28\nintent accuracy /);
});

test('a corrupt artifact fails with its ArtifactError code and the file name', () => {
  const bad = join(dir, 'bad.engram');
  const b = readFileSync(art);
  b[b.length - 40] ^= 0xff;
  writeFileSync(bad, b);
  const r = engram(['commands', 'parse', bad, 'x']);
  assert.equal(r.code, 1);
  assert.match(r.err, /^engram: SECTION_CRC_MISMATCH: .*bad\.engram: section "CGAZ"/);
});
