// Item tables of the multiple-choice skill, built once per item (docs/format.md §2.3–2.6, §2.9)
// <-> c/skills/mcq/eg_prepare.c: tokens, lexicon flags, the question type, the item token table,
// per-option quantities and the deductive module's verdicts. Option scores (features.ts
// `optionScore`) and repairs (repair/section.ts `applyRepairs`) then only read these tables.
// One instance owns every buffer and is reused across items, as the C runtime's `eg_scratch`.
import { LIMITS } from '../../text/limits.ts';
import { FNV_OFFSET as FNV_OFFSET_, fmix32 as fmix32_ } from '../../text/hash.ts';
import {
  BC_APOS as BC_APOS_, BC_CASE_SHIFT as BC_CASE_SHIFT_, BC_COMMA as BC_COMMA_, BC_DOT as BC_DOT_, BC_END as BC_END_, BC_LEAD as BC_LEAD_, BC_UPPER as BC_UPPER_, BC_WORD as BC_WORD_, BYTE_CLASS as BYTE_CLASS_,
  LEAD_AS_WORD as LEAD_AS_WORD_, LEAD_DASH as LEAD_DASH_, LEAD_DELETE as LEAD_DELETE_, leadAt as leadAt_, leadLength as leadLength_,
} from '../../text/byte-class.ts';
import type { EncodedItem } from './families.ts';
import { ALL_NS_MASK, NAMESPACES } from './families.ts';
import type { LexiconTable } from './lexicon-table.ts';
import { QT_CUE_COUNT, QT_FIRST_BIT } from './lexicon.ts';
import { DeductiveModule, DEFAULT_LOGIC_PARAMS, LW_SHIFT as LW_SHIFT_, type LogicParams } from './logic.ts';
import { LT_COMMA as LT_COMMA_, LT_END as LT_END_, LT_WORD as LT_WORD_, makeLogicTokens, type LogicTokens } from './logic-tokens.ts';
import { TokenTable, TT_BITS as TT_BITS_, TT_CONTEXT as TT_CONTEXT_, TT_DROPPED, TT_QUESTION as TT_QUESTION_ } from './token-table.ts';

// Module-local copies of imports used per token: imported bindings can compile to getter calls.
const LT_WORD = LT_WORD_;
const LT_COMMA = LT_COMMA_;
const LT_END = LT_END_;
const LT_NONE = -1;
const LW_SHIFT = LW_SHIFT_;
/** FNV-1a offset basis as a signed 32-bit value: the hash stays an int32 in the loops (a constant
 * above 2^31 would make it a double in V8 and cost a conversion per byte); stored with >>> 0. */
const FNV_OFFSET = FNV_OFFSET_ | 0;
const fmix32 = fmix32_;
const FNV_PRIME = 0x01000193;
/** FNV_PRIME * FNV_PRIME_INV = 1 mod 2^32: the hash before a word's last byte is recovered from the
 * hash after it (the plural stem, §2.9), as eg_logic.c does. */
const FNV_PRIME_INV = 0x359c449b;
const PLURAL_S = 0x73;
const BYTE_CLASS = BYTE_CLASS_;
const leadAt = leadAt_;
const leadLength = leadLength_;
const BC_APOS = BC_APOS_;
const BC_CASE_SHIFT = BC_CASE_SHIFT_;
const BC_COMMA = BC_COMMA_;
const BC_DOT = BC_DOT_;
const BC_END = BC_END_;
const BC_LEAD = BC_LEAD_;
const BC_UPPER = BC_UPPER_;
const BC_WORD = BC_WORD_;
const LEAD_AS_WORD = LEAD_AS_WORD_;
const LEAD_DASH = LEAD_DASH_;
const LEAD_DELETE = LEAD_DELETE_;
const TT_CONTEXT = TT_CONTEXT_;
const TT_QUESTION = TT_QUESTION_;
const TT_BITS = TT_BITS_;
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

/** A deductive stream of capacity 0, for a field that has none (the question). */
const NO_STREAM = makeLogicTokens(0);
const NO_FLAGS = new Uint32Array(0);

// The two negative slots; local names for the loops (an exported binding is read through its
// module cell, with a check, at every use).
const STOP_SLOT = -2;
/** optSlot of a stop word (not a content token). */
export const SLOT_STOP = STOP_SLOT;
/** optSlot of a content token the full table did not take (-1). */
export const SLOT_DROPPED = TT_DROPPED;
/** Token-table mask bits 0..MAX_OPT-1: the options an item token appears in. */
const ALL_OPTION_BITS = (1 << MAX_OPT) - 1;
/** A slot's index bits: any slot (negative ones included) masked with it reads some table entry. */
const SLOT_INDEX = LIMITS.TOKEN_TABLE_SLOTS - 1;
const TT_CONTEXT_SHIFT = 31 - Math.clz32(TT_CONTEXT_);
const TT_QUESTION_SHIFT = 31 - Math.clz32(TT_QUESTION_);

