// Feature extraction for the multiple-choice skill (docs/format.md §2.4–2.7). One extractor
// instance owns all scratch buffers and is reused across items, as the C runtime does with its
// caller-owned `eg_scratch`. Training, scoring and explanation all run through `extract`.
import { featureHash as featureHash_, fmix32 as fmix32_ } from '../text/hash.ts';
import { LIMITS } from '../text/limits.ts';
import { tokenizeField as tokenizeField_ } from '../text/tokenize.ts';
import type { LexiconTable } from './lexicon-table.ts';
import { QT_CUE_COUNT, QT_FIRST_BIT } from './lexicon.ts';
import { DeductiveModule, DEFAULT_LOGIC_PARAMS, type LogicParams } from './logic.ts';
import { LT_WORD as LT_WORD_ } from './logic-tokens.ts';

const LT_WORD = LT_WORD_;

/** Feature families and their bit in `ns_mask` (docs/format.md §2.7). */
export const NAMESPACES = [
  { ns: 1, name: 'opt_uni', bit: 0, kind: 'hashed' },
  { ns: 2, name: 'opt_bi', bit: 1, kind: 'hashed' },
  { ns: 3, name: 'qt_uni', bit: 2, kind: 'hashed' },
  { ns: 4, name: 'qt_len_long', bit: 3, kind: 'dense', base: 0, count: 128 },
  { ns: 5, name: 'qt_len_short', bit: 4, kind: 'dense', base: 128, count: 128 },
  { ns: 6, name: 'qt_ctx_overlap', bit: 5, kind: 'dense', base: 256, count: 96 },
  { ns: 7, name: 'qt_opt_overlap', bit: 6, kind: 'dense', base: 352, count: 96 },
  { ns: 8, name: 'qt_flag', bit: 7, kind: 'dense', base: 448, count: 128 },
  { ns: 9, name: 'position', bit: 8, kind: 'dense', base: 576, count: 8 },
  { ns: 10, name: 'qt_q_overlap', bit: 9, kind: 'dense', base: 584, count: 96 },
  { ns: 11, name: 'qt_logic', bit: 10, kind: 'dense', base: 680, count: 80 },
  { ns: 12, name: 'qt_ctx_rank', bit: 11, kind: 'dense', base: 760, count: 128 },
  { ns: 13, name: 'qt_opt_rank', bit: 12, kind: 'dense', base: 888, count: 128 },
  { ns: 14, name: 'backoff', bit: 13, kind: 'modifier' },
] as const;

export type NamespaceName = (typeof NAMESPACES)[number]['name'];
export const ALL_NS_MASK = (1 << NAMESPACES.length) - 1;

export function nsMaskFromNames(names: readonly string[]): number {
  let mask = 0;
  for (const n of names) {
    const ns = NAMESPACES.find((x) => x.name === n);
    if (!ns) throw new Error(`unknown feature namespace "${n}" (known: ${NAMESPACES.map((x) => x.name).join(', ')})`);
    mask |= 1 << ns.bit;
  }
  return mask;
}

export function nsNamesFromMask(mask: number): NamespaceName[] {
  return NAMESPACES.filter((x) => (mask >> x.bit) & 1).map((x) => x.name);
}

/** An item as UTF-8 bytes: what both runtimes consume. */
export interface EncodedItem {
  context: Uint8Array;
  question: Uint8Array;
  options: Uint8Array[];
}

// Module-local copies of imports used per token: imported bindings can compile to getter calls.
const featureHash = featureHash_;
const fmix32 = fmix32_;
const tokenizeField = tokenizeField_;
const TT_SLOTS = LIMITS.TOKEN_TABLE_SLOTS;
const MAX_CONTEXT_BYTES = LIMITS.MAX_CONTEXT_BYTES;
const MAX_CONTEXT_TOKENS = LIMITS.MAX_CONTEXT_TOKENS;
const MAX_QUESTION_BYTES = LIMITS.MAX_QUESTION_BYTES;
const MAX_QUESTION_TOKENS = LIMITS.MAX_QUESTION_TOKENS;
const MAX_OPTION_BYTES = LIMITS.MAX_OPTION_BYTES;
const QT_FIRST = QT_FIRST_BIT;
const QT_CUES = QT_CUE_COUNT;
const TT_MAX = LIMITS.TOKEN_TABLE_MAX_ENTRIES;
const MAX_OPT = LIMITS.MAX_OPTIONS;
const MAX_OT = LIMITS.MAX_OPTION_TOKENS;
const STOP = 1;
const BIT_CTX = 1 << 8;
const BIT_Q = 1 << 9;
/** Dense features per option: 4 single-valued blocks + up to 8 flags + position + question overlap + logic verdict. */
export const MAX_DENSE_PER_OPTION = 34;
/** With `backoff`, every question-type-crossed dense feature also fires in this shared slot. */
export const QT_ANY = 15;

