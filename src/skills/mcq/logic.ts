// The deductive module (docs/format.md §2.9): parses the context's conditional, categorical and
// disjunctive sentences into propositional formulas over at most 8 atoms, represents every
// formula by its 256-row truth table (8 u32 words), and decides for each option whether the
// context entails it, contradicts it, or neither. Integer-only and allocation-free per item.
import { LIMITS } from '../../text/limits.ts';
import type { LexiconTable } from './lexicon-table.ts';
import { LT_COMMA as LT_COMMA_, LT_END as LT_END_, LT_WORD as LT_WORD_, logicTokenize, makeLogicTokens, type LogicTokens } from './logic-tokens.ts';

// Module-local copies: imported bindings compile to getter calls under some loaders (tsx), and
// these are read in the innermost loops.
const LT_COMMA = LT_COMMA_;
const LT_END = LT_END_;
const LT_WORD = LT_WORD_;
const MAX_CONTEXT_BYTES = LIMITS.MAX_CONTEXT_BYTES;
const MAX_OPTION_BYTES = LIMITS.MAX_OPTION_BYTES;

// The module's own names for its constants: an exported binding is read through its module cell (a
// load and a check) at every use, even in its own module, and these are read in the parse loops.
const ATOMS = 8;
const ATOM_TOKENS = 12;
const WORDS = 8; // 2^8 assignments / 32 bits
export const MAX_ATOMS = ATOMS;
export const MAX_ATOM_TOKENS = ATOM_TOKENS;
export const TT_WORDS = WORDS;
export const CONTEXT_LOGIC_TOKENS = 768;
export const OPTION_LOGIC_TOKENS = 192;

/** Logic word ids, stored in lexicon flag bits 20..24 (LW_SHIFT). */
export const LW = {
  IF: 1, THEN: 2, ONLY: 3, UNLESS: 4, EITHER: 5, OR: 6, AND: 7, BOTH: 8, ALL: 9, NO: 10,
  COPULA: 11, NEITHER: 12, NOR: 13, THEREFORE: 14, ASEVEN: 15,
} as const;
const ID_SHIFT = 20;
export const LW_SHIFT = ID_SHIFT;
// The parse reads each id through a module-local name (see ATOMS above).
const LW_ALL = LW.ALL;
const LW_AND = LW.AND;
const LW_ASEVEN = LW.ASEVEN;
const LW_BOTH = LW.BOTH;
const LW_COPULA = LW.COPULA;
const LW_IF = LW.IF;
const LW_NEITHER = LW.NEITHER;
const LW_NO = LW.NO;
const LW_NOR = LW.NOR;
const LW_ONLY = LW.ONLY;
const LW_OR = LW.OR;
const LW_THEN = LW.THEN;
const LW_THEREFORE = LW.THEREFORE;
const LW_UNLESS = LW.UNLESS;
/** Logic word ids that can start or mark a rule (§2.9 rules 1–8): if, unless, all, no, or, nor. */
const ONLY_AND_IF = (1 << LW.ONLY) | (1 << LW.IF);
const OR_OR_NOR = (1 << LW.OR) | (1 << LW.NOR);
export const RULE_WORDS = (1 << LW.IF) | (1 << LW.UNLESS) | (1 << LW.ALL) | (1 << LW.NO) | (1 << LW.OR) | (1 << LW.NOR);
/** Of RULE_WORDS, those that make a rule wherever they stand in a sentence, and those that make one
 * only as its first word (`mayHaveRule`). */
const ANYWHERE_RULE_WORDS = (1 << LW.IF) | (1 << LW.UNLESS) | (1 << LW.OR) | (1 << LW.NOR);
const START_RULE_WORDS = (1 << LW.ALL) | (1 << LW.NO);
const FLAG_STOP = 1;
const FLAG_NEG = 2;
/** Flags that keep a word out of an atom (a literal's content words): NEG, STOP, any logic word id. */
const NOT_CONTENT = FLAG_NEG | FLAG_STOP | (31 << ID_SHIFT);

