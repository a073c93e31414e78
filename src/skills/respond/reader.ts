// The learned instruction reader (docs/format.md §6.4 step 5; responder_version 4, the imperative reading 5):
// the prompt is cut into clauses at sentence boundaries; a hashed linear classifier (integer weights in RCLS, trained by
// train-reader.ts) scores each clause per instruction id; for the ids that have an argument extractor
// (keywords, placeholder count, end phrase) a flagged clause the patterns left unread gives the
// argument from its words. Patterns keep priority: an extractor runs only where no pattern of its
// family matched. Mirrored by the rd_* functions of c/skills/respond/eg_ifr_plan.c.
import type { Responder } from './artifact.ts';
import { endingTailAt, type Match } from './match.ts';
import type { Plan } from './plan.ts';
import { TK_PUNCT, TK_WORD, hashOf, hyphenJoins, isBoundary, type Tokens } from './tokenize.ts';

/** Classifier classes: the 25 official instruction ids, in this order (RCLS rows). */
export const READER_IDS = [
  'change_case:capital_word_frequency', 'change_case:english_capital', 'change_case:english_lowercase',
  'combination:repeat_prompt', 'combination:two_responses', 'detectable_content:number_placeholders',
  'detectable_content:postscript', 'detectable_format:constrained_response', 'detectable_format:json_format',
  'detectable_format:multiple_sections', 'detectable_format:number_bullet_lists',
  'detectable_format:number_highlighted_sections', 'detectable_format:title', 'keywords:existence',
  'keywords:forbidden_words', 'keywords:frequency', 'keywords:letter_frequency', 'language:response_language',
  'length_constraints:nth_paragraph_first_word', 'length_constraints:number_paragraphs',
  'length_constraints:number_sentences', 'length_constraints:number_words', 'punctuation:no_comma',
  'startend:end_checker', 'startend:quotation',
] as const;
export const CLS_EXISTENCE = READER_IDS.indexOf('keywords:existence');
export const CLS_PLACEHOLDERS = READER_IDS.indexOf('detectable_content:number_placeholders');
export const CLS_END = READER_IDS.indexOf('startend:end_checker');
export const CLS_HIGHLIGHTS = READER_IDS.indexOf('detectable_format:number_highlighted_sections');
export const CLS_BULLETS = READER_IDS.indexOf('detectable_format:number_bullet_lists');

/** log2 of the feature buckets per class. */
export const READER_LOG2 = 11;
/** Feature of a double-quoted span (its words are arguments, not cues), of a digit token, and the clause start. */
const F_QUOTE = 0x51554f54;
const F_NUM = 0x4e554d30;
const F_BOS = 0x424f5331;
/** Longest keyword the extractor takes from running text, in words. */
const MAX_KW_WORDS = 2;
/** Largest placeholder count read from a clause. */
const MAX_PLACEHOLDERS = 20;
/** Largest highlight or bullet count read from a clause (version 21). */
const MAX_MARKED = 20;
/** Longest end phrase after a colon, in tokens. */
const MAX_END_TOKENS = 24;
const FORGET = hashOf('forget');
const AND = hashOf('and');
const WITH = hashOf('with');
const ABOUT = hashOf('about');
/** Longest ending read after "with", in words. */
const MAX_WITH_END_WORDS = 6;

export const bucketOf = (f: number): number => Math.imul(f, 0x9e3779b1) >>> (32 - READER_LOG2);
const mix = (a: number, b: number): number => (Math.imul(a, 0x01000193) ^ b) >>> 0;

const isDigits = (t: Tokens, i: number): boolean => {
  for (let k = t.start[i]; k < t.end[i]; k++) if (t.bytes[k] < 0x30 || t.bytes[k] > 0x39) return false;
  return true;
};

/** A clause: tokens [start, end), end is the boundary token (or t.n). */
export interface Clause {
  start: number;
  end: number;
}

