// The word tables of the number parser, in one place so the C port can generate its tables from
// them. Common misspellings people type ("fourty", "ninty") are listed as plain entries.

/** `key` is an own key of `table` (`key in table` would also see Object.prototype: "constructor"). */
export function isKey(table: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(table, key);
}

export const UNIT_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};

export const TEEN_WORDS: Readonly<Record<string, number>> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};

export const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80,
  ninety: 90, ninty: 90,
};

export const HUNDRED_WORD = 'hundred';

/** Scale words, each larger than the one before may not follow it ("a million thousand" stops). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  thousand: 1_000, million: 1_000_000, billion: 1_000_000_000,
};

/** Multipliers that follow a whole number phrase: "a dozen", "two dozen", "half a dozen". */
export const DOZEN_WORD = 'dozen';
export const DOZEN = 12;
/** "a couple" / "a couple of" is 2. */
export const COUPLE_WORD = 'couple';

/** Words read as the digit after "point" ("two point oh five"). */
export const DECIMAL_DIGIT_WORDS: Readonly<Record<string, number>> = { ...UNIT_WORDS, oh: 0, o: 0 };

/** Words that negate the number after them. */
export const NEGATIVE_WORDS: readonly string[] = ['minus', 'negative'];

/**
 * Fractions as exact decimals (value / scale). Longest phrase first: the parser takes the first
 * that matches. A fraction stands alone ("a half", "three quarters") or follows a whole number
 * after "and" ("two and a half").
 */
export const FRACTION_PHRASES: readonly { words: readonly string[]; value: number; scale: number }[] = [
  { words: ['three', 'quarters'], value: 75, scale: 100 },
  { words: ['three', 'quarter'], value: 75, scale: 100 },
  { words: ['one', 'half'], value: 5, scale: 10 },
  { words: ['a', 'half'], value: 5, scale: 10 },
  { words: ['one', 'quarter'], value: 25, scale: 100 },
  { words: ['a', 'quarter'], value: 25, scale: 100 },
  { words: ['half'], value: 5, scale: 10 },
  { words: ['quarter'], value: 25, scale: 100 },
];
