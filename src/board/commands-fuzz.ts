// Seed corpora and runs for the commands fuzzers (c/fuzz/fuzz_cmd_loader.c, c/fuzz/fuzz_cmd_parse.c).
//
// Loader corpus: real commands artifacts, each as is (mode byte 0) and re-sealed (mode byte 1, the
// fuzzer recomputes every CRC), a truncation, and for every section a few edits of its bytes (first,
// middle and last byte flipped; its first word set to 0 and to 0xFFFFFFFF: the counts and offsets the
// loader must bound) in re-seal mode, so mutations start past the CRC checks and at every section's
// validation. Parse corpus: the demo's train.md queries and hostile byte strings (invalid UTF-8,
// control bytes, a BOM, long inputs), each behind the output-size byte the target reads first.
//
// `make fuzz-cmd` runs this file (`node --import tsx src/board/commands-fuzz.ts DIR`): it writes
// DIR/demo.engram (the demo artifact the parse fuzzer loads) and the two corpora. The test
// (commands-fuzz.test.ts) adds a small fixture artifact of its own.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContainer } from '../artifact/container.ts';
import { ArtifactError } from '../artifact/errors.ts';
import { writeFileAtomic } from '../io/atomic-write.ts';
import { loadCommandsArtifact } from '../skills/commands/artifact.ts';
import { DEFAULT_BUILD } from '../skills/commands/build.ts';
import { crystallize } from '../skills/commands/crystallize.ts';
import { readExamples } from '../skills/commands/dataset.ts';
import { DEMO_DATA_DIR } from '../skills/commands/demo.ts';
import { REPO_ROOT } from './toolchain.ts';

export interface Seed {
  name: string;
  bytes: Uint8Array;
}

/** Output-size choices of fuzz_cmd_parse (its caps[]): index 7 is the large buffer. */
export const PARSE_CAP_BIG = 7;
/** -max_len per target: the loader's inputs must hold a whole demo artifact (about 190 KB). */
export const MAX_LEN = { loader: 262_144, parse: 16_384 } as const;

const prefixed = (mode: number, body: Uint8Array): Uint8Array => {
  const out = new Uint8Array(body.length + 1);
  out[0] = mode;
  out.set(body, 1);
  return out;
};

/** Loader seeds from one artifact (see the header). */
export function loaderSeeds(name: string, artifact: Uint8Array): Seed[] {
  const seeds: Seed[] = [
    { name: `${name}-as-is`, bytes: prefixed(0, artifact) },
    { name: `${name}-resealed`, bytes: prefixed(1, artifact) },
    { name: `${name}-truncated`, bytes: prefixed(1, artifact.subarray(0, artifact.length >> 1)) },
  ];
  for (const s of readContainer(artifact)) {
    if (s.length === 0) continue;
    const edits: Array<[string, (b: Uint8Array, dv: DataView) => void]> = [
      ['first', (b) => (b[s.offset] ^= 0xff)],
      ['mid', (b) => (b[s.offset + (s.length >> 1)] ^= 0xff)],
      ['last', (b) => (b[s.offset + s.length - 1] ^= 0xff)],
    ];
    if (s.length >= 4) {
      edits.push(['word0', (_b, dv) => dv.setUint32(s.offset, 0, true)]);
      edits.push(['wordmax', (_b, dv) => dv.setUint32(s.offset, 0xffffffff, true)]);
    }
    for (const [what, edit] of edits) {
      const b = artifact.slice();
      edit(b, new DataView(b.buffer));
      // A word already 0 (or 0xFFFFFFFF) gives no new seed.
      if (b.some((x, i) => x !== artifact[i])) seeds.push({ name: `${name}-${s.tag}-${what}`, bytes: prefixed(1, b) });
    }
  }
  return seeds;
}

const enc = new TextEncoder();

/** Hostile queries: invalid UTF-8, control bytes, a BOM, surrogates, long and wide inputs. */
export function hostileQueries(): Uint8Array[] {
  const bytes = (...b: number[]) => new Uint8Array(b);
  const cat = (...parts: Uint8Array[]) => {
    const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  };
  return [
    new Uint8Array(0),
    bytes(0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82, 0xf0, 0x9f, 0x98),
    cat(bytes(0xef, 0xbb, 0xbf), enc.encode('set a timer for ten minutes')),
    cat(enc.encode('turn on the '), bytes(0xed, 0xa0, 0x80), enc.encode(' lights in the kitchen')),
    cat(enc.encode('preheat\x00the\x01oven\tto\r350\x7f F'), bytes(0xc0, 0xaf)),
    enc.encode('"\\"quoted\\" </script> \u2028 \u{1F600} 3\u00BD cups'),
    enc.encode('set a timer for '.repeat(200)),
    enc.encode('1 '.repeat(3000)),
    enc.encode('twenty one thousand three hundred and forty five point six seven degrees fahrenheit'),
    enc.encode('x'.repeat(9000)),
  ];
}

/** Parse seeds: every query behind the large-buffer byte, and the hostile ones behind each size byte. */
export function parseSeeds(queries: Uint8Array[]): Seed[] {
  const seeds = queries.map((q, i) => ({ name: `query-${i}`, bytes: prefixed(PARSE_CAP_BIG, q) }));
  hostileQueries().forEach((q, i) => {
    for (let cap = 0; cap <= PARSE_CAP_BIG; cap++) seeds.push({ name: `hostile-${i}-cap${cap}`, bytes: prefixed(cap, q) });
  });
  return seeds;
}

