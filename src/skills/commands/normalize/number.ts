// Numbers as people write them -> decimal fixed point: digits ("1,250", "2.5", "-3", "1/2",
// "1 1/2", "3 million"), words ("twenty one", "one hundred and five", "a dozen", "two point five",
// "two and a half", "half a dozen", "minus five"). The result is reduced (no trailing decimal zeros),
// so formatFixed(parse(x)) is canonical. Integer-only; see fixed.ts for the rules the C port follows.
import {
  COUPLE_WORD, DECIMAL_DIGIT_WORDS, DOZEN, DOZEN_WORD, FRACTION_PHRASES, HUNDRED_WORD, isKey, NEGATIVE_WORDS,
  SCALE_WORDS, TEEN_WORDS, TENS_WORDS, UNIT_WORDS,
} from './number-words.ts';
import { addFixed, type Fixed, fixedOf, MAX_DECIMALS, MAX_FIXED_VALUE, mulInt, pow10, reduce } from './fixed.ts';
import { firstMatch, matchSeq, type Token } from './tokens.ts';

export interface NumberMatch {
  value: Fixed;
  /** Index of the first token after the number. */
  end: number;
}

/** Most digits in the integer part of a written number (keeps values within MAX_FIXED_VALUE). */
const MAX_INT_DIGITS = 15;

function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if (ch < '0' || ch > '9') return false;
  return true;
}

/** "1,250" -> "1250" when every group after the first has three digits, else undefined. */
function stripThousands(s: string): string | undefined {
  if (!s.includes(',')) return s;
  const groups = s.split(',');
  if (groups[0].length < 1 || groups[0].length > 3) return undefined;
  for (let g = 1; g < groups.length; g++) if (groups[g].length !== 3) return undefined;
  return groups.join('');
}

/** "a/b" -> an exact decimal when b divides a power of ten up to 10^MAX_DECIMALS, else undefined. */
function parseFraction(a: string, b: string): Fixed | undefined {
  if (!isDigits(a) || !isDigits(b) || a.length > MAX_INT_DIGITS || b.length > MAX_DECIMALS + 1) return undefined;
  const den = Number(b);
  if (den === 0) return undefined;
  for (let k = 0; k <= MAX_DECIMALS; k++) {
    const scale = pow10(k);
    if (scale % den === 0) return fixedOf(BigInt(a) * BigInt(scale / den), scale);
  }
  return undefined;
}

/** One digit token ("-1,250.75", "3/4") as a Fixed, or undefined (times like "7:30" are not numbers). */
export function parseDigits(token: string): Fixed | undefined {
  const neg = token.startsWith('-');
  const body = neg ? token.slice(1) : token;
  if (body.includes(':')) return undefined;
  let f: Fixed | undefined;
  if (body.includes('/')) {
    const parts = body.split('/');
    f = parts.length === 2 ? parseFraction(parts[0], parts[1]) : undefined;
  } else {
    const parts = body.split('.');
    if (parts.length > 2) return undefined;
    const int = stripThousands(parts[0]);
    const frac = parts.length === 2 ? parts[1] : '';
    if (int === undefined || !isDigits(int) || int.length > MAX_INT_DIGITS || (parts.length === 2 && !isDigits(frac))) return undefined;
    // int.frac at its own scale; more than MAX_DECIMALS decimals are rounded half away from zero.
    if (frac.length <= MAX_DECIMALS) f = fixedOf(BigInt(int + frac), pow10(frac.length));
    else {
      const full = BigInt(int + frac);
      const drop = BigInt(10) ** BigInt(frac.length - MAX_DECIMALS);
      const q = full / drop;
      const r = full % drop;
      f = fixedOf(r * 2n >= drop ? q + 1n : q, pow10(MAX_DECIMALS));
    }
  }
  if (!f) return undefined;
  return neg ? { value: -f.value, scale: f.scale } : f;
}

function word(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i];
  return t && t.kind === 'word' ? t.text : undefined;
}

function isNumberWord(w: string | undefined): boolean {
  return w !== undefined && (isKey(UNIT_WORDS, w) || isKey(TEEN_WORDS, w) || isKey(TENS_WORDS, w));
}

type Last = 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale';

/** A whole number in words from tokens[i] ("one hundred and five thousand two"), or undefined. */
function parseWholeWords(tokens: readonly Token[], i: number): { value: number; end: number } | undefined {
  let total = 0;
  let group = 0;
  let last: Last = 'none';
  let lastScale = Number.MAX_SAFE_INTEGER;
  let j = i;
  for (;;) {
    const w = word(tokens, j);
    if (w === undefined) break;
    if (isKey(UNIT_WORDS, w)) {
      if (last === 'unit' || last === 'teen') break;
      group += UNIT_WORDS[w];
      last = 'unit';
    } else if (isKey(TEEN_WORDS, w)) {
      if (last === 'unit' || last === 'teen' || last === 'tens') break;
      group += TEEN_WORDS[w];
      last = 'teen';
    } else if (isKey(TENS_WORDS, w)) {
      if (last === 'unit' || last === 'teen' || last === 'tens') break;
      group += TENS_WORDS[w];
      last = 'tens';
    } else if (w === HUNDRED_WORD) {
      if (last === 'hundred' || group >= 100) break;
      group = (group === 0 ? 1 : group) * 100;
      last = 'hundred';
    } else if (isKey(SCALE_WORDS, w)) {
      const s = SCALE_WORDS[w];
      if (s >= lastScale) break;
      total += (group === 0 ? 1 : group) * s;
      group = 0;
      lastScale = s;
      last = 'scale';
    } else if ((w === 'a' || w === 'an') && last === 'none') {
      const next = word(tokens, j + 1);
      if (next === COUPLE_WORD) {
        group = 2;
        last = 'unit';
        j += matchSeq(tokens, j + 2, ['of']) > 0 ? 3 : 2;
        continue;
      }
      if (next !== HUNDRED_WORD && next !== DOZEN_WORD && !(next !== undefined && isKey(SCALE_WORDS, next))) break;
      group = 1;
      last = 'unit';
    } else if (w === 'and' && (last === 'hundred' || last === 'scale') && isNumberWord(word(tokens, j + 1))) {
      // "one hundred and five": the "and" joins, the number goes on.
    } else break;
    j++;
  }
  if (last === 'none') return undefined;
  return { value: total + group, end: j };
}

