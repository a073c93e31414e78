// The training pipeline in one call: dataset -> features -> softmax model -> quantized tables ->
// `.engram` bytes, plus the float-vs-quantized comparison on the training data.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { ALL_NS_MASK, NAMESPACES, nsNamesFromMask } from '../features.ts';
import { buildLexicon, QT_CUE_COUNT, QT_FIRST_BIT } from '../lexicon.ts';
import { LexiconTable } from '../lexicon-table.ts';
import { DEFAULT_LOGIC_PARAMS, type LogicParams } from '../logic.ts';
import type { McqItem } from '../item.ts';
import { crystallize } from './crystallize.ts';
import { featurize, type FeaturizedItem } from './featurize.ts';
import { quantize, type QuantizedModel } from './quantize.ts';
import { argmax, DEFAULT_TRAIN_OPTIONS, floatScores, trainSoftmax, type EpochReport, type FloatModel, type TrainOptions } from './softmax.ts';

export interface BuildOptions extends TrainOptions {
  nsMask: number;
  logic: LogicParams;
}

/** ns_mask bits of the hashed families (opt_uni, opt_bi, qt_uni). */
const HASHED_FAMILIES = 0b111;
const MIN_HASH_BITS = 8;

/** ns_mask bits that select features; the rest (`backoff`) only modify how selected families fire. */
const FEATURE_FAMILIES = NAMESPACES.filter((x) => x.kind !== 'modifier').reduce((m, x) => m | (1 << x.bit), 0);

/** A build that would produce a model that cannot have learned anything. */
export class BuildError extends Error {
  override name = 'BuildError';
  constructor(
    readonly code: 'NO_FEATURES' | 'NO_LABELLED_ITEMS',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Refuses, before any training, the two builds whose artifact would score every option 0: no
 * feature family selected (e.g. `--features backoff`, a modifier alone) and no item with an answer.
 */
export function checkBuildInputs(items: readonly McqItem[], nsMask: number): void {
  if ((nsMask & FEATURE_FAMILIES) === 0) {
    const chosen = nsNamesFromMask(nsMask);
    throw new BuildError(
      'NO_FEATURES',
      `the feature set ${chosen.length ? `"${chosen.join(',')}"` : '(empty)'} selects no feature family, so the model would have no features` +
        `${chosen.includes('backoff') ? ' ("backoff" only modifies the question-type families it is combined with)' : ''}; ` +
        `add at least one of ${nsNamesFromMask(FEATURE_FAMILIES).join(', ')}`,
    );
  }
  if (!items.some((it) => it.answer !== undefined)) {
    throw new BuildError('NO_LABELLED_ITEMS', `none of the ${items.length} training items has an answer, so there is nothing to train on`);
  }
}

export const DEFAULT_BUILD_OPTIONS: BuildOptions = { ...DEFAULT_TRAIN_OPTIONS, nsMask: ALL_NS_MASK, logic: DEFAULT_LOGIC_PARAMS };

export interface BuildResult {
  bytes: Uint8Array;
  model: FloatModel;
  quantized: QuantizedModel;
  lexicon: LexiconTable;
  epochs: EpochReport[];
}

export function sharedLexicon(): LexiconTable {
  return LexiconTable.build(buildLexicon());
}

/** The lexicon with every question-cue bit cleared: the "without cue features" ablation (qtype is always 0). */
export function lexiconWithoutCues(): LexiconTable {
  const cueBits = ((1 << QT_CUE_COUNT) - 1) << QT_FIRST_BIT;
  return LexiconTable.build(buildLexicon().map(([h, f]) => [h, (f & ~cueBits) >>> 0] as [number, number]).filter(([, f]) => f !== 0));
}

export function buildArtifact(
  items: McqItem[],
  dataBytes: Uint8Array,
  opts: BuildOptions,
  onStep?: (done: number, total: number) => void,
  extra?: Record<string, unknown>,
  lexicon: LexiconTable = sharedLexicon(),
): BuildResult {
  checkBuildInputs(items, opts.nsMask);
  // Without a hashed family the WHSH table is never read: keep it at the minimum size (2^8).
  if ((opts.nsMask & HASHED_FAMILIES) === 0 && opts.hashBits !== MIN_HASH_BITS) opts = { ...opts, hashBits: MIN_HASH_BITS };
  const data = featurize(items, lexicon, opts.hashBits, opts.nsMask, opts.logic);
  const epochs: EpochReport[] = [];
  const model = trainSoftmax(data, opts, (done, total, report) => {
    if (report) epochs.push(report);
    onStep?.(done, total);
  });
  const quantized = quantize(model);
  const bytes = crystallize({
    quantized,
    lexicon,
    nsMask: opts.nsMask,
    logic: opts.logic,
    train: opts,
    dataSha256: bytesToHex(sha256(dataBytes)),
    dataItems: items.length,
    extra,
  });
  return { bytes, model, quantized, lexicon, epochs };
}

/** Accuracy of the float model (before quantization) on labelled items. */
export function floatAccuracy(model: FloatModel, items: McqItem[], lexicon: LexiconTable, opts: BuildOptions): { correct: number; n: number } {
  const data: FeaturizedItem[] = featurize(items, lexicon, opts.hashBits, opts.nsMask, opts.logic);
  const scores = new Float64Array(8);
  let correct = 0;
  let n = 0;
  for (const it of data) {
    if (it.answer < 0) continue;
    floatScores(model, it, scores);
    n++;
    if (argmax(scores, it.nOptions) === it.answer) correct++;
  }
  return { correct, n };
}
