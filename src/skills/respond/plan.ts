// Plan folding (docs/format.md §6.4): the matcher's matches (match.ts), in table order, become
// the Plan the composer follows; the repeat instruction is found first, and its lines are left
// out of the other patterns' reach.
import { Detector, type Match } from './match.ts';
import { tokenKeys, type TokenKeys } from './match-index.ts';
import { TK_NL, TK_PUNCT, TK_WORD, hashOf, isBoundary, sentenceStart, tokenize, type Tokens } from './tokenize.ts';
import type { RelKind } from './tables.ts';
import type { Responder } from './artifact.ts';
import { namedLanguage, promptLanguage } from './language.ts';
import { readClauses } from './reader.ts';
import { readSymbols } from './symbols.ts';
import { correctSpelling } from './spelling.ts';
import { dropListLabels, followUpCounts, retractCorrections } from './corrections.ts';
import { readScope } from './scope.ts';
import { readCues } from './cues.ts';
import { nthSentence } from './nth-sentence.ts';

export const INF = 0x7fffffff;

/** An inclusive count range; hi = INF when unbounded. */
export type Range = [number, number];

const dec = new TextDecoder();
const enc = new TextEncoder();

/** "P.S.", "ps:", "P.P.S": a phrase that names a postscript marker, which is no ending (steps 3 and 5b). */
export const isPostscriptSpelling = (ph: string): boolean => /^p\.?\s?(p\.?\s?)?s\.?:?$/i.test(ph);

/** ASCII letters lowered, nothing else (C compares the same way). */
const asciiFold = (s: string): string => s.replace(/[A-Z]/g, (ch) => ch.toLowerCase());

/** Version 23: the largest keyword count read as an instruction. */
export const MAX_KEYWORD_TIMES = 100;

/** "comma", "commas" (ASCII letter case folded) or ",": a forbidden item that names the comma itself; version 23, also a
 * phrase whose last space-separated word is one of those ("don't use a single comma,": "a single comma"). */