export class ItemTables {
  readonly nsMask: number;
  protected readonly lex: LexiconTable;
  /** The item token table (§2.5). */
  readonly tt = new TokenTable();
  // Scratch token buffers.
  // The context's and question's words are not kept (`scan` with keep = false): placeholders of scan's types.
  private readonly ctxHashes = new Uint32Array(0);
  private readonly ctxFlags = new Uint32Array(0);
  private readonly ctxSlot = new Int32Array(0);
  readonly optHashes = new Uint32Array(MAX_OPT * MAX_OT);
  /** `scan` results besides its stream: the OR of the kept words' flags, the stream's logic word ids. */
  private scanOr = 0;
  private scanIds = 0;
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
    const logic = (this.nsMask & M_LOGIC) !== 0;
    this.prepareContext(item.context, logic);
    // The context is parsed before the options are read: only when it holds a consistent rule set
    // are the options' deductive streams filled and parsed (a third of LogiQA items).
    const optionStreams = logic && this.logic.parseContext(nOpt, wantTrace);
    this.prepareQuestion(item.question);
    this.prepareOptions(item.options, optionStreams);
    this.prepareQuantities();
    if (optionStreams) this.logic.parseOptions(nOpt);
  }

  /** Context: its first MAX_CONTEXT_TOKENS words' content tokens enter the table, and (with the
   * deductive module on) its stream is filled, in one pass (same boundaries and hashes, §2.9; as
   * eg_logic_scan_context). */
  private prepareContext(context: Uint8Array, logic: boolean): void {
    const lg = this.logic;
    this.scan(context, MAX_CONTEXT_BYTES, logic ? lg.ctx : NO_STREAM, lg.ctxFlags, MAX_CONTEXT_TOKENS, false, this.ctxHashes, this.ctxFlags, this.ctxSlot, 0, TT_CONTEXT);
    lg.ctxRuleWords = this.scanIds;
  }

  /**
   * One pass over bytes[0, min(len, maxBytes)) for both tokenizations of a field: the §2.3 tokens
   * (the first `maxWords` words: content tokens enter the table with mask `bit`; with `keep`, also
   * hash into wh, lexicon flags into wf, token-table slot into ws from index `at`) and the deductive
   * module's stream (words and clause markers, at most t.kind.length entries: kind, stem, flags into
   * tf, the same entries as logic-tokens.ts `logicTokenize`; t.hash is not written, the parser reads
   * stems). One lexicon probe per word serves both. The word bytes
   * are consumed by an inner loop that only hashes, as in eg_logic.c. Returns the words kept.
   */
  private scan(bytes: Uint8Array, maxBytes: number, t: LogicTokens, tf: Uint32Array, maxWords: number, keep: boolean, wh: Uint32Array, wf: Uint32Array, ws: Int32Array, at: number, bit: number): number {
    const byteClass = BYTE_CLASS;
    const end = bytes.length < maxBytes ? bytes.length : maxBytes;
    const lex = this.lex;
    const tt = this.tt;
    const kind = t.kind;
    const stem = t.stem;
    const cap = kind.length;
    let n = 0;
    let w = 0;
    let or = 0;
    let ids = 0;
    let i = 0;
    while (i < end && (n < cap || w < maxWords)) {
      let b = bytes[i];
      let c = byteClass[b];
      let step = 1;
      let marker = LT_NONE;
      if (c === BC_APOS) {
        i += 1; // deleted
        continue;
      }
      if (c === BC_LEAD) {
        const lead = leadAt(bytes, i, end);
        if (lead === LEAD_DELETE) {
          i += 3; // curly apostrophe: deleted
          continue;
        }
        if (lead === LEAD_AS_WORD) c = BC_WORD;
        else {
          step = leadLength(bytes, i, lead);
          if (lead === LEAD_DASH) marker = LT_COMMA;
        }
      }
      if (c <= BC_UPPER) {
        // A word: hash its normalized bytes up to the next separator; last4 keeps its last 4 bytes
        // (never 0, so a nonzero top byte means at least 4). x is the hash as an int32 (see FNV_OFFSET).
        let x = FNV_OFFSET; // int32
        let last4 = 0;
        for (;;) {
          while (c <= BC_UPPER) {
            const f = b | (c << BC_CASE_SHIFT);
            x = Math.imul(x ^ f, FNV_PRIME);
            last4 = (last4 << 8) | f;
            if (++i >= end) break;
            b = bytes[i];
            c = byteClass[b];
          }
          if (i >= end) break;
          if (c === BC_APOS) i += 1;
          else if (c === BC_LEAD) {
            const lead = leadAt(bytes, i, end);
            if (lead === LEAD_AS_WORD) {
              c = BC_WORD;
              continue;
            }
            if (lead !== LEAD_DELETE) break;
            i += 3;
          } else break;
          if (i >= end) break;
          b = bytes[i];
          c = byteClass[b];
        }
        const h = x >>> 0;
        const fm = fmix32(h); // one fmix32 for both probes, as eg_prepare.c
        const fl = lex.lookupFm(h, fm);
        if (n < cap) {
          kind[n] = LT_WORD;
          // The plural stem without a branch (it mispredicts on words): (v + 0xff) >>> 8 is 1 iff
          // the byte v is nonzero, so p is 1 iff the word has >= 4 bytes, ends in 's', not in 'ss'.
          const p = (((last4 >>> 24) + 0xff) >>> 8) & (1 - ((((last4 & 0xff) ^ PLURAL_S) + 0xff) >>> 8)) & (((((last4 >>> 8) & 0xff) ^ PLURAL_S) + 0xff) >>> 8);
          stem[n] = (x ^ (-p & (x ^ Math.imul(x, FNV_PRIME_INV) ^ PLURAL_S))) >>> 0;
          tf[n] = fl;
          ids |= 1 << ((fl >>> LW_SHIFT) & 31);
          n++;
        }
        if (w < maxWords) {
          if (keep) {
            wh[at + w] = h;
            wf[at + w] = fl;
            ws[at + w] = (fl & STOP) === 0 ? tt.insertFm(h, fm, bit) : STOP_SLOT;
          } else if ((fl & STOP) === 0) tt.insertFm(h, fm, bit);
          or |= fl;
          w++;
        }
        if (i >= end) break;
        // b, c: the separator that ended the word (never an apostrophe, which a word absorbs)
        if (c === BC_LEAD) {
          const lead = leadAt(bytes, i, end); // a mapped separator sequence (not AS_WORD, not DELETE)
          step = leadLength(bytes, i, lead);
          if (lead === LEAD_DASH) marker = LT_COMMA;
        }
      }
      if (c === BC_COMMA) marker = LT_COMMA;
      else if (c === BC_END) marker = LT_END;
      else if (c === BC_DOT) {
        // a sentence end unless a word byte (before normalization: 0-9, A-Z, a-z, >= 0x80) follows (3.5, e.g)
        const cn = i + 1 < end ? byteClass[bytes[i + 1]] : BC_COMMA;
        marker = cn <= BC_UPPER || cn === BC_LEAD ? LT_NONE : LT_END;
      }
      if (marker !== LT_NONE && n > 0 && n < cap) {
        const k = kind[n - 1];
        if (k === LT_WORD) {
          kind[n] = marker;
          stem[n] = 0;
          tf[n] = 0;
          n++;
        } else if (marker > k) kind[n - 1] = marker;
      }
      i += step;
    }
    t.n = n;
    t.stop = -1; // the words past the stream were read here
    this.scanOr = or;
    this.scanIds = ids;
    return w;
  }

  /** Question: its cue flags decide the question type; its content tokens join the table (the
   * same pass as the other fields, with no deductive stream). */
  private prepareQuestion(question: Uint8Array): void {
    this.scan(question, MAX_QUESTION_BYTES, NO_STREAM, NO_FLAGS, MAX_QUESTION_TOKENS, false, this.ctxHashes, this.ctxFlags, this.ctxSlot, 0, TT_QUESTION);
    const qflags = this.scanOr;
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
   * the final masks without probing again; with `streams`, the same pass fills each option's
   * deductive stream. */
  private prepareOptions(options: Uint8Array[], streams: boolean): void {
    const lg = this.logic;
    for (let i = 0; i < options.length; i++) {
      const bytes = options[i];
      this.optTokenCount[i] = this.scan(bytes, MAX_OPTION_BYTES, streams ? lg.opts[i] : NO_STREAM, lg.optFlags[i], MAX_OT, true, this.optHashes, this.optFlags, this.optSlot, i * MAX_OT, 1 << i);
      this.oflags[i] = this.scanOr;
      this.optLen[i] = bytes.length < MAX_OPTION_BYTES ? bytes.length : MAX_OPTION_BYTES;
    }
  }

  /** Per-option quantities (§2.6): every option is in the table now. */
  private prepareQuantities(): void {
    const mask = this.tt.mask;
    const optSlot = this.optSlot;
    for (let i = 0; i < this.nOptions; i++) {
      const base = i * MAX_OT;
      const n = this.optTokenCount[i];
      const others = ALL_OPTION_BITS & ~(1 << i);
      let content = 0;
      let ctxHits = 0;
      let optHits = 0;
      let qHits = 0;
      // Counted without branches on the (unpredictable) bits and slots: neg is all ones for a stop
      // word or a dropped token (slot -2 or -1), whose m is then 0; slot + 1 < 0 only for a stop word.
      for (let k = base, ke = base + n; k < ke; k++) {
        const slot = optSlot[k];
        const neg = slot >> 31;
        const m = mask[slot & SLOT_INDEX] & TT_BITS & ~neg;
        content += 1 - ((slot + 1) >>> 31);
        ctxHits += (m & TT_CONTEXT) >>> TT_CONTEXT_SHIFT;
        qHits += (m & TT_QUESTION) >>> TT_QUESTION_SHIFT;
        optHits += ((m & others) + ALL_OPTION_BITS) >>> MAX_OPT; // 1 when any other option's bit is set
      }
      this.content[i] = content;
      this.ctxHits[i] = ctxHits;
      this.optHits[i] = optHits;
      this.qHits[i] = qHits;
    }
  }
}

