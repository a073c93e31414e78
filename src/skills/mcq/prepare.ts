// Item tables of the multiple-choice skill, built once per item (docs/format.md §2.3–2.6, §2.9)
// <-> c/skills/mcq/eg_prepare.c: tokens, lexicon flags, the question type, the item token table,
// per-option quantities and the deductive module's verdicts. Option scores (features.ts
// `optionScore`) and repairs (repair/section.ts `applyRepairs`) then only read these tables.
// One instance owns every buffer and is reused across items, as the C runtime's `eg_scratch`.
import { LIMITS } from '../../text/limits.ts';
import { tokenizeField as tokenizeField_ } from '../../text/tokenize.ts';
import type { EncodedItem } from './families.ts';
import { NAMESPACES } from './families.ts';
import type { LexiconTable } from './lexicon-table.ts';
import { QT_CUE_COUNT, QT_FIRST_BIT } from './lexicon.ts';
import { DeductiveModule, DEFAULT_LOGIC_PARAMS, type LogicParams } from './logic.ts';
import { LT_WORD as LT_WORD_ } from './logic-tokens.ts';
import { TokenTable, TT_CONTEXT as TT_CONTEXT_, TT_DROPPED, TT_QUESTION as TT_QUESTION_ } from './token-table.ts';

// Module-local copies of imports used per token: imported bindings can compile to getter calls.
const tokenizeField = tokenizeField_;
const LT_WORD = LT_WORD_;
const TT_CONTEXT = TT_CONTEXT_;
const TT_QUESTION = TT_QUESTION_;
const MAX_CONTEXT_BYTES = LIMITS.MAX_CONTEXT_BYTES;
const MAX_CONTEXT_TOKENS = LIMITS.MAX_CONTEXT_TOKENS;
const MAX_QUESTION_BYTES = LIMITS.MAX_QUESTION_BYTES;
const MAX_QUESTION_TOKENS = LIMITS.MAX_QUESTION_TOKENS;
const MAX_OPTION_BYTES = LIMITS.MAX_OPTION_BYTES;
const MAX_OPT = LIMITS.MAX_OPTIONS;
const MAX_OT = LIMITS.MAX_OPTION_TOKENS;
const QT_FIRST = QT_FIRST_BIT;
const QT_CUES = QT_CUE_COUNT;
const STOP = 1;
const M_LOGIC = 1 << NAMESPACES.find((x) => x.name === 'qt_logic')!.bit;
/** optSlot of a stop word (not a content token). */
export const SLOT_STOP = -2;
/** optSlot of a content token the full table did not take. */
export const SLOT_DROPPED = TT_DROPPED;
/** Token-table mask bits 0..MAX_OPT-1: the options an item token appears in. */
const ALL_OPTION_BITS = (1 << MAX_OPT) - 1;

export class ItemTables {
  readonly nsMask: number;
  protected readonly lex: LexiconTable;
  /** The item token table (§2.5). */
  readonly tt = new TokenTable();
  // Scratch token buffers.
  private readonly ctxHashes = new Uint32Array(MAX_CONTEXT_TOKENS);
  private readonly qHashes = new Uint32Array(MAX_QUESTION_TOKENS);
  private readonly ctxSink = { hashes: this.ctxHashes };
  private readonly qSink = { hashes: this.qHashes };
  readonly optHashes = new Uint32Array(MAX_OPT * MAX_OT);
  private readonly optSink = { hashes: this.optHashes };
  readonly optFlags = new Uint32Array(MAX_OPT * MAX_OT);
  /** Token-table slot of each option token (SLOT_STOP, SLOT_DROPPED). */
  private readonly optSlot = new Int32Array(MAX_OPT * MAX_OT);
  readonly optTokenCount = new Int32Array(MAX_OPT);
  /** Option byte length after truncation (§2.1). */
  readonly optLen = new Int32Array(MAX_OPT);

  // Tables of the last `prepare` (valid until the next call).
  nOptions = 0;
  qtype = 0;
  readonly oflags = new Uint32Array(MAX_OPT);
  readonly ctxHits = new Int32Array(MAX_OPT);
  readonly optHits = new Int32Array(MAX_OPT);
  readonly content = new Int32Array(MAX_OPT);
  readonly qHits = new Int32Array(MAX_OPT);
  /** The deductive module (runs when `qt_logic` is enabled); its verdicts feed `qt_logic`. */
  readonly logic: DeductiveModule;

  constructor(lex: LexiconTable, nsMask: number, logicParams: LogicParams = DEFAULT_LOGIC_PARAMS) {
    this.lex = lex;
    this.nsMask = nsMask;
    this.logic = new DeductiveModule(lex, logicParams);
  }

  /** Mask of token hash `h` in the current item's token table (0 if absent). */
  ttLookup(h: number): number {
    return this.tt.lookup(h);
  }

