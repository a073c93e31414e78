// Reading the reply language of a prompt not written in English (docs/format.md §6.4 step 4; responder_version 9),
// mirrored by c/skills/respond/eg_ifr_language.c. A Greek, Korean or Finnish prompt names the language it wants
// in its own words ("Απάντησε στα αγγλικά", "답은 일본어로", "englanniksi"), which the {LANG} patterns (English
// names and a few European ones, read in English-like word order) do not see. Only prompts that are not English
// are read this way: in an English prompt "Ukrainian families" is a topic, not a request.
import type { Responder } from './artifact.ts';
import { TK_PUNCT, TK_WORD, type Tokens } from './tokenize.ts';

/** Fewer English function words than one in FOREIGN_RATIO word tokens (outside quotes) makes a prompt not English. */
const FOREIGN_RATIO = 10;
/** Word tokens a prompt needs before its function words say anything. */
const MIN_WORDS = 3;
/** Function words a non-English language needs to be the prompt's language. */
const MIN_FUNCTION_WORDS = 3;

/** The language a prompt is written in: `lang` when it is not English (RFWD function words), and whether it is
 * not written in English at all (`foreign`, also for languages RFWD does not list). */
export interface PromptLanguage {
  lang: string | null;
  foreign: boolean;
}

/**
 * One pass over the word tokens outside double quotes (a `"` toggles; the start is outside). Each token whose hash
 * is an RFWD record counts for every language it lists. `lang`: the language with the most occurrences when it is
 * not English, has at least MIN_FUNCTION_WORDS and beats every other language (English included) strictly; else,
 * when the tokens' non-ASCII bytes outnumber their ASCII letters (a non-Latin script), the language of the RFWD
 * script whose code points are the most in those tokens (summed over the script records of one language; ties to
 * the earlier record), if any; else null. `foreign`: `lang` is set, or the non-ASCII bytes outnumber the ASCII
 * letters, or at least MIN_WORDS tokens are not all digits and fewer than one in FOREIGN_RATIO of them is English.
 */
export function promptLanguage(r: Responder, t: Tokens): PromptLanguage {
  const n = r.fwLangs.length;
  const count = new Array<number>(n).fill(0);
  const inScript = new Array<number>(r.scripts.length).fill(0);
  let ascii = 0;
  let high = 0;
  let words = 0;
  let quoted = false;
  for (let i = 0; i < t.n; i++) {
    if (t.kind[i] === TK_PUNCT && t.byte[i] === 0x22) quoted = !quoted;
    if (t.kind[i] !== TK_WORD || quoted) continue;
    let digits = true;
    for (let k = t.start[i]; k < t.end[i]; k++) {
      const b = t.bytes[k];
      if (b >= 0x80) high++;
      else if (b >= 0x41) ascii++;
      if (b < 0x30 || b > 0x39) digits = false;
      // A lead byte starts a code point: count it for the script ranges that hold it.
      if (b >= 0xc0) {
        const c = codePointAt(t.bytes, k, t.end[i]);
        for (let s = 0; s < r.scripts.length; s++) if (c >= r.scripts[s].first && c <= r.scripts[s].last) inScript[s]++;
      }
    }
    // A token of digits is no word of any language (and no function word).
    if (digits) continue;
    words++;
    const langs = r.fwLangsOf.get(t.hash[i]);
    if (langs !== undefined) for (const k of langs) count[k]++;
  }
  let best = -1;
  for (let k = 0; k < n; k++) if (best < 0 || count[k] > count[best]) best = k;
  let lang: string | null = null;
  if (best >= 0 && r.fwLangs[best] !== 'en' && count[best] >= MIN_FUNCTION_WORDS && count.every((c, k) => k === best || c < count[best])) {
    lang = r.fwLangs[best];
  }
  if (lang === null && high > ascii) lang = scriptLanguage(r, inScript);
  const en = r.fwLangs.indexOf('en');
  const english = en >= 0 ? count[en] : 0;
  const foreign = lang !== null || high > ascii || (words >= MIN_WORDS && english * FOREIGN_RATIO < words);
  return { lang, foreign };
}

/** The language whose script records hold the most counted code points (ties to the earlier record), or null. */
function scriptLanguage(r: Responder, inScript: number[]): string | null {
  let best: string | null = null;
  let bestN = 0;
  for (let s = 0; s < r.scripts.length; s++) {
    let sum = 0;
    for (let k = 0; k < r.scripts.length; k++) if (r.scripts[k].code === r.scripts[s].code) sum += inScript[k];
    if (sum > bestN) [best, bestN] = [r.scripts[s].code, sum];
  }
  return best;
}

/** The code point of the UTF-8 sequence whose lead byte is at k (bytes up to end), or -1 when it is cut, broken or
 * overlong (hostile bytes must not spell a script's code point another way). */
function codePointAt(b: Uint8Array, k: number, end: number): number {
  const c = b[k];
  if (c < 0xc2 || c > 0xf4) return -1;
  const len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
  if (k + len > end) return -1;
  let v = c & (len === 2 ? 0x1f : len === 3 ? 0x0f : 0x07);
  for (let m = 1; m < len; m++) {
    if ((b[k + m] & 0xc0) !== 0x80) return -1;
    v = (v << 6) | (b[k + m] & 0x3f);
  }
  return v < (len === 2 ? 0x80 : len === 3 ? 0x800 : 0x10000) ? -1 : v;
}

const lowerAscii = (b: number): number => (b >= 0x41 && b <= 0x5a ? b | 0x20 : b);

const isAsciiLetter = (b: number) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);

/** Byte offset of the last occurrence of `stem` in `bytes` (ASCII letters case-folded), or -1 (version 24: the last,
 * was the first). */
function findStem(bytes: Uint8Array, stem: Uint8Array): number {
  const last = bytes.length - stem.length;
  const latin = isAsciiLetter(stem[0]);
  for (let i = last; i >= 0; i--) {
    // Version 24: a stem that starts with an ASCII letter starts no match right after one ("ruski" inside
    // "Druskininkuose"); after other bytes it may ("İngilizce" holds "ngilizce").
    if (latin && i > 0 && isAsciiLetter(bytes[i - 1])) continue;
    let k = 0;
    while (k < stem.length && lowerAscii(bytes[i + k]) === stem[k]) k++;
    if (k === stem.length) return i;
  }
  return -1;
}

/**
 * The language a non-English prompt names (RLST): among the stems found in its bytes, the latest that is not a
 * language's own name ("ελληνικό καφέ" in a Greek prompt asking for English is Greek coffee); when only own names
 * occur, the latest of them; null when none. Ties at one offset go to the earlier RLST record. Version 24: the latest,
 * was the earliest: a prompt names languages in its story before it names the reply's ("he doesn't understand English
 * well, so write the reply in German"; "our customers are Japanese ... write the answer in English").
 */
export function namedLanguage(r: Responder, bytes: Uint8Array): string | null {
  let best = -1;
  let bestAt = -1;
  let own = -1;
  let ownAt = -1;
  for (let s = 0; s < r.langStems.length; s++) {
    const at = findStem(bytes, r.langStems[s].stem);
    if (at < 0) continue;
    if (r.langStems[s].own) {
      if (own < 0 || at > ownAt) [own, ownAt] = [s, at];
    } else if (best < 0 || at > bestAt) [best, bestAt] = [s, at];
  }
  if (best >= 0) return r.langStems[best].code;
  return own >= 0 ? r.langStems[own].code : null;
}
