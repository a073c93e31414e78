// The cue step (docs/format.md §6.4 step 5b, responder_version 13): a prompt not written in English states its
// instructions in word orders the patterns do not know ("文段は 3 つ", "не более 100 слов", "정확히 세 문단"). This step
// reads them by proximity inside one sentence: a number next to a unit word, the relation word next to that number, a
// quoted string in a sentence with an "end with" / "include" / "don't use" cue. The words come from RCUE (built from
// cue-lexicon.ts); the text is read code point by code point, so scripts without spaces need no tokenizer.
// It only fills what the earlier steps left empty, but for a postscript marker the prompt names ("P.D."), which
// replaces the default P.S. Mirrored by c/skills/respond/eg_ifr_cues.c.
import type { Responder } from './artifact.ts';
import { INF, isPostscriptSpelling, toRange, type Plan, type Range } from './plan.ts';

/** RCUE concept codes, in this order. */
export const CUE_CONCEPTS = [
  'NUM', 'WORD', 'SENT', 'PARA', 'BULLET', 'ITEM', 'HIGHLIGHT', 'PLACEHOLDER', 'TIMES', 'ATLEAST', 'ATMOST', 'LESS',
  'MORE', 'EXACT', 'NEG', 'END', 'INCLUDE', 'COMMA', 'LOWER', 'UPPER', 'WORDNOUN', 'QUOTEDBY', 'QUOTE', 'BEGIN', 'ORD',
  'WITH',
] as const;
export type CueName = (typeof CUE_CONCEPTS)[number];
const C = Object.fromEntries(CUE_CONCEPTS.map((n, i) => [n, i])) as Record<CueName, number>;
const bit = (n: CueName) => 1 << C[n];
const UNITS = ['WORD', 'SENT', 'PARA', 'BULLET', 'ITEM', 'HIGHLIGHT', 'PLACEHOLDER', 'TIMES'] as const;
const RELS = ['ATLEAST', 'ATMOST', 'LESS', 'MORE', 'EXACT'] as const;
const UNIT_MASK = UNITS.reduce((m, u) => m | bit(u), 0);
const REL_MASK = RELS.reduce((m, u) => m | bit(u), 0);
/** Units a number may reach across one word (version 26, oneWordBetween). */
const GAP_UNITS = bit('ITEM') | bit('BULLET') | bit('HIGHLIGHT') | bit('PLACEHOLDER');

/** Most code points between a unit word and its number, and between the number and its relation word. */
export const CUE_NEAR = 12;
/** Longest quoted argument read as a keyword (an end phrase may run to CUE_QUOTE_MAX). */
const KEYWORD_MAX = 40;
/** Longest unquoted word, in code points, read after "the word", before a quotative suffix or after an include verb. */
export const CUE_SPAN_MAX = 30;
export const CUE_QUOTE_MAX = 200;
/** At most this many quoted spans per prompt (the search stops after the last) and hits per sentence (later ones are
 * dropped): bounds the C port's scratch. */
export const CUE_MAX_QUOTES = 64;
export const CUE_MAX_HITS = 64;
/** Largest count read (words may be counted in thousands). */
const COUNT_MAX = 9999;

/** One RCUE record, its string decoded to code points. */
export interface CueEntry {
  cps: number[];
  concept: number;
  value: number;
  /** The string ends with "*": any word characters may follow. */
  stem: boolean;
  /** The first code point is of a script written without spaces (Han, kana, Thai): no word boundaries apply. */
  free: boolean;
}

/** Han, Hiragana, Katakana, Thai: scripts written without spaces between words. */
export function isSpacelessScript(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x0e00 && c <= 0x0e7f);
}

/** Code points that separate words: white space, ASCII punctuation and symbols, Latin-1 punctuation, general
 * punctuation, CJK punctuation, fullwidth punctuation, and the Arabic, Hebrew and Indic marks of punctuation. */
export function isSeparator(c: number): boolean {
  if (c <= 0x2f || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0xbf)) return true;
  if (c === 0xd7 || c === 0xf7 || c === 0x60c || c === 0x61b || c === 0x61f || c === 0x6d4 || c === 0x964 || c === 0x965) return true;
  if (c === 0x5be || c === 0x5c0 || c === 0x5c3 || c === 0x5f3 || c === 0x5f4) return true;
  if ((c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || c === 0x30fb) return true;
  if ((c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) || (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65)) return true;
  return false;
}

/** The digit a code point writes (the scripts of tokenize.ts digitAt), or -1. */
export function cueDigit(c: number): number {
  for (const z of [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xff10]) if (c >= z && c <= z + 9) return c - z;
  return -1;
}

/** Han numerals: 1-9 (两/兩 2), and 十, 百, 千. */
function hanDigit(c: number): number {
  const s = '〇一二三四五六七八九'.indexOf(String.fromCodePoint(c));
  if (s >= 0) return s;
  if (c === 0x4e24 || c === 0x5169) return 2;
  return -1;
}
function hanPower(c: number): number {
  return c === 0x5341 ? 10 : c === 0x767e ? 100 : c === 0x5343 ? 1000 : 0;
}
/** Counters that may follow a Han numeral ("三つ", "两个", "二回", "三首"). */
const HAN_COUNTERS = 'つ个個回次条條項项点點処处處首句段枚本行';

/** One code point lowercased as String.prototype.toLowerCase lowers it alone, when that is one code point of the
 * same UTF-8 length (so byte offsets keep their place); else itself. */
export function lowerCodePoint(c: number): number {
  const s = String.fromCodePoint(c).toLowerCase();
  const l = s.codePointAt(0)!;
  if (s.length !== (l > 0xffff ? 2 : 1)) return c;
  return utf8Len(l) === utf8Len(c) ? l : c;
}
const utf8Len = (c: number) => (c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4);

