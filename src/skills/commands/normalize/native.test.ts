// Parity of the C99 value normalizers (c/skills/commands/eg_cmd_normalize.c) with normalizeValue:
// the driver `c/build/eg-cmd-normalize --hex` (make commands-normalize-test) prints one JSON line a
// case, which must be byte for byte JSON.stringify(normalizeValue(schema, text, entities)) ('undefined'
// when there is no value), plain and under ASan + UBSan, on (1) every slot value of
// data/demo-commands, (2) a written table of hard cases, (3) seeded random strings of number, unit and
// time words, digits, punctuation and random bytes. Entity lists go through the artifact's hashed
// tables on both sides (values.ts buildValueTables / resolvers; CENT, CEKY, CESY in C). Text bytes are
// decoded as the commands runtime does (TextDecoder, BOM kept).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { normalizeValue } from './index.ts';
import { readExamples } from '../dataset.ts';
import { buildValueTables, resolvers, slotRecord, slotSchemaOf, type ValueTables } from '../values.ts';
import type { SlotSchema } from '../types.ts';
import { C_BUILD_DIR, haveTool, makeArgs, REPO_ROOT, run } from '../../../board/toolchain.ts';

interface Case {
  schema: SlotSchema;
  bytes: Uint8Array;
}

const enc = new TextEncoder();
const dec = new TextDecoder('utf-8', { ignoreBOM: true });
const DEMO = join(REPO_ROOT, 'data', 'demo-commands');
const ds = readExamples([join(DEMO, 'schema.json'), join(DEMO, 'train.md'), join(DEMO, 'test.md')]);
const tables: ValueTables = buildValueTables(ds);
const entities = resolvers(tables);

/** A schema as the runtime sees it after the artifact (an entity without a list has the name ''). */
function viaArtifact(s: SlotSchema | undefined): SlotSchema {
  return slotSchemaOf(slotRecord(s, tables.entities), tables.entities);
}

function caseLine(c: Case): string {
  const s = c.schema;
  const unit = s.type === 'entity' ? (s.entity ?? '') : (s.unit ?? '');
  return `${s.type}|${unit}|${s.decimals ?? ''}|${Buffer.from(c.bytes).toString('hex')}`;
}

function tsLine(c: Case): string {
  try {
    const v = normalizeValue(c.schema, dec.decode(c.bytes), entities);
    return v === undefined ? 'undefined' : JSON.stringify(v);
  } catch (e) {
    return `throws ${(e as Error).message}`;
  }
}

function entitiesFile(dir: string): string {
  const lines: string[] = [];
  for (const e of tables.entities) lines.push(`E\t${e.name}\t${e.automaticallyExtensible ? 1 : 0}`);
  for (const k of tables.keys) lines.push(`K\t${k}`);
  tables.synonymKeys.forEach((k, i) => lines.push(`S\t${k}\t${tables.synonymValues[i]}`));
  const path = join(dir, 'entities.tsv');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const missing = haveTool('make') && haveTool('cc') ? null : 'make or cc not found';
let bins: { plain: string; san: string } | undefined;
let dir = '';
let entPath = '';

function cLines(bin: string, cases: readonly Case[], extra: readonly string[] = []): string[] {
  if (!bins) {
    run('make', makeArgs('commands-normalize-test'));
    bins = { plain: join(C_BUILD_DIR, 'eg-cmd-normalize'), san: join(C_BUILD_DIR, 'eg-cmd-normalize-san') };
    dir = mkdtempSync(join(tmpdir(), 'eg-cmd-norm-'));
    entPath = entitiesFile(dir);
  }
  const exe = bin === 'san' ? bins.san : bins.plain;
  const res = spawnSync(exe, ['--hex', '--entities', entPath, ...extra], {
    input: cases.map(caseLine).join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, UBSAN_OPTIONS: 'halt_on_error=1:print_stacktrace=1', ASAN_OPTIONS: 'detect_leaks=0' },
  });
  assert.equal(res.status, 0, `${exe} exited ${res.status ?? res.signal}: ${res.stderr}`);
  const out = res.stdout.split('\n');
  out.pop();
  assert.equal(out.length, cases.length, 'one output line a case');
  return out;
}

