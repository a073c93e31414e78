// Turns a dataset into the sparse design the trainer needs, using the very extractor the runtime
// uses — so the trained weights index exactly the features the artifact will compute.
import { FeatureExtractor } from '../features.ts';
import { encodeItem, type McqItem } from '../item.ts';
import type { LexiconTable } from '../lexicon-table.ts';
import type { LogicParams } from '../logic.ts';

export interface FeaturizedItem {
  nOptions: number;
  /** Hashed buckets, all options concatenated; option i spans hashedStart[i]..hashedStart[i+1]. */
  hashed: Int32Array;
  hashedStart: Int32Array;
  dense: Int32Array;
  denseStart: Int32Array;
  /** Gold index, or -1 when unknown. */
  answer: number;
  /** Training weight of the item (default 1). */
  weight: number;
}

export function featurize(items: McqItem[], lexicon: LexiconTable, hashBits: number, nsMask: number, logic: LogicParams): FeaturizedItem[] {
  const ex = new FeatureExtractor(lexicon, hashBits, nsMask, logic);
  return items.map((item) => {
    ex.extract(encodeItem(item));
    const n = ex.nOptions;
    return {
      nOptions: n,
      hashed: ex.hashed.slice(0, ex.hashedStart[n]),
      hashedStart: ex.hashedStart.slice(0, n + 1),
      dense: ex.dense.slice(0, ex.denseStart[n]),
      denseStart: ex.denseStart.slice(0, n + 1),
      answer: item.answer ?? -1,
      weight: item.weight ?? 1,
    };
  });
}