/** A standalone fraction phrase at tokens[i] ("a half", "three quarters"), or undefined. */
function fractionAt(tokens: readonly Token[], i: number): { value: Fixed; end: number } | undefined {
  for (const f of FRACTION_PHRASES) {
    const n = matchSeq(tokens, i, f.words);
    if (n > 0) return { value: { value: f.value, scale: f.scale }, end: i + n };
  }
  return undefined;
}

/** "and a half" / "and three quarters" after a whole number at tokens[i], or undefined. */
function andFractionAt(tokens: readonly Token[], i: number): { value: Fixed; end: number } | undefined {
  if (word(tokens, i) !== 'and') return undefined;
  return fractionAt(tokens, i + 1);
}

/** "dozen" or "a dozen" at tokens[i] (after a number): the index after it, else i. */
function dozenAt(tokens: readonly Token[], i: number): number {
  if (word(tokens, i) === DOZEN_WORD) return i + 1;
  if (word(tokens, i) === 'a' && word(tokens, i + 1) === DOZEN_WORD) return i + 2;
  return i;
}

/** "point five" / "point oh seven" at tokens[i]: the decimals as a Fixed fraction, else undefined. */
function pointDecimalsAt(tokens: readonly Token[], i: number): { value: Fixed; end: number } | undefined {
  if (word(tokens, i) !== 'point') return undefined;
  let digits = '';
  let j = i + 1;
  for (let w = word(tokens, j); w !== undefined && isKey(DECIMAL_DIGIT_WORDS, w) && digits.length < MAX_DECIMALS; w = word(tokens, ++j)) {
    digits += String(DECIMAL_DIGIT_WORDS[w]);
  }
  if (digits.length === 0) return undefined;
  return { value: { value: Number(digits), scale: pow10(digits.length) }, end: j };
}

/** The unsigned number starting at tokens[i], or undefined. */
function parseUnsignedAt(tokens: readonly Token[], i: number): NumberMatch | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  let value: Fixed | undefined;
  let end: number;
  if (t.kind === 'num') {
    value = parseDigits(t.text);
    if (!value) return undefined;
    end = i + 1;
    // "1 1/2": a whole number then a fraction token.
    const next = tokens[end];
    if (next?.kind === 'num' && next.text.includes('/') && !t.text.includes('/') && !t.text.includes('.')) {
      const frac = parseDigits(next.text);
      if (frac && frac.value >= 0 && frac.value < frac.scale) {
        value = addFixed(value, frac);
        end++;
      }
    }
    // "3 million", "2 hundred"
    const w = word(tokens, end);
    if (value && w !== undefined && (isKey(SCALE_WORDS, w) || w === HUNDRED_WORD)) {
      value = mulInt(value, w === HUNDRED_WORD ? 100 : SCALE_WORDS[w]);
      end++;
    }
  } else {
    const frac = fractionAt(tokens, i);
    // "one half" and "three quarters" are fractions, but "one hundred" and "three" are whole numbers.
    const whole = parseWholeWords(tokens, i);
    if (frac && (!whole || frac.end >= whole.end)) {
      value = frac.value;
      end = frac.end;
    } else if (whole) {
      value = { value: whole.value, scale: 1 };
      end = whole.end;
      const dec = pointDecimalsAt(tokens, end);
      if (dec) {
        value = addFixed(value, dec.value);
        end = dec.end;
      }
    } else {
      const dec = pointDecimalsAt(tokens, i); // "point five"
      if (!dec) return undefined;
      value = dec.value;
      end = dec.end;
    }
  }
  if (!value) return undefined;
  const andFrac = andFractionAt(tokens, end);
  if (andFrac && value.scale === 1) {
    value = addFixed(value, andFrac.value);
    end = andFrac.end;
  }
  const afterDozen = dozenAt(tokens, end);
  if (value && afterDozen > end) {
    value = mulInt(value, DOZEN);
    end = afterDozen;
  }
  if (!value || Math.abs(value.value) > MAX_FIXED_VALUE) return undefined;
  return { value: reduce(value), end };
}

/** The number starting exactly at tokens[i] (with "minus"/"negative" before it), or undefined. */
export function parseNumberAt(tokens: readonly Token[], i: number): NumberMatch | undefined {
  const w = word(tokens, i);
  if (w !== undefined && NEGATIVE_WORDS.includes(w)) {
    const m = parseUnsignedAt(tokens, i + 1);
    return m && { value: { value: -m.value.value, scale: m.value.scale }, end: m.end };
  }
  return parseUnsignedAt(tokens, i);
}

/** The first number anywhere in `text` (reduced), or undefined. Never throws. */
export function parseNumber(text: string): Fixed | undefined {
  return firstMatch(text, parseNumberAt)?.value;
}
