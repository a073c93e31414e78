// The commands skill on the emulated RV32IMC board (QEMU): every query of the demo's test split is
// parsed on the device from its raw bytes, through `engram board prove`, and its frame JSON must
// equal the TypeScript runtime's byte for byte; instructions per query, RAM and flash are held to
// the targets of docs/board.md. The board limits (c/mk/commands-board.mk) are tested on the host
// with the console loop built under ASan + UBSan: with the board's limits every line of up to 512
// bytes is answered exactly and a longer one gets CMD_TOO_LARGE; with limits cut far down every
// answer is the exact frame or CMD_TOO_LARGE; an artifact with more slots per intent than the build
// holds is refused at load. Skipped, with the reason, without the cross toolchain / QEMU (the board
// proof) or make and cc (the limits).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { errorNumber } from '../artifact/errors.ts';
import { loadCommandsArtifact } from '../skills/commands/artifact.ts';
import { DEFAULT_BUILD } from '../skills/commands/build.ts';
import { crystallize } from '../skills/commands/crystallize.ts';
import { readExamples } from '../skills/commands/dataset.ts';
import { DEMO_DATA_DIR } from '../skills/commands/demo.ts';
import { CommandsRuntime } from '../skills/commands/runtime.ts';
import { tsFrameJson } from './commands-native.ts';
import { COMMANDS_BOARD_BUDGET, parseCommandsBoardOutput, type CommandsBoardReport } from './commands-board.ts';
import { parseConsoleAnswer } from './console.ts';
import { boardToolchainMissing, haveTool, makeArgs, REPO_ROOT, run } from './toolchain.ts';

const noBoard = boardToolchainMissing() ?? undefined;
const noHostCc = haveTool('make') && haveTool('cc') ? undefined : 'make or cc not installed';
const TEST_SPLIT = join(DEMO_DATA_DIR, 'test.md');
const TOO_LARGE = errorNumber('CMD_TOO_LARGE');

let demo: { dir: string; path: string; rt: CommandsRuntime } | undefined;
/** The demo artifact, built once per file from the demo's training split. */
function demoArtifact(): { dir: string; path: string; rt: CommandsRuntime } {
  if (!demo) {
    const dir = mkdtempSync(join(tmpdir(), 'engram-commands-board-'));
    const bytes = crystallize([join(DEMO_DATA_DIR, 'train.md'), join(DEMO_DATA_DIR, 'schema.json')], DEFAULT_BUILD, true).bytes;
    const path = join(dir, 'commands-demo.engram');
    writeFileSync(path, bytes);
    demo = { dir, path, rt: new CommandsRuntime(loadCommandsArtifact(bytes)) };
  }
  return demo;
}
test.after(() => {
  if (demo) rmSync(demo.dir, { recursive: true, force: true });
});

test('commands board report parser: strict framing', () => {
  const head = '{"engram_commands_board": 1, "artifact_bytes": 10, "load_error": 0, "load_instret": 5, "batch_bytes": 9, "queries": 1, "batch_error": 0, "limits": {"max_tokens": 64}}';
  const mem =
    '{"memory": {"static_ram_bytes": 1, "stack_high_water_bytes": 2, "ram_region_bytes": 3, "flash_firmware_bytes": 4, "flash_artifact_bytes": 5, "flash_batch_bytes": 6, "scratch_bytes": 7}}';
  const ok = [head, '{"i": 0, "error": 0, "instret": 42, "bytes": 2, "hex": "7b7d"}', mem, '{"end": 1}', ''].join('\n');
  const raw = parseCommandsBoardOutput(ok);
  assert.equal(Buffer.from(raw.queries[0].frame).toString(), '{}');
  assert.deepEqual(raw.header.limits, { max_tokens: 64 });
  assert.equal(raw.memory.scratch_bytes, 7);
  assert.throws(() => parseCommandsBoardOutput(ok.replace('"bytes": 2', '"bytes": 3')), /byte count/);
  assert.throws(() => parseCommandsBoardOutput(ok.replace('"i": 0', '"i": 1')), /out of order/);
  assert.throws(() => parseCommandsBoardOutput(ok.replace('{"end": 1}\n', '')), /end marker/);
  assert.throws(() => parseCommandsBoardOutput(ok.replace('7b7d', '7b7X')), /bad hex/);
  assert.throws(() => parseCommandsBoardOutput(ok.replace('"instret": 42, ', '')), /instret/);
  assert.throws(() => parseCommandsBoardOutput([head, '{"i": 0, "error": 0, "instret": 1, "bytes": 0, "hex": ""}'].join('\n')), /no memory line/);
  assert.throws(() => parseCommandsBoardOutput(ok.replace('engram_commands_board', 'engram_ifeval_board')), /not a commands board report/);
});