// ---------------------------------------------------------------- JIT priming

/** Every kind of byte piece the tokenizer tells apart (byte-class.ts): word bytes, the apostrophes,
 * each mapped lead sequence and lone lead bytes, and every separator and marker. */
const PRIME_PIECES: readonly (readonly number[])[] = [
  [0x77], [0x57], [0x39], [0xc3, 0xa9], [0x27], [0xe2, 0x80, 0x99], [0xe2, 0x80, 0x98], [0xe2, 0x80, 0x9c], [0xe2, 0x80, 0x9d],
  [0xe2, 0x80, 0x93], [0xe2, 0x80, 0x94], [0xc2, 0xa0], [0xc2, 0x78], [0xe2, 0x78], [0xe2, 0x80, 0x41], [0x20], [0x2c], [0x3a],
  [0x2e], [0x3b], [0x3f], [0x21], [0x0a],
];

function primeBytes(parts: (string | readonly number[])[]): Uint8Array {
  const enc = new TextEncoder();
  return Uint8Array.from(parts.flatMap((x) => (typeof x === 'string' ? [...enc.encode(x)] : x)));
}

/**
 * Synthetic items that take every path of the item preparation and of the deductive module: each
 * transition between two kinds of byte piece, each piece at a field's end, fields past their
 * stream and token limits, and every sentence form of §2.9 (with the lexicon's logic words).
 * For JIT priming (features.ts `primeOnce`): V8 optimizes a hot function with code only for the
 * paths it has seen run, and a path first met later deoptimizes it.
 */