interface Hit {
  start: number;
  end: number;
  mask: number;
  value: number;
  sentence: number;
  used: boolean;
}
interface Quote {
  /** Content, without the marks. */
  start: number;
  end: number;
  sentence: number;
  used: boolean;
}

const QUOTE_PAIRS: Array<[number, number]> = [
  [0x300c, 0x300d], [0x300e, 0x300f], [0x201c, 0x201d], [0x201e, 0x201c], [0x201e, 0x201d], [0xab, 0xbb], [0xbb, 0xab],
  [0x2039, 0x203a], [0x22, 0x22], [0x2018, 0x2019], [0x27, 0x27], [0xff02, 0xff02],
];

/** Quoted spans: an opening mark, then the nearest closing mark of its pair on the same line, at most CUE_QUOTE_MAX
 * code points on. Straight and single quotes (' ‘ " ＂) open only after a separator and close only before a separator or a code
 * point from U+0370 on, so apostrophes inside Latin words are no quotes. Spans do not nest: the scan goes on after a span's closing mark. */
function findQuotes(cp: number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < cp.length && out.length < CUE_MAX_QUOTES; i++) {
    // ASCII and fullwidth double quotes follow the single quotes' rules too: 'יו"ר' (gershayim typed as ") is no quote.
    const single = cp[i] === 0x27 || cp[i] === 0x2018 || cp[i] === 0x22 || cp[i] === 0xff02;
    if (single && i > 0 && !isSeparator(cp[i - 1])) continue;
    let closeAt = -1;
    for (const [open, close] of QUOTE_PAIRS) {
      if (cp[i] !== open) continue;
      for (let k = i + 1; k < cp.length && k <= i + 1 + CUE_QUOTE_MAX && cp[k] !== 0x0a; k++) {
        if (cp[k] !== close) continue;
        // A closing single quote before a Latin letter is an apostrophe ("the people's"); before another script's
        // letter it is a quote a suffix follows ("'행복'이라는").
        if (single && k + 1 < cp.length && !isSeparator(cp[k + 1]) && cp[k + 1] < 0x370) continue;
        closeAt = k;
        break;
      }
      if (closeAt >= 0) break;
    }
    if (closeAt > i + 1) {
      out.push([i + 1, closeAt]);
      i = closeAt;
    }
  }
  return out;
}

/** Most code points between a number word of value 1 and the placeholder word it counts ("bir boşluk"). */
const ARTICLE_NEAR = 2;
/** Most capital words a sentence may count (version 25): "100 words in capitals" asks for a capitals reply. */
const CAPS_WORDS_MAX = 20;
/** Most code points between a counted word noun and the capitals word that qualifies it ("cuvinte cu majuscule"). */
const CAPS_NEAR = 4;
/** Most items a sentence may ask to highlight (version 25): a larger number next to an item word is a price or a time
 * ("ข้อความ ... 350 บาท": ข้อ is the start of ข้อความ, text). */
const ITEM_HIGHLIGHTS_MAX = 10;
/** Most code points between the asterisks of an example highlight. */
const ASTERISK_SPAN_MAX = 40;

/** Spans [a, b) of an example written between asterisks ("(예: *오전 8시 30분*)"), version 25: an asterisk after a
 * colon or an opening bracket (white space between allowed), before a non-space, non-asterisk code point, closed by an
 * asterisk after a non-space at most ASTERISK_SPAN_MAX code points on, with no sentence end between ("*no more than 3
 * paragraphs*" elsewhere is an instruction in bold, and its count is read). */
function asteriskSpans(cp: number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i + 1 < cp.length; i++) {
    if (cp[i] !== 0x2a || cp[i + 1] === 0x2a || isSpace(cp[i + 1]) || !exampleLead(cp, i)) continue;
    for (let j = i + 1; j < cp.length && j - i <= ASTERISK_SPAN_MAX; j++) {
      if (j > i + 1 && cp[j] === 0x2a) {
        if (!isSpace(cp[j - 1])) {
          out.push([i, j + 1]);
          i = j;
        }
        break;
      }
      if (isSentenceEnd(cp, j)) break;
    }
  }
  return out;
}

/** The code point before position i, past white space, is a colon or an opening bracket (ASCII or fullwidth). */
function exampleLead(cp: number[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && isSpace(cp[k])) k--;
  return k >= 0 && (cp[k] === 0x3a || cp[k] === 0x28 || cp[k] === 0xff1a || cp[k] === 0xff08);
}

/** Sentence ends: ! ? ; and a line break, CJK and fullwidth 。！？；, Arabic ؟ and ۔, Devanagari ।, and "." before
 * white space or the end; none inside a quoted span. */