export function isCommaNoun(s: string): boolean {
  const f = asciiFold(s);
  const last = f.slice(f.lastIndexOf(' ') + 1);
  return last === 'comma' || last === 'commas' || f === ',';
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
  /** The postscript marker: 'P.S.', 'P.P.S' or the marker the prompt names ("P.D.", "PS:"). */
  postscript: string | null;
  json: boolean;
  quote: boolean;
  endPhrase: string | null;
  repeat: string | null;
  two: boolean;
  constrained: boolean;
  noComma: boolean;
  lang: string | null;
  /** The language the prompt is written in when it is not English (function words), else null. */
  promptLang: string | null;
  /** The prompt is not written in English (language.ts promptLanguage; true whenever promptLang is set). */
  foreign: boolean;
  /** A prompt not written in English asks for an English reply (response_language en; `lang` stays null). */
  english: boolean;
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

const SUBJECT = new Set([hashOf('i'), hashOf('we'), hashOf('they'), hashOf('he'), hashOf('she')]);

/** Finds the repeat instruction's lines and returns the request to repeat (or null) and the claimed tokens. */
function findRepeat(t: Tokens, det: Detector, keys: TokenKeys, claimed: Uint8Array): { request: string | null; taskStart: number; taskEnd: number } {
  const bytes = t.bytes;
  const full = { request: null, taskStart: 0, taskEnd: bytes.length };
  const probe = new Uint8Array(t.n);
  // Version 23: a match right after a subject pronoun tells what the writer does ("they get anxious when I repeat it"),
  // it asks for nothing.
  const m = det.matches(t, keys, probe, 'REPEAT').filter((x) => !(x.start > 0 && t.kind[x.start - 1] === TK_WORD && SUBJECT.has(t.hash[x.start - 1])));
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
    // The claim ends with the repeat instruction's sentence (and a parenthesis it opens): later sentences
    // of the line are instructions of their own.
    blockEnd = t.n > 0 ? t.end[sentenceLastToken(t, m[0].end, det.r.sets)] : bytes.length;
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
      let s = sentenceStart(t, m[0].start);
      // The sentence opens the prompt: a dash standing alone before the instruction ends the request
      // ("Write a thank-you card message ... — pls first type my request back exactly", version 12).
      let cut = s > 0 ? t.end[s - 1] : 0;
      for (let k = m[0].start - 1; s === 0 && k > 0; k--) {
        if (!clauseBreak(t, k)) continue;
        s = k + 1;
        cut = t.end[k - 1];
      }
      request = dec.decode(bytes.subarray(0, cut)).trim();
      blockStart = s < t.n ? t.start[s] : bytes.length;
      // With the request before it, the claim ends with the instruction's clause as above.
      blockEnd = request && t.n > 0 ? t.end[sentenceLastToken(t, m[0].end, det.r.sets)] : bytes.length;
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

/** Token k is a dash with a space on each side (an em or en dash reads as "-") and a token on each side. (A `;` is a
 * sentence end already, so the sentence start never lies before one.) */
function clauseBreak(t: Tokens, k: number): boolean {
  if (k <= 0 || k + 1 >= t.n || t.kind[k] !== TK_PUNCT) return false;
  return t.byte[k] === 0x2d && t.end[k - 1] < t.start[k] && t.end[k] < t.start[k + 1];
}

/** The last token of the sentence that token i is in: its closing . ? ! ; or line break (outside parentheses), else the last token.
 * With `sets` (the repeat instruction's own clause), also a comma followed by "and" ("repeat the request first, and include a
 * title": the comma), and an "and" before a negation, past up to 2 KW_LEAD words ("... before you answer and do not use any
 * commas": the token before "and"), and (version 23) an "and" before AND_NEXT ("and then"), all outside parentheses. */
const AND_NEXT = new Set([hashOf('then'), hashOf('please'), hashOf('now'), hashOf('next'), hashOf('finally'), hashOf('afterwards'), hashOf('also')]);

function sentenceLastToken(t: Tokens, i: number, sets?: Responder['sets']): number {
  let depth = 0;
  for (let k = Math.min(i, t.n - 1); k < t.n; k++) {
    if (t.kind[k] === TK_PUNCT && t.byte[k] === 0x28) depth++;
    else if (t.kind[k] === TK_PUNCT && t.byte[k] === 0x29 && depth > 0) depth--;
    else if (depth === 0 && isBoundary(t, k)) return k;
    else if (sets && depth === 0 && k > i && t.hash[k] === hashOf('and') && t.kind[k] === TK_WORD) {
      if (t.kind[k - 1] === TK_PUNCT && t.byte[k - 1] === 0x2c) return k - 1;
      // Version 23: "and then", "and please" open the next instruction ("restate my question exactly ... and then answer
      // without using a single comma").
      if (k + 1 < t.n && t.kind[k + 1] === TK_WORD && AND_NEXT.has(t.hash[k + 1])) return k - 1;
      let j = k + 1;
      while (j < t.n && j - k <= 2 && sets.KW_LEAD.has(t.hash[j]) && !sets.KW_NEG.has(t.hash[j])) j++;
      if (j < t.n && sets.KW_NEG.has(t.hash[j])) return k - 1;
    }
  }
  return t.n - 1;
}

/** The text of a double-quoted span in the sentence of match m that spells a postscript marker (1-4 letters,
 * dots between, an optional closing . or :), normalised to P.S. / P.P.S when it is one; else null. */
function quotedMarker(t: Tokens, m: Match): string | null {
  const s = sentenceStart(t, m.start);
  // Up to the sentence's end after the match; a quoted span is skipped whole (a marker holds dots).
  for (let i = s; i < t.n; i++) {
    if (t.kind[i] === TK_PUNCT && t.byte[i] === 0x22) {
      let j = i + 1;
      while (j < t.n && t.kind[j] !== TK_NL && !(t.kind[j] === TK_PUNCT && t.byte[j] === 0x22)) j++;
      if (j >= t.n || t.kind[j] === TK_NL) return null;
      if (j > i + 1) {
        const q = dec.decode(t.bytes.subarray(t.start[i + 1], t.end[j - 1]));
        if (/^[A-Za-z](\.?[A-Za-z]){0,3}[.:]?$/.test(q)) {
          if (/^p\.?p\.?s\.?$/i.test(q)) return 'P.P.S';
          if (/^p\.?s\.?$/i.test(q)) return 'P.S.';
          return q;
        }
      }
      i = j;
    } else if (i >= m.end && isBoundary(t, i)) break;
  }
  return null;
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
  // Step 0: shorthand and misspellings take the hash of the word they stand for; list labels and a self-correction's
  // retracted words leave the tokens before any pattern reads them.
  correctSpelling(det.r, t);
  dropListLabels(t);
  retractCorrections(det, t);
  const claimed = new Uint8Array(t.n);
  const keys = tokenKeys(det.index, t);
  const rep = findRepeat(t, det, keys, claimed);
  const ms = det.matches(t, keys, claimed);
  followUpCounts(det, t, claimed, ms);
  readScope(det, t, ms);
  const written = promptLanguage(det.r, t);
  const plan: Plan = {
    upper: false, lower: false, caps: null, words: null, sents: null, parCount: 0, parSep: null, secCount: 0, secMark: null,
    nth: null, forbid: [], kwfreq: new Map(), keywords: [], letters: new Map(), bullets: null, highlights: 0, title: false,
    placeholders: 0, postscript: null, json: false, quote: false, endPhrase: null, repeat: rep.request, two: false,
    constrained: false, noComma: false, lang: null, promptLang: written.lang, foreign: written.foreign, english: false, matches: ms, taskStart: rep.taskStart, taskEnd: rep.taskEnd,
  };
  let stars = 0;
  let eachHighlight = false;
  let startWord: string | null = null;
  let bulletMention = false;
  let starLines = 0;
  let weakBullets = 0;
  let langNamed = false;
  let langEnglish = false;
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
        // "Not a single word in capitals" (arg NONE, version 14): none at all.
        plan.caps = m.arg === 'NONE' ? [0, 0] : intersect(plan.caps, range([1, INF]));
        break;
      case 'WORDS':
        // An "about N words" yields to a stated relation elsewhere ("A dozen words. ... fewer than 12 words").
        if (m.hasNum && m.n > 0 && !(m.rel === 'APPROX' && ms.some((x) => x.family === 'WORDS' && x.hasNum && x.n > 0 && x.rel !== 'APPROX' && x.rel !== 'NONE'))) plan.words = intersect(plan.words, wordRange(m));
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
          // "Module 1 to Module 4": the same marker twice, the second number is the count.
          // "Tip 1 / Tip 2 / ... / Tip 5": the largest number the marker carries in the prompt, when larger.
          if (m.hasNum && m.strs.length === 2 && m.strs[1] === m.strs[0] && m.n > 1 && m.n < 100) plan.secCount = Math.max(plan.secCount, m.n, markerCount(t, m.strs[0]));
          // Version 25: "headed Hole 4, Hole 11 and Hole 17": the marker written once per section, the count is how often.
          else if (m.strs.length >= 3 && m.strs.every((x) => x === m.strs[0])) plan.secCount = Math.max(plan.secCount, m.strs.length);
        }
        break;
      case 'NTHFIRST':
        if (m.strs.length > 0) {
          const word = m.strs[m.strs.length - 1].replace(/^["']+|["'.,?!]+$/g, '');
          if (m.arg === 'START') startWord = word;
          else plan.nth = { n: m.n, word };
        }
        break;
      case 'FORBID':
        // "Don't use commas anywhere": the comma is what is banned, not the word (version 18).
        for (const s of m.strs) {
          if (isCommaNoun(s)) plan.noComma = true;
          else plan.forbid.push(s);
        }
        break;
      case 'KWFREQ':
        // Version 23: no one asks for a word more than MAX_KEYWORD_TIMES times ("it's the same throw repeated ten
        // thousand times" is what the answer is about, not a count).
        if (m.strs.length > 0 && m.n <= MAX_KEYWORD_TIMES) {
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
      case 'POSTSCRIPT': {
        // A named marker (the pattern's, or one quoted in the same sentence) beats the default P.S.
        const mk = m.arg === 'PPS' ? 'P.P.S' : m.arg ?? quotedMarker(t, m) ?? 'P.S.';
        if (mk !== 'P.S.' || !plan.postscript) plan.postscript = mk;
        break;
      }
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
          if (isPostscriptSpelling(ph)) {
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
        if (m.lang) langNamed = true;
        if (m.lang === 'en') langEnglish = true;
        else if (m.lang) plan.lang = m.lang;
        break;
      default:
        break;
    }
  }
  // A counted-capitals instruction ("no more than 5 all-caps words") is not a request for an all-capitals reply,
  // even where its sentence also says "in ALL CAPS".
  if (plan.upper && ms.some((m) => m.family === 'CAPFREQ' && (m.hasNum || m.arg === 'NONE'))) plan.upper = false;
  // Step 5: the instruction reader's flagged clauses give what the patterns left unread (reader.ts).
  readClauses(det.r, t, plan, ms);
  // Step 7 (version 13): a prompt not written in English gives what the steps before left empty by its cue words (cues.ts).
  readCues(det.r, prompt, plan);
  if (plan.upper && plan.lower) plan.lower = false;
  // Step 4: a prompt not written in English names its reply language in its own words (language.ts), and asks for
  // English explicitly when it names English; else it asks for a reply in its own language (function words).
  if (plan.foreign && !langNamed) {
    const code = namedLanguage(det.r, bytes);
    if (code !== null) {
      langNamed = true;
      if (code === 'en') langEnglish = true;
      else plan.lang = code;
    }
  }
  if (plan.foreign && langEnglish && plan.lang === null) plan.english = true;
  if (!langNamed && plan.promptLang) plan.lang = plan.promptLang;
  // Version 26: an empty pair of square brackets shown ("名前のところは[ ]のように角かっこで空けておいてください") asks for a
  // placeholder; not a checkbox at a line's start or after a list marker ("- [ ] buy milk").
  if (plan.placeholders === 0) {
    for (let i = 1; i + 1 < t.n; i++) {
      const box = t.kind[i - 1] === TK_NL || (t.kind[i - 1] === TK_PUNCT && (t.byte[i - 1] === 0x2d || t.byte[i - 1] === 0x2a));
      if (!box && t.kind[i] === TK_PUNCT && t.byte[i] === 0x5b && t.kind[i + 1] === TK_PUNCT && t.byte[i + 1] === 0x5d) plan.placeholders = 1;
    }
  }
  // "Include the placeholders [name] and [place]": without a stated count, as many as the examples shown; else (version
  // 26) as many as the parts listed after "for".
  if (plan.placeholders === 1 && !ms.some((x) => x.family === 'PLACEHOLDER' && x.hasNum)) {
    let shown = 0;
    for (let i = 0; i + 1 < t.n; i++) if (t.kind[i] === TK_PUNCT && t.byte[i] === 0x5b && t.kind[i + 1] === TK_WORD) shown++;
    if (shown > 1) plan.placeholders = Math.min(shown, 12);
    else plan.placeholders = Math.max(1, placeholderList(t, ms));
  }
  // A layout example shows bullets too: "*" and a word at a line's start or after a colon ("format:\n* point").
  for (let i = 0; i + 1 < t.n && !bulletMention; i++) {
    const at = i === 0 || t.kind[i - 1] === TK_NL || (t.kind[i - 1] === TK_PUNCT && t.byte[i - 1] === 0x3a);
    if (at && t.kind[i] === TK_PUNCT && t.byte[i] === 0x2a && t.kind[i + 1] === TK_WORD) bulletMention = true;
  }
  if (plan.bullets === null && bulletMention && weakBullets > 0) plan.bullets = weakBullets;
  // Step 6: symbols that read the same in every language (a title's << >>, "PART 1 ... PART 2", a bullet marker by a count).
  readSymbols(det.r, t, plan, ms);
  if (stars > 0 && plan.parSep !== 'nl') plan.parSep = 'stars';
  if (plan.parSep === 'stars' && plan.parCount === 0) plan.parCount = plan.secCount > 0 && !plan.secMark ? plan.secCount : Math.max(2, starLines + 1);
  if (plan.secMark && plan.secCount === 0) plan.secCount = markerCount(t, plan.secMark) || (plan.parCount > 0 ? plan.parCount : 2);
  // Version 17: the answer's first word is the first paragraph's when paragraphs split by blank lines are counted,
  // else a word the answer must hold.
  if (startWord !== null && startWord !== '' && plan.nth === null) {
    if (plan.parSep === 'nl' && plan.parCount > 0) plan.nth = { n: 1, word: startWord };
    else plan.keywords.push(startWord);
  }
  if (plan.nth === null && plan.parSep === 'nl' && plan.parCount > 0) plan.nth = nthSentence(det, t, ms, plan.parCount);
  if (plan.nth) {
    if (plan.nth.n === 255) plan.nth.n = Math.max(plan.parCount, 1);
    // Version 17: "the middle one" of the paragraphs (of three when no count was read).
    if (plan.nth.n === 254) {
      if (plan.parCount === 0) plan.parCount = 3;
      plan.nth.n = (plan.parCount + 1) >> 1;
    }
    if (plan.parCount === 0) plan.parCount = plan.nth.n;
    plan.parSep = 'nl';
  }
  if (plan.parCount > 0 && !plan.parSep) plan.parSep = plan.secMark ? 'nl' : 'stars';
  if (eachHighlight) plan.highlights = Math.max(plan.highlights, plan.secCount, plan.parCount);
  // A keyword with an upper limit of 0 is a forbidden word; a forbidden keyword cannot be required.
  for (const [k, rg] of plan.kwfreq) if (rg[1] === 0) plan.forbid.push(k);
  // Version 11: nor can a word of the required ending be forbidden ("end with "... help with?" with no other words
  // after the word "with"" does not forbid "with").
  if (plan.endPhrase !== null) {
    // Words: runs of ASCII letters and digits and non-ASCII characters, compared with ASCII case folded (as in C).
    const ending = asciiFold(plan.endPhrase).split(/[^a-z0-9\u0080-\uffff]+/);
    plan.forbid = plan.forbid.filter((f) => !ending.includes(asciiFold(f)));
  }
  const forb = new Set(plan.forbid.map((f) => f.toLowerCase()));
  plan.keywords = plan.keywords.filter((k) => !forb.has(k.toLowerCase()));
  return { plan, tokens: t };
}

/** A token of 1 to 3 ASCII digits: its value, else -1. */
function digitsAt(t: Tokens, i: number): number {
  if (i < 0 || i >= t.n || t.kind[i] !== TK_WORD || t.end[i] - t.start[i] > 3) return -1;
  let v = 0;
  for (let k = t.start[i]; k < t.end[i]; k++) {
    const b = t.bytes[k];
    if (b < 0x30 || b > 0x39) return -1;
    v = v * 10 + (b - 0x30);
  }
  return v;
}

/** Token i spells the (ASCII-letter) marker, case-insensitively: 1; the marker plus "s": 2; else 0. */
function isMarker(t: Tokens, i: number, mark: Uint8Array): number {
  if (t.kind[i] !== TK_WORD) return 0;
  const len = t.end[i] - t.start[i];
  if (len !== mark.length && len !== mark.length + 1) return 0;
  for (let k = 0; k < mark.length; k++) if ((t.bytes[t.start[i] + k] | 0x20) !== (mark[k] | 0x20)) return 0;
  if (len === mark.length) return 1;
  return (t.bytes[t.end[i] - 1] | 0x20) === 0x73 ? 2 : 0;
}

/**
 * How many sections a marker word W asks for when no section count was read: the number before it
 * ("in 6 slides", "a 3-day plan") or the highest number listed after it ("'Day 1', 'Day 2', 'Day 3'");
 * 0 when neither (digits only, below 100).
 */
function markerCount(t: Tokens, markText: string): number {
  const mark = enc.encode(markText);
  let best = 0;
  for (let i = 0; i < t.n; i++) {
    const kind = isMarker(t, i, mark);
    if (!kind) continue;
    let p = i - 1;
    if (p >= 0 && t.kind[p] === TK_PUNCT && t.byte[p] === 0x2d) p--;
    best = Math.max(best, digitsAt(t, p));
    if (kind === 1) best = Math.max(best, digitsAt(t, i + 1));
  }
  return best < 100 ? best : 0;
}

function wordRange(m: Match): Range {
  if (m.rel === 'APPROX') return [m.n, m.n + Math.max(2, Math.floor(m.n / 20))];
  return toRange(m.rel, m.n, m.n2);
}

/** Most placeholders a list after "for" asks for (version 26). */
const PLACEHOLDER_LIST_MAX = 12;
const FOR_HASH = hashOf('for');
const AND_HASH = hashOf('and');
const OR_HASH = hashOf('or');
const DETERMINERS = new Set([hashOf('the'), hashOf('a'), hashOf('an'), hashOf('his'), hashOf('her'), hashOf('their'), hashOf('your'), hashOf('our'), hashOf('my'), hashOf('its')]);

/** Version 26: "Leave square-bracket blanks for the child's name, the year group and the start date": after the first
 * PLACEHOLDER match (the caller checks that none has a count), "for" within 3 word tokens, then a list to the sentence's
 * end whose last separator is "and" / "or" and whose items after the first open with a determiner asks for one
 * placeholder per item (a "," and "and" together separate once). 0 when there is none. */
export function placeholderList(t: Tokens, ms: ReadonlyArray<{ family: string; end: number }>): number {
  for (const m of ms) {
    if (m.family !== 'PLACEHOLDER') continue;
    let k = m.end;
    while (k < t.n && k - m.end < 3 && t.kind[k] === TK_WORD && t.hash[k] !== FOR_HASH) k++;
    if (k >= t.n || t.kind[k] !== TK_WORD || t.hash[k] !== FOR_HASH) continue;
    let items = 1;
    let sep = false;
    let lastConj = false;
    for (k++; k < t.n && !isBoundary(t, k); k++) {
      const comma = t.kind[k] === TK_PUNCT && t.byte[k] === 0x2c;
      const conj = t.kind[k] === TK_WORD && (t.hash[k] === AND_HASH || t.hash[k] === OR_HASH);
      if (comma || conj) {
        if (!sep) items++;
        sep = true;
        lastConj = conj;
      } else {
        // Each item after a separator opens with a determiner: "for the name, and keep it short" lists no parts.
        if (sep && (t.kind[k] !== TK_WORD || !DETERMINERS.has(t.hash[k]))) return 0;
        sep = false;
      }
    }
    return items > 1 && lastConj ? Math.min(items, PLACEHOLDER_LIST_MAX) : 0;
  }
  return 0;
}