/** Verdicts, also the dense feature index within a question type's block. */
export const VERDICT = { ABSTAIN: 0, ENTAILED: 1, CONTRADICTED: 2, UNKNOWN: 3, UNKNOWN_NEW: 4 } as const;
// module-local names, as LW_ALL ...
const V_ABSTAIN = VERDICT.ABSTAIN;
const V_CONTRADICTED = VERDICT.CONTRADICTED;
const V_ENTAILED = VERDICT.ENTAILED;
const V_UNKNOWN = VERDICT.UNKNOWN;
const V_UNKNOWN_NEW = VERDICT.UNKNOWN_NEW;
export const VERDICT_NAMES = ['abstain', 'entailed', 'contradicted', 'unknown', 'unknown (new atoms)'] as const;

/** Atom matching: ov * den >= small * min(k, m) and ov * den >= large * max(k, m). */
export interface LogicParams {
  matchSmall: number;
  matchLarge: number;
  matchDen: number;
}

export const DEFAULT_LOGIC_PARAMS: LogicParams = { matchSmall: 2, matchLarge: 1, matchDen: 3 };

/** Truth-table column of each atom: bit b of word w is assignment j = 32w + b; atom a true iff bit a of j. */
const COLUMNS = (() => {
  const c = new Uint32Array(MAX_ATOMS * TT_WORDS);
  for (let a = 0; a < MAX_ATOMS; a++) {
    for (let w = 0; w < TT_WORDS; w++) {
      let word = 0;
      for (let b = 0; b < 32; b++) if (((32 * w + b) >> a) & 1) word |= 1 << b;
      c[a * TT_WORDS + w] = word >>> 0;
    }
  }
  return c;
})();

/** Sentence kinds recorded in the trace. */
export const SENTENCE_KIND = ['fact', 'if-then', 'only-if', 'unless', 'all', 'no', 'p-if-q', 'p-only-if-q', 'p-unless-q', 'or'] as const;

export interface LogicTrace {
  atoms: number[][]; // stemmed token hashes of each atom
  sentences: { kind: string; start: number; end: number }[];
  ruleCount: number;
  consistent: boolean;
}

export class DeductiveModule {
  private readonly lex: LexiconTable;
  readonly params: LogicParams;
  /** The context's stream and its lexicon flags (filled by `prepareContext`, or by the item tables'
   * one pass over the context, prepare.ts). */
  readonly ctx: LogicTokens = makeLogicTokens(CONTEXT_LOGIC_TOKENS);
  readonly ctxFlags = new Uint32Array(CONTEXT_LOGIC_TOKENS);
  /** Bit id set for each logic word id among the context stream's words (`mayHaveRule`). */
  ctxRuleWords = 0;
  /** One stream per option (filled by `prepareOption`, or by the item tables' one pass over each option). */
  readonly opts: LogicTokens[] = Array.from({ length: LIMITS.MAX_OPTIONS }, () => makeLogicTokens(OPTION_LOGIC_TOKENS));
  readonly optFlags: Uint32Array[] = Array.from({ length: LIMITS.MAX_OPTIONS }, () => new Uint32Array(OPTION_LOGIC_TOKENS));
  /** Flags of the stream being parsed (the context's or one option's). */
  private flags: Uint32Array = this.ctxFlags;
  // Atoms.
  private readonly atomTok = new Uint32Array(ATOMS * ATOM_TOKENS);
  private readonly atomLen = new Int32Array(ATOMS);
  /** Per atom, OR of 1 << (stem & 31) over its tokens: a filter that skips atoms sharing no token. */
  private readonly atomSig = new Uint32Array(ATOMS);
  private atomCount = 0;
  private atomsBeforeOption = 0;
  private newAtomUsed = false;
  // Segment scratch.
  private readonly segTok = new Uint32Array(ATOM_TOKENS + 1); // + 1: literal's spare entry
  /** Bit id set for each logic word id in the sentence being parsed: a search for a word whose
   * bit is clear cannot succeed, so it is skipped (the results are the same). */
  private sentIds = 0;
  // Truth-table registers.
  private readonly ctxMask = new Uint32Array(WORDS);
  private readonly optMask = new Uint32Array(WORDS);
  private readonly tmpA = new Uint32Array(WORDS);
  private readonly tmpB = new Uint32Array(WORDS);
  private readonly tmpC = new Uint32Array(WORDS);
  private readonly tmpD = new Uint32Array(WORDS);
  private readonly tmpE = new Uint32Array(WORDS);
  ruleCount = 0;
  consistent = false;
  /** The last `parseContext`: consistent with at least one rule, so options get verdicts. */
  active = false;
  readonly verdicts = new Uint8Array(LIMITS.MAX_OPTIONS);
  trace?: LogicTrace;