/** Compares both C builds with TS on every case; returns the count (fails listing the first mismatches). */
function compare(cases: readonly Case[]): number {
  const want = cases.map(tsLine);
  for (const b of ['plain', 'san']) {
    const got = cLines(b, cases);
    const bad: string[] = [];
    for (let i = 0; i < cases.length; i++) {
      if (got[i] !== want[i]) bad.push(`${b} ${caseLine(cases[i])} ${JSON.stringify(dec.decode(cases[i].bytes))}\n   C: ${got[i]}\n  TS: ${want[i]}`);
    }
    assert.deepEqual(bad.slice(0, 12), [], `${bad.length} of ${cases.length} differ`);
  }
  return cases.length;
}

const S = (type: SlotSchema['type'], unit?: string, decimals?: number): SlotSchema => ({
  type,
  ...(unit !== undefined ? { unit } : {}),
  ...(decimals !== undefined ? { decimals } : {}),
});
const text = (schema: SlotSchema, t: string): Case => ({ schema, bytes: enc.encode(t) });

test('C normalizers = normalizeValue on every slot value of data/demo-commands', { skip: missing ?? false }, () => {
  const cases: Case[] = [];
  for (const ex of ds.examples) {
    for (const span of ex.slots) cases.push(text(viaArtifact(ds.intents[ex.intent]?.slots[span.slot]), span.text));
  }
  const typed = cases.filter((c) => c.schema.type !== 'text').length;
  assert.ok(typed > 100, `only ${typed} typed slot values`);
  const n = compare(cases);
  process.stdout.write(`# demo slot values: ${n} (${typed} typed) byte-identical\n`);
});

