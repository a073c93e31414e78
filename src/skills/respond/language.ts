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
 * is an RFWD record counts for every language of its mask. `lang`: the language with the most occurrences when it is
 * not English, has at least MIN_FUNCTION_WORDS and beats every other language (English included) strictly; else
 * null. `foreign`: `lang` is set, or the tokens' non-ASCII bytes outnumber their ASCII letters (a non-Latin script),
 * or at least MIN_WORDS tokens are not all digits and fewer than one in FOREIGN_RATIO of them is English.
 */
export function promptLanguage(r: Responder, t: Tokens): PromptLanguage {
  const n = r.fwLangs.length;
  const count = new Array<number>(n).fill(0);
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
    }
    // A token of digits is no word of any language (and no function word).
    if (digits) continue;
    words++;
    const mask = r.fwMask.get(t.hash[i]);
    if (mask !== undefined) for (let k = 0; k < n; k++) if (mask & (1 << k)) count[k]++;
  }
  let best = -1;
  for (let k = 0; k < n; k++) if (best < 0 || count[k] > count[best]) best = k;
  let lang: string | null = null;
  if (best >= 0 && r.fwLangs[best] !== 'en' && count[best] >= MIN_FUNCTION_WORDS && count.every((c, k) => k === best || c < count[best])) {
    lang = r.fwLangs[best];
  }
  const en = r.fwLangs.indexOf('en');
  const english = en >= 0 ? count[en] : 0;
  const foreign = lang !== null || high > ascii || (words >= MIN_WORDS && english * FOREIGN_RATIO < words);
  return { lang, foreign };
}

const lowerAscii = (b: number): number => (b >= 0x41 && b <= 0x5a ? b | 0x20 : b);

/** Byte offset of the first occurrence of `stem` in `bytes` (ASCII letters case-folded), or -1. */
function findStem(bytes: Uint8Array, stem: Uint8Array): number {
  const last = bytes.length - stem.length;
  for (let i = 0; i <= last; i++) {
    let k = 0;
    while (k < stem.length && lowerAscii(bytes[i + k]) === stem[k]) k++;
    if (k === stem.length) return i;
  }
  return -1;
}

/**
 * The language a non-English prompt names (RLST): among the stems found in its bytes, the earliest that is not a
 * language's own name ("ελληνικό καφέ" in a Greek prompt asking for English is Greek coffee); when only own names
 * occur, the earliest of them; null when none. Ties at one offset go to the earlier RLST record.
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
      if (own < 0 || at < ownAt) [own, ownAt] = [s, at];
    } else if (best < 0 || at < bestAt) [best, bestAt] = [s, at];
  }
  if (best >= 0) return r.langStems[best].code;
  return own >= 0 ? r.langStems[own].code : null;
}
