// Step 0 spelling (docs/format.md §6.4; responder_version 11), mirrored by c/skills/respond/eg_ifr_spelling.c: people
// type fast ("max 3 paras, <= 120 wds", "4 paragrpahs separated by ***", "6 sentances or fewer"). Before any pattern
// reads the tokens, an unquoted word listed as a shorthand or misspelling (RSPL aliases) takes the hash of the word
// the patterns know, and an unquoted ASCII word of 6 or more letters one edit from a constraint word (RSPL words)
// takes that word's hash unless a pattern or word set names the word itself (RHSH). Only hashes change: a keyword read from the tokens keeps the text the person wrote, and
// quoted text is never touched ("use the word 'sentance' on purpose").
import type { Responder } from './artifact.ts';
import { TK_WORD, quotedTokens, type Tokens } from './tokenize.ts';

/** Shortest word the one-edit correction looks at. */
export const SPELL_MIN = 6;
/** Longest word it looks at (longer tokens are not constraint words). */
export const SPELL_MAX = 16;

/** True when a and b differ by exactly one insertion, deletion, substitution or swap of neighbouring letters. */
export function oneEdit(a: Uint8Array, b: Uint8Array): boolean {
  const la = a.length;
  const lb = b.length;
  if (la === lb) {
    let i = 0;
    while (i < la && a[i] === b[i]) i++;
    if (i === la) return false;
    if (i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && same(a, i + 2, b, i + 2, la - i - 2)) return true;
    return same(a, i + 1, b, i + 1, la - i - 1);
  }
  if (la === lb + 1) return dropsOne(a, b);
  if (lb === la + 1) return dropsOne(b, a);
  return false;
}

/** True when removing one byte from `long` gives `short`. */
function dropsOne(long: Uint8Array, short: Uint8Array): boolean {
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  return same(long, i + 1, short, i, short.length - i);
}

function same(a: Uint8Array, ai: number, b: Uint8Array, bi: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (a[ai + k] !== b[bi + k]) return false;
  return true;
}

/** Writes the token's bytes lowercased into `out` and returns their count, or 0 when it is not 1..SPELL_MAX ASCII letters. */
function asciiWord(t: Tokens, i: number, out: Uint8Array): number {
  const n = t.end[i] - t.start[i];
  if (n > SPELL_MAX) return 0;
  for (let k = 0; k < n; k++) {
    let c = t.bytes[t.start[i] + k];
    if (c >= 0x41 && c <= 0x5a) c += 32;
    if (c < 0x61 || c > 0x7a) return 0;
    out[k] = c;
  }
  return n;
}

/** Step 0 spelling, in place over the token hashes. */
export function correctSpelling(r: Responder, t: Tokens): void {
  const { alias, words, wordHashes, known } = r.spelling;
  const quoted = quotedTokens(t);
  const buf = new Uint8Array(SPELL_MAX);
  for (let i = 0; i < t.n; i++) {
    if (t.kind[i] !== TK_WORD || quoted[i]) continue;
    const to = alias.get(t.hash[i]);
    if (to !== undefined) {
      t.hash[i] = to;
      continue;
    }
    if (wordHashes.has(t.hash[i])) continue;
    const n = asciiWord(t, i, buf);
    if (n < SPELL_MIN) continue;
    const w = buf.subarray(0, n);
    for (const cand of words) {
      if (!oneEdit(w, cand.bytes)) continue;
      // A word some pattern or word set names is a word in its own right ("paragraphes" is French).
      if (!known.has(t.hash[i])) t.hash[i] = cand.hash;
      break;
    }
  }
}
