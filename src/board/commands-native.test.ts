// The C99 commands runtime (c/skills/commands/) against the TypeScript reference (src/skills/commands/):
// for every query of the demo's test.md, of Snips validate/ (when the data folder has it) and of a
// seeded random set (invalid UTF-8 bytes, control characters, quotes, astral code points included),
// the C frame JSON is byte-identical to JSON.stringify(CommandsRuntime.parse(text)) — on the plain
// build and under AddressSanitizer + UBSan. The loader gives the TS loader's error code on random
// corruptions with refreshed CRCs, truncations and targeted section edits.
//
// The default C build has the value normalizers and the grammar classes, so the artifacts compared are
// DEFAULT_BUILD ones (values included). A build without normalizers is compared on textOnlyArtifact,
// one without grammar classes on artifacts built without them (cBuildOptions), and it refuses an
// artifact with them with a message. The loader is compared on the DEFAULT_BUILD artifact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadErrorCode, refreshCrcs } from '../artifact/test-support.ts';
import { readContainer, writeContainer } from '../artifact/container.ts';
import { commandsSections, loadCommandsArtifact } from '../skills/commands/artifact.ts';
import { DEFAULT_BUILD } from '../skills/commands/build.ts';
import { crystallize } from '../skills/commands/crystallize.ts';
import { readExamples } from '../skills/commands/dataset.ts';
import { DEMO_DATA_DIR } from '../skills/commands/demo.ts';
import { CommandsRuntime } from '../skills/commands/runtime.ts';
import { UNITS } from '../skills/commands/normalize/units.ts';
import { findDataDir } from '../io/data-dir.ts';
import { haveTool } from './toolchain.ts';
import { buildCommandsNative, buildInfo, cBuildOptions, checkLoadNative, runCommandsNative, textOnlyArtifact, tsFrameJson } from './commands-native.ts';

const skip = haveTool('make') && haveTool('cc') ? false : 'make or cc not installed';
const enc = new TextEncoder();
const dataDir = findDataDir();
const snipsDir = dataDir ? join(dataDir, 'snips') : '';
const haveSnips = snipsDir !== '' && existsSync(join(snipsDir, 'validate')) && existsSync(join(snipsDir, 'train_small'));

let dir = '';
let bin = '';
let sanBin = '';
let info = { normalize: false, grammar: false };
let demoFull: Uint8Array;
/** The artifact the runtimes are compared on (full with normalizers, else text-only) and its path. */
let demoCmp: Uint8Array;
let demoPath = '';

