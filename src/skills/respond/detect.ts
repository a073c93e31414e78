// The constraint detector (docs/format.md §6.4): runs the artifact's patterns over the prompt's
// tokens, in table order, each match claiming its tokens; then folds the matches into a Plan.
// Bounded work: patterns have at most 255 ops, gaps at most 255 tokens, slots scan at most
// MAX_SLOT tokens; prompts are cut at MAX_TOKENS tokens.
import { OP, OPT_FLAG, type Responder } from './artifact.ts';
import { FAMILIES, REL_KINDS, type Family, type RelKind } from './tables.ts';
import { TK_NL, TK_PUNCT, TK_WORD, isBoundary, tokenize, type Tokens } from './tokenize.ts';

const MAX_SLOT = 60;
const INF = 0x7fffffff;

/** An inclusive count range; hi = INF when unbounded. */
export type Range = [number, number];

export interface Match {
  family: Family;
  arg: string | null;
  rel: RelKind;
  n: number;
  n2: number;
  hasNum: boolean;
  strs: string[];
  lang: string | null;
  start: number;
  end: number;
}

interface Cap {
  rel: RelKind;
  postRel: RelKind;
  n: number;
  n2: number;
  hasNum: boolean;
  strs: string[];
  lang: string | null;
}

const dec = new TextDecoder();
// Literal and alternative ops never write captures, so the pre-check can share one.
const NO_CAP: Cap = { rel: 'NONE', postRel: 'NONE', n: 0, n2: 0, hasNum: false, strs: [], lang: null };
const B_QUOTE = 0x22;
const B_APOS = 0x27;

export class Detector {
  constructor(readonly r: Responder) {}

  private text(t: Tokens, s: number, e: number): string {
    return dec.decode(t.bytes.subarray(s, e)).trim();
  }

  private isHash(t: Tokens, i: number, word: string): boolean {
    return i < t.n && t.hash[i] === hashOf(word);
  }

  /** A quoted string starting at token i: [text, next] or null. */
  private quoted(t: Tokens, i: number): [string, number] | null {
    if (i >= t.n || t.kind[i] !== TK_PUNCT) return null;
    const q = t.byte[i];
    if (q !== B_QUOTE && q !== B_APOS) return null;
    for (let j = i + 1; j < t.n && j - i <= MAX_SLOT; j++) {
      if (t.kind[j] === TK_NL) return null;
      if (t.kind[j] === TK_PUNCT && t.byte[j] === q) {
        const s = this.text(t, t.end[i], t.start[j]);
        return s ? [s, j + 1] : null;
      }
    }
    return null;
  }