  constructor(lex: LexiconTable, params: LogicParams = DEFAULT_LOGIC_PARAMS) {
    this.lex = lex;
    this.params = params;
  }

  /** Tokenizes the context and looks up its flags (the first step of `run`). */
  prepareContext(context: Uint8Array): void {
    logicTokenize(context, MAX_CONTEXT_BYTES, this.ctx);
    this.ctxRuleWords = this.lookupFlags(this.ctx, this.ctxFlags);
  }

  /** Tokenizes option i and looks up its flags. */
  prepareOption(i: number, option: Uint8Array): void {
    logicTokenize(option, MAX_OPTION_BYTES, this.opts[i]);
    this.lookupFlags(this.opts[i], this.optFlags[i]);
  }

  /** Runs the module on an item; results in `verdicts[0..nOptions)`. With `prepared`, the context's
   * and every option's stream and flags are already filled (prepare.ts scans each field once for
   * both its feature tokens and its stream); otherwise options are tokenized only when the context has rules. */
  run(context: Uint8Array, options: Uint8Array[], wantTrace = false, prepared = false): void {
    if (!prepared) this.prepareContext(context);
    if (!this.parseContext(options.length, wantTrace)) return;
    if (!prepared) for (let i = 0; i < options.length; i++) this.prepareOption(i, options[i]);
    this.parseOptions(options.length);
  }

  /** The first half of `run`, on the context's stream and flags (already filled): every verdict is
   * "abstain", then the context is parsed unless it can hold no rule. Returns whether the options
   * need their streams parsed (`parseOptions`): only then are the option streams read, so item
   * preparation fills them only then (prepare.ts). */
  parseContext(nOptions: number, wantTrace = false): boolean {
    this.trace = wantTrace ? { atoms: [], sentences: [], ruleCount: 0, consistent: false } : undefined;
    this.atomCount = 0;
    this.atomsBeforeOption = ATOMS;
    this.ruleCount = 0;
    this.flags = this.ctxFlags;
    for (let i = 0; i < nOptions; i++) this.verdicts[i] = V_ABSTAIN;
    if (!wantTrace && !this.mayHaveRule()) {
      // No sentence can parse as a rule (§2.9 rules 1–8): rules = 0, so every verdict is "abstain"
      // whatever the sentences parse to. Skipping the parse changes no result.
      this.consistent = true;
      this.active = false;
      return false;
    }
    for (let w = 0; w < WORDS; w++) this.ctxMask[w] = 0xffffffff;
    this.parseText(this.ctx, this.ctxMask, true);
    let nonzero = 0;
    for (let w = 0; w < WORDS; w++) nonzero |= this.ctxMask[w];
    this.consistent = nonzero !== 0;
    this.active = this.consistent && this.ruleCount > 0;
    if (this.trace) {
      for (let a = 0; a < this.atomCount; a++) this.trace.atoms.push(Array.from(this.atomTok.subarray(a * ATOM_TOKENS, a * ATOM_TOKENS + this.atomLen[a])));
      this.trace.ruleCount = this.ruleCount;
      this.trace.consistent = this.consistent;
    }
    return this.active;
  }

