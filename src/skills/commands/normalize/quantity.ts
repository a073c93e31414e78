// Quantities and temperatures: "5 miles", "two and a half km", "350 F", "21 degrees", "minus 5°C"
// -> a number and the unit it was written in, then an exact conversion to a target unit rounded half
// away from zero at a stated number of decimals (350 F -> 176.67 C, 5 mi -> 8.05 km). The arithmetic
// is the integer formula of units.ts evaluated in int64 with overflow checks, in this order:
//   out = round_half_away(((v * mul) + (add * s)) * 10^d, s * div)   for an input v / s
// so a C port gets the same digits; any overflow gives no value rather than a wrong one.
import { conversion, type Dimension, UNIT_ALIASES, type UnitDef } from './units.ts';
import { divRoundHalfAway, type Fixed, fixedOf, FixedOverflow, i64, MAX_DECIMALS, pow10 } from './fixed.ts';
import { parseNumberAt } from './number.ts';
import { firstMatch, matchSeq, type Token } from './tokens.ts';

/** Decimals of a converted value when the schema does not say. */
export const DEFAULT_DECIMALS = 2;

/** Words between a number and a temperature unit: "21 degrees celsius", "70 deg F", "350°F". */
const DEGREE_WORDS: readonly string[] = ['degrees', 'degree', 'deg', 'degs', '°'];

export interface QuantityMatch {
  value: Fixed;
  /** Undefined when the text gives no unit ("set it to 21"). */
  unit?: UnitDef;
  /** True when a degree word was seen (so a bare number was meant as a temperature). */
  degrees: boolean;
  end: number;
}

/** The unit alias at tokens[i] among `dims` (all dimensions when undefined), longest alias first. */
export function unitAt(tokens: readonly Token[], i: number, dims?: readonly Dimension[]): { unit: UnitDef; end: number } | undefined {
  for (const a of UNIT_ALIASES) {
    if (dims && !dims.includes(a.unit.dimension)) continue;
    const n = matchSeq(tokens, i, a.tokens);
    if (n > 0) return { unit: a.unit, end: i + n };
  }
  return undefined;
}

/** The smaller unit a bare number after a unit counts in: "6 feet 2", "5 foot 10", "3 pounds 4". */
export const IMPLIED_SMALLER_UNIT: Readonly<Record<string, string>> = { ft: 'in', lb: 'oz', st: 'lb' };

/**
 * `first` followed by a second amount in a smaller unit of the same dimension ("5 ft 10 in", "6 feet
 * two", "1 kg 200 g") as one value in the smaller unit: exact, because the pair is only joined when
 * one big unit is a whole number of small ones (1 ft = 12 in; 1 km = 1000 m). Otherwise `first`.
 */
function compoundAt(tokens: readonly Token[], first: QuantityMatch): QuantityMatch {
  const big = first.unit as UnitDef;
  let j = first.end;
  if (matchSeq(tokens, j, ['and']) > 0) j++;
  const num = parseNumberAt(tokens, j);
  if (!num || num.value.value < 0) return first;
  const named = unitAt(tokens, num.end, [big.dimension]);
  const implied = IMPLIED_SMALLER_UNIT[big.id];
  const small = named?.unit ?? UNIT_ALIASES.find((a) => a.unit.id === implied)?.unit;
  const c = small && small !== big ? conversion(big, small) : undefined;
  if (!small || !c || c.add !== 0n || c.div !== 1n || c.mul <= 1n) return first;
  const scale = Math.max(first.value.scale, num.value.scale);
  const a = BigInt(first.value.value) * BigInt(scale / first.value.scale) * c.mul;
  const b = BigInt(num.value.value) * BigInt(scale / num.value.scale);
  const value = fixedOf(a + b, scale);
  if (!value) return first;
  return { value, unit: small, degrees: false, end: named ? named.end : num.end };
}

/** A number at tokens[i] followed by an optional degree word and an optional unit of `dims`. */
export function parseQuantityAt(tokens: readonly Token[], i: number, dims?: readonly Dimension[]): QuantityMatch | undefined {
  const t = tokens[i];
  if (t?.kind === 'word' && (t.text === 'a' || t.text === 'an')) {
    const one = unitAt(tokens, i + 1, dims); // "a mile", "a tablespoon"
    if (one) return { value: { value: 1, scale: 1 }, unit: one.unit, degrees: false, end: one.end };
  }
  const num = parseNumberAt(tokens, i);
  if (!num) return undefined;
  let end = num.end;
  // "of" joins a fraction to its unit: "half of a cup" is rare, "a quarter of a mile" is not.
  if (matchSeq(tokens, end, ['of', 'a']) > 0) end += 2;
  // "half a gallon", "half an inch": an article between a fraction and its unit.
  else if ((matchSeq(tokens, end, ['a']) > 0 || matchSeq(tokens, end, ['an']) > 0) && unitAt(tokens, end + 1, dims)) end += 1;
  const direct = unitAt(tokens, end, dims);
  if (direct) return compoundAt(tokens, { value: num.value, unit: direct.unit, degrees: false, end: direct.end });
  const deg = DEGREE_WORDS.find((w) => matchSeq(tokens, end, [w]) > 0);
  if (deg) {
    const after = unitAt(tokens, end + 1, ['temperature']);
    if (after && (!dims || dims.includes('temperature'))) return { value: num.value, unit: after.unit, degrees: true, end: after.end };
    return { value: num.value, degrees: true, end: end + 1 };
  }
  return { value: num.value, degrees: false, end };
}

/** The first quantity anywhere in `text` (see parseQuantityAt), or undefined. Never throws. */
export function findQuantity(text: string, dims?: readonly Dimension[]): QuantityMatch | undefined {
  return firstMatch(text, (tokens, i) => parseQuantityAt(tokens, i, dims));
}

/**
 * `value` (in `from`) converted exactly to `to` with `decimals` decimals, rounded half away from
 * zero; undefined across dimensions or when an int64 intermediate would overflow.
 */
export function convert(value: Fixed, from: UnitDef, to: UnitDef, decimals: number): Fixed | undefined {
  const c = conversion(from, to);
  if (!c || !Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) return undefined;
  const outScale = pow10(decimals);
  try {
    const v = BigInt(value.value);
    const s = BigInt(value.scale);
    const n = i64(i64(i64(v * c.mul) + i64(c.add * s)) * BigInt(outScale));
    const d = i64(s * c.div);
    return fixedOf(divRoundHalfAway(n, d), outScale);
  } catch (e) {
    if (e instanceof FixedOverflow) return undefined;
    throw e;
  }
}