  private parseNumber(t: Tokens, i: number, c: Cap, ordinal: boolean): number {
    if (i >= t.n || t.kind[i] !== TK_WORD) return -1;
    const r = this.r;
    let value = -1;
    let j = i;
    const w = this.text(t, t.start[i], t.end[i]);
    let timesWord = false;
    // "a hundred", "a dozen", "a couple of": the article stands for one.
    if (w.toLowerCase() === 'a' && i + 1 < t.n && !ordinal && (this.isHash(t, i + 1, 'hundred') || this.isHash(t, i + 1, 'thousand') || this.isHash(t, i + 1, 'dozen') || this.isHash(t, i + 1, 'couple'))) {
      const k = this.parseNumber(t, i + 1, c, false);
      if (k > 0 && this.isHash(t, k, 'of')) return k + 1;
      return k;
    }
    if (/^[0-9]{1,7}$/.test(w)) {
      value = Number(w);
      j = i + 1;
    } else if (ordinal && r.ordinals.has(t.hash[i])) {
      value = r.ordinals.get(t.hash[i])!;
      j = i + 1;
    } else if (r.numbers.has(t.hash[i])) {
      const h = t.hash[i];
      if (h === hashOf('once') || h === hashOf('twice') || h === hashOf('thrice')) {
        value = r.numbers.get(h)!;
        timesWord = true;
        j = i + 1;
      } else {
        let total = 0;
        let cur = 0;
        while (j < t.n) {
          let k = j;
          if (k > i && t.kind[k] === TK_PUNCT && t.byte[k] === 0x2d && k + 1 < t.n) k++;
          // "two hundred and fifty": "and" after hundred/thousand joins a smaller number word.
          else if (k > i && cur + total >= 100 && (cur % 100 === 0) && t.hash[k] === hashOf('and') && k + 1 < t.n && r.numbers.has(t.hash[k + 1]) && r.numbers.get(t.hash[k + 1])! < 100 && r.numbers.get(t.hash[k + 1])! > 0) k++;
          if (t.kind[k] !== TK_WORD || !r.numbers.has(t.hash[k])) break;
          const hk = t.hash[k];
          if (hk === hashOf('once') || hk === hashOf('twice') || hk === hashOf('thrice') || hk === hashOf('no')) {
            if (k !== i) break;
          }
          const v = r.numbers.get(hk)!;
          if (v === 100 || v === 1000) {
            cur = Math.max(cur, 1) * v;
            if (v === 1000) {
              total += cur;
              cur = 0;
            }
          } else cur += v;
          j = k + 1;
          if (hk === hashOf('no')) break;
        }
        value = total + cur;
      }
    }
    if (value < 0) return -1;
    c.n = value;
    c.hasNum = true;
    c.postRel = 'NONE';
    if (ordinal) return j;
    // Postfixes: "+", "or more", "or less", "to 7", "or 7", "- 7".
    if (j < t.n && t.kind[j] === TK_PUNCT && t.byte[j] === 0x2b) return (c.postRel = 'GE'), j + 1;
    if (this.isHash(t, j, 'or') || this.isHash(t, j, 'and')) {
      const k = j + 1;
      for (const m of ['more', 'above', 'greater', 'higher', 'over', 'up']) if (this.isHash(t, k, m)) return (c.postRel = 'GE'), k + 1;
      for (const m of ['less', 'fewer', 'under', 'below']) if (this.isHash(t, k, m)) return (c.postRel = 'LE'), k + 1;
    }
    if (this.isHash(t, j, 'to') || this.isHash(t, j, 'or') || this.isHash(t, j, 'and') || (j < t.n && t.kind[j] === TK_PUNCT && t.byte[j] === 0x2d)) {
      const save = snapshot(c);
      const k = this.parseNumber(t, j + 1, c, false);
      if (k > 0 && c.n >= value) {
        c.n2 = c.n;
        c.n = value;
        c.postRel = 'RANGE';
        return k;
      }
      restore(c, save);
    }
    if (timesWord) c.postRel = 'NONE';
    return j;
  }