test('console answer lines: the frame bytes exactly, or the typed error', () => {
  const frame = '{"intent":"x","slots":[{"slot":"s","text":",\\"instret\\":1}","start":0,"end":13}]}';
  const a = parseConsoleAnswer(Buffer.from(`{"frame":${frame},"instret":1234}`));
  assert.equal(a.frame!.toString(), frame);
  assert.equal(a.instret, 1234);
  assert.equal(parseConsoleAnswer(Buffer.from(`{"frame":${frame}}`)).frame!.toString(), frame);
  const e = parseConsoleAnswer(Buffer.from('{"error":300,"name":"CMD_TOO_LARGE","bytes":600}'));
  assert.deepEqual([e.error, e.name, e.frame], [300, 'CMD_TOO_LARGE', null]);
  assert.throws(() => parseConsoleAnswer(Buffer.from('{"frame":{},"instret":x}')), /malformed/);
  assert.throws(() => parseConsoleAnswer(Buffer.from('{"end": 1}')), /not an answer/);
});

test('engram board prove --artifact <commands> --data <demo test split>: every frame byte-identical on the RV32IMC board, within the targets', { skip: noBoard ?? false }, () => {
  const { dir, path } = demoArtifact();
  const out = join(dir, 'board-report.json');
  const res = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'engram.mjs'), 'board', 'prove', '--artifact', path, '--data', TEST_SPLIT, '--json', '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, ENGRAM_FROM_SOURCE: '1' },
    timeout: 600_000,
  });
  assert.equal(res.status, 0, res.stderr);
  const s = JSON.parse(res.stdout) as Record<string, number | boolean>;
  const report = JSON.parse(readFileSync(out, 'utf8')) as CommandsBoardReport;
  const n = readExamples([TEST_SPLIT]).examples.length;
  console.log(`demo test split on the board: ${JSON.stringify(s)}`);
  assert.deepEqual({ n: s.n, identical: s.identical, host_full_match: s.host_full_match, board_errors: s.board_errors }, { n, identical: n, host_full_match: true, board_errors: 0 });
  assert.equal(report.queries.length, n);
  assert.ok(report.queries.every((q) => q.match && q.instret > 0));
  const B = COMMANDS_BOARD_BUDGET;
  assert.ok((s.instret_median as number) <= B.instret_median, `median ${s.instret_median} > ${B.instret_median}`);
  assert.ok((s.instret_p95 as number) <= B.instret_p95, `p95 ${s.instret_p95} > ${B.instret_p95}`);
  assert.ok((s.ram_bytes as number) <= B.ram_bytes, `RAM ${s.ram_bytes} > ${B.ram_bytes}`);
  assert.ok((s.flash_bytes as number) <= B.flash_bytes, `flash ${s.flash_bytes} > ${B.flash_bytes}`);
  assert.equal(s.within_budget, true);
});

/** Builds the console loop on the host with these -D limits (ASan + UBSan); returns its path. */
function buildConsoleLimits(dir: string, name: string, limits?: string): string {
  const bin = join(dir, name);
  run('make', makeArgs('console-limits', `CLB=${bin}`, ...(limits === undefined ? [] : [`CMD_LIMITS=${limits}`])));
  return bin;
}

/** Lines through the host console (`--chunk` bytes at a time): the answer lines, or the load error line. */
function consoleLines(bin: string, artifact: string, lines: Uint8Array[], chunk: number): { status: number | null; answers: Buffer[] } {
  const input = Buffer.concat(lines.flatMap((l) => [Buffer.from(l), Buffer.from([0x0a])]));
  const res = spawnSync(bin, ['--chunk', String(chunk), artifact], { input, maxBuffer: 1 << 28, env: { ...process.env, UBSAN_OPTIONS: 'halt_on_error=1' } });
  assert.equal(res.error, undefined);
  const out: Buffer = res.stdout;
  const answers: Buffer[] = [];
  let at = 0;
  for (let nl = out.indexOf(0x0a); nl >= 0; nl = out.indexOf(0x0a, at)) {
    answers.push(out.subarray(at, nl));
    at = nl + 1;
  }
  assert.equal(at, out.length, 'output ends with a newline');
  assert.equal(String(res.stderr), '', 'no sanitizer report');
  return { status: res.status, answers };
}

