// Features and option scores of the multiple-choice skill (docs/format.md §2.7–2.8)
// <-> c/skills/mcq/eg_features.c. The item tables come from prepare.ts (built once per item);
// `optionScore` is the runtime's sum for one option, read straight from those tables, and
// `FeatureExtractor.extract` lists every feature index of every option for training and explanation.
import { featureHash as featureHash_ } from '../../text/hash.ts';
import { LIMITS } from '../../text/limits.ts';
import type { LexiconTable } from './lexicon-table.ts';
import { DEFAULT_LOGIC_PARAMS, type LogicParams } from './logic.ts';
import { ALL_NS_MASK, NAMESPACES, QT_ANY as QT_ANY_, type EncodedItem, type NamespaceName } from './families.ts';
import { ItemTables, primingItems } from './prepare.ts';

export { ALL_NS_MASK, NAMESPACES, nsMaskFromNames, nsNamesFromMask, QT_ANY, QT_SLOTS } from './families.ts';
export type { EncodedItem, NamespaceName } from './families.ts';

// Module-local copies of imports used per token: imported bindings can compile to getter calls.
const featureHash = featureHash_;
const MAX_OPT = LIMITS.MAX_OPTIONS;
const MAX_OT = LIMITS.MAX_OPTION_TOKENS;
const QT_ANY = QT_ANY_;
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

/** Dense features per option: 4 single-valued blocks + up to 8 flags + position + question overlap + logic verdict. */
/** Dense features per option: 4 single-valued blocks + up to 8 flags + position + question overlap + logic verdict. */
export const MAX_DENSE_PER_OPTION = 34;

/** The weights an option score reads (the artifact's WHSH, WDNS and MCQC hash_mult). */
export interface ScoreWeights {
  hashed: Int8Array;
  dense: Int16Array;
  hashMult: number;
}

export class FeatureExtractor extends ItemTables {
  readonly hashBits: number;
  private readonly bucketMask: number;
  // Outputs of the last `extract` (valid until the next call).
  readonly hashed = new Int32Array(MAX_OPT * 3 * MAX_OT);
  readonly hashedStart = new Int32Array(MAX_OPT + 1);
  /** For each hashed occurrence: ns * 256 + token index within its option (for explanations). */
  readonly hashedTrace = new Int32Array(MAX_OPT * 3 * MAX_OT);
  readonly dense = new Int32Array(MAX_OPT * MAX_DENSE_PER_OPTION);
  readonly denseStart = new Int32Array(MAX_OPT + 1);
  private hashedEnd = 0;
  private denseEnd = 0;

  constructor(lex: LexiconTable, hashBits: number, nsMask: number, logicParams: LogicParams = DEFAULT_LOGIC_PARAMS) {
    super(lex, nsMask, logicParams);
    this.hashBits = hashBits;
    this.bucketMask = hashBits >= 32 ? 0xffffffff : (1 << hashBits) - 1;
    primeOnce(lex);
  }

  /** Score of option i < nOptions of the last `prepare`: hash_mult * hsum + dsum (§2.8). */
  optionScore(w: ScoreWeights, i: number): number {
    const hs = this.hashed;
    const ds = this.dense;
    this.emitOption(i, 0, 0);
    let hsum = 0;
    for (let k = 0, e = this.hashedEnd; k < e; k++) hsum += w.hashed[hs[k]];
    let dsum = 0;
    for (let k = 0, e = this.denseEnd; k < e; k++) dsum += w.dense[ds[k]];
    return (Math.imul(w.hashMult, hsum) + dsum) | 0;
  }

  /** Prepares `item` and lists every feature of every option into the output buffers. */
  extract(item: EncodedItem, wantTrace = false): void {
    this.prepare(item, wantTrace);
    let hp = 0;
    let dp = 0;
    for (let i = 0; i < this.nOptions; i++) {
      this.hashedStart[i] = hp;
      this.denseStart[i] = dp;
      this.emitOption(i, hp, dp);
      hp = this.hashedEnd;
      dp = this.denseEnd;
    }
    this.hashedStart[this.nOptions] = hp;
    this.denseStart[this.nOptions] = dp;
  }