/** The demo artifact (data/demo-commands train.md + schema.json, DEFAULT_BUILD), as `npm start` builds it. */
export function demoArtifact(): Uint8Array {
  return crystallize([join(DEMO_DATA_DIR, 'train.md'), join(DEMO_DATA_DIR, 'schema.json')], DEFAULT_BUILD, true).bytes;
}

/**
 * Small variants of the demo artifact (a few KB instead of about 190 KB, so the loader fuzzer runs many
 * times faster on them) with the other feature flags: the intent gazetteer on; and no grammar classes,
 * no caps, no intent classes, no refusal margin.
 */
export function smallDemoArtifacts(): Array<{ name: string; bytes: Uint8Array }> {
  const data = [join(DEMO_DATA_DIR, 'train.md'), join(DEMO_DATA_DIR, 'schema.json')];
  const small = { ...DEFAULT_BUILD, taggerBits: 9, intentBits: 8, epochs: 2, intentEpochs: 4, minWeight: 1 };
  return [
    { name: 'demo-small-gaz', bytes: crystallize(data, { ...small, intentGazetteer: true }, true).bytes },
    { name: 'demo-small-plain', bytes: crystallize(data, { ...small, grammar: false, caps: false, intentClasses: false, rejectFolds: 0 }, true).bytes },
  ];
}

/** The demo's training queries (the test split is never used, not even as seeds). */
export function demoQueries(): Uint8Array[] {
  return readExamples([join(DEMO_DATA_DIR, 'train.md')]).examples.map((e) => enc.encode(e.text));
}

/** Writes seeds into a corpus folder (atomically, one file each); returns how many. */
export function writeSeeds(dir: string, seeds: Seed[]): number {
  for (const s of seeds) writeFileAtomic(join(dir, `seed-${s.name}`), s.bytes);
  return seeds.length;
}

/**
 * Writes `dir`/demo.engram and the seed corpora `dir`/corpus_cmd_loader and `dir`/corpus_cmd_parse from
 * the demo artifact, its small variants, out/commands-demo.engram when it is there, differs and loads,
 * and `extra` artifacts.
 */
export function writeCommandsFuzzCorpus(
  dir: string,
  extra: Array<{ name: string; bytes: Uint8Array }> = [],
): { artifact: string; loader: number; parse: number; notes: string[] } {
  const notes: string[] = [];
  const demo = demoArtifact();
  const artifact = join(dir, 'demo.engram');
  writeFileAtomic(artifact, demo);
  const arts = [{ name: 'demo', bytes: demo }, ...smallDemoArtifacts(), ...extra];
  const built = join(REPO_ROOT, 'out', 'commands-demo.engram');
  // out/commands-demo.engram (npm start) adds seeds only when it differs from the demo built here.
  if (existsSync(built) && !Buffer.from(readFileSync(built)).equals(Buffer.from(demo))) {
    const bytes = new Uint8Array(readFileSync(built));
    try {
      loadCommandsArtifact(bytes);
      arts.push({ name: 'out-demo', bytes });
    } catch (err) {
      // A stale out/ (built before a format change) is left out, and said so; any other error is a bug.
      if (!(err instanceof ArtifactError)) throw err;
      notes.push(`left out ${built}: ${err.code} ${err.message} (rebuild it with npm start)`);
    }
  }
  const loader = writeSeeds(join(dir, 'corpus_cmd_loader'), arts.flatMap((a) => loaderSeeds(a.name, a.bytes)));
  const parse = writeSeeds(join(dir, 'corpus_cmd_parse'), parseSeeds(demoQueries()));
  return { artifact, loader, parse, notes };
}

export interface FuzzRun {
  /** Exit status (0: no crash; libFuzzer exits non-zero and writes crash-* on a finding). */
  status: number;
  /** Executions libFuzzer reports ("Done N runs"). */
  runs: number;
  /** Executions per second of the final status line. */
  execPerSec: number;
  log: string;
}

/** Runs one fuzzer over `corpus` for `runs` executions with a fixed seed; findings go to `artifactPrefix`. */
export function runFuzzer(bin: string, corpus: string, runs: number, maxLen: number, artifactPrefix: string, env: NodeJS.ProcessEnv = {}): FuzzRun {
  const res = spawnSync(bin, [`-runs=${runs}`, '-seed=1', `-max_len=${maxLen}`, `-artifact_prefix=${artifactPrefix}`, corpus], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 1 << 28,
    timeout: 3_600_000,
  });
  if (res.error) throw new Error(`${bin}: ${res.error.message}`);
  const log = res.stderr + res.stdout;
  const done = /Done (\d+) runs/.exec(log);
  const rates = [...log.matchAll(/exec\/s: (\d+)/g)];
  return { status: res.status ?? 1, runs: done ? Number(done[1]) : 0, execPerSec: rates.length ? Number(rates[rates.length - 1][1]) : 0, log };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir || process.argv.length !== 3) {
    process.stderr.write('usage: node --import tsx src/board/commands-fuzz.ts DIR   (writes DIR/demo.engram and the seed corpora)\n');
    process.exit(2);
  }
  const r = writeCommandsFuzzCorpus(resolve(dir));
  for (const n of r.notes) process.stderr.write(`commands fuzz seeds: ${n}\n`);
  process.stdout.write(`commands fuzz seeds: ${r.loader} loader, ${r.parse} parse; artifact ${r.artifact}\n`);
}
