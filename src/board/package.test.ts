// `engram board package` (src/board/package.ts): the ESP-IDF component and the Arduino library it writes,
// checked as far as this machine can without ESP-IDF, the Arduino IDE or a board:
//   - the required fields of CMakeLists.txt (idf_component_register with every .c as SRCS),
//     idf_component.yml and library.properties;
//   - every copied source is the repository's byte for byte but for the two documented changes;
//   - every C file of both layouts cross-compiles for the ESP32-C3's ISA (riscv64-unknown-elf-gcc
//     -march=rv32imc -mabi=ilp32 --specs=picolibc.specs -std=c99 -Wall -Wextra -Werror -O2 -c), the
//     ESP-IDF example main.c too (both consoles) against stub ESP-IDF headers written here, and the
//     sketch with riscv64-unknown-elf-g++ against a stub Arduino.h; the component links into an RV32IMC
//     image with no soft-float helper and the artifact array at a 16-byte-aligned address;
//   - the artifact array round-trips (compiled on the host, dumped, same sha256);
//   - the example main.c and the sketch, compiled on the host with stub serial ports reading stdin,
//     answer every line with the frame `engram commands parse` gives (TS runtime), byte for byte, and
//     in convert mode (:convert, :imperial, :parse) every sentence with the rewrite `engram commands
//     convert --json` gives (rewriteUnits), byte for byte;
//   - the package's intent-slot limit is the board limit docs/board.md states;
//   - the folder is refused when it exists and is not empty, replaced with --force, and never when
//     the artifact is inside it.
// The stubs declare only what the examples call, with the signatures of ESP-IDF's headers
// (driver/uart.h, driver/usb_serial_jtag.h) and Arduino's Print/Stream; they prove our code against
// those declarations, not against ESP-IDF or the Arduino core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { ArtifactError } from '../artifact/errors.ts';
import { OutputError } from '../io/errors.ts';
import { CommandsRuntime } from '../skills/commands/runtime.ts';
import { rewriteUnits, type RewriteOptions } from '../skills/commands/rewrite/rewrite.ts';
import { readRewriteSet } from '../skills/commands/rewrite/set.ts';
import { loadCommandsArtifact } from '../skills/commands/artifact.ts';
import { demoArtifact, demoQueries } from './commands-fuzz.ts';
import { tsFrameJson } from './commands-native.ts';
import {
  COMPONENT_DIR,
  configPrologue,
  INCLUDED_SOURCE_SUFFIX,
  LIBRARY,
  LIBRARY_DIR,
  packageConfig,
  PackageError,
  packageFiles,
  writeFolderAtomic,
  writePackage,
} from './package.ts';
import { CONSOLE_COMMANDS as K } from './console.ts';
import { C_DIR, CROSS_GCC, haveTool, REPO_ROOT } from './toolchain.ts';

const CROSS_GXX = 'riscv64-unknown-elf-g++';
const RV = ['-march=rv32imc', '-mabi=ilp32', '--specs=picolibc.specs'];
const CFLAGS = ['-std=c99', '-Wall', '-Wextra', '-Werror', '-O2'];
const noCross = haveTool(CROSS_GCC) ? false : `${CROSS_GCC} not installed`;
const noCrossGxx = haveTool(CROSS_GXX) ? false : `${CROSS_GXX} not installed`;
const noHost = haveTool('gcc') && haveTool('g++') ? false : 'host gcc/g++ not installed';
const noMake = haveTool('make') ? false : 'make not installed';
/** The soft-float helpers c/Makefile's check-float looks for. */
const SOFT_FLOAT_RE = /__(add|sub|mul|div|neg|cmp|eq|ne|lt|le|gt|ge|unord|fix|fixuns|float|floatun|extend|trunc|pow|powi)[sdt]f/;

function sh(cmd: string, args: string[], input?: string | Uint8Array): { out: Buffer; err: string } {
  const r = spawnSync(cmd, args, { input, maxBuffer: 1 << 28, timeout: 300_000 });
  if (r.error) throw new Error(`${cmd}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}:\n${String(r.stderr).slice(-3000)}`);
  return { out: r.stdout, err: String(r.stderr) };
}

