// Readings that make the detector follow a person's list labels and second thoughts (docs/format.md §6.4 steps 0
// and 2b; responder_version 6), mirrored by c/skills/respond/eg_ifr_corrections.c:
// - dropListLabels: "1) exactly 4 bullet points 2) all lowercase" loses its labels "1)" and "2)", which are not counts;
// - retractCorrections: a self-correction ("use 'umbrella' exactly... well, at least twice", "5 bullets, actually
//   no, 4 bullets") drops the retracted words and the marker from the tokens before any pattern runs, so the
//   patterns read "use 'umbrella' at least twice" and "4 bullets";
// - followUpCounts: a bare relation and number after a count ("about 60 words, so keep it under 60") restates
//   that count's limit; the later statement wins.
import type { Detector, Match } from './match.ts';
import { TK_NL, TK_PUNCT, TK_WORD, hashOf, isBoundary, type Tokens } from './tokenize.ts';
import type { Family, RelKind } from './tables.ts';

/** Most marker words in one correction ("or, I mean"). */
const MAX_MARKER_WORDS = 4;
/** How far back (tokens, same sentence) the retracted words may start. */
const MAX_RETRACT = 12;

/** True when token i is punctuation whose (normalised ASCII) byte is one of `marks`. */
const punctIn = (t: Tokens, i: number, marks: string): boolean => t.kind[i] === TK_PUNCT && marks.includes(String.fromCharCode(t.byte[i]));
/** Before a correction marker, after it, and before a follow-up ("(" is an aside there, ":" a label's value). */
const MARK_BEFORE = ',.-;:(';
const MARK_AFTER = ',.-:';
const FOLLOW_AFTER = ',;-.';

type Kind = 'REL' | 'NUM' | 'QUOTE';

/** What the corrected words at token i are: a relation phrase, a number or a quoted string (or null). */
function kindAt(det: Detector, t: Tokens, i: number): Kind | null {
  if (i >= t.n) return null;
  if (det.relationAt(t, i)) return 'REL';
  if (!det.r.sets.CORR.has(t.hash[i]) && det.numberAt(t, i)) return 'NUM';
  if (det.quoteAt(t, i)) return 'QUOTE';
  return null;
}

/** Removes tokens [a, b) in place. */
function cut(t: Tokens, a: number, b: number): void {
  const d = b - a;
  for (let k = b; k < t.n; k++) {
    t.kind[k - d] = t.kind[k];
    t.start[k - d] = t.start[k];
    t.end[k - d] = t.end[k];
    t.hash[k - d] = t.hash[k];
    t.byte[k - d] = t.byte[k];
  }
  // The entries past the end read as the zero token, as after tokenize (and in C).
  for (let k = t.n - d; k < t.n; k++) {
    t.kind[k] = 0;
    t.start[k] = 0;
    t.end[k] = 0;
    t.hash[k] = 0;
    t.byte[k] = 0;
  }
  t.n -= d;
}

/** Tokens [j, lEnd) (a number) become tokens [e, rEnd) (the number that corrects it), the words [lEnd, p) after
 * it stay, and everything up to rEnd goes: the tokens keep their byte spans, so the new number's span now comes
 * before its words' spans. */
function replaceNumber(t: Tokens, j: number, lEnd: number, p: number, e: number, rEnd: number): void {
  const take = (a: number, b: number) => {
    const out: Array<[number, number, number, number, number]> = [];
    for (let k = a; k < b; k++) out.push([t.kind[k], t.start[k], t.end[k], t.hash[k], t.byte[k]]);
    return out;
  };
  const moved = [...take(e, rEnd), ...take(lEnd, p)];
  moved.forEach(([kind, s, en, h, by], k) => {
    t.kind[j + k] = kind;
    t.start[j + k] = s;
    t.end[j + k] = en;
    t.hash[j + k] = h;
    t.byte[j + k] = by;
  });
  cut(t, j + moved.length, rEnd);
}