/** The written hard cases: normalize.test.ts's tables and the edges of the integer rules. */
const HARD: readonly [SlotSchema, readonly string[]][] = [
  [S('number'), ['21', 'twenty one', 'twenty-one', 'two and a half', 'a dozen', 'two dozen', 'half a dozen', '1,234.50', 'one hundred and five',
    'three thousand two hundred', 'two point five', 'point seven five', 'minus five', '-3.25', '3 million', '1 1/2', '3/4', 'a couple of',
    'three quarters', 'fourty two', '2 and a half', '1.23456789', 'a hundred', 'dim it to 40 percent', 'one two', '1,5', '1/3', 'nothing here',
    '', '7:30', '999999999999999', '1000000000000000', '-999999999999999', '999999999999999.4', '999999999999999.5', '99999999999999.9999995',
    '0.0000005', '0.0000004', '-0.0000005', '-0', '-0.0', '+5', '2-3', 'a-5', '1,000,000', '1,0000', '12,345,67', '1.2.3', '1/2/3', '1/0',
    '5/8', '1/64', '7/128', '999999999999999/1', '999999999999999/2', '1 -1/2', '-1 1/2', '1.5 1/2', '2 3/2', '999999999 million',
    '999999 billion', '1000000 billion', 'nine hundred ninety nine billion', 'ninety nine hundred', 'a million thousand', 'a thousand million',
    'one hundred and', 'hundred', 'a', 'an hundred', 'a couple', 'couple', 'point', 'point oh oh seven', 'point one two three four five six seven',
    'two point', 'minus minus five', 'negative point five', 'and a half', 'half', 'a quarter dozen', 'three quarters dozen', 'half a dozen dozen',
    '1.5 and a half', '2.0 and a half', '3 and three quarters', 'twelve dozen', 'a dozen dozen', "o'clock", 'ninty nine', 'zero', 'oh',
    'twenty twenty', 'ten eleven', 'one hundred one hundred', '0000000000000001', '000000000000000.5', '1,234,567.891',
    '12345678901234567890', '5°', '5 ° c', 'ONE HUNDRED', 'Twenty’s', "twenty's", '½', '１２', 'constructor', 'twenty constructor',
    'point constructor']],
  [S('quantity', 'km'), ['5 miles', 'two and a half miles', '1500 m', 'a mile', '3 kg', '12', 'half a mile', 'a quarter of a mile', '5 km/h',
    '999999999999999 mi', '99999999999 mi', '-5 miles', '2 km 300 m', '5 mi 3 km', 'an inch']],
  [S('quantity', 'cm'), ['six feet two', '5 foot 10', '5 ft 10 in', '1 m 20 cm', '-5 ft 10 in', '5 ft -10 in', '5 ft and 10', '5.5 ft 3', '1 mile 3 ft']],
  [S('quantity'), ['6 feet 2 inches', '3 lb 4 oz', '1 kg 200', '2 km and 300 m', '3 cups', '2.50 kg', 'eleven', '-999999999.999999 km 999999999999999 mm',
    '999999999.999999 km 999999999999999 mm', '-999999999999999 t 1 mg', '-1.5 km 1500000 mm', '1 t 5 kg', '2 st 3', '2 st 3 lb 4 oz', 'a fl oz',
    '3 fl oz', '2 metric tons', '5 degrees', '5 kelvin', '60 miles per hour', '60 km per hour', '10 mi/h', '3 tbs', 'half an inch']],
  [S('quantity', 'm'), ['30 feet', '6 ft', '12 inches', '100 yards']],
  [S('quantity', 'kg'), ['10 lbs', 'a pound', '16 oz', 'twelve stone', '999999999999999 t', '9999999999 st']],
  [S('quantity', 'ml'), ['2 cups', 'a tablespoon', '3 tsp', '999999999999999 gal', '99999999 gal', '1 gal']],
  [S('quantity', 'ml', 6), ['999999 gal', '1.234567 tsp', '9999999999 tsp', '3 fl oz']],
  [S('quantity', 'mm', 0), ['0.5 mm', '-0.5 mm', '1.5 mm', '-1.5 mm', '0.0005 m', '1 mile']],
  [S('quantity', 'l'), ['3 gallons', '2 pints']],
  [S('quantity', 'km/h'), ['60 mph', '10 m/s', '20 knots', '5 kn', 'a knot']],
  [S('quantity', 'mi', 3), ['10 km']],
  [S('quantity', 'parsecs'), ['3 km']],
  [S('quantity', 'miles per hour'), ['100 km/h']],
  [S('quantity', 'KM'), ['5 mi']],
  [S('quantity', 'c'), ['5 F']],
  [S('temperature', 'C'), ['350 F', '350 degrees fahrenheit', '350°F', 'minus 40 f', '21 degrees', 'twenty one', '0 K', '98.6 F', '-0.005 C', '5 miles',
    '21 degrees celsius', '70 deg F', '-459.67 F', '999999999999999 F', '99999999999999 F', '72', 'degrees', '5 deg', 'a degree', '°c', '5 °c']],
  [S('temperature', 'C', 1), ['twenty one and a half degrees', '65 F', '19.5']],
  [S('temperature', 'C', 0), ['350 f', '-0.5 c', '0.5 c']],
  [S('temperature', 'F'), ['180 c', '21 degrees celsius']],
  [S('temperature', 'K', 6), ['21.123456 C', '-273.15 C']],
  [S('temperature'), ['21 degrees', '72 F', '5 km', '5 km 21 c', 'minus 5°C']],
  [S('temperature', 'km'), ['21 C']],
  [S('duration'), ['in 10 minutes', 'an hour and a half', '90 seconds', 'half an hour', '2 hours 15 minutes', '2 hours and 15 minutes', '1h30',
    'a quarter of an hour', '1.5 hours', 'one and a half hours', 'an hour and 20 minutes', 'for twenty mins', 'a day', '2 weeks', '1.5 seconds',
    'ten', '0 seconds', '0.4 seconds', '0.5 seconds', '2 minutes 30', '2 minutes 300', '1 hour 2 minutes 3', '1 hour 90', '2 days and a half',
    '1 week 1 day 1 hour 1 minute 1 second', 'a minute and a half and a half', '1 minute 2 hours', '999999999999999 seconds', '9999999999 weeks',
    '1654320987654 weeks', 'minus 5 minutes', 'half a day', 'a half hour', '5 m', '5 min and', '1 hour and half', '1h 30m', 'an an hour', '5 constructor']],
  [S('time'), ['half past seven', '7:30 pm', '7:30 p.m.', 'noon', 'midnight', 'quarter to nine', 'quarter to nine pm', '7.30pm', 'seven thirty',
    'seven oh five am', "5 o'clock", 'eight in the morning', '9 at night', '2 at night', '12 at night', '0730', '19:45', 'at 7', 'ten past six',
    '12 am', '12 pm', 'twenty to five pm', 'quarter to midnight', '7 30 pm', '6 in the evening', '25:00', '15 pm', '0:30', '00:30', '00:30 pm',
    '24:00', '12:60', '7.5', '7.305', '2399', '2400', '0060', 'half to seven', 'five past noon', 'a quarter past 12', '20 minutes to 1',
    '59 past 12 am', 'constructor', 'half past constructor', 'twenty three', 'twenty one oh five', 'seven o clock', 'seven oclock pm', 'tonight at 9', '9 tonight', '9 this evening',
    "twenty-one o'clock", 'minus five', '13', '0', 'one two three', 'quarter past twelve at night', 'ten to one at night', '3 pm 4 pm',
    'set alarm for 6 45 am', '7 3 pm', '07 30', '7 oh', 'seven oh', 'midday', 'the morning', 'at night', '12.00', '1:2']],
  [{ type: 'entity', entity: 'room' }, ['Lounge', 'the Lounge', 'Living-Room', 'garage', 'kids room', "kid's room", 'kid’s room', 'LIVING ROOM!!', '', '  ', 'nope']],
  [{ type: 'entity', entity: 'genre' }, ['Jazz', 'hip hop', 'unheard-of genre']],
  [{ type: 'entity', entity: '' }, ['Yellow Submarine', '°', '5km', 'a1b2']],
  [S('text'), ['  hello ', '\u00a0\ufeffhi\u2028', '\t\n', '"quoted" \\ back', '\u0001\u001f\u007f', 'é ü 日本', '\u2029x\u3000', '\u0085x\u0085']],
];

