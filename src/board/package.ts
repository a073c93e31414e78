// `engram board package`: the commands skill's C runtime for people who flash a real ESP32-C3, written
// from an artifact as (a) an ESP-IDF component (CMakeLists.txt with idf_component_register,
// idf_component.yml, an example project) and (b) an Arduino library (library.properties, src/, an
// example sketch), both with the artifact compiled in as a C array (docs/board.md "Flashing a real
// ESP32-C3").
//
// What goes in is what the QEMU console firmware runs (c/mk/package.mk `print-package`: the board
// sources and their -D configuration, plus the line loop c/board/eg_console.c), so the device runs
// what the board proof measured. The sources are copied with two mechanical changes, both needed
// because the Arduino IDE compiles every .c file of src/ and passes no -D flags:
//   - a file that reads a configured macro starts with `#include "engram_config.h"` and `#line 1`
//     (engram_config.h holds the -D configuration, each value overridable with -D);
//   - a .c file that another one #includes (eg_cmd_normalize.c, compiled into eg_cmd_grammar.c) is
//     shipped as NAME.c.inc and the #include names that, so it is not compiled a second time.
// Every other byte is the repository's. The artifact is engram_artifact.c: `const uint8_t
// engram_artifact[]` aligned to 16 bytes and `engram_artifact_len`.
//
// The folder is written atomically: every file goes into a fresh sibling folder that is renamed into
// place at the end. An existing non-empty folder is refused (OUTPUT_NOT_EMPTY) unless `force`.
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, sep } from 'node:path';
import type { Command } from 'commander';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { writeFileAtomic } from '../io/atomic-write.ts';
import { fsReason, OutputError } from '../io/errors.ts';
import { mkdirp } from '../io/mkdirp.ts';
import { assertOutputsSafe } from '../io/output-guard.ts';
import { realPathOf } from '../io/real-path.ts';
import { loadArtifactFile } from '../io/artifact-file.ts';
import { loadCommandsArtifact } from '../skills/commands/artifact.ts';
import { C_DIR, REPO_ROOT, run } from './toolchain.ts';

export const PACKAGING_DIR = join(C_DIR, 'packaging');
/** The ESP-IDF component's folder name (= its component name) and the Arduino library's name. */
export const COMPONENT = 'engram_commands';
export const LIBRARY = 'EngramCommands';
export const COMPONENT_DIR = join('esp-idf', COMPONENT);
export const LIBRARY_DIR = join('arduino', LIBRARY);
/** The example's main task stack: the QEMU console firmware's whole stack high-water is about 1.9 KB
 * (crt0, main, eg_console, eg_cmd_parse); the rest is room for ESP-IDF's drivers and snprintf. */
export const MAIN_TASK_STACK = 8192;

/** What stops a package from being written: the artifact needs more than the board build allows
 * (CMD_TOO_LARGE, the code the device would answer at load), or the C tree cannot be packaged flat. */
export class PackageError extends Error {
  override name = 'PackageError';
  constructor(
    readonly code: 'CMD_TOO_LARGE' | 'PACKAGE_SOURCES',
    message: string,
  ) {
    super(message);
  }
}

/** The package's C side, as c/mk/package.mk states it (paths relative to c/). */
export interface PackageConfig {
  sources: string[];
  defines: Array<[name: string, value: string]>;
  includes: string[];
}