test('commands C runtime', { skip }, async (t) => {
  dir = mkdtempSync(join(tmpdir(), 'engram-commands-native-'));
  try {
    bin = buildCommandsNative('commands');
    info = buildInfo(bin);
    const demoData = [join(DEMO_DATA_DIR, 'train.md'), join(DEMO_DATA_DIR, 'schema.json')];
    demoFull = crystallize(demoData, DEFAULT_BUILD, true).bytes;
    const demoC = info.grammar ? demoFull : crystallize(demoData, cBuildOptions(info), true).bytes;
    demoCmp = info.normalize ? demoC : textOnlyArtifact(demoC);
    demoPath = join(dir, 'demo.engram');
    writeFileSync(demoPath, demoCmp);

    await t.test('demo test.md: every frame byte-identical', () => {
      const qs = readExamples([join(DEMO_DATA_DIR, 'test.md')]).examples.map((e) => enc.encode(e.text));
      assert.ok(qs.length >= 100);
      parity(demoPath, demoCmp, qs, bin, 'demo');
    });

    await t.test('Snips validate/: every frame byte-identical (artifact from train_small/)', { skip: haveSnips ? false : 'Snips data not found (ENGRAM_DATA_DIR/snips/{train_small,validate})' }, () => {
      const full = crystallize([join(snipsDir, 'train_small')], { ...cBuildOptions(info), rejectFolds: 0 }, true).bytes;
      const bytes = info.normalize ? full : textOnlyArtifact(full);
      const p = join(dir, 'snips.engram');
      writeFileSync(p, bytes);
      const qs = readExamples([join(snipsDir, 'validate')]).examples.map((e) => enc.encode(e.text));
      assert.ok(qs.length >= 700);
      parity(p, bytes, qs, bin, 'snips');
    });

    await t.test('the build runs as configured: values, and grammar-class artifacts refused when not built in', () => {
      assert.ok(info.normalize && info.grammar, 'the default build has the value normalizers and the grammar classes');
      const frames = runCommandsNative(demoPath, [enc.encode('preheat the oven to 350 F')], bin);
      assert.match(frames[0], /"value":\{/);
      if (!info.grammar) {
        const p = join(dir, 'grammar.engram');
        writeFileSync(p, demoFull);
        assert.throws(() => runCommandsNative(p, [enc.encode('turn on the lights')], bin), /grammar classes/);
      }
    });

    await t.test('a query beyond the C working memory is refused with CMD_TOO_LARGE, not parsed wrongly', () => {
      const long = enc.encode(`turn on${' '.repeat(3000)}the lights`);
      assert.throws(() => runCommandsNative(demoPath, [long], bin), /CMD_TOO_LARGE/);
    });

    await t.test('random queries (seeded): byte-identical, plain and ASan + UBSan', () => {
      sanBin = buildCommandsNative('commands-san');
      const qs = randomQueries(3000, 7);
      parity(demoPath, demoCmp, qs, bin, 'random');
      parity(demoPath, demoCmp, qs, sanBin, 'random-san');
    });

    await t.test('demo test.md under ASan + UBSan', () => {
      const qs = readExamples([join(DEMO_DATA_DIR, 'test.md')]).examples.map((e) => enc.encode(e.text));
      parity(demoPath, demoCmp, qs, sanBin || buildCommandsNative('commands-san'), 'demo-san');
    });

    await t.test('loader: the TS error code on corrupted copies (refreshed CRCs), truncations and section edits', () => {
      const cases = corruptions(demoFull, 600, 11);
      const paths = cases.map((b, i) => {
        const p = join(dir, `c${i}.engram`);
        writeFileSync(p, b);
        return p;
      });
      const want = cases.map((b) => loadErrorCode(loadCommandsArtifact, b));
      const got = checkLoadNative(paths, sanBin || bin);
      const counts = new Map<number, number>();
      for (const w of want) counts.set(w, (counts.get(w) ?? 0) + 1);
      for (let i = 0; i < cases.length; i++) assert.equal(got[i], want[i], `case ${i}`);
      // The corruptions reach the content checks, and some still load.
      assert.ok((counts.get(13) ?? 0) >= 50, `BAD_SECTION cases: ${counts.get(13)}`);
      assert.ok((counts.get(0) ?? 0) >= 10, `loading cases: ${counts.get(0)}`);
    });

    await t.test('CCFG versions: a version-2 artifact (16 words, no margin) parses alike, version 1 and 4 are refused alike', () => {
      const secs = commandsSections(loadCommandsArtifact(demoCmp));
      const withCfg = (words: number, version: number) => {
        const cfg = secs.find((x) => x.tag === 'CCFG')!.data;
        const data = cfg.slice(0, 4 * words);
        new DataView(data.buffer).setUint32(4, version, true);
        return writeContainer(secs.map((x) => (x.tag === 'CCFG' ? { tag: 'CCFG', data } : x)));
      };
      const v2 = withCfg(16, 2);
      const p = join(dir, 'v2.engram');
      writeFileSync(p, v2);
      const qs = readExamples([join(DEMO_DATA_DIR, 'test.md')]).examples.map((e) => enc.encode(e.text));
      parity(p, v2, qs, bin, 'v2');
      const bad = [withCfg(16, 1), withCfg(17, 4), withCfg(17, 2), withCfg(16, 3)];
      const paths = bad.map((b, i) => {
        const q = join(dir, `v${i}.engram`);
        writeFileSync(q, b);
        return q;
      });
      assert.deepEqual(checkLoadNative(paths, bin), bad.map((b) => loadErrorCode(loadCommandsArtifact, b)));
      assert.deepEqual(checkLoadNative(paths, bin), [13, 13, 13, 13]);
    });

    await t.test('loader: unit names of CSCH (findUnit) accepted or refused alike', () => {
      const m = loadCommandsArtifact(demoFull);
      const names = [
        ...UNITS.flatMap((u) => [u.id, ...u.aliases, u.id.toUpperCase(), ` ${u.id} `, ...u.aliases.map((a) => `${a.toUpperCase()}!!`)]),
        '', ' ', '°C', '° c', 'deg   C', 'degrees\u2019 c', "o'clock", `km${' '.repeat(400)}`, `${'  '.repeat(300)}F`, '+5', '-c', 'ºc', 'km / h', 'km/h/h', 'Fl. Oz', 'x\u2019y',
      ];
      const cases = names.map((u) => {
        const mm = structuredClone(m);
        // Every unit slot gets the name: it loads only when the name is a unit of each slot's kind.
        for (const it of mm.intents) for (const r of it.schema) if (r.unit !== undefined) r.unit = u;
        return writeContainer(commandsSections(mm));
      });
      const paths = cases.map((b, i) => {
        const q = join(dir, `u${i}.engram`);
        writeFileSync(q, b);
        return q;
      });
      const want = cases.map((b) => loadErrorCode(loadCommandsArtifact, b));
      assert.deepEqual(checkLoadNative(paths, bin), want);
      assert.ok(want.filter((w) => w === 0).length >= 20 && want.filter((w) => w === 13).length >= 20);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function parity(path: string, bytes: Uint8Array, qs: Uint8Array[], exe: string, label: string): void {
  const rt = new CommandsRuntime(loadCommandsArtifact(bytes));
  const got = runCommandsNative(path, qs, exe);
  let same = 0;
  for (let i = 0; i < qs.length; i++) {
    const want = tsFrameJson(rt, qs[i]);
    if (got[i] === want) same++;
    else assert.equal(got[i], want, `${label} query ${i}: ${JSON.stringify(Array.from(qs[i]))}`);
  }
  assert.equal(same, qs.length);
}

/** Random queries: words of the demo, numbers, punctuation, control bytes, raw (often invalid) UTF-8. */
export function randomQueries(n: number, seed: number): Uint8Array[] {
  const words = ['turn', 'on', 'the', 'Kitchen', 'LIGHTS', 'set', 'oven', 'to', '350', 'F', 'degrees', 'timer', 'for', 'ten', 'minutes', 'in', 'Living', 'Room', 'play', 'music', 'Jazz', 'what', 'is', 'weather', 'tomorrow', 'at', '7:30', 'pm', '2nd', 'don\'t', 'café', 'naïve', 'Zürich', '東京', '😀', '“quoted”', '—', '…', '«x»'];
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...words).map((w) => enc.encode(w)) },
    { weight: 3, arbitrary: fc.constantFrom(' ', '  ', '\t', '\u00a0', ',', '.', '?', '"', '\\', '/', '\r', '\u0001', '\u001f', '\u007f', '\u2028', '\ufeff').map((w) => enc.encode(w)) },
    { weight: 2, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 4 }) },
    { weight: 1, arbitrary: fc.constantFrom([0xe2, 0x80], [0xc3], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0xaf], [0xef, 0xbb, 0xbf], [0xf0, 0x9f, 0x98]).map((b) => Uint8Array.from(b)) },
  );
  const query = fc.array(piece, { minLength: 0, maxLength: 90 }).map((ps) => {
    const out = new Uint8Array(ps.reduce((a, p) => a + p.length + 1, 0));
    let at = 0;
    for (const p of ps) {
      out.set(p, at);
      at += p.length;
      out[at++] = 0x20;
    }
    return out.subarray(0, Math.max(0, at - 1));
  });
  return fc.sample(query, { seed, numRuns: n });
}

