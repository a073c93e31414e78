// Symbol reading (docs/format.md §6.4 step 6; responder_version 10), mirrored by c/skills/respond/eg_ifr_symbols.c.
// Some constraints are shown by a symbol that reads the same in every language: a title's `<<` `>>`, numbered
// section markers ("PART 1 ... PART 2", "Частина 1, Частина 2 і Частина 3") and a bullet marker next to a count
// ("ровно из 8 пунктов, каждый пункт начинай со звёздочки *", "글머리 기호(*)를 써서 정확히 5개"). The patterns read
// these only in the languages they list; this step reads the symbols when the patterns read nothing of the kind.
// Version 11: a JSON object shown as the form of the answer; numbered markers also give the count of a marker a
// pattern read without one.
import type { Responder } from './artifact.ts';
import type { Match } from './match.ts';
import type { Plan } from './plan.ts';
import { cueConceptIn, cueNumberWord, isSeparator } from './cues.ts';
import { usedTokens } from './reader.ts';
import { isShare } from './scope.ts';
import { TK_NL, TK_PUNCT, TK_WORD, decodeAsIs, digitsValue, hashOf, isBoundary, sentenceEnd, sentenceStart, type Tokens } from './tokenize.ts';

/** Largest bullet count read next to a marker. */
const MAX_SYMBOL_BULLETS = 30;
/** Longest highlight example, in tokens. */
const MAX_EXAMPLE = 12;
/** Most words in one item of a listed series ("the interest rate"), and most items read. */
const MAX_ITEM_WORDS = 4;
const MAX_LIST_ITEMS = 12;
const AND = hashOf('and');
const FOR = hashOf('for');

/**
 * The items of a series listed in the sentence before token `at` (version 20): from the sentence's start, a colon or
 * "for", chunks of 1..MAX_ITEM_WORDS word tokens separated by commas, then (after a last chunk or a comma) "and" and a
 * word: "The name, the date and the time", "the name and the date". Its item count (2..MAX_LIST_ITEMS), else 0.
 */
function listedItems(t: Tokens, at: number): number {
  const a = sentenceStart(t, at);
  for (let s = a; s < at; s++) {
    const opens = s === a || isPunct(t, s - 1, B_COLON) || (t.kind[s - 1] === TK_WORD && t.hash[s - 1] === FOR);
    if (!opens || t.kind[s] !== TK_WORD) continue;
    let items = 0;
    let words = 0;
    for (let k = s; k < at; k++) {
      if (t.kind[k] === TK_WORD && t.hash[k] === AND) {
        if (words === 0 && !isPunct(t, k - 1, 0x2c)) break;
        if (words > 0) items++;
        if (k + 1 < at && t.kind[k + 1] === TK_WORD && items >= 1 && items + 1 <= MAX_LIST_ITEMS) return items + 1;
        break;
      }
      if (t.kind[k] === TK_WORD) {
        if (++words > MAX_ITEM_WORDS) break;
      } else if (isPunct(t, k, 0x2c) && words > 0) {
        items++;
        words = 0;
      } else break;
    }
  }
  return 0;
}

/** Most placeholders asked for by examples alone. */
const MAX_SHOWN_PLACEHOLDERS = 12;
/** Largest section number read after a marker word, and largest divider part count. */
const MAX_SECTIONS = 20;

const B_STAR = 0x2a;
const B_DASH = 0x2d;
const B_LT = 0x3c;
const B_GT = 0x3e;
const B_LBRACKET = 0x5b;
const B_RBRACKET = 0x5d;
const B_LBRACE = 0x7b;
const B_RBRACE = 0x7d;
const B_DQUOTE = 0x22;
const B_COLON = 0x3a;


const H_A = hashOf('a');
const isPunct = (t: Tokens, i: number, b: number): boolean => i >= 0 && i < t.n && t.kind[i] === TK_PUNCT && t.byte[i] === b;
/** Tokens i and i + 1 touch (no byte between them). */
const touch = (t: Tokens, i: number): boolean => i + 1 < t.n && t.end[i] === t.start[i + 1];