// ---------------------------------------------------------------- stubs (this test only)
const STUBS: Record<string, string> = {
  'esp_err.h': `/* test stub */
#pragma once
typedef int esp_err_t;
`,
  'freertos/FreeRTOS.h': `/* test stub: the FreeRTOS names main.c uses */
#pragma once
#include <stdint.h>
typedef uint32_t TickType_t;
#define portMAX_DELAY ((TickType_t)0xffffffffu)
#define pdMS_TO_TICKS(ms) ((TickType_t)(ms))
`,
  'freertos/task.h': '/* test stub: main.c includes it as ESP-IDF apps do; it calls nothing from it */\n',
  'sdkconfig.h': '/* test stub: the console choice comes from -DCONFIG_ESP_CONSOLE_USB_SERIAL_JTAG=1 or its absence */\n',
  'driver/uart.h': `/* test stub: ESP-IDF driver/uart.h signatures of what main.c calls */
#pragma once
#include <stddef.h>
#include <stdint.h>
#include "esp_err.h"
#include "freertos/FreeRTOS.h"
typedef enum { UART_NUM_0 = 0, UART_NUM_1 = 1 } uart_port_t;
typedef void *QueueHandle_t;
esp_err_t uart_driver_install(uart_port_t uart_num, int rx_buffer_size, int tx_buffer_size, int queue_size, QueueHandle_t *uart_queue, int intr_alloc_flags);
int uart_read_bytes(uart_port_t uart_num, void *buf, uint32_t length, TickType_t ticks_to_wait);
int uart_write_bytes(uart_port_t uart_num, const void *src, size_t size);
`,
  'driver/usb_serial_jtag.h': `/* test stub: ESP-IDF driver/usb_serial_jtag.h signatures of what main.c calls */
#pragma once
#include <stddef.h>
#include <stdint.h>
#include "esp_err.h"
#include "freertos/FreeRTOS.h"
typedef struct { uint32_t tx_buffer_size; uint32_t rx_buffer_size; } usb_serial_jtag_driver_config_t;
#define USB_SERIAL_JTAG_DRIVER_CONFIG_DEFAULT() (usb_serial_jtag_driver_config_t){ .tx_buffer_size = 256, .rx_buffer_size = 256 }
esp_err_t usb_serial_jtag_driver_install(usb_serial_jtag_driver_config_t *usb_serial_jtag_config);
int usb_serial_jtag_read_bytes(void *buf, uint32_t length, TickType_t ticks_to_wait);
int usb_serial_jtag_write_bytes(const void *src, size_t size, TickType_t ticks_to_wait);
`,
  'Arduino.h': `// test stub: the Arduino names the sketch uses (Print/Stream signatures)
#pragma once
#include <stddef.h>
#include <stdint.h>
class HardwareSerial {
 public:
  void begin(unsigned long baud);
  int available();
  int read();
  size_t write(const uint8_t *buffer, size_t size);
  size_t print(const char *s);
  size_t print(int n);
  size_t print(unsigned long n);
};
extern HardwareSerial Serial;
void delay(unsigned long ms);
`,
  // Host implementations: the serial port is stdin/stdout; at the end of stdin the program exits.
  'idf_host.c': `/* test stub: ESP-IDF's serial drivers on the host (stdin/stdout); app_main runs until stdin ends */
#include <stdio.h>
#include <stdlib.h>
#include "driver/uart.h"
#include "driver/usb_serial_jtag.h"
void app_main(void);
static int rd(void *buf, uint32_t n) {
    size_t got = fread(buf, 1, n > 7u ? 7u : n, stdin); /* short reads: lines arrive split across calls */
    if (got == 0u) { fflush(stdout); exit(0); }
    return (int)got;
}
static int wr(const void *p, size_t n) { return (int)fwrite(p, 1, n, stdout); }
esp_err_t uart_driver_install(uart_port_t u, int a, int b, int c, QueueHandle_t *q, int f) { (void)u; (void)a; (void)b; (void)c; (void)q; (void)f; return 0; }
int uart_read_bytes(uart_port_t u, void *buf, uint32_t n, TickType_t t) { (void)u; (void)t; return rd(buf, n); }
int uart_write_bytes(uart_port_t u, const void *p, size_t n) { (void)u; return wr(p, n); }
esp_err_t usb_serial_jtag_driver_install(usb_serial_jtag_driver_config_t *c) { (void)c; return 0; }
int usb_serial_jtag_read_bytes(void *buf, uint32_t n, TickType_t t) { (void)t; return rd(buf, n); }
int usb_serial_jtag_write_bytes(const void *p, size_t n, TickType_t t) { (void)t; return wr(p, n); }
int main(void) { app_main(); return 1; }
`,
  'arduino_host.cpp': `// test stub: Serial on the host (stdin/stdout); setup() once, loop() until stdin has ended
#include <cstdio>
#include <cstdlib>
#include "Arduino.h"
HardwareSerial Serial;
void HardwareSerial::begin(unsigned long) {}
static bool at_end = false;
int HardwareSerial::available() {
  int c = std::getchar();
  if (c == EOF) { at_end = true; return 0; }
  std::ungetc(c, stdin);
  return 1;
}
int HardwareSerial::read() { return std::getchar(); }
size_t HardwareSerial::write(const uint8_t *b, size_t n) { return std::fwrite(b, 1, n, stdout); }
size_t HardwareSerial::print(const char *s) { return (size_t)std::printf("%s", s); }
size_t HardwareSerial::print(int n) { return (size_t)std::printf("%d", n); }
size_t HardwareSerial::print(unsigned long n) { return (size_t)std::printf("%lu", n); }
void delay(unsigned long) {}
void setup();
void loop();
int main() {
  setup();
  while (!at_end) loop();  // the loop() that saw the end still fed what it had read
  return 0;
}
`,
  // On the RV32 image the drivers do nothing: this only proves that every symbol resolves.
  'idf_rv32.c': `/* test stub: ESP-IDF's serial drivers as no-ops, so the component + main.c link into an RV32 image */
#include "driver/uart.h"
void app_main(void);
esp_err_t uart_driver_install(uart_port_t u, int a, int b, int c, QueueHandle_t *q, int f) { (void)u; (void)a; (void)b; (void)c; (void)q; (void)f; return 0; }
int uart_read_bytes(uart_port_t u, void *buf, uint32_t n, TickType_t t) { (void)u; (void)buf; (void)n; (void)t; return 1; }
int uart_write_bytes(uart_port_t u, const void *p, size_t n) { (void)u; (void)p; return (int)n; }
int main(void) { app_main(); return 0; }
`,
  'dump_artifact.c': `/* test helper: writes the compiled-in artifact to stdout; exit 3 when it is not 16-byte aligned */
#include <stdio.h>
#include "engram_artifact.h"
int main(void) {
    if ((uintptr_t)engram_artifact % 16u != 0u) return 3;
    return fwrite(engram_artifact, 1, engram_artifact_len, stdout) == engram_artifact_len ? 0 : 1;
}
`,
};