/** Inputs that must keep their raw bytes (invalid UTF-8, a BOM): every slot type. */
const RAW: readonly number[][] = [
  [0xff, 0x35, 0x20, 0x6b, 0x6d], [0xe2, 0x80], [0xe2, 0x80, 0x99, 0x73], [0x61, 0xe2, 0x80, 0x99, 0x73], [0xc2, 0xb0, 0x63],
  [0x35, 0xc2, 0xb0, 0x46], [0x35, 0xe2, 0xc2, 0xb0, 0x46], [0xef, 0xbb, 0xbf, 0x37, 0x3a, 0x33, 0x30], [0xed, 0xa0, 0x80, 0x31],
  [0xf0, 0x9f, 0x98, 0x80, 0x32], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0xaf, 0x20, 0x33], [0x20, 0x00, 0x20], [0x2d, 0xc3, 0xa9, 0x35],
];

test('C normalizers = normalizeValue on the written hard cases', { skip: missing ?? false }, () => {
  const cases: Case[] = [];
  for (const [schema, texts] of HARD) for (const t of texts) cases.push(text(viaArtifactEntity(schema), t));
  for (const schema of PROPERTY_SCHEMAS) for (const r of RAW) cases.push({ schema, bytes: Uint8Array.from(r) });
  const n = compare(cases);
  process.stdout.write(`# hard cases: ${n} byte-identical\n`);
});

function viaArtifactEntity(s: SlotSchema): SlotSchema {
  return s.type === 'entity' ? viaArtifact(s) : s;
}

const PROPERTY_SCHEMAS: SlotSchema[] = [
  S('number'), S('quantity'), S('quantity', 'km'), S('quantity', 'cm'), S('quantity', 'ml', 6), S('quantity', 'kg', 0), S('quantity', 'mph', 1),
  S('temperature'), S('temperature', 'C', 1), S('temperature', 'F'), S('duration'), S('time'), S('text'),
  viaArtifact({ type: 'entity', entity: 'room' }), viaArtifact({ type: 'entity', entity: 'genre' }), viaArtifact({ type: 'entity', entity: 'x' }),
];

/** Words the parsers react to ("constructor": the tables are looked up by own key only). */
const VOCAB = [
  'zero', 'one', 'two', 'three', 'seven', 'nine', 'ten', 'twelve', 'fifteen', 'twenty', 'fourty', 'ninety', 'hundred', 'thousand', 'million',
  'billion', 'and', 'a', 'an', 'half', 'quarter', 'quarters', 'dozen', 'couple', 'of', 'point', 'oh', 'o', 'minus', 'negative',
  '0', '1', '7', '12', '30', '59', '99', '1,000', '1,5', '3/4', '1/3', '-5', '+5', '2.5', '0730', '7:30', '7.30', '12:60', '99999999999999999',
  '999999999999999', '1.23456789', '0.0000005', '1 1/2',
  'km', 'miles', 'mile', 'ft', 'feet', 'foot', 'inches', 'in', 'lb', 'lbs', 'oz', 'stone', 'st', 't', 'tonne', 'metric ton', 'kg', 'g', 'mg',
  'c', 'f', 'k', '°', '°c', '°F', 'degrees', 'deg', 'celsius', 'fahrenheit', 'm/s', 'km/h', 'mph', 'knots', 'fl oz', 'cups', 'gal', 'tsp', 'ml', 'l',
  'past', 'to', 'till', 'after', 'before', 'pm', 'am', 'a.m.', 'p.m.', 'at', 'night', 'in the morning', 'in the evening', 'tonight',
  'this morning', 'noon', 'midnight', 'midday', "o'clock", 'oclock', 'clock', 'minutes', 'minute', 'mins', 'hour', 'hours', 'h', 'hr', 'min',
  'sec', 'seconds', 's', 'd', 'day', 'days', 'week', 'weeks', 'wk', 'constructor', 'lounge', 'living room', 'jazz', 'Kid’s', 'THE',
];
const PUNCT = ['', ' ', ' ', ' ', '  ', '-', ',', '.', ':', '/', '’', "'", '+', '!', '\t', '\u00a0', '°', 'é', '\ufeff'];

