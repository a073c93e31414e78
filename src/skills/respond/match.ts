// The pattern matcher (docs/format.md §6.4): runs the artifact's patterns over the prompt's
// tokens, in table order, each match claiming its tokens. A pattern is tried only at the tokens
// its first element can start at (match-index.ts); plan.ts folds the matches into a Plan.
// Bounded work: patterns have at most 255 ops, gaps at most 255 tokens, slots scan at most
// MAX_SLOT tokens; prompts are cut at MAX_TOKENS tokens.
import { OP, OPT_FLAG, type Responder } from './artifact.ts';
import { buildMatchIndex, type MatchIndex, type TokenKeys } from './match-index.ts';
import { FAMILIES, REL_KINDS, type Family, type RelKind } from './tables.ts';
import { TK_NL, TK_PUNCT, TK_WORD, digitsValue, hashOf, hyphenJoins, isBoundary, quotedTokens, tagJoins, type Tokens } from './tokenize.ts';

const MAX_SLOT = 60;
/** Longest bare {QL} item of a PHRASES pattern, in words ("bridging loan", "food insecurity"). */
const MAX_PHRASE_WORDS = 3;

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
/** Most words of a {PHT} ending, and of one in a prompt typed all in lowercase. */
const MAX_ENDING_WORDS = 3;
const MAX_LOWER_ENDING_WORDS = 2;
/** Most words of a capitalised ending closed by "!" (version 17: "finish with Roll up roll up!"); a full stop or the
 * prompt's end still closes three at most ("Finish with NBA stats about LeBron." describes the ending). */
const MAX_EXCLAIMED_ENDING_WORDS = 5;
/** Most words of an unquoted ending before a tail ("Cheers Mike at the very end") or, typed in lowercase, running to the
 * prompt's end ("end it with buckle up and enjoy the ride"); version 17. */
const MAX_TAILED_ENDING_WORDS = 6;
/** Most digits of a number ({N}). */
const MAX_DIGITS = 7;
const B_QUOTE = 0x22;
const B_APOS = 0x27;

/** Version 23: the value of 1-4 ASCII digits followed by "st", "nd", "rd" or "th" (any case), else -1. */
function suffixedOrdinal(w: string): number {
  const m = /^([0-9]{1,4})(st|nd|rd|th)$/i.exec(w);
  return m ? Number(m[1]) : -1;
}

export class Detector {
  readonly index: MatchIndex;
  /** Set while a pattern whose arg is "QUOTED" runs: its {QL} accepts quoted items only. */
  private quotedOnly = false;
  /** Set while a pattern whose arg is "PHRASES" runs: a bare {QL} item may run to MAX_PHRASE_WORDS words. */
  private phrases = false;
  /** Set while a pattern whose arg is "PLURAL" runs (version 25): its bare {L} is a letter's plural ("z's") only. */
  private plural = false;
  /** The tokens earlier matches claimed, while a pattern runs: a bare {QL} item stops before one (version 12). */
  private claimed: Uint8Array | null = null;

  constructor(readonly r: Responder) {
    this.index = buildMatchIndex(r);
  }

  private text(t: Tokens, s: number, e: number): string {
    return dec.decode(t.bytes.subarray(s, e)).trim();
  }

  private isHash(t: Tokens, i: number, word: string): boolean {
    return i < t.n && t.hash[i] === hashOf(word);
  }

  /** The end of the relation phrase ({REL}) spelled at token i, with its kind; null when none is. */
  relationAt(t: Tokens, i: number): { end: number; rel: RelKind } | null {
    const c: Cap = { rel: 'NONE', postRel: 'NONE', n: 0, n2: 0, hasNum: false, strs: [], lang: null };
    const j = this.relation(t, i, c);
    return j < 0 ? null : { end: j, rel: c.rel };
  }

