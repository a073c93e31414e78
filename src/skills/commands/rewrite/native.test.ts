// Parity of the C99 unit rewrite (c/skills/commands/eg_cmd_rewrite.c) with rewriteUnits: the driver
// `c/build/eg-cmd-rewrite` (make rewrite-test; c/skills/commands/eg_cmd_rewrite_cli.c) prints one line a
// case, which must be byte for byte the line made here from rewriteUnits (the output bytes, and each
// rewrite's code-point span, from, to and units), for the plain build (linked with eg_cmd_normalize.c)
// and the ASan + UBSan build (linked with eg_cmd_grammar.c, as the commands firmware is): (1) every case
// of data/demo-rewrite in its own direction and, for more cover, in the other direction and at 0 and 6
// decimals; (2) written hard cases and invalid UTF-8; (3) seeded random text (fast-check). Also: the
// direction tables are the TS tables, and a scratch, output or span list too small is EG_CMD_TOO_LARGE
// (with the size it needs), a bad option EG_CMD_REWRITE_OPTION, never a partial answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { errorNumber } from '../../../artifact/errors.ts';
import { C_BUILD_DIR, haveTool, makeArgs, run } from '../../../board/toolchain.ts';
import { REWRITE_DIRECTIONS, REWRITE_TARGETS, type RewriteDirection, RewriteOptionError, rewriteUnits } from './rewrite.ts';
import { readRewriteSet } from './set.ts';
import { randomText } from './test-support.ts';

interface Case {
  direction: RewriteDirection | 'bad';
  decimals: number;
  bytes: Uint8Array;
}

const enc = new TextEncoder();
const dec = new TextDecoder('utf-8', { ignoreBOM: true });
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const missing = haveTool('make') && haveTool('cc') ? null : 'make or cc not found';
let built = false;

function caseLine(c: Case): string {
  return `${c.direction === 'to-metric' ? 'm' : c.direction === 'to-imperial' ? 'i' : 'x'}|${c.decimals}|${hex(c.bytes)}`;
}

function tsLine(c: Case): string {
  try {
    const r = rewriteUnits(dec.decode(c.bytes), { direction: c.direction as RewriteDirection, decimals: c.decimals });
    const spans = r.rewrites.map((w) => ` ${w.start},${w.end},${hex(enc.encode(w.from))},${hex(enc.encode(w.to))},${w.unit},${w.target}`);
    return `ok ${hex(enc.encode(r.text))}${spans.join('')}`;
  } catch (e) {
    if (e instanceof RewriteOptionError) return `error ${e.number} 0 0`;
    throw e;
  }
}

function cLines(build: 'plain' | 'san', cases: readonly Case[], extra: readonly string[] = []): string[] {
  if (!built) {
    run('make', makeArgs('rewrite-test'));
    built = true;
  }
  // The sanitizer build stops at the first report (-fno-sanitize-recover=all), so run() fails on it.
  const exe = join(C_BUILD_DIR, build === 'san' ? 'eg-cmd-rewrite-san' : 'eg-cmd-rewrite');
  const out = run(exe, [...extra], { input: cases.map(caseLine).join('\n') + '\n' }).split('\n');
  out.pop();
  assert.equal(out.length, cases.length, 'one output line a case');
  return out;
}

/** Both C builds against TS on every case; returns how many changed the text. */
function compare(cases: readonly Case[]): number {
  const want = cases.map(tsLine);
  for (const b of ['plain', 'san'] as const) {
    const got = cLines(b, cases);
    const bad: string[] = [];
    for (let i = 0; i < cases.length; i++) {
      if (got[i] !== want[i]) bad.push(`${b} ${caseLine(cases[i])} ${JSON.stringify(dec.decode(cases[i].bytes))}\n   C: ${got[i]}\n  TS: ${want[i]}`);
    }
    assert.deepEqual(bad.slice(0, 10), [], `${bad.length} of ${cases.length} differ`);
  }
  return want.filter((l, i) => l !== `ok ${hex(enc.encode(dec.decode(cases[i].bytes)))}`).length;
}

const text = (t: string, direction: RewriteDirection = 'to-metric', decimals = 2): Case => ({ direction, decimals, bytes: enc.encode(t) });

test('C rewrite: the direction tables are rewrite.ts REWRITE_TARGETS', { skip: missing ?? false }, () => {
  if (!built) {
    run('make', makeArgs('rewrite-test'));
    built = true;
  }
  const got = run(join(C_BUILD_DIR, 'eg-cmd-rewrite'), ['--targets']);
  const want = REWRITE_DIRECTIONS.flatMap((d) => REWRITE_TARGETS[d].map((t) => `${d === 'to-metric' ? 'm' : 'i'} ${t.from} ${t.to} ${t.symbol}\n`)).join('');
  assert.equal(got, want);
});

