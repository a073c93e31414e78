// Decimal fixed-point arithmetic of the value normalizers: a value is an integer `value` and a
// `scale` (a power of ten), meaning value / scale. No floating point is used anywhere in the value
// path, so a C port that follows these rules (int64 with overflow checks, round half away from zero)
// gives the same bytes. Intermediates are BigInt here only to detect int64 overflow exactly the way
// C's __builtin_*_overflow does; every result is range-checked back into int64 and into a JS safe integer.

/** A decimal fixed-point number: value / scale, scale = 10^k with 0 <= k <= MAX_DECIMALS. */
export interface Fixed {
  value: number;
  scale: number;
}

/** Most decimals a parsed number keeps (more are rounded half away from zero). */
export const MAX_DECIMALS = 6;
/** Largest |value| of any Fixed: 10^15 - 1 keeps values exact in a JS number and in a C int64. */
export const MAX_FIXED_VALUE = 999_999_999_999_999;

const INT64_MAX = (1n << 63n) - 1n;
const INT64_MIN = -(1n << 63n);

/** Thrown only inside this module's callers' checked arithmetic; normalizers turn it into `undefined`. */
export class FixedOverflow extends Error {
  override name = 'FixedOverflow';
}

/** a checked to the int64 range (C's int64_t), or FixedOverflow. */
export function i64(a: bigint): bigint {
  if (a > INT64_MAX || a < INT64_MIN) throw new FixedOverflow(`${a} is outside int64`);
  return a;
}

/** n / d rounded half away from zero (d > 0), as C does with q = n / d, r = n % d, |2r| >= d. */
export function divRoundHalfAway(n: bigint, d: bigint): bigint {
  if (d <= 0n) throw new RangeError('divRoundHalfAway: divisor must be positive');
  const q = n / d; // truncates toward zero, like C
  const r = n % d;
  const twiceAbsR = (r < 0n ? -r : r) * 2n;
  if (twiceAbsR >= d) return n < 0n ? q - 1n : q + 1n;
  return q;
}

/** 10^k as a number (k small, exact). */
export function pow10(k: number): number {
  let p = 1;
  for (let i = 0; i < k; i++) p *= 10;
  return p;
}

/** The number of decimals of a scale (10^k -> k); RangeError when scale is not a power of ten. */
export function decimalsOf(scale: number): number {
  let k = 0;
  let p = 1;
  while (p < scale) {
    p *= 10;
    k++;
  }
  if (p !== scale || !Number.isSafeInteger(scale)) throw new RangeError(`scale ${scale} is not a power of ten`);
  return k;
}

/** A Fixed from a bigint value, or undefined when it is outside MAX_FIXED_VALUE. */
export function fixedOf(value: bigint, scale: number): Fixed | undefined {
  if (value > BigInt(MAX_FIXED_VALUE) || value < -BigInt(MAX_FIXED_VALUE)) return undefined;
  return { value: Number(value), scale };
}

/** `f` re-expressed at `scale` (more or fewer decimals), rounding half away from zero. */
export function rescale(f: Fixed, scale: number): Fixed | undefined {
  if (scale === f.scale) return f;
  if (scale > f.scale) return fixedOf(BigInt(f.value) * BigInt(scale / f.scale), scale);
  return fixedOf(divRoundHalfAway(BigInt(f.value), BigInt(f.scale / scale)), scale);
}

/** `f` with trailing decimal zeros removed (2.50 -> 2.5, 3.0 -> 3): the canonical form of a parsed number. */
export function reduce(f: Fixed): Fixed {
  let { value, scale } = f;
  while (scale > 1 && value % 10 === 0) {
    value /= 10;
    scale /= 10;
  }
  return { value, scale };
}

/** a + b at the larger of the two scales. */
export function addFixed(a: Fixed, b: Fixed): Fixed | undefined {
  const scale = Math.max(a.scale, b.scale);
  const x = rescale(a, scale);
  const y = rescale(b, scale);
  if (!x || !y) return undefined;
  return fixedOf(BigInt(x.value) + BigInt(y.value), scale);
}

/** a * k for an integer k, same scale. */
export function mulInt(a: Fixed, k: number): Fixed | undefined {
  return fixedOf(BigInt(a.value) * BigInt(k), a.scale);
}

/**
 * The decimal text of value / scale with exactly log10(scale) decimals: formatFixed(17667, 100) ->
 * "176.67", formatFixed(-5, 10) -> "-0.5", formatFixed(42, 1) -> "42". Pure; RangeError when value is
 * not a safe integer or scale is not a power of ten.
 */
export function formatFixed(value: number, scale: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`formatFixed: ${value} is not a safe integer`);
  const k = decimalsOf(scale);
  const neg = value < 0;
  const digits = String(neg ? -value : value).padStart(k + 1, '0');
  const int = digits.slice(0, digits.length - k);
  const frac = digits.slice(digits.length - k);
  return `${neg ? '-' : ''}${int}${k > 0 ? `.${frac}` : ''}`;
}