function writeStubs(dir: string): string {
  for (const [rel, text] of Object.entries(STUBS)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

const cFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.c')).sort();

// ---------------------------------------------------------------- the package
const tmp = mkdtempSync(join(tmpdir(), 'engram-package-'));
const artifact = demoArtifact();
const artPath = join(tmp, 'commands-demo.engram');
writeFileSync(artPath, artifact);
const sha = createHash('sha256').update(artifact).digest('hex');
const pkg = join(tmp, 'pkg');
const idf = join(pkg, COMPONENT_DIR);
const ard = join(pkg, LIBRARY_DIR);
const stubs = writeStubs(join(tmp, 'stubs'));
const rt = new CommandsRuntime(loadCommandsArtifact(artifact));

test('board package', { skip: noMake }, async (t) => {
  t.after(() => rmSync(tmp, { recursive: true, force: true }));
  const res = writePackage({ artifact: artPath, out: pkg });
  assert.equal(res.sha256, sha);
  const cfg = packageConfig();

  await t.test('CMakeLists.txt registers every .c of src/ and the include folder; idf_component.yml', () => {
    const cmake = readFileSync(join(idf, 'CMakeLists.txt'), 'utf8');
    const m = /idf_component_register\(SRCS ([\s\S]*?)\n\s*INCLUDE_DIRS "include"\)/.exec(cmake);
    assert.ok(m, cmake);
    const srcs = [...m[1].matchAll(/"src\/([^"]+)"/g)].map((x) => x[1]).sort();
    assert.deepEqual(srcs, cFiles(join(idf, 'src')));
    assert.ok(srcs.includes('engram_artifact.c') && srcs.includes('eg_console.c') && srcs.includes('eg_cmd_runtime.c'));
    assert.ok(!srcs.some((s) => s.endsWith(INCLUDED_SOURCE_SUFFIX)));
    const yml = readFileSync(join(idf, 'idf_component.yml'), 'utf8');
    assert.match(yml, /^version: "\d+\.\d+\.\d+"$/m);
    assert.match(yml, /^description: ".+"$/m);
    assert.match(yml, /^dependencies:\n {2}idf: ">=4\.4"$/m);
    assert.match(yml, new RegExp(`sha256 ${sha}`));
    const main = readFileSync(join(idf, 'examples', 'console', 'main', 'CMakeLists.txt'), 'utf8');
    assert.match(main, /idf_component_register\(SRCS "main\.c"\s+REQUIRES engram_commands driver\)/);
    assert.match(readFileSync(join(idf, 'examples', 'console', 'sdkconfig.defaults'), 'utf8'), /^CONFIG_ESP_MAIN_TASK_STACK_SIZE=8192$/m);
  });

  await t.test('library.properties has every field of the 1.5 library format; the example sketch is there', () => {
    const props = new Map(
      readFileSync(join(ard, 'library.properties'), 'utf8')
        .split('\n')
        .filter((l) => l !== '' && !l.startsWith('#'))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] as [string, string]),
    );
    assert.deepEqual([...props.keys()].sort(), ['architectures', 'author', 'category', 'includes', 'maintainer', 'name', 'paragraph', 'sentence', 'url', 'version']);
    assert.equal(props.get('name'), LIBRARY);
    assert.match(props.get('version')!, /^\d+\.\d+\.\d+$/);
    assert.equal(props.get('architectures'), 'esp32');
    assert.equal(props.get('includes'), `${LIBRARY}.h`);
    assert.equal(props.get('url'), ''); // no --url given
    assert.ok(['Data Processing'].includes(props.get('category')!));
    for (const k of ['author', 'maintainer', 'sentence', 'paragraph']) assert.notEqual(props.get(k), '', k);
    readFileSync(join(ard, 'examples', LIBRARY, `${LIBRARY}.ino`));
  });

  await t.test('sources: the repository\'s bytes but for the config prologue and the .c.inc include; both layouts alike', () => {
    const ardSrc = join(ard, 'src');
    let copied = 0;
    let prologues = 0;
    for (const f of readdirSync(ardSrc).sort()) {
      const text = readFileSync(join(ardSrc, f), 'utf8');
      const inIdf = readFileSync(join(idf, f.endsWith('.h') ? 'include' : 'src', f), 'utf8');
      assert.equal(inIdf, text, f);
      if (/^(engram_|EngramCommands)/.test(f)) continue; // generated
      const orig = f.endsWith(INCLUDED_SOURCE_SUFFIX) ? f.slice(0, -INCLUDED_SOURCE_SUFFIX.length) : f;
      let back = text;
      if (back.startsWith(configPrologue(f))) {
        back = back.slice(configPrologue(f).length);
        prologues++;
      }
      back = back.replace(/(#include "[^"]+\.c)\.inc"/g, '$1"');
      const repo = spawnSync('git', ['ls-files', '--full-name', `*/${orig}`, orig], { cwd: C_DIR, encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean);
      assert.equal(repo.length, 1, `${orig}: ${repo.join(', ')}`);
      assert.equal(back, readFileSync(join(C_DIR, '..', repo[0]), 'utf8'), f);
      copied++;
    }
    assert.ok(copied >= 20, `${copied} files copied`);
    assert.ok(prologues >= 1 && readFileSync(join(ardSrc, 'eg_cmd.h'), 'utf8').startsWith(configPrologue('eg_cmd.h')));
    const conf = readFileSync(join(ardSrc, 'engram_config.h'), 'utf8');
    for (const [n, v] of cfg.defines) assert.ok(conf.includes(`#ifndef ${n}\n#define ${n} ${v}\n#endif`), n);
  });

  await t.test('the artifact array round-trips: compiled on the host, dumped, same sha256, 16-byte aligned', { skip: noHost }, () => {
    const exe = join(tmp, 'dump');
    sh('gcc', [...CFLAGS, `-I${join(idf, 'include')}`, '-o', exe, join(stubs, 'dump_artifact.c'), join(idf, 'src', 'engram_artifact.c')]);
    const out = sh(exe, []).out;
    assert.equal(out.length, artifact.length);
    assert.equal(createHash('sha256').update(out).digest('hex'), sha);
  });

  await t.test(`every C file cross-compiles (${CROSS_GCC} ${[...RV, ...CFLAGS, '-c'].join(' ')}), both layouts and both consoles`, { skip: noCross }, () => {
    const objs = join(tmp, 'rv32');
    mkdirSync(objs);
    const cc = (src: string, inc: string[], extra: string[] = [], obj = join(objs, `${src.split('/').slice(-3).join('_')}.o`)) => {
      sh(CROSS_GCC, [...RV, ...CFLAGS, ...extra, ...inc.map((i) => `-I${i}`), '-c', src, '-o', obj]);
      return obj;
    };
    const idfObjs = cFiles(join(idf, 'src')).map((f) => cc(join(idf, 'src', f), [join(idf, 'include')]));
    for (const f of cFiles(join(ard, 'src'))) cc(join(ard, 'src', f), [join(ard, 'src')]);
    const mainC = join(idf, 'examples', 'console', 'main', 'main.c');
    const mainUart = cc(mainC, [join(idf, 'include'), stubs], [], join(objs, 'main-uart.o'));
    cc(mainC, [join(idf, 'include'), stubs], ['-DCONFIG_ESP_CONSOLE_USB_SERIAL_JTAG=1'], join(objs, 'main-usb.o'));
    // The component and main.c link into an RV32IMC image: nothing missing, no soft float, aligned array.
    const elf = join(objs, 'console.elf');
    const stubObj = cc(join(stubs, 'idf_rv32.c'), [stubs]);
    // picolibc's default script, with the ESP32-C3's default app partition (1 MB) and its DRAM (320 KB).
    const map = ['-Wl,--defsym=__flash=0x42000000', '-Wl,--defsym=__flash_size=0x100000', '-Wl,--defsym=__ram=0x3FC80000', '-Wl,--defsym=__ram_size=0x50000'];
    sh(CROSS_GCC, [...RV, '--oslib=semihost', '--crt0=semihost', '-Wl,--gc-sections', ...map, '-o', elf, mainUart, stubObj, ...idfObjs]);
    const nm = sh('riscv64-unknown-elf-nm', [elf]).out.toString();
    const floats = nm.split('\n').filter((l) => / [TtWw] /.test(l) && SOFT_FLOAT_RE.test(l));
    assert.deepEqual(floats, []);
    const sym = /^([0-9a-f]+) [RrTt] engram_artifact$/m.exec(nm); // picolibc.ld puts .rodata in .text
    assert.ok(sym, 'engram_artifact in the image');
    assert.equal(parseInt(sym[1], 16) % 16, 0);
  });

  await t.test(`the sketch compiles with ${CROSS_GXX} against a stub Arduino.h`, { skip: noCross || noCrossGxx }, () => {
    const ino = join(ard, 'examples', LIBRARY, `${LIBRARY}.ino`);
    sh(CROSS_GXX, [...RV, '-std=gnu++17', '-Wall', '-Wextra', '-Werror', '-O2', '-fno-exceptions', '-fno-rtti', '-x', 'c++', '-include', join(stubs, 'Arduino.h'), `-I${join(ard, 'src')}`, '-c', ino, '-o', join(tmp, 'ino.o')]);
  });

  // The lines both examples get: demo training queries, a quoted one, invalid UTF-8, an empty line,
  // CR LF and CR endings, and one longer than the 512-byte line buffer (63 lines); then convert mode:
  // :convert, sentences of the rewrite set that change (to metric), :imperial and sentences to
  // imperial (a CR LF line among them), :parse and a query parsed again (12 lines).
  const enc = new TextEncoder();
  const queries = [...demoQueries().slice(0, 60), enc.encode('say "hi" \\ to the \u{1F600} kitchen'), new Uint8Array([0x74, 0xff, 0xc3, 0x28, 0x6e]), new Uint8Array(0)];
  const long = enc.encode('x'.repeat(600));
  const set = readRewriteSet();
  const changed = (direction: RewriteOptions['direction']) => set.filter((c) => c.direction === direction && c.expected !== c.input).map((c) => c.input);
  const toMetric = changed('to-metric').slice(0, 4);
  const toImperial = changed('to-imperial').slice(0, 3);
  const rewrite = (line: string, direction: RewriteOptions['direction']) => `{"rewrite":${JSON.stringify(rewriteUnits(line, { direction }))}}`;
  const state = (mode: string, to: string) => `{"mode":"${mode}","to":"${to}","decimals":2}`;
  const again = demoQueries()[60];
  const input = Buffer.concat([
    ...queries.slice(0, -2).map((q) => Buffer.concat([q, Buffer.from('\n')])),
    Buffer.concat([queries.at(-2)!, Buffer.from('\r\n')]),
    Buffer.from('\r'),
    long,
    Buffer.from('\n'),
    Buffer.from([K.convert, ...toMetric, K.imperial].map((l) => `${l}\n`).join('')),
    Buffer.from(`${toImperial[0]}\r\n${toImperial.slice(1).map((l) => `${l}\n`).join('')}${K.parse}\n`),
    Buffer.concat([again, Buffer.from('\n')]),
  ]);
  const expected = [
    `{"engram_console": 1, "api": 1, "artifact_bytes": ${artifact.length}, "load_error": 0, "line_cap": 512, "convert_error": 0}`,
    ...queries.map((q) => `{"frame":${tsFrameJson(rt, q)}}`),
    `{"error":300,"name":"CMD_TOO_LARGE","bytes":600}`,
    state('convert', 'metric'),
    ...toMetric.map((l) => rewrite(l, 'to-metric')),
    state('convert', 'imperial'),
    ...toImperial.map((l) => rewrite(l, 'to-imperial')),
    state('parse', 'imperial'),
    `{"frame":${tsFrameJson(rt, again)}}`,
  ].join('\n') + '\n';
  assert.equal(expected.split('\n').length - 2, 63 + 12); // answers, without the boot line and the final ''
  assert.ok(toMetric.length === 4 && toImperial.length === 3 && again !== undefined);

  await t.test('ESP-IDF main.c on the host (stub UART / USB Serial-JTAG on stdin): every answer is the TS frame or rewrite', { skip: noHost }, () => {
    const srcs = cFiles(join(idf, 'src')).map((f) => join(idf, 'src', f));
    for (const usb of [false, true]) {
      const exe = join(tmp, `idf-host-${usb ? 'usb' : 'uart'}`);
      sh('gcc', [...CFLAGS, ...(usb ? ['-DCONFIG_ESP_CONSOLE_USB_SERIAL_JTAG=1'] : []), `-I${join(idf, 'include')}`, `-I${stubs}`, '-o', exe, join(idf, 'examples', 'console', 'main', 'main.c'), join(stubs, 'idf_host.c'), ...srcs]);
      assert.equal(sh(exe, [], input).out.toString('utf8'), expected);
    }
  });

  await t.test('the sketch on the host (stub Serial on stdin): every answer is the TS frame or rewrite', { skip: noHost }, () => {
    const objs = cFiles(join(ard, 'src')).map((f) => {
      const o = join(tmp, `host-${f}.o`);
      sh('gcc', [...CFLAGS, `-I${join(ard, 'src')}`, '-c', join(ard, 'src', f), '-o', o]);
      return o;
    });
    const exe = join(tmp, 'ino-host');
    const ino = join(ard, 'examples', LIBRARY, `${LIBRARY}.ino`);
    sh('g++', ['-std=gnu++17', '-Wall', '-Wextra', '-Werror', '-O2', `-I${join(ard, 'src')}`, `-I${stubs}`, '-o', exe, '-x', 'c++', '-include', join(stubs, 'Arduino.h'), ino, join(stubs, 'arduino_host.cpp'), '-x', 'none', ...objs]);
    assert.equal(sh(exe, [], input).out.toString('utf8'), expected);
  });

  await t.test('an existing non-empty folder is refused, replaced with --force, never with the artifact inside', () => {
    assert.throws(() => writePackage({ artifact: artPath, out: pkg }), (e: unknown) => e instanceof OutputError && e.code === 'OUTPUT_NOT_EMPTY');
    writeFileSync(join(pkg, 'stale.txt'), 'x');
    const again = writePackage({ artifact: artPath, out: pkg, force: true, url: 'https://example.org/engram' });
    assert.equal(again.sha256, sha);
    assert.deepEqual(readdirSync(pkg).sort(), ['README.md', 'arduino', 'esp-idf']);
    assert.match(readFileSync(join(ard, 'library.properties'), 'utf8'), /^url=https:\/\/example\.org\/engram$/m);
    // No temporary or old folder is left beside it.
    assert.deepEqual(readdirSync(tmp).filter((f) => f.startsWith('pkg.')), []);
    const inner = join(pkg, 'inner.engram');
    writeFileSync(inner, artifact);
    assert.throws(() => writePackage({ artifact: inner, out: pkg, force: true }), (e: unknown) => e instanceof OutputError && e.code === 'OUTPUT_IS_INPUT');
    assert.ok(readdirSync(pkg).includes('inner.engram'), 'the folder is untouched');
    const empty = join(tmp, 'empty');
    mkdirSync(empty);
    writeFolderAtomic(empty, new Map([['a/b.txt', 'b']]));
    assert.equal(readFileSync(join(empty, 'a', 'b.txt'), 'utf8'), 'b');
  });

  await t.test('the CLI: engram board package --json; a non-empty folder is an OUTPUT_NOT_EMPTY error, exit 1', () => {
    const main = join(C_DIR, '..', 'src', 'cli', 'main.ts');
    const script = `const { main } = await import(${JSON.stringify(main)}); await main(['node', 'engram', ...process.argv.slice(1)]);`;
    const engram = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, ...args], { encoding: 'utf8' });
    const out = join(tmp, 'cli-pkg');
    const ok = engram(['board', 'package', '--artifact', artPath, '--out', out, '--json']);
    assert.equal(ok.status, 0, ok.stderr);
    // the sources twice (both layouts), 6 ESP-IDF files (CMakeLists, yml, example x4), 2 Arduino, README
    assert.deepEqual(JSON.parse(ok.stdout), { out, files: readdirSync(join(out, LIBRARY_DIR, 'src')).length * 2 + 9, artifactBytes: artifact.length, sha256: sha });
    const again = engram(['board', 'package', '--artifact', artPath, '--out', out]);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /OUTPUT_NOT_EMPTY: .*cli-pkg exists and is not empty; choose a new folder or pass --force/);
  });

  await t.test('the intent-slot limit docs/board.md states for the package is the one it builds with', () => {
    const limit = cfg.defines.find(([n]) => n === 'EG_CMD_MAX_INTENT_SLOTS')![1];
    const doc = readFileSync(join(REPO_ROOT, 'docs', 'board.md'), 'utf8');
    const from = doc.indexOf('\n## Flashing a real ESP32-C3\n');
    assert.ok(from >= 0, 'docs/board.md has the package section');
    const end = doc.indexOf('\n## ', from + 1); // the next top-level section, if any
    const section = doc.slice(from, end < 0 ? undefined : end);
    const stated = [...section.matchAll(/EG_CMD_MAX_INTENT_SLOTS=(\d+)|intent of more than (\d+) slots/g)].map((m) => m[1] ?? m[2]);
    assert.deepEqual(stated, [limit, limit]);
  });

  await t.test('an artifact with an intent wider than the board limit is refused with CMD_TOO_LARGE', () => {
    const limit = Number(cfg.defines.find(([n]) => n === 'EG_CMD_MAX_INTENT_SLOTS')![1]);
    const cfgNarrow = { ...cfg, defines: cfg.defines.map(([n, v]): [string, string] => [n, n === 'EG_CMD_MAX_INTENT_SLOTS' ? '1' : v]) };
    assert.ok(limit >= 1);
    assert.throws(() => packageFiles({ artifact, artifactName: 'demo', config: cfgNarrow }), (e: unknown) => e instanceof PackageError && e.code === 'CMD_TOO_LARGE');
    assert.throws(() => packageFiles({ artifact: artifact.subarray(0, 100), artifactName: 'cut', config: cfg }), (e: unknown) => e instanceof ArtifactError && e.code === 'TRUNCATED');
  });
});
