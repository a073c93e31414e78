// Seeded random text for the rewrite's property tests (rewrite.test.ts, native.test.ts): words and
// marks the rewrite reacts to (numbers, units, joiners, money and power signs, "in", "a ... of"),
// joined by the separators it tells apart, plus random bytes (invalid UTF-8 included). Test-only.
import fc from 'fast-check';

const enc = new TextEncoder();

export const REWRITE_VOCAB: readonly string[] = [
  '0', '1', '2', '3', '12', '30', '350', '98.6', '0.25', '1/2', '3/4', '1/3', '1 1/2', '1,000', '-5', '+5', '-0.005', '999999999999999',
  '99999999999', '32.009', '7:30', 'one', 'two', 'twenty', 'hundred', 'half', 'quarter', 'three quarters', 'a couple of', 'minus', 'dozen',
  'a', 'an', 'of', 'and', 'between', 'to', 'or', 'x', 'by', 'in', 'IN', 'wide', 'long', 'the', 'sterling', 'per',
  'miles', 'mile', 'mi', 'ft', 'feet', 'foot', 'inch', 'inches', 'yards', 'lb', 'lbs', 'pound', 'pounds', 'oz', 'ounce', 'stone', 'fl oz',
  'cups', 'tbsp', 'tsp', 'pint', 'quart', 'gallons', 'mph', 'miles per hour', 'mi/h', 'F', 'f', '°F', '°', 'degrees', 'deg', 'fahrenheit',
  'C', '°C', 'celsius', 'K', 'km', 'km/h', 'm', 'cm', 'mm', 'g', 'kg', 'mg', 't', 'ml', 'L', 'liters', 'm/s', 'knots', 'kn',
];
const SEPARATORS = ['', ' ', ' ', ' ', '  ', '-', ' - ', '–', '—', '×', '/', ',', '.', '\n', '\t', '\u00a0', '\u202f', '$', '£', '€', '¥', '²',
  '³', "'", '’', '(', ')', 'é', '\ufeff', '🏔'];

const NUMBERS = REWRITE_VOCAB.slice(0, REWRITE_VOCAB.indexOf('a'));
const UNITS = REWRITE_VOCAB.slice(REWRITE_VOCAB.indexOf('miles'));

const piece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...REWRITE_VOCAB).map((w) => enc.encode(w)) },
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...NUMBERS), fc.constantFrom('', ' ', ' ', '-', '\u00a0'), fc.constantFrom(...UNITS)).map(([n, s, u]) => enc.encode(n + s + u)) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 99999 }).map((n) => enc.encode(String(n))) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 3 }).map((s) => enc.encode(s)) },
);

/** Bytes of 0..14 pieces, each followed by a separator; one in five is plain random bytes. */
export const randomText: fc.Arbitrary<Uint8Array> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { maxLength: 14 }).map((ps) => {
      const parts: number[] = [];
      for (const [p, sep] of ps) parts.push(...p, ...enc.encode(sep));
      return Uint8Array.from(parts);
    }),
  },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 48 }) },
);