export class FeatureExtractor {
  readonly hashBits: number;
  readonly nsMask: number;
  private readonly lex: LexiconTable;
  private readonly bucketMask: number;

  // Item token table (§2.5).
  private readonly ttHash = new Uint32Array(TT_SLOTS);
  private readonly ttMask = new Uint16Array(TT_SLOTS);
  private ttCount = 0;
  // Scratch token buffers.
  private readonly ctxHashes = new Uint32Array(LIMITS.MAX_CONTEXT_TOKENS);
  private readonly qHashes = new Uint32Array(LIMITS.MAX_QUESTION_TOKENS);
  private readonly ctxSink = { hashes: this.ctxHashes };
  private readonly qSink = { hashes: this.qHashes };
  readonly optHashes = new Uint32Array(MAX_OPT * MAX_OT);
  private readonly optSink = { hashes: this.optHashes };
  readonly optFlags = new Uint32Array(MAX_OPT * MAX_OT);
  /** Token-table slot of each option content token (-1: stop word, or dropped by a full table). */
  private readonly optSlot = new Int32Array(MAX_OPT * MAX_OT);
  readonly optTokenCount = new Int32Array(MAX_OPT);

  // Outputs of the last `extract` (valid until the next call).
  nOptions = 0;
  qtype = 0;
  readonly hashed = new Int32Array(MAX_OPT * 3 * MAX_OT);
  readonly hashedStart = new Int32Array(MAX_OPT + 1);
  /** For each hashed occurrence: ns * 256 + token index within its option (for explanations). */
  readonly hashedTrace = new Int32Array(MAX_OPT * 3 * MAX_OT);
  readonly dense = new Int32Array(MAX_OPT * MAX_DENSE_PER_OPTION);
  readonly denseStart = new Int32Array(MAX_OPT + 1);
  readonly oflags = new Uint32Array(MAX_OPT);
  readonly ctxHits = new Int32Array(MAX_OPT);
  readonly optHits = new Int32Array(MAX_OPT);
  readonly content = new Int32Array(MAX_OPT);
  readonly qHits = new Int32Array(MAX_OPT);
  /** The deductive module (runs when `qt_logic` is enabled); its verdicts feed `qt_logic`. */
  readonly logic: DeductiveModule;

  constructor(lex: LexiconTable, hashBits: number, nsMask: number, logicParams: LogicParams = DEFAULT_LOGIC_PARAMS) {
    this.lex = lex;
    this.hashBits = hashBits;
    this.nsMask = nsMask;
    this.logic = new DeductiveModule(lex, logicParams);
    this.bucketMask = hashBits >= 32 ? 0xffffffff : (1 << hashBits) - 1;
  }

  /** Inserts token h with mask bit `bit`; returns its slot, or -1 if the full table dropped it. */
  private ttInsert(h: number, bit: number): number {
    let i = fmix32(h) & (TT_SLOTS - 1);
    const hs = this.ttHash;
    const ms = this.ttMask;
    for (;;) {
      const m = ms[i];
      if (m === 0) {
        if (this.ttCount >= TT_MAX) return -1;
        hs[i] = h;
        ms[i] = bit;
        this.ttCount++;
        return i;
      }
      if (hs[i] === h) {
        ms[i] = m | bit;
        return i;
      }
      i = (i + 1) & (TT_SLOTS - 1);
    }
  }

  /** Mask of token hash `h` in the current item's token table (0 if absent). */
  ttLookup(h: number): number {
    let i = fmix32(h) & (TT_SLOTS - 1);
    const hs = this.ttHash;
    const ms = this.ttMask;
    for (;;) {
      const m = ms[i];
      if (m === 0) return 0;
      if (hs[i] === h) return m;
      i = (i + 1) & (TT_SLOTS - 1);
    }
  }

