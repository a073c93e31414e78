// `engram commands convert` end to end through the CLI entry (src/cli/main.ts under tsx): a text, a file
// line by line (CRLF kept, invalid UTF-8 read as U+FFFD with a warning), --json, --explain, --to, and
// the flag errors; `engram board convert` on a small set (exit 1 when an expected output is not met).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { boardToolchainMissing } from '../../../board/toolchain.ts';
import { rewriteUnits } from './rewrite.ts';

const MAIN = new URL('../../../cli/main.ts', import.meta.url).href;
const SCRIPT = `const { main } = await import(${JSON.stringify(MAIN)}); await main(['node', 'engram', ...process.argv.slice(1)]);`;

function engram(args: string[], command = ['commands', 'convert']) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT, ...command, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'engram-convert-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

test('convert: a text, --json, --explain, --to imperial --decimals 1', () => {
  const t = 'The trail is 5 miles and the tower is 30 feet.';
  assert.deepEqual(engram([t]), { code: 0, out: 'The trail is 8.05 km and the tower is 9.14 m.\n', err: '' });
  const j = engram(['--json', '3-4 miles']);
  assert.equal(j.code, 0, j.err);
  assert.deepEqual(JSON.parse(j.out), rewriteUnits('3-4 miles'));
  assert.equal(engram(['--explain', '2 cups']).out, '473.18 mL\n  [0, 6) "2 cups" -> "473.18 mL"  (cup -> ml)\n');
  assert.equal(engram(['--to', 'imperial', '--decimals', '1', 'It is 20 °C and 10 km away.']).out, 'It is 68 °F and 6.2 mi away.\n');
});

test('convert --file: every line, CR kept in its line, invalid UTF-8 as U+FFFD with a warning naming the line', () => {
  const f = join(dir, 'in.txt');
  writeFileSync(f, Buffer.concat([Buffer.from('a 5 lb bag\r\nno units\n'), Buffer.from([0xff]), Buffer.from(' 2 miles\n')]));
  const r = engram(['--file', f]);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, 'a 2.27 kg bag\r\nno units\n\ufffd 3.22 km\n');
  assert.match(r.err, /in\.txt:3: bytes that are not UTF-8.*INVALID_UTF8/);
  const lines = engram(['--file', f, '--json']).out.trimEnd().split('\n').map((l) => JSON.parse(l) as { text: string });
  assert.deepEqual(lines.map((l) => l.text), ['a 2.27 kg bag\r', 'no units', '\ufffd 3.22 km']);
});

test('convert: flag errors name the flag', () => {
  const a = engram(['--decimals', '7', 'x']);
  assert.equal(a.code, 1);
  assert.match(a.err, /--decimals must be an integer in 0\.\.6/);
  assert.match(engram([]).err, /give either a text or --file/);
  assert.match(engram(['--to', 'martian', 'x']).err, /--to must be metric or imperial/);
  assert.match(engram(['--file', join(dir, 'missing.txt')]).err, /missing\.txt: cannot read \(ENOENT\)/);
});

test('board convert: a set on the emulated board, --json; a wrong expected output fails the run', { skip: boardToolchainMissing() ?? false }, () => {
  const set = join(dir, 'set.txt');
  writeFileSync(set, '## t\n< 5 miles\n> 8.05 km\n< no units\n=\n## u | to-imperial\n< 20 °C\n> 68 °F\n');
  const ok = engram(['--data', set, '--json'], ['board', 'convert']);
  assert.equal(ok.code, 0, ok.err);
  const s = JSON.parse(ok.out) as { n: number; identical: number; expected_match: number; expected_n: number };
  assert.deepEqual([s.n, s.identical, s.expected_match, s.expected_n], [3, 3, 3, 3]);
  writeFileSync(set, '## t\n< 5 miles\n> 8.04 km\n');
  const bad = engram(['--data', set], ['board', 'convert']);
  assert.equal(bad.code, 1);
  assert.match(bad.out, /1\/1 lines byte-identical[\s\S]*0\/1 host outputs equal the hand-written expected outputs \(different: set\.txt:2\)/);
});