/** Two touching `<` tokens, and later two touching `>` tokens. */
function hasAngleTitle(t: Tokens): boolean {
  let open = false;
  for (let i = 0; i + 1 < t.n; i++) {
    if (!open && isPunct(t, i, B_LT) && isPunct(t, i + 1, B_LT) && touch(t, i)) {
      open = true;
      i++;
    } else if (open && isPunct(t, i, B_GT) && isPunct(t, i + 1, B_GT) && touch(t, i)) return true;
  }
  return false;
}

/** A leading run of ASCII digits (1 to 2 of them) that is the whole token or is followed only by bytes >= 0x80 (a
 * counter: "5개", "4つ", "5个"), or a token of 1 to 2 digits of another script: its value, else -1. */
export function leadingCount(t: Tokens, i: number): number {
  if (i < 0 || i >= t.n || t.kind[i] !== TK_WORD) return -1;
  // Digits of another script are the whole token ("۳", "٤", version 12).
  if (t.bytes[t.start[i]] >= 0x80) return digitsValue(t, i, 2);
  let k = t.start[i];
  let v = 0;
  while (k < t.end[i] && t.bytes[k] >= 0x30 && t.bytes[k] <= 0x39 && k - t.start[i] < 3) v = v * 10 + (t.bytes[k++] - 0x30);
  if (k === t.start[i] || k - t.start[i] > 2) return -1;
  for (let m = k; m < t.end[i]; m++) if (t.bytes[m] < 0x80) return -1;
  return v;
}

/** A token with no ASCII letter holding exactly one run of ASCII digits, 1 or 2 long, right before a non-ASCII byte
 * (a counter: "ところを2か所", "3つ"): that run's value, else -1. */
export function counterCount(t: Tokens, i: number): number {
  if (i < 0 || i >= t.n || t.kind[i] !== TK_WORD) return -1;
  let v = -1;
  for (let k = t.start[i]; k < t.end[i]; k++) {
    const b = t.bytes[k];
    if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) return -1;
    if (b < 0x30 || b > 0x39) continue;
    if (v >= 0) return -1;
    let e = k;
    let n = 0;
    while (e < t.end[i] && t.bytes[e] >= 0x30 && t.bytes[e] <= 0x39) n = n * 10 + (t.bytes[e++] - 0x30);
    if (e - k > 2 || e >= t.end[i] || t.bytes[e] < 0x80) return -1;
    v = n;
    k = e - 1;
  }
  return v;
}

/** The token is a digits-only word of value 1..MAX_SECTIONS: the value, else 0. */
function sectionNumber(t: Tokens, i: number): number {
  if (i >= t.n || t.kind[i] !== TK_WORD || t.end[i] - t.start[i] > 2) return 0;
  let v = 0;
  for (let k = t.start[i]; k < t.end[i]; k++) {
    if (t.bytes[k] < 0x30 || t.bytes[k] > 0x39) return 0;
    v = v * 10 + (t.bytes[k] - 0x30);
  }
  return v <= MAX_SECTIONS ? v : 0;
}

function sameWord(t: Tokens, a: number, b: number): boolean {
  const n = t.end[a] - t.start[a];
  if (t.kind[b] !== TK_WORD || t.end[b] - t.start[b] !== n) return false;
  for (let k = 0; k < n; k++) if (t.bytes[t.start[a] + k] !== t.bytes[t.start[b] + k]) return false;
  return true;
}

/**
 * Numbered section markers: a word token W (2 bytes or more, not starting with an ASCII digit or lowercase letter)
 * followed by the number 1, and, before the sentence ends, W followed by 2; the count is the largest n such that
 * W 1 .. W n all appear in that sentence. The first such W wins. Null when there is none.
 */
function numberedMarker(t: Tokens): { start: number; end: number; count: number } | null {
  for (let i = 0; i + 1 < t.n; i++) {
    if (t.kind[i] !== TK_WORD || t.end[i] - t.start[i] < 2 || sectionNumber(t, i + 1) !== 1) continue;
    const b0 = t.bytes[t.start[i]];
    if ((b0 >= 0x30 && b0 <= 0x39) || (b0 >= 0x61 && b0 <= 0x7a)) continue;
    let seen = 1 << 1;
    let j = i + 2;
    for (; j + 1 < t.n && !isBoundary(t, j); j++) if (sameWord(t, i, j)) seen |= 1 << sectionNumber(t, j + 1);
    if (!(seen & (1 << 2))) continue;
    let n = 2;
    while (n < MAX_SECTIONS && seen & (1 << (n + 1))) n++;
    return { start: t.start[i], end: t.end[i], count: n };
  }
  return null;
}

