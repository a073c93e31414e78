// The integer reference runtime: a loaded artifact that scores items (docs/format.md §2.8) and
// explains its decisions. Browser-safe: no Node APIs, only typed arrays and TextEncoder.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { readArtifact, type McqArtifactData } from './reader.ts';
import { applyRepairs, type Repair } from './repair/section.ts';
import type { Section } from '../../artifact/container.ts';
import type { McqConfig } from './sections.ts';
import { FeatureExtractor, NAMESPACES, nsMaskFromNames, nsNamesFromMask, type EncodedItem, type ScoreWeights } from './features.ts';
import { CONTEXT_LOGIC_TOKENS, VERDICT_NAMES } from './logic.ts';
import { LT_COMMA, LT_WORD, logicTokenize, makeLogicTokens } from './logic-tokens.ts';
import { encodeItem, ItemEncoder, type McqItem } from './item.ts';
import { OPTION_FLAG_NAMES, QTYPE_NAMES } from './lexicon.ts';
import { describeDense, describeHashed } from './explain-labels.ts';
import { tokenTexts } from '../../text/tokenize.ts';
import { LIMITS } from '../../text/limits.ts';
import { checkEncodedItem, checkItem } from './validate-item.ts';

export interface ScoreResult {
  /** One i32 score per option. */
  scores: number[];
  /** Index of the highest score; ties go to the lowest index. */
  prediction: number;
}

export interface Contribution {
  /** Feature family (namespace) name, e.g. `opt_uni`. */
  family: string;
  /** Human-readable description of the feature, e.g. `option word "pump"`. */
  label: string;
  /** The integer the feature added to the option's score. */
  value: number;
}

export interface OptionExplanation {
  index: number;
  score: number;
  /** Content tokens of the option found in the context / in other options, out of `content`. */
  contextHits: number;
  otherOptionHits: number;
  content: number;
  /** Option-property flags present (NEG, UNIV, ...). */
  flags: string[];
  /** Every feature's contribution, largest magnitude first (equal ones in extraction order). */
  contributions: Contribution[];
}

export interface DeductiveExplanation {
  /** Context sentences the module parsed, with their rule kind (if-then, only-if, all, fact, ...). */
  sentences: { kind: string; text: string }[];
  /** Each atom as the context words that name it. */
  atoms: string[][];
  rules: number;
  consistent: boolean;
  /** Per option: abstain, entailed, contradicted, unknown, unknown (new atoms). */
  verdicts: string[];
}

export interface Explanation extends ScoreResult {
  questionType: string;
  options: OptionExplanation[];
  /** The deductive module's trace, when the artifact enables it. */
  deductive: DeductiveExplanation | null;
  /** Ids of the repairs that fired (their adjustments are included in the scores). */
  repairsFired: number[];
}

export interface SectionInfo {
  tag: string;
  offset: number;
  length: number;
  crc: number;
}

const NONE_FIRED: number[] = [];

export interface LoadOptions {
  /** Apply the artifact's repairs (default true). With false, scores are exactly the unrepaired model's. */
  repairs?: boolean;
}

export class Artifact {
  readonly bytes: Uint8Array;
  /** Repairs applied after scoring (empty when disabled or absent). */
  readonly repairs: Repair[];
  /** Ids of the repairs that fired on the last scored item. */
  lastFired: number[] = [];
  readonly config: McqConfig;
  private readonly data: McqArtifactData;
  private readonly extractor: FeatureExtractor;
  private readonly encoder = new ItemEncoder();
  private readonly weights: ScoreWeights;
  private readonly hashed: Int8Array;
  private readonly hashMult: number;
  private sha?: string;

  constructor(bytes: Uint8Array, options: LoadOptions = {}) {
    this.data = readArtifact(bytes);
    this.repairs = options.repairs === false ? [] : this.data.repairs;
    this.bytes = bytes;
    this.config = this.data.config;
    this.extractor = new FeatureExtractor(this.data.lexicon, this.config.hashBits, this.config.nsMask, this.config.logic);
    this.hashed = this.data.hashed;
    this.hashMult = this.config.hashMult;
    this.weights = { hashed: this.data.hashed, dense: this.data.dense, hashMult: this.config.hashMult };
  }

  /** Parsed metadata (hyperparameters, data hash, ...). Throws ArtifactError if META is not JSON. */
  get meta(): Record<string, unknown> {
    return this.data.meta;
  }

  get sections(): SectionInfo[] {
    return this.data.sections.map((s: Section) => ({ tag: s.tag, offset: s.offset, length: s.length, crc: s.crc }));
  }

  /** Hex SHA-256 of the artifact bytes: its identity. */
  get sha256(): string {
    this.sha ??= bytesToHex(sha256(this.bytes));
    return this.sha;
  }

  get featureFamilies(): string[] {
    return nsNamesFromMask(this.config.nsMask);
  }

  /** Scores every option of an item with integer arithmetic only. Throws ItemError for a malformed item.
   * Only each field's first N bytes are encoded (§2.1), so the cost is flat beyond the byte limits. */
  score(item: McqItem): ScoreResult {
    item = checkItem(item);
    const scores = new Int32Array(item.options.length);
    const prediction = this.scoreEncoded(this.encoder.encode(item), scores);
    return { scores: Array.from(scores), prediction };
  }