  /** The second half of `run` after `parseContext` returned true: each option's verdict from its
   * stream and flags (`opts[i]`, `optFlags[i]`, already filled). */
  parseOptions(nOptions: number): void {
    const ctxAtoms = this.atomCount;
    for (let i = 0; i < nOptions; i++) {
      this.atomCount = ctxAtoms; // options may add atoms, but never for each other
      this.atomsBeforeOption = ctxAtoms;
      this.newAtomUsed = false;
      this.flags = this.optFlags[i];
      for (let w = 0; w < WORDS; w++) this.optMask[w] = 0xffffffff;
      const parsed = this.parseText(this.opts[i], this.optMask, false);
      if (parsed === 0) continue;
      let entailed = true;
      let contradicted = true;
      for (let w = 0; w < WORDS; w++) {
        if ((this.ctxMask[w] & ~this.optMask[w]) !== 0) entailed = false;
        if ((this.ctxMask[w] & this.optMask[w]) !== 0) contradicted = false;
      }
      this.verdicts[i] = entailed ? V_ENTAILED : contradicted ? V_CONTRADICTED : this.newAtomUsed ? V_UNKNOWN_NEW : V_UNKNOWN;
    }
    this.atomCount = ctxAtoms;
  }

  /** Whether a context sentence can parse as a rule (§2.9 rules 1–8). "if", "unless", "or" and
   * "nor" can make a rule anywhere in a sentence; "all" and "no" only as its first word (after
   * the comma / "therefore" / comma that `parseSentence` skips), so a context whose only rule
   * words are a mid-sentence "all" or "no" ("there is no ...") is not parsed. */
  private mayHaveRule(): boolean {
    const ids = this.ctxRuleWords;
    if ((ids & ANYWHERE_RULE_WORDS) !== 0) return true;
    if ((ids & START_RULE_WORDS) === 0) return false;
    const t = this.ctx;
    const kind = t.kind;
    const flags = this.ctxFlags;
    const n = t.n;
    let s = 0;
    while (s < n) {
      // s starts a sentence: the same skips as parseSentence, then its first entry
      let k = s;
      if (kind[k] === LT_COMMA) k++;
      if (k < n && kind[k] === LT_WORD && ((flags[k] >>> ID_SHIFT) & 31) === LW_THEREFORE) k++;
      if (k < n && kind[k] === LT_COMMA) k++;
      if (k < n && kind[k] !== LT_END && ((START_RULE_WORDS >>> ((flags[k] >>> ID_SHIFT) & 31)) & 1) !== 0) return true;
      while (s < n && kind[s] !== LT_END) s++;
      s++;
    }
    return false;
  }

  /** Fills flags[k] for every entry of t (0 for markers); returns the bit set of its logic word ids. */
  private lookupFlags(t: LogicTokens, flags: Uint32Array): number {
    let ids = 0;
    for (let k = 0; k < t.n; k++) {
      const f = t.kind[k] === LT_WORD ? this.lex.lookup(t.hash[k]) : 0;
      flags[k] = f;
      ids |= 1 << ((f >>> ID_SHIFT) & 31);
    }
    return ids;
  }

  private lw(k: number): number {
    return (this.flags[k] >>> ID_SHIFT) & 31;
  }

  /** Parses every sentence of `t`, AND-ing parsed sentences into `mask`. Returns how many parsed. */
  private parseText(t: LogicTokens, mask: Uint32Array, isContext: boolean): number {
    let parsed = 0;
    let s = 0;
    const kind = t.kind;
    const flags = this.flags;
    while (s < t.n) {
      let e = s;
      let ids = 0;
      while (e < t.n && kind[e] !== LT_END) {
        ids |= 1 << ((flags[e] >>> ID_SHIFT) & 31);
        e++;
      }
      this.sentIds = ids;
      if (e > s && this.parseSentence(t, s, e, this.tmpA, isContext)) {
        for (let w = 0; w < WORDS; w++) mask[w] &= this.tmpA[w];
        parsed++;
      }
      s = e + 1;
    }
    return parsed;
  }

  private find(t: LogicTokens, from: number, to: number, id: number): number {
    for (let k = from; k < to; k++) if (t.kind[k] === LT_WORD && this.lw(k) === id) return k;
    return -1;
  }

  private findCommaOrThen(t: LogicTokens, from: number, to: number): number {
    for (let k = from; k < to; k++) if (t.kind[k] === LT_COMMA || (t.kind[k] === LT_WORD && this.lw(k) === LW_THEN)) return k;
    return -1;
  }

