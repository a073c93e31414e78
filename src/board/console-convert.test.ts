// Convert mode of the live console (eg_console.h; docs/board.md "Live console", docs/rewrite.md "On the
// live console"): every answer is compared exactly with the TypeScript runtimes, the bytes between
// {"rewrite": and ,"instret": with JSON.stringify(rewriteUnits(line, options)) and a parse-mode frame
// with JSON.stringify(CommandsRuntime.parse(line)); a console command line must answer the state it
// leaves, a bad one CMD_REWRITE_OPTION, a line over 512 bytes CMD_TOO_LARGE.
//   - the CLI through a pipe (`engram board console --convert`): sentences of data/demo-rewrite, both
//     directions, 0 and 6 decimals, invalid UTF-8, quotes / backslash / controls, an empty line, a
//     text that starts with ':', an over-long line, switches to parse mode and back, CR LF, no final LF;
//   - the whole rewrite set on the board in one session (switching direction as the set does): the
//     instructions per converted line and the RAM, printed and held under the board's 64 KB;
//   - the host console loop under ASan + UBSan (make console-limits): the set at 0, 2 and 6 decimals,
//     1,500 seeded random texts, 512- and 513-byte lines, parse-mode switches, byte-at-a-time feeding;
//     with a 160-byte frame buffer (answers exact or CMD_TOO_LARGE, both seen); built without convert
//     mode (EG_CONSOLE_HAVE_REWRITE=0: the commands that need it answer CMD_REWRITE_OPTION).
// Skipped, with the reason, without the cross toolchain / QEMU or a host C compiler.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { errorNumber } from '../artifact/errors.ts';
import { loadCommandsArtifact } from '../skills/commands/artifact.ts';
import { CommandsRuntime } from '../skills/commands/runtime.ts';
import { rewriteUnits } from '../skills/commands/rewrite/rewrite.ts';
import { readRewriteSet } from '../skills/commands/rewrite/set.ts';
import { randomText } from '../skills/commands/rewrite/test-support.ts';
import { decodeQuery, tsFrameJson } from './commands-native.ts';
import { demoArtifact, demoQueries } from './commands-fuzz.ts';
import { percentile } from './compare.ts';
import { buildConsoleFirmware, CONSOLE_COMMANDS as K, type ConsoleState, ConsoleSession, parseConsoleAnswer } from './console.ts';
import { boardToolchainMissing, haveTool, makeArgs, REPO_ROOT, run } from './toolchain.ts';

const noBoard = boardToolchainMissing() ?? undefined;
const noHost = haveTool('make') && haveTool('cc') ? undefined : 'make or cc not installed';
const LINE_CAP = 512;
const BOARD_RAM = 65_536;
const b = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

/** One input line: its bytes and line end, and for a console command the state it must leave or the error. */
interface Step {
  bytes: Uint8Array;
  end: string;
  state?: ConsoleState;
  error?: 'CMD_REWRITE_OPTION';
}
const text = (t: string | Uint8Array, end = '\n'): Step => ({ bytes: typeof t === 'string' ? b(t) : t, end });
const command = (line: string, state: ConsoleState): Step => ({ bytes: b(line), end: '\n', state });
const refused = (line: string): Step => ({ bytes: b(line), end: '\n', error: 'CMD_REWRITE_OPTION' });
const convert = (direction: ConsoleState['direction'], decimals: number): ConsoleState => ({ mode: 'convert', direction, decimals });
const input = (steps: Step[]): Buffer => Buffer.concat(steps.flatMap((s) => [Buffer.from(s.bytes), Buffer.from(s.end)]));

/** The set's sentences in a session, each direction switched to with its command first (state: the session's). */
function setSteps(state: ConsoleState): Step[] {
  const steps: Step[] = [];
  for (const c of readRewriteSet()) {
    if (c.direction !== state.direction) {
      state = { ...state, direction: c.direction };
      steps.push(command(c.direction === 'to-metric' ? K.metric : K.imperial, state));
    }
    steps.push(text(c.input));
  }
  return steps;
}

interface Checked {
  /** instret of each converted line (answers with a counter). */
  converted: number[];
  /** Text lines answered CMD_TOO_LARGE although within the line buffer (allowed only with `cut`). */
  tooLarge: number;
}