/** A JSON object shown as the answer's form ("wrapped like {"answer": "..."}"): `{`, a quoted key and `:` right after
 * it, then `}` later on the same line. */
function jsonExample(t: Tokens): boolean {
  for (let i = 0; i + 4 < t.n; i++) {
    if (!isPunct(t, i, B_LBRACE) || !isPunct(t, i + 1, B_DQUOTE)) continue;
    let j = i + 2;
    while (j < t.n && j - i < MAX_EXAMPLE && t.kind[j] === TK_WORD) j++;
    if (j === i + 2 || !isPunct(t, j, B_DQUOTE) || !isPunct(t, j + 1, B_COLON)) continue;
    for (let k = j + 2; k < t.n && t.kind[k] !== TK_NL; k++) if (isPunct(t, k, B_RBRACE)) return true;
  }
  return false;
}

/** A word token that does not start with a separator code point (cues.ts isSeparator): other non-ASCII punctuation
 * ("؛", "۔") is word bytes to the tokenizer, but a `*` touching it still shows a marker (version 18: "بعلامة *، خمس
 * نقاط", when the Arabic comma was a word token; since version 20 it is a comma token). */
function isWordProper(t: Tokens, i: number): boolean {
  if (t.kind[i] !== TK_WORD) return false;
  if (t.bytes[t.start[i]] < 0x80) return true;
  const cp = decodeAsIs(t.bytes.subarray(t.start[i], Math.min(t.end[i], t.start[i] + 4))).codePointAt(0)!;
  return !isSeparator(cp);
}

/** A bullet marker: a `*` token touching no other `*` and no word on either side (version 18: a word token that starts
 * with a separator code point is no word here), or a `-` token between two quote tokens of the same byte ("'- '"), or
 * (version 20, in a foreign prompt) a `-` in "(-)", in corner brackets, or standing alone as the ASCII hyphen-minus in
 * a sentence with an RCUE BEGIN entry; that no match covers and that does not start a line (a layout example, step
 * 3). */
function isBulletMarker(r: Responder, t: Tokens, i: number, used: Uint8Array, foreign: boolean): boolean {
  if (used[i] || t.kind[i] !== TK_PUNCT || i === 0 || t.kind[i - 1] === TK_NL) return false;
  if (t.byte[i] === B_STAR) {
    if (touch(t, i - 1) && (isWordProper(t, i - 1) || isPunct(t, i - 1, B_STAR))) return false;
    if (touch(t, i) && (isWordProper(t, i + 1) || isPunct(t, i + 1, B_STAR))) return false;
    return true;
  }
  if (t.byte[i] !== B_DASH || i + 1 >= t.n) return false;
  if (t.kind[i - 1] === TK_PUNCT && t.kind[i + 1] === TK_PUNCT) {
    const q = t.byte[i - 1];
    if ((q === 0x22 || q === 0x27) && t.byte[i + 1] === q) return true;
    // Version 20, in a prompt not written in English: "bir tire (-) ile".
    return foreign && q === 0x28 && t.byte[i + 1] === 0x29;
  }
  if (!foreign) return false;
  // Version 20, in a prompt not written in English: a dash standing alone in a sentence that says what lines begin with
  // (an RCUE BEGIN entry: "ஒவ்வொரு வரியும் - குறியுடன் தொடங்க", "हर लाइन - से शुरू हो"; "Напиши письмо - три
  // предложения" is prose), typed as the ASCII hyphen-minus (an en or em dash standing alone is punctuation), or shown
  // in corner brackets ("行頭に「-」をつけた": the brackets are word bytes to the tokenizer).
  if (!touch(t, i - 1) && !touch(t, i)) return t.end[i] - t.start[i] === 1 && cueConceptIn(r, sentenceText(t, i), 'BEGIN');
  return touch(t, i - 1) && touch(t, i) && t.kind[i - 1] === TK_WORD && t.kind[i + 1] === TK_WORD && endsWith(t, i - 1, CORNER_OPEN) && startsWith(t, i + 1, CORNER_CLOSE);
}

