// The unit table of quantity and temperature normalization: the one TS source the C tables are
// generated from. Each unit is an exact affine map to its dimension's base unit with integer
// coefficients: base = (x * num + offset) / den. Conversions between two units are derived as one
// reduced integer triple (mul, add, div): to = (from * mul + add) / div, so both runtimes do the same
// integer operations. Factors are the legal definitions (1 in = 2.54 cm, 1 lb = 0.45359237 kg,
// 1 US gal = 3.785411784 L, 0 C = 273.15 K, F = C * 9/5 + 32), never rounded approximations.
import { words } from './tokens.ts';

export type Dimension = 'length' | 'mass' | 'volume' | 'speed' | 'temperature';

export interface UnitDef {
  /** The canonical symbol, used in normalized values and schema files ("km", "C"). */
  id: string;
  dimension: Dimension;
  num: bigint;
  den: bigint;
  offset: bigint;
  /** What people write for it, matched on scanned tokens, longest first. The id is not an alias by
   * itself: "in" (inch) and "K" would match ordinary words. */
  aliases: readonly string[];
}

function unit(id: string, dimension: Dimension, num: bigint, den: bigint, aliases: string[], offset = 0n): UnitDef {
  return { id, dimension, num, den, offset, aliases };
}

/** Base units: metre, gram, millilitre, metre per second, kelvin. US customary volumes. */
export const UNITS: readonly UnitDef[] = [
  unit('mm', 'length', 1n, 1000n, ['mm', 'millimeter', 'millimeters', 'millimetre', 'millimetres']),
  unit('cm', 'length', 1n, 100n, ['cm', 'centimeter', 'centimeters', 'centimetre', 'centimetres', 'cms']),
  unit('m', 'length', 1n, 1n, ['m', 'meter', 'meters', 'metre', 'metres']),
  unit('km', 'length', 1000n, 1n, ['km', 'kilometer', 'kilometers', 'kilometre', 'kilometres', 'kms']),
  unit('in', 'length', 254n, 10000n, ['inch', 'inches']),
  unit('ft', 'length', 3048n, 10000n, ['ft', 'foot', 'feet', 'feets']),
  unit('yd', 'length', 9144n, 10000n, ['yd', 'yard', 'yards', 'yds']),
  unit('mi', 'length', 1609344n, 1000n, ['mi', 'mile', 'miles']),
  unit('mg', 'mass', 1n, 1000n, ['mg', 'milligram', 'milligrams', 'milligramme', 'milligrammes']),
  unit('g', 'mass', 1n, 1n, ['g', 'gram', 'grams', 'gramme', 'grammes', 'gr', 'grs']),
  unit('kg', 'mass', 1000n, 1n, ['kg', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'kilo', 'kilos', 'kgs']),
  unit('t', 'mass', 1000000n, 1n, ['tonne', 'tonnes', 'metric ton', 'metric tons']),
  unit('oz', 'mass', 28349523125n, 1000000000n, ['oz', 'ounce', 'ounces', 'ozs']),
  unit('lb', 'mass', 45359237n, 100000n, ['lb', 'pound', 'pounds', 'lbs']),
  unit('st', 'mass', 635029318n, 100000n, ['stone', 'stones']),
  unit('ml', 'volume', 1n, 1n, ['ml', 'milliliter', 'milliliters', 'millilitre', 'millilitres', 'mls']),
  unit('cl', 'volume', 10n, 1n, ['cl', 'centiliter', 'centiliters', 'centilitre', 'centilitres']),
  unit('l', 'volume', 1000n, 1n, ['l', 'liter', 'liters', 'litre', 'litres', 'ltr']),
  unit('tsp', 'volume', 492892159375n, 100000000000n, ['tsp', 'teaspoon', 'teaspoons', 'tsps']),
  unit('tbsp', 'volume', 1478676478125n, 100000000000n, ['tbsp', 'tablespoon', 'tablespoons', 'tbsps', 'tbs']),
  unit('floz', 'volume', 295735295625n, 10000000000n, ['floz', 'fl oz', 'fluid ounce', 'fluid ounces']),
  unit('cup', 'volume', 2365882365n, 10000000n, ['cup', 'cups']),
  unit('pt', 'volume', 473176473n, 1000000n, ['pt', 'pint', 'pints']),
  unit('qt', 'volume', 946352946n, 1000000n, ['qt', 'quart', 'quarts']),
  unit('gal', 'volume', 3785411784n, 1000000n, ['gal', 'gallon', 'gallons', 'gals']),
  unit('m/s', 'speed', 1n, 1n, ['m/s', 'meters per second', 'metres per second', 'mps']),
  unit('km/h', 'speed', 5n, 18n, ['km/h', 'kph', 'kmh', 'kmph', 'kilometers per hour', 'kilometres per hour', 'km per hour', 'kms per hour']),
  unit('mph', 'speed', 1609344n, 3600000n, ['mph', 'miles per hour', 'mile per hour', 'mi/h']),
  unit('kn', 'speed', 1852n, 3600n, ['kn', 'knot', 'knots', 'kt', 'kts']),
  unit('C', 'temperature', 100n, 100n, ['c', 'celsius', 'centigrade', 'degrees celsius', 'degree celsius', 'degrees c', 'deg c', '°c'], 27315n),
  unit('F', 'temperature', 500n, 900n, ['f', 'fahrenheit', 'farenheit', 'degrees fahrenheit', 'degree fahrenheit', 'degrees f', 'deg f', '°f'], 229835n),
  unit('K', 'temperature', 1n, 1n, ['k', 'kelvin', 'kelvins', 'degrees kelvin']),
];

/** An alias as the token sequence the scanner makes of it, with its unit. Longest first. */
export interface UnitAlias {
  tokens: readonly string[];
  unit: UnitDef;
}

export const UNIT_ALIASES: readonly UnitAlias[] = UNITS.flatMap((u) => u.aliases.map((a) => ({ tokens: words(a), unit: u })))
  .filter((a) => a.tokens.length > 0)
  .sort((a, b) => b.tokens.length - a.tokens.length);

/** The unit whose id or alias is exactly `name` (case-sensitive id first, then aliases), or undefined. */
export function findUnit(name: string): UnitDef | undefined {
  const byId = UNITS.find((u) => u.id === name);
  if (byId) return byId;
  const toks = words(name);
  const hit = UNIT_ALIASES.find((a) => a.tokens.length === toks.length && a.tokens.every((t, k) => t === toks[k]));
  return hit?.unit;
}

/** A conversion as integers: to = (from * mul + add) / div, div > 0, reduced by their common divisor. */
export interface Conversion {
  mul: bigint;
  add: bigint;
  div: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/**
 * The exact conversion from `from` to `to` (same dimension): from base = (x*nA + oA)/dA and
 * x_B = (base*dB - oB)/nB follows mul = nA*dB, add = oA*dB - oB*dA, div = dA*nB. Undefined across
 * dimensions.
 */
export function conversion(from: UnitDef, to: UnitDef): Conversion | undefined {
  if (from.dimension !== to.dimension) return undefined;
  const mul = from.num * to.den;
  const add = from.offset * to.den - to.offset * from.den;
  const div = from.den * to.num;
  const g = gcd(gcd(mul, add), div);
  return { mul: mul / g, add: add / g, div: div / g };
}