/**
 * A correction marker starts at word i when a comma, dash, dots, semicolon, colon or parenthesis precedes it and
 * up to MAX_MARKER_WORDS words of CORR/CORR_FILL follow (commas between them allowed, at least one CORR word,
 * none starting a relation phrase: "no more than" is not a marker), then a comma, dash, colon or dots, or the
 * last word is one of CORR_END. Returns the first token after the marker and its punctuation, or -1.
 */
function markerEnd(det: Detector, t: Tokens, i: number): number {
  const s = det.r.sets;
  if (i === 0 || !punctIn(t, i - 1, MARK_BEFORE)) return -1;
  let k = i;
  let words = 0;
  let strong = false;
  while (k < t.n && words < MAX_MARKER_WORDS) {
    if (t.kind[k] === TK_WORD && (s.CORR.has(t.hash[k]) || s.CORR_FILL.has(t.hash[k]))) {
      if (det.relationAt(t, k)) break;
      if (s.CORR.has(t.hash[k])) strong = true;
      words++;
      k++;
    } else if (words > 0 && t.kind[k] === TK_PUNCT && t.byte[k] === 0x2c && k + 1 < t.n && t.kind[k + 1] === TK_WORD &&
      (s.CORR.has(t.hash[k + 1]) || s.CORR_FILL.has(t.hash[k + 1]))) k++;
    else break;
  }
  if (!strong) return -1;
  let e = k;
  while (e < t.n && e - k < 3 && punctIn(t, e, MARK_AFTER)) e++;
  // Version 20: with no punctuation after it, the marker stands when the corrected count follows right away ("twice,
  // actually three times at least").
  if (e === k && !s.CORR_END.has(t.hash[k - 1]) && kindAt(det, t, k) !== 'NUM') return -1;
  return e;
}

/** Most unit words between a count and a relation written after it ("four sentences max"). */
const POSTFIX_UNIT_WORDS = 2;

/** The first token of a number that ends 1..POSTFIX_UNIT_WORDS word tokens before token j (the unit words between its
 * end and j), with only words between it and j and no boundary, else -1: the count of a relation written after it;
 * a number in several words from its first ("twenty five sentences max"). */
function countBefore(det: Detector, t: Tokens, j: number): number {
  for (let k = j - 1; k >= 0 && j - k <= POSTFIX_UNIT_WORDS + 1 && t.kind[k] === TK_WORD && !isBoundary(t, k); k--) {
    const end = numberEnd(det, t, k);
    if (end > k && end < j) return numberStart(det, t, k, end);
  }
  return -1;
}

/** The end of the number read at token k, else -1. */
const numberEnd = (det: Detector, t: Tokens, k: number): number => det.numberAt(t, k)?.end ?? -1;

/** The first word of the number that ends at `end` and is read at token k ("twenty five": from "twenty"). */
function numberStart(det: Detector, t: Tokens, k: number, end: number): number {
  while (k > 0 && !isBoundary(t, k - 1) && numberEnd(det, t, k - 1) === end) k--;
  return k;
}

/** For a relation phrase at token e followed by a number and a word (its unit), the first token of the nearest number
 * before p in the same sentence (at most MAX_RETRACT tokens back; from its first word) followed by that same word,
 * else -1. */
function bareCountBefore(det: Detector, t: Tokens, p: number, e: number): number {
  const rNum = kindEnd(det, t, e, 'REL');
  const rEnd = numberEnd(det, t, rNum);
  if (rEnd <= rNum || rEnd >= t.n) return -1;
  for (let k = p - 1; k >= 0 && p - k <= MAX_RETRACT && !isBoundary(t, k); k--) {
    const end = numberEnd(det, t, k);
    if (end > k && end < p && t.kind[end] === TK_WORD && t.hash[end] === t.hash[rEnd]) return numberStart(det, t, k, end);
  }
  return -1;
}