  /** The number ({N}) spelled at token i: its end, value, second value and postfix relation; null when none. */
  numberAt(t: Tokens, i: number): { end: number; n: number; n2: number; postRel: RelKind } | null {
    const c: Cap = { rel: 'NONE', postRel: 'NONE', n: 0, n2: 0, hasNum: false, strs: [], lang: null };
    const j = this.parseNumber(t, i, c, false);
    return j < 0 ? null : { end: j, n: c.n, n2: c.n2, postRel: c.postRel };
  }

  /** The ordinal ({ORD}) spelled at token i: its end and value; null when none. */
  ordinalAt(t: Tokens, i: number): { end: number; n: number } | null {
    const c: Cap = { rel: 'NONE', postRel: 'NONE', n: 0, n2: 0, hasNum: false, strs: [], lang: null };
    const j = this.parseNumber(t, i, c, true);
    return j < 0 ? null : { end: j, n: c.n };
  }

  /** True when a quoted string opens at token i. */
  quoteAt(t: Tokens, i: number): boolean {
    return this.quoted(t, i) !== null;
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

  /** Token k is the word "than" or starts a number (digits of any script, or an RNUM word). */
  private startsCount(t: Tokens, k: number): boolean {
    if (k >= t.n || t.kind[k] !== TK_WORD) return false;
    return this.isHash(t, k, 'than') || digitsValue(t, k, MAX_DIGITS) >= 0 || this.r.numbers.has(t.hash[k]);
  }

  /** The word after "or" / "and" in a count's postfix: GE for "more", "above", ... ("or more"), LE for "less", "fewer",
   * "under", "below" ("or fewer"), else NONE. */
  private orPostfix(t: Tokens, k: number): RelKind {
    for (const m of ['more', 'above', 'greater', 'higher', 'over', 'up']) if (this.isHash(t, k, m)) return 'GE';
    for (const m of ['less', 'fewer', 'under', 'below']) if (this.isHash(t, k, m)) return 'LE';
    return 'NONE';
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
      // "half a dozen" is six (version 19; it was read as twelve).
      if (k > 0 && i > 0 && this.isHash(t, i - 1, 'half') && this.isHash(t, i + 1, 'dozen')) c.n = 6;
      if (k > 0 && this.isHash(t, k, 'of')) return k + 1;
      return k;
    }
    // Digits of any script step 0 reads ("۱۰۰ کلمه", "४० शब्द", version 12).
    const digits = digitsValue(t, i, MAX_DIGITS);
    // "3x highlights", "max 2x": a count typed with a multiplication sign (version 11); "x5" (version 12).
    const times = ordinal ? -1 : timesValue(t, i);
    if (digits >= 0) {
      value = digits;
      j = i + 1;
    } else if (times >= 0) {
      value = times;
      j = i + 1;
    } else if (ordinal && r.ordinals.has(t.hash[i])) {
      value = r.ordinals.get(t.hash[i])!;
      j = i + 1;
    } else if (ordinal && suffixedOrdinal(w) >= 0) {
      // Version 23: digits with an English ordinal suffix past the table ("the 89th word").
      value = suffixedOrdinal(w);
      j = i + 1;
    } else if (r.numbers.has(t.hash[i])) {
      const h = t.hash[i];
      // "no" counts zero of the word after it ("no commas"); before punctuation it is not a number ("[bed no], ≥ 4
      // placeholders", version 12).
      if (h === hashOf('no') && (i + 1 >= t.n || t.kind[i + 1] !== TK_WORD)) return -1;
      // "no other lines bulleted" excepts the rest, it counts none of them; "no fewer than two" is a relation (version 19).
      if (h === hashOf('no') && (t.hash[i + 1] === hashOf('other') || t.hash[i + 1] === hashOf('fewer') || t.hash[i + 1] === hashOf('less') || t.hash[i + 1] === hashOf('more'))) return -1;
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
      const post = this.orPostfix(t, j + 1);
      if (post !== 'NONE') return (c.postRel = post), j + 2;
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
      case OP.REL:
        return this.relation(t, i, c);
      case OP.NUM:
        return this.parseNumber(t, i, c, false);
      case OP.ORD:
        return this.parseNumber(t, i, c, true);
      case OP.NT: {
        // "once", "twice", "thrice", and a count typed with a multiplication sign ("pipe at least 3x", version 12).
        const wasTimes = i < t.n && (t.hash[i] === hashOf('once') || t.hash[i] === hashOf('twice') || t.hash[i] === hashOf('thrice') || timesValue(t, i) >= 0);
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
        // A tag's `#` or `@` belongs to the word (version 17: "#oatlife").
        const w = tagJoins(t, i) ? i + 1 : i;
        if (w < t.n && t.kind[w] === TK_WORD) {
          const j = hyphenRun(t, w);
          c.strs.push(this.text(t, t.start[i], t.end[j - 1]));
          return j;
        }
        return -1;
      }
      case OP.QL:
        return this.list(t, i, c);
      case OP.L: {
        const q = this.quoted(t, i);
        if (q && [...q[0]].length === 1) {
          c.strs.push(q[0]);
          return q[1];
        }
        // One byte, or one word of one code point ("ñ", "ß"); never a quotation mark (version 17: "'forty' in it at
        // least twice" counts a word, not the mark that closes it), never bare sentence punctuation or a digit
        // (version 25: "the letter, get at least four z's" names no comma, "the 5 tips ..., at least 3 of them" no
        // digit; a mark to count is quoted or named by the row's arg); with PLURAL, only a letter's plural below.
        if (i < t.n && !this.plural && !(t.kind[i] === TK_PUNCT && SENTENCE_PUNCT.includes(t.byte[i])) && !isDigitToken(t, i) && ((t.end[i] - t.start[i] === 1 && t.kind[i] !== TK_NL) || (t.kind[i] === TK_WORD && [...this.text(t, t.start[i], t.end[i])].length === 1))) {
          c.strs.push(this.text(t, t.start[i], t.end[i]));
          return i + 1;
        }
        // A letter's plural with an apostrophe ("10 letter w's", "k’s"): the token is the letter, the apostrophe and "s".
        if (i < t.n && t.kind[i] === TK_WORD && isLetterPlural(t.bytes, t.start[i], t.end[i])) {
          c.strs.push(this.text(t, t.start[i], t.start[i] + 1));
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
          // A double quote inside an unquoted phrase closes an outer quotation ('rules: "... The final line must be: good
          // luck on the midterm".'): the phrase ends before it (version 14).
          if (j > from && t.kind[j] === TK_PUNCT && t.byte[j] === 0x22) break;
          // "... with the line THANK YOU and nothing after it.": what follows the phrase is no part of it (version 15).
          if (j > from && this.isHash(t, j, 'and') && this.isHash(t, j + 1, 'nothing')) break;
          // Version 23: a reason after a phrase not brought in by a colon is no part of it ("the very last bit has to be
          // xoxo, Auntie Bev bc thats how i always sign off"; "End with: Book now, because ..." keeps its reason).
          if (j > from && from === i && (this.isHash(t, j, 'because') || this.isHash(t, j, 'bc') || this.isHash(t, j, 'cuz') || this.isHash(t, j, 'cos'))) break;
          j++;
          if (isBoundary(t, j - 1)) break;
        }
        const s = this.text(t, t.start[from], t.end[j - 1]);
        if (!s) return -1;
        c.strs.push(s);
        return j;
      }
      case OP.PHC: {
        // A phrase in capitals, unquoted ("end it with GO BREAKERS"): a run of words without a lowercase ASCII letter,
        // one with at least two capital letters, and a ! or . after it (taken with it), or a line break or boundary.
        let j = i;
        let strong = false;
        // Version 20: a comma between words in capitals is the phrase's ("finish with THREE, TWO, ONE, LIFT OFF!"); when
        // the run past it does not end the sentence, the phrase ends at the last such comma, as before ("end it with
        // GO TEAM, NOT too loud though").
        let lastComma = -1;
        let strongAtComma = false;
        while (j < t.n && j - i < MAX_SLOT) {
          if (j > i && t.kind[j] === TK_PUNCT && t.byte[j] === 0x2c && j + 1 < t.n && t.kind[j + 1] === TK_WORD && capsWord(t.bytes, t.start[j + 1], t.end[j + 1]) >= 2) {
            lastComma = j;
            strongAtComma = strong;
            j++;
            continue;
          }
          if (t.kind[j] !== TK_WORD) break;
          const caps = capsWord(t.bytes, t.start[j], t.end[j]);
          // Version 16: a number after a word in capitals belongs to the phrase ("end with DOORS CLOSE AT 7.").
          if (caps < 0 && !(j > i && isDigits(t.bytes, t.start[j], t.end[j]))) break;
          if (caps >= 2) strong = true;
          j++;
        }
        if (!strong) return -1;
        // It ends the sentence: a ! (taken), a line break, a comma (version 16: "finish with NO HARNESS NO ROOF, which
        // is our rule"), another boundary or the prompt's end ("Finish with NBA stats" is not a phrase). A full stop is
        // the sentence's, not the phrase's (version 16: "the last words must be STAY OFF THE ICE."), except (version 22)
        // the full stop that ends the prompt: three blind authors of four wrote it as the phrase's ("Last line has to be
        // exactly BREAK OFF AND ENJOY.", line breaks after it allowed), unless a number ends the phrase ("end with DOORS
        // CLOSE AT 7.").
        if (j < t.n && t.kind[j] === TK_PUNCT && t.byte[j] === 0x21) j++;
        else if (j < t.n && t.kind[j] === TK_PUNCT && t.byte[j] === 0x2e && onlyBreaksAfter(t, j + 1) && !isDigits(t.bytes, t.start[j - 1], t.end[j - 1])) j++;
        else if (j < t.n && t.kind[j] !== TK_NL && !isBoundary(t, j) && !(t.kind[j] === TK_PUNCT && t.byte[j] === 0x2c)) {
          if (lastComma < 0 || !strongAtComma) return -1;
          j = lastComma;
        }
        c.strs.push(this.text(t, t.start[i], t.end[j - 1]));
        return j;
      }
      case OP.PHT: {
        // An unquoted ending of one to three words closed by . or ! ("end with God bless.", "end with take care. and
        // under 50 words"): its first word written with a capital, or the whole prompt has none (typed in lowercase),
        // and not a word that describes the ending instead (PHRASE_STOP: "end with a question.").
        // Version 17: a tag ("end with #NeverStopLearning") is the ending by itself, as written, when the prompt, its
        // sentence or its clause ends after it.
        if (tagJoins(t, i)) {
          const j = hyphenRun(t, i + 1);
          if (j < t.n && !isBoundary(t, j) && !(t.kind[j] === TK_PUNCT && t.byte[j] === 0x2c)) return -1;
          c.strs.push(this.text(t, t.start[i], t.end[j - 1]));
          return j;
        }
        if (i >= t.n || t.kind[i] !== TK_WORD || r.sets.PHRASE_STOP.has(t.hash[i])) return -1;
        const b0 = t.bytes[t.start[i]];
        if (b0 >= 0x30 && b0 <= 0x39) return -1;
        const lower = !(b0 >= 0x41 && b0 <= 0x5a);
        if (lower && hasAsciiCapital(t.bytes)) return -1;
        // Version 17: words followed by a tail that places them ("sign off with Cheers Mike at the very end", "as Priya
        // Nair with nothing after it") are the ending as written.
        for (let k = i + 1; k < t.n && t.kind[k] === TK_WORD && k - i <= MAX_TAILED_ENDING_WORDS; k++) {
          if (endingTailAt(t, k)) {
            c.strs.push(this.text(t, t.start[i], t.end[k - 1]));
            return k;
          }
        }
        // The run of word tokens from i, MAX_TAILED_ENDING_WORDS at most. In a prompt typed in lowercase, two words at
        // most ("take care.", not "questions for the reader."), or all of the run when it reaches the prompt's end
        // (version 17); capitalised, three, or up to MAX_EXCLAIMED_ENDING_WORDS closed by "!" (version 17).
        let run = i;
        while (run < t.n && t.kind[run] === TK_WORD && run - i < MAX_TAILED_ENDING_WORDS) run++;
        const most = !lower ? MAX_ENDING_WORDS : run === t.n ? MAX_TAILED_ENDING_WORDS : MAX_LOWER_ENDING_WORDS;
        let j = Math.min(run, i + most);
        if (!lower && j < run) {
          const e = Math.min(run, i + MAX_EXCLAIMED_ENDING_WORDS);
          if (e < t.n && t.kind[e] === TK_PUNCT && t.byte[e] === 0x21) j = e;
        }
        // Version 16: a capitalised ending that runs to the prompt's end needs no mark ("Close the message with
        // JazakAllah khair"); it is taken as written (version 17: so is one typed in lowercase).
        if (j === t.n && j > i) {
          c.strs.push(this.text(t, t.start[i], t.end[j - 1]));
          return j;
        }
        if (!(j < t.n && t.kind[j] === TK_PUNCT && (t.byte[j] === 0x2e || t.byte[j] === 0x21))) return -1;
        // Not an abbreviation ("starting with P.S.", "e.g."): a one-letter word, or a word right after the mark.
        if ((j === i + 1 && t.end[i] - t.start[i] < 2) || (j + 1 < t.n && t.start[j + 1] === t.end[j] && t.kind[j + 1] === TK_WORD)) return -1;
        c.strs.push(this.text(t, t.start[i], t.end[j]));
        return j + 1;
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

  /** {REL}: the first relation phrase in table order that the tokens at i spell. Only phrases
   * that start with token i's word can, so those are the ones tried when the index has them. */
  private relation(t: Tokens, i: number, c: Cap): number {
    const r = this.r;
    const byFirst = this.index.relByFirst;
    const tryPhrase = (k: number): number => {
      const len = r.relLen[k];
      let ok = i + len <= t.n;
      for (let m = 0; ok && m < len; m++) ok = t.hash[i + m] === r.hashes[r.relFirst[k] + m];
      if (!ok) return -1;
      c.rel = REL_KINDS[r.relKind[k]];
      return i + len;
    };
    if (byFirst) {
      if (i >= t.n) return -1;
      for (const k of byFirst.get(t.hash[i]) ?? []) {
        const j = tryPhrase(k);
        if (j >= 0) return j;
      }
      return -1;
    }
    for (let k = 0; k < r.relKind.length; k++) {
      const j = tryPhrase(k);
      if (j >= 0) return j;
    }
    return -1;
  }

  /** {QL}: quoted strings or bare words joined by , and or / nor (only quoted ones after a quoted first item). */
  private list(t: Tokens, i: number, c: Cap): number {
    const quotedOnly = this.quotedOnly;
    const sets = this.r.sets;
    let j = i;
    while (j < t.n && j - i < 6 && sets.LIST_LEAD.has(t.hash[j]) && !this.quoted(t, j)) j++;
    let items = 0;
    let last = -1;
    // A list that opens with a quoted item goes on with quoted items only: "the word 'hostel', and avoid commas".
    let firstQuoted = false;
    // The separators before the item are commas or slashes only (no "and"/"or").
    let commaOnly = false;
    while (j < t.n && items < 16) {
      const q = this.quoted(t, j);
      if (q) {
        c.strs.push(q[0]);
        j = q[1];
        if (items === 0) firstQuoted = true;
      } else if (!quotedOnly && !firstQuoted && (this.bareWord(t, j) || (tagJoins(t, j) && this.bareWord(t, j + 1)))) {
        // A bare item is one word or words joined by a hyphen touching both ("hi-vis", version 12; or an underscore,
        // "no_show", version 17), tagged by a `#` or `@` before it ("#oatlife", version 17); with PHRASES, up to
        // MAX_PHRASE_WORDS such words ("food insecurity", "Wi-Fi"). It never runs into a token an earlier match
        // claimed ("never use the word hardworking, max 3 sentences": "max" is the sentence count's).
        const s0 = j;
        j += t.kind[j] === TK_WORD ? 1 : 2;
        for (let words = 1; j < t.n; ) {
          if (hyphenJoins(t, j) && !this.claimed?.[j + 1]) j += 2;
          else if (this.phrases && words < MAX_PHRASE_WORDS && this.bareWord(t, j)) {
            j++;
            words++;
          } else break;
        }
        // A word after a comma that more words follow opens a new clause, not an item ("Never use the word toxic,
        // legal flagged it": version 12).
        if (items > 0 && commaOnly && !this.phrases && j < t.n && this.bareWord(t, j)) break;
        c.strs.push(this.text(t, t.start[s0], t.end[j - 1]));
      } else break;
      items++;
      last = j;
      // separators
      let k = j;
      let seps = 0;
      commaOnly = true;
      // After a quoted item, "and"/"or" of other languages join too (RSET LIST_JOIN: "'balkon' i 'tramwaj'").
      while (k < t.n && seps < 3 && (isConnector(t, k) || (firstQuoted && sets.LIST_JOIN.has(t.hash[k])) || (t.kind[k] === TK_PUNCT && (t.byte[k] === 0x2c || t.byte[k] === 0x2f)))) {
        if (t.kind[k] === TK_WORD) commaOnly = false;
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

  /** Token j can be (part of) a bare {QL} item: an unclaimed word that neither stops a list nor joins one. */
  private bareWord(t: Tokens, j: number): boolean {
    return t.kind[j] === TK_WORD && !this.claimed?.[j] && !this.r.sets.LIST_STOP.has(t.hash[j]) && !isConnector(t, j);
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

  /** All matches of the pattern table over the tokens, in table order, each claiming its tokens.
   * A pattern is tried only where the index says it can start (every token when its first element
   * is not keyed by the token's hash): the same matches as trying it at every token. */
  matches(t: Tokens, keys: TokenKeys, claimed: Uint8Array, only?: Family): Match[] {
    const r = this.r;
    const ix = this.index;
    const out: Match[] = [];
    // IGNORE rows ("don't forget") never start inside quotes: a quoted end phrase may say "Don't forget the strings."
    let quoted: Uint8Array | null = null;
    for (let p = 0; p < r.patFamily.length; p++) {
      const family = FAMILIES[r.patFamily[p]];
      if (only ? family !== only : family === 'REPEAT') continue;
      const skip = family === 'IGNORE' ? (quoted ??= quotedTokens(t)) : null;
      if (ix.patAny[p]) {
        for (let i = 0; i < t.n; i++) if (!claimed[i] && !(skip && skip[i])) this.tryAt(t, p, i, claimed, out);
        continue;
      }
      const word = p >>> 5;
      const bit = 1 << (p & 31);
      const odd = ix.patOdd[p];
      for (const i of keys.cand) {
        if (claimed[i] || (skip && skip[i])) continue;
        const row = keys.row[i];
        if ((row && row[word] & bit) || (odd && keys.odd[i])) this.tryAt(t, p, i, claimed, out);
      }
    }
    return out;
  }

  /** Pattern p at token i: on a match that covers only unclaimed tokens, claims them and records it. */
  private tryAt(t: Tokens, p: number, i: number, claimed: Uint8Array, out: Match[]): void {
    const r = this.r;
    const first = r.patFirstOp[p];
    const c: Cap = { rel: 'NONE', postRel: 'NONE', n: 0, n2: 0, hasNum: false, strs: [], lang: null };
    // Version 26, PREV: the word token right before the match is its first capture (for LETTER a letter's plural, read
    // as its letter) and the match starts there ("for Hereford, so that word needs ...", "lots of b's, so ..."): the
    // row is keyed by its own first token instead of being tried at every word.
    let start = i;
    if (r.patArg[p] === 'PREV') {
      const k = i - 1;
      const letter = FAMILIES[r.patFamily[p]] === 'LETTER';
      if (k < 0 || claimed[k] || t.kind[k] !== TK_WORD || (letter && !isLetterPlural(t.bytes, t.start[k], t.end[k]))) return;
      c.strs.push(this.text(t, t.start[k], letter ? t.start[k] + 1 : t.end[k]));
      start = k;
    }
    this.quotedOnly = r.patArg[p] === 'QUOTED';
    this.phrases = r.patArg[p] === 'PHRASES';
    this.plural = r.patArg[p] === 'PLURAL';
    this.claimed = claimed;
    const j = this.seq(t, first, first + r.patOpCount[p], i, c);
    this.quotedOnly = false;
    this.phrases = false;
    this.plural = false;
    this.claimed = null;
    if (j <= i) return;
    for (let k = i; k < j; k++) if (claimed[k]) return;
    let rel: RelKind = c.rel;
    if (c.postRel === 'RANGE' || (c.postRel !== 'NONE' && (rel === 'NONE' || rel === 'EQ'))) rel = c.postRel;
    // "the letter z 15 times or more", "the word cat 3 times or fewer": a count read without a relation takes the
    // "or more" / "or less" right after the match (version 18), as the number's own postfix would.
    let end = j;
    if (c.hasNum && rel === 'NONE' && end + 1 < t.n && !claimed[end] && !claimed[end + 1] && this.isHash(t, end, 'or')) {
      const post = this.orPostfix(t, end + 1);
      // "3 paragraphs or under 150 words", "or more than 200 words": the word starts another count.
      if (post !== 'NONE' && !this.startsCount(t, end + 2)) {
        rel = post;
        end += 2;
      }
    }
    // Version 20: or the bound phrase right after it that ends its clause ("husky three times at least,", "3 times
    // max and no commas"): punctuation, a line break, the prompt's end or a SEG_JOIN word not before a count follows
    // the phrase ("3 times at least 100 words" is the next count's, "3 times over the course of the story" no bound).
    if (c.hasNum && rel === 'NONE' && end < t.n && !claimed[end]) {
      const post = this.relationAt(t, end);
      const e = post ? post.end : 0;
      // "and no commas": "no" reads as zero, no count.
      const closes = post !== null && (e >= t.n || t.kind[e] !== TK_WORD || (r.sets.SEG_JOIN.has(t.hash[e]) && !((this.numberAt(t, e + 1)?.n ?? 0) > 0)));
      if (post && (post.rel === 'GE' || post.rel === 'GT' || post.rel === 'LE' || post.rel === 'LT') && closes) {
        let free = true;
        for (let k = end; k < post.end; k++) if (claimed[k]) free = false;
        if (free) {
          rel = post.rel;
          end = post.end;
        }
      }
    }
    for (let k = start; k < end; k++) claimed[k] = 1;
    if (rel === 'NONE') rel = REL_KINDS[r.patRel[p]];
    out.push({ family: FAMILIES[r.patFamily[p]], arg: r.patArg[p], rel, n: c.n, n2: c.n2, hasNum: c.hasNum, strs: c.strs, lang: c.lang, start, end });
  }
}

/** True when the bytes hold an ASCII capital letter. */
function hasAsciiCapital(b: Uint8Array): boolean {
  for (let k = 0; k < b.length; k++) if (b[k] >= 0x41 && b[k] <= 0x5a) return true;
  return false;
}

/** The capital letters of the word bytes [s, e), or -1 when it has a lowercase ASCII letter or no capital. */
function capsWord(b: Uint8Array, s: number, e: number): number {
  let caps = 0;
  for (let k = s; k < e; k++) {
    if (b[k] >= 0x61 && b[k] <= 0x7a) return -1;
    if (b[k] >= 0x41 && b[k] <= 0x5a) caps++;
  }
  return caps > 0 ? caps : -1;
}

/** Token i is one ASCII digit (version 25: a bare {L} never reads one). */
const isDigitToken = (t: Tokens, i: number): boolean => t.end[i] - t.start[i] === 1 && t.bytes[t.start[i]] >= 0x30 && t.bytes[t.start[i]] <= 0x39;

/** Bytes of sentence punctuation and quotation marks, which a bare {L} slot never reads (version 25). */
const SENTENCE_PUNCT: readonly number[] = Array.from('.,;:!?()[]"\'', (ch) => ch.charCodeAt(0));

/** True for the bytes [s, e) of "X's" or "X’s" with X an ASCII letter. */
function isLetterPlural(b: Uint8Array, s: number, e: number): boolean {
  const letter = (b[s] >= 0x41 && b[s] <= 0x5a) || (b[s] >= 0x61 && b[s] <= 0x7a);
  if (!letter || (b[e - 1] !== 0x73 && b[e - 1] !== 0x53)) return false;
  return (e - s === 3 && b[s + 1] === 0x27) || (e - s === 5 && b[s + 1] === 0xe2 && b[s + 2] === 0x80 && b[s + 3] === 0x99);
}

/** True for the bytes [s, e) when all are ASCII digits. */
function isDigits(b: Uint8Array, s: number, e: number): boolean {
  if (e <= s) return false;
  for (let k = s; k < e; k++) if (b[k] < 0x30 || b[k] > 0x39) return false;
  return true;
}

/** The value of token i when it is 1 or 2 ASCII digits and an x/X after them ("3x") or (version 12) before them
 * ("x5"): a count typed with a multiplication sign; else -1. */
function timesValue(t: Tokens, i: number): number {
  const n = t.end[i] - t.start[i];
  if (t.kind[i] !== TK_WORD || n < 2 || n > 3) return -1;
  const isX = (b: number) => b === 0x78 || b === 0x58;
  const xFirst = isX(t.bytes[t.start[i]]);
  if (!xFirst && !isX(t.bytes[t.end[i] - 1])) return -1;
  let v = 0;
  for (let k = t.start[i] + (xFirst ? 1 : 0); k < t.end[i] - (xFirst ? 0 : 1); k++) {
    if (t.bytes[k] < 0x30 || t.bytes[k] > 0x39) return -1;
    v = v * 10 + (t.bytes[k] - 0x30);
  }
  return v;
}

/** True when the tokens from k spell a tail that places an unquoted ending rather than belonging to it (version 17):
 * "at|as the (very)? end|bottom|last|final", "with|and nothing after|else|following|more", "on its own". */
export function endingTailAt(t: Tokens, k: number): boolean {
  const h = (j: number) => (j < t.n && t.kind[j] === TK_WORD ? t.hash[j] : 0);
  if ((h(k) === hashOf('at') || h(k) === hashOf('as')) && h(k + 1) === hashOf('the')) {
    const e = h(k + 2) === hashOf('very') ? h(k + 3) : h(k + 2);
    return e === hashOf('end') || e === hashOf('bottom') || e === hashOf('last') || e === hashOf('final');
  }
  if ((h(k) === hashOf('with') || h(k) === hashOf('and')) && h(k + 1) === hashOf('nothing')) {
    const e = h(k + 2);
    return e === hashOf('after') || e === hashOf('else') || e === hashOf('following') || e === hashOf('more');
  }
  return h(k) === hashOf('on') && h(k + 1) === hashOf('its') && h(k + 2) === hashOf('own');
}

/** The end of the word at token i and the words hyphens join to it ("hi-vis", "drop-in"): the next token index. */
function hyphenRun(t: Tokens, i: number): number {
  let j = i + 1;
  while (hyphenJoins(t, j)) j += 2;
  return j;
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

/** Nothing but line-break tokens from token k to the prompt's end (version 22: PHC's closing full stop). */
function onlyBreaksAfter(t: Tokens, k: number): boolean {
  for (let i = k; i < t.n; i++) if (t.kind[i] !== TK_NL) return false;
  return true;
}