/** The text of the sentence (the tokens between boundary tokens) holding token i. */
function sentenceText(t: Tokens, i: number): string {
  // Up to the token before the boundary after i: token i itself when it is a boundary.
  return decodeAsIs(t.bytes.subarray(t.start[sentenceStart(t, i)], t.end[sentenceEnd(t, i + 1) - 1]));
}

/** 「 and 」 in UTF-8. */
const CORNER_OPEN = [0xe3, 0x80, 0x8c];
const CORNER_CLOSE = [0xe3, 0x80, 0x8d];
const endsWith = (t: Tokens, i: number, b: number[]): boolean => t.end[i] - t.start[i] >= b.length && b.every((x, k) => t.bytes[t.end[i] - b.length + k] === x);
const startsWith = (t: Tokens, i: number, b: number[]): boolean => t.end[i] - t.start[i] >= b.length && b.every((x, k) => t.bytes[t.start[i] + k] === x);

/** Families whose match in a marker's sentence says what its `*` is for (a highlight, a divider, a bullet pattern). */
const STAR_FAMILIES = new Set(['HIGHLIGHT', 'STARDIV', 'BULLETS']);

/** The count next to a symbol at m: none (0) when checkFamilies and a match of STAR_FAMILIES overlaps m's sentence; else, in
 * that sentence, the uncovered word token nearest to m (the earlier on a tie) whose value is 1..MAX_SYMBOL_BULLETS
 * (leadingCount, or an RNUM word, or when `foreign` a cue-lexicon number word above one or (version 19) a number inside
 * the token before its counter, counterCount), whose next token is not a
 * NUM_UNIT word and is not a `-` touching it; 0 when none. */
function countNear(r: Responder, t: Tokens, m: number, used: Uint8Array, ms: Match[], checkFamilies: boolean, foreign: boolean): number {
  const s = sentenceStart(t, m);
  const e = sentenceEnd(t, m);
  if (checkFamilies && ms.some((x) => STAR_FAMILIES.has(x.family) && x.start < e && x.end > s)) return 0;
  const valueAt = (i: number): number => {
    if (used[i] || t.kind[i] !== TK_WORD) return 0;
    let v = leadingCount(t, i);
    if (v < 0) v = r.numbers.get(t.hash[i]) ?? 0;
    // In a prompt not written in English, a number word of its language above one ("خمس نقاط", "రెండు విషయాలను"; a word
    // for one is an article in many languages: "en", "un", as in the cue step).
    if (v === 0 && foreign) {
      const w = cueNumberWord(r, decodeAsIs(t.bytes.subarray(t.start[i], t.end[i])));
      if (w >= 2) v = w;
    }
    // In a script written without spaces the number sits inside the token, its counter after it ("ところを2か所",
    // version 19).
    if (v <= 0 && foreign) v = counterCount(t, i);
    if (v < 1 || v > MAX_SYMBOL_BULLETS) return 0;
    if (i + 1 < t.n && t.kind[i + 1] === TK_WORD && r.sets.NUM_UNIT.has(t.hash[i + 1])) return 0;
    // "a 3-day plan": a number joined to its noun counts that noun.
    if (isPunct(t, i + 1, B_DASH) && touch(t, i)) return 0;
    return v;
  };
  for (let d = 1; m - d >= s || m + d < e; d++) {
    if (m - d >= s) {
      const v = valueAt(m - d);
      if (v) return v;
    }
    if (m + d < e) {
      const v = valueAt(m + d);
      if (v) return v;
    }
  }
  return 0;
}

/** The first placeholder example at or after token `from`: a `[` token not starting a line (a line that starts with
 * one is a layout example: "[code snippet 1]\n***"), then 1 to 4 word tokens, then `]`, none covered; its `[` and `]`
 * indexes, else null. */
