// Steps 2c to 2f of detection (docs/format.md §6.4; responder_versions 7 and 8), mirrored by c/skills/respond/eg_ifr_scope.c:
// the reach of a negation and of a loose relation word, read around each match instead of spelled into patterns.
// A segment is the stretch of tokens between , ; : ( ) a sentence end or a SEG_JOIN word ("and", "but"), never
// inside quotes. Within a match's segment:
// - negation parity: NEG_CUE words (and a NEG_OUT verb + "out") that no other match claimed; an odd count negates.
//   A required keyword becomes a forbidden one ("I'd rather the word 'loss' didn't appear", "leave out the words
//   'journey' and 'humbled'"), a letter or keyword count flips its relation ("the letter x mustn't appear even
//   once"), a keyword count without a relation phrase becomes an upper limit ("don't use 'very' 3 times").
//   "Don't forget to mention" and "don't leave out" count two negations.
//   A negation right before a relation word ("no more than") belongs to that relation, not to the segment.
// - loose relation words: a count read without a relation ("stay beneath 150 words", "40 words at the very most",
//   "somewhere north of 10 sentences") takes the nearest CUE_LT/LE/GT/GE word next to it, past CUE_FILL words, and
//   its own negation turns it round ("it mustn't exceed 180 words").
// - (version 8) a bound a pattern read, or a case, turns round when a negation stands just before the match ("it
//   shouldn't be fewer than 7 sentences", "nothing above 90 words", "no small letters in it").
// Then (version 8) a `***` divider's sentence gives the part count ("three blocks of text", step 2e), and a word count
// in a segment that names capitals counts capitalised words (step 2f); (version 12) a count read without a bound takes
// the bound its sentence restates ("50 words, so nothing past 50", step 2g); (version 19) a count the words after it
// call too many or too few is a limit ("50 words is too many", step 2h).
import type { Detector, Match } from './match.ts';
import type { RelKind, Family } from './tables.ts';
import { TK_NL, TK_PUNCT, TK_WORD, decodeAsIs, hashOf, isBoundary, quotedTokens, sentenceEnd, sentenceStart, type Tokens } from './tokenize.ts';

/** How far (tokens) before a match a negation of its bound or its case may stand (negatedBefore). */
const NEG_REACH = 4;
/** How far (tokens) a loose relation word may stand from its count. */
const CUE_REACH = 4;
/** Families whose count may take a loose relation word. */
const LOOSE: ReadonlySet<Family> = new Set(['WORDS', 'SENTS', 'CAPFREQ', 'KWFREQ', 'LETTER']);
/** Families a negation inside their own match also reaches (their patterns hold no negation of their own). */
const INNER: ReadonlySet<Family> = new Set(['KEYWORDS', 'LETTER', 'KWFREQ']);
/** Families whose bound, when a pattern read it, a negation before the match flips. */
const BOUNDED: ReadonlySet<Family> = new Set(['WORDS', 'SENTS', 'CAPFREQ']);
/** Case families a negation before the match turns into the other case. */
const CASE: ReadonlySet<Family> = new Set(['UPPER', 'LOWER']);

type Sets = Detector['r']['sets'];

const OUT = hashOf('out');
const TOO = hashOf('too');
const WORD = hashOf('word');
const WORDS = hashOf('words');
const BET = hashOf('bet');
const BETS = hashOf('bets');
const OR = hashOf('or');

/** The relation a loose relation word at token i gives, or null. */
function cueAt(s: Sets, t: Tokens, i: number): RelKind | null {
  if (i < 0 || i >= t.n || t.kind[i] !== TK_WORD) return null;
  const h = t.hash[i];
  if (s.CUE_LT.has(h)) return 'LT';
  if (s.CUE_LE.has(h)) return 'LE';
  if (s.CUE_GT.has(h)) return 'GT';
  if (s.CUE_GE.has(h)) return 'GE';
  return null;
}

/** "or" then a greater-than or less-than word at token i ("15 times or more", "five or under"): the inclusive
 * relation, GE or LE (version 18); else null. */
function orBound(s: Sets, t: Tokens, i: number): RelKind | null {
  if (i + 1 >= t.n || t.kind[i] !== TK_WORD || t.hash[i] !== OR) return null;
  const r = cueAt(s, t, i + 1);
  return r === 'GT' ? 'GE' : r === 'LT' ? 'LE' : null;
}

/** The opposite relation: what "not" + the relation means over whole numbers. */
export function flip(r: RelKind): RelKind {
  switch (r) {
    case 'GE':
      return 'LT';
    case 'GT':
      return 'LE';
    case 'LT':
      return 'GE';
    case 'LE':
      return 'GT';
    default:
      return r;
  }
}

/** Per token: 1 when a match covers it (matches never overlap: each claims its tokens). */
function coveredTokens(t: Tokens, ms: Match[]): Uint8Array {
  const c = new Uint8Array(t.n);
  for (const m of ms) for (let i = m.start; i < m.end && i < t.n; i++) c[i] = 1;
  return c;
}

/** True when token i ends a segment (see the header). */
function isEdge(s: Sets, t: Tokens, quoted: Uint8Array, i: number): boolean {
  if (quoted[i]) return false;
  if (isBoundary(t, i)) return true;
  if (t.kind[i] === TK_PUNCT) {
    const b = t.byte[i];
    return b === 0x2c || b === 0x3a || b === 0x28 || b === 0x29;
  }
  if (t.kind[i] !== TK_WORD) return false;
  // "or" before a subject opens a consequence ("stay inside 25 words or it won't be readable", version 19): its
  // negation is the penalty's, not the limit's.
  if (t.hash[i] === OR && i + 1 < t.n && !quoted[i + 1] && t.kind[i + 1] === TK_WORD && SUBJECTS.has(t.hash[i + 1])) return true;
  return s.SEG_JOIN.has(t.hash[i]);
}

/** True when token i is a negation word (NEG_CUE, or "out" after a NEG_OUT verb), wherever it stands. */
function isNegWord(s: Sets, t: Tokens, i: number): boolean {
  if (t.kind[i] !== TK_WORD) return false;
  // A prefix joined by a hyphen is part of a compound, not a negation ("non-negotiable", "no-nonsense"); so is one
  // joined by an underscore (version 17: a key "no_show").
  if (i + 1 < t.n && t.kind[i + 1] === TK_PUNCT && (t.byte[i + 1] === 0x2d || t.byte[i + 1] === 0x5f) && t.start[i + 1] === t.end[i]) return false;
  const h = t.hash[i];
  return s.NEG_CUE.has(h) || (h === OUT && i > 0 && t.kind[i - 1] === TK_WORD && s.NEG_OUT.has(t.hash[i - 1]));
}

/** How far (tokens) before a negation a "bet" may stand and make it a challenge (betChallenge). */
const BET_REACH = 3;

/** True when a "bet" or "bets" word stands within BET_REACH tokens before token i, all of them words: "my brother
 * bet me I can't get it under 30 e's", "he bets it won't have 25 k's" dare the reader to do it, so the negation is
 * the bettor's doubt, not a limit (responder_version 17). */
function betChallenge(t: Tokens, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - BET_REACH && t.kind[k] === TK_WORD; k--) if (t.hash[k] === BET || t.hash[k] === BETS) return true;
  return false;
}

/** True when token i is a negation that is not the start of a relation (see isNegWord) nor a bettor's doubt. */
function isNegation(s: Sets, t: Tokens, i: number): boolean {
  if (!isNegWord(s, t, i) || betChallenge(t, i)) return false;
  // "no more than", "not over", "don't go beyond": the negation is the relation's (one filler word allowed between).
  if (cueAt(s, t, i + 1)) return false;
  return !(i + 2 < t.n && t.kind[i + 1] === TK_WORD && s.CUE_FILL.has(t.hash[i + 1]) && cueAt(s, t, i + 2));
}