/** Every answer against the TS runtimes, walking the states the commands leave. */
function check(steps: Step[], answers: Buffer[], rt: CommandsRuntime, start: ConsoleState, cut = false): Checked {
  assert.equal(answers.length, steps.length, 'one answer per line');
  let state = start;
  const out: Checked = { converted: [], tooLarge: 0 };
  steps.forEach((s, i) => {
    const a = parseConsoleAnswer(answers[i]);
    const where = `line ${i} ${JSON.stringify(Buffer.from(s.bytes).toString('utf8').slice(0, 80))}`;
    if (s.error !== undefined || s.bytes.length > LINE_CAP) {
      assert.deepEqual([a.error, a.name], [errorNumber(s.error ?? 'CMD_TOO_LARGE'), s.error ?? 'CMD_TOO_LARGE'], where);
      return;
    }
    if (s.state !== undefined) {
      assert.deepEqual(a.state, s.state, where);
      state = s.state;
      return;
    }
    if (cut && a.error === errorNumber('CMD_TOO_LARGE')) {
      out.tooLarge++;
      return;
    }
    const want = state.mode === 'convert' ? JSON.stringify(rewriteUnits(decodeQuery(s.bytes), state)) : tsFrameJson(rt, s.bytes);
    const got = state.mode === 'convert' ? a.rewrite : a.frame;
    if (!got?.equals(Buffer.from(want, 'utf8'))) assert.fail(`${where} (${state.mode}):\n  device ${answers[i].toString('utf8')}\n  host   ${want}`);
    if (state.mode === 'convert' && a.instret !== null) out.converted.push(a.instret);
  });
  return out;
}

const splitLines = (out: Buffer): Buffer[] => {
  const lines = out.toString('latin1').split('\n');
  assert.equal(lines.pop(), '', 'output ends with a newline');
  return lines.map((l) => Buffer.from(l, 'latin1'));
};

const METRIC2 = convert('to-metric', 2);
// The demo artifact, in a folder every test uses.
const dir = mkdtempSync(join(tmpdir(), 'engram-console-convert-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const artifact = demoArtifact();
const art = join(dir, 'commands-demo.engram');
writeFileSync(art, artifact);
const rt = new CommandsRuntime(loadCommandsArtifact(artifact));
const set = readRewriteSet();
const changed = (dir: ConsoleState['direction']) => set.filter((c) => c.direction === dir && c.expected !== c.input).map((c) => c.input);

/** The piped session: starts in convert mode, to metric, 2 decimals. */
const PIPED: Step[] = [
  ...changed('to-metric').slice(0, 4).map((t) => text(t)),
  text(new Uint8Array([...b('It is 3 miles '), 0xff, 0xfe, ...b(' then 12 in wide and '), 0xe2, 0x82, ...b(' 350°F')])),
  text('say "5 miles" \\ 3\tft\u0001 and 2 lb 😀', '\r\n'),
  text(''),
  text(':) 5 miles is not a command'),
  command(K.parse, { ...METRIC2, mode: 'parse' }),
  text('set a timer for 5 minutes'),
  text('convert twenty five miles to kilometers'),
  command(K.convert, METRIC2),
  command(K.imperial, convert('to-imperial', 2)),
  ...changed('to-imperial').slice(0, 2).map((t) => text(t)),
  command(K.decimals(6), convert('to-imperial', 6)),
  text('The pool is 25 m long and the water is 27 °C.'),
  refused(':decimals 9'),
  command(`${K.metric}  `, convert('to-metric', 6)),
  command(K.decimals(0), convert('to-metric', 0)),
  text('between 60 and 70 F, 3-4 miles, 5 ft 10 in'),
  text('a 5 mile walk '.repeat(45)),
  command(K.mode, convert('to-metric', 0)),
  text('The trail is 5 miles and the tower is 30 feet.', ''),
];

test('engram board console --convert through a pipe: every rewrite = rewriteUnits, every frame = CommandsRuntime.parse, commands answered with their state', { skip: noBoard ?? false }, () => {
  assert.ok(PIPED.some((s) => s.bytes.length > LINE_CAP));
    const res = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'engram.mjs'), 'board', 'console', '--artifact', art, '--convert'], {
      input: input(PIPED),
      env: { ...process.env, ENGRAM_FROM_SOURCE: '1' },
      timeout: 300_000,
      maxBuffer: 1 << 24,
    });
  assert.equal(res.status, 0, String(res.stderr));
  const c = check(PIPED, splitLines(res.stdout), rt, METRIC2);
  assert.equal(c.converted.length, PIPED.filter((s) => !s.state && !s.error && s.bytes.length <= LINE_CAP).length - 2); // all but the 2 parse lines
  assert.match(String(res.stderr), /convert mode, to metric, 2 decimals/);
  assert.match(String(res.stderr), new RegExp(`${PIPED.length} lines answered`));
  console.log(`piped: ${PIPED.length} lines (${c.converted.length} converted, instret ${c.converted.join(' ')})`);
});