/** Random lines without line ends: ASCII words and numbers, multi-byte text, invalid UTF-8 bytes. */
function randomLines(seed: number, count: number, maxBytes: number): Uint8Array[] {
  const piece = fc.oneof(
    fc.constantFrom('set', 'a', 'timer', 'for', 'five', 'minutes', 'turn', 'on', 'the', 'lights', 'in', 'kitchen', '12', '3.5', 'km', 'degrees', 'at', '7', 'pm', 'and', 'twenty'),
    fc.string({ minLength: 1, maxLength: 6 }),
    fc.constantFrom('é', '€', '日本', '😀', '°C', '"', '\\', '\t'),
  );
  const bad = fc.constantFrom([0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x00]);
  const part = fc.oneof(piece.map((p) => Buffer.from(p + ' ', 'utf8')), bad.map((b) => Buffer.from(b)));
  const gen = fc.array(part, { minLength: 0, maxLength: 200 }).map((ps) => {
    const b = Buffer.concat(ps).subarray(0, maxBytes);
    return new Uint8Array(b.filter((x) => x !== 0x0a && x !== 0x0d));
  });
  return fc.sample(gen, { seed, numRuns: count });
}

test('board limits on the host console loop (ASan + UBSan): exact up to the 512-byte line, typed CMD_TOO_LARGE beyond, never another answer', { skip: noHostCc ?? false }, () => {
  const { dir, path, rt } = demoArtifact();
  const enc = new TextEncoder();
  const demoLines = readExamples([TEST_SPLIT]).examples.map((e) => enc.encode(e.text));
  const rnd = randomLines(16, 300, 512);
  const longest = new Uint8Array(Buffer.from('set a timer for twenty five minutes and '.repeat(13).slice(0, 512)));
  const over = [513, 1000, 5000].map((n) => new Uint8Array(Buffer.alloc(n, 'turn on the kitchen lights ')));
  const lines = [...demoLines, ...rnd, longest, over[0], demoLines[0], over[1], over[2], new Uint8Array(0)];
  const want = lines.map((l) => (l.length > 512 ? null : tsFrameJson(rt, l)));

  // the board's own limits (CMD_BOARD_LIMITS), fed in odd chunks and whole
  const board = buildConsoleLimits(dir, 'console-board');
  for (const chunk of [7, 65536]) {
    const { status, answers } = consoleLines(board, path, lines, chunk);
    assert.equal(status, 0);
    assert.equal(answers.length, lines.length);
    lines.forEach((l, i) => {
      const a = parseConsoleAnswer(answers[i]);
      if (want[i] === null) assert.deepEqual([a.error, a.name, JSON.parse(answers[i].toString()).bytes], [TOO_LARGE, 'CMD_TOO_LARGE', l.length], `line ${i}`);
      else assert.equal(a.frame?.toString('utf8'), want[i], `line ${i} (${l.length} bytes, chunk ${chunk})`);
    });
  }

  // limits cut far down: slots per intent just enough, a short grammar text, a small normalizer
  // scratch and frame buffer
  const maxSlots = Math.max(...rt.model.intents.map((it) => it.slots.length));
  const cut = buildConsoleLimits(dir, 'console-cut', `-DEG_CMD_MAX_INTENT_SLOTS=${maxSlots} -DEG_CMD_GRAM_CPS=24 -DEG_CMD_NORM_SCRATCH=200 -DEG_CONSOLE_OUT_CAP=160`);
  const small = lines.filter((l) => l.length <= 512);
  const { status, answers } = consoleLines(cut, path, small, 4096);
  assert.equal(status, 0);
  assert.equal(answers.length, small.length);
  let same = 0;
  let tooLarge = 0;
  small.forEach((l, i) => {
    const a = parseConsoleAnswer(answers[i]);
    if (a.frame === null) {
      assert.equal(a.error, TOO_LARGE, `line ${i}: error ${a.error}`);
      tooLarge++;
    } else {
      assert.equal(a.frame.toString('utf8'), tsFrameJson(rt, l), `line ${i}`);
      same++;
    }
  });
  console.log(`limits cut down: ${same} lines exact, ${tooLarge} CMD_TOO_LARGE`);
  assert.ok(same > 0 && tooLarge > 0, `${same} exact, ${tooLarge} CMD_TOO_LARGE`);

  // an intent with more slots than the build holds: refused at load, not misparsed
  const narrow = buildConsoleLimits(dir, 'console-narrow', `-DEG_CMD_MAX_INTENT_SLOTS=${maxSlots - 1}`);
  const refused = consoleLines(narrow, path, demoLines.slice(0, 1), 4096);
  assert.equal(refused.status, 1);
  assert.deepEqual(refused.answers.map((a) => a.toString()), [`{"load_error":${TOO_LARGE},"name":"CMD_TOO_LARGE"}`]);
});