/** True when the loose relation word at token j has its own negation right before it, one CUE_FILL word allowed
 * between ("mustn't exceed", "should not go over", "nothing above"): the negation isNegation left to the relation. */
function negatedCue(s: Sets, t: Tokens, covered: Uint8Array, quoted: Uint8Array, lo: number, j: number): boolean {
  let i = j - 1;
  if (i >= lo && t.kind[i] === TK_WORD && s.CUE_FILL.has(t.hash[i]) && !isNegWord(s, t, i)) i--;
  return i >= lo && !covered[i] && !quoted[i] && isNegWord(s, t, i);
}

/**
 * True when an odd number of negations stand in the NEG_REACH tokens before a match at `start` (within its segment
 * from `lo`, not claimed by a match, not quoted). The reach is short because unpunctuated text runs many requests
 * into one segment ("no screens in the bedroom write it in all capital letters"); a negation before "too" hedges
 * rather than negates ("not too long, fewer than 120 words").
 */
function negatedBefore(s: Sets, t: Tokens, covered: Uint8Array, quoted: Uint8Array, lo: number, start: number): boolean {
  let n = 0;
  for (let i = Math.max(lo, start - NEG_REACH); i < start; i++) {
    if (covered[i] || quoted[i] || !isNegWord(s, t, i) || betChallenge(t, i)) continue;
    if (i + 1 < t.n && t.kind[i + 1] === TK_WORD && t.hash[i + 1] === TOO) continue;
    n++;
  }
  return (n & 1) === 1;
}

/** The position of the loose relation word next to the match [a, b) within the segment [lo, hi): before it, then
 * after it (there also an "or" that orBound reads); -1 when there is none. */
function looseRelation(s: Sets, t: Tokens, covered: Uint8Array, lo: number, hi: number, a: number, b: number): number {
  for (let j = a - 1, k = 0; j >= lo && k < CUE_REACH; j--, k++) {
    if (covered[j]) break;
    if (cueAt(s, t, j)) return j;
    if (t.kind[j] !== TK_WORD || !s.CUE_FILL.has(t.hash[j])) break;
  }
  for (let j = b, k = 0; j < hi && k < CUE_REACH; j++, k++) {
    if (covered[j]) break;
    if (cueAt(s, t, j)) return j;
    if (j + 1 < hi && !covered[j + 1] && orBound(s, t, j)) return j;
    if (t.kind[j] !== TK_WORD || !s.CUE_FILL.has(t.hash[j])) break;
  }
  return -1;
}

/** Steps 2c, 2d, 2e and 2f over the matches, in place; which tokens are quoted or covered is worked out once for all
 * four (coverage as before step 2c: a match that a step renames or appends does not change it). */
export function readScope(det: Detector, t: Tokens, ms: Match[]): void {
  const quoted = quotedTokens(t);
  const covered = coveredTokens(t, ms);
  scopeMatches(det, t, ms, quoted, covered);
  asteriskHighlights(det, t, ms, quoted, covered);
  dividerCount(det, t, ms, quoted, covered);
  capitalCounts(det, t, ms, quoted, covered);
  restatedBounds(det, t, ms, quoted, covered);
  tooBounds(t, ms, quoted, covered);
  limitBounds(det, t, ms, quoted);
  subjectCounts(det, t, ms, quoted, covered);
  commaBans(det, t, ms, quoted);
}

const H_COMMA = new Set([hashOf('comma'), hashOf('commas')]);
/** After a negation, what stands for the commas named before it ("avoid them", "not one", "can't have any"). */
const H_ANY = hashOf('any');
/** Before a comma word, words that ask for commas ("with commas", "use a comma"). */
const COMMA_USE = new Set([hashOf('with'), hashOf('by'), hashOf('using'), hashOf('use'), hashOf('a'), hashOf('an')]);
/** Verbs between the negation and that word ("can't have any", "don't use them"). */
const COMMA_VERB = new Set([hashOf('use'), hashOf('have'), hashOf('include'), hashOf('put'), hashOf('want'), hashOf('need'), hashOf('be')]);
/** Version 22: a modal between the negation and the verb ("so neither can have any"), and "neither" as the negation. */
const COMMA_MODAL = new Set([hashOf('can'), hashOf('could'), hashOf('must'), hashOf('should'), hashOf('will'), hashOf('may')]);
const H_NEITHER = hashOf('neither');
const H_A = hashOf('a');
const H_SINGLE = hashOf('single');
const H_NONE = hashOf('none');
const H_OFF = hashOf('off');
const H_TABLE = hashOf('table');
const H_THE = hashOf('the');

/**
 * Step 2k (version 21): commas named in a sentence and ruled out later in it by words that refer back to them, when no
 * NOCOMMA match was read: after a "comma" / "commas" word outside quotes and not after a COMMA_USE word, a NEG_CUE word
 * followed by "them", or by "one" / "any" / "a single (one)" closing their clause (or by a COMMA_VERB and "them", "one"
 * or "any"), the word "none", or "off the table" ("turns commas into
 * odd characters, so the card can't have any", "splits on commas, so avoid them entirely", "Commas look wrong in that
 * font, so not one", "commas always blot, so the text must manage without a single one", "Commas are off the table").
 * It appends a NOCOMMA match over the comma word.
 */
/** Token i is a full stop touching another one (an ellipsis written as dots). */
function isDots(t: Tokens, i: number): boolean {
  const dot = (k: number) => k >= 0 && k < t.n && t.kind[k] === TK_PUNCT && t.byte[k] === 0x2e;
  return dot(i) && ((dot(i + 1) && t.end[i] === t.start[i + 1]) || (dot(i - 1) && t.end[i - 1] === t.start[i]));
}

function commaBans(det: Detector, t: Tokens, ms: Match[], quoted: Uint8Array): void {
  if (ms.some((m) => m.family === 'NOCOMMA')) return;
  const s = det.r.sets;
  const word = (k: number, set: Set<number>) => k < t.n && t.kind[k] === TK_WORD && set.has(t.hash[k]);
  const is = (k: number, h: number) => k < t.n && t.kind[k] === TK_WORD && t.hash[k] === h;
  const closes = (k: number) => k >= t.n || t.kind[k] !== TK_WORD;
  const backAt = (k: number) => is(k, H_THEM) || ((is(k, H_ONE) || is(k, H_ANY)) && closes(k + 1));
  for (let c = 0; c < t.n; c++) {
    // Commas asked for are no ban's ("Separate the keywords with commas, and don't use any hashtags").
    if (quoted[c] || !word(c, H_COMMA) || (c > 0 && word(c - 1, COMMA_USE))) continue;
    // The sentence, read on past dots that trail off ("Keep the commas to a minimum... actually no, none at all.").
    let e = sentenceEnd(t, c);
    while (e + 1 < t.n && isDots(t, e)) e = sentenceEnd(t, e + 1);
    for (let j = c + 1; j < e; j++) {
      if (quoted[j] || t.kind[j] !== TK_WORD) continue;
      const neg = s.NEG_CUE.has(t.hash[j]) || t.hash[j] === H_NEITHER;
      // "them" may go on ("avoid them entirely"); "one", "any" and "a single (one)" close their clause ("not one.", "can't
      // have any."; not "don't include any emojis"). Version 22: after a modal, and "a single" after the verb too ("so
      // there can't be a single one", "so neither can have any").
      const m = word(j + 1, COMMA_MODAL) ? j + 2 : j + 1;
      const v = word(m, COMMA_VERB) ? m + 1 : m;
      const back = neg && (backAt(m) || backAt(v) || (is(v, H_A) && is(v + 1, H_SINGLE) && (is(v + 2, H_ONE) ? closes(v + 3) : closes(v + 2))));
      if (back || t.hash[j] === H_NONE || (t.hash[j] === H_OFF && is(j + 1, H_THE) && is(j + 2, H_TABLE))) {
        ms.push({ family: 'NOCOMMA', arg: null, rel: 'NONE', n: 0, n2: 0, hasNum: false, strs: [], lang: null, start: c, end: c + 1 });
        return;
      }
    }
  }
}