test('C rewrite = rewriteUnits on data/demo-rewrite (own direction; other direction; 0 and 6 decimals)', { skip: missing ?? false }, () => {
  const set = readRewriteSet();
  const own = set.map((c) => text(c.input, c.direction));
  const n = compare(own);
  assert.equal(n, set.filter((c) => c.expected !== c.input).length);
  const more: Case[] = [];
  for (const c of set) {
    more.push(text(c.input, c.direction === 'to-metric' ? 'to-imperial' : 'to-metric'), text(c.input, c.direction, 0), text(c.input, c.direction, 6));
  }
  const m = compare(more);
  process.stdout.write(`# rewrite set: ${set.length}/${set.length} byte-identical (${n} rewritten); other direction and 0/6 decimals: ${more.length}/${more.length} (${m} rewritten)\n`);
});

/** The unit test's strings and the traps of each rule, both directions. */
const HARD = [
  '0.25 in', '-0.25 in', '32.009 F', '31.991 F', '31.999 F', '10 in', '212 F', '5 miles', '350 F', '1 lb', '5 km and 5 miles',
  'a 250 ml glass at 20 °C', '100 km/h, 10 m/s, 2 t, 5 K', '100 km/hour', '20 knots', '500 mg', '2 tonnes', '5 kelvin', '3 cl', '2 km 300 m',
  '3-4 miles', '3 – 4 miles', '3 or 4 miles', 'two to three miles', '3 and 4 miles', 'between 3 and 4 miles', '1, 2 or 3 miles', '1-2-3 miles',
  '3 to 5 km', '3 to 5 ft 2 in', '$3-4 a pound', '$4 a gallon', '€5 per lb', '£2 a pound', '¥300 a pound', '2 a pound', 'a mile away',
  'a mile of road', 'half a mile', 'a quarter of a mile', 'three quarters of a mile', '2 of a mile', '30 miles a gallon, $3.50/lb, 4 lb/ft',
  '200 ft²', '5 ft³', '5 ft2', '80 ft-lb', '300 pound-feet', '20 pounds sterling', 'A4 in', 'B12 lbs', '1e3 ft', '3 1/3 miles', '½ mile',
  'mile 5', '12 in', '12in.', '12 in (30 cm)', '12 in wide', '12 IN X 8 IN', '5 ft 2 in\n', 'at 5 in the morning', '2 in 3 people',
  'one in five', 'in 2 weeks', '12 in pan', '12 in\u00a0wide', '12 in  ', '5 ft 10 in', '5 feet and 10 inches', '6 foot 2', '6 feet and 2',
  '2 lb 3 oz', '1 mile 200 yards', '999999999999999 miles', '99999999999 miles and 2 miles', '-5 to -10 F', '+5 F', 'minus forty degrees Fahrenheit',
  '70 degs F', '70 degrees', '70°', '350°F', '5\u202fmi', '4 x 8 ft', '4x8 ft', '2 x 4 x 8 ft', '12 × 14 ft', '3—4 miles', '3 - - 4 miles',
  '0 to 60 mph', '1 mi/h', '10 miles/hour', 'a 5-mile-long trail', '6-foot-2', '', ' ', 'mi', '5', 'in', 'a', 'of a mile', '🏔️ 2 miles',
  'Le café est à 5 miles d’ici', '5 mi’s', "5 mi's",
];

