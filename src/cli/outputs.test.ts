// The output policy of every writing command, through the real `engram` entry point, the way a
// hostile user would try it: an output that is one of the command's inputs (same path, through a
// symlink, spelled `./x/../x`) is refused before any work and the input's bytes stay the same; two
// outputs that are one file are refused; an existing directory, a path under a regular file and /proc
// fail quickly (every run has a 20 s timeout, so a hang fails the test) with the user's path in the
// message and no temporary file left. Everything is written into a fresh temp folder.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { GOLDEN_DIR } from '../skills/mcq/golden.ts';
import { dataPath, SKIP_REASON } from '../skills/ifeval/test-data.ts';

const BIN = new URL('../../bin/engram.mjs', import.meta.url).pathname;

function engram(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 20_000, env: { ...process.env, ...env } });
  assert.equal(r.signal, null, `engram ${args.join(' ')} did not finish within 20 s (hang?)`);
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

const dir = mkdtempSync(join(tmpdir(), 'engram-outputs-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const at = (...p: string[]) => join(dir, ...p);
const DATA = at('train.jsonl');
const ART = at('a.engram');
copyFileSync(join(GOLDEN_DIR, 'tiny.train.jsonl'), DATA);
copyFileSync(join(GOLDEN_DIR, 'tiny.engram'), ART);
const FILE = at('somefile'); // a regular file used as a folder: ENOTDIR, even for root
writeFileSync(FILE, 'not a folder\n');
const EXISTING_DIR = at('existing-dir');
mkdirSync(EXISTING_DIR);

/** `path` spelled through a folder and back: `<dir>/./x/../<name>`. */
const roundabout = (path: string) => join(dirname(path), '.') + `/x/../${basename(path)}`;

/** A symlink beside `path` that points to it. */
function linkTo(path: string): string {
  const link = at(`link-${Math.random().toString(36).slice(2)}-${basename(path)}`);
  symlinkSync(path, link);
  return link;
}

/** Runs a command that must be refused because `victim` is both input and output; the victim is unchanged. */
function refusesOverwrite(args: string[], victim: string, code = 'OUTPUT_IS_INPUT', env?: NodeJS.ProcessEnv): void {
  const before = sha(victim);
  const r = engram(args, env);
  assert.notEqual(r.code, 0, `engram ${args.join(' ')} should fail\n${r.out}`);
  assert.match(r.err, new RegExp(`^engram: ${code}: `), r.err);
  assert.equal(sha(victim), before, `engram ${args.join(' ')} changed ${victim}`);
}

/** Runs a command whose output location cannot hold the file; the message names `userPath`, never a temp file. */
function failsToWrite(args: string[], userPath: string, code: RegExp, env?: NodeJS.ProcessEnv): void {
  const r = engram(args, env);
  assert.notEqual(r.code, 0, `engram ${args.join(' ')} should fail`);
  assert.match(r.err, code, r.err);
  assert.ok(r.err.includes(userPath), `message should name ${userPath}: ${r.err}`);
  assert.doesNotMatch(r.err, /\.tmp\b/);
  assert.deepEqual(readdirSync(EXISTING_DIR), [], 'nothing may be left in the existing directory');
}

/** The three location failures for one output flag: existing directory, under a regular file, /proc. */
function badLocations(args: (out: string) => string[], name: string, env?: NodeJS.ProcessEnv): void {
  failsToWrite(args(EXISTING_DIR), EXISTING_DIR, /OUTPUT_IS_DIRECTORY: .* is an existing directory/, env);
  failsToWrite(args(join(FILE, name)), join(FILE, name), /OUTPUT_DIR_FAILED: .*somefile is not a directory/, env);
  failsToWrite(args(`/proc/engram-x/${name}`), `/proc/engram-x/${name}`, /OUTPUT_DIR_FAILED: cannot create folder \/proc\/engram-x/, env);
}

test('build/train: --out never replaces --data; bad output locations fail clearly', () => {
  for (const out of [DATA, roundabout(DATA), linkTo(DATA)]) refusesOverwrite(['build', '--data', DATA, '--out', out], DATA);
  refusesOverwrite(['train', '--data', linkTo(DATA), '--out', roundabout(DATA)], DATA);
  badLocations((out) => ['build', '--data', DATA, '--out', out, '--epochs', '1', '--hash-bits', '8'], 'a.engram');
});

test('eval: --out never replaces the artifact or the data; /proc, a directory and a file-as-folder fail fast', () => {
  for (const victim of [DATA, ART]) {
    for (const out of [victim, roundabout(victim), linkTo(victim)]) refusesOverwrite(['eval', ART, '--data', DATA, '--out', out], victim);
  }
  const r = engram(['eval', ART, '--data', DATA, '--out', `/proc/engram-x/p.jsonl`]);
  assert.notEqual(r.code, 0);
  assert.match(r.err, /cannot create folder \/proc\/engram-x for \/proc\/engram-x\/p\.jsonl/);
  badLocations((out) => ['eval', ART, '--data', DATA, '--out', out], 'p.jsonl');
  // An unwritable output reports the user's path, not the temporary one.
  failsToWrite(['eval', ART, '--data', DATA, '--out', '/proc/p.jsonl'], '/proc/p.jsonl', /OUTPUT_WRITE_FAILED: cannot write \/proc\/p\.jsonl/);
});

test('demo: --out-dir under a regular file or in /proc fails clearly', () => {
  failsToWrite(['demo', '--out-dir', FILE, '--epochs', '1'], FILE, /OUTPUT_DIR_FAILED: cannot create .*somefile.*is not a directory/);
  failsToWrite(['demo', '--out-dir', '/proc/engram-x', '--epochs', '1', '--json'], '/proc/engram-x', /OUTPUT_DIR_FAILED/);
});

test('logiqa: an output that is one of its data files (through a symlink) is refused before training', () => {
  const data = at('logiqa-data');
  const outDir = at('logiqa-out');
  mkdirSync(join(data, 'logiqa'), { recursive: true });
  mkdirSync(outDir);
  const victim = join(outDir, 'logiqa.report.txt');
  copyFileSync(DATA, victim);
  copyFileSync(DATA, join(data, 'logiqa', 'train.jsonl'));
  copyFileSync(DATA, join(data, 'logiqa', 'dev.jsonl'));
  symlinkSync(victim, join(data, 'logiqa', 'test.jsonl'));
  refusesOverwrite(['logiqa', '--data-dir', data, '--out-dir', outDir, '--json'], victim);
  failsToWrite(['logiqa', '--data-dir', data, '--out-dir', join(FILE, 'o'), '--json'], join(FILE, 'o'), /OUTPUT_DIR_FAILED/);
});

test('board compile-batch / prove / ifeval: --out never replaces an input (checked before any QEMU run)', () => {
  for (const out of [DATA, roundabout(DATA), linkTo(DATA)]) refusesOverwrite(['board', 'compile-batch', '--data', DATA, '--out', out], DATA);
  badLocations((out) => ['board', 'compile-batch', '--data', DATA, '--out', out], 'b.bin');
  refusesOverwrite(['board', 'prove', '--artifact', ART, '--data', DATA, '--out', roundabout(ART)], ART);
  refusesOverwrite(['board', 'prove', '--artifact', ART, '--data', DATA, '--out', linkTo(DATA)], DATA);
  // --keep receives probe-batch.bin: a data file of that name inside the keep folder is an input too.
  const keep = at('keep');
  mkdirSync(keep);
  const batchNamed = join(keep, 'probe-batch.bin');
  copyFileSync(DATA, batchNamed);
  refusesOverwrite(['board', 'prove', '--artifact', ART, '--data', batchNamed, '--keep', keep, '--out', at('r.json')], batchNamed);
  failsToWrite(['board', 'prove', '--artifact', ART, '--data', DATA, '--out', EXISTING_DIR], EXISTING_DIR, /OUTPUT_IS_DIRECTORY/);
  const prompts = at('prompts.jsonl');
  writeFileSync(prompts, '{"prompt": "Say hi."}\n');
  refusesOverwrite(['board', 'ifeval', '--data', prompts, '--out', roundabout(prompts)], prompts);
});

test('ifeval score: --out-dir files never replace --input or --responses', () => {
  const input = at('if-input.jsonl');
  const outDir = at('if-out');
  mkdirSync(outDir);
  const responses = join(outDir, 'eval_results_strict.jsonl');
  writeFileSync(input, '{"key": 1, "prompt": "Say hi.", "instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}]}\n');
  writeFileSync(responses, '{"prompt": "Say hi.", "response": "hi"}\n');
  refusesOverwrite(['ifeval', 'score', '--input', input, '--responses', responses, '--out-dir', outDir], responses);
  refusesOverwrite(['ifeval', 'score', '--input', input, '--responses', linkTo(responses), '--out-dir', `${outDir}/../if-out`], responses);
  const loose = join(outDir, 'eval_results_loose.jsonl');
  copyFileSync(input, loose);
  refusesOverwrite(['ifeval', 'score', '--input', loose, '--responses', responses, '--out-dir', outDir], loose);
  failsToWrite(['ifeval', 'score', '--input', input, '--responses', responses, '--out-dir', FILE], FILE, /OUTPUT_DIR_FAILED/);
});

test('ifeval score: --out-dir in /proc fails at once after scoring instead of spinning', (t) => {
  const punkt = dataPath('punkt-english');
  if (!punkt) return t.skip(SKIP_REASON);
  const input = at('if-proc-input.jsonl');
  const responses = at('if-proc-responses.jsonl');
  writeFileSync(input, '{"key": 1, "prompt": "Say hi.", "instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}]}\n');
  writeFileSync(responses, '{"prompt": "Say hi.", "response": "hi"}\n');
  // The folder is only made after scoring; /proc must fail at once there, not spin.
  const r = engram(['ifeval', 'score', '--input', input, '--responses', responses, '--punkt', punkt, '--out-dir', '/proc/engram-x']);
  assert.notEqual(r.code, 0);
  assert.match(r.err, /OUTPUT_DIR_FAILED: cannot create folder \/proc\/engram-x for \/proc\/engram-x\/eval_results_strict\.jsonl/);
});

test('ifeval build-responder / respond: --out never replaces --input or --artifact', () => {
  const responder = at('responder.engram');
  assert.equal(engram(['ifeval', 'build-responder', '--out', responder]).code, 0);
  badLocations((out) => ['ifeval', 'build-responder', '--out', out], 'r.engram');
  const prompts = at('respond-in.jsonl');
  writeFileSync(prompts, '{"prompt": "Write one sentence without commas."}\n');
  for (const out of [prompts, roundabout(prompts), linkTo(prompts)]) refusesOverwrite(['ifeval', 'respond', '--input', prompts, '--out', out], prompts);
  refusesOverwrite(['ifeval', 'respond', '--input', prompts, '--artifact', responder, '--out', linkTo(responder)], responder);
  badLocations((out) => ['ifeval', 'respond', '--input', prompts, '--out', out], 'responses.jsonl');
});

test('repair propose / promote: outputs never replace inputs; --out and --log are never one file', () => {
  const cases = at('cases.jsonl');
  copyFileSync(DATA, cases);
  for (const out of [cases, roundabout(cases), linkTo(cases)]) refusesOverwrite(['repair', 'propose', '--artifact', ART, '--cases', cases, '--out', out], cases);
  refusesOverwrite(['repair', 'propose', '--artifact', ART, '--cases', cases, '--reference', DATA, '--out', linkTo(DATA)], DATA);
  badLocations((out) => ['repair', 'propose', '--artifact', ART, '--cases', cases, '--out', out], 'c.jsonl');
  const promote = (out: string, log: string) => ['repair', 'promote', '--artifact', ART, '--candidates', cases, '--protected', DATA, '--guard', DATA, '--out', out, '--log', log, '--no-date'];
  refusesOverwrite(promote(roundabout(ART), at('log.jsonl')), ART);
  refusesOverwrite(promote(at('r.engram'), linkTo(DATA)), DATA);
  const log = at('audit.jsonl');
  writeFileSync(log, '');
  refusesOverwrite(promote(roundabout(log), log), log, 'OUTPUT_COLLISION');
  failsToWrite(promote(at('r.engram'), join(FILE, 'log.jsonl')), join(FILE, 'log.jsonl'), /OUTPUT_DIR_FAILED/);
});

test('report: --out and --json-out never replace what the report reads, nor each other', () => {
  const inDir = at('report-in');
  mkdirSync(inDir);
  const summary = join(inDir, 'demo.summary.json');
  writeFileSync(summary, JSON.stringify({ name: 'demo', splits: {} }) + '\n');
  const board = at('board.json');
  writeFileSync(board, '{}\n');
  const base = ['report', '--in', inDir, '--board', board];
  refusesOverwrite([...base, '--out', roundabout(summary), '--json-out', at('r.json')], summary);
  refusesOverwrite([...base, '--out', at('r.html'), '--json-out', linkTo(board)], board);
  const html = at('r2.html');
  writeFileSync(html, 'old page');
  refusesOverwrite([...base, '--out', html, '--json-out', roundabout(html)], html, 'OUTPUT_COLLISION');
  // The dataset folder the report reads a benchmark's splits from is guarded as a whole.
  const split = at('report-data', 'demo', 'test.jsonl');
  mkdirSync(dirname(split), { recursive: true });
  copyFileSync(DATA, split);
  refusesOverwrite([...base, '--data-dir', at('report-data'), '--out', join(dirname(split), 'new.html'), '--json-out', at('r.json')], split);
  failsToWrite([...base, '--out', EXISTING_DIR], EXISTING_DIR, /OUTPUT_IS_DIRECTORY/);
  assert.equal(existsSync(at('r.json')), false);
});