/** After a count, words that name it the most allowed (LE) or the least (GE) (step 2j). */
const LIMIT_UP = new Set([hashOf('limit'), hashOf('ceiling'), hashOf('cap'), hashOf('max'), hashOf('maximum')]);
const LIMIT_DOWN = new Set([hashOf('minimum'), hashOf('floor')]);
const H_NO = hashOf('no');
const H_NOT = hashOf('not');
const H_ONE = hashOf('one');
const H_MORE = hashOf('more');
/** Words that end step 2j's reading: a topic's preposition, or a word named as counted. */
const LIMIT_STOP = new Set([hashOf('about'), hashOf('on'), hashOf('of'), hashOf('for'), hashOf('word'), hashOf('words')]);
/** How far (tokens) after a count step 2j looks. */
const LIMIT_REACH = 12;

/**
 * Step 2j (version 21): a count read without a bound, or as exact (APPROX, NONE or EQ), that its sentence then names
 * as the limit: within LIMIT_REACH tokens after the match, before the sentence ends or another number of a different
 * value or a LIMIT_STOP word, outside quotes, a LIMIT_UP word that closes its clause (no word token after it) makes it at most the count ("seventy-nine words, so that's the limit", "so
 * seven is the ceiling", "99 words is my limit"), a LIMIT_DOWN word at least the count ("150 words, that's the
 * minimum"), and "no more" or "not one more" closing their clause (the end, punctuation or a line break after "more")
 * at most the count ("room for 49 words and not one more", "two fully capitalised words, no more").
 */
function limitBounds(det: Detector, t: Tokens, ms: Match[], quoted: Uint8Array): void {
  for (const m of ms) {
    if (!LOOSE.has(m.family) || !m.hasNum || (m.rel !== 'APPROX' && m.rel !== 'NONE' && m.rel !== 'EQ')) continue;
    const stop = Math.min(sentenceEnd(t, m.end), m.end + LIMIT_REACH);
    for (let j = m.end; j < stop; j++) {
      if (quoted[j] || t.kind[j] !== TK_WORD) continue;
      const h = t.hash[j];
      // A topic or another counted word ends the reading ("100 words about the debt ceiling", "the word cat 3 times,
      // and the word dog, no more").
      if (LIMIT_STOP.has(h)) break;
      // Another number of a different value ends it too (only digits and RNUM words can start one: numberAt is dear).
      const b0 = t.bytes[t.start[j]];
      if ((b0 >= 0x30 && b0 <= 0x39) || det.r.numbers.has(h)) {
        const num = det.numberAt(t, j);
        if (num && num.n !== m.n) break;
      }
      // The limit word closes its clause ("so that's the limit.", "seven is the ceiling"; not "the speed limit on ..."),
      // or ends a compound ("a 300-word-minimum piece").
      const closes = j + 1 >= t.n || t.kind[j + 1] !== TK_WORD || (t.kind[j - 1] === TK_PUNCT && t.byte[j - 1] === 0x2d && t.end[j - 1] === t.start[j]);
      let rel: RelKind | null = !closes ? null : LIMIT_UP.has(h) ? 'LE' : LIMIT_DOWN.has(h) ? 'GE' : null;
      if (!rel && (h === H_NO || h === H_NOT)) {
        const k = j + 1 < t.n && t.kind[j + 1] === TK_WORD && t.hash[j + 1] === H_ONE ? j + 2 : j + 1;
        if (k < t.n && t.kind[k] === TK_WORD && t.hash[k] === H_MORE && (k + 1 >= t.n || t.kind[k + 1] !== TK_WORD)) rel = 'LE';
      }
      if (rel) {
        m.rel = rel;
        break;
      }
    }
  }
}

/** Words that may stand between a count and its "too many" verdict (step 2h): copulas and degree words. */
const TOO_FILL = new Set([hashOf('is'), hashOf('are'), hashOf('was'), hashOf('would'), hashOf('will'), hashOf('be'), hashOf('already'), hashOf('way'), hashOf('far'), hashOf('much'), hashOf('just'), hashOf('probably')]);
/** Most TOO_FILL words between a count and "too". */
const TOO_REACH = 4;
/** After "too": the count is an upper limit it must stay under (UP) or a lower one it must pass (DOWN). */
const TOO_UP = new Set([hashOf('many'), hashOf('long'), hashOf('much'), hashOf('wordy')]);
const TOO_DOWN = new Set([hashOf('short'), hashOf('few'), hashOf('little')]);

/**
 * Step 2h (version 19): a count the words right after it call too many or too few ("50 words is too many", "150 words
 * or more is too long", "six sentences would already be too many"; "N words is too short") is a limit: up to
 * TOO_REACH TOO_FILL words, then "too" and a TOO_UP word make it less than N (at most N after a greater-than), a
 * TOO_DOWN word more than N (at least N after a less-than); a bound already on that side stays. None of those tokens
 * covered or quoted; a negation is no TOO_FILL word, so "not too long" hedges and changes nothing.
 */
function tooBounds(t: Tokens, ms: Match[], quoted: Uint8Array, covered: Uint8Array): void {
  for (const m of ms) {
    if (!LOOSE.has(m.family) || !m.hasNum || m.rel === 'RANGE') continue;
    let j = Math.min(m.end, t.n);
    for (let k = 0; k < TOO_REACH && j < t.n && !covered[j] && !quoted[j] && t.kind[j] === TK_WORD && TOO_FILL.has(t.hash[j]); k++) j++;
    if (j + 1 >= t.n || covered[j] || quoted[j] || covered[j + 1] || quoted[j + 1]) continue;
    if (t.kind[j] !== TK_WORD || t.hash[j] !== TOO || t.kind[j + 1] !== TK_WORD) continue;
    const h = t.hash[j + 1];
    if (TOO_UP.has(h) && m.rel !== 'LT' && m.rel !== 'LE') m.rel = m.rel === 'GT' ? 'LE' : 'LT';
    else if (TOO_DOWN.has(h) && m.rel !== 'GT' && m.rel !== 'GE') m.rel = m.rel === 'LT' ? 'GE' : 'GT';
  }
}

/** Subject pronouns that, after "or", open a consequence clause (isEdge). */
const SUBJECTS = new Set([hashOf('it'), hashOf('they'), hashOf('we'), hashOf('you'), hashOf('i'), hashOf('he'), hashOf('she'), hashOf('people')]);
const THAT = hashOf('that');
const IT = hashOf('it');
const THIS = hashOf('this');

/** "that", "it" or "this" at token i, standing for the count n it restates (restatedBounds), as numberAt's result. */
function pronounAt(t: Tokens, i: number, n: number): { end: number; n: number } | null {
  if (i >= t.n || t.kind[i] !== TK_WORD) return null;
  const h = t.hash[i];
  return h === THAT || h === IT || h === THIS ? { end: i + 1, n } : null;
}

/** Verbs of turning up that a word's count follows ("come up", "crop up", "appear", "mentioned"), and the words that
 * may stand between the word and them ("needs to", "should", "has to be"). */