function isSentenceEnd(cp: number[], i: number): boolean {
  const c = cp[i];
  if (c === 0x2e) return i + 1 >= cp.length || cp[i + 1] === 0x20 || cp[i + 1] === 0x0a || cp[i + 1] === 0x09;
  return c === 0x21 || c === 0x3f || c === 0x3b || c === 0x0a || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x61f || c === 0x6d4 || c === 0x964;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000;

/** Hebrew proclitics (ו ה ב כ ל מ ש) and Arabic ones (و ف ب ك ل): letters written onto the next word. */
const isProclitic = (c: number) =>
  c === 0x5d5 || c === 0x5d4 || c === 0x5d1 || c === 0x5db || c === 0x5dc || c === 0x5de || c === 0x5e9 ||
  c === 0x648 || c === 0x641 || c === 0x628 || c === 0x643 || c === 0x644;

/** True when one or two proclitics that start a word stand right before p ("במקף": with a hyphen, "שהמילה": that
 * the word): an entry may start at p as at a word start (version 19). */
function afterProclitics(lc: number[], p: number): boolean {
  for (let k = 1; k <= 2 && p - k >= 0; k++) {
    if (!isProclitic(lc[p - k])) return false;
    const q = p - k;
    if (q === 0 || isSeparator(lc[q - 1]) || cueDigit(lc[q - 1]) >= 0) return true;
  }
  return false;
}

/** The longest RCUE entries matching at p (all entries of that length: their concepts are or-ed), as [end, mask,
 * value], or null. */
function matchAt(r: Responder, lc: number[], p: number): [number, number, number] | null {
  const first = lc[p];
  const list = r.cues.byFirst.get(first);
  if (!list) return null;
  const wordStart = p === 0 || isSeparator(lc[p - 1]) || cueDigit(lc[p - 1]) >= 0 || afterProclitics(lc, p);
  let bestEnd = -1;
  let mask = 0;
  let value = 0;
  for (const e of list) {
    // A quotative suffix attaches to the keyword before it ("감사라는").
    if (!e.free && !wordStart && e.concept !== C.QUOTEDBY) continue;
    let q = p;
    let ok = true;
    for (let k = 0; k < e.cps.length && ok; k++) {
      if (e.cps[k] === 0x20) {
        if (q >= lc.length || !isSpace(lc[q])) ok = false;
        while (q < lc.length && isSpace(lc[q])) q++;
      } else if (q < lc.length && lc[q] === e.cps[k]) q++;
      else ok = false;
    }
    if (!ok) continue;
    if (e.stem) while (q < lc.length && !isSeparator(lc[q]) && !isSpacelessScript(lc[q]) && cueDigit(lc[q]) < 0) q++;
    else if (!e.free && q < lc.length && !isSeparator(lc[q]) && !isSpacelessScript(lc[q]) && cueDigit(lc[q]) < 0) continue;
    if (q > bestEnd) {
      bestEnd = q;
      mask = 0;
      value = 0;
    }
    if (q === bestEnd) {
      mask |= 1 << e.concept;
      if (e.concept === C.NUM || e.concept === C.ORD) value = e.value;
    }
  }
  return bestEnd > p ? [bestEnd, mask, value] : null;
}

/** The value of a number word (not also an ordinal) of the cue lexicon that spells all of `word` (lowered as the cue step lowers: "خمس",
 * "matatu", "రెండు", "চারটি"), else 0 (symbols.ts, version 18). */
export function cueNumberWord(r: Responder, word: string): number {
  if (r.cues.entries.length === 0) return 0;
  const lc = Array.from(word, (s) => lowerCodePoint(s.codePointAt(0)!));
  if (lc.length === 0) return 0;
  const m = matchAt(r, lc, 0);
  // NUM and not ORD: matchAt's value is the last NUM-or-ORD entry's, and an ordinal is no count.
  return m !== null && m[0] === lc.length && (m[1] & bit('NUM')) !== 0 && (m[1] & bit('ORD')) === 0 ? m[2] : 0;
}

/** True when an RCUE entry of the concept matches somewhere in the text (lowered as the cue step lowers; at each
 * position the longest entries, a match's end where the next search starts): symbols.ts, version 20. */
export function cueConceptIn(r: Responder, text: string, concept: CueName): boolean {
  if (r.cues.entries.length === 0) return false;
  const lc = Array.from(text, (s) => lowerCodePoint(s.codePointAt(0)!));
  for (let p = 0; p < lc.length; ) {
    const m = matchAt(r, lc, p);
    if (m === null) p++;
    else if (m[1] & bit(concept)) return true;
    else p = m[0];
  }
  return false;
}

const isHangul = (c: number) => c >= 0xac00 && c <= 0xd7a3;

/** A code point that lowering changes (a capital letter). */
const isCapital = (c: number) => lowerCodePoint(c) !== c;

/** True when [a, b) holds two or more capitals (code points lowerCodePoint changes) and nothing else but separators. */
function allCaps(cp: number[], a: number, b: number): boolean {
  let caps = 0;
  for (let i = a; i < b; i++) {
    if (isCapital(cp[i])) caps++;
    else if (!isSeparator(cp[i])) return false;
  }
  return caps >= 2;
}

/** The word right after `end` (spaces first), when it is no cue hit, starts with no digit and ends its clause (a
 * sentence end, a comma or the prompt's end follow it), else null: the unquoted object of an include verb. */
function clauseWordAfter(cp: number[], end: number, hs: Hit[]): string | null {
  let a = end;
  while (a < cp.length && isSpace(cp[a])) a++;
  if (a === end || a >= cp.length || isSeparator(cp[a]) || cueDigit(cp[a]) >= 0 || isHangul(cp[a]) || hs.some((y) => y.start === a)) return null;
  let b = a;
  while (b < cp.length && !isSeparator(cp[b]) && b - a < CUE_SPAN_MAX) b++;
  if (b < cp.length && !isSentenceEnd(cp, b) && cp[b] !== 0x2c && cp[b] !== 0x60c && cp[b] !== 0x3001) return null;
  const k = String.fromCodePoint(...cp.slice(a, b)).trim();
  return k.length > 0 ? k : null;
}

/** "." or "," then exactly three digits (any script) at q: [end, their value], else null (version 22). */
function thousandsGroup(lc: number[], q: number): [number, number] | null {
  if (q + 3 >= lc.length || (lc[q] !== 0x2e && lc[q] !== 0x2c)) return null;
  let v = 0;
  for (let k = 1; k <= 3; k++) {
    const d = cueDigit(lc[q + k]);
    if (d < 0) return null;
    v = v * 10 + d;
  }
  if (q + 4 < lc.length && cueDigit(lc[q + 4]) >= 0) return null;
  return [q + 4, v];
}

/** Percent and per-mille signs, currency symbols (U+00A2-00A5, U+20A0-20C0, fullwidth $ and ¥, ฿, ৳, ﷼) and the
 * currency words written onto a number in CJK and Korean (円, 元, 원): a number next to one is a price or a share,
 * never a count (version 24: "720mlで2,200円" is no count of sentences). */
export function isMoneyMark(c: number): boolean {
  return c === 0x24 || c === 0x25 || (c >= 0xa2 && c <= 0xa5) || c === 0x2030 || (c >= 0x20a0 && c <= 0x20c0) ||
    c === 0xff04 || c === 0xffe5 || c === 0xe3f || c === 0x9f3 || c === 0xfdfc || c === 0x5186 || c === 0x5143 || c === 0xc6d0;
}

/** A number written with digits (one script, up to 4, then thousands groups) or Han numerals before a counter or a cue word. */
function numberAt(r: Responder, lc: number[], p: number): [number, number] | null {
  const d0 = cueDigit(lc[p]);
  if (d0 >= 0) {
    if (p > 0 && ((lc[p - 1] >= 0x41 && lc[p - 1] <= 0x5a) || (lc[p - 1] >= 0x61 && lc[p - 1] <= 0x7a) || cueDigit(lc[p - 1]) >= 0)) return null;
    // Version 22: the digits after a thousands separator are that number's, not a number of their own.
    if (p > 1 && (lc[p - 1] === 0x2e || lc[p - 1] === 0x2c) && cueDigit(lc[p - 2]) >= 0) return null;
    if (p > 0 && isMoneyMark(lc[p - 1])) return null;
    const zero = lc[p] - d0;
    let q = p;
    let v = 0;
    while (q < lc.length && q - p < 4 && lc[q] >= zero && lc[q] <= zero + 9) v = v * 10 + (lc[q++] - zero);
    if (q < lc.length && cueDigit(lc[q]) >= 0) return null;
    // Version 22: groups of three digits after a "." or "," are thousands ("150.000 đồng", "1.000 palabras"): the
    // number is read whole, so a price is no count of words.
    for (let g = thousandsGroup(lc, q); g && v < 1000000; g = thousandsGroup(lc, q)) {
      v = v * 1000 + g[1];
      q = g[0];
    }
    if (q < lc.length && isMoneyMark(lc[q])) return null;
    return [q, v];
  }
  if (hanDigit(lc[p]) < 0 && hanPower(lc[p]) === 0) return null;
  let q = p;
  let v = 0;
  let cur = -1;
  while (q < lc.length && q - p < 4) {
    const d = hanDigit(lc[q]);
    const pw = hanPower(lc[q]);
    if (d >= 0) cur = d;
    else if (pw > 0) {
      v += (cur < 0 ? 1 : cur) * pw;
      cur = -1;
    } else break;
    q++;
  }
  if (cur > 0) v += cur;
  if (q >= lc.length || v === 0) return null;
  if (HAN_COUNTERS.includes(String.fromCodePoint(lc[q])) || matchAt(r, lc, q) !== null) return [q, v];
  return null;
}

/** The code points between two spans [a0, a1) and [b0, b1) that do not overlap. */
const gap = (a0: number, a1: number, b0: number, b1: number) => (a1 <= b0 ? b0 - a1 : a0 - b1);

/** Longest word that may stand between a number and its unit (version 26). */
export const CUE_ADJ_MAX = 16;

/** [a, b) is white space, one word of at most CUE_ADJ_MAX code points, white space. */
function oneWordBetween(cp: number[], a: number, b: number): boolean {
  let i = a;
  while (i < b && isSpace(cp[i])) i++;
  const w0 = i;
  while (i < b && !isSeparator(cp[i])) i++;
  const w1 = i;
  while (i < b && isSpace(cp[i])) i++;
  return w0 > a && w1 > w0 && w1 - w0 <= CUE_ADJ_MAX && i === b && b > w1;
}

/** Step 5b: fills the plan's empty fields from the cues of a prompt not written in English. */
export function readCues(r: Responder, prompt: string, plan: Plan): void {
  if (!plan.foreign || r.cues.entries.length === 0) return;
  const cp = Array.from(prompt, (s) => s.codePointAt(0)!);
  const lc = cp.map(lowerCodePoint);
  const quotes = findQuotes(cp);
  const inQuote = new Uint8Array(cp.length + 1);
  for (const [a, b] of quotes) inQuote.fill(1, a, b);
  // Version 25: an example written between asterisks ("(예: *오전 8시 30분*)") shows a highlight; its numbers are no
  // counts, as inside quotes.
  for (const [a, b] of asteriskSpans(cp)) inQuote.fill(1, a, b);
  // Sentence numbers.
  const sent = new Int32Array(cp.length + 1);
  let s = 0;
  for (let i = 0; i < cp.length; i++) {
    sent[i] = s;
    if (!inQuote[i] && isSentenceEnd(cp, i)) s++;
  }
  sent[cp.length] = s;
  const qs: Quote[] = quotes.map(([a, b]) => ({ start: a, end: b, sentence: sent[a], used: false }));
  const hits: Hit[] = [];
  const perSentence = new Map<number, number>();
  const push = (h: Hit) => {
    const k = perSentence.get(h.sentence) ?? 0;
    if (k < CUE_MAX_HITS) hits.push(h);
    perSentence.set(h.sentence, k + 1);
  };
  for (let p = 0; p < lc.length; ) {
    if (inQuote[p]) {
      p++;
      continue;
    }
    const num = numberAt(r, lc, p);
    if (num) {
      push({ start: p, end: num[0], mask: bit('NUM'), value: num[1], sentence: sent[p], used: false });
      p = num[0];
      continue;
    }
    const m = matchAt(r, lc, p);
    if (m) {
      push({ start: p, end: m[0], mask: m[1], value: m[2], sentence: sent[p], used: false });
      p = m[0];
      continue;
    }
    p++;
  }
  const text = (a: number, b: number) => String.fromCodePoint(...cp.slice(a, b)).trim();
  // Version 21: whether the last sentence read (one with hits) named paragraphs ("Tre paragrafi separati da una riga
  // vuota; il secondo deve cominciare con la parola Dopo": the ordinal's paragraphs were named just before).
  let paraBefore = false;
  for (let sn = 0; sn <= s; sn++) {
    const hs = hits.filter((x) => x.sentence === sn);
    if (hs.length === 0) continue;
    const has = (n: CueName) => hs.some((x) => (x.mask & bit(n)) !== 0);
    const paraPrev = paraBefore;
    // The sentence's capitals word was read as a count of capital words (version 25): no case for the whole reply.
    let capsRead = false;
    paraBefore = has('PARA');
    const sq = qs.filter((q) => q.sentence === sn);
    // A bullet marker shown in quotes ("「-」", "'•'"), version 25.
    const dashShown = sq.some((q) => q.end - q.start === 1 && (cp[q.start] === 0x2d || cp[q.start] === 0x2022));
    // A keyword: a quoted span of the sentence not yet used, else the word after "the word", else the word a
    // quotative suffix ends ("감사라는 단어").
    const keyword = (near: Hit): string | null => {
      let best: Quote | null = null;
      for (const q of sq) {
        // A quoted span of separators only ("'*'" showing a bullet marker) is no keyword.
        if (q.used || q.end - q.start > KEYWORD_MAX || !cp.slice(q.start, q.end).some((c) => !isSeparator(c))) continue;
        if (!best || gap(q.start, q.end, near.start, near.end) < gap(best.start, best.end, near.start, near.end)) best = q;
      }
      if (best) {
        best.used = true;
        const k = text(best.start, best.end);
        return k.length > 0 ? k : null;
      }
      for (const x of hs) {
        if (x.used) continue;
        if (x.mask & bit('WORDNOUN')) {
          let a = x.end;
          while (a < cp.length && isSpace(cp[a])) a++;
          let b = a;
          while (b < cp.length && !isSeparator(cp[b]) && b - a < CUE_SPAN_MAX) b++;
          if (b > a && a > x.end && !hs.some((y) => y.start === a)) {
            x.used = true;
            return text(a, b);
          }
        }
        if (x.mask & bit('QUOTEDBY')) {
          let a = x.start;
          while (a > 0 && !isSeparator(cp[a - 1]) && x.start - a < CUE_SPAN_MAX) a--;
          if (a < x.start) {
            x.used = true;
            return text(a, x.start);
          }
        }
      }
      return null;
    };
    // Counts: unit words and numbers pair up nearest first (within CUE_NEAR code points, nothing that counts between
    // them); at equal distance a number before its unit ("두 번") beats one after ("단어를 두"), then the earlier unit.
    // A number word of value 1 pairs only with a relation word: "一段", "một đoạn", "un paragraphe" is an article.
    // A number word that says "times" itself ("zweimal", "háromszor", "dvakrát": a NUM and a TIMES entry of one string,
    // version 16) is its own pair, and no number for another unit.
    const pairs: Array<[number, number, Hit, Hit]> = [];
    for (const u of hs) {
      if (!(u.mask & UNIT_MASK)) continue;
      if (u.mask & bit('NUM')) {
        if (u.value > 0 && u.value <= COUNT_MAX) pairs.push([0, 0, u, u]);
        continue;
      }
      for (const x of hs) {
        if (x === u || !(x.mask & bit('NUM')) || x.mask & UNIT_MASK || x.value === 0 || x.value > COUNT_MAX) continue;
        const g = gap(x.start, x.end, u.start, u.end);
        // Version 26: one word of up to CUE_ADJ_MAX code points may stand between a number and the item, bullet,
        // highlight or placeholder unit after it ("drei wichtigsten Tipps", "Trzy najważniejsze rzeczy"), when it is no
        // cue; not for words, sentences or paragraphs ("die 5 wichtigsten Sätze aus dem Grundgesetz" names content).
        if (g > CUE_NEAR && !(u.mask & GAP_UNITS && x.end <= u.start && oneWordBetween(cp, x.end, u.start) && !hs.some((y) => y.start >= x.end && y.end <= u.start))) continue;
        if (hs.some((y) => y !== u && y !== x && y.mask & (UNIT_MASK | bit('NUM')) && y.start >= Math.min(x.end, u.end) && y.end <= Math.max(x.start, u.start))) continue;
        pairs.push([g, x.start > u.start ? 1 : 0, u, x]);
      }
    }
    pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1] || p[2].start - q[2].start || p[3].start - q[3].start);
    for (const [, , u, n] of pairs) {
      if (u.used || n.used) continue;
      let rel: Hit | null = null;
      for (const x of hs) {
        if (!(x.mask & REL_MASK)) continue;
        const g = gap(x.start, x.end, n.start, n.end);
        if (g > CUE_NEAR) continue;
        if (hs.some((y) => y !== n && y.mask & bit('NUM') && y.start >= Math.min(x.end, n.end) && y.end <= Math.max(x.start, n.start))) continue;
        if (!rel || g < gap(rel.start, rel.end, n.start, n.end)) rel = x;
      }
      // Not for a placeholder right next to it (version 25): "bir boşluk", "빈칸 하나", "یک جای خالی" ask for one, as an
      // article would ("un título entre corchetes" is the title's; a highlight word is often a verb: "un ensayo que
      // destaque ..." asks for none).
      if (n.value === 1 && !rel && cueDigit(lc[n.start]) < 0 && !(u.mask & bit('PLACEHOLDER') && gap(n.start, n.end, u.start, u.end) <= ARTICLE_NEAR)) continue;
      const range = rangeOf(rel ? rel.mask : 0, n.value);
      const unit = UNITS.find((k) => u.mask & bit(k))!;
      // A count the patterns read as exactly this number, with no relation of theirs, takes the relation word the
      // lexicon finds next to it ("Non oltre tre frasi": the patterns know "tre frasi" but not "non oltre"; version 19).
      const bare = (x: Range | null) => x === null || (rel !== null && x[0] === n.value && x[1] === n.value);
      // Version 23: so does a word count they read as about this number ("nie może przekraczać 60 słów": "60 słów" is
      // [60, 63] to the patterns, "nie może przekraczać" is at most).
      const about = (x: Range | null) => x !== null && rel !== null && x[0] === n.value && x[1] === n.value + Math.max(2, Math.floor(n.value / 20));
      let took = true;
      switch (unit) {
        case 'WORD':
          // Version 25: a few words in capitals, with a relation, the capitals word right after the noun ("scrie măcar
          // două cuvinte cu majuscule"), count capital words, not the reply's words ("al menos 20 palabras, todo en
          // mayúsculas" keeps its word count and asks for capitals).
          if (rel !== null && n.value <= CAPS_WORDS_MAX && hs.some((x) => x.mask & bit('UPPER') && x.start >= u.end && gap(u.start, u.end, x.start, x.end) <= CAPS_NEAR)) {
            if (plan.caps === null) plan.caps = range;
            capsRead = true;
          } else if (bare(plan.words) || about(plan.words)) plan.words = range;
          break;
        case 'SENT':
          if (bare(plan.sents)) plan.sents = range;
          break;
        case 'PARA':
          if (plan.parCount === 0 && n.value < 100) plan.parCount = n.value;
          break;
        case 'ITEM':
          // Version 25: items with a marker shown in quotes ("用「-」開頭") are bullets; items to be highlighted ("두 가지는
          // ... 강조해 주세요", "Две главные мысли ... жирными") count the highlights.
          if (has('BULLET') || dashShown) {
            if (plan.bullets === null && n.value < 100) plan.bullets = n.value;
          } else if (has('HIGHLIGHT') && n.value <= ITEM_HIGHLIGHTS_MAX) plan.highlights = Math.max(plan.highlights, n.value);
          else took = false;
          break;
        case 'BULLET':
          if (plan.bullets === null && n.value < 100) plan.bullets = n.value;
          break;
        // Highlights and placeholders are only ever asked for as "at least N": with an upper bound the count is the
        // bound's largest value (version 26: Bulgarian "под" is LESS, and is Russian "for" in "оставь под них два места",
        // which had read nothing; "менее трёх" is two).
        case 'HIGHLIGHT':
          plan.highlights = Math.max(plan.highlights, Math.min(range[1] === INF ? range[0] : Math.max(1, range[1]), 99));
          break;
        case 'PLACEHOLDER':
          plan.placeholders = Math.max(plan.placeholders, Math.min(range[1] === INF ? range[0] : Math.max(1, range[1]), 20));
          break;
        case 'TIMES': {
          const k = keyword(u);
          if (k === null) took = false;
          else if (!plan.kwfreq.has(k.toLowerCase())) plan.kwfreq.set(k.toLowerCase(), range);
          break;
        }
      }
      if (took) {
        u.used = true;
        n.used = true;
      }
    }
    // A postscript marker written out after an end, include or begin cue ("E termina com um P.D. lembrando...", "最后加一个以P.S.
    // 开头的附言", "añade una posdata que empiece con P.D."): a postscript with that marker (a named one beats the default P.S.).
    for (const x of hs) {
      if (!(x.mask & (bit('END') | bit('INCLUDE') | bit('BEGIN')))) continue;
      const mk = markerAfter(cp, x.end);
      if (mk !== null && (plan.postscript === null || (plan.postscript === 'P.S.' && mk !== 'P.S.' && mk !== 'P.P.S'))) plan.postscript = mk;
      if (mk !== null) break;
    }
    // An ending: the quoted span nearest the "end with" cue.
    const end = hs.find((x) => x.mask & bit('END'));
    if (end && plan.endPhrase === null) {
      let best: Quote | null = null;
      for (const q of sq) if (!q.used && (!best || gap(q.start, q.end, end.start, end.end) < gap(best.start, best.end, end.start, end.end))) best = q;
      if (best) {
        best.used = true;
        const ph = text(best.start, best.end);
        // "end with a postscript starting "P.D."": the quoted marker opens the postscript, it is no ending.
        if (ph.length > 0 && ph !== plan.postscript && !isPostscriptSpelling(ph)) plan.endPhrase = ph;
      }
    }
    // An ending written after a colon that runs to the end of the prompt ("Kết thúc thư bằng đúng câu: Trân trọng cảm
    // ơn."): no quotes, so the rest after the colon, one sentence of up to END_COLON_MAX code points, is the ending.
    if (end && plan.endPhrase === null) {
      const ph = colonEnding(cp, end.end);
      if (ph !== null && !isPostscriptSpelling(ph)) plan.endPhrase = ph;
    }
    // An ending named without quotes after the word that brings it in ("Termina a mensagem com Valeu, galera!", "deve
    // finire con Buon appetito!", "terminá el posteo con ¡Los esperamos!"; version 19).
    // Not after a colon of its sentence ("...: spiramo al teatro, e infine a Nebet Tepe." lists facts, the cue is an
    // adverb), and only where the prompt's language is known (as for the include verb's object below).
    if (end && plan.endPhrase === null && plan.promptLang !== null && !colonBefore(cp, end.start)) {
      const ph = bareEnding(cp, end, hs);
      if (ph !== null && ph !== plan.postscript && !isPostscriptSpelling(ph)) plan.endPhrase = ph;
    }
    // A negation counts within CUE_NEAR code points of the word it negates: "usare la parola "X" (... non la bustina)"
    // asks for X.
    const first = (n: CueName) => hs.find((x) => x.mask & bit(n)) ?? null;
    const negated = (h: Hit | null) => h !== null && hs.some((x) => x.mask & bit('NEG') && gap(x.start, x.end, h.start, h.end) <= CUE_NEAR);
    const inc = first('INCLUDE');
    // Any comma noun negated (version 21: "読点やカンマを文字化けさせるので、カンマは一つも使わないでください" names commas
    // first in the reason).
    if (hs.some((x) => x.mask & bit('COMMA') && negated(x))) plan.noComma = true;
    else if (inc) {
      const neg = negated(inc);
      let found = false;
      for (let k = keyword(inc); k !== null; k = keyword(inc)) {
        found = true;
        const list = neg ? plan.forbid : plan.keywords;
        // The quoted postscript marker ("añade una posdata que empiece con "P.D."") is no keyword (version 19).
        if (k === plan.postscript) continue;
        if (!list.includes(k) && !plan.kwfreq.has(k.toLowerCase())) list.push(k);
      }
      // "Обязательно упомяни штрихкод, потому что ...", "Задължително спомени лифт, защото ...": an include verb, not
      // negated, with nothing quoted, whose object is one unquoted word that ends its clause (version 19).
      // An include entry written in capitals is an acronym ("in die USA verkaufen": Spanish "usa"); a Hangul word after
      // the verb is its auxiliary (Korean puts the object first: "넣어 주세요").
      // Only where the prompt's language is known: a short English prompt is foreign by its few function words, and its
      // "use none" is no include verb.
      if (!found && !neg && plan.promptLang !== null && !allCaps(cp, inc.start, inc.end)) {
        const k = clauseWordAfter(cp, inc.end, hs);
        if (k !== null && !plan.keywords.includes(k) && !plan.kwfreq.has(k.toLowerCase())) plan.keywords.push(k);
      }
    }
    // "Put the whole message in double quotation marks": the noun naming quotation marks, not negated, in a sentence
    // that names no keyword to quote ("the word «X»" uses the marks for the word).
    const quote = first('QUOTE');
    if (quote && !negated(quote) && !has('WORDNOUN') && !has('INCLUDE') && !plan.json) plan.quote = true;
    // "The second paragraph begins with «X»": a begin cue, an ordinal and a paragraph word in one sentence, and the
    // keyword nearest the begin cue.
    const begin = first('BEGIN');
    const ord = first('ORD');
    if (begin && ord && (has('PARA') || paraPrev) && plan.nth === null && ord.value >= 1) {
      const k = keyword(begin);
      if (k !== null && !Array.from(k).some((ch) => isSpace(ch.codePointAt(0)!))) plan.nth = { n: ord.value, word: k };
    }
    // "v texte musí byť slovo prilba", "Aprašyme turi būti žodis savanoriai": "the word" with a modal instead of an
    // include verb. In a sentence with no include or end cue, "the word" not negated and not used by a reading above (a
    // count's keyword, the n-th paragraph's first word), then the quoted span right after it or the unquoted word right
    // after it that ends its clause, is a keyword (version 16).
    if (!inc && !end) {
      for (const x of hs) {
        if (x.used || !(x.mask & bit('WORDNOUN')) || negated(x)) continue;
        let a = x.end;
        while (a < cp.length && isSpace(cp[a])) a++;
        if (a === x.end || a >= cp.length) continue;
        let k: string | null = null;
        const q = sq.find((y) => y.start === a + 1 && !y.used && y.end - y.start <= KEYWORD_MAX);
        if (q) {
          if (cp.slice(q.start, q.end).some((c) => !isSeparator(c))) {
            q.used = true;
            k = text(q.start, q.end);
          }
        } else if (!isSeparator(cp[a]) && cueDigit(cp[a]) < 0 && !hs.some((y) => y.start === a)) {
          let b = a;
          while (b < cp.length && !isSeparator(cp[b]) && b - a < CUE_SPAN_MAX) b++;
          if (b >= cp.length || isSentenceEnd(cp, b) || cp[b] === 0x2c) k = text(a, b);
        }
        if (k === null || k.length === 0) continue;
        x.used = true;
        // The word another reading took ("le mot « Sans »" after "the first paragraph begins with"; an ending) is no keyword.
        const lk = k.toLowerCase();
        if ((plan.nth !== null && plan.nth.word.toLowerCase() === lk) || (plan.endPhrase !== null && plan.endPhrase.toLowerCase() === lk)) continue;
        if (!plan.keywords.includes(k) && !plan.kwfreq.has(k.toLowerCase())) plan.keywords.push(k);
      }
    }
    if (!capsRead) {
      if (first('LOWER') || negated(first('UPPER'))) {
        if (!plan.upper) plan.lower = true;
      } else if (first('UPPER') && !plan.lower && plan.caps === null) plan.upper = true;
    }
  }
}

