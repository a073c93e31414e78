// Feature extraction for the multiple-choice skill (docs/format.md §2.4–2.7). One extractor
// instance owns all scratch buffers and is reused across items, as the C runtime does with its
// caller-owned `eg_scratch`. Training, scoring and explanation all run through `extract`.
import { featureHash as featureHash_, fmix32 as fmix32_ } from '../../text/hash.ts';
import { LIMITS } from '../../text/limits.ts';
import { tokenizeField as tokenizeField_ } from '../../text/tokenize.ts';
import type { LexiconTable } from './lexicon-table.ts';
import { QT_CUE_COUNT, QT_FIRST_BIT } from './lexicon.ts';
import { DeductiveModule, DEFAULT_LOGIC_PARAMS, type LogicParams } from './logic.ts';
import { LT_WORD as LT_WORD_ } from './logic-tokens.ts';

const LT_WORD = LT_WORD_;

/** Question-type slots of a crossed dense block: qtype 0..12 (13 and 14 unused), then the shared
 * back-off slot `QT_ANY` (docs/format.md §2.7). A crossed block has `QT_SLOTS * stride` weights. */
export const QT_SLOTS = 16;
/** With `backoff`, every question-type-crossed dense feature also fires in this shared slot. */
export const QT_ANY = QT_SLOTS - 1;

/**
 * Feature families (docs/format.md §2.7): `ns` is the feature-hash namespace (hashed) and the family
 * id, `bit` its bit in `ns_mask`. Dense blocks hold `count` weights from index `base`; a crossed block
 * has `stride` local values per question type (its feature index is `base + qtype*stride + v`);
 * `position` is not crossed (`stride` 0: index `base + option`). Every number the two extractors use
 * comes from here (c/skills/mcq/eg_features_table.h is generated from this table by scripts/gen-c-tables.ts).
 */