function placeholderAt(t: Tokens, used: Uint8Array, from: number): [number, number] | null {
  for (let i = Math.max(from, 1); i + 2 < t.n; i++) {
    if (!isPunct(t, i, B_LBRACKET) || used[i] || t.kind[i - 1] === TK_NL) continue;
    let j = i + 1;
    while (j < t.n && j - i <= 4 && t.kind[j] === TK_WORD && !used[j]) j++;
    if (j > i + 1 && isPunct(t, j, B_RBRACKET)) return [i, j];
  }
  return null;
}

/** The first placeholder example (placeholderAt); its tokens become covered (the number in "[Movie 1]" is not a
 * count); the `[` index, else -1. */
function placeholderExample(t: Tokens, used: Uint8Array): number {
  const at = placeholderAt(t, used, 1);
  if (!at) return -1;
  for (let k = at[0]; k <= at[1]; k++) used[k] = 1;
  return at[0];
}

/** How many placeholder examples there are, at most `most`: each starts past the `]` of the one before, so one
 * forward scan counts them (the same count as covering each in turn). */
function placeholderExamples(t: Tokens, used: Uint8Array, most: number): number {
  let n = 0;
  for (let at = placeholderAt(t, used, 1); at && n < most; at = placeholderAt(t, used, at[1] + 1)) n++;
  return n;
}

/** A highlight example: a `*` token touching the word token after it (and no `*` before it), then, on the same
 * line, within MAX_EXAMPLE tokens, a `*` touching the word token before it (and no `*` after it); none covered. Its
 * tokens become covered (the "14" of "*zaterdag 14 juni*" is not a count); its first token, else -1. */
function highlightExample(t: Tokens, used: Uint8Array): number {
  for (let i = 0; i + 2 < t.n; i++) {
    if (!isPunct(t, i, B_STAR) || used[i] || !touch(t, i) || t.kind[i + 1] !== TK_WORD || (i > 0 && isPunct(t, i - 1, B_STAR) && touch(t, i - 1))) continue;
    for (let j = i + 2; j < t.n && j - i <= MAX_EXAMPLE && t.kind[j] !== TK_NL && !used[j]; j++) {
      if (!isPunct(t, j, B_STAR)) continue;
      if (t.kind[j - 1] !== TK_WORD || !touch(t, j - 1) || (isPunct(t, j + 1, B_STAR) && touch(t, j))) break;
      for (let k = i; k <= j; k++) used[k] = 1;
      return i;
    }
  }
  return -1;
}

/** Step 6: the symbols read where no pattern read a title, a section marker, a bullet count, a placeholder count, a
 * highlight count or (in a prompt not written in English) a divider's part count. */