/** Corrupted copies: random byte edits (CRCs refreshed), truncations, and edits inside each section. */
function corruptions(good: Uint8Array, n: number, seed: number): Uint8Array[] {
  const sections = readContainer(good);
  let offsets: Array<{ off: number; len: number }> = [];
  {
    const dv = new DataView(good.buffer, good.byteOffset, good.byteLength);
    offsets = sections.map((_, i) => ({ off: dv.getUint32(32 + 16 * i + 4, true), len: dv.getUint32(32 + 16 * i + 8, true) }));
  }
  const edit = fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 0, max: 255 }));
  const anywhere = fc.tuple(fc.array(edit, { minLength: 1, maxLength: 4 }), fc.boolean()).map(([edits, fix]) => {
    const b = good.slice();
    for (const [i, v] of edits) b[i] = v;
    return fix ? refreshCrcs(b) : b;
  });
  // An edit inside one section (each section equally likely: small ones like CCFG, CINT, CSCH, CSTR matter most).
  const inSection = fc.tuple(fc.nat({ max: offsets.length - 1 }), fc.nat(), fc.integer({ min: 0, max: 255 }), fc.nat({ max: 3 })).map(([s, at, v, mode]) => {
    const b = good.slice();
    const { off, len } = offsets[s];
    if (len === 0) return refreshCrcs(b);
    const i = off + (at % len);
    if (mode === 0) b[i] = v;
    else if (mode === 1) b[i] ^= 1 << (v & 7);
    else if (mode === 2) b[i] = (b[i] + 1) & 0xff;
    else b[i] = (b[i] - 1) & 0xff;
    return refreshCrcs(b);
  });
  const truncated = fc.nat({ max: good.length }).map((k) => good.slice(0, k));
  const arb = fc.oneof({ weight: 3, arbitrary: anywhere }, { weight: 6, arbitrary: inSection }, { weight: 1, arbitrary: truncated });
  return [good.slice(), ...fc.sample(arb, { seed, numRuns: n })];
}