  /** Hot path: scores an already-encoded item into `out`; returns the prediction. Throws ItemError
   * for a malformed item. The shape of eg_score: prepare the item tables once, score each option
   * from them, apply the repairs on the token table, pick the highest score. */
  scoreEncoded(item: EncodedItem, out: Int32Array): number {
    checkEncodedItem(item, out);
    const ex = this.extractor;
    ex.prepare(item);
    const n = ex.nOptions;
    for (let i = 0; i < n; i++) out[i] = ex.optionScore(this.weights, i);
    this.lastFired = this.repairs.length > 0 ? applyRepairs(this.repairs, out, n, ex.tt) : NONE_FIRED;
    let best = 0;
    for (let i = 1; i < n; i++) if (out[i] > out[best]) best = i;
    return best;
  }

  /** Scores an item and lists, per option, what moved its score. Throws ItemError for a malformed item. */
  explain(item: McqItem): Explanation {
    item = checkItem(item);
    const enc = encodeItem(item);
    const scores = new Int32Array(item.options.length);
    const prediction = this.scoreEncoded(enc, scores);
    const fired = this.lastFired.slice();
    const ex = this.extractor;
    ex.extract(enc); // every option's feature list, for the contributions below
    const tokenText = optionTokenTexts(enc);
    const options: OptionExplanation[] = [];
    for (let i = 0; i < ex.nOptions; i++) {
      const contributions: Contribution[] = [];
      for (let k = ex.hashedStart[i]; k < ex.hashedStart[i + 1]; k++) {
        const trace = ex.hashedTrace[k];
        const ns = trace >> 8;
        const value = this.hashMult * this.hashed[ex.hashed[k]];
        if (value === 0) continue;
        const fam = NAMESPACES[ns - 1].name;
        contributions.push({ family: fam, label: describeHashed(ns, trace & 0xff, tokenText[i], ex.qtype), value });
      }
      for (let k = ex.denseStart[i]; k < ex.denseStart[i + 1]; k++) {
        const idx = ex.dense[k];
        const value = this.weights.dense[idx];
        if (value === 0) continue;
        const { family, label } = describeDense(idx);
        contributions.push({ family, label, value });
      }
      const repaired = scores[i] - contributions.reduce((sum, c) => sum + c.value, 0);
      if (repaired !== 0) contributions.push({ family: 'repair', label: `repairs ${fired.join(', ')} moved this option`, value: repaired });
      contributions.sort((a, b) => Math.abs(b.value) - Math.abs(a.value));
      options.push({
        index: i,
        score: scores[i],
        contextHits: ex.ctxHits[i],
        otherOptionHits: ex.optHits[i],
        content: ex.content[i],
        flags: OPTION_FLAG_NAMES.filter((_, f) => (ex.oflags[i] >> f) & 1),
        contributions,
      });
    }
    return { scores: Array.from(scores), prediction, questionType: QTYPE_NAMES[ex.qtype], options, deductive: this.deductiveTrace(enc), repairsFired: fired };
  }

  private deductiveTrace(enc: EncodedItem): DeductiveExplanation | null {
    if ((this.config.nsMask & nsMaskFromNames(['qt_logic'])) === 0) return null;
    const ex = this.extractor;
    ex.extract(enc, true);
    const tr = ex.logic.trace!;
    const words = logicWordTexts(enc.context);
    return {
      sentences: tr.sentences.map((x) => ({ kind: x.kind, text: words.range(x.start, x.end) })),
      atoms: tr.atoms.map((stems) => stems.map((h) => words.byStem.get(h) ?? '?')),
      rules: tr.ruleCount,
      consistent: tr.consistent,
      verdicts: Array.from(ex.logic.verdicts.subarray(0, enc.options.length), (v) => VERDICT_NAMES[v]),
    };
  }
}

/** Texts of the context's logic-token entries, to show parsed sentences and atoms as words. */
function logicWordTexts(context: Uint8Array): { range(s: number, e: number): string; byStem: Map<number, string> } {
  const t = makeLogicTokens(CONTEXT_LOGIC_TOKENS);
  logicTokenize(context, LIMITS.MAX_CONTEXT_BYTES, t);
  const texts = tokenTexts(context, LIMITS.MAX_CONTEXT_BYTES, CONTEXT_LOGIC_TOKENS);
  const entries: string[] = [];
  const byStem = new Map<number, string>();
  let w = 0;
  for (let k = 0; k < t.n; k++) {
    if (t.kind[k] === LT_WORD) {
      const text = texts[w++] ?? '?';
      entries.push(text);
      if (!byStem.has(t.stem[k])) byStem.set(t.stem[k], text);
    } else entries.push(t.kind[k] === LT_COMMA ? ',' : '.');
  }
  return { range: (s, e) => entries.slice(s, e).join(' ').replace(/ ,/g, ','), byStem };
}

function optionTokenTexts(enc: EncodedItem): string[][] {
  return enc.options.map((o) => tokenTexts(o, LIMITS.MAX_OPTION_BYTES, LIMITS.MAX_OPTION_TOKENS));
}

/** Loads and validates an artifact; throws ArtifactError (with a `code`) if the bytes are not valid. */
export function loadArtifact(bytes: Uint8Array, options: LoadOptions = {}): Artifact {
  return new Artifact(bytes, options);
}
