// Exact expected values of normalizeValue on a written table of cases, one table per slot type.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatFixed, normalizeValue } from './index.ts';
import type { EntityDef, SlotSchema } from '../types.ts';

function check(schema: SlotSchema, cases: readonly (readonly [string, string | undefined])[]): void {
  for (const [input, want] of cases) {
    const got = normalizeValue(schema, input);
    assert.equal(got?.text, want, `${schema.type}${schema.unit ? ` -> ${schema.unit}` : ''}: ${JSON.stringify(input)}`);
  }
}

test('numbers: digits, words, fractions, dozens', () => {
  check({ type: 'number' }, [
    ['21', '21'], ['twenty one', '21'], ['twenty-one', '21'], ['two and a half', '2.5'], ['a dozen', '12'],
    ['two dozen', '24'], ['half a dozen', '6'], ['1,234.50', '1234.5'], ['one hundred and five', '105'],
    ['three thousand two hundred', '3200'], ['two point five', '2.5'], ['point seven five', '0.75'],
    ['minus five', '-5'], ['-3.25', '-3.25'], ['3 million', '3000000'], ['1 1/2', '1.5'], ['3/4', '0.75'],
    ['a couple of', '2'], ['three quarters', '0.75'], ['fourty two', '42'], ['2 and a half', '2.5'],
    ['1.23456789', '1.234568'], ['a hundred', '100'], ['dim it to 40 percent', '40'], ['one two', '1'],
    ['1,5', undefined], ['1/3', undefined], ['nothing here', undefined], ['', undefined], ['7:30', undefined],
  ]);
  assert.deepEqual(normalizeValue({ type: 'number' }, 'two and a half'), { kind: 'number', value: 25, scale: 10, text: '2.5' });
});

test('quantities: exact conversion, round half away from zero at the stated decimals', () => {
  check({ type: 'quantity', unit: 'km' }, [
    ['5 miles', '8.05 km'], ['two and a half miles', '4.02 km'], ['1500 m', '1.50 km'],
    ['a mile', '1.61 km'], ['3 kg', undefined], ['12', '12.00 km'],
  ]);
  check({ type: 'quantity', unit: 'cm' }, [['six feet two', '187.96 cm'], ['5 foot 10', '177.80 cm'], ['5 ft 10 in', '177.80 cm'], ['1 m 20 cm', '120.00 cm']]);
  check({ type: 'quantity' }, [['6 feet 2 inches', '74 in'], ['3 lb 4 oz', '52 oz'], ['1 kg 200', '1 kg'], ['2 km and 300 m', '2300 m']]);
  check({ type: 'quantity', unit: 'm' }, [['30 feet', '9.14 m'], ['6 ft', '1.83 m'], ['12 inches', '0.30 m'], ['100 yards', '91.44 m']]);
  check({ type: 'quantity', unit: 'kg' }, [['10 lbs', '4.54 kg'], ['a pound', '0.45 kg'], ['16 oz', '0.45 kg'], ['twelve stone', '76.20 kg']]);
  check({ type: 'quantity', unit: 'ml' }, [['2 cups', '473.18 ml'], ['a tablespoon', '14.79 ml'], ['3 tsp', '14.79 ml']]);
  check({ type: 'quantity', unit: 'l' }, [['3 gallons', '11.36 l'], ['2 pints', '0.95 l']]);
  check({ type: 'quantity', unit: 'km/h' }, [['60 mph', '96.56 km/h'], ['10 m/s', '36.00 km/h'], ['20 knots', '37.04 km/h']]);
  check({ type: 'quantity', unit: 'mi', decimals: 3 }, [['10 km', '6.214 mi']]);
  check({ type: 'quantity' }, [['3 cups', '3 cup'], ['2.50 kg', '2.5 kg'], ['eleven', undefined]]);
  check({ type: 'quantity', unit: 'parsecs' }, [['3 km', undefined]]);
});

test('temperatures: 350 F -> 176.67 C, defaults and negative values', () => {
  check({ type: 'temperature', unit: 'C' }, [
    ['350 F', '176.67 C'], ['350 degrees fahrenheit', '176.67 C'], ['350°F', '176.67 C'], ['minus 40 f', '-40.00 C'],
    ['21 degrees', '21.00 C'], ['twenty one', '21.00 C'], ['0 K', '-273.15 C'], ['98.6 F', '37.00 C'], ['-0.005 C', '-0.01 C'],
    ['5 miles', undefined],
  ]);
  check({ type: 'temperature', unit: 'F' }, [['180 c', '356.00 F'], ['21 degrees celsius', '69.80 F']]);
  check({ type: 'temperature' }, [['21 degrees', '21 C'], ['72 F', '72 F']]);
  check({ type: 'temperature', unit: 'km' }, [['21 C', undefined]]);
});