  /** Parses one sentence [s, e) into the truth table `out`. Returns false if it does not parse. */
  private parseSentence(t: LogicTokens, s: number, e: number, out: Uint32Array, isContext: boolean): boolean {
    if (t.kind[s] === LT_COMMA) s++;
    if (s < e && t.kind[s] === LT_WORD && this.lw(s) === LW_THEREFORE) s++;
    if (s < e && t.kind[s] === LT_COMMA) s++;
    if (s >= e) return false;
    const first = this.lw(s);
    const P = this.tmpB;
    const Q = this.tmpC;
    let kind = 0;
    let ok = false;
    if (first === LW_IF || (first === LW_ONLY && s + 1 < e && this.lw(s + 1) === LW_IF)) {
      const ps = first === LW_IF ? s + 1 : s + 2;
      const k = this.findCommaOrThen(t, ps, e);
      if (k > ps && k + 1 < e) {
        ok = this.clause(t, ps, k, P) && this.clause(t, k + 1, e, Q);
        // IF: P -> Q ; ONLY IF P, Q: Q -> P
        if (ok) first === LW_IF ? implies(P, Q, out) : implies(Q, P, out);
        kind = first === LW_IF ? 1 : 2;
      }
    } else if (first === LW_UNLESS) {
      const k = this.findCommaOrThen(t, s + 1, e);
      if (k > s + 1 && k + 1 < e) {
        ok = this.clause(t, s + 1, k, P) && this.clause(t, k + 1, e, Q);
        if (ok) or(P, Q, out); // not P -> Q
        kind = 3;
      }
    } else if (first === LW_ALL || first === LW_NO) {
      const k = this.find(t, s + 1, e, LW_COPULA);
      if (k > s + 1 && k + 1 < e) {
        ok = this.clause(t, s + 1, k, P) && this.clause(t, k + 1, e, Q);
        if (ok && first === LW_NO) not(Q, Q);
        if (ok) implies(P, Q, out);
        kind = first === LW_ALL ? 4 : 5;
      }
    } else {
      const ids = this.sentIds;
      const kOnly = (ids & ONLY_AND_IF) === ONLY_AND_IF ? this.findOnlyIf(t, s, e) : -1;
      const kIf = kOnly < 0 && (ids & (1 << LW_IF)) !== 0 ? this.findBareIf(t, s, e) : -1;
      const kUnless = (ids & (1 << LW_UNLESS)) !== 0 ? this.find(t, s + 1, e, LW_UNLESS) : -1;
      if (kOnly > s) {
        ok = kOnly + 2 < e && this.clause(t, s, kOnly, P) && this.clause(t, kOnly + 2, e, Q);
        if (ok) implies(P, Q, out);
        kind = 7;
      } else if (kIf > s) {
        ok = kIf + 1 < e && this.clause(t, s, kIf, P) && this.clause(t, kIf + 1, e, Q);
        if (ok) implies(Q, P, out);
        kind = 6;
      } else if (kUnless > s) {
        ok = kUnless + 1 < e && this.clause(t, s, kUnless, P) && this.clause(t, kUnless + 1, e, Q);
        if (ok) or(P, Q, out); // P unless Q: not Q -> P
        kind = 8;
      } else {
        ok = this.clause(t, s, e, out);
        kind = ok && (ids & OR_OR_NOR) !== 0 && (this.find(t, s, e, LW_OR) >= 0 || this.find(t, s, e, LW_NOR) >= 0) ? 9 : 0;
      }
    }
    if (ok && isContext) {
      if (kind !== 0) this.ruleCount++;
      this.trace?.sentences.push({ kind: SENTENCE_KIND[kind], start: s, end: e });
    }
    return ok;
  }

  private findOnlyIf(t: LogicTokens, s: number, e: number): number {
    for (let k = s + 1; k + 1 < e; k++) if (this.lw(k) === LW_ONLY && this.lw(k + 1) === LW_IF && t.kind[k] === LT_WORD) return k;
    return -1;
  }

  private findBareIf(t: LogicTokens, s: number, e: number): number {
    for (let k = s + 1; k < e; k++) {
      if (t.kind[k] === LT_WORD && this.lw(k) === LW_IF && !(t.kind[k - 1] === LT_WORD && this.lw(k - 1) === LW_ASEVEN)) return k;
    }
    return -1;
  }