/** The end of the words of `kind` that start at token j (a relation phrase, a number, a quoted string). */
function kindEnd(det: Detector, t: Tokens, j: number, kind: Kind): number {
  if (kind === 'REL') return det.relationAt(t, j)?.end ?? j;
  if (kind === 'NUM') return det.numberAt(t, j)?.end ?? j;
  let k = j + 1;
  while (k < t.n && !(t.kind[k] === TK_PUNCT && t.byte[k] === t.byte[j])) k++;
  return Math.min(k + 1, t.n);
}

/**
 * Drops each self-correction from the tokens (step 1b). With a marker: the last words of the corrected kind before
 * it in the same sentence and the marker go ("exactly... well, at least twice" -> "at least twice"; "5 bullets,
 * actually no, 4 bullets" -> "4 bullets") when the correction restates what follows them (nothing follows, or the
 * same word follows both numbers: "at least two times... or rather, at least 3 times"); else only the marker words go and the correction stays a follow-up ("above 150 words, I
 * mean at least 150" -> "above 150 words, at least 150", step 2b). Without a marker: a relation phrase that trails
 * off in dots or a dash into another one is dropped ("a maximum of... no more than twice").
 */
export function retractCorrections(det: Detector, t: Tokens): void {
  let i = 1;
  while (i < t.n) {
    if (t.kind[i] !== TK_WORD) {
      i++;
      continue;
    }
    // The punctuation run before word i ("...", ", ").
    let p = i;
    while (p > 0 && punctIn(t, p - 1, MARK_BEFORE)) p--;
    if (p === i) {
      i++;
      continue;
    }
    const e = markerEnd(det, t, i);
    if (e < 0) {
      // A trailing-off: two dots or more, the ellipsis character, or a dash (one "." ends a sentence).
      let nDots = 0;
      let dots = false;
      for (let q = p; q < i; q++) {
        if (t.byte[q] === 0x2e) nDots += t.end[q] - t.start[q] === 3 ? 2 : 1;
        if (t.byte[q] === 0x2d) dots = true;
      }
      if (nDots >= 2) dots = true;
      let j = -1;
      if (dots && det.relationAt(t, i)) for (let k = p - 1; k >= 0 && p - k <= 4 && j < 0; k--) if (det.relationAt(t, k)?.end === p) j = k;
      if (j >= 0) {
        cut(t, j, i);
        i = j + 1;
      } else i++;
      continue;
    }
    const kind = kindAt(det, t, e);
    let j = -1;
    if (kind) {
      for (let k = p - 1; k >= 0 && p - k <= MAX_RETRACT && !isBoundary(t, k); k--) {
        if (kindAt(det, t, k) === kind && kindEnd(det, t, k, kind) <= p) {
          j = k;
          break;
        }
      }
    }
    // A count with no relation corrected by one with a relation and the same unit ("four sentences, no wait, a maximum
    // of three sentences"): the count goes (version 19).
    if (j < 0 && kind === 'REL') {
      const k = bareCountBefore(det, t, p, e);
      if (k >= 0) {
        cut(t, k, e);
        i = k + 1;
        continue;
      }
    }
    if (j < 0) {
      i++;
      continue;
    }
    // A number spelled in several words ("two hundred"): from its first word.
    if (kind === 'NUM') while (j > 0 && p - j < MAX_RETRACT && !isBoundary(t, j - 1) && (det.numberAt(t, j - 1)?.end ?? 0) > j) j--;
    // A relation written after its count ("four sentences max, no wait, a maximum of three sentences"): the count goes
    // with it, and the words after its number are the unit compared (version 19).
    const post = kind === 'REL' ? countBefore(det, t, j) : -1;
    // What follows each side's words (past the number after a relation phrase): the same word means the same unit.
    let lEnd = post >= 0 ? det.numberAt(t, post)!.end : kindEnd(det, t, j, kind!);
    let rEnd = kindEnd(det, t, e, kind!);
    if (kind === 'REL') {
      if (post < 0) lEnd = det.numberAt(t, lEnd)?.end ?? lEnd;
      rEnd = det.numberAt(t, rEnd)?.end ?? rEnd;
    }
    if (post >= 0) j = post;
    if (lEnd >= p || (kind !== 'QUOTE' && rEnd < t.n && lEnd < p && t.kind[lEnd] === TK_WORD && t.hash[rEnd] === t.hash[lEnd])) {
      cut(t, j, e);
      i = j + 1;
    } else if ((kind === 'NUM' || (kind === 'REL' && post < 0)) && t.kind[lEnd] === TK_WORD && (rEnd >= t.n || t.kind[rEnd] !== TK_WORD || !det.r.sets.NUM_UNIT.has(t.hash[rEnd]))) {
      // A bare number ("4 paragraphs, no wait, 5:", "5 bullets, actually, make it 7,") takes the retracted one's place
      // before its words: "5 paragraphs:", "7 bullets,"; so does a number followed by a word that is no unit, and (version
      // 21) a relation and its number ("five paragraphs... no, four is plenty", "About 100 words... no, at least 200,").
      replaceNumber(t, j, lEnd, p, e, rEnd);
      i = j + 1;
    } else {
      cut(t, i, e);
      i++;
    }
  }
}

