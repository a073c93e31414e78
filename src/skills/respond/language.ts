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

/**
 * True when the prompt is not written in English, judged on its word tokens outside double quotes: more non-ASCII
 * bytes than ASCII letters (a non-Latin script), or at least MIN_WORDS tokens that are not all digits of which fewer
 * than one in FOREIGN_RATIO is an English function word (RFWD `en`).
 */
export function foreignPrompt(r: Responder, t: Tokens): boolean {
  const en = r.fwLangs.indexOf('en');
  let ascii = 0;
  let high = 0;
  let words = 0;
  let fw = 0;
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
    // A token of digits is no word of any language.
    if (digits) continue;
    words++;
    const mask = r.fwMask.get(t.hash[i]);
    if (en >= 0 && mask !== undefined && mask & (1 << en)) fw++;
  }
  if (high > ascii) return true;
  return words >= MIN_WORDS && fw * FOREIGN_RATIO < words;
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
