// Property tests of the normalizers (fast-check, fixed seeds): no input string makes them throw, and
// numbers written by formatFixed (or in words) read back as the same fixed-point value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatFixed, normalizeValue } from './index.ts';
import { parseNumber } from './number.ts';
import { convert } from './quantity.ts';
import { findUnit } from './units.ts';
import { MAX_FIXED_VALUE, pow10, reduce } from './fixed.ts';
import type { SlotSchema } from '../types.ts';

const SCHEMAS: SlotSchema[] = [
  { type: 'number' }, { type: 'quantity' }, { type: 'quantity', unit: 'km' }, { type: 'quantity', unit: 'ml', decimals: 6 },
  { type: 'temperature' }, { type: 'temperature', unit: 'F' }, { type: 'duration' }, { type: 'time' }, { type: 'text' },
  { type: 'entity', entity: 'x' },
];

/** Strings built from the words the parsers react to, so the properties reach deep paths. */
const VOCAB = ['one', 'twenty', 'hundred', 'thousand', 'million', 'and', 'a', 'half', 'quarter', 'dozen', 'point', 'minus', 'past', 'to',
  'pm', 'am', 'at', 'night', 'hour', 'minutes', 'miles', 'km', 'degrees', 'f', '°', '7:30', '1,000', '3/4', '-5', '99999999999999999', '.', ':'];
const wordy = fc.array(fc.constantFrom(...VOCAB), { maxLength: 12 }).map((ws) => ws.join(' '));

test('property: normalizeValue never throws and gives JSON-able integers', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), wordy), fc.constantFrom(...SCHEMAS), (text, schema) => {
      const v = normalizeValue(schema, text);
      if (v === undefined) return;
      assert.deepEqual(JSON.parse(JSON.stringify(v)), v);
      for (const x of Object.values(v)) if (typeof x === 'number') assert.ok(Number.isSafeInteger(x), `${x} in ${JSON.stringify(v)}`);
    }),
    { seed: 7, numRuns: 3000 },
  );
});

const fixedArb = fc.tuple(fc.integer({ min: -MAX_FIXED_VALUE, max: MAX_FIXED_VALUE }), fc.integer({ min: 0, max: 6 }))
  .map(([value, k]) => reduce({ value, scale: pow10(k) }));

test('property: parse(formatFixed(n)) === n for reduced fixed-point numbers', () => {
  fc.assert(
    fc.property(fixedArb, (f) => {
      assert.deepEqual(parseNumber(formatFixed(f.value, f.scale)), f);
    }),
    { seed: 11, numRuns: 2000 },
  );
});

const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** English words of 1..999 (the test's own independent writer). */
function below1000(n: number): string {
  const parts: string[] = [];
  if (n >= 100) parts.push(`${ONES[Math.floor(n / 100)]} hundred`);
  const r = n % 100;
  if (r >= 20) parts.push(`${TENS[Math.floor(r / 10)]}${r % 10 ? ` ${ONES[r % 10]}` : ''}`);
  else if (r >= 10) parts.push(TEENS[r - 10]);
  else if (r > 0) parts.push(ONES[r]);
  return parts.join(' ');
}

function inWords(n: number): string {
  if (n === 0) return 'zero';
  const parts: string[] = [];
  for (const [scale, name] of [[1_000_000_000, 'billion'], [1_000_000, 'million'], [1_000, 'thousand']] as const) {
    if (n >= scale) {
      parts.push(`${below1000(Math.floor(n / scale))} ${name}`);
      n %= scale;
    }
  }
  if (n > 0) parts.push(below1000(n));
  return parts.join(' ');
}

test('property: whole numbers written in words read back exactly', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
      assert.deepEqual(parseNumber(inWords(n)), { value: n, scale: 1 });
    }),
    { seed: 13, numRuns: 2000 },
  );
});

// 0.0001 mi is 0.16 m, so a round trip through 4 decimals of miles lands within 1 m (the last km decimal).
test('property: converting there and back stays within one unit of the last decimal', () => {
  const km = findUnit('km')!;
  const mi = findUnit('mi')!;
  fc.assert(
    fc.property(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), (v) => {
      const there = convert({ value: v, scale: 1000 }, km, mi, 4)!;
      const back = convert(there, mi, km, 3)!;
      assert.ok(Math.abs(back.value - v) <= 1, `${v} -> ${there.value} -> ${back.value}`);
    }),
    { seed: 17, numRuns: 1000 },
  );
});