const UP_VERBS = new Set([hashOf('come'), hashOf('comes'), hashOf('crop'), hashOf('crops'), hashOf('show'), hashOf('shows'), hashOf('turn'), hashOf('turns'), hashOf('pop'), hashOf('pops')]);
const SEEN_VERBS = new Set([hashOf('appear'), hashOf('appears'), hashOf('feature'), hashOf('features'), hashOf('mentioned'), hashOf('used'), hashOf('occur'), hashOf('occurs'), hashOf('repeated')]);
const MODALS = new Set([hashOf('needs'), hashOf('need'), hashOf('to'), hashOf('should'), hashOf('must'), hashOf('has'), hashOf('have'), hashOf('will'), hashOf('would'), hashOf('be'), hashOf('is'), hashOf('gets'), hashOf('get')]);
const UP = hashOf('up');
const TIMES = hashOf('times');
const TWICE = hashOf('twice');
const THRICE = hashOf('thrice');
/** Most modal words between the word and its verb. */
const MODAL_REACH = 3;

/**
 * Step 2i (version 19): a word's count stated with the word as the subject, unquoted ("Neon needs to come up no
 * fewer than three times", "magic should crop up at least four times", "I need bamboo mentioned three times"): an
 * uncovered count of times (an optional relation phrase, then a number and "times", or "twice" / "thrice") right after
 * a verb of turning up (UP_VERBS and "up", or a SEEN_VERB), before which stand up to MODAL_REACH MODALS and then the
 * word: a word token, not covered or quoted, not a KW_SKIP or KW_STOP word, not a number, starting with a letter. It
 * becomes a KWFREQ match for that word, or a LETTER match when it is one ASCII letter ("let r turn up forty times or
 * more"); the relation is the phrase's, else the number's postfix ("three or more times"), else an "or more" after
 * "times", else EQ.
 */
function subjectCounts(det: Detector, t: Tokens, ms: Match[], quoted: Uint8Array, covered: Uint8Array): void {
  const s = det.r.sets;
  for (let j = 1; j < t.n; j++) {
    if (covered[j] || quoted[j] || t.kind[j] !== TK_WORD) continue;
    // The verb before j.
    let v = j - 1;
    if (t.kind[v] !== TK_WORD) continue;
    if (t.hash[v] === UP && v > 0 && t.kind[v - 1] === TK_WORD && UP_VERBS.has(t.hash[v - 1])) v--;
    else if (!SEEN_VERBS.has(t.hash[v])) continue;
    // The count at j.
    const rel = det.relationAt(t, j);
    const at = rel ? rel.end : j;
    let n = -1;
    let end = -1;
    let r: RelKind = rel && rel.rel !== 'NONE' ? rel.rel : 'NONE';
    if (at < t.n && (t.hash[at] === TWICE || t.hash[at] === THRICE)) {
      n = t.hash[at] === TWICE ? 2 : 3;
      end = at + 1;
    } else {
      const num = det.numberAt(t, at);
      if (num && num.end < t.n && t.kind[num.end] === TK_WORD && t.hash[num.end] === TIMES) {
        n = num.n;
        end = num.end + 1;
        if (r === 'NONE' && num.postRel !== 'NONE') r = num.postRel;
      }
    }
    if (n < 1) continue;
    // "forty times or more".
    if (r === 'NONE' && end + 1 < t.n) {
      const ob = orBound(s, t, end);
      if (ob) {
        r = ob;
        end += 2;
      }
    }
    let cov = false;
    for (let k = j; k < end; k++) if (covered[k] || quoted[k]) cov = true;
    if (cov) continue;
    // The word before the verb, past modal words.
    let w = v - 1;
    for (let k = 0; k < MODAL_REACH && w >= 0 && t.kind[w] === TK_WORD && MODALS.has(t.hash[w]); k++) w--;
    if (w < 0 || covered[w] || quoted[w] || t.kind[w] !== TK_WORD || s.KW_SKIP.has(t.hash[w]) || s.KW_STOP.has(t.hash[w])) continue;
    if (det.numberAt(t, w) || !isLetterByte(t.bytes[t.start[w]])) continue;
    const word = decodeAsIs(t.bytes.subarray(t.start[w], t.end[w]));
    // One ASCII letter is a letter's count ("let r turn up forty times or more").
    const letter = t.end[w] - t.start[w] === 1 && t.bytes[t.start[w]] < 0x80;
    ms.push({ family: letter ? 'LETTER' : 'KWFREQ', arg: null, rel: r === 'NONE' ? 'EQ' : r, n, n2: 0, hasNum: true, strs: [word], lang: null, start: w, end });
    for (let k = w; k < end; k++) covered[k] = 1;
  }
}


/** An ASCII letter, or the lead byte of a non-ASCII code point. */
const isLetterByte = (b: number) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b >= 0xc0;

/** How far (tokens) after a restated bound's number a negation makes it a limit ("longer than 50 won't fit"). */
const RESTATE_NEG_REACH = 3;

/**
 * Step 2g (version 12): a word or sentence count read without a bound ("the box only takes 50 words", "fits about 50
 * words") takes the bound its sentence restates after it with the same number and no unit (punctuation, the end or a
 * negation follows the number): "so nothing past 50",
 * "so anything longer than 50 won't fit" (a greater-than relation a negation follows within RESTATE_NEG_REACH tokens
 * turns round). The first such restatement, outside quotes and other matches, wins.
 */
function restatedBounds(det: Detector, t: Tokens, ms: Match[], quoted: Uint8Array, covered: Uint8Array): void {
  const s = det.r.sets;
  for (const m of ms) {
    if (!LOOSE.has(m.family) || !m.hasNum || (m.rel !== 'APPROX' && m.rel !== 'NONE')) continue;
    for (let j = m.end; j < t.n && !isBoundary(t, j); j++) {
      if (covered[j] || quoted[j]) continue;
      const rel = det.relationAt(t, j);
      if (!rel || rel.rel === 'NONE' || rel.rel === 'EQ' || rel.rel === 'APPROX' || rel.rel === 'RANGE') continue;
      // The number again, or (version 19) a pronoun standing for it ("80 words and nothing past that", "Ninety words
      // is the line, stay short of it").
      const num = det.numberAt(t, rel.end) ?? pronounAt(t, rel.end, m.n);
      // A restatement names no unit: punctuation, the end or a negation follows its number ("past 50.", "50 won't fit").
      if (!num || num.n !== m.n || (num.end < t.n && t.kind[num.end] === TK_WORD && !isNegWord(s, t, num.end))) continue;
      let r: RelKind = rel.rel;
      if (r === 'GT' || r === 'GE') {
        for (let k = num.end; k < t.n && k < num.end + RESTATE_NEG_REACH && !isBoundary(t, k); k++) {
          if (isNegWord(s, t, k)) {
            r = flip(r);
            break;
          }
        }
      }
      m.rel = r;
      break;
    }
  }
}

const utf8 = new TextEncoder();

/** The token spans a match's strings take in its own tokens: for each string, the first run of the match's tokens that
 * starts where the string's bytes start and ends where they end ("the keywords snow and no": "no" is not inside "snow"). */
function slotSpans(t: Tokens, m: Match): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const last = Math.min(m.end, t.n);
  for (const str of m.strs) {
    const e = utf8.encode(str);
    if (e.length === 0) continue;
    let found = false;
    for (let k = m.start; k < last && !found; k++) {
      const p = t.start[k];
      let q = 0;
      while (q < e.length && p + q < t.bytes.length && t.bytes[p + q] === e[q]) q++;
      if (q !== e.length) continue;
      for (let j = k; j < last && t.end[j] <= p + e.length; j++) {
        if (t.end[j] === p + e.length) {
          out.push([k, j + 1]);
          found = true;
          break;
        }
      }
    }
  }
  return out;
}

