// Crystallization: quantized weights + lexicon + config + metadata -> `.engram` bytes.
// Deterministic: no timestamps, fixed section order, fixed key order in META.
import { writeContainer } from '../../../artifact/container.ts';
import { encodeLexn, encodeMcqc, encodeWdns, encodeWhsh } from '../sections.ts';
import { nsNamesFromMask } from '../features.ts';
import type { LexiconTable } from '../lexicon-table.ts';
import type { LogicParams } from '../logic.ts';
import { LIMITS } from '../../../text/limits.ts';
import type { QuantizedModel } from './quantize.ts';
import type { TrainOptions } from './softmax.ts';

export const TOOL_VERSION = 'engram 0.1.0';

export interface CrystallizeInput {
  quantized: QuantizedModel;
  lexicon: LexiconTable;
  nsMask: number;
  logic: LogicParams;
  train: TrainOptions;
  dataSha256: string;
  dataItems: number;
  /** Extra metadata (e.g. the dataset name), merged under `extra`. */
  extra?: Record<string, unknown>;
}

export function crystallize(input: CrystallizeInput): Uint8Array {
  const { quantized: q, lexicon, nsMask, train } = input;
  const meta = {
    skill: 'mcq',
    format_version: LIMITS.FORMAT_VERSION,
    tool: TOOL_VERSION,
    features: { namespaces: nsNamesFromMask(nsMask), hash_bits: train.hashBits, logic_match: input.logic },
    train: {
      model: 'listwise softmax, AdaGrad, L2',
      epochs: train.epochs,
      learning_rate: train.learningRate,
      l2_hashed: train.l2Hashed,
      l2_dense: train.l2Dense,
      seed: train.seed,
      data_sha256: input.dataSha256,
      items: input.dataItems,
    },
    quant: { hash_mult: q.hashMult, dense_unit: q.unit, clipped_dense: q.clippedDense },
    lexicon: { entries: lexicon.entryCount, slots: lexicon.slots.length / 2 },
    extra: input.extra ?? {},
  };
  return writeContainer([
    { tag: 'META', data: new TextEncoder().encode(JSON.stringify(meta)) },
    { tag: 'MCQC', data: encodeMcqc({ hashBits: train.hashBits, nsMask, hashMult: q.hashMult, logic: input.logic }) },
    { tag: 'LEXN', data: encodeLexn(lexicon) },
    { tag: 'WHSH', data: encodeWhsh(q.hashed) },
    { tag: 'WDNS', data: encodeWdns(q.dense) },
  ]);
}