/** Most code points between an end / include / begin cue and the postscript marker after it. */
export const MARK_NEAR = 24;

/** A postscript marker token starting within MARK_NEAR code points after `from`, before a sentence end: "P.S." / "P.P.S."
 * (as P.S. / P.P.S), "P.D." (Spanish, Portuguese, Catalan posdata; as written), or "PS" / "PPS" in capitals (as P.S. /
 * P.P.S). The token starts a word (after a separator or a spaceless code point: "以P.S.开头") and ends at a dot, a
 * separator or the end. Only S and D: "p.e." and "p.ej." are "for example". Else null. */
function markerAfter(cp: number[], from: number): string | null {
  const isP = (c: number) => c === 0x50 || c === 0x70;
  const isMarkLetter = (c: number) => c === 0x53 || c === 0x73 || c === 0x44 || c === 0x64;
  const endsAt = (q: number) => q >= cp.length || isSeparator(cp[q]);
  for (let k = from; k < cp.length && k - from <= MARK_NEAR; k++) {
    if (isP(cp[k]) && (k === 0 || isSeparator(cp[k - 1]) || isSpacelessScript(cp[k - 1]))) {
      // Dotted: P. [P.] letter [.]
      if (cp[k + 1] === 0x2e) {
        let q = k + 2;
        let pp = false;
        if (q + 2 < cp.length && isP(cp[q]) && cp[q + 1] === 0x2e && (cp[q + 2] === 0x53 || cp[q + 2] === 0x73)) {
          pp = true;
          q += 2;
        }
        // The French "P.-S." (version 19): a hyphen before the letter, the marker as written.
        const hyphen = !pp && q < cp.length && cp[q] === 0x2d;
        if (hyphen) q++;
        if (q < cp.length && isMarkLetter(cp[q])) {
          const letter = cp[q];
          q++;
          if (q < cp.length && cp[q] === 0x2e) q++;
          if (endsAt(q) || cp[q - 1] === 0x2e) {
            if ((letter === 0x53 || letter === 0x73) && !hyphen) return pp ? 'P.P.S' : 'P.S.';
            return String.fromCodePoint(...cp.slice(k, q));
          }
        }
      }
      // Capitals: PS, PPS
      if (cp[k] === 0x50 && cp[k + 1] === 0x53 && endsAt(k + 2)) return 'P.S.';
      if (cp[k] === 0x50 && cp[k + 1] === 0x50 && cp[k + 2] === 0x53 && endsAt(k + 3)) return 'P.P.S';
    }
    if (isSentenceEnd(cp, k)) return null;
  }
  return null;
}

