// The live console of the commands skill (docs/board.md "Live console"): `engram board console
// --artifact A.engram [--convert] [--to imperial] [--decimals N]` builds c/board/firmware/console_main.c
// with the artifact in flash and the mode to boot in (c/mk/commands-board.mk `console-firmware`,
// CON_START), boots it under QEMU with the virt machine's UART on QEMU's stdin/stdout, and forwards the
// user's bytes to it, as they are (a pipe or a terminal); the device answers each line with one line
// (eg_console.h):
//   {"frame":<the frame JSON of `engram commands parse`>,"instret":N}          parse mode
//   {"rewrite":<the JSON of `engram commands convert --json`>,"instret":N}     convert mode
//   {"mode":"parse"|"convert","to":"metric"|"imperial","decimals":D}           a console command line
//   {"error":E,"name":...,"bytes":B}
// The console command lines (:parse, :convert, :metric, :imperial, :decimals N, :mode) switch the
// mode and the rewrite options while the session runs.
// Around the answers the device writes a boot line ({"engram_console": 1, ...}) and, after the end
// byte 0x04 that is sent at the end of the input, an end line with its memory figures; both go to
// stderr here, so stdout holds the answers alone, one line per input line.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { loadCommandsArtifact } from '../skills/commands/artifact.ts';
import { loadArtifactFile } from '../io/artifact-file.ts';
import type { RewriteDirection } from '../skills/commands/rewrite/rewrite.ts';
import { boardToolchainMissing, makeArgs, QEMU, run } from './toolchain.ts';

/** The byte that ends a console session (EOT): the device answers what is pending and exits. */
export const CONSOLE_END_BYTE = 0x04;

/** The console's state: parse or convert mode, and the rewrite options convert mode uses. */
export interface ConsoleState {
  mode: 'parse' | 'convert';
  direction: RewriteDirection;
  decimals: number;
}

export const DEFAULT_CONSOLE_STATE: ConsoleState = { mode: 'parse', direction: 'to-metric', decimals: 2 };

/** The console command lines of eg_console.h: each is answered with the state after it. */
export const CONSOLE_COMMANDS = {
  parse: ':parse',
  convert: ':convert',
  metric: ':metric',
  imperial: ':imperial',
  decimals: (n: number): string => `:decimals ${n}`,
  mode: ':mode',
} as const;

export interface ConsoleHello extends ConsoleState {
  api: number;
  artifact_bytes: number;
  load_error: number;
  load_instret: number;
  line_cap: number;
  /** eg_console_init_convert's code at boot (0: convert mode is there). */
  convert_error: number;
}

export interface ConsoleEnd {
  lines: number;
  memory: Record<string, number>;
}

/** One answer line, split into its parts: a frame's or a rewrite's exact bytes, a command's state, or the error. */
export interface ConsoleAnswer {
  /** The frame JSON bytes (between {"frame": and ,"instret":), or null. */
  frame: Buffer | null;
  /** The rewrite JSON bytes (between {"rewrite": and ,"instret":), or null. */
  rewrite: Buffer | null;
  /** The state a console command line left, or null. */
  state: ConsoleState | null;
  instret: number | null;
  error: number | null;
  name: string | null;
}

const HEADS = { frame: Buffer.from('{"frame":'), rewrite: Buffer.from('{"rewrite":') };
const INSTRET_KEY = Buffer.from(',"instret":');
const NONE: ConsoleAnswer = { frame: null, rewrite: null, state: null, instret: null, error: null, name: null };