  /** Matches one element (not GAP) at i; returns the next token index or -1. */
  private element(t: Tokens, op: number, i: number, c: Cap): number {
    const r = this.r;
    const code = r.opCode[op];
    switch (code) {
      case OP.LIT:
        return i < t.n && t.hash[i] === r.opValue[op] ? i + 1 : -1;
      case OP.ALT: {
        if (i >= t.n) return -1;
        const first = r.opValue[op];
        for (let k = 0; k < r.opK[op]; k++) if (r.hashes[first + k] === t.hash[i]) return i + 1;
        return -1;
      }
      case OP.REL: {
        for (let k = 0; k < r.relKind.length; k++) {
          const len = r.relLen[k];
          let ok = i + len <= t.n;
          for (let m = 0; ok && m < len; m++) ok = t.hash[i + m] === r.hashes[r.relFirst[k] + m];
          if (ok) {
            c.rel = REL_KINDS[r.relKind[k]];
            return i + len;
          }
        }
        return -1;
      }
      case OP.NUM:
        return this.parseNumber(t, i, c, false);
      case OP.ORD:
        return this.parseNumber(t, i, c, true);
      case OP.NT: {
        const wasTimes = i < t.n && (t.hash[i] === hashOf('once') || t.hash[i] === hashOf('twice') || t.hash[i] === hashOf('thrice'));
        let j = this.parseNumber(t, i, c, false);
        if (j < 0) return -1;
        if (this.isHash(t, j, 'times') || this.isHash(t, j, 'time')) return j + 1;
        return wasTimes ? j : -1;
      }
      case OP.Q: {
        const q = this.quoted(t, i);
        if (q) {
          c.strs.push(q[0]);
          return q[1];
        }
        if (i < t.n && t.kind[i] === TK_WORD) {
          c.strs.push(this.text(t, t.start[i], t.end[i]));
          return i + 1;
        }
        return -1;
      }
      case OP.QL:
        return this.list(t, i, c, false);
      case OP.L: {
        const q = this.quoted(t, i);
        if (q && [...q[0]].length === 1) {
          c.strs.push(q[0]);
          return q[1];
        }
        if (i < t.n && t.end[i] - t.start[i] === 1 && t.kind[i] !== TK_NL) {
          c.strs.push(this.text(t, t.start[i], t.end[i]));
          return i + 1;
        }
        return -1;
      }
      case OP.W:
        if (i < t.n && t.kind[i] === TK_WORD) {
          c.strs.push(this.text(t, t.start[i], t.end[i]));
          return i + 1;
        }
        return -1;
      case OP.PH:
      case OP.PHB: {
        const q = this.quoted(t, i);
        if (q) {
          c.strs.push(q[0]);
          return q[1];
        }
        let from = -1;
        if (i < t.n && t.kind[i] === TK_PUNCT && t.byte[i] === 0x3a) {
          from = i + 1;
          while (from < t.n && t.kind[from] === TK_NL && from - i < 4) from++;
          const q2 = this.quoted(t, from);
          if (q2) {
            c.strs.push(q2[0]);
            return q2[1];
          }
        } else if (code === OP.PHB && i < t.n && t.kind[i] === TK_WORD) from = i;
        if (from < 0 || from >= t.n || t.kind[from] === TK_NL) return -1;
        let j = from;
        while (j < t.n && t.kind[j] !== TK_NL && j - from < MAX_SLOT) {
          j++;
          if (isBoundary(t, j - 1)) break;
        }
        const s = this.text(t, t.start[from], t.end[j - 1]);
        if (!s) return -1;
        c.strs.push(s);
        return j;
      }
      case OP.LANG:
        if (i < t.n && r.languages.has(t.hash[i])) {
          c.lang = r.languages.get(t.hash[i])!;
          return i + 1;
        }
        return -1;
      case OP.S6:
      case OP.S3: {
        const want = code === OP.S6 ? 6 : 3;
        if (i > 0 && t.kind[i - 1] === TK_PUNCT && t.byte[i - 1] === 0x2a && t.end[i - 1] === t.start[i]) return -1;
        let k = 0;
        while (i + k < t.n && t.kind[i + k] === TK_PUNCT && t.byte[i + k] === 0x2a && (k === 0 || t.end[i + k - 1] === t.start[i + k])) k++;
        if (code === OP.S6 ? k >= 6 : k === 3) return i + want;
        return -1;
      }
    }
    return -1;
  }