  private firstWord(t: LogicTokens, s: number, e: number): number {
    for (let k = s; k < e; k++) if (t.kind[k] === LT_WORD) return k;
    return -1;
  }

  /** A clause: "neither P nor Q" = ¬P ∧ ¬Q; otherwise an OR of ANDs of literals (split on "or"/"nor",
   * then "and"; commas are ignored). */
  private clause(t: LogicTokens, s: number, e: number, out: Uint32Array): boolean {
    const conj = this.tmpD;
    const f0 = this.firstWord(t, s, e);
    if (f0 >= 0 && this.lw(f0) === LW_NEITHER) {
      const k = this.find(t, f0 + 1, e, LW_NOR);
      if (k > f0 + 1 && k + 1 < e) {
        if (!this.conjunction(t, f0 + 1, k, conj)) return false;
        for (let w = 0; w < WORDS; w++) out[w] = ~conj[w] >>> 0;
        if (!this.conjunction(t, k + 1, e, conj)) return false;
        for (let w = 0; w < WORDS; w++) out[w] = (out[w] & ~conj[w]) >>> 0;
        return true;
      }
    }
    if ((this.sentIds & OR_OR_NOR) === 0) {
      // no "or"/"nor" in the sentence: one disjunct, [s, e) (the loop below gives the same)
      if (e <= s || !this.conjunction(t, s, e, conj)) return false;
      for (let w = 0; w < WORDS; w++) out[w] = conj[w];
      return true;
    }
    for (let w = 0; w < WORDS; w++) out[w] = 0;
    let a = s;
    let any = false;
    while (a <= e) {
      let b = a;
      while (b < e && !(t.kind[b] === LT_WORD && (this.lw(b) === LW_OR || this.lw(b) === LW_NOR))) b++;
      if (b > a) {
        if (!this.conjunction(t, a, b, conj)) return false;
        for (let w = 0; w < WORDS; w++) out[w] |= conj[w];
        any = true;
      }
      a = b + 1;
    }
    return any;
  }

  /** A conjunction: "not both P and Q" = ¬(P ∧ Q); otherwise the AND of its "and"-separated literals. */
  private conjunction(t: LogicTokens, s: number, e: number, out: Uint32Array): boolean {
    const f0 = this.firstWord(t, s, e);
    if (f0 >= 0 && (this.flags[f0] & FLAG_NEG) !== 0) {
      const f1 = this.firstWord(t, f0 + 1, e);
      if (f1 >= 0 && this.lw(f1) === LW_BOTH) {
        if (!this.conjunction(t, f1 + 1, e, out)) return false;
        for (let w = 0; w < WORDS; w++) out[w] = ~out[w] >>> 0;
        return true;
      }
    }
    const lit = this.tmpE;
    if ((this.sentIds & (1 << LW_AND)) === 0) {
      // no "and" in the sentence: one literal, [s, e) (the loop below gives the same)
      if (e <= s) return false;
      const r = this.literal(t, s, e, lit);
      if (r <= 0) return false;
      for (let w = 0; w < WORDS; w++) out[w] = lit[w];
      return true;
    }
    for (let w = 0; w < WORDS; w++) out[w] = 0xffffffff;
    let a = s;
    let any = false;
    while (a <= e) {
      let b = a;
      while (b < e && !(t.kind[b] === LT_WORD && this.lw(b) === LW_AND)) b++;
      if (b > a) {
        const r = this.literal(t, a, b, lit);
        if (r < 0) return false;
        if (r > 0) {
          for (let w = 0; w < WORDS; w++) out[w] &= lit[w];
          any = true;
        }
      }
      a = b + 1;
    }
    return any;
  }