test('the rewrite set through the console on the board: every line = rewriteUnits; instructions per line and RAM', { skip: noBoard ?? false }, async () => {
  const fw = join(dir, 'engram-console-fw.elf');
  buildConsoleFirmware(art, fw, METRIC2);
  const s = await ConsoleSession.start(fw);
  try {
    assert.deepEqual([s.hello.mode, s.hello.direction, s.hello.decimals, s.hello.convert_error], ['convert', 'to-metric', 2, 0]);
    const steps = setSteps(METRIC2);
    // A line at a time, each answer read before the next goes out: QEMU's UART drops a byte after a
    // few failed writes to a full stdout pipe, which parallel test files on a loaded host can cause.
    const answers: Buffer[] = [];
    for (const st of steps) {
      s.send(Buffer.concat([Buffer.from(st.bytes), Buffer.from(st.end)]));
      const a = await s.nextLine();
      assert.ok(a !== null, 'the device stopped');
      answers.push(a);
    }
    const end = await s.end();
    end.answers.unshift(...answers);
    assert.deepEqual({ lines: end.end.lines, status: end.status }, { lines: steps.length, status: 0 });
    const c = check(steps, end.answers, rt, METRIC2);
    assert.equal(c.converted.length, set.length);
    const m = end.end.memory;
    const ram = m.static_ram_bytes + m.stack_high_water_bytes;
    const f = (x: number) => Math.round(x).toLocaleString('en-US');
    console.log(
      `rewrite set through the board console: ${set.length}/${set.length} = rewriteUnits; instret per line median ${f(percentile(c.converted, 50))}, ` +
        `p95 ${f(percentile(c.converted, 95))}, max ${f(Math.max(...c.converted))}; RAM static ${m.static_ram_bytes} + stack ${m.stack_high_water_bytes} = ${ram} B ` +
        `(scratch union ${m.scratch_bytes}: parse ${m.parse_scratch_bytes}, convert spans ${m.convert_spans_bytes} + scratch ${m.convert_scratch_bytes}); flash ${m.flash_firmware_bytes} B`,
    );
    assert.ok(ram <= BOARD_RAM, `RAM ${ram} > ${BOARD_RAM}`);
    assert.equal(m.scratch_bytes, m.parse_scratch_bytes, 'convert mode fits inside the parse scratch');
  } finally {
    s.kill();
  }
});

// ---------------------------------------------------------------- the host loop under ASan + UBSan

function buildHost(name: string, vars: string[] = []): string {
  const bin = join(dir, name);
  run('make', makeArgs('console-limits', `CLB=${bin}`, ...vars));
  return bin;
}

function runHost(bin: string, args: string[], steps: Step[]): { status: number | null; answers: Buffer[] } {
  const res = spawnSync(bin, [...args], { input: input(steps), maxBuffer: 1 << 28, env: { ...process.env, UBSAN_OPTIONS: 'halt_on_error=1' } });
  assert.equal(res.error, undefined);
  assert.equal(String(res.stderr), '', 'no sanitizer report');
  return { status: res.status, answers: splitLines(res.stdout) };
}

/** Seeded random texts (the rewrite's property-test generator), line ends taken out. */
function randomLines(seed: number, n: number): Uint8Array[] {
  return fc.sample(randomText, { seed, numRuns: n }).map((t) => t.filter((x) => x !== 0x0a && x !== 0x0d));
}