const ONCE = hashOf('once');
const TWICE = hashOf('twice');
const THRICE = hashOf('thrice');


const isDigits2 = (t: Tokens, i: number): boolean => {
  if (t.kind[i] !== TK_WORD || t.end[i] - t.start[i] > 2) return false;
  for (let k = t.start[i]; k < t.end[i]; k++) if (t.bytes[k] < 0x30 || t.bytes[k] > 0x39) return false;
  return true;
};

/**
 * Step 0 (before the self-corrections): the labels of an enumerated list are not counts. A number of one or two
 * digits followed by ")" with no "(" open on its line before it ("Requirements: 1) exactly 4 bullet points 2) all
 * lowercase"), or followed by "." or ")" at the start of a line and then a word ("1. Use 3 paragraphs"), is dropped
 * with its mark; so is "(1)" at the start of a line before a word (version 11). The dot of an abbreviated relation
 * before a number or a lowercase word ("min. 5 sentences", "max. three paras") is not a sentence end and goes too
 * (version 11).
 */
export function dropListLabels(t: Tokens): void {
  let depth = 0;
  let i = 0;
  while (i < t.n) {
    if (t.kind[i] === TK_NL) depth = 0;
    else if (t.kind[i] === TK_PUNCT && t.byte[i] === 0x28) {
      // "(1) exactly 4 bullets": a parenthesised label at a line start.
      if ((i === 0 || t.kind[i - 1] === TK_NL) && isDigits2(t, i + 1) && i + 3 < t.n && t.kind[i + 2] === TK_PUNCT && t.byte[i + 2] === 0x29 && t.kind[i + 3] === TK_WORD) {
        cut(t, i, i + 3);
        continue;
      }
      depth++;
    }
    else if (t.kind[i] === TK_PUNCT && t.byte[i] === 0x29 && depth > 0) depth--;
    else if (isDigits2(t, i) && i + 1 < t.n && t.kind[i + 1] === TK_PUNCT) {
      const mark = t.byte[i + 1];
      const lineStart = i === 0 || t.kind[i - 1] === TK_NL;
      if ((mark === 0x29 && depth === 0) || (lineStart && (mark === 0x2e || mark === 0x29) && i + 2 < t.n && t.kind[i + 2] === TK_WORD)) {
        cut(t, i, i + 2);
        continue;
      }
    }
    else if (t.kind[i] === TK_PUNCT && t.byte[i] === 0x2e && i > 0 && t.kind[i - 1] === TK_WORD && ABBREVIATED.has(t.hash[i - 1]) && i + 1 < t.n && t.kind[i + 1] === TK_WORD && startsLowOrDigit(t, i + 1)) {
      cut(t, i, i + 1);
      continue;
    }
    i++;
  }
}