export function clauses(t: Tokens): Clause[] {
  const out: Clause[] = [];
  let s = 0;
  for (let i = 0; i <= t.n; i++) {
    if (i === t.n || isBoundary(t, i)) {
      if (i > s) out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  return out;
}

/** The clause's features (bucket numbers, repeats kept): unigrams and bigrams of words outside double
 * quotes, digits as one word, each quoted span as one word, punctuation as itself. */
export function clauseFeatures(t: Tokens, c: Clause, emit: (bucket: number) => void): void {
  let inq = false;
  let prev = F_BOS;
  for (let i = c.start; i < c.end; i++) {
    let f: number;
    if (t.kind[i] === TK_PUNCT && t.byte[i] === 0x22) {
      inq = !inq;
      if (!inq) continue;
      f = F_QUOTE;
    } else if (inq) continue;
    else if (t.kind[i] === TK_WORD && isDigits(t, i)) f = F_NUM;
    else f = t.hash[i];
    emit(bucketOf(f));
    emit(bucketOf(mix(prev, f)));
    prev = f;
  }
}

/** Clause score of class k: bias + the weights of its features (int32, no overflow: < 2^20 terms of |w| <= 127). */
export function clauseScore(r: Responder, t: Tokens, c: Clause, k: number): number {
  const w = r.clsWeights;
  const base = k << READER_LOG2;
  let s = r.clsBias[k];
  clauseFeatures(t, c, (b) => {
    s += w[base + b];
  });
  return s;
}

const dec = new TextDecoder();
const text = (t: Tokens, s: number, e: number): string => dec.decode(t.bytes.subarray(s, e)).trim();

/** A double-quoted span starting at token i inside [i, end): [first token after, closing token] or null. */
function quotedSpan(t: Tokens, i: number, end: number): [number, number] | null {
  if (t.kind[i] !== TK_PUNCT || t.byte[i] !== 0x22) return null;
  for (let j = i + 1; j < end; j++) if (t.kind[j] === TK_PUNCT && t.byte[j] === 0x22) return j > i + 1 ? [i + 1, j] : null;
  return null;
}

/** The clause's double-quoted spans that no pattern match claimed and that hold a word (trimmed). */
function freeQuoted(t: Tokens, c: Clause, used: Uint8Array): string[] {
  const out: string[] = [];
  for (let i = c.start; i < c.end; i++) {
    const q = quotedSpan(t, i, c.end);
    if (!q) continue;
    // Free of pattern matches, and holding a word: a quoted "*" or "," is never an argument.
    let free = true;
    let word = false;
    for (let k = i; k <= q[1]; k++) {
      if (used[k]) free = false;
      if (t.kind[k] === TK_WORD) word = true;
    }
    const s = text(t, t.start[q[0]], t.end[q[1] - 1]);
    if (free && word && s) out.push(s);
    i = q[1];
  }
  return out;
}

/** Keywords from a clause: the words after its first cue (RSET KW_CUE) that has any, past skip words (KW_SKIP), up to
 * a stop word (KW_STOP), punctuation or MAX_KW_WORDS. (Its quoted spans are read before, by readClauses.) */
function cueKeywords(r: Responder, t: Tokens, c: Clause, used: Uint8Array): string[] {
  const out: string[] = [];
  const cue = r.sets.KW_CUE;
  for (let i = c.start; i < c.end; i++) {
    if (used[i] || t.kind[i] !== TK_WORD || !cue.has(t.hash[i])) continue;
    const np = phraseAfter(r, t, c, used, i + 1, cue);
    if (np.length > 0) {
      out.push(...np);
      break;
    }
  }
  return out;
}

/** The noun phrase from token j: past word tokens in KW_SKIP or `also`, up to MAX_KW_WORDS words (tokens, or tokens joined by a hyphen) that
 * are unused, not in KW_STOP or KW_SKIP and not all digits; none when empty. When "and", KW_SKIP words and up to
 * MAX_KW_WORDS such words follow and close the phrase (the clause ends, or punctuation or a KW_STOP word comes next:
 * "mention refund and receipt.", "the keys meals and grams somewhere", "lavender and shea butter by name"), those
 * words too. */
function phraseAfter(r: Responder, t: Tokens, c: Clause, used: Uint8Array, j: number, also: Set<number>): string[] {
  const skip = r.sets.KW_SKIP;
  const stop = r.sets.KW_STOP;
  const plain = (k: number) => t.kind[k] === TK_WORD && !used[k] && !stop.has(t.hash[k]) && !skip.has(t.hash[k]) && !isDigits(t, k);
  while (j < c.end && t.kind[j] === TK_WORD && (skip.has(t.hash[j]) || also.has(t.hash[j]))) j++;
  let e = j;
  // Words joined by a hyphen are one word of the phrase ("hi-vis", version 12).
  for (let words = 0; e < c.end && words < MAX_KW_WORDS && plain(e); words++) {
    e++;
    while (e + 1 < c.end && hyphenJoins(t, e) && plain(e + 1)) e += 2;
  }
  if (e === j) return [];
  const out = [text(t, t.start[j], t.end[e - 1])];
  // "and", skip words, then up to MAX_KW_WORDS words that close the phrase (the clause ends, or punctuation or a stop
  // word follows them): "mention lavender and shea butter by name", "both Lisbon and the internship" (version 14).
  const closes = (k: number) => k === c.end || t.kind[k] !== TK_WORD || stop.has(t.hash[k]);
  if (e < c.end && t.kind[e] === TK_WORD && t.hash[e] === AND) {
    let a = e + 1;
    while (a < c.end && t.kind[a] === TK_WORD && skip.has(t.hash[a])) a++;
    let b = a;
    for (let words = 0; b < c.end && words < MAX_KW_WORDS && plain(b); words++) b++;
    if (b > a && closes(b)) out.push(text(t, t.start[a], t.end[b - 1]));
  }
  return out;
}

/** Version 22: words a flagged clause names its keywords before: a participle of naming or a verb of appearing
 * ("bellows and pipes mentioned by name"), or "be" then "in" / "there" ("balti has to be in there somewhere"). */
const POST_CUE = new Set([hashOf('mentioned'), hashOf('named'), hashOf('included'), hashOf('featured'), hashOf('appear'), hashOf('appears')]);
const BE = hashOf('be');
const BE_NEXT = new Set([hashOf('in'), hashOf('there')]);
/** Between the keywords and that cue: modals, "to", "be", "get", and the words that refer back to them ("so both
 * words need to be in the reply"). */
const BACK_SKIP = new Set([
  hashOf('need'), hashOf('needs'), hashOf('has'), hashOf('have'), hashOf('must'), hashOf('should'), hashOf('will'),
  hashOf('would'), hashOf('to'), hashOf('be'), hashOf('get'), hashOf('gets'), hashOf('all'), hashOf('both'),
  hashOf('words'), hashOf('word'), hashOf('terms'), hashOf('so'), hashOf('really'), hashOf('definitely'), hashOf('also'),
]);
/** Nouns that name the keywords or a part of the answer, not a keyword: a phrase holding one is no reading ("The
 * keywords should all be included", "The title and author should be named"). */
const GENERIC = new Set([
  hashOf('keyword'), hashOf('keywords'), hashOf('phrase'), hashOf('phrases'), hashOf('term'), hashOf('title'),
  hashOf('author'), hashOf('name'), hashOf('names'), hashOf('heading'),
]);

/** The keywords before a POST_CUE in a flagged clause the other readings left empty (version 22): past BACK_SKIP words
 * and commas, a phrase of up to MAX_KW_WORDS words read backwards as phraseAfter reads forwards, and one more before an
 * "and" ("calico and webbing, so both words need to be in the reply"). None in a clause with a negation (KW_NEG): a
 * ban the patterns missed must not become a keyword. */
function keywordsBefore(r: Responder, t: Tokens, c: Clause, used: Uint8Array): string[] {
  const skip = r.sets.KW_SKIP;
  const stop = r.sets.KW_STOP;
  const plain = (k: number) => t.kind[k] === TK_WORD && !used[k] && !stop.has(t.hash[k]) && !skip.has(t.hash[k]) && !isDigits(t, k);
  let k = -1;
  for (let i = c.start; i < c.end; i++) {
    if (t.kind[i] !== TK_WORD) continue;
    if (r.sets.KW_NEG.has(t.hash[i])) return [];
    if (k < 0 && i > c.start && (POST_CUE.has(t.hash[i]) || (t.hash[i] === BE && i + 1 < c.end && t.kind[i + 1] === TK_WORD && BE_NEXT.has(t.hash[i + 1])))) k = i;
  }
  if (k < 0) return [];
  let j = k - 1;
  while (j >= c.start && ((t.kind[j] === TK_WORD && BACK_SKIP.has(t.hash[j])) || (t.kind[j] === TK_PUNCT && t.byte[j] === 0x2c))) j--;
  // The phrase [a, e): up to MAX_KW_WORDS words (or words joined by a hyphen) ending at token e - 1.
  const back = (e: number): number => {
    let a = e;
    for (let words = 0; words < MAX_KW_WORDS && a - 1 >= c.start && plain(a - 1); words++) {
      a--;
      while (a - 2 >= c.start && hyphenJoins(t, a - 1) && plain(a - 2)) a -= 2;
    }
    return a;
  };
  const a = back(j + 1);
  if (a === j + 1) return [];
  const generic = (x: number, y: number) => {
    for (let g = x; g <= y; g++) if (t.kind[g] === TK_WORD && GENERIC.has(t.hash[g])) return true;
    return false;
  };
  if (generic(a, j)) return [];
  const out = [text(t, t.start[a], t.end[j])];
  let p = a - 1;
  while (p >= c.start && t.kind[p] === TK_WORD && skip.has(t.hash[p])) p--;
  if (p > c.start && t.kind[p] === TK_WORD && t.hash[p] === AND) {
    let q = p - 1;
    while (q >= c.start && t.kind[q] === TK_WORD && skip.has(t.hash[q])) q--;
    const a2 = back(q + 1);
    if (a2 < q + 1) {
      if (generic(a2, q)) return [];
      out.unshift(text(t, t.start[a2], t.end[q]));
    }
  }
  return out;
}

/** Keywords asked for by an imperative inside a clause the classifier did not flag: a part of the clause
 * (its start, or after , ( : or "and") that opens with lead words (RSET KW_LEAD: "and", "please", "make
 * sure", "don't forget to", ...) and then a cue verb (RSET KW_IMP: "mention", "talk about", "says"). A
 * negation among the lead words ("don't", "never"; RSET KW_NEG) cancels it unless "forget" is there too
 * ("don't forget to mention"). Lead words may be claimed (IGNORE claims "don't forget"); the cue may not.
 * The keyword is the noun phrase after the cue, as in cueKeywords. */
function imperativeKeywords(r: Responder, t: Tokens, c: Clause, used: Uint8Array): string[] {
  const lead = r.sets.KW_LEAD;
  const imp = r.sets.KW_IMP;
  const out: string[] = [];
  for (let i = c.start; i < c.end; i++) {
    const opens = i === c.start || (t.kind[i - 1] === TK_PUNCT && (t.byte[i - 1] === 0x2c || t.byte[i - 1] === 0x28 || t.byte[i - 1] === 0x3a)) || (t.kind[i - 1] === TK_WORD && t.hash[i - 1] === AND);
    if (!opens || t.kind[i] !== TK_WORD) continue;
    let j = i;
    let neg = false;
    let forget = false;
    while (j < c.end && t.kind[j] === TK_WORD && lead.has(t.hash[j]) && !imp.has(t.hash[j])) {
      if (r.sets.KW_NEG.has(t.hash[j])) neg = true;
      if (t.hash[j] === FORGET) forget = true;
      j++;
    }
    if (j >= c.end || t.kind[j] !== TK_WORD || used[j] || !imp.has(t.hash[j]) || (neg && !forget)) continue;
    out.push(...phraseAfter(r, t, c, used, j + 1, imp));
    // Go on after the cue: a part opening at "and" must not be read again from the word after it.
    i = j;
  }
  return out;
}

/** After a highlight or bullet count, the words that say what is counted ("3 items", "2+ phrases"), the adjectives
 * before them ("the 3 most important warnings"), or "of" / "or" ("5 of them", "2 or more"); another word makes it a count
 * of something else ("the 2 articles"). */
const MARKED_NEXT = new Set([
  hashOf('items'), hashOf('item'), hashOf('things'), hashOf('tips'), hashOf('steps'), hashOf('phrases'), hashOf('ideas'),
  hashOf('facts'), hashOf('reasons'), hashOf('rules'), hashOf('most'), hashOf('key'), hashOf('main'), hashOf('important'),
  hashOf('of'), hashOf('or'),
]);

/** The count of a clause: its first number (digits or RNUM word, 1..max) not followed by a unit word (RSET NUM_UNIT)
 * and, with `used`, on a token no pattern match claimed; with `marked` (version 21) also not followed by a word outside
 * MARKED_NEXT; 0 when none. */
function clauseCount(r: Responder, t: Tokens, c: Clause, max: number, used: Uint8Array | null, marked = false): number {
  for (let i = c.start; i < c.end; i++) {
    if (t.kind[i] !== TK_WORD || (used && used[i])) continue;
    let v = -1;
    if (isDigits(t, i)) {
      if (t.end[i] - t.start[i] > 2) continue;
      v = 0;
      for (let k = t.start[i]; k < t.end[i]; k++) v = v * 10 + (t.bytes[k] - 0x30);
    } else {
      const n = r.numbers.get(t.hash[i]);
      if (n === undefined) continue;
      v = n;
    }
    if (i + 1 < c.end && t.kind[i + 1] === TK_WORD && r.sets.NUM_UNIT.has(t.hash[i + 1])) continue;
    if (marked && i + 1 < c.end && t.kind[i + 1] === TK_WORD && !MARKED_NEXT.has(t.hash[i + 1])) continue;
    if (v >= 1 && v <= max) return v;
  }
  return 0;
}

/** An end phrase from a clause: the text after its last colon through the clause's closing . ? !
 * (at most MAX_END_TOKENS tokens, none claimed by a pattern match: version 20), else its last unclaimed double-quoted span, else (version 18) the words after its
 * last "with" that run to its end or to a placing tail; null when none. */
function endPhraseOf(r: Responder, t: Tokens, c: Clause, used: Uint8Array, ms: Match[]): string | null {
  let colon = -1;
  for (let i = c.start; i < c.end; i++) if (t.kind[i] === TK_PUNCT && t.byte[i] === 0x3a) colon = i;
  // Version 20: words a pattern read as another instruction are no ending ("Our club rule: all small letters."); an
  // IGNORE match reads none ("Closing line: Don't hesitate to call us.").
  const free = colon < 0 || !ms.some((m) => m.family !== 'IGNORE' && m.start < c.end && m.end > colon + 1);
  if (colon >= 0 && free && colon + 1 < c.end && c.end - colon <= MAX_END_TOKENS) {
    let s = text(t, t.start[colon + 1], t.end[closingToken(t, c)]);
    if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) s = s.slice(1, -1).trim();
    if (s) return s;
  }
  const qs = freeQuoted(t, c, used);
  if (qs.length > 0) return qs[qs.length - 1];
  // An ending named without quotes or a colon ("sign off with Cheers Mike", "End with See you at dawn."): the words after
  // the clause's last "with" that opens no placing tail ("End with Cheers Mike with nothing after it"), up to the clause
  // end or a placing tail ("finish with ALL WELCOME as the final words", as the patterns' PHT), all unclaimed,
  // MAX_WITH_END_WORDS at most, and not a description ("finish with a question", "end with two tips", "close with it",
  // "finish with NBA stats about LeBron"): the first word no KW_SKIP or KW_STOP word, number or digits, and no word
  // "about" (version 18).
  let w = -1;
  for (let i = c.start; i < c.end; i++) if (t.kind[i] === TK_WORD && t.hash[i] === WITH && !endingTailAt(t, i)) w = i;
  if (w < 0 || w + 1 >= c.end) return null;
  // The scan stops one word past the limit: a longer run is no ending wherever its tail is.
  const stop = Math.min(c.end, w + 2 + MAX_WITH_END_WORDS);
  let e = w + 2;
  while (e < stop && !endingTailAt(t, e)) e++;
  if (e - w - 1 > MAX_WITH_END_WORDS) return null;
  // A phrase with "about" in it names a topic ("Finish with NBA stats about LeBron.").
  for (let i = w + 1; i < e; i++) if (t.kind[i] !== TK_WORD || used[i] || t.hash[i] === ABOUT) return null;
  const h = t.hash[w + 1];
  if (r.sets.KW_SKIP.has(h) || r.sets.KW_STOP.has(h) || r.numbers.has(h) || isDigits(t, w + 1)) return null;
  const ph = text(t, t.start[w + 1], t.end[e < c.end ? e - 1 : closingToken(t, c)]);
  return ph || null;
}

/** The clause's last token for an ending: its closing boundary token when that is punctuation (". ? !"), else its last. */
function closingToken(t: Tokens, c: Clause): number {
  return c.end < t.n && t.kind[c.end] === TK_PUNCT ? c.end : c.end - 1;
}

/** Tokens claimed by pattern matches (1) or free (0). */
export function usedTokens(t: Tokens, ms: Match[]): Uint8Array {
  const used = new Uint8Array(t.n);
  for (const m of ms) for (let i = m.start; i < m.end && i < t.n; i++) used[i] = 1;
  return used;
}

const overlaps = (m: Match, c: Clause) => m.start < c.end && m.end > c.start;

/** Step 5 of plan folding: the classifier's flagged clauses fill what the patterns did not read. */
export function readClauses(r: Responder, t: Tokens, plan: Plan, ms: Match[]): void {
  if (r.clsClasses === 0) return;
  const used = usedTokens(t, ms);
  const phNum = ms.some((m) => m.family === 'PLACEHOLDER' && m.hasNum);
  const hlNum = ms.some((m) => m.family === 'HIGHLIGHT' && m.hasNum);
  const blNum = ms.some((m) => m.family === 'BULLETS' && m.hasNum);
  for (const c of clauses(t)) {
    if (!ms.some((m) => (m.family === 'KEYWORDS' || m.family === 'KWFREQ' || m.family === 'FORBID') && overlaps(m, c))) {
      // A flagged clause reads its quoted spans or the words after a cue; any clause reads an imperative.
      // A flagged clause's quoted spans first, then an imperative ("..., and please mention calathea" before the
      // flagged clause's first cue word, "say that question back"), then the words after a cue.
      const flagged = clauseScore(r, t, c, CLS_EXISTENCE) > 0;
      let ks = flagged ? freeQuoted(t, c, used) : [];
      if (ks.length === 0) ks = imperativeKeywords(r, t, c, used);
      if (ks.length === 0 && flagged) ks = cueKeywords(r, t, c, used);
      if (ks.length === 0 && flagged) ks = keywordsBefore(r, t, c, used);
      for (const k of ks) plan.keywords.push(k);
    }
    // The count first: scoring a clause costs more than scanning it for a number (the board's instruction budget).
    if (!phNum) {
      const n = clauseCount(r, t, c, MAX_PLACEHOLDERS, null);
      if (n > plan.placeholders && clauseScore(r, t, c, CLS_PLACEHOLDERS) > 0) plan.placeholders = n;
    }
    // Version 21: a highlight or bullet count said in a clause's own words ("Emphasis: 2+ phrases marked *like this*",
    // "Format: markdown list, 3 items", "with markdown highlight, *like this*, minimum six times"), where no pattern read
    // one: the clause's first unclaimed number. Both checks need no relation (highlights are a minimum, bullets exact).
    // Not in a prompt not written in English: the classifier learned English clauses ("per esempio *1.100 gradi*").
    if (!plan.foreign && (!hlNum || (plan.bullets === null && !blNum))) {
      const n = clauseCount(r, t, c, MAX_MARKED, used, true);
      if (!hlNum && n > plan.highlights && clauseScore(r, t, c, CLS_HIGHLIGHTS) > 0) plan.highlights = n;
      if (plan.bullets === null && !blNum && n > 0 && clauseScore(r, t, c, CLS_BULLETS) > 0) plan.bullets = n;
    }
    if (plan.endPhrase === null && !ms.some((m) => m.family === 'ENDPHRASE') && clauseScore(r, t, c, CLS_END) > 0) {
      const e = endPhraseOf(r, t, c, used, ms);
      if (e !== null) plan.endPhrase = e;
    }
  }
}