  /** {QL}: quoted strings or bare words joined by , and or / nor. */
  private list(t: Tokens, i: number, c: Cap, quotedOnly: boolean): number {
    const sets = this.r.sets;
    let j = i;
    while (j < t.n && j - i < 6 && sets.LIST_LEAD.has(t.hash[j]) && !this.quoted(t, j)) j++;
    let items = 0;
    let last = -1;
    while (j < t.n && items < 16) {
      const q = this.quoted(t, j);
      if (q) {
        c.strs.push(q[0]);
        j = q[1];
      } else if (!quotedOnly && t.kind[j] === TK_WORD && !sets.LIST_STOP.has(t.hash[j]) && !isConnector(t, j)) {
        c.strs.push(this.text(t, t.start[j], t.end[j]));
        j++;
      } else break;
      items++;
      last = j;
      // separators
      let k = j;
      let seps = 0;
      while (k < t.n && seps < 3 && (isConnector(t, k) || (t.kind[k] === TK_PUNCT && (t.byte[k] === 0x2c || t.byte[k] === 0x2f)))) {
        k++;
        seps++;
      }
      if (k < t.n && t.kind[k] === TK_PUNCT && t.byte[k] === 0x5d) {
        last = k + 1;
        break;
      }
      if (seps === 0) break;
      j = k;
    }
    return items > 0 ? last : -1;
  }

  /** Matches ops [op, end) at token i; returns the end token or -1. Backtracks over gaps and options. */
  private seq(t: Tokens, op: number, end: number, i: number, c: Cap): number {
    if (op === end) return i;
    const r = this.r;
    if (r.opCode[op] === OP.GAP) {
      for (let skip = 0; skip <= r.opK[op] && i + skip <= t.n; skip++) {
        if (skip > 0 && isBoundary(t, i + skip - 1)) break;
        const save = snapshot(c);
        const got = this.seq(t, op + 1, end, i + skip, c);
        if (got >= 0) return got;
        restore(c, save);
      }
      return -1;
    }
    const save = snapshot(c);
    const j = this.element(t, op, i, c);
    if (j >= 0) {
      const got = this.seq(t, op + 1, end, j, c);
      if (got >= 0) return got;
    }
    restore(c, save);
    if (r.opFlags[op] & OPT_FLAG) return this.seq(t, op + 1, end, i, c);
    return -1;
  }

  /** All matches of the pattern table over the tokens, in table order, each claiming its tokens. */
  matches(t: Tokens, claimed: Uint8Array, only?: Family): Match[] {
    const r = this.r;
    const out: Match[] = [];
    for (let p = 0; p < r.patFamily.length; p++) {
      const family = FAMILIES[r.patFamily[p]];
      if (only ? family !== only : family === 'REPEAT') continue;
      const first = r.patFirstOp[p];
      const end = first + r.patOpCount[p];
      const quotedOnly = r.patArg[p] === 'QUOTED';
      const op0 = r.opCode[first];
      const lead = (op0 === OP.LIT || op0 === OP.ALT) && !(r.opFlags[first] & OPT_FLAG);
      for (let i = 0; i < t.n; i++) {
        if (claimed[i]) continue;
        if (lead && this.element(t, first, i, NO_CAP) < 0) continue;
        const c: Cap = { rel: 'NONE', postRel: 'NONE', n: 0, n2: 0, hasNum: false, strs: [], lang: null };
        const j = quotedOnly ? this.seqQuoted(t, first, end, i, c) : this.seq(t, first, end, i, c);
        if (j <= i) continue;
        let free = true;
        for (let k = i; k < j; k++) if (claimed[k]) free = false;
        if (!free) continue;
        for (let k = i; k < j; k++) claimed[k] = 1;
        let rel: RelKind = c.rel;
        if (c.postRel === 'RANGE' || (c.postRel !== 'NONE' && (rel === 'NONE' || rel === 'EQ'))) rel = c.postRel;
        if (rel === 'NONE') rel = REL_KINDS[r.patRel[p]];
        out.push({ family, arg: r.patArg[p], rel, n: c.n, n2: c.n2, hasNum: c.hasNum, strs: c.strs, lang: c.lang, start: i, end: j });
        i = j - 1;
      }
    }
    return out;
  }

  /** Like seq, but {QL} accepts quoted items only (patterns whose arg is "QUOTED"). */
  private seqQuoted(t: Tokens, op: number, end: number, i: number, c: Cap): number {
    const saveList = this.list;
    this.list = (tt, ii, cc) => saveList.call(this, tt, ii, cc, true);
    try {
      return this.seq(t, op, end, i, c);
    } finally {
      this.list = saveList;
    }
  }
}