const piece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...VOCAB).map((w) => enc.encode(w)) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 99999 }).map((n) => enc.encode(String(n))) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 3 }).map((s) => enc.encode(s)) },
);
const wordy = fc.array(fc.tuple(piece, fc.constantFrom(...PUNCT)), { maxLength: 10 }).map((ps) => {
  const parts: number[] = [];
  for (const [p, sep] of ps) parts.push(...p, ...enc.encode(sep));
  return Uint8Array.from(parts);
});

test('C normalizers = normalizeValue on seeded random strings (fast-check)', { skip: missing ?? false }, () => {
  const arb = fc.tuple(fc.oneof({ weight: 4, arbitrary: wordy }, { weight: 1, arbitrary: fc.uint8Array({ maxLength: 40 }) }), fc.constantFrom(...PROPERTY_SCHEMAS));
  const cases = fc.sample(arb, { seed: 20261130, numRuns: 6000 }).map(([bytes, schema]) => ({ schema, bytes }));
  const n = compare(cases);
  const valued = cases.map(tsLine).filter((l) => l !== 'undefined').length;
  process.stdout.write(`# random strings: ${n} byte-identical (${valued} with a value)\n`);
});

/** Amounts near the int64 and 10^15 limits: long digit runs, many decimals, signs, units, compound pairs. */
const digitsArb = (max: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: 1, maxLength: max }).map((d) => d.join(''));
const amount = fc.tuple(fc.constantFrom('', '-', 'minus ', '+'), digitsArb(19), fc.option(digitsArb(9), { nil: undefined }), fc.option(fc.constantFrom('/', ' million', ' billion', ' dozen', ' and a half'), { nil: undefined }))
  .map(([sign, int, frac, tail]) => `${sign}${int}${frac !== undefined ? `.${frac}` : ''}${tail === '/' ? `/${int.length % 9}` : (tail ?? '')}`);
const UNIT_WORDS = ['', 'km', 'mi', 'mm', 't', 'mg', 'st', 'lb', 'oz', 'gal', 'tsp', 'ml', 'F', 'C', 'K', 'mph', 'kn', 'ft', 'in', 'hours', 'weeks', 'seconds', 'pm'];
const edge = fc.tuple(amount, fc.constantFrom(...UNIT_WORDS), fc.option(fc.tuple(amount, fc.constantFrom(...UNIT_WORDS)), { nil: undefined }))
  .map(([a, u, b]) => enc.encode(`${a} ${u}${b ? ` ${b[0]} ${b[1]}` : ''}`));

test('C normalizers = normalizeValue on seeded amounts near the integer limits (fast-check)', { skip: missing ?? false }, () => {
  const cases = fc.sample(fc.tuple(edge, fc.constantFrom(...PROPERTY_SCHEMAS, S('quantity', 'mm', 6), S('quantity', 'mg', 6), S('temperature', 'K', 6))), { seed: 42, numRuns: 6000 })
    .map(([bytes, schema]) => ({ schema, bytes }));
  const n = compare(cases);
  const valued = cases.map(tsLine).filter((l) => l !== 'undefined').length;
  process.stdout.write(`# amounts near the limits: ${n} byte-identical (${valued} with a value)\n`);
});

test('C normalizers: a scratch smaller than EG_CMD_NORMALIZE_SCRATCH(len) is an error, never a partial value', { skip: missing ?? false }, () => {
  const t = 'twenty one and a half miles';
  const need = 16 * enc.encode(t).length + 96; // EG_CMD_NORMALIZE_SCRATCH
  const cases = [text(S('quantity', 'km'), t), text(S('text'), t), text(viaArtifact({ type: 'entity', entity: 'room' }), t)];
  for (const b of ['plain', 'san']) {
    assert.deepEqual(cLines(b, cases, ['--scratch', String(need - 1)]), ['error -1', 'error -1', 'error -1']);
    assert.deepEqual(cLines(b, cases, ['--scratch', String(need)]), cases.map(tsLine));
  }
});

test.after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});