/** Splits an answer line (without its newline); throws on anything else. */
export function parseConsoleAnswer(line: Buffer): ConsoleAnswer {
  for (const key of ['frame', 'rewrite'] as const) {
    const head = HEADS[key];
    if (!line.subarray(0, head.length).equals(head)) continue;
    const body = (end: number, instret: number | null): ConsoleAnswer => {
      const bytes = line.subarray(head.length, end);
      return key === 'frame' ? { ...NONE, frame: bytes, instret } : { ...NONE, rewrite: bytes, instret };
    };
    // The frame / rewrite is JSON whose strings escape '"', so the last ,"instret": is the envelope's.
    const k = line.lastIndexOf(INSTRET_KEY);
    if (k > 0 && line[line.length - 1] === 0x7d) {
      const n = line.subarray(k + INSTRET_KEY.length, line.length - 1).toString('latin1');
      if (/^[0-9]+$/.test(n)) return body(k, Number(n));
    }
    if (k < 0 && line[line.length - 1] === 0x7d) return body(line.length - 1, null);
    throw new Error(`console: malformed answer line: ${line.toString('utf8').slice(0, 300)}`);
  }
  const o = JSON.parse(line.toString('utf8')) as Record<string, unknown>;
  if (typeof o.error === 'number' && typeof o.name === 'string') return { ...NONE, error: o.error, name: o.name };
  if ((o.mode === 'parse' || o.mode === 'convert') && (o.to === 'metric' || o.to === 'imperial') && typeof o.decimals === 'number') {
    return { ...NONE, state: { mode: o.mode, direction: o.to === 'metric' ? 'to-metric' : 'to-imperial', decimals: o.decimals } };
  }
  throw new Error(`console: not an answer line: ${line.toString('utf8').slice(0, 300)}`);
}

/** The -D flags of the console firmware's state at boot (console_main.c, make CON_START). */
export function consoleStartFlags(start: ConsoleState): string {
  return [
    `-DEG_CONSOLE_FW_MODE=${start.mode === 'convert' ? 1 : 0}`,
    `-DEG_CONSOLE_FW_DIRECTION=${start.direction === 'to-imperial' ? 1 : 0}`,
    `-DEG_CONSOLE_FW_DECIMALS=${start.decimals}`,
  ].join(' ');
}

/** Builds the console firmware with the artifact in flash and the state it boots in (c/mk/commands-board.mk). */
export function buildConsoleFirmware(artifactPath: string, fwPath: string, start: ConsoleState = DEFAULT_CONSOLE_STATE): void {
  run('make', makeArgs('console-firmware', `ARTIFACT=${resolve(artifactPath)}`, `CON=${resolve(fwPath)}`, `CON_START=${consoleStartFlags(start)}`));
}

/** QEMU arguments: the UART on stdin/stdout; semihosting only for the firmware's exit status. */
export function consoleQemuArgs(fwPath: string): string[] {
  return [
    '-M', 'virt', '-bios', 'none', '-display', 'none', '-monitor', 'none',
    '-serial', 'stdio',
    '-semihosting-config', 'enable=on,target=native',
    '-icount', 'shift=0',
    '-kernel', fwPath,
  ];
}

/**
 * A running console: the device's output as lines, bytes to its UART. `start` resolves after the
 * boot line (rejecting when the device could not load the artifact).
 */
export class ConsoleSession {
  private readonly lines: Buffer[] = [];
  private readonly waiters: Array<(line: Buffer | null) => void> = [];
  private pending = Buffer.alloc(0);
  private closed = false;
  private stderr = '';
  /** A write to the device after it stopped (EPIPE): kept for the error that `exited` leads to. */
  writeError: Error | null = null;
  readonly exited: Promise<number | null>;

