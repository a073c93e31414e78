// Python `str` and `re` semantics that the official IFEval evaluator relies on, rebuilt for JavaScript.
// JS regexes and string methods differ from Python's in their whitespace set, in `\w`/`\b`/`\d`
// (ASCII-only in JS), in what `.`/`^`/`$` treat as a line end, and in the case predicates; every
// checker goes through these helpers so the verdicts match the Python code.

/** Characters for which Python's `str.isspace()` is true (and so what `\s` matches in a str pattern). */
export const PY_WS_CHARS = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
/** Python `\s` as a JS class (use with the `u` flag). */
export const S = `[${PY_WS_CHARS}]`;
/** Python `\S`. */
export const NS = `[^${PY_WS_CHARS}]`;
/** Python `\w` (str.isalnum() or '_'): letters and numbers, but not combining marks. */
export const W_CHARS = '\\p{L}\\p{N}_';
export const W = `[${W_CHARS}]`;
/** Python `\W`. */
export const NW = `[^${W_CHARS}]`;
/** Python `\d`: Unicode decimal digits. */
export const D = '\\p{Nd}';
/** Python `[^\W\d]`: word characters that are not decimal digits. */
export const ALPHA = '[\\p{L}\\p{Nl}\\p{No}_]';
/** Python `\b` (Unicode word boundary). */
export const B = `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`;
/** Python `^` under re.MULTILINE: start of text or just after "\n" (not after "\r"). */
export const ML_START = '(?<![\\s\\S])|(?<=\\n)';
/** Python `.`: anything but "\n". */
export const DOT = '[^\\n]';

const LEAD_WS = new RegExp(`^${S}+`, 'u');
const TRAIL_WS = new RegExp(`${S}+$`, 'u');
const WS_RUNS = new RegExp(`${S}+`, 'u');

/** Python `s.strip()` with no argument. */
export function pyStrip(s: string): string {
  return s.replace(LEAD_WS, '').replace(TRAIL_WS, '');
}

/** Python `s.rstrip()` with no argument. */
export function pyRstrip(s: string): string {
  return s.replace(TRAIL_WS, '');
}

/** Python `s.split()` with no argument: split on whitespace runs, dropping empty pieces. */
export function pySplit(s: string): string[] {
  return pyStrip(s).split(WS_RUNS).filter((x) => x.length > 0);
}

/** Python `s.strip(chars)` / `lstrip` / `rstrip` with an explicit character set. */
export function pyStripChars(s: string, chars: string, side: 'both' | 'left' | 'right' = 'both'): string {
  const set = new Set(Array.from(chars));
  const cps = Array.from(s);
  let a = 0;
  let b = cps.length;
  if (side !== 'right') while (a < b && set.has(cps[a])) a++;
  if (side !== 'left') while (b > a && set.has(cps[b - 1])) b--;
  return cps.slice(a, b).join('');
}

const CASED_UPPER = /\p{Uppercase}/u;
const CASED_LOWER_OR_TITLE = /[\p{Lowercase}\p{Lt}]/u;
const CASED_LOWER = /\p{Lowercase}/u;
const CASED_UPPER_OR_TITLE = /[\p{Uppercase}\p{Lt}]/u;

/** Python `s.isupper()`: at least one cased character, and no lowercase or titlecase one. */
export function pyIsUpper(s: string): boolean {
  return CASED_UPPER.test(s) && !CASED_LOWER_OR_TITLE.test(s);
}

/** Python `s.islower()`: at least one cased character, and no uppercase or titlecase one. */
export function pyIsLower(s: string): boolean {
  return CASED_LOWER.test(s) && !CASED_UPPER_OR_TITLE.test(s);
}

/** Python `s.lower()`. JS uses the same full Unicode mapping (including final sigma). */
export function pyLower(s: string): string {
  return s.toLowerCase();
}

/** Count non-overlapping matches, like `len(re.findall(...))`. The regex must have the `g` flag. */
export function countMatches(re: RegExp, s: string): number {
  let n = 0;
  re.lastIndex = 0;
  for (;;) {
    const m = re.exec(s);
    if (!m) break;
    n++;
    // None of the IFEval patterns can match empty; guard anyway so a bad pattern cannot loop forever.
    if (m[0].length === 0) re.lastIndex++;
  }
  return n;
}

/**
 * Translates a Python regex fragment taken from kwargs (keywords, section splitter, postscript
 * marker: the official code splices them into patterns unescaped) to a JS source with Python's
 * meaning of `\s \S \w \W \d \D \b .`. Other syntax is shared by both dialects for these inputs.
 */
export function pyRegexSource(src: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\' && i + 1 < src.length) {
      const e = src[++i];
      const inside: Record<string, string> = { s: PY_WS_CHARS, w: W_CHARS, d: '\\p{Nd}' };
      const outside: Record<string, string> = { s: S, S: NS, w: W, W: NW, d: D, D: '\\P{Nd}', b: B };
      if (inClass && inside[e]) out += inside[e];
      else if (!inClass && outside[e]) out += outside[e];
      else out += '\\' + e;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += !inClass && c === '.' ? DOT : c;
  }
  return out;
}