  /** Writes option i's hashed feature indices from hashed[hp] and dense ones from dense[dp], up to
   * hashedEnd / denseEnd (optionScore writes one option's from 0 and sums them). */
  private emitOption(i: number, hp: number, dp: number): void {
    const mask = this.nsMask;
    const qtype = this.qtype;
    const nOpt = this.nOptions;
    const bm = this.bucketMask;
    const base = i * MAX_OT;
    const n = this.optTokenCount[i];
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
    // Dense features: ranks compare options, so every option's quantities are read.
    const content = this.content[i];
    const ci = content > 0 ? content : 1;
    const len = this.optLen[i];
    let rankLong = 0;
    let rankShort = 0;
    let rankCtx = 0;
    let rankOpt = 0;
    const ctxI = this.ctxHits[i];
    const optI = this.optHits[i];
    // Counted without branches, since the outcomes are unpredictable: (b - a) >>> 31 is 1 iff a > b,
    // exact here as the operands are small (lengths <= 1024, hit and content products <= 128 * 128).
    for (let j = 0; j < nOpt; j++) {
      const lj = this.optLen[j];
      rankLong += (len - lj) >>> 31;
      rankShort += (lj - len) >>> 31;
      // Fractions hits/content compared by cross-multiplication (content 0 counts as 1: fraction 0).
      const cj = this.content[j] | (((this.content[j] - 1) >>> 31) & 1);
      rankCtx += (ctxI * cj - this.ctxHits[j] * ci) >>> 31;
      rankOpt += (optI * cj - this.optHits[j] * ci) >>> 31;
    }
    // Question-type-crossed dense features; with back-off each also fires in the shared slot.
    // (Written out per family, without a closure, because this runs for every option.)
    const backoff = (mask & M_BACKOFF) !== 0;
    const d = this.dense;
    if (mask & M_LEN_LONG) { d[dp++] = B_LEN_LONG + qtype * S_LEN_LONG + rankLong; if (backoff) d[dp++] = B_LEN_LONG + QT_ANY * S_LEN_LONG + rankLong; }
    if (mask & M_LEN_SHORT) { d[dp++] = B_LEN_SHORT + qtype * S_LEN_SHORT + rankShort; if (backoff) d[dp++] = B_LEN_SHORT + QT_ANY * S_LEN_SHORT + rankShort; }
    if (mask & M_CTX_OVL) { const v = bucket(this.ctxHits[i], content); d[dp++] = B_CTX_OVL + qtype * S_CTX_OVL + v; if (backoff) d[dp++] = B_CTX_OVL + QT_ANY * S_CTX_OVL + v; }
    if (mask & M_OPT_OVL) { const v = bucket(this.optHits[i], content); d[dp++] = B_OPT_OVL + qtype * S_OPT_OVL + v; if (backoff) d[dp++] = B_OPT_OVL + QT_ANY * S_OPT_OVL + v; }
    if (mask & M_FLAG) {
      const of = this.oflags[i];
      // Written whatever the bit, kept by advancing dp by it: no branch on the (unpredictable) bits.
      for (let f = 0; f < S_FLAG; f++) {
        const bit = (of >>> f) & 1;
        d[dp] = B_FLAG + qtype * S_FLAG + f;
        dp += bit;
        if (backoff) { d[dp] = B_FLAG + QT_ANY * S_FLAG + f; dp += bit; }
      }
    }
    if (mask & M_POSITION) d[dp++] = B_POSITION + i;
    if (mask & M_Q_OVL) { const v = bucket(this.qHits[i], content); d[dp++] = B_Q_OVL + qtype * S_Q_OVL + v; if (backoff) d[dp++] = B_Q_OVL + QT_ANY * S_Q_OVL + v; }
    if (mask & M_LOGIC) { const v = this.logic.verdicts[i]; d[dp++] = B_LOGIC + qtype * S_LOGIC + v; if (backoff) d[dp++] = B_LOGIC + QT_ANY * S_LOGIC + v; }
    if (mask & M_CTX_RANK) { d[dp++] = B_CTX_RANK + qtype * S_CTX_RANK + rankCtx; if (backoff) d[dp++] = B_CTX_RANK + QT_ANY * S_CTX_RANK + rankCtx; }
    if (mask & M_OPT_RANK) { d[dp++] = B_OPT_RANK + qtype * S_OPT_RANK + rankOpt; if (backoff) d[dp++] = B_OPT_RANK + QT_ANY * S_OPT_RANK + rankOpt; }
    this.hashedEnd = hp;
    this.denseEnd = dp;
  }
}

/** §2.6: 5 when the option has no content tokens, else floor(4 * hits / n). */
export function overlapBucket(hits: number, n: number): number {
  return bucket(hits, n);
}

/** `overlapBucket` under a module-local name for emitOption (an exported binding is read through its
 * module cell at every use, even in its own module). */
function bucket(hits: number, n: number): number {
  return n === 0 ? 5 : Math.floor((4 * hits) / n);
}

// ---------------------------------------------------------------- JIT priming
//
// V8 (Node 20) optimizes a hot function with code only for the paths it has seen run. A path of the
// item preparation first met later (a lead byte between two separators, a marker after a marker: a
// few items in a thousand) deoptimizes it; V8 may then re-optimize only for on-stack replacement of
// its loop, after which every call starts in the interpreter: scoring was measured 2x slower for the
// rest of the process in about one run in three. So the first extractor of a process runs synthetic
// items through every path (prepare.ts `primingItems`) with all families on, before anything is hot.
// Nothing else is affected: the priming extractor and its tables are discarded.

let primed = false;

function primeOnce(lex: LexiconTable): void {
  if (primed) return;
  primed = true;
  const hashBits = 8;
  const ex = new FeatureExtractor(lex, hashBits, ALL_NS_MASK);
  const w: ScoreWeights = { hashed: new Int8Array(1 << hashBits), dense: new Int16Array(LIMITS.DENSE_COUNT), hashMult: 1 };
  const items = primingItems();
  const run = (item: EncodedItem): void => {
    ex.extract(item);
    for (let i = 0; i < ex.nOptions; i++) ex.optionScore(w, i);
  };
  // V8 records type feedback only after a function's first few calls: the small items run twice
  // (every function gets called often enough), then the large ones once.
  const small = items.filter((it) => it.context.length < 512);
  for (let r = 0; r < 2; r++) small.forEach(run);
  items.filter((it) => it.context.length >= 512).forEach(run);
  ex.extract(items[0], true); // with the deductive trace (explanations)
}