export function readSymbols(r: Responder, t: Tokens, plan: Plan, ms: Match[]): void {
  if (!plan.title && hasAngleTitle(t)) plan.title = true;
  if (!plan.json && jsonExample(t)) plan.json = true;
  if (plan.secMark === null || plan.secCount === 1) {
    const mk = numberedMarker(t);
    const mark = mk ? decodeAsIs(t.bytes.subarray(mk.start, mk.end)) : '';
    // A marker a pattern read with a count of one ("one section per week, each headed WEEK 1, WEEK 2 and WEEK 3": per
    // week, not one in all) takes the count the markers show.
    if (mk && (plan.secMark === null || plan.secMark.toLowerCase() === mark.toLowerCase())) {
      plan.secMark = mark;
      plan.secCount = Math.max(plan.secCount, mk.count);
    }
  }
  const used = usedTokens(t, ms);
  let shownPlaceholders = 0;
  // "leave [price] as a blank for me", "leave [artist name] and [year] as blanks": bracketed examples with no count and no
  // placeholder pattern ask for as many placeholders as they show (version 12).
  if (!ms.some((m) => m.family === 'PLACEHOLDER')) shownPlaceholders = placeholderExamples(t, used, MAX_SHOWN_PLACEHOLDERS);
  // "ולפחות 2 מקומות ריקים בסוגריים מרובעים, למשל [שם הלקוח]": a bracketed example and a count in its sentence.
  if (!ms.some((m) => m.family === 'PLACEHOLDER' && m.hasNum)) {
    const at = placeholderExample(t, used);
    const n = at >= 0 ? countNear(r, t, at, used, ms, false, plan.foreign) : 0;
    if (n > plan.placeholders) plan.placeholders = n;
  }
  if (plan.placeholders === 0) plan.placeholders = shownPlaceholders;
  // "The name, the date and the time need to be fill-in slots in square brackets": no count stated, the items listed
  // before the placeholder mention in its sentence are the slots (version 20).
  if (plan.placeholders <= 1 && !ms.some((m) => m.family === 'PLACEHOLDER' && m.hasNum)) {
    const m = ms.find((x) => x.family === 'PLACEHOLDER');
    const n = m ? listedItems(t, m.start) : 0;
    if (n > plan.placeholders) plan.placeholders = n;
  }
  // A count a weak bullet pattern read ("a list of 4 points", "two things") waits for a marker to confirm it: the
  // symbols after this read it too ("give two things the single-asterisk treatment ..., like *Hüttenschuhe*"; version 20).
  for (const m of ms) if (m.family === 'BULLETS' && m.arg === 'WEAK') for (let k = m.start; k < m.end && k < t.n; k++) used[k] = 0;
  // "ít nhất 2 ý bằng dấu sao *như thế này*", "zoals *zaterdag 14 juni*, minstens 2 keer": an example and a count.
  if (!ms.some((m) => m.family === 'HIGHLIGHT' && m.hasNum && m.n > 0)) {
    const at = highlightExample(t, used);
    const n = at >= 0 ? countNear(r, t, at, used, ms, false, plan.foreign) : 0;
    if (n > plan.highlights) plan.highlights = n;
  }
  // "Θέλω 3 παραγράφους, χωρισμένες μεταξύ τους με ***": a divider and a count in its sentence (English: step 2e).
  // Not over a count the cue step read: "ત્રણ ફકરા ... દરેક બે ફકરાની વચ્ચે ***" (three paragraphs, *** between every
  // two) has "two" nearest the divider (version 19).
  if (plan.foreign && plan.parCount === 0 && !ms.some((m) => (m.family === 'PARCOUNT' || m.family === 'SECCOUNT') && m.hasNum)) {
    const div = ms.find((m) => m.family === 'STARDIV');
    const n = div ? countNear(r, t, div.start, used, ms, false, plan.foreign) : 0;
    if (n >= 2 && n <= MAX_SECTIONS) plan.parCount = n;
  }
  if (plan.bullets === null) {
    for (let i = 0; i < t.n; i++) {
      if (!isBulletMarker(r, t, i, used, plan.foreign)) continue;
      const n = countNear(r, t, i, used, ms, true, plan.foreign);
      if (n > 0) {
        plan.bullets = n;
        break;
      }
    }
  }
  if (plan.bullets === null) {
    const n = bulletSentence(r, t, used, ms);
    if (n > 0) plan.bullets = n;
  }
}

/** How far (tokens) before a bullet cue word a negation rules it out ("no dashes or asterisks"). */
const NEG_REACH_BULLET = 3;
/** Most tokens between a count and its list noun ("Four dash-led lines", "a five-item list"). */
const LIST_NOUN_REACH = 4;
/** Nouns a bulleted list is counted in, and words that name its marker. */
const LIST_NOUN = new Set([hashOf('points'), hashOf('point'), hashOf('items'), hashOf('item'), hashOf('rules'), hashOf('rule'), hashOf('lines'), hashOf('line'), hashOf('things'), hashOf('tips'), hashOf('steps'), hashOf('reasons'), hashOf('ideas'), hashOf('facts'), hashOf('entries'), hashOf('reminders'), hashOf('options'), hashOf('notes'), hashOf('questions'), hashOf('checks'), hashOf('bullets'), hashOf('bullet')]);
const BULLET_CUE = new Set([hashOf('dash'), hashOf('dashes'), hashOf('dashed'), hashOf('hyphen'), hashOf('hyphens'), hashOf('asterisk'), hashOf('asterisks'), hashOf('bullet'), hashOf('bullets'), hashOf('bulleted')]);
/** Families whose match in a sentence says its asterisks mark highlights or a divider, not bullets. */
const NOT_BULLET_FAMILIES = new Set(['HIGHLIGHT', 'STARDIV']);