/** Step 2c: negation parity and loose relation words around the matches (header). */
function scopeMatches(det: Detector, t: Tokens, ms: Match[], quoted: Uint8Array, covered: Uint8Array): void {
  const s = det.r.sets;
  for (const m of ms) {
    // Version 21: a word left out by a NEG_OUT verb ("leave out the word X") is asked for when a negation stands before
    // it ("Don't leave out the word lanyard").
    const leftOut = m.family === 'FORBID' && m.start < t.n && t.kind[m.start] === TK_WORD && s.NEG_OUT.has(t.hash[m.start]);
    if (!INNER.has(m.family) && !LOOSE.has(m.family) && !CASE.has(m.family) && !leftOut && m.family !== 'NLSEP') continue;
    // A pattern that opens with a negation ("avoid using the letter i more than twice") has read it already.
    const inner = INNER.has(m.family) && !(m.start < t.n && t.kind[m.start] === TK_WORD && s.NEG_CUE.has(t.hash[m.start]));
    let lo = Math.min(m.start, t.n);
    // Version 24: a match that opens on an edge (a lead "." or ";" its pattern read) belongs to the segment after it.
    if (lo < t.n && isEdge(s, t, quoted, lo)) lo++;
    else while (lo > 0 && !isEdge(s, t, quoted, lo - 1)) lo--;
    let hi = Math.min(m.end, t.n);
    while (hi < t.n && !isEdge(s, t, quoted, hi)) hi++;
    // Negation parity of the segment (the header's first reading); bounds and cases use negatedBefore instead.
    const spans = inner ? slotSpans(t, m) : [];
    const negated = (): boolean => {
      let negs = 0;
      for (let i = lo; i < hi; i++) {
        const mine = i >= m.start && i < m.end;
        // Version 21: a negation word among the words a slot read belongs to the keyword ("use the phrase no questions
        // asked, word for word").
        if (mine && spans.some(([x, y]) => i >= x && i < y)) continue;
        if ((mine ? inner : !covered[i]) && !quoted[i] && isNegation(s, t, i)) negs++;
      }
      return (negs & 1) === 1;
    };
    if (LOOSE.has(m.family) && m.hasNum && (m.rel === 'APPROX' || m.rel === 'NONE')) {
      const j = looseRelation(s, t, covered, lo, hi, m.start, m.end);
      if (j >= 0) {
        const r = (cueAt(s, t, j) ?? orBound(s, t, j)) as RelKind;
        m.rel = negated() !== negatedCue(s, t, covered, quoted, lo, j) ? flip(r) : r;
        continue;
      }
    }
    if (BOUNDED.has(m.family) && m.hasNum && (m.rel === 'LT' || m.rel === 'LE' || m.rel === 'GT' || m.rel === 'GE')) {
      // A bound the pattern read is negated by the negations before the match in its segment ("it shouldn't be fewer
      // than 10 sentences", "nothing over three sentences", "I don't want more than two words in capitals"); ones
      // after it speak of something else ("at least 100 words so it's not too thin").
      // A limit stated by its penalty keeps its relation: the negation restates it ("don't go past 100 words or it gets cut").
      if (m.arg !== 'PENALTY' && negatedBefore(s, t, covered, quoted, lo, m.start)) m.rel = flip(m.rel);
      continue;
    }
    if (leftOut) {
      if (negatedBefore(s, t, covered, quoted, lo, m.start)) m.family = 'KEYWORDS';
      continue;
    }
    // Version 21: blank lines ruled out ask for no blank-line paragraphs ("Don't use blank lines to separate the
    // paragraphs this time, use *** instead").
    if (m.family === 'NLSEP') {
      if (negatedBefore(s, t, covered, quoted, lo, m.start)) m.family = 'IGNORE';
      continue;
    }
    if (CASE.has(m.family)) {
      // "no small letters in it at all", "nothing in lower case", "I don't want any upper-case letters": the other case.
      if (negatedBefore(s, t, covered, quoted, lo, m.start)) m.family = m.family === 'LOWER' ? 'UPPER' : 'LOWER';
      continue;
    }
    if (!negated()) continue;
    switch (m.family) {
      case 'KEYWORDS':
        m.family = 'FORBID';
        break;
      case 'LETTER':
        if (m.arg === 'NONE') break;
        // "must not appear (even once)": none at all; a stated bound flips.
        if (!m.hasNum || m.n <= 1 || m.rel === 'EQ' || m.rel === 'APPROX' || m.rel === 'NONE') {
          m.rel = 'LT';
          m.n = 1;
          m.hasNum = true;
        } else m.rel = flip(m.rel);
        break;
      case 'KWFREQ':
        // "don't use X 3 times": fewer. A relation the pattern read stays: "without overusing X (less than 2 times)",
        // "Don't lean on X: use it no more than once" restate the limit in the relation.
        if (m.hasNum && (m.rel === 'EQ' || m.rel === 'APPROX' || m.rel === 'NONE')) m.rel = 'LT';
        break;
      default:
        // A length or capitals count keeps the relation its pattern read ("at least 100 words so it's not too thin").
        break;
    }
  }
}

/** Largest highlight count read next to an asterisk word. */
const MAX_HIGHLIGHTS = 20;
/** Families that use asterisks for something other than highlights (bullets, dividers, two responses). */
const OTHER_STARS: ReadonlySet<Family> = new Set(['BULLETS', 'STARDIV', 'PARCOUNT', 'SECCOUNT', 'TWO']);

/**
 * Step 2d: a segment that names asterisks (HL_STAR) and holds a count asks for that many highlighted parts ("mark two
 * or more of the key risks by surrounding them with single asterisks", "at least 2 phrases set off with *single
 * asterisks*", "au moins deux passages ... avec des astérisques"). The count is a highlight match of the segment
 * that has no number yet, else a sentence count of the segment ("2 phrases" is what gets the asterisks), else the
 * first free relation and number not followed by a unit (NUM_UNIT) or by the asterisk word ("three asterisks" is a
 * divider). Segments with bullets, dividers or two responses are left alone.
 */
function asteriskHighlights(det: Detector, t: Tokens, ms: Match[], quoted: Uint8Array, covered: Uint8Array): void {
  forEachSegment(det.r.sets, t, quoted, (lo, hi) => highlightSegment(det, t, ms, covered, quoted, lo, hi));
  sentenceHighlights(det, t, ms, quoted, covered);
}

/** Most highlights the sentence rule reads (version 26): a larger number in such a sentence is a price or a time. */
const MAX_SENTENCE_HIGHLIGHTS = 10;
/** Words saying how asterisks sit around a part (version 26): on both sides, between, around, wrapped, for bold. */
const HL_SHAPE = new Set([hashOf('sides'), hashOf('side'), hashOf('between'), hashOf('around'), hashOf('wrap'), hashOf('wrapped'), hashOf('surround'), hashOf('surrounded'), hashOf('enclose'), hashOf('enclosed'), hashOf('bold'), hashOf('italic'), hashOf('italics')]);
const H_AND = hashOf('and');
const H_BEFORE = hashOf('before');
const H_AFTER = hashOf('after');
/** List nouns a highlight count may name although they are NUM_UNIT words ("Two points ... with asterisks on both sides"). */
const HL_ITEM = new Set([hashOf('point'), hashOf('points'), hashOf('line'), hashOf('lines')]);

/**
 * Version 26: the sentence rule after step 2d's segments. A sentence (between boundary tokens) with an HL_STAR word and
 * an HL_SHAPE word (or "before and after") outside quotes, no match of OTHER_STARS and no HIGHLIGHT match with a count, takes the first count
 * in it that is no share ("each one"), outside quotes and not covered, written as a number word or followed by a word
 * token ("7:30" is a time), of 1..MAX_SENTENCE_HIGHLIGHTS, followed by neither an HL_STAR word nor a NUM_UNIT word
 * other than HL_ITEM ("under 100 words"): "Two points the inspectors check first should be marked with asterisks on both
 * sides", "Those two questions should stand out, so put each one between asterisks" (the comma before "so" ends step
 * 2d's segment, not the sentence). With no such count, the parts a marking verb lists (markedList).
 */