test('the console loop on the host under ASan + UBSan in convert mode (make console-limits)', { skip: noHost ?? false }, async (t) => {
  const parse: ConsoleState = { mode: 'parse', direction: 'to-metric', decimals: 2 };
  const queries = demoQueries();
  const steps: Step[] = [
    ...setSteps(METRIC2),
    command(K.metric, METRIC2),
    command(K.decimals(0), convert('to-metric', 0)),
    ...setSteps(convert('to-metric', 0)),
    command(K.metric, convert('to-metric', 0)),
    command(K.decimals(6), convert('to-metric', 6)),
    ...setSteps(convert('to-metric', 6)),
    command(K.metric, convert('to-metric', 6)),
    text('1F '.repeat(170) + '1F'), // 512 bytes, each 1F -> -17.222222 °C: the longest answer kind
    text('1F '.repeat(171)), // 513 bytes
    ...randomLines(16, 1500).map((l, k) => text(l, k % 3 === 0 ? '\r\n' : '\n')),
    command(K.parse, { ...convert('to-metric', 6), mode: 'parse' }),
    ...queries.slice(0, 40).map((q) => text(q)),
    command(K.convert, convert('to-metric', 6)),
    command(K.imperial, convert('to-imperial', 6)),
    ...randomLines(17, 300).map((l) => text(l)),
    refused(':decimals'),
    refused(':decimals 7'),
    command(K.parse, { ...convert('to-imperial', 6), mode: 'parse' }),
    text(':parse now'), // not a command: parsed as text
    ...queries.slice(40, 60).map((q) => text(q)),
  ];
  const bin = buildHost('engram-console-convert');

  await t.test(`${steps.length} lines, fed 4096 and 1 byte at a time: every answer exact`, () => {
    for (const chunk of ['4096', '1']) {
      const r = runHost(bin, ['--chunk', chunk, '--convert', art], steps);
      assert.equal(r.status, 0);
      const c = check(steps, r.answers, rt, METRIC2);
      assert.equal(c.tooLarge, 0);
    }
    // the same session started with --to imperial --decimals 6 in parse mode, switched by its first line
    const r = runHost(bin, ['--to', 'imperial', '--decimals', '6', art], [command(K.mode, { ...convert('to-imperial', 6), mode: 'parse' }), ...steps.slice(0, 5)]);
    check([command(K.mode, { ...convert('to-imperial', 6), mode: 'parse' }), ...steps.slice(0, 5)], r.answers, rt, parse);
  });

  await t.test('a 160-byte frame buffer: every answer exact or CMD_TOO_LARGE, both seen', () => {
    const cut = buildHost('engram-console-convert-cut', ['CMD_LIMITS=$(CMD_BOARD_LIMITS) -DEG_CONSOLE_OUT_CAP=160']);
    const r = runHost(cut, ['--convert', art], steps);
    const c = check(steps, r.answers, rt, METRIC2, true);
    const exact = steps.filter((s) => !s.state && !s.error && s.bytes.length <= LINE_CAP).length - c.tooLarge;
    assert.ok(exact > 0 && c.tooLarge > 0, `${exact} exact, ${c.tooLarge} CMD_TOO_LARGE`);
    console.log(`160-byte frame buffer: ${exact} answers exact, ${c.tooLarge} CMD_TOO_LARGE`);
  });

  await t.test('built without convert mode (EG_CONSOLE_HAVE_REWRITE=0): :parse and :mode answer, the rest CMD_REWRITE_OPTION', () => {
    const small = buildHost('engram-console-parse-only', ['CON_DEFS=-DEG_CONSOLE_HAVE_REWRITE=0']);
    const only: Step[] = [
      command(K.mode, parse),
      refused(K.convert),
      refused(K.imperial),
      refused(K.decimals(3)),
      text('The trail is 5 miles.'),
      command(K.parse, parse),
      ...queries.slice(0, 5).map((q) => text(q)),
    ];
    const r = runHost(small, [art], only);
    assert.equal(r.status, 0);
    check(only, r.answers, rt, parse);
    const refuse = spawnSync(small, ['--convert', art], { input: '' });
    assert.equal(refuse.status, 2);
    assert.match(String(refuse.stderr), /no convert mode \(CMD_REWRITE_OPTION; built with EG_CONSOLE_HAVE_REWRITE=0\)/);
  });
});