export function packageConfig(): PackageConfig {
  const out = run('make', ['-s', '-C', C_DIR, 'print-package']);
  const field = (key: string): string[] => {
    const line = out.split('\n').find((l) => l.startsWith(`${key}:`));
    if (line === undefined) throw new Error(`make print-package: no "${key}:" line in:\n${out}`);
    return line.slice(key.length + 1).trim().split(/\s+/).filter(Boolean);
  };
  const defines = field('defines').map((d): [string, string] => {
    const m = /^-D([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/.exec(d);
    if (!m) throw new Error(`make print-package: cannot read the define "${d}"`);
    return [m[1], m[2] ?? '1'];
  });
  return { sources: field('sources'), defines, includes: field('includes') };
}

/** One file of the package's C side: its name in the package and its text. */
export interface CFile {
  name: string;
  /** Where it comes from (relative to c/), or null for a generated file. */
  from: string | null;
  text: string;
}

const INCLUDE_RE = /^[ \t]*#[ \t]*include[ \t]*"([^"]+)"/gm;
/** The prologue of a copied file that reads a configured macro (2 lines; `#line 1` keeps its line numbers). */
export const configPrologue = (name: string): string =>
  `#include "engram_config.h" /* engram board package: the build configuration, first */\n#line 1 "${name}"\n`;
export const INCLUDED_SOURCE_SUFFIX = '.inc';

/** The sources and every header they include (transitively), copied with the two changes of the header. */
export function collectSources(cfg: PackageConfig): CFile[] {
  const resolveInclude = (name: string, fromDir: string): string => {
    for (const dir of [fromDir, ...cfg.includes]) {
      const p = join(dir, name);
      if (existsSync(join(C_DIR, p))) return p;
    }
    throw new PackageError('PACKAGE_SOURCES', `#include "${name}" (in c/${fromDir}/) is not found under c/ (${cfg.includes.join(' ')})`);
  };
  const seen = new Map<string, string>(); // package name -> source path (relative to c/)
  const included = new Set<string>(); // .c files another file #includes
  const order: string[] = [];
  const visit = (rel: string): void => {
    const name = basename(rel);
    const prev = seen.get(name);
    if (prev !== undefined) {
      if (prev !== rel) throw new PackageError('PACKAGE_SOURCES', `two files named ${name} (c/${prev}, c/${rel}); the package is flat`);
      return;
    }
    seen.set(name, rel);
    order.push(rel);
    for (const m of readFileSync(join(C_DIR, rel), 'utf8').matchAll(INCLUDE_RE)) {
      const dep = resolveInclude(m[1], dirname(rel));
      if (dep.endsWith('.c')) included.add(dep);
      visit(dep);
    }
  };
  for (const s of cfg.sources) visit(s);
  const macros = cfg.defines.map(([n]) => n);
  const readsConfig = (text: string): boolean => macros.some((n) => new RegExp(`\\b${n}\\b`).test(text));
  return order.map((rel) => {
    const name = basename(rel) + (included.has(rel) ? INCLUDED_SOURCE_SUFFIX : '');
    let text = readFileSync(join(C_DIR, rel), 'utf8');
    text = text.replace(INCLUDE_RE, (line, inc: string) => (inc.endsWith('.c') ? line.replace(`"${inc}"`, `"${inc}${INCLUDED_SOURCE_SUFFIX}"`) : line));
    if (readsConfig(text)) text = configPrologue(name) + text;
    return { name, from: rel, text };
  });
}

/** engram_config.h: the -D configuration, each value overridable with -D. */
export function configHeader(cfg: PackageConfig): string {
  const defs = cfg.defines.map(([n, v]) => `#ifndef ${n}\n#define ${n} ${v}\n#endif`).join('\n');
  return `/* The build configuration of this package (generated by engram board package from c/mk/package.mk:
 * the QEMU console firmware's configuration, board limits included; docs/board.md). Every source that
 * reads one of these macros includes this file first. A -D flag overrides a value: raising a limit costs
 * RAM; lowering one makes more queries answer CMD_TOO_LARGE. */
#ifndef ENGRAM_CONFIG_H
#define ENGRAM_CONFIG_H

${defs}

#endif /* ENGRAM_CONFIG_H */
`;
}

/** The library's one header: the configuration, the runtime, the line loop and the artifact (C and C++). */
export function umbrellaHeader(): string {
  return `/* Engram structured commands on a microcontroller (generated by engram board package): the commands
 * runtime (eg_cmd.h), the serial line loop (eg_console.h) and the artifact compiled in
 * (engram_artifact.h). Usable from C and C++ (an Arduino sketch). */
#ifndef ENGRAM_COMMANDS_H
#define ENGRAM_COMMANDS_H

#include "engram_config.h"
#ifdef __cplusplus
extern "C" {
#endif
#include "eg_cmd.h"
#include "eg_console.h"
#include "engram_artifact.h"
#ifdef __cplusplus
}
#endif

#endif /* ENGRAM_COMMANDS_H */
`;
}

export function artifactHeader(name: string, bytes: Uint8Array): string {
  return `/* The artifact compiled into this package (generated by engram board package): ${name},
 * ${bytes.length} bytes, sha256 ${bytesToHex(sha256(bytes))}. Defined in engram_artifact.c. */
#ifndef ENGRAM_ARTIFACT_H
#define ENGRAM_ARTIFACT_H

#include <stddef.h>
#include <stdint.h>

#define ENGRAM_ARTIFACT_SHA256 "${bytesToHex(sha256(bytes))}"

extern const uint8_t engram_artifact[];
extern const size_t engram_artifact_len;

#endif /* ENGRAM_ARTIFACT_H */
`;
}

/** engram_artifact.c: the artifact as a 16-byte-aligned const array (in flash on an ESP32). */
export function artifactSource(name: string, bytes: Uint8Array): string {
  const rows: string[] = [];
  for (let i = 0; i < bytes.length; i += 16) {
    rows.push('    ' + Array.from(bytes.subarray(i, i + 16), (b) => `0x${b.toString(16).padStart(2, '0')},`).join(' '));
  }
  return `/* The artifact ${name} (${bytes.length} bytes, sha256 ${bytesToHex(sha256(bytes))}) as a C array, generated
 * by engram board package. It is const, so on an ESP32 it stays in flash (read through the cache); the
 * runtime reads it in place, byte by byte (any alignment works; 16 is the container's own).
 *
 * An artifact that changes without rebuilding the firmware belongs in a flash partition instead:
 *   partitions.csv:   engram, data, 0x40, , 512K
 *   flash it:         parttool.py write_partition --partition-name engram --input model.engram
 *   map it:           const esp_partition_t *p = esp_partition_find_first(ESP_PARTITION_TYPE_DATA, 0x40, "engram");
 *                     esp_partition_mmap(p, 0, p->size, ESP_PARTITION_MMAP_DATA, &ptr, &handle);
 *   load it with the artifact's own length, not the partition's (the header's file_length, bytes 16..19,
 *   little-endian; eg_cmd_load refuses a longer buffer with SIZE_MISMATCH):
 *                     eg_cmd_load(ptr, eg_rd_u32((const uint8_t *)ptr + 16), &model)   (check it is <= p->size)
 * (docs/board.md "Flashing a real ESP32-C3"; not verified on hardware.) */
#include "engram_artifact.h"

#if defined(__GNUC__)
#define ENGRAM_ALIGN16 __attribute__((aligned(16)))
#else
#define ENGRAM_ALIGN16
#endif

const uint8_t engram_artifact[${bytes.length}] ENGRAM_ALIGN16 = {
${rows.join('\n')}
};
const size_t engram_artifact_len = ${bytes.length};
`;
}

function template(rel: string, vars: Record<string, string>): string {
  const text = readFileSync(join(PACKAGING_DIR, rel), 'utf8').replace(/@([A-Z0-9_]+)@/g, (all, key: string) => {
    if (!(key in vars)) throw new Error(`c/packaging/${rel}: unknown placeholder ${all}`);
    return vars[key];
  });
  return text;
}

export interface PackageInput {
  /** The artifact's bytes and the name it is shown by (its file name). */
  artifact: Uint8Array;
  artifactName: string;
  /** library.properties url (empty when not given). */
  url?: string;
  config?: PackageConfig;
}

/** Every file of the package, by its path in the output folder. */
export function packageFiles(input: PackageInput): Map<string, string> {
  const cfg = input.config ?? packageConfig();
  const bytes = input.artifact;
  const model = loadCommandsArtifact(bytes); // a corrupt or foreign artifact fails here, with its code
  const limit = cfg.defines.find(([n]) => n === 'EG_CMD_MAX_INTENT_SLOTS');
  const widest = Math.max(0, ...model.intents.map((i) => i.schema.length));
  if (limit && widest > Number(limit[1])) {
    throw new PackageError(
      'CMD_TOO_LARGE',
      `an intent of ${input.artifactName} allows ${widest} slots; the board build allows ${limit[1]} (EG_CMD_MAX_INTENT_SLOTS), so the device would refuse it with CMD_TOO_LARGE`,
    );
  }
  const version = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const vars = {
    VERSION: version,
    ARTIFACT_NAME: input.artifactName,
    ARTIFACT_BYTES: String(bytes.length),
    ARTIFACT_SHA256: bytesToHex(sha256(bytes)),
    URL: input.url ?? '',
    STACK_SIZE: String(MAIN_TASK_STACK),
  };
  const sources = collectSources(cfg);
  const generated: CFile[] = [
    { name: 'engram_config.h', from: null, text: configHeader(cfg) },
    { name: `${LIBRARY}.h`, from: null, text: umbrellaHeader() },
    { name: 'engram_artifact.h', from: null, text: artifactHeader(input.artifactName, bytes) },
    { name: 'engram_artifact.c', from: null, text: artifactSource(input.artifactName, bytes) },
  ];
  const all = [...sources, ...generated];
  const files = new Map<string, string>();
  // ESP-IDF: headers in include/, the rest in src/.
  const idfSrcs: string[] = [];
  for (const f of all) {
    const isHeader = f.name.endsWith('.h');
    const rel = join(isHeader ? 'include' : 'src', f.name);
    files.set(join(COMPONENT_DIR, rel), f.text);
    if (f.name.endsWith('.c')) idfSrcs.push(`"${rel.split(sep).join('/')}"`);
  }
  files.set(join(COMPONENT_DIR, 'CMakeLists.txt'), template('esp-idf/CMakeLists.txt', { ...vars, SRCS: idfSrcs.join('\n                            ') }));
  files.set(join(COMPONENT_DIR, 'idf_component.yml'), template('esp-idf/idf_component.yml', vars));
  for (const rel of ['CMakeLists.txt', 'sdkconfig.defaults', join('main', 'CMakeLists.txt'), join('main', 'main.c')]) {
    files.set(join(COMPONENT_DIR, 'examples', 'console', rel), template(join('esp-idf', 'examples', 'console', rel), vars));
  }
  // Arduino: everything flat in src/ (library format 1.5).
  for (const f of all) files.set(join(LIBRARY_DIR, 'src', f.name), f.text);
  files.set(join(LIBRARY_DIR, 'library.properties'), template('arduino/library.properties', vars));
  const ino = join('examples', LIBRARY, `${LIBRARY}.ino`);
  files.set(join(LIBRARY_DIR, ino), template(join('arduino', ino), vars));
  files.set('README.md', readme(input.artifactName, bytes, cfg, vars.URL));
  return files;
}

function readme(name: string, bytes: Uint8Array, cfg: PackageConfig, url: string): string {
  return `# Engram commands for a real board

Generated by \`engram board package\` from ${name} (${bytes.length} bytes, sha256 ${bytesToHex(sha256(bytes))}).
Step by step: docs/board.md, "Flashing a real ESP32-C3".

- \`${COMPONENT_DIR.split(sep).join('/')}/\`: an ESP-IDF component (copy it into your project's \`components/\`);
  \`examples/console/\` is a complete project (\`idf.py set-target esp32c3 build flash monitor\`).
- \`${LIBRARY_DIR.split(sep).join('/')}/\`: an Arduino library (zip the folder, then Sketch > Include Library >
  Add .ZIP Library); File > Examples > ${LIBRARY} > ${LIBRARY} reads lines from Serial.

Configuration (engram_config.h): ${cfg.defines.map(([n, v]) => `${n}=${v}`).join(', ')}.
${url === '' ? '\nlibrary.properties has an empty url (pass --url for a Library Manager submission).\n' : ''}`;
}

export interface WritePackageResult {
  out: string;
  files: number;
  artifactBytes: number;
  sha256: string;
}

/** Writes `files` as the folder `out`, atomically (see the header); `inputs` must not be inside it. */
export function writeFolderAtomic(out: string, files: Map<string, string | Uint8Array>, opts: { force?: boolean; inputs?: string[] } = {}): void {
  let exists = false;
  try {
    const st = lstatSync(out);
    if (st.isSymbolicLink() || !st.isDirectory()) {
      throw new OutputError('OUTPUT_NOT_REGULAR', `${out} exists and is not a folder; refusing to replace it`, out);
    }
    exists = true;
  } catch (err) {
    if (err instanceof OutputError) throw err;
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new OutputError('OUTPUT_WRITE_FAILED', `cannot use ${out}: ${fsReason(err)}`, out);
  }
  if (exists && readdirSync(out).length > 0 && !opts.force) {
    throw new OutputError('OUTPUT_NOT_EMPTY', `${out} exists and is not empty; choose a new folder or pass --force to replace it`, out);
  }
  const outReal = realPathOf(out);
  for (const input of opts.inputs ?? []) {
    const r = realPathOf(input);
    if (r === outReal || r.startsWith(outReal + sep)) {
      throw new OutputError('OUTPUT_IS_INPUT', `refusing to write ${out}: the input ${input} is inside it`, out, input);
    }
  }
  assertOutputsSafe([...files.keys()].map((f) => join(out, f)), opts.inputs ?? []);
  mkdirp(dirname(out), out);
  const tag = `${process.pid}.${randomBytes(6).toString('hex')}`;
  const tmp = `${out}.${tag}.tmp`;
  const old = `${out}.${tag}.old`;
  try {
    mkdirSync(tmp);
  } catch (err) {
    throw new OutputError('OUTPUT_WRITE_FAILED', `cannot write ${out}: ${fsReason(err)}`, out);
  }
  try {
    for (const [rel, data] of files) writeFileAtomic(join(tmp, rel), data);
    if (exists) {
      if (opts.force && readdirSync(out).length > 0) renameSync(out, old);
      else rmdirSync(out);
    }
    renameSync(tmp, out);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    if (existsSync(old) && !existsSync(out)) renameSync(old, out); // put the previous folder back
    if (err instanceof OutputError) throw err;
    throw new OutputError('OUTPUT_WRITE_FAILED', `cannot write ${out}: ${fsReason(err)}`, out);
  }
  rmSync(old, { recursive: true, force: true });
}

/** Reads the artifact, builds the package and writes it (the CLI's whole work). */
export function writePackage(opts: { artifact: string; out: string; force?: boolean; url?: string }): WritePackageResult {
  const bytes = loadArtifactFile(opts.artifact, (b) => {
    loadCommandsArtifact(b); // a corrupt or foreign artifact: its ArtifactError, with the file named
    return b;
  });
  const files = packageFiles({ artifact: bytes, artifactName: basename(opts.artifact), url: opts.url });
  writeFolderAtomic(opts.out, files, { force: opts.force, inputs: [opts.artifact] });
  return { out: opts.out, files: files.size, artifactBytes: bytes.length, sha256: bytesToHex(sha256(bytes)) };
}

/** `engram board package` (registered by src/cli/board.ts). */
export function registerPackage(board: Command): void {
  board
    .command('package')
    .description('write the commands runtime with an artifact compiled in as an ESP-IDF component and an Arduino library (docs/board.md)')
    .requiredOption('--artifact <file>', 'commands .engram artifact')
    .requiredOption('--out <dir>', 'folder to write (must not exist or be empty, unless --force)')
    .option('--force', 'replace an existing folder')
    .option('--url <url>', 'library.properties url (the library\'s home page)')
    .option('--json', 'print the result as one JSON object')
    .action((flags: { artifact: string; out: string; force?: boolean; url?: string; json?: boolean }) => {
      const r = writePackage(flags);
      if (flags.json) process.stdout.write(JSON.stringify(r) + '\n');
      else {
        process.stdout.write(
          `wrote ${r.out}: ${r.files} files (ESP-IDF component ${join(r.out, COMPONENT_DIR)}, Arduino library ${join(r.out, LIBRARY_DIR)}); artifact ${r.artifactBytes} bytes, sha256 ${r.sha256}\n`,
        );
      }
    });
}