function sentenceHighlights(det: Detector, t: Tokens, ms: Match[], quoted: Uint8Array, covered: Uint8Array): void {
  const s = det.r.sets;
  for (let lo = 0; lo < t.n; ) {
    let hi = lo;
    while (hi < t.n && !isBoundary(t, hi)) hi++;
    let star = false;
    let shape = false;
    for (let i = lo; i < hi; i++) {
      if (quoted[i] || t.kind[i] !== TK_WORD) continue;
      if (s.HL_STAR.has(t.hash[i])) star = true;
      // "before and after" too ("an asterisk before and after each"; "an asterisk before each tip" is a bullet).
      if (HL_SHAPE.has(t.hash[i]) || (t.hash[i] === H_BEFORE && i + 2 < hi && t.hash[i + 1] === H_AND && t.hash[i + 2] === H_AFTER)) shape = true;
    }
    const taken = ms.some((m) => m.start < hi && m.end > lo && (OTHER_STARS.has(m.family) || (m.family === 'HIGHLIGHT' && m.hasNum && m.n > 0)));
    if (star && shape && !taken && !sentenceCount(det, t, ms, quoted, covered, lo, hi)) {
      const n = markedList(s, t, quoted, lo, hi);
      if (n > 0) giveHighlightCount(ms, null, 'EQ', n, 0, lo, lo);
    }
    lo = hi + 1;
  }
}

/** Version 26: sentenceHighlights' count in sentence [lo, hi): sets or adds the HIGHLIGHT match; false when there is none. */
function sentenceCount(det: Detector, t: Tokens, ms: Match[], quoted: Uint8Array, covered: Uint8Array, lo: number, hi: number): boolean {
  const s = det.r.sets;
  for (let j = lo; j < hi; j++) {
    if (covered[j] || quoted[j] || isShare(t, j)) continue;
    const num = det.numberAt(t, j);
    if (!num || num.n < 1 || num.n > MAX_SENTENCE_HIGHLIGHTS) continue;
    const after = num.end;
    const word = after < t.n && t.kind[after] === TK_WORD;
    if (!word && digitFirst(t, j)) continue;
    if (word && (s.HL_STAR.has(t.hash[after]) || (s.NUM_UNIT.has(t.hash[after]) && !HL_ITEM.has(t.hash[after])))) continue;
    let free = true;
    for (let k = j; k < after; k++) if (covered[k]) free = false;
    if (!free) continue;
    giveHighlightCount(ms, ms.find((m) => m.family === 'HIGHLIGHT' && m.start < hi && m.end > lo), 'EQ', num.n, 0, j, after);
    return true;
  }
  return false;
}

/** Marking verbs before a list of the parts to highlight (version 26). */
const MARK_VERB = new Set([hashOf('mark'), hashOf('put'), hashOf('place'), hashOf('wrap'), hashOf('surround'), hashOf('enclose'), hashOf('highlight'), hashOf('bold')]);

/**
 * Version 26: with no count, the parts a marking verb lists before the asterisks ("Mark the date and the ticket price
 * with an asterisk before and after each", "Mark the pickup time, the address and the warm clothes between
 * asterisks"): in sentence [lo, hi), the first MARK_VERB word outside quotes, then before the first HL_STAR word after
 * it exactly one "and" outside quotes, not in "before and after" and not followed by a MARK_VERB word (a second clause:
 * "mark it and put ..."); the parts are the "," tokens between the verb and the "and", plus 2 (at most
 * MAX_SENTENCE_HIGHLIGHTS). 0 when there is no such list.
 */
function markedList(s: Sets, t: Tokens, quoted: Uint8Array, lo: number, hi: number): number {
  let v = lo;
  while (v < hi && (quoted[v] || t.kind[v] !== TK_WORD || !MARK_VERB.has(t.hash[v]))) v++;
  if (v >= hi) return 0;
  let and = -1;
  let commas = 0;
  for (let k = v + 1; k < hi; k++) {
    if (t.kind[k] === TK_WORD && s.HL_STAR.has(t.hash[k])) break;
    if (and < 0 && t.kind[k] === TK_PUNCT && t.byte[k] === 0x2c) commas++;
    if (quoted[k] || t.kind[k] !== TK_WORD || t.hash[k] !== H_AND) continue;
    if (t.kind[k - 1] === TK_WORD && t.hash[k - 1] === H_BEFORE && k + 1 < hi && t.kind[k + 1] === TK_WORD && t.hash[k + 1] === H_AFTER) continue;
    if (and >= 0 || (k + 1 < hi && t.kind[k + 1] === TK_WORD && MARK_VERB.has(t.hash[k + 1]))) return 0;
    and = k;
  }
  return and < 0 ? 0 : Math.min(commas + 2, MAX_SENTENCE_HIGHLIGHTS);
}

/** Token j is a word token starting with an ASCII digit. */
function digitFirst(t: Tokens, j: number): boolean {
  const b = t.bytes[t.start[j]];
  return t.kind[j] === TK_WORD && b >= 0x30 && b <= 0x39;
}

/** Calls fn(lo, hi) for every maximal run of tokens between segment edges, left to right. */
function forEachSegment(s: Sets, t: Tokens, quoted: Uint8Array, fn: (lo: number, hi: number) => void): void {
  let lo = 0;
  for (let hi = 0; hi <= t.n; hi++) {
    if (hi < t.n && !isEdge(s, t, quoted, hi)) continue;
    fn(lo, hi);
    lo = hi + 1;
  }
}

/**
 * A count read at token j: an optional relation phrase and a number n (1..max) from there, not followed by a NUM_UNIT
 * word (nor, with `stars`, an HL_STAR word: "three asterisks"), no token of it covered. The relation is the phrase's,
 * else the number's postfix relation, else `dflt`.
 */
function freeCount(det: Detector, t: Tokens, covered: Uint8Array, j: number, max: number, stars: boolean, dflt: RelKind): { rel: RelKind; n: number; n2: number; end: number } | null {
  const s = det.r.sets;
  const rel = det.relationAt(t, j);
  const num = det.numberAt(t, rel ? rel.end : j);
  if (!num || num.n < 1 || num.n > max) return null;
  const after = num.end;
  if (after < t.n && t.kind[after] === TK_WORD && (s.NUM_UNIT.has(t.hash[after]) || (stars && s.HL_STAR.has(t.hash[after])))) return null;
  for (let k = j; k < after; k++) if (covered[k]) return null;
  const r: RelKind = rel && rel.rel !== 'NONE' ? rel.rel : num.postRel !== 'NONE' ? num.postRel : dflt;
  return { rel: r, n: num.n, n2: num.n2, end: after };
}

/** The first count freeCount reads at a token of [lo, hi) outside quotes and not covered, with that token. */
function firstFreeCount(det: Detector, t: Tokens, quoted: Uint8Array, covered: Uint8Array, lo: number, hi: number, max: number, stars: boolean, dflt: RelKind): { j: number; rel: RelKind; n: number; n2: number; end: number } | null {
  for (let j = lo; j < hi; j++) {
    if (covered[j] || quoted[j]) continue;
    const c = freeCount(det, t, covered, j, max, stars, dflt);
    if (c) return { j, ...c };
  }
  return null;
}

const SHARE = new Set([hashOf('each'), hashOf('every'), hashOf('per')]);

/** Token j follows "each", "every" or "per" (a share: "each one", "one per line", "every 3 points"): a count there
 * says how many per part, not how many parts (highlights here, bullets in symbols.ts). */
export function isShare(t: Tokens, j: number): boolean {
  return j > 0 && t.kind[j - 1] === TK_WORD && SHARE.has(t.hash[j - 1]);
}