  /** A literal: negation parity of its NEG words; atom from its content words. 1 ok, 0 empty, -1 no atom slot. */
  private literal(t: LogicTokens, s: number, e: number, out: Uint32Array): number {
    const kind = t.kind;
    const stem = t.stem;
    const flags = this.flags;
    const seg = this.segTok;
    let neg = 0;
    let k = 0;
    let sig = 0; // OR of 1 << (stem & 31) over seg[0..k)
    for (let i = s; i < e; i++) {
      // A NEG word flips the parity (a marker's flags are 0). c is 1 for a content word: a word
      // (kind 0) with none of NEG, STOP or a logic word id (x - 1 is negative iff x is 0). Words and
      // markers alternate unpredictably, so nothing here branches on c: a new content word is written
      // at seg[k] whatever it is and kept by advancing k (seg has one spare entry).
      const f = flags[i];
      neg ^= (f & FLAG_NEG) >>> 1;
      const h = stem[i];
      let c = ((kind[i] | (f & NOT_CONTENT)) - 1) >>> 31;
      if ((c & (sig >>> (h & 31))) !== 0) {
        // its signature bit is taken: maybe a repeat (rare)
        for (let j = 0; j < k; j++) {
          if (seg[j] === h) {
            c = 0;
            break;
          }
        }
      }
      const add = c & ((k - ATOM_TOKENS) >>> 31); // k < ATOM_TOKENS
      seg[k] = h;
      k += add;
      sig |= (1 << (h & 31)) & -add;
    }
    if (k === 0) return 0;
    const atom = this.atomFor(k, sig);
    if (atom < 0) return -1;
    const col = atom * WORDS;
    for (let w = 0; w < WORDS; w++) out[w] = neg ? ~COLUMNS[col + w] >>> 0 : COLUMNS[col + w];
    return 1;
  }

  /** The best-matching existing atom for segTok[0..k) (stem signature `sig`), or a new atom; -1 if all 8 are taken. */
  private atomFor(k: number, sig: number): number {
    const p = this.params;
    const den = p.matchDen;
    const msmall = p.matchSmall;
    const mlarge = p.matchLarge;
    const seg = this.segTok;
    const atomTok = this.atomTok;
    let best = -1;
    let bestOv = 0;
    for (let a = 0, na = this.atomCount; a < na; a++) {
      const asig = this.atomSig[a];
      const m = this.atomLen[a];
      const dm = (k - m) & ((k - m) >> 31); // min(k, m) - m, without a branch
      const small = m + dm;
      const large = k - dm;
      // ub bounds the overlap from above: the segment tokens whose signature bit the atom has
      // (counted without a branch per token). The match test only gets harder as the overlap
      // falls, so an atom whose bound fails it is skipped without counting; most atoms are.
      let ub = 0;
      for (let j = 0; j < k; j++) ub += (asig >>> (seg[j] & 31)) & 1;
      if (!(ub * den >= msmall * small && ub * den >= mlarge * large && ub > bestOv)) continue;
      const base = a * ATOM_TOKENS;
      let ov = 0;
      for (let j = 0; j < k; j++) {
        const h = seg[j];
        if ((asig & (1 << (h & 31))) === 0) continue; // not among the atom's stems (as eg_logic.c)
        for (let x = base, xe = base + m; x < xe; x++) {
          if (atomTok[x] === h) {
            ov++;
            break;
          }
        }
      }
      if (ov * den >= msmall * small && ov * den >= mlarge * large && ov > bestOv) {
        best = a;
        bestOv = ov;
      }
    }
    if (best >= 0) return best;
    if (this.atomCount >= ATOMS) return -1;
    const a = this.atomCount++;
    for (let j = 0; j < k; j++) this.atomTok[a * ATOM_TOKENS + j] = this.segTok[j];
    this.atomLen[a] = k;
    this.atomSig[a] = sig >>> 0;
    if (a >= this.atomsBeforeOption) this.newAtomUsed = true;
    return a;
  }
}

function implies(p: Uint32Array, q: Uint32Array, out: Uint32Array): void {
  for (let w = 0; w < WORDS; w++) out[w] = (~p[w] | q[w]) >>> 0;
}

function or(p: Uint32Array, q: Uint32Array, out: Uint32Array): void {
  for (let w = 0; w < WORDS; w++) out[w] = (p[w] | q[w]) >>> 0;
}

function not(p: Uint32Array, out: Uint32Array): void {
  for (let w = 0; w < WORDS; w++) out[w] = ~p[w] >>> 0;
}
