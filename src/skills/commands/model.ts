// The in-memory commands model: exactly what the artifact holds (docs/format.md §7), as the trainer
// produces it and the loader reads it back. All scoring tables are integers.
import type { SlotSchemaRec, ValueTables } from './values.ts';

export interface IntentInfo {
  name: string;
  /** Slot ids this intent allows (increasing). */
  slots: number[];
  /** Recognised and refused: out_of_scope, or a schema intent marked unsafe. */
  refuse: boolean;
  /** Reason shown when refused. */
  reason: string;
  /** The schema of each slot in `slots` (same order): type, required, unit, entity. */
  schema: SlotSchemaRec[];
}

export interface CommandsModel {
  intents: IntentInfo[];
  slots: string[];
  /** Tagger hash bits: bucket = feature hash AND (2^taggerBits - 1). */
  taggerBits: number;
  /** Tags = 1 + 2 * slots.length. */
  tagCount: number;
  /** Sparse emission table: bucket b owns entries [bucketStart(b), bucketStart(b) + counts[b]). */
  counts: Uint8Array;
  /** Start entry of every block of BLOCK buckets (so a bucket's start is a short sum, no malloc). */
  blockStart: Uint32Array;
  entryTag: Uint8Array;
  entryWeight: Int8Array;
  /** Transitions i16[(tagCount + 1) * tagCount]; row tagCount is the start of the query. */
  trans: Int16Array;
  /** Namespaces that also fire conjoined with the intent (bit ns set). */
  intentNsMask: number;
  /** Feature flags (CCFG word 14): bit 0 = the intent classifier sees gazetteer matches; bit 1 tagger grammar classes; bit 2 tagger capitalised runs. */
  featureFlags: number;
  /** Intent classifier: hash bits and i8[2^intentBits * intents.length], row-major by bucket. */
  intentBits: number;
  intentWeights: Int8Array;
  /** Lexicon: token hash -> class bits. */
  lexicon: Map<number, number>;
  /** Gazetteer Bloom filter words (bit count a power of two) and probe count. */
  bloom: Uint32Array;
  bloomProbes: number;
  /** Entity value lists (hashed) that the entity slots resolve against. */
  values: ValueTables;
  /** Out-of-scope rejection: a served intent winning by less than this (i32 score units) is refused as out_of_scope; 0 = off (reject.ts). */
  rejectMargin: number;
  meta: Record<string, unknown>;
}

/** Buckets per block of the sparse emission index. */
export const BLOCK = 64;

/** First entry of bucket b. */
export function bucketStart(m: CommandsModel, b: number): number {
  let s = m.blockStart[b >>> 6];
  for (let k = b & ~(BLOCK - 1); k < b; k++) s += m.counts[k];
  return s;
}

export const FLAG_INTENT_GAZ = 1;
/** Tagger grammar-class features (grammar.ts: numbers, times, durations, quantities, date words). */
export const FLAG_GRAMMAR = 2;
/** Tagger capitalised-run features. */
export const FLAG_CAPS = 4;
/** Intent classifier also sees word-class bigrams (capitalised runs, grammar classes, else the word). */
export const FLAG_INTENT_CLASSES = 8;
/** Every flag a loader accepts. */
export const KNOWN_FLAGS = FLAG_INTENT_GAZ | FLAG_GRAMMAR | FLAG_CAPS | FLAG_INTENT_CLASSES;

export function intentNsSet(mask: number): Set<number> {
  const s = new Set<number>();
  for (let ns = 0; ns < 32; ns++) if (mask & (1 << ns)) s.add(ns);
  return s;
}