/**
 * Version 19: a count of list nouns in a sentence that names its bullet marker in words or shows a `*` ("Six rules,
 * written as a list with an asterisk at the start of each line", "four points, dash at the start of each", "Four
 * dash-led lines, one per item", "a five-item list using * bullets"): in the first sentence (between boundary tokens)
 * that holds a BULLET_CUE word or an uncovered `*` token with no NEG_CUE word in the NEG_REACH_BULLET tokens before
 * it in the sentence ("no dashes or asterisks"), no `*`
 * touching a word after it (a highlight shown: "like *this*") and no HIGHLIGHT or STARDIV match overlapping it, the
 * first word token uncovered (or covered by a WEAK BULLETS match, among others: "a list of 4 points", which the cue
 * confirms) of value 1..MAX_SYMBOL_BULLETS (leadingCount or an RNUM word), not right after "each",
 * "every" or "per", followed within LIST_NOUN_REACH tokens that are words or `-` by a LIST_NOUN word; its value, else 0.
 */
/** Version 21: a `-` shown as the marker after "a", touching no word ("four rules, each on its own line with a - in front"). */
function shownDash(t: Tokens, k: number): boolean {
  return isPunct(t, k, B_DASH) && k > 0 && t.kind[k - 1] === TK_WORD && t.hash[k - 1] === H_A && t.end[k - 1] < t.start[k] && !touch(t, k);
}

const H_IN = hashOf('in');
const IN_ALL = new Set([hashOf('all'), hashOf('total')]);
const H_ALTOGETHER = hashOf('altogether');
const H_TOTAL = hashOf('total');

/** Version 23: a count closed by "in all", "in total", "total" or "altogether" at token j (before e) names the list's
 * length after its noun ("each rule on its own dash line, three in all"). */
function inAll(t: Tokens, j: number, e: number): boolean {
  if (j >= e || t.kind[j] !== TK_WORD) return false;
  if (t.hash[j] === H_ALTOGETHER || t.hash[j] === H_TOTAL) return true;
  return t.hash[j] === H_IN && j + 1 < e && t.kind[j + 1] === TK_WORD && IN_ALL.has(t.hash[j + 1]);
}

function bulletSentence(r: Responder, t: Tokens, used: Uint8Array, ms: Match[]): number {
  for (let a = 0; a < t.n; ) {
    const e = sentenceEnd(t, a);
    let cue = false;
    let starred = false;
    for (let k = a; k < e; k++) {
      if (isPunct(t, k, B_STAR) && touch(t, k) && t.kind[k + 1] === TK_WORD) starred = true;
      // A marker named under a negation is ruled out, not asked for ("no dashes or asterisks", "without any dashes").
      let negated = false;
      for (let q = k - 1; q >= a && q >= k - NEG_REACH_BULLET && !negated; q--) negated = t.kind[q] === TK_WORD && r.sets.NEG_CUE.has(t.hash[q]);
      if (!used[k] && !negated && (t.kind[k] === TK_WORD ? BULLET_CUE.has(t.hash[k]) : isPunct(t, k, B_STAR) || shownDash(t, k))) cue = true;
    }
    if (cue && !starred && !ms.some((m) => NOT_BULLET_FAMILIES.has(m.family) && m.start < e && m.end > a)) {
      for (let k = a; k < e; k++) {
        // A count a weak bullet pattern read ("a list of 4 points") stays open: the cue confirms it.
        if ((used[k] && !ms.some((m) => m.family === 'BULLETS' && m.arg === 'WEAK' && m.start <= k && k < m.end)) || t.kind[k] !== TK_WORD) continue;
        if (isShare(t, k)) continue;
        let v = leadingCount(t, k);
        if (v < 0) v = r.numbers.get(t.hash[k]) ?? 0;
        if (v < 1 || v > MAX_SYMBOL_BULLETS) continue;
        for (let j = k + 1; j < e && j - k <= LIST_NOUN_REACH; j++) {
          if (t.kind[j] === TK_WORD && LIST_NOUN.has(t.hash[j])) return v;
          if (t.kind[j] !== TK_WORD && !isPunct(t, j, B_DASH)) break;
        }
        if (inAll(t, k + 1, e)) return v;
      }
    }
    a = e + 1;
  }
  return 0;
}