  private constructor(
    private readonly proc: ChildProcessByStdio<Writable, Readable, Readable>,
    readonly args: string[],
  ) {
    proc.stdout.on('data', (chunk: Buffer) => {
      this.pending = Buffer.concat([this.pending, chunk]);
      let nl: number;
      while ((nl = this.pending.indexOf(0x0a)) >= 0) {
        this.push(this.pending.subarray(0, nl));
        this.pending = this.pending.subarray(nl + 1);
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
    });
    // A device that stopped while the host still writes closes the pipe; the stop itself is what
    // callers see (a missing end line, the exit status), with this error kept beside it.
    proc.stdin.on('error', (err: Error) => {
      this.writeError = err;
    });
    this.exited = new Promise((res, rej) => {
      proc.on('error', rej);
      proc.on('close', (code) => {
        this.closed = true;
        while (this.waiters.length) this.waiters.shift()!(null);
        res(code);
      });
    });
  }

  hello!: ConsoleHello;

  static async start(fwPath: string): Promise<ConsoleSession> {
    const args = consoleQemuArgs(fwPath);
    const s = new ConsoleSession(spawn(QEMU, args, { stdio: ['pipe', 'pipe', 'pipe'] }), [QEMU, ...args]);
    const first = await s.nextLine();
    if (first === null) throw new Error(`console: the device stopped before its boot line (${s.why()})`);
    const h = JSON.parse(first.toString('utf8')) as Record<string, number | string>;
    const num = (k: string): number => {
      if (typeof h[k] !== 'number') throw new Error(`console: boot line without "${k}": ${first.toString('utf8')}`);
      return h[k];
    };
    if (h.engram_console !== 1) throw new Error(`console: unexpected boot line: ${first.toString('utf8')}`);
    s.hello = {
      api: num('api'),
      artifact_bytes: num('artifact_bytes'),
      load_error: num('load_error'),
      load_instret: num('load_instret'),
      line_cap: num('line_cap'),
      convert_error: num('convert_error'),
      mode: h.mode === 'convert' ? 'convert' : 'parse',
      direction: h.to === 'imperial' ? 'to-imperial' : 'to-metric',
      decimals: num('decimals'),
    };
    if (s.hello.load_error !== 0) {
      await s.exited;
      throw new Error(`console: the device could not load the artifact: error ${s.hello.load_error}`);
    }
    if (s.hello.convert_error !== 0) {
      s.kill();
      throw new Error(`console: the device has no convert mode: error ${s.hello.convert_error}`);
    }
    return s;
  }

  private push(line: Buffer): void {
    const w = this.waiters.shift();
    if (w) w(line);
    else this.lines.push(line);
  }

  /** The next line the device writes (without its newline), or null once it has exited. */
  nextLine(): Promise<Buffer | null> {
    const l = this.lines.shift();
    if (l !== undefined) return Promise.resolve(l);
    if (this.closed) return Promise.resolve(null);
    return new Promise((res) => this.waiters.push(res));
  }

  /** Bytes to the device's UART, as they are. */
  send(bytes: Uint8Array): void {
    this.proc.stdin.write(bytes);
  }

  /** Sends one line (LF added) and waits for its answer; ms: wall time from sending to the answer. */
  async ask(line: Uint8Array): Promise<{ answer: Buffer; ms: number }> {
    const t0 = process.hrtime.bigint();
    this.send(Buffer.concat([line, Buffer.from([0x0a])]));
    const answer = await this.nextLine();
    if (answer === null) throw new Error(`console: the device stopped (${this.why()})`);
    return { answer, ms: Number(process.hrtime.bigint() - t0) / 1e6 };
  }

  /** Sends the end byte, reads the remaining answers and the end line, waits for the exit status. */
  async end(): Promise<{ answers: Buffer[]; end: ConsoleEnd; status: number | null }> {
    this.send(Buffer.from([CONSOLE_END_BYTE]));
    this.proc.stdin.end();
    const answers: Buffer[] = [];
    for (;;) {
      const l = await this.nextLine();
      if (l === null) throw new Error(`console: the device stopped without its end line (${this.why()})`);
      if (l.subarray(0, 8).toString('latin1') === '{"end": ') {
        const o = JSON.parse(l.toString('utf8')) as { lines: number; memory: Record<string, number> };
        return { answers, end: { lines: o.lines, memory: o.memory }, status: await this.exited };
      }
      answers.push(l);
    }
  }

  /** QEMU's stderr and a failed write, for error messages. */
  why(): string {
    return [this.stderr.trim(), this.writeError ? `write: ${this.writeError.message}` : ''].filter((x) => x).join('; ') || 'no message';
  }

  kill(): void {
    this.proc.kill('SIGKILL');
  }
}

export interface ConsoleCliOptions {
  artifact: string;
  /** The mode and rewrite options at boot (default: parse mode, to metric, 2 decimals). */
  start?: ConsoleState;
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream;
  log: NodeJS.WritableStream;
}

/**
 * `engram board console`: firmware, QEMU, then input bytes -> device, answers -> output as they
 * come. Resolves with the exit code: 0 when every line was answered and the device exited cleanly.
 */
export async function runConsoleCli(opts: ConsoleCliOptions): Promise<number> {
  const missing = boardToolchainMissing();
  if (missing) throw new Error(`board console unavailable: ${missing}`);
  loadArtifactFile(opts.artifact, loadCommandsArtifact); // the host's typed error on a bad or non-commands artifact
  const dir = mkdtempSync(join(tmpdir(), 'engram-console-'));
  try {
    const fw = join(dir, 'engram-console-fw.elf');
    buildConsoleFirmware(opts.artifact, fw, opts.start);
    const s = await ConsoleSession.start(fw);
    const h = s.hello;
    const interactive = opts.input.isTTY === true;
    const options = `to ${h.direction === 'to-imperial' ? 'imperial' : 'metric'}, ${h.decimals} decimals`;
    opts.log.write(
      `engram board console: ${opts.artifact} on the emulated RV32IMC board (QEMU virt, UART 0x10000000)\n` +
        `  artifact ${h.artifact_bytes} B loaded and checked in ${h.load_instret.toLocaleString('en-US')} instructions; lines up to ${h.line_cap} bytes\n` +
        (h.mode === 'convert'
          ? `  convert mode, ${options}; one JSON line per line typed: {"rewrite":{"text":...,"rewrites":[...]},"instret":N}\n`
          : `  parse mode (convert mode: ${options}); one JSON line per line typed: {"frame":...,"instret":N}\n`) +
        `  switch with a line ${CONSOLE_COMMANDS.convert}, ${CONSOLE_COMMANDS.parse}, ${CONSOLE_COMMANDS.metric}, ${CONSOLE_COMMANDS.imperial}, :decimals N (0..6) or ${CONSOLE_COMMANDS.mode}; ` +
        `end with ${interactive ? 'Ctrl-D' : 'end of input'}\n`,
    );
    if (interactive) opts.log.write('> ');
    const t0 = Date.now();
    let answered = 0;
    let badInput = false;
    // Flow control: QEMU's UART drops a byte after a few failed writes to a full stdout pipe, which a
    // loaded host can cause when a long input is forwarded all at once. So the input is paused while
    // more than PACE lines (counted by their LF) wait for an answer, and resumed as answers come.
    const PACE = 4;
    let waiting = 0;
    let paused = false;
    const printer = (async () => {
      for (;;) {
        const l = await s.nextLine();
        if (l === null || l.subarray(0, 8).toString('latin1') === '{"end": ') return l;
        opts.output.write(Buffer.concat([l, Buffer.from([0x0a])]));
        answered++;
        waiting--;
        if (paused && waiting <= 1) {
          paused = false;
          opts.input.resume();
        }
        if (interactive) opts.log.write('> ');
      }
    })();
    await new Promise<void>((res, rej) => {
      const onData = (chunk: Buffer | string) => {
        const b = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        if (b.includes(CONSOLE_END_BYTE)) {
          // 0x04 ends the device's session; a line holding it cannot be sent as it is.
          badInput = true;
          opts.input.removeListener('data', onData);
          opts.input.pause();
          res();
          return;
        }
        for (const x of b) if (x === 0x0a) waiting++;
        s.send(b);
        if (waiting > PACE && !paused) {
          paused = true;
          opts.input.pause();
        }
      };
      opts.input.on('data', onData);
      opts.input.on('end', () => res());
      opts.input.on('error', rej);
    });
    s.send(Buffer.from([CONSOLE_END_BYTE]));
    const last = await printer;
    const status = await s.exited;
    if (badInput) {
      opts.log.write(`engram board console: the input holds the byte 0x04, which ends the session; stopped there\n`);
      return 2;
    }
    if (last === null) {
      opts.log.write(`engram board console: the device stopped without its end line (exit ${status}; ${s.why()})\n`);
      return 1;
    }
    const end = JSON.parse(last.toString('utf8')) as { lines: number; memory: Record<string, number> };
    const m = end.memory;
    const secs = (Date.now() - t0) / 1000;
    opts.log.write(
      `${interactive ? '\n' : ''}engram board console: ${end.lines} lines answered in ${secs.toFixed(1)} s wall time; ` +
        `RAM static ${m.static_ram_bytes} + stack ${m.stack_high_water_bytes} B, flash ${m.flash_firmware_bytes} B (artifact ${m.flash_artifact_bytes})\n`,
    );
    return status === 0 && end.lines === answered ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