function highlightSegment(det: Detector, t: Tokens, ms: Match[], covered: Uint8Array, quoted: Uint8Array, lo: number, hi: number): void {
  const s = det.r.sets;
  let cue = false;
  for (let i = lo; i < hi; i++) if (!quoted[i] && t.kind[i] === TK_WORD && s.HL_STAR.has(t.hash[i])) cue = true;
  if (!cue) return;
  const inSeg = (m: Match) => m.start < hi && m.end > lo;
  let open: Match | null = null;
  let sents: Match | null = null;
  for (const m of ms) {
    if (!inSeg(m)) continue;
    if (OTHER_STARS.has(m.family)) return;
    if (m.family === 'HIGHLIGHT') {
      if (m.hasNum && m.n > 0) return;
      open = open ?? m;
    }
    if (m.family === 'SENTS' && m.hasNum && !sents) sents = m;
  }
  if (sents && !open) {
    sents.family = 'HIGHLIGHT';
    return;
  }
  // A count right after "each", "every" or "per" is a share, not how many parts ("five points, each one a line
  // opening with an asterisk": version 23).
  let c = firstFreeCount(det, t, quoted, covered, lo, hi, MAX_HIGHLIGHTS, true, 'EQ');
  while (c && isShare(t, c.j)) c = firstFreeCount(det, t, quoted, covered, c.j + 1, hi, MAX_HIGHLIGHTS, true, 'EQ');
  if (!c) return;
  giveHighlightCount(ms, open, c.rel, c.n, c.n2, c.j, c.end);
}

/** Step 2d's count: the open HIGHLIGHT match takes it, else a new HIGHLIGHT match over tokens [start, end) is appended. */
function giveHighlightCount(ms: Match[], open: Match | null | undefined, rel: RelKind, n: number, n2: number, start: number, end: number): void {
  if (open) {
    open.rel = rel;
    open.n = n;
    open.n2 = n2;
    open.hasNum = true;
  } else {
    ms.push({ family: 'HIGHLIGHT', arg: null, rel, n, n2, hasNum: true, strs: [], lang: null, start, end });
  }
}

/** Largest paragraph count read next to a divider (step 2e). */
const MAX_PARTS = 20;

/**
 * Step 2e (version 8): when the prompt asks for `***` dividers (a STARDIV match) but names no paragraph or section
 * count, the count is a number followed by a PART_NOUN word in the divider's sentence ("three blocks of text, with
 * *** on its own line between them", "four chunks, each separated by ***", "a 3 para essay"): the first such free
 * number (2..MAX_PARTS, no token of it covered or quoted) becomes a PARCOUNT match.
 */
function dividerCount(det: Detector, t: Tokens, ms: Match[], quoted: Uint8Array, covered: Uint8Array): void {
  const s = det.r.sets;
  let div: Match | null = null;
  for (const m of ms) {
    if ((m.family === 'PARCOUNT' || m.family === 'SECCOUNT') && m.hasNum) return;
    if (m.family === 'STARDIV' && !div) div = m;
  }
  if (!div) return;
  const a = sentenceStart(t, div.start);
  let b = sentenceEnd(t, div.end);
  // Version 21: a clause after a semicolon is the same sentence's ("put that between the paragraphs; three of them").
  if (b < t.n && t.kind[b] === TK_PUNCT && t.byte[b] === 0x3b) b = sentenceEnd(t, b + 1);
  for (let j = a; j < b; j++) {
    if (covered[j] || quoted[j]) continue;
    const num = det.numberAt(t, j);
    if (!num || num.n < 2 || num.n > MAX_PARTS) continue;
    const noun = num.end < t.n && t.kind[num.end] === TK_WORD && s.PART_NOUN.has(t.hash[num.end]);
    // A bare count needs a word that asks for it right before it ("I need exactly four.") or "of them" after it: not
    // "like in chapter 3.", "the reader is 12".
    const asked = j > 0 && t.kind[j - 1] === TK_WORD && PART_ASK.has(t.hash[j - 1]);
    if (!noun && !((asked && bareCount(t, num.end)) || ofThem(t, num.end))) continue;
    let free = true;
    for (let k = j; k <= num.end && k < t.n; k++) if (covered[k] || quoted[k]) free = false;
    if (!free) continue;
    ms.push({ family: 'PARCOUNT', arg: null, rel: 'EQ', n: num.n, n2: num.n2, hasNum: true, strs: [], lang: null, start: j, end: noun ? num.end + 1 : num.end });
    return;
  }
}

const H_OF = hashOf('of');
const H_THEM = hashOf('them');
/** Bytes after which a count ends its clause (bareCount). */
const CLAUSE_END = new Set([0x2c, 0x2e, 0x3b, 0x21, 0x3f, 0x29]);

/** Words right before a bare part count that ask for it (dividerCount). */
const PART_ASK = new Set([hashOf('exactly'), hashOf('precisely'), hashOf('need'), hashOf('want'), hashOf('total'), hashOf('only'), hashOf('just')]);

/** Version 21: a count that ends its clause ("and I need exactly three."): the end, a line break, or , . ; ! ? ) with no
 * digit touching it ("7.30", "2,000"). */
function bareCount(t: Tokens, e: number): boolean {
  if (e >= t.n || t.kind[e] === TK_NL) return true;
  if (t.kind[e] !== TK_PUNCT) return false;
  const digit = e + 1 < t.n && t.start[e + 1] === t.end[e] && t.bytes[t.start[e + 1]] >= 0x30 && t.bytes[t.start[e + 1]] <= 0x39;
  return CLAUSE_END.has(t.byte[e]) && !digit;
}

/** "of them" at token e ("three of them altogether"). */
function ofThem(t: Tokens, e: number): boolean {
  return e + 1 < t.n && t.kind[e] === TK_WORD && t.hash[e] === H_OF && t.kind[e + 1] === TK_WORD && t.hash[e + 1] === H_THEM;
}

/** Largest count of capitalised words step 2f reads. */
const MAX_CAPS = 20;
/** Farthest a CAPS_CUE word and "word(s)" stand apart in a capital-word phrase ("words in full capitals"). */
const CAP_PHRASE_REACH = 3;
/** Words that ask capitals of the whole answer (capitalSegment, version 20): "throughout", "only" after what it
 * qualifies (the segment's last word or before punctuation: "uppercase letters only,"; not "only for the names",
 * "capitals only at the start"), and the phrases "all the way", "first letter to last", "start to finish" (ALL / FIRST
 * ... LAST / START ... FINISH within the segment). "Whole", "entire" and "everything" are left out: "the whole title in
 * caps" is the title's, "caps for everything important" some words'. */
const WHOLE_SCOPE = new Set([hashOf('throughout')]);
const H_ONLY = hashOf('only');
const H_ALL = hashOf('all');
const H_WAY = hashOf('way');
const H_FIRST = hashOf('first');
const H_LAST = hashOf('last');
const H_START = hashOf('start');
const H_FINISH = hashOf('finish');

/** The segment [lo, hi) holds a WHOLE_SCOPE word, a postposed "only", "all the way", "first ... last" or "start ...
 * finish" (outside quotes). */
function wholeScope(t: Tokens, quoted: Uint8Array, lo: number, hi: number): boolean {
  let first = false;
  let start = false;
  for (let i = lo; i < hi; i++) {
    if (quoted[i] || t.kind[i] !== TK_WORD) continue;
    const h = t.hash[i];
    if (WHOLE_SCOPE.has(h)) return true;
    if (h === H_ONLY && (i + 1 === hi || t.kind[i + 1] !== TK_WORD)) return true;
    if (h === H_ALL && i + 2 < hi && t.hash[i + 2] === H_WAY) return true;
    if (h === H_FIRST) first = true;
    if (h === H_START) start = true;
    if ((h === H_LAST && first) || (h === H_FINISH && start)) return true;
  }
  return false;
}