/** Relation words people abbreviate with a dot (the spelling step has made "approx" "approximately"). */
const ABBREVIATED: ReadonlySet<number> = new Set([hashOf('min'), hashOf('max'), hashOf('approximately'), hashOf('ca')]);
const startsLowOrDigit = (t: Tokens, i: number): boolean => {
  const b = t.bytes[t.start[i]];
  return (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7a);
};

/** Families whose count a bare follow-up restates. */
const FOLLOW_FAMILIES: ReadonlySet<Family> = new Set(['WORDS', 'SENTS', 'CAPFREQ', 'KWFREQ', 'LETTER']);

/**
 * Step 2b: an unclaimed relation phrase and number, or a number with a postfix relation ("3 or more"), that nothing
 * after names the unit of ("keep it under 60.", ", max 60 please", "— 3 or more."), after , ; - . or a KW_LEAD word ("it", "to", "so", "and"), restates the nearest earlier
 * count match of those families in the same or the previous sentence (a once/twice/thrice only a KWFREQ or LETTER one): its relation and number become the
 * follow-up's, and the follow-up's tokens are claimed.
 */
export function followUpCounts(det: Detector, t: Tokens, claimed: Uint8Array, ms: Match[]): void {
  const s = det.r.sets;
  for (let i = 1; i < t.n; i++) {
    if (claimed[i]) continue;
    if (!punctIn(t, i - 1, FOLLOW_AFTER) && !(t.kind[i - 1] === TK_WORD && s.KW_LEAD.has(t.hash[i - 1]))) continue;
    // A relation phrase and a number, or a number with its own relation ("— 3 or more.": an EQ phrase of no tokens).
    let rel = det.relationAt(t, i);
    if (!rel && (det.numberAt(t, i)?.postRel ?? 'NONE') !== 'NONE') rel = { end: i, rel: 'EQ' };
    if (!rel || rel.rel === 'NONE') continue;
    const num = det.numberAt(t, rel.end);
    if (!num) continue;
    const k = num.end;
    if (k < t.n && t.kind[k] === TK_WORD && !s.KW_LEAD.has(t.hash[k])) continue;
    // "384,000": a thousands separator, not the end of the count.
    if (k + 1 < t.n && t.kind[k] === TK_PUNCT && t.byte[k] === 0x2c && t.kind[k + 1] === TK_WORD && t.end[k + 1] - t.start[k + 1] === 3 && det.numberAt(t, k + 1)) continue;
    let free = true;
    for (let q = i; q < k; q++) if (claimed[q]) free = false;
    if (!free) continue;
    let best: Match | null = null;
    // The match may have had no number ("a few words in all caps — 3 or more"): the follow-up gives it one.
    for (const m of ms) if (FOLLOW_FAMILIES.has(m.family) && m.end <= i && (!best || m.end > best.end)) best = m;
    // "at least once" counts a word or a letter, never words or sentences.
    const times = t.hash[rel.end] === ONCE || t.hash[rel.end] === TWICE || t.hash[rel.end] === THRICE;
    if (!best || (times && best.family !== 'KWFREQ' && best.family !== 'LETTER')) continue;
    // Between them: at most one sentence break, no other number and no other unit ("5 years of experience, and more
    // than 10", "keep each sentence short — under 20" talk about something else).
    let bounds = 0;
    let other = false;
    for (let q = best.end; q < i; q++) {
      if (isBoundary(t, q)) bounds++;
      if (t.kind[q] === TK_WORD && (s.NUM_UNIT.has(t.hash[q]) || det.numberAt(t, q))) other = true;
    }
    if (bounds > 1 || other) continue;
    let r: RelKind = rel.rel;
    if (num.postRel === 'RANGE' || (num.postRel !== 'NONE' && r === 'EQ')) r = num.postRel;
    best.rel = r;
    best.hasNum = true;
    best.n = num.n;
    best.n2 = num.n2;
    for (let q = i; q < k; q++) claimed[q] = 1;
    i = k - 1;
  }
}