  /** Extracts every feature of every option of `item` into this extractor's output buffers. */
  extract(item: EncodedItem, wantTrace = false): void {
    const nOpt = item.options.length;
    if (nOpt < LIMITS.MIN_OPTIONS || nOpt > MAX_OPT) {
      throw new RangeError(`an item needs ${LIMITS.MIN_OPTIONS}..${MAX_OPT} options, got ${nOpt}`);
    }
    const lex = this.lex;
    this.nOptions = nOpt;
    this.ttMask.fill(0);
    this.ttCount = 0;

    // Context: insert content tokens. With the deductive module on, its token stream already holds
    // the context's words and their flags (same boundaries and hashes, docs/format.md §2.9), so
    // they are reused instead of scanning the context twice.
    const mask = this.nsMask;
    const logicOn = (mask & 1024) !== 0;
    if (logicOn) {
      const lg = this.logic;
      lg.prepareContext(item.context);
      const t = lg.contextTokens;
      const fl = lg.contextFlags;
      let nc = 0;
      for (let k = 0; k < t.n && nc < MAX_CONTEXT_TOKENS; k++) {
        if (t.kind[k] !== LT_WORD) continue;
        nc++;
        if ((fl[k] & STOP) === 0) this.ttInsert(t.hash[k], BIT_CTX);
      }
      if (nc < MAX_CONTEXT_TOKENS && t.stop >= 0) {
        // The logic stream filled up first: continue the plain tokenizer from where it stopped.
        const rest = tokenizeField(item.context.subarray(t.stop), MAX_CONTEXT_BYTES - t.stop, MAX_CONTEXT_TOKENS - nc, this.ctxSink);
        for (let k = 0; k < rest; k++) {
          const h = this.ctxHashes[k];
          if ((lex.lookup(h) & STOP) === 0) this.ttInsert(h, BIT_CTX);
        }
      }
    } else {
      const nc = tokenizeField(item.context, MAX_CONTEXT_BYTES, MAX_CONTEXT_TOKENS, this.ctxSink);
      for (let k = 0; k < nc; k++) {
        const h = this.ctxHashes[k];
        if ((lex.lookup(h) & STOP) === 0) this.ttInsert(h, BIT_CTX);
      }
    }
    // Question: its cue flags decide the question type; its content tokens join the table.
    const nq = tokenizeField(item.question, MAX_QUESTION_BYTES, MAX_QUESTION_TOKENS, this.qSink);
    let qflags = 0;
    for (let k = 0; k < nq; k++) {
      const h = this.qHashes[k];
      const f = lex.lookup(h);
      qflags |= f;
      if ((f & STOP) === 0) this.ttInsert(h, BIT_Q);
    }
    let qtype = 0;
    for (let c = 0; c < QT_CUES; c++) {
      if ((qflags >>> (QT_FIRST + c)) & 1) {
        qtype = c + 1;
        break;
      }
    }
    this.qtype = qtype;
    // Options: tokenize, look up flags, insert content tokens.
    for (let i = 0; i < nOpt; i++) {
      const base = i * MAX_OT;
      const n = tokenizeField(item.options[i], MAX_OPTION_BYTES, MAX_OT, this.optSink, base);
      for (let k = 0; k < n; k++) this.optFlags[base + k] = lex.lookup(this.optHashes[base + k]);
      this.optTokenCount[i] = n;
      let of = 0;
      for (let k = 0; k < n; k++) {
        const h = this.optHashes[base + k];
        const f = this.optFlags[base + k];
        of |= f;
        // Remember the slot so the quantities below read the final mask without probing again.
        this.optSlot[base + k] = (f & STOP) === 0 ? this.ttInsert(h, 1 << i) : -1;
      }
      this.oflags[i] = of;
    }
    if (logicOn) this.logic.run(item.context, item.options, wantTrace, true);
    // Per-option quantities (§2.6) and features (§2.7).
    const bm = this.bucketMask;
    let hp = 0;
    let dp = 0;
    for (let i = 0; i < nOpt; i++) {
      const base = i * MAX_OT;
      const n = this.optTokenCount[i];
      let content = 0;
      let ctxHits = 0;
      let optHits = 0;
      let qHits = 0;
      const others = 0xff & ~(1 << i);
      for (let k = 0; k < n; k++) {
        if ((this.optFlags[base + k] & STOP) !== 0) continue;
        content++;
        const slot = this.optSlot[base + k];
        const m = slot >= 0 ? this.ttMask[slot] : 0;
        if (m & BIT_CTX) ctxHits++;
        if (m & others) optHits++;
        if (m & BIT_Q) qHits++;
      }
      this.content[i] = content;
      this.ctxHits[i] = ctxHits;
      this.optHits[i] = optHits;
      this.qHits[i] = qHits;

      this.hashedStart[i] = hp;
      if (mask & 1) {
        for (let k = 0; k < n; k++) {
          this.hashedTrace[hp] = (1 << 8) | k;
          this.hashed[hp++] = featureHash(1, this.optHashes[base + k], 0) & bm;
        }
      }
      if (mask & 2) {
        for (let k = 0; k + 1 < n; k++) {
          this.hashedTrace[hp] = (2 << 8) | k;
          this.hashed[hp++] = featureHash(2, this.optHashes[base + k], this.optHashes[base + k + 1]) & bm;
        }
      }
      if (mask & 4) {
        for (let k = 0; k < n; k++) {
          this.hashedTrace[hp] = (3 << 8) | k;
          this.hashed[hp++] = featureHash(3, qtype, this.optHashes[base + k]) & bm;
        }
      }
    }
    // Dense features need every option's quantities (ranks compare options), so a second pass.
    for (let i = 0; i < nOpt; i++) {
      this.denseStart[i] = dp;
      const content = this.content[i];
      const ci = content > 0 ? content : 1;
      const len = optionLength(item.options[i]);
      let rankLong = 0;
      let rankShort = 0;
      let rankCtx = 0;
      let rankOpt = 0;
      for (let j = 0; j < nOpt; j++) {
        const lj = optionLength(item.options[j]);
        if (lj > len) rankLong++;
        else if (lj < len) rankShort++;
        // Fractions hits/content compared by cross-multiplication (content 0 counts as 1: fraction 0).
        const cj = this.content[j] > 0 ? this.content[j] : 1;
        if (this.ctxHits[j] * ci > this.ctxHits[i] * cj) rankCtx++;
        if (this.optHits[j] * ci > this.optHits[i] * cj) rankOpt++;
      }
      // Question-type-crossed dense features; with back-off each also fires in the shared slot.
      // (Written out per family, without a closure, because this runs for every option.)
      const qb = (mask & 8192) !== 0 ? QT_ANY - qtype : 0; // offset from the qtype slot to the shared slot, in strides
      const d = this.dense;
      if (mask & 8) { d[dp++] = qtype * 8 + rankLong; if (qb) d[dp++] = QT_ANY * 8 + rankLong; }
      if (mask & 16) { d[dp++] = 128 + qtype * 8 + rankShort; if (qb) d[dp++] = 128 + QT_ANY * 8 + rankShort; }
      if (mask & 32) { const v = overlapBucket(this.ctxHits[i], content); d[dp++] = 256 + qtype * 6 + v; if (qb) d[dp++] = 256 + QT_ANY * 6 + v; }
      if (mask & 64) { const v = overlapBucket(this.optHits[i], content); d[dp++] = 352 + qtype * 6 + v; if (qb) d[dp++] = 352 + QT_ANY * 6 + v; }
      if (mask & 128) {
        const of = this.oflags[i];
        for (let f = 0; f < 8; f++) {
          if ((of >> f) & 1) { d[dp++] = 448 + qtype * 8 + f; if (qb) d[dp++] = 448 + QT_ANY * 8 + f; }
        }
      }
      if (mask & 256) d[dp++] = 576 + i;
      if (mask & 512) { const v = overlapBucket(this.qHits[i], content); d[dp++] = 584 + qtype * 6 + v; if (qb) d[dp++] = 584 + QT_ANY * 6 + v; }
      if (mask & 1024) { const v = this.logic.verdicts[i]; d[dp++] = 680 + qtype * 5 + v; if (qb) d[dp++] = 680 + QT_ANY * 5 + v; }
      if (mask & 2048) { d[dp++] = 760 + qtype * 8 + rankCtx; if (qb) d[dp++] = 760 + QT_ANY * 8 + rankCtx; }
      if (mask & 4096) { d[dp++] = 888 + qtype * 8 + rankOpt; if (qb) d[dp++] = 888 + QT_ANY * 8 + rankOpt; }
    }
    this.hashedStart[nOpt] = hp;
    this.denseStart[nOpt] = dp;
  }
}

function optionLength(bytes: Uint8Array): number {
  return bytes.length < MAX_OPTION_BYTES ? bytes.length : MAX_OPTION_BYTES;
}

/** §2.6: 5 when the option has no content tokens, else floor(4 * hits / n). */
export function overlapBucket(hits: number, n: number): number {
  return n === 0 ? 5 : Math.floor((4 * hits) / n);
}
