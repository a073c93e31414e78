// The matcher's load-time index (docs/format.md §6.4 "Candidate positions"), computed from the
// existing sections, so the artifact format is unchanged: which patterns can start at a token
// (from the hash of the token alone), and the relation phrases grouped by their first word.
// It only skips work whose outcome is already known — a pattern tried at a token outside its
// first-token set fails there — so the matches are exactly those of trying every pattern at
// every token. Mirrored by c/skills/respond/eg_ifr_match_index.c.
import { OP, OPT_FLAG, type Responder } from './artifact.ts';
import { TK_WORD, type Tokens } from './tokenize.ts';
import { fnv1a } from '../../text/hash.ts';

/** What a pattern's first consumed token may be. */
interface First {
  /** Any token (a gap, a quoted string, a bare word...). */
  any: boolean;
  /** An odd word token (see isOddToken): a number in figures, or text that trimming changes. */
  odd: boolean;
  hashes: Set<number>;
}

export interface MatchIndex {
  /** Per pattern: 1 when the pattern may start at any token. */
  patAny: Uint8Array;
  /** Per pattern: 1 when the pattern may start at an odd word token. */
  patOdd: Uint8Array;
  /** Token hash -> bit row over the patterns that may start at a token with that hash. */
  rows: Map<number, Uint32Array>;
  /** Relation phrases by first-word hash, in table order; null when a phrase is empty (it would
   * match before any word: the matcher then scans the whole table). */
  relByFirst: Map<number, number[]> | null;
}

const A_HASH = fnv1a(new TextEncoder().encode('a'));

/** A word token with a digit first, a non-ASCII byte or (version 12) an x and a digit first ("x5"): the number parser reads such a token by
 * its (trimmed) text rather than its hash, so the hash alone cannot rule it out. */
export function isOddToken(t: Tokens, i: number): boolean {
  if (t.kind[i] !== TK_WORD) return false;
  const b0 = t.bytes[t.start[i]];
  if (b0 >= 0x30 && b0 <= 0x39) return true;
  // "x5": a count typed with a multiplication sign first (version 12).
  const n = t.end[i] - t.start[i];
  if ((b0 === 0x78 || b0 === 0x58) && n >= 2 && n <= 3 && t.bytes[t.start[i] + 1] >= 0x30 && t.bytes[t.start[i] + 1] <= 0x39) return true;
  for (let k = t.start[i]; k < t.end[i]; k++) if (t.bytes[k] >= 0x80) return true;
  return false;
}

/** The first-token set of ops [op, end): the necessary condition on the token where a match that
 * consumes at least one token starts (a zero-width match is never kept). */
function firstOf(r: Responder, op: number, end: number): First {
  const f: First = { any: false, odd: false, hashes: new Set() };
  for (; op < end; op++) {
    let nullable = (r.opFlags[op] & OPT_FLAG) !== 0;
    switch (r.opCode[op]) {
      case OP.LIT:
        f.hashes.add(r.opValue[op]);
        break;
      case OP.ALT:
        for (let k = 0; k < r.opK[op]; k++) f.hashes.add(r.hashes[r.opValue[op] + k]);
        break;
      case OP.REL:
        for (let k = 0; k < r.relKind.length; k++) {
          if (r.relLen[k] === 0) nullable = true;
          else f.hashes.add(r.hashes[r.relFirst[k]]);
        }
        break;
      case OP.NUM:
      case OP.NT:
        // Figures, number words, and "a" of "a hundred".
        f.odd = true;
        for (const h of r.numbers.keys()) f.hashes.add(h);
        f.hashes.add(A_HASH);
        break;
      case OP.ORD:
        f.odd = true;
        for (const h of r.ordinals.keys()) f.hashes.add(h);
        for (const h of r.numbers.keys()) f.hashes.add(h);
        break;
      case OP.LANG:
        for (const h of r.languages.keys()) f.hashes.add(h);
        break;
      default:
        // Gaps, quoted strings, words, letters, phrases, star runs: not keyed by the hash.
        f.any = true;
        break;
    }
    if (!nullable || f.any) return f;
  }
  return f;
}

export function buildMatchIndex(r: Responder): MatchIndex {
  const npat = r.patFamily.length;
  const words = (npat + 31) >>> 5;
  const patAny = new Uint8Array(npat);
  const patOdd = new Uint8Array(npat);
  const rows = new Map<number, Uint32Array>();
  for (let p = 0; p < npat; p++) {
    const f = firstOf(r, r.patFirstOp[p], r.patFirstOp[p] + r.patOpCount[p]);
    patAny[p] = f.any ? 1 : 0;
    patOdd[p] = f.odd ? 1 : 0;
    if (f.any) continue;
    for (const h of f.hashes) {
      let row = rows.get(h);
      if (!row) rows.set(h, (row = new Uint32Array(words)));
      row[p >>> 5] |= 1 << (p & 31);
    }
  }
  let relByFirst: Map<number, number[]> | null = new Map();
  for (let k = 0; k < r.relKind.length; k++) {
    if (r.relLen[k] === 0) {
      relByFirst = null;
      break;
    }
    const h = r.hashes[r.relFirst[k]];
    const list = relByFirst.get(h);
    if (list) list.push(k);
    else relByFirst.set(h, [k]);
  }
  return { patAny, patOdd, rows, relByFirst };
}

/** Per prompt: each token's pattern row (or null) and odd flag, and the tokens with either. */
export interface TokenKeys {
  row: Array<Uint32Array | null>;
  odd: Uint8Array;
  /** Positions (ascending) where some keyed pattern may start. */
  cand: number[];
}

export function tokenKeys(ix: MatchIndex, t: Tokens): TokenKeys {
  const row: Array<Uint32Array | null> = new Array(t.n);
  const odd = new Uint8Array(t.n);
  const cand: number[] = [];
  for (let i = 0; i < t.n; i++) {
    row[i] = ix.rows.get(t.hash[i]) ?? null;
    odd[i] = isOddToken(t, i) ? 1 : 0;
    if (row[i] || odd[i]) cand.push(i);
  }
  return { row, odd, cand };
}