/** Longest ending read after a colon, and most code points between the "end with" cue and the colon. */
export const END_COLON_MAX = 80;
export const END_COLON_NEAR = 40;

/** The text after the first colon within END_COLON_NEAR code points of `from`, when it runs to the end of the prompt (only
 * white space after it) as one sentence (no sentence end before its last code point) and is 1..END_COLON_MAX code
 * points long; else null. */
function colonEnding(cp: number[], from: number): string | null {
  let c = from;
  while (c < cp.length && c - from <= END_COLON_NEAR && cp[c] !== 0x3a && cp[c] !== 0xff1a && !isSentenceEnd(cp, c)) c++;
  if (c >= cp.length || (cp[c] !== 0x3a && cp[c] !== 0xff1a)) return null;
  let a = c + 1;
  while (a < cp.length && isSpace(cp[a])) a++;
  let b = cp.length;
  while (b > a && isSpace(cp[b - 1])) b--;
  if (b <= a || b - a > END_COLON_MAX) return null;
  // One sentence: "Kết thúc bằng câu: Xin cảm ơn. Thêm ..." goes on with another instruction.
  for (let k = a; k < b - 1; k++) if (isSentenceEnd(cp, k)) return null;
  return String.fromCodePoint(...cp.slice(a, b));
}

/** Most code points from an end cue to the WITH word that brings in its unquoted ending, and most words that ending holds. */
export const END_WITH_NEAR = 40;
export const END_BARE_WORDS = 6;