/** Raw bytes: invalid UTF-8 inside, before and after quantities, a BOM, NUL. */
const RAW: readonly number[][] = [
  [0xef, 0xbb, 0xbf, 0xff, 0x35, 0x20, 0x6d, 0x69, 0xe2, 0x80, 0x20, 0x33, 0x20, 0x66, 0x74, 0xc0],
  [0x35, 0xe2, 0x20, 0x6d, 0x69], [0x35, 0x20, 0xc2, 0x6d, 0x69], [0x24, 0x80, 0x35, 0x20, 0x6d, 0x69], [0xc2, 0xa3, 0x35, 0x20, 0x6c, 0x62],
  [0xe2, 0x82, 0xac, 0x35, 0x20, 0x6c, 0x62], [0x82, 0xac, 0x35, 0x20, 0x6c, 0x62], [0xe2, 0xac, 0x35, 0x20, 0x6c, 0x62], [0xa3, 0x35, 0x20, 0x6c, 0x62],
  [0x35, 0x20, 0x66, 0x74, 0xc2, 0xb2], [0x35, 0x20, 0x66, 0x74, 0xc2], [0x35, 0x20, 0x66, 0x74, 0xb2], [0x33, 0xe2, 0x80, 0x93, 0x34, 0x20, 0x6d, 0x69],
  [0x33, 0xe2, 0x80, 0x34, 0x20, 0x6d, 0x69], [0x31, 0x32, 0x20, 0x69, 0x6e, 0xff], [0x31, 0x32, 0x20, 0x69, 0x6e, 0xc2, 0xa0, 0x78],
  [0x35, 0xc2, 0xa0, 0x6d, 0x69], [0x35, 0xc2, 0x20, 0x6d, 0x69], [0x35, 0x00, 0x6d, 0x69], [0xed, 0xa0, 0x80, 0x35, 0x20, 0x6d, 0x69],
  [0xf4, 0x90, 0x80, 0x80, 0x35, 0x6d, 0x69], [0x35, 0xc2, 0xb0, 0x46], [0x35, 0xe2, 0xc2, 0xb0, 0x46], [0x35, 0x20, 0x66, 0x74, 0x2d, 0xc2, 0xb0],
];

test('C rewrite = rewriteUnits on the written hard cases and invalid UTF-8', { skip: missing ?? false }, () => {
  const cases: Case[] = [];
  for (const t of HARD) for (const d of REWRITE_DIRECTIONS) cases.push(text(t, d));
  for (const r of RAW) for (const d of REWRITE_DIRECTIONS) cases.push({ direction: d, decimals: 2, bytes: Uint8Array.from(r) });
  const n = compare(cases);
  process.stdout.write(`# hard cases: ${cases.length} byte-identical (${n} rewritten)\n`);
});

test('C rewrite = rewriteUnits on seeded random text, invalid UTF-8 included (fast-check)', { skip: missing ?? false }, () => {
  const arb = fc.tuple(randomText, fc.constantFrom(...REWRITE_DIRECTIONS), fc.integer({ min: 0, max: 6 }));
  const cases = fc.sample(arb, { seed: 20261130, numRuns: 8000 }).map(([bytes, direction, decimals]) => ({ direction, decimals, bytes }));
  const n = compare(cases);
  assert.ok(n > 2000, `only ${n} random texts were rewritten`);
  process.stdout.write(`# random text: ${cases.length} byte-identical (${n} rewritten)\n`);
});

test('C rewrite: bad options are CMD_REWRITE_OPTION on both sides', { skip: missing ?? false }, () => {
  const code = errorNumber('CMD_REWRITE_OPTION');
  const cases: Case[] = [text('5 miles', 'to-metric', 7), { direction: 'bad', decimals: 2, bytes: enc.encode('5 miles') }];
  for (const b of ['plain', 'san'] as const) assert.deepEqual(cLines(b, cases), [`error ${code} 0 0`, `error ${code} 0 0`]);
  assert.deepEqual(cases.map(tsLine), [`error ${code} 0 0`, `error ${code} 0 0`]);
});

test('C rewrite: a scratch, output or span list too small is CMD_TOO_LARGE with the size it needs, never a cut answer', { skip: missing ?? false }, () => {
  const tooLarge = errorNumber('CMD_TOO_LARGE');
  const c = text('The trail is 5 miles and the tower is 30 feet.');
  const outLen = enc.encode(rewriteUnits(dec.decode(c.bytes)).text).length;
  const need = 29 * c.bytes.length + 32; // EG_CMD_REWRITE_SCRATCH
  for (const b of ['plain', 'san'] as const) {
    assert.deepEqual(cLines(b, [c], ['--scratch', String(need - 1)]), [`error ${tooLarge} 0 0`]);
    assert.deepEqual(cLines(b, [c], ['--scratch', String(need)]), [tsLine(c)]);
    assert.deepEqual(cLines(b, [c], ['--cap', String(outLen - 1)]), [`error ${tooLarge} ${outLen} 2`]);
    assert.deepEqual(cLines(b, [c], ['--cap', String(outLen)]), [tsLine(c)]);
    assert.deepEqual(cLines(b, [c], ['--max-spans', '1']), [`error ${tooLarge} ${outLen} 2`]);
    assert.deepEqual(cLines(b, [c, text('')], ['--cap', '0', '--max-spans', '0']), [`error ${tooLarge} ${outLen} 2`, 'ok ']);
  }
});