export const NAMESPACES = [
  { ns: 1, name: 'opt_uni', bit: 0, kind: 'hashed' },
  { ns: 2, name: 'opt_bi', bit: 1, kind: 'hashed' },
  { ns: 3, name: 'qt_uni', bit: 2, kind: 'hashed' },
  { ns: 4, name: 'qt_len_long', bit: 3, kind: 'dense', base: 0, count: 128, stride: 8 },
  { ns: 5, name: 'qt_len_short', bit: 4, kind: 'dense', base: 128, count: 128, stride: 8 },
  { ns: 6, name: 'qt_ctx_overlap', bit: 5, kind: 'dense', base: 256, count: 96, stride: 6 },
  { ns: 7, name: 'qt_opt_overlap', bit: 6, kind: 'dense', base: 352, count: 96, stride: 6 },
  { ns: 8, name: 'qt_flag', bit: 7, kind: 'dense', base: 448, count: 128, stride: 8 },
  { ns: 9, name: 'position', bit: 8, kind: 'dense', base: 576, count: 8, stride: 0 },
  { ns: 10, name: 'qt_q_overlap', bit: 9, kind: 'dense', base: 584, count: 96, stride: 6 },
  { ns: 11, name: 'qt_logic', bit: 10, kind: 'dense', base: 680, count: 80, stride: 5 },
  { ns: 12, name: 'qt_ctx_rank', bit: 11, kind: 'dense', base: 760, count: 128, stride: 8 },
  { ns: 13, name: 'qt_opt_rank', bit: 12, kind: 'dense', base: 888, count: 128, stride: 8 },
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
// Feature-family numbers for the hot loops, read once from NAMESPACES (module-local numbers, like
// the limits above, so the loops compare against constants and no table lookup runs per option).
type Family = (typeof NAMESPACES)[number];
type DenseFamily = Extract<Family, { kind: 'dense' }>;
const family = (name: NamespaceName): Family => NAMESPACES.find((x) => x.name === name)!;
const maskOf = (name: NamespaceName): number => 1 << family(name).bit;
const denseOf = (name: DenseFamily['name']): DenseFamily => family(name) as DenseFamily;
const NS_OPT_UNI = family('opt_uni').ns;
const NS_OPT_BI = family('opt_bi').ns;
const NS_QT_UNI = family('qt_uni').ns;
const M_OPT_UNI = maskOf('opt_uni');
const M_OPT_BI = maskOf('opt_bi');
const M_QT_UNI = maskOf('qt_uni');
const M_BACKOFF = maskOf('backoff');
const M_LEN_LONG = maskOf('qt_len_long');
const M_LEN_SHORT = maskOf('qt_len_short');
const M_CTX_OVL = maskOf('qt_ctx_overlap');
const M_OPT_OVL = maskOf('qt_opt_overlap');
const M_FLAG = maskOf('qt_flag');
const M_POSITION = maskOf('position');
const M_Q_OVL = maskOf('qt_q_overlap');
const M_LOGIC = maskOf('qt_logic');
const M_CTX_RANK = maskOf('qt_ctx_rank');
const M_OPT_RANK = maskOf('qt_opt_rank');
const { base: B_LEN_LONG, stride: S_LEN_LONG } = denseOf('qt_len_long');
const { base: B_LEN_SHORT, stride: S_LEN_SHORT } = denseOf('qt_len_short');
const { base: B_CTX_OVL, stride: S_CTX_OVL } = denseOf('qt_ctx_overlap');
const { base: B_OPT_OVL, stride: S_OPT_OVL } = denseOf('qt_opt_overlap');
const { base: B_FLAG, stride: S_FLAG } = denseOf('qt_flag'); // one local value per option flag bit
const { base: B_POSITION } = denseOf('position');
const { base: B_Q_OVL, stride: S_Q_OVL } = denseOf('qt_q_overlap');
const { base: B_LOGIC, stride: S_LOGIC } = denseOf('qt_logic');
const { base: B_CTX_RANK, stride: S_CTX_RANK } = denseOf('qt_ctx_rank');
const { base: B_OPT_RANK, stride: S_OPT_RANK } = denseOf('qt_opt_rank');
/** `hashedTrace` entries are `ns << TRACE_NS_SHIFT | token index` (an option has < 256 tokens). */
const TRACE_NS_SHIFT = 8;
/** Token-table mask bits 0..MAX_OPT-1: the options an item token appears in. */
const ALL_OPTION_BITS = (1 << MAX_OPT) - 1;

/** Dense features per option: 4 single-valued blocks + up to 8 flags + position + question overlap + logic verdict. */
export const MAX_DENSE_PER_OPTION = 34;
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
    const logicOn = (mask & M_LOGIC) !== 0;
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
      const others = ALL_OPTION_BITS & ~(1 << i);
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
      if (mask & M_OPT_UNI) {
        for (let k = 0; k < n; k++) {
          this.hashedTrace[hp] = (NS_OPT_UNI << TRACE_NS_SHIFT) | k;
          this.hashed[hp++] = featureHash(NS_OPT_UNI, this.optHashes[base + k], 0) & bm;
        }
      }
      if (mask & M_OPT_BI) {
        for (let k = 0; k + 1 < n; k++) {
          this.hashedTrace[hp] = (NS_OPT_BI << TRACE_NS_SHIFT) | k;
          this.hashed[hp++] = featureHash(NS_OPT_BI, this.optHashes[base + k], this.optHashes[base + k + 1]) & bm;
        }
      }
      if (mask & M_QT_UNI) {
        for (let k = 0; k < n; k++) {
          this.hashedTrace[hp] = (NS_QT_UNI << TRACE_NS_SHIFT) | k;
          this.hashed[hp++] = featureHash(NS_QT_UNI, qtype, this.optHashes[base + k]) & bm;
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
      const backoff = (mask & M_BACKOFF) !== 0;
      const d = this.dense;
      if (mask & M_LEN_LONG) { d[dp++] = B_LEN_LONG + qtype * S_LEN_LONG + rankLong; if (backoff) d[dp++] = B_LEN_LONG + QT_ANY * S_LEN_LONG + rankLong; }
      if (mask & M_LEN_SHORT) { d[dp++] = B_LEN_SHORT + qtype * S_LEN_SHORT + rankShort; if (backoff) d[dp++] = B_LEN_SHORT + QT_ANY * S_LEN_SHORT + rankShort; }
      if (mask & M_CTX_OVL) { const v = overlapBucket(this.ctxHits[i], content); d[dp++] = B_CTX_OVL + qtype * S_CTX_OVL + v; if (backoff) d[dp++] = B_CTX_OVL + QT_ANY * S_CTX_OVL + v; }
      if (mask & M_OPT_OVL) { const v = overlapBucket(this.optHits[i], content); d[dp++] = B_OPT_OVL + qtype * S_OPT_OVL + v; if (backoff) d[dp++] = B_OPT_OVL + QT_ANY * S_OPT_OVL + v; }
      if (mask & M_FLAG) {
        const of = this.oflags[i];
        for (let f = 0; f < S_FLAG; f++) {
          if ((of >> f) & 1) { d[dp++] = B_FLAG + qtype * S_FLAG + f; if (backoff) d[dp++] = B_FLAG + QT_ANY * S_FLAG + f; }
        }
      }
      if (mask & M_POSITION) d[dp++] = B_POSITION + i;
      if (mask & M_Q_OVL) { const v = overlapBucket(this.qHits[i], content); d[dp++] = B_Q_OVL + qtype * S_Q_OVL + v; if (backoff) d[dp++] = B_Q_OVL + QT_ANY * S_Q_OVL + v; }
      if (mask & M_LOGIC) { const v = this.logic.verdicts[i]; d[dp++] = B_LOGIC + qtype * S_LOGIC + v; if (backoff) d[dp++] = B_LOGIC + QT_ANY * S_LOGIC + v; }
      if (mask & M_CTX_RANK) { d[dp++] = B_CTX_RANK + qtype * S_CTX_RANK + rankCtx; if (backoff) d[dp++] = B_CTX_RANK + QT_ANY * S_CTX_RANK + rankCtx; }
      if (mask & M_OPT_RANK) { d[dp++] = B_OPT_RANK + qtype * S_OPT_RANK + rankOpt; if (backoff) d[dp++] = B_OPT_RANK + QT_ANY * S_OPT_RANK + rankOpt; }
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
