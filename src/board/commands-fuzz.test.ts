// The commands fuzzers (c/fuzz/fuzz_cmd_loader.c, c/fuzz/fuzz_cmd_parse.c, `make fuzz-cmd`): each runs a
// short fixed number of libFuzzer executions with -seed=1 over the seed corpora of commands-fuzz.ts
// (the demo artifact, its small variants and a fixture artifact built here) without a finding; the
// parse target refuses to start without a loadable artifact (it never fuzzes nothing); the seeds are
// what the header of commands-fuzz.ts says; and without libFuzzer `make fuzz-cmd` fails with exit 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContainer } from '../artifact/container.ts';
import { writeCommandsArtifact } from '../skills/commands/artifact.ts';
import { buildModel, DEFAULT_BUILD } from '../skills/commands/build.ts';
import { benchmarkExamples } from '../skills/commands/formats/snips-benchmark.ts';
import { fixtureJson } from '../skills/commands/test-fixture.ts';
import { hostileQueries, loaderSeeds, MAX_LEN, parseSeeds, PARSE_CAP_BIG, runFuzzer, writeCommandsFuzzCorpus } from './commands-fuzz.ts';
import { C_BUILD_DIR, C_DIR, haveTool, makeArgs, run } from './toolchain.ts';

const RUNS = 3000;
const noMake = haveTool('make') && haveTool('clang') ? false : 'make or clang not installed';
/** The Makefile's own probe (require-libfuzzer): exit 2 when clang cannot link libFuzzer + ASan/UBSan. */
const noLibFuzzer = noMake || (spawnSync('make', makeArgs('require-libfuzzer'), { encoding: 'utf8' }).status === 0 ? false : 'libFuzzer not installed (clang + libclang-rt-14-dev)');

/** A small artifact from the commands test fixture (oven, lights, timers, out_of_scope). */
function fixtureArtifact(): Uint8Array {
  const ds = { examples: benchmarkExamples(fixtureJson(8), 'fixture.json'), intents: {}, entities: {}, warnings: [] };
  return writeCommandsArtifact(buildModel(ds, { ...DEFAULT_BUILD, taggerBits: 10, intentBits: 8, minWeight: 1 }));
}

test('loader seeds: as is, re-sealed, truncated, then per section 3 byte flips and its first word set to 0 and 0xFFFFFFFF (when that changes it), all re-sealed', () => {
  const art = fixtureArtifact();
  const sections = readContainer(art);
  const seeds = loaderSeeds('fx', art);
  const word = (s: { data: Uint8Array }) => new DataView(s.data.buffer, s.data.byteOffset).getUint32(0, true);
  const wordEdits = (s: { length: number; data: Uint8Array }) => (s.length >= 4 ? Number(word(s) !== 0) + Number(word(s) !== 0xffffffff) : 0);
  const expected = 3 + sections.reduce((a, s) => a + (s.length === 0 ? 0 : 3 + wordEdits(s)), 0);
  assert.equal(seeds.length, expected);
  assert.deepEqual([...seeds[0].bytes.subarray(1)], [...art]);
  assert.equal(seeds[0].bytes[0], 0);
  assert.ok(seeds.slice(1).every((s) => s.bytes[0] === 1));
  // Each section edit changes exactly the bytes it names, inside that section.
  for (const s of seeds.slice(3)) {
    const diff = [...s.bytes.subarray(1)].flatMap((b, i) => (b !== art[i] ? [i] : []));
    const sec = sections.find((x) => s.name.startsWith(`fx-${x.tag}-`));
    assert.ok(sec, s.name);
    assert.ok(diff.length >= 1 && diff.length <= 4, `${s.name}: ${diff.length} bytes changed`);
    assert.ok(diff.every((i) => i >= sec.offset && i < sec.offset + sec.length), s.name);
  }
});

test('parse seeds: every query at the large buffer, every hostile query at each of the 8 buffer sizes', () => {
  const qs = [new TextEncoder().encode('turn on the lights')];
  const seeds = parseSeeds(qs);
  assert.equal(seeds.length, 1 + 8 * hostileQueries().length);
  assert.equal(seeds[0].bytes[0], PARSE_CAP_BIG);
});

test('commands fuzzers: a fixed number of libFuzzer runs each, no finding', { skip: noLibFuzzer }, async (t) => {
  run('make', makeArgs(join(C_BUILD_DIR, 'fuzz_cmd_loader'), join(C_BUILD_DIR, 'fuzz_cmd_parse')));
  const dir = mkdtempSync(join(tmpdir(), 'engram-cmd-fuzz-'));
  try {
    const corpus = writeCommandsFuzzCorpus(dir, [{ name: 'fixture', bytes: fixtureArtifact() }]);
    const findings = join(dir, 'findings');
    const noFinding = () => assert.deepEqual(readdirSync(dir).filter((f) => /^findings/.test(f)), []);

    await t.test(`fuzz_cmd_loader: ${RUNS} runs`, () => {
      const r = runFuzzer(join(C_BUILD_DIR, 'fuzz_cmd_loader'), join(dir, 'corpus_cmd_loader'), RUNS, MAX_LEN.loader, findings);
      assert.equal(r.status, 0, r.log.slice(-3000));
      assert.ok(r.runs >= RUNS, `${r.runs} runs`);
      noFinding();
    });

    await t.test(`fuzz_cmd_parse: ${RUNS} runs on the demo artifact`, () => {
      const r = runFuzzer(join(C_BUILD_DIR, 'fuzz_cmd_parse'), join(dir, 'corpus_cmd_parse'), RUNS, MAX_LEN.parse, findings, {
        ENGRAM_FUZZ_CMD_ARTIFACT: corpus.artifact,
      });
      assert.equal(r.status, 0, r.log.slice(-3000));
      assert.ok(r.runs >= RUNS, `${r.runs} runs`);
      noFinding();
    });

    await t.test('fuzz_cmd_parse exits 2 before any run without a loadable artifact', () => {
      const empty = join(dir, 'empty-corpus');
      mkdirSync(empty);
      const notArt = join(dir, 'not-an-artifact.engram');
      writeFileSync(notArt, 'not an artifact '.repeat(8)); // longer than a header: BAD_MAGIC
      for (const [env, msg] of [
        [{ ENGRAM_FUZZ_CMD_ARTIFACT: '' }, /set ENGRAM_FUZZ_CMD_ARTIFACT/],
        [{ ENGRAM_FUZZ_CMD_ARTIFACT: join(dir, 'missing.engram') }, /cannot read/],
        [{ ENGRAM_FUZZ_CMD_ARTIFACT: notArt }, /load error 2 \(BAD_MAGIC\)/],
      ] as const) {
        const r = runFuzzer(join(C_BUILD_DIR, 'fuzz_cmd_parse'), empty, 10, 64, findings, env);
        assert.equal(r.status, 2, r.log);
        assert.match(r.log, msg);
        assert.equal(r.runs, 0);
      }
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('make fuzz-cmd without a libFuzzer-capable clang fails with the install command (exit 2)', { skip: noMake }, () => {
  const build = mkdtempSync(join(tmpdir(), 'engram-nofuzz-cmd-'));
  try {
    const r = spawnSync('make', ['-s', '-C', C_DIR, 'fuzz-cmd', 'CLANG=false', `B=${build}`, 'FUZZ_RUNS=10'], { encoding: 'utf8' });
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /cannot link libFuzzer[\s\S]*apt-get install -y clang lld libclang-rt-14-dev/);
  } finally {
    rmSync(build, { recursive: true, force: true });
  }
});