/** True when a colon stands between the start of the sentence holding `at` and `at`. */
function colonBefore(cp: number[], at: number): boolean {
  for (let k = at - 1; k >= 0 && !isSentenceEnd(cp, k); k--) if (cp[k] === 0x3a || cp[k] === 0xff1a) return true;
  return false;
}

/** An ending after the end cue `end`, written without quotes: the first WITH hit after the cue within END_WITH_NEAR code
 * points, then (after spaces) a capital, or "¡" / "¿" before one, opens the ending; it runs to its sentence's end, the
 * closing mark kept, in 1..END_BARE_WORDS words. Null otherwise, and always in scripts without capitals. */
function bareEnding(cp: number[], end: Hit, hs: Hit[]): string | null {
  const w = hs.find((x) => x.mask & bit('WITH') && x.start >= end.end && x.start - end.end <= END_WITH_NEAR);
  if (!w) return null;
  let a = w.end;
  while (a < cp.length && isSpace(cp[a])) a++;
  if (a === w.end || a >= cp.length) return null;
  const opener = (cp[a] === 0xa1 || cp[a] === 0xbf) && a + 1 < cp.length && isCapital(cp[a + 1]);
  if (!opener && !isCapital(cp[a])) return null;
  let p = a;
  let n = 1;
  while (p < cp.length && !isSentenceEnd(cp, p)) {
    if (isSpace(cp[p]) && p + 1 < cp.length && !isSpace(cp[p + 1]) && ++n > END_BARE_WORDS) return null;
    p++;
  }
  let b = p < cp.length && cp[p] !== 0x0a && cp[p] !== 0x3b ? p + 1 : p;
  while (b > a && isSpace(cp[b - 1])) b--;
  const ph = String.fromCodePoint(...cp.slice(a, b)).trim();
  return ph.length > 0 ? ph : null;
}

/** The range a relation cue (mask bits) and a number give; no relation, or "exactly", is that number. */
function rangeOf(mask: number, n: number): Range {
  if (mask & bit('ATLEAST')) return toRange('GE', n, 0);
  if (mask & bit('ATMOST')) return toRange('LE', n, 0);
  if (mask & bit('LESS')) return toRange('LT', n, 0);
  if (mask & bit('MORE')) return toRange('GT', n, 0);
  return [n, n];
}
