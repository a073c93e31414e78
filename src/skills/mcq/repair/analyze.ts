// What the repair tools need to know about an item under an artifact: its unrepaired integer scores
// and ranking (docs/format.md §2.8, the quantities a repair's ranking condition reads) and the
// content tokens of its item token table (§2.5, what a repair's route and exclude lists test),
// with their words for the audit log.
import { readArtifact } from '../reader.ts';
import { optionAtRank, topTwo } from './section.ts';
import { FeatureExtractor } from '../features.ts';
import { encodeItem, type McqItem } from '../item.ts';
import { QTYPE_NAMES } from '../lexicon.ts';
import { loadArtifact, type Artifact } from '../runtime.ts';
import { LIMITS } from '../../../text/limits.ts';
import { tokenizeField } from '../../../text/tokenize.ts';

export interface AnalyzedItem {
  id: string;
  item: McqItem;
  n: number;
  /** Unrepaired scores. */
  scores: Int32Array;
  top: number;
  second: number;
  /** scores[top] - scores[second] (what `max_margin` bounds). */
  margin: number;
  gold: number | null;
  /** Rank of the gold option by unrepaired score (0 = top), -1 without a gold answer. */
  goldRank: number;
  questionType: string;
  /** Content tokens present in the item token table: hash -> word (first spelling seen). */
  tokens: Map<number, string>;
}

const dec = new TextDecoder();

/** Token hashes and display words of one field, under the scoring limits. */
function fieldTokens(bytes: Uint8Array, maxBytes: number, maxTokens: number): { hashes: Uint32Array; words: string[] } {
  const cap = Math.min(maxTokens, Math.min(bytes.length, maxBytes) + 1);
  const hashes = new Uint32Array(cap);
  const starts = new Uint32Array(cap);
  const ends = new Uint32Array(cap);
  const n = tokenizeField(bytes, maxBytes, cap, { hashes, starts, ends });
  const words: string[] = [];
  for (let k = 0; k < n; k++) words.push(dec.decode(bytes.subarray(starts[k], ends[k])).replace(/['\u2018\u2019]/g, '').replace(/[A-Z]/g, (c) => c.toLowerCase()));
  return { hashes: hashes.subarray(0, n), words };
}

/** Analyzes items under an artifact with its repairs disabled (the unrepaired model). */
export class Analyzer {
  readonly base: Artifact;
  private readonly extractor: FeatureExtractor;

  constructor(bytes: Uint8Array) {
    this.base = loadArtifact(bytes, { repairs: false });
    const data = readArtifact(bytes);
    this.extractor = new FeatureExtractor(data.lexicon, data.config.hashBits, data.config.nsMask, data.config.logic);
  }

  analyze(item: McqItem, index = 0): AnalyzedItem {
    const enc = encodeItem(item);
    const n = item.options.length;
    const scores = new Int32Array(n);
    this.base.scoreEncoded(enc, scores);
    const [top, second] = topTwo(scores, n);
    const gold = item.answer ?? null;
    let goldRank = -1;
    if (gold !== null) for (let r = 0; r < n; r++) if (optionAtRank(scores, n, r) === gold) goldRank = r;
    const ex = this.extractor;
    ex.extract(enc);
    const tokens = new Map<number, string>();
    const fields: Array<[Uint8Array, number, number]> = [
      [enc.context, LIMITS.MAX_CONTEXT_BYTES, LIMITS.MAX_CONTEXT_TOKENS],
      [enc.question, LIMITS.MAX_QUESTION_BYTES, LIMITS.MAX_QUESTION_TOKENS],
      ...enc.options.map((o): [Uint8Array, number, number] => [o, LIMITS.MAX_OPTION_BYTES, LIMITS.MAX_OPTION_TOKENS]),
    ];
    for (const [bytes, mb, mt] of fields) {
      const { hashes, words } = fieldTokens(bytes, mb, mt);
      for (let k = 0; k < hashes.length; k++) {
        const h = hashes[k];
        if (!tokens.has(h) && ex.ttLookup(h) !== 0) tokens.set(h, words[k]);
      }
    }
    return {
      id: item.id ?? String(index),
      item,
      n,
      scores,
      top,
      second,
      margin: scores[top] - scores[second],
      gold,
      goldRank,
      questionType: QTYPE_NAMES[ex.qtype] ?? String(ex.qtype),
      tokens,
    };
  }

  analyzeAll(items: readonly McqItem[]): AnalyzedItem[] {
    return items.map((it, i) => this.analyze(it, i));
  }
}