const hashCache = new Map<string, number>();
const enc = new TextEncoder();
export function hashOf(w: string): number {
  let h = hashCache.get(w);
  if (h === undefined) {
    h = 0x811c9dc5;
    for (const b of enc.encode(w)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
    hashCache.set(w, h);
  }
  return h;
}

function isConnector(t: Tokens, i: number): boolean {
  const h = t.hash[i];
  return h === hashOf('and') || h === hashOf('or') || h === hashOf('nor');
}

interface Snap {
  rel: RelKind;
  postRel: RelKind;
  n: number;
  n2: number;
  hasNum: boolean;
  strs: number;
  lang: string | null;
}
function snapshot(c: Cap): Snap {
  return { rel: c.rel, postRel: c.postRel, n: c.n, n2: c.n2, hasNum: c.hasNum, strs: c.strs.length, lang: c.lang };
}
function restore(c: Cap, s: Snap): void {
  c.rel = s.rel;
  c.postRel = s.postRel;
  c.n = s.n;
  c.n2 = s.n2;
  c.hasNum = s.hasNum;
  c.strs.length = s.strs;
  c.lang = s.lang;
}

/** The interval a relation and number(s) describe. */
export function toRange(rel: RelKind, n: number, n2: number): Range {
  switch (rel) {
    case 'GE':
      return [n, INF];
    case 'GT':
      return [n + 1, INF];
    case 'LT':
      return [0, Math.max(0, n - 1)];
    case 'LE':
      return [0, n];
    case 'RANGE':
      return [n, Math.max(n, n2)];
    default:
      return [n, n];
  }
}

export { INF };

/** Everything the composer needs to know about the prompt's constraints. */
export interface Plan {
  upper: boolean;
  lower: boolean;
  caps: Range | null;
  words: Range | null;
  sents: Range | null;
  parCount: number;
  parSep: 'stars' | 'nl' | null;
  secCount: number;
  secMark: string | null;
  nth: { n: number; word: string } | null;
  forbid: string[];
  kwfreq: Map<string, Range>;
  keywords: string[];
  letters: Map<string, Range>;
  bullets: number | null;
  highlights: number;
  title: boolean;
  placeholders: number;
  postscript: 'P.S.' | 'P.P.S' | null;
  json: boolean;
  quote: boolean;
  endPhrase: string | null;
  repeat: string | null;
  two: boolean;
  constrained: boolean;
  noComma: boolean;
  lang: string | null;
  matches: Match[];
  /** Byte range of the prompt that the topic should come from (the request, without the repeat instruction). */
  taskStart: number;
  taskEnd: number;
}

const intersect = (a: Range | null, b: Range): Range => {
  if (!a) return b;
  const lo = Math.max(a[0], b[0]);
  const hi = Math.min(a[1], b[1]);
  // Contradictory limits: keep the stronger lower bound (the one most phrasings state explicitly).
  return lo <= hi ? [lo, hi] : [Math.max(a[0], b[0]), Math.max(a[0], b[0])];
};

/** Finds the repeat instruction's lines and returns the request to repeat (or null) and the claimed tokens. */
function findRepeat(t: Tokens, det: Detector, claimed: Uint8Array): { request: string | null; taskStart: number; taskEnd: number } {
  const bytes = t.bytes;
  const full = { request: null, taskStart: 0, taskEnd: bytes.length };
  const probe = new Uint8Array(t.n);
  const m = det.matches(t, probe, 'REPEAT');
  if (m.length === 0) return full;
  const at = t.start[m[0].start];
  // Line boundaries (byte offsets).
  let lineStart = at;
  while (lineStart > 0 && bytes[lineStart - 1] !== 0x0a) lineStart--;
  const before = dec.decode(bytes.subarray(0, lineStart)).trim();
  let request: string;
  let blockStart: number;
  let blockEnd: number;
  if (before) {
    request = before;
    blockStart = lineStart;
    blockEnd = bytes.length;
  } else {
    // The instruction comes first: the request follows the instruction's block (up to a blank line).
    let k = lineStart;
    let blank = -1;
    while (k < bytes.length) {
      let e = k;
      while (e < bytes.length && bytes[e] !== 0x0a) e++;
      const line = dec.decode(bytes.subarray(k, e)).trim();
      if (!line && k > lineStart) {
        blank = e;
        break;
      }
      k = e + 1;
    }
    if (blank >= 0) {
      request = dec.decode(bytes.subarray(blank)).trim();
      blockStart = 0;
      blockEnd = blank;
    } else {
      // One block: the request is the text before the instruction's sentence.
      let s = m[0].start;
      while (s > 0 && !isBoundary(t, s - 1)) s--;
      request = dec.decode(bytes.subarray(0, s > 0 ? t.end[s - 1] : 0)).trim();
      blockStart = s < t.n ? t.start[s] : bytes.length;
      blockEnd = bytes.length;
      if (!request) {
        // Nothing before it: "repeat the following request exactly: REQUEST" — the request follows a colon.
        let k = m[0].end;
        while (k < t.n && k - m[0].end < 40 && !(t.kind[k] === TK_PUNCT && t.byte[k] === 0x3a) && !isBoundary(t, k)) k++;
        if (k < t.n && t.kind[k] === TK_PUNCT && t.byte[k] === 0x3a) {
          const from = t.end[k];
          request = trimRequest(dec.decode(bytes.subarray(from)));
          blockStart = 0;
          blockEnd = from;
        }
      }
    }
  }
  if (!request) return full;
  for (let i = 0; i < t.n; i++) if (t.start[i] >= blockStart && t.end[i] <= blockEnd) claimed[i] = 1;
  const taskStart = blockStart === 0 ? blockEnd : 0;
  const taskEnd = blockStart === 0 ? bytes.length : blockStart;
  return { request, taskStart, taskEnd };
}

/** Words that open an instruction sentence after a request ("Then answer it."). */
const AFTER_REQUEST = new Set(['then', 'now', 'after', 'afterwards', 'afterward', 'next', 'finally', 'once']);

/** The request after a colon: up to a blank line, without a trailing "Then answer it." and without enclosing quotes. */
function trimRequest(s: string): string {
  const blank = s.search(/\n\s*\n/);
  let r = (blank >= 0 ? s.slice(0, blank) : s).trim();
  for (;;) {
    const cut = /([.?!]["'\u201d)]*)\s+(\S+)[^.?!]*[.?!]?\s*$/.exec(r);
    if (!cut || !AFTER_REQUEST.has(cut[2].toLowerCase().replace(/[^a-z]/g, ''))) break;
    r = r.slice(0, cut.index + cut[1].length).trim();
  }
  const q = /^["\u201c'](.*)["\u201d']$/s.exec(r);
  return q && !/["\u201c\u201d]/.test(q[1]) ? q[1].trim() : r;
}

/** Detects the prompt's constraints. */
export function detect(det: Detector, prompt: string): { plan: Plan; tokens: Tokens } {
  const bytes = enc.encode(prompt);
  const t = tokenize(bytes);
  const claimed = new Uint8Array(t.n);
  const rep = findRepeat(t, det, claimed);
  const ms = det.matches(t, claimed);
  const plan: Plan = {
    upper: false, lower: false, caps: null, words: null, sents: null, parCount: 0, parSep: null, secCount: 0, secMark: null,
    nth: null, forbid: [], kwfreq: new Map(), keywords: [], letters: new Map(), bullets: null, highlights: 0, title: false,
    placeholders: 0, postscript: null, json: false, quote: false, endPhrase: null, repeat: rep.request, two: false,
    constrained: false, noComma: false, lang: null, matches: ms, taskStart: rep.taskStart, taskEnd: rep.taskEnd,
  };
  let stars = 0;
  let eachHighlight = false;
  let bulletMention = false;
  let starLines = 0;
  let weakBullets = 0;
  for (const m of ms) {
    const range = (dflt: Range) => (m.hasNum ? toRange(m.rel, m.n, m.n2) : dflt);
    switch (m.family) {
      case 'UPPER':
        plan.upper = true;
        break;
      case 'LOWER':
        plan.lower = true;
        break;
      case 'CAPFREQ':
        plan.caps = intersect(plan.caps, range([1, INF]));
        break;
      case 'WORDS':
        if (m.hasNum && m.n > 0) plan.words = intersect(plan.words, wordRange(m));
        break;
      case 'SENTS':
        if (m.hasNum && m.n > 0) plan.sents = intersect(plan.sents, toRange(m.rel === 'APPROX' ? 'EQ' : m.rel, m.n, m.n2));
        break;
      case 'PARCOUNT':
        if (m.hasNum && m.n > 0 && m.n < 100) plan.parCount = Math.max(plan.parCount, toRange(m.rel, m.n, m.n2)[0] || m.n);
        break;
      case 'SECCOUNT':
        if (m.hasNum && m.n > 0 && m.n < 100) plan.secCount = Math.max(plan.secCount, toRange(m.rel, m.n, m.n2)[0] || m.n);
        break;
      case 'STARDIV':
        stars++;
        // A divider alone on its line is part of an example layout: count those.
        if ((m.start === 0 || t.kind[m.start - 1] === TK_NL) && (m.end >= t.n || t.kind[m.end] === TK_NL)) starLines++;
        break;
      case 'NLSEP':
        plan.parSep = 'nl';
        break;
      case 'SECMARK':
        if (m.strs.length > 0 && /^[A-Za-z]+$/.test(m.strs[0])) {
          plan.secMark = m.strs[0];
          if (m.strs.length === 1 && plan.secCount === 0) plan.secCount = 0;
        }
        break;
      case 'NTHFIRST':
        if (m.strs.length > 0) plan.nth = { n: m.n, word: m.strs[m.strs.length - 1].replace(/^["']+|["'.,?!]+$/g, '') };
        break;
      case 'FORBID':
        for (const s of m.strs) plan.forbid.push(s);
        break;
      case 'KWFREQ':
        if (m.strs.length > 0) {
          const k = m.strs[0].toLowerCase();
          plan.kwfreq.set(k, intersect(plan.kwfreq.get(k) ?? null, toRange(m.rel === 'APPROX' ? 'EQ' : m.rel, m.n, m.n2)));
        }
        break;
      case 'KEYWORDS':
        for (const s of m.strs) plan.keywords.push(s);
        break;
      case 'LETTER': {
        const letter = (m.arg && m.arg.length === 1 ? m.arg : m.strs[0] ?? '').toLowerCase();
        if (!letter) break;
        const rg = m.arg === 'NONE' ? ([0, 0] as Range) : m.hasNum ? toRange(m.rel, m.n, m.n2) : ([1, INF] as Range);
        const old = plan.letters.get(letter);
        // A stated count beats a "do not use the letter" elsewhere in the prompt.
        if (old && m.arg === 'NONE') break;
        plan.letters.set(letter, old && old[1] === 0 ? rg : intersect(old ?? null, rg));
        break;
      }
      case 'BULLETS':
        if (m.arg === 'MENTION') bulletMention = true;
        else if (m.arg === 'WEAK') weakBullets = weakBullets || (m.hasNum && m.n < 100 ? m.n : 0);
        else if (m.hasNum && m.n < 100 && plan.bullets === null) plan.bullets = toRange(m.rel, m.n, m.n2)[0] || m.n;
        break;
      case 'HIGHLIGHT':
        if (m.arg === 'EACH') eachHighlight = true;
        plan.highlights = Math.max(plan.highlights, m.hasNum ? Math.max(1, toRange(m.rel, m.n, m.n2)[0]) : 1);
        break;
      case 'TITLE':
        plan.title = true;
        break;
      case 'PLACEHOLDER':
        plan.placeholders = Math.max(plan.placeholders, m.hasNum ? Math.max(1, toRange(m.rel, m.n, m.n2)[0]) : 1);
        break;
      case 'POSTSCRIPT':
        if (m.arg === 'PPS') plan.postscript = 'P.P.S';
        else if (!plan.postscript) plan.postscript = 'P.S.';
        break;
      case 'JSON':
        plan.json = true;
        break;
      case 'QUOTE':
        plan.quote = true;
        break;
      case 'ENDPHRASE':
        if (m.strs.length > 0 && !plan.endPhrase) {
          const ph = m.strs[m.strs.length - 1];
          // "end with a note beginning with 'P.S.'" asks for a postscript, not an end phrase.
          if (/^p\.?\s?(p\.?\s?)?s\.?:?$/i.test(ph)) {
            if (/^p\.?\s?p/i.test(ph)) plan.postscript = 'P.P.S';
            else if (!plan.postscript) plan.postscript = 'P.S.';
          } else plan.endPhrase = ph;
        }
        break;
      case 'TWO':
        plan.two = true;
        break;
      case 'CONSTRAINED':
        plan.constrained = true;
        break;
      case 'NOCOMMA':
        plan.noComma = true;
        break;
      case 'LANG':
        if (m.lang && m.lang !== 'en') plan.lang = m.lang;
        break;
      default:
        break;
    }
  }
  if (plan.upper && plan.lower) plan.lower = false;
  // "Include the placeholders [name] and [place]": without a stated count, as many as the examples shown.
  if (plan.placeholders === 1) {
    let shown = 0;
    for (let i = 0; i + 1 < t.n; i++) if (t.kind[i] === TK_PUNCT && t.byte[i] === 0x5b && t.kind[i + 1] === TK_WORD) shown++;
    if (shown > 1 && !ms.some((x) => x.family === 'PLACEHOLDER' && x.hasNum)) plan.placeholders = Math.min(shown, 12);
  }
  if (plan.bullets === null && bulletMention && weakBullets > 0) plan.bullets = weakBullets;
  if (stars > 0 && plan.parSep !== 'nl') plan.parSep = 'stars';
  if (plan.parSep === 'stars' && plan.parCount === 0) plan.parCount = plan.secCount > 0 && !plan.secMark ? plan.secCount : Math.max(2, starLines + 1);
  if (plan.secMark && plan.secCount === 0) plan.secCount = plan.parCount > 0 ? plan.parCount : 2;
  if (plan.nth) {
    if (plan.nth.n === 255) plan.nth.n = Math.max(plan.parCount, 1);
    if (plan.parCount === 0) plan.parCount = plan.nth.n;
    plan.parSep = 'nl';
  }
  if (plan.parCount > 0 && !plan.parSep) plan.parSep = plan.secMark ? 'nl' : 'stars';
  if (eachHighlight) plan.highlights = Math.max(plan.highlights, plan.secCount, plan.parCount);
  // A keyword with an upper limit of 0 is a forbidden word; a forbidden keyword cannot be required.
  for (const [k, rg] of plan.kwfreq) if (rg[1] === 0) plan.forbid.push(k);
  const forb = new Set(plan.forbid.map((f) => f.toLowerCase()));
  plan.keywords = plan.keywords.filter((k) => !forb.has(k.toLowerCase()));
  return { plan, tokens: t };
}

function wordRange(m: Match): Range {
  if (m.rel === 'APPROX') return [m.n, m.n + Math.max(2, Math.floor(m.n / 20))];
  return toRange(m.rel, m.n, m.n2);
}

export { TK_WORD, TK_PUNCT };