export function primingItems(): EncodedItem[] {
  const pairs: (readonly number[])[] = [];
  for (const p of PRIME_PIECES) for (const q of PRIME_PIECES) pairs.push(p, q, [0x20]);
  // Consistent contexts with rules (options are parsed only then), every sentence form among them.
  const contexts = [
    'If the pump runs, then the valve opens. Only if the valve opens, the tank fills. If the tank fills then, the pump runs. The pump runs.',
    'Unless the fuse is replaced, the lamp is dark. The bell rings unless the fuse is bad. The door locks if the card is invalid, even if the card is new.',
    'All valves are parts. No part is a pump. The alarm sounds only if the sensor trips. Either the fan spins or the heater glows.',
    'Neither the fan spins nor the heater glows. Not both the pump and the valve run. Therefore, the door locks.',
    // "all" and "no" make a rule only at a sentence start (after "therefore" and commas)
    'There is no pump. Therefore, all valves are parts. No part is red.',
    'We saw no pump; we saw all of it.',
  ];
  const opt1 = primeBytes(['The valve does not open and the pump runs. If the fan spins, the heater glows.']);
  const opt2 = primeBytes(['Neither the fan nor the heater. Either the pump runs or the alarm sounds. All parts are pumps. The roof is red.']);
  const long = (n: number): string => 'w,'.repeat(n); // n words and n markers: past the stream cap and the token limit
  const q = primeBytes(['Which must be true?']);
  return [
    { context: primeBytes([contexts[0], ' ', ...pairs]), question: primeBytes(pairs), options: [primeBytes(pairs), opt1, opt2, primeBytes([long(130)])] },
    ...contexts.slice(1).map((c) => ({ context: primeBytes([c]), question: q, options: [opt1, opt2] })),
    { context: primeBytes([contexts[3], ' ', long(520)]), question: q, options: [primeBytes([long(130)]), opt1] },
    ...PRIME_PIECES.map((p) => ({ context: primeBytes(['w ', p]), question: primeBytes([p]), options: [primeBytes(['x', p]), primeBytes([p])] })),
  ];
}
