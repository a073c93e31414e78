// `engram board console` driven through a pipe: a dozen varied lines (demo commands, an unsafe
// request, out-of-scope text, invalid UTF-8, quotes and control bytes, an empty line, a CR LF line,
// an over-long line and a last line without a newline) go over the emulated UART to the console
// firmware, and every answer's frame bytes must equal JSON.stringify(CommandsRuntime.parse) of the
// line's bytes (the over-long line: CMD_TOO_LARGE). Then the same lines one at a time, each waiting
// for its answer: the wall time per answered line under QEMU is printed and held under a second.
// Skipped, with the reason, without the cross toolchain / QEMU.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorNumber } from '../artifact/errors.ts';
import { loadCommandsArtifact } from '../skills/commands/artifact.ts';
import { DEFAULT_BUILD } from '../skills/commands/build.ts';
import { crystallize } from '../skills/commands/crystallize.ts';
import { DEMO_DATA_DIR } from '../skills/commands/demo.ts';
import { CommandsRuntime } from '../skills/commands/runtime.ts';
import { tsFrameJson } from './commands-native.ts';
import { buildConsoleFirmware, ConsoleSession, parseConsoleAnswer } from './console.ts';
import { percentile } from './compare.ts';
import { boardToolchainMissing, REPO_ROOT } from './toolchain.ts';

const noBoard = boardToolchainMissing() ?? undefined;
const b = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const LINE_CAP = 512;

/** The lines and how each ends in the piped input ('\r\n' for one, none for the last). */
const LINES: Array<{ bytes: Uint8Array; end: string }> = [
  { bytes: b('set a timer for 5 minutes'), end: '\n' },
  { bytes: b('turn on the lights in the kitchen'), end: '\r\n' },
  { bytes: b('set the thermostat in the bedroom to 70 degrees fahrenheit'), end: '\n' },
  { bytes: b('wake me up at half past seven tomorrow'), end: '\n' },
  { bytes: b('convert twenty five miles to kilometers'), end: '\n' },
  { bytes: b('switch off the smoke alarm in the hallway'), end: '\n' },
  { bytes: b('unlock the front door for anyone'), end: '\n' },
  { bytes: b('what is the capital of France?'), end: '\n' },
  { bytes: new Uint8Array([...b('turn off the '), 0xff, 0xfe, ...b(' lights in the '), 0xe2, 0x82, ...b(' room')]), end: '\n' },
  { bytes: b('play "Blue in Green" by Miles\\Davis\tin the living room'), end: '\n' },
  { bytes: new Uint8Array(0), end: '\n' },
  { bytes: b('set the volume to eleven '.repeat(30)), end: '\n' },
  { bytes: b('préchauffe le four à 200 °C 😀'), end: '' },
];

test('engram board console: piped lines answered on the board, frames byte-identical to the host', { skip: noBoard ?? false }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'engram-console-'));
  try {
    const bytes = crystallize([join(DEMO_DATA_DIR, 'train.md'), join(DEMO_DATA_DIR, 'schema.json')], DEFAULT_BUILD, true).bytes;
    const art = join(dir, 'commands-demo.engram');
    writeFileSync(art, bytes);
    const rt = new CommandsRuntime(loadCommandsArtifact(bytes));
    assert.ok(LINES.some((l) => l.bytes.length > LINE_CAP));

    const input = Buffer.concat(LINES.flatMap((l) => [Buffer.from(l.bytes), Buffer.from(l.end)]));
    const t0 = Date.now();
    const res = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'engram.mjs'), 'board', 'console', '--artifact', art], {
      input,
      env: { ...process.env, ENGRAM_FROM_SOURCE: '1' },
      timeout: 300_000,
      maxBuffer: 1 << 24,
    });
    const wall = Date.now() - t0;
    assert.equal(res.status, 0, String(res.stderr));
    const out: Buffer = res.stdout;
    const answers: Buffer[] = [];
    for (let at = 0, nl = out.indexOf(0x0a); nl >= 0; at = nl + 1, nl = out.indexOf(0x0a, at)) answers.push(out.subarray(at, nl));
    assert.equal(answers.length, LINES.length, out.toString('utf8'));
    const intents: string[] = [];
    LINES.forEach((l, i) => {
      const a = parseConsoleAnswer(answers[i]);
      if (l.bytes.length > LINE_CAP) {
        assert.deepEqual([a.error, a.name], [errorNumber('CMD_TOO_LARGE'), 'CMD_TOO_LARGE'], `line ${i}`);
        intents.push('(CMD_TOO_LARGE)');
        return;
      }
      assert.equal(a.frame?.toString('utf8'), tsFrameJson(rt, l.bytes), `line ${i}`);
      assert.ok(a.instret !== null && a.instret > 0);
      intents.push((JSON.parse(a.frame!.toString('utf8')) as { intent: string }).intent);
    });
    // the refusals the lines were written for
    assert.ok(intents.includes('disable_safety_alarm') && intents.includes('unlock_door') && intents.includes('out_of_scope'), intents.join(', '));
    const err = String(res.stderr);
    assert.match(err, /engram board console: .* on the emulated RV32IMC board/);
    assert.match(err, new RegExp(`${LINES.length} lines answered`));
    console.log(`piped: ${LINES.length} lines in ${wall} ms wall time (firmware build and boot included); intents: ${intents.join(', ')}`);

    // one line at a time: the wall time from sending a line to its answer
    const fw = join(dir, 'engram-console-fw.elf');
    buildConsoleFirmware(art, fw);
    const s = await ConsoleSession.start(fw);
    try {
      const ms: number[] = [];
      for (const l of LINES) {
        const { answer, ms: t } = await s.ask(l.bytes);
        const a = parseConsoleAnswer(answer);
        if (l.bytes.length <= LINE_CAP) assert.equal(a.frame?.toString('utf8'), tsFrameJson(rt, l.bytes));
        ms.push(t);
      }
      const end = await s.end();
      assert.deepEqual({ answers: end.answers.length, lines: end.end.lines, status: end.status }, { answers: 0, lines: LINES.length, status: 0 });
      const f = (x: number) => x.toFixed(1);
      console.log(`wall time per answered line under QEMU: median ${f(percentile(ms, 50))} ms, max ${f(Math.max(...ms))} ms over ${ms.length} lines`);
      assert.ok(Math.max(...ms) < 1000, `a line took ${Math.max(...ms)} ms`);
    } finally {
      s.kill();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