/** The first CAPS_CUE word of the segment outside quotes, else -1. */
function capsCueAt(s: Sets, t: Tokens, quoted: Uint8Array, lo: number, hi: number): number {
  for (let i = lo; i < hi; i++) if (!quoted[i] && t.kind[i] === TK_WORD && s.CAPS_CUE.has(t.hash[i])) return i;
  return -1;
}

/** Words that refer back to words named before them ("keep them to two", "fewer than 4 such words"). */
const BACK_REF = new Set([hashOf('them'), hashOf('those'), hashOf('these'), hashOf('such')]);

/**
 * The first segment after the one ending at `edge`, within its sentence, that holds a BACK_REF word outside quotes:
 * { lo: its start, at: that word, hi: its end }; null when none.
 */
function referenceAfter(s: Sets, t: Tokens, quoted: Uint8Array, edge: number): { lo: number; at: number; hi: number } | null {
  // The phrase's segment ended its sentence: nothing after it refers back within the sentence.
  if (edge >= t.n || isBoundary(t, edge)) return null;
  let lo = edge + 1;
  let at = -1;
  for (let i = lo; i < t.n; i++) {
    if (isEdge(s, t, quoted, i)) {
      if (at >= 0) return { lo, at, hi: i };
      if (isBoundary(t, i)) return null;
      lo = i + 1;
      continue;
    }
    if (at < 0 && !quoted[i] && t.kind[i] === TK_WORD && BACK_REF.has(t.hash[i])) at = i;
  }
  return at >= 0 ? { lo, at, hi: t.n } : null;
}

const COUPLE = hashOf('couple');

/** The match's number is "a couple" (its first tokens). */
function startsCouple(t: Tokens, m: Match): boolean {
  for (let i = m.start; i < m.end && i < m.start + 3; i++) if (t.hash[i] === COUPLE) return true;
  return false;
}

/**
 * Step 2f (version 8): a segment that names capitals (CAPS_CUE, outside quotes) and counts words counts capitalised
 * words, not the answer's length: "at most one word fully in capitals", "two or more words are fully capitalised",
 * "the words in full capital letters should be less than 2". Segments with a CAPFREQ match are left alone. A WORDS
 * match with a number 1..MAX_CAPS and a relation other than APPROX (version 19: or APPROX unless its number is "a
 * couple") becomes CAPFREQ; else, when the segment has an UPPER match and the word "word" or
 * "words", the first free relation and number (1..MAX_CAPS, not followed by a NUM_UNIT word) becomes a CAPFREQ match
 * (relation GE when none is spelled). Either way the segment's UPPER matches are dropped (family IGNORE): the
 * capitals are those words', not the whole answer's. Version 20: a capital-word phrase (a CAPS_CUE word and "word(s)"
 * at most CAP_PHRASE_REACH tokens apart) takes a bound count of its segment, or of a later segment of its sentence that
 * refers back to the words (referenceAfter); with neither a count nor such a phrase, a WHOLE_SCOPE wording asks
 * capitals of the whole answer (an UPPER match).
 */
function capitalCounts(det: Detector, t: Tokens, ms: Match[], quoted: Uint8Array, covered: Uint8Array): void {
  forEachSegment(det.r.sets, t, quoted, (lo, hi) => capitalSegment(det, t, ms, quoted, covered, lo, hi));
}

function capitalSegment(det: Detector, t: Tokens, ms: Match[], quoted: Uint8Array, covered: Uint8Array, lo: number, hi: number): void {
  const s = det.r.sets;
  let cue = false;
  let wordNoun = false;
  let lastCue = -1;
  let lastNoun = -1;
  // A capital word named as such ("capital-letter words", "words in full capitals", "fully capitalised words"): a CAPS_CUE
  // word and "word(s)" at most CAP_PHRASE_REACH tokens apart (version 20).
  let phrase = false;
  for (let i = lo; i < hi; i++) {
    if (quoted[i] || t.kind[i] !== TK_WORD) continue;
    if (s.CAPS_CUE.has(t.hash[i])) {
      cue = true;
      lastCue = i;
      if (lastNoun >= 0 && i - lastNoun <= CAP_PHRASE_REACH) phrase = true;
    }
    if (t.hash[i] === WORD || t.hash[i] === WORDS) {
      wordNoun = true;
      lastNoun = i;
      if (lastCue >= 0 && i - lastCue <= CAP_PHRASE_REACH) phrase = true;
    }
  }
  if (!cue) return;
  const inSeg = (m: Match) => m.start < hi && m.end > lo;
  let words: Match | null = null;
  let upper = false;
  for (const m of ms) {
    if (!inSeg(m)) continue;
    if (m.family === 'CAPFREQ') return;
    // "A couple of words in ALL CAPS are fine" allows rather than counts: an approximate count stays a word count.
    // Version 19: an APPROX count (bare, or "about") counts them too unless it is "a couple" ("have five words in block
    // capitals").
    if (m.family === 'WORDS' && m.hasNum && (m.rel !== 'APPROX' || !startsCouple(t, m)) && m.n >= 1 && m.n <= MAX_CAPS && !words) words = m;
    if (m.family === 'UPPER') upper = true;
  }
  // Version 20: capitals asked of the whole answer in words of their own ("uppercase letters only", "full caps from
  // first letter to last", "capital letters all the way through"): a WHOLE_SCOPE word in the segment, no capital word
  // named as such, no count, no negation before the cue, and no lowercase asked anywhere ("everything lowercase please,
  // capitals look like shouting").
  if (!words && !upper && !phrase && !ms.some((m) => m.family === 'LOWER') && wholeScope(t, quoted, lo, hi) && !firstFreeCount(det, t, quoted, covered, lo, hi, 1000, false, 'NONE')) {
    const cueAt = capsCueAt(s, t, quoted, lo, hi);
    if (cueAt >= 0 && !negatedBefore(s, t, covered, quoted, lo, cueAt)) {
      ms.push({ family: 'UPPER', arg: null, rel: 'NONE', n: 0, n2: 0, hasNum: false, strs: [], lang: null, start: cueAt, end: cueAt + 1 });
      return;
    }
  }
  if (words) words.family = 'CAPFREQ';
  else {
    const byUpper = upper && wordNoun;
    let c = byUpper || phrase ? firstFreeCount(det, t, quoted, covered, lo, hi, MAX_CAPS, false, byUpper ? 'GE' : 'NONE') : null;
    let from = lo;
    let alone = !byUpper;
    // A phrase without a count of its own: a later segment of its sentence that refers back to the words ("... come
    // across as shouting, so keep them to two at most", "and there must be fewer than 4 such words") holds it.
    if (!c && phrase) {
      const back = referenceAfter(det.r.sets, t, quoted, hi);
      if (back) {
        from = back.lo;
        alone = true;
        c = firstFreeCount(det, t, quoted, covered, back.lo, back.hi, MAX_CAPS, false, 'NONE');
      }
    }
    if (!c) return;
    // A relation written after the count ("two at most").
    if (alone && c.rel === 'NONE') {
      const post = c.end < t.n && !covered[c.end] && !quoted[c.end] ? det.relationAt(t, c.end) : null;
      if (post) c.rel = post.rel;
    }
    // Without an UPPER match of its segment the count stands alone: it must be a bound ("fewer than two", "two at most";
    // not "about twenty shouty words", a description), and not under a negation ("No all-caps words more than 1").
    if (alone && (c.rel === 'NONE' || c.rel === 'APPROX' || negatedBefore(s, t, covered, quoted, from, c.j))) return;
    ms.push({ family: 'CAPFREQ', arg: null, rel: c.rel, n: c.n, n2: c.n2, hasNum: true, strs: [], lang: null, start: c.j, end: c.end });
  }
  for (const m of ms) if (m.family === 'UPPER' && inSeg(m)) m.family = 'IGNORE';
}