test('durations -> seconds', () => {
  check({ type: 'duration' }, [
    ['in 10 minutes', 'PT10M'], ['an hour and a half', 'PT1H30M'], ['90 seconds', 'PT1M30S'], ['half an hour', 'PT30M'],
    ['2 hours 15 minutes', 'PT2H15M'], ['2 hours and 15 minutes', 'PT2H15M'], ['1h30', 'PT1H30M'], ['a quarter of an hour', 'PT15M'],
    ['1.5 hours', 'PT1H30M'], ['one and a half hours', 'PT1H30M'], ['an hour and 20 minutes', 'PT1H20M'],
    ['for twenty mins', 'PT20M'], ['a day', 'P1D'], ['2 weeks', 'P14D'], ['1.5 seconds', 'PT2S'], ['ten', undefined],
  ]);
  assert.deepEqual(normalizeValue({ type: 'duration' }, 'an hour and a half'), { kind: 'duration', seconds: 5400, text: 'PT1H30M' });
});

test('times of day -> minutes since midnight, with the am/pm policy', () => {
  check({ type: 'time' }, [
    ['half past seven', '07:30'], ['7:30 pm', '19:30'], ['7:30 p.m.', '19:30'], ['noon', '12:00'], ['midnight', '00:00'],
    ['quarter to nine', '08:45'], ['quarter to nine pm', '20:45'], ['7.30pm', '19:30'], ['seven thirty', '07:30'],
    ['seven oh five am', '07:05'], ["5 o'clock", '05:00'], ['eight in the morning', '08:00'], ['9 at night', '21:00'],
    ['2 at night', '02:00'], ['12 at night', '00:00'], ['0730', '07:30'], ['19:45', '19:45'], ['at 7', '07:00'],
    ['ten past six', '06:10'], ['12 am', '00:00'], ['12 pm', '12:00'], ['twenty to five pm', '16:40'],
    ['quarter to midnight', '23:45'], ['7 30 pm', '19:30'], ['6 in the evening', '18:00'], ['25:00', undefined], ['15 pm', undefined],
  ]);
  assert.deepEqual(normalizeValue({ type: 'time' }, 'half past seven'), { kind: 'time', minutes: 450, ambiguous: true, text: '07:30' });
  assert.equal((normalizeValue({ type: 'time' }, 'half past seven pm') as { ambiguous: boolean }).ambiguous, false);
  assert.equal((normalizeValue({ type: 'time' }, '19:30') as { ambiguous: boolean }).ambiguous, false);
});

test('entities resolve synonyms; closed entities refuse unlisted values', () => {
  const entities: Record<string, EntityDef> = {
    room: { name: 'room', automaticallyExtensible: false, values: [{ value: 'living_room', synonyms: ['living room', 'lounge'] }] },
    song: { name: 'song', automaticallyExtensible: true, values: [] },
  };
  assert.deepEqual(normalizeValue({ type: 'entity', entity: 'room' }, 'the Lounge', entities), undefined);
  assert.deepEqual(normalizeValue({ type: 'entity', entity: 'room' }, 'Lounge', entities), { kind: 'entity', entity: 'room', value: 'living_room', listed: true, text: 'living_room' });
  assert.deepEqual(normalizeValue({ type: 'entity', entity: 'room' }, 'Living-Room', entities)?.text, 'living_room');
  assert.equal(normalizeValue({ type: 'entity', entity: 'room' }, 'garage', entities), undefined);
  assert.deepEqual(normalizeValue({ type: 'entity', entity: 'song' }, 'Yellow Submarine', entities), { kind: 'entity', entity: 'song', value: 'yellow submarine', listed: false, text: 'yellow submarine' });
  assert.deepEqual(normalizeValue({ type: 'text' }, '  hello '), { kind: 'text', text: 'hello' });
});

test('formatFixed is exact and pure', () => {
  assert.equal(formatFixed(17667, 100), '176.67');
  assert.equal(formatFixed(-5, 10), '-0.5');
  assert.equal(formatFixed(42, 1), '42');
  assert.equal(formatFixed(7, 1000), '0.007');
  assert.equal(formatFixed(-1, 100), '-0.01');
  assert.throws(() => formatFixed(1, 3), RangeError);
  assert.throws(() => formatFixed(0.5, 10), RangeError);
});