  /** Builds every table of `item` (throws RangeError outside 2..8 options). */
  prepare(item: EncodedItem, wantTrace = false): void {
    const nOpt = item.options.length;
    if (nOpt < LIMITS.MIN_OPTIONS || nOpt > MAX_OPT) {
      throw new RangeError(`an item needs ${LIMITS.MIN_OPTIONS}..${MAX_OPT} options, got ${nOpt}`);
    }
    this.nOptions = nOpt;
    this.tt.begin();
    this.prepareContext(item.context);
    this.prepareQuestion(item.question);
    this.prepareOptions(item.options);
    this.prepareQuantities();
    if ((this.nsMask & M_LOGIC) !== 0) this.logic.run(item.context, item.options, wantTrace, true);
  }

  /** Context: content tokens enter the table. With the deductive module on, its one pass over the
   * context (same boundaries and hashes, §2.9) gives the words; when its stream fills up first, the
   * plain tokenizer continues from where it stopped (as eg_prepare.c). */
  private prepareContext(context: Uint8Array): void {
    const lex = this.lex;
    const tt = this.tt;
    let nc = 0;
    let from = 0;
    if ((this.nsMask & M_LOGIC) !== 0) {
      const lg = this.logic;
      lg.prepareContext(context);
      const t = lg.contextTokens;
      const fl = lg.contextFlags;
      for (let k = 0; k < t.n && nc < MAX_CONTEXT_TOKENS; k++) {
        if (t.kind[k] !== LT_WORD) continue;
        nc++;
        if ((fl[k] & STOP) === 0) tt.insert(t.hash[k], TT_CONTEXT);
      }
      if (nc >= MAX_CONTEXT_TOKENS || t.stop < 0) return;
      from = t.stop;
    }
    const bytes = from === 0 ? context : context.subarray(from);
    const n = tokenizeField(bytes, MAX_CONTEXT_BYTES - from, MAX_CONTEXT_TOKENS - nc, this.ctxSink);
    for (let k = 0; k < n; k++) {
      const h = this.ctxHashes[k];
      if ((lex.lookup(h) & STOP) === 0) tt.insert(h, TT_CONTEXT);
    }
  }

  /** Question: its cue flags decide the question type; its content tokens join the table. */
  private prepareQuestion(question: Uint8Array): void {
    const lex = this.lex;
    const nq = tokenizeField(question, MAX_QUESTION_BYTES, MAX_QUESTION_TOKENS, this.qSink);
    let qflags = 0;
    for (let k = 0; k < nq; k++) {
      const h = this.qHashes[k];
      const f = lex.lookup(h);
      qflags |= f;
      if ((f & STOP) === 0) this.tt.insert(h, TT_QUESTION);
    }
    let qtype = 0;
    for (let c = 0; c < QT_CUES; c++) {
      if ((qflags >>> (QT_FIRST + c)) & 1) {
        qtype = c + 1;
        break;
      }
    }
    this.qtype = qtype;
  }

  /** Options, in order: tokens, flags, and each content token's slot, so the quantities below read
   * the final masks without probing again. */
  private prepareOptions(options: Uint8Array[]): void {
    const lex = this.lex;
    for (let i = 0; i < options.length; i++) {
      const base = i * MAX_OT;
      const bytes = options[i];
      const n = tokenizeField(bytes, MAX_OPTION_BYTES, MAX_OT, this.optSink, base);
      let of = 0;
      for (let k = 0; k < n; k++) {
        const h = this.optHashes[base + k];
        const f = lex.lookup(h);
        this.optFlags[base + k] = f;
        of |= f;
        this.optSlot[base + k] = (f & STOP) === 0 ? this.tt.insert(h, 1 << i) : SLOT_STOP;
      }
      this.optTokenCount[i] = n;
      this.oflags[i] = of;
      this.optLen[i] = bytes.length < MAX_OPTION_BYTES ? bytes.length : MAX_OPTION_BYTES;
    }
  }

  /** Per-option quantities (§2.6): every option is in the table now. */
  private prepareQuantities(): void {
    const tt = this.tt;
    for (let i = 0; i < this.nOptions; i++) {
      const base = i * MAX_OT;
      const n = this.optTokenCount[i];
      const others = ALL_OPTION_BITS & ~(1 << i);
      let content = 0;
      let ctxHits = 0;
      let optHits = 0;
      let qHits = 0;
      for (let k = 0; k < n; k++) {
        const slot = this.optSlot[base + k];
        if (slot === SLOT_STOP) continue;
        content++;
        const m = slot >= 0 ? tt.bits(slot) : 0;
        if (m & TT_CONTEXT) ctxHits++;
        if (m & others) optHits++;
        if (m & TT_QUESTION) qHits++;
      }
      this.content[i] = content;
      this.ctxHits[i] = ctxHits;
      this.optHits[i] = optHits;
      this.qHits[i] = qHits;
    }
  }
}
