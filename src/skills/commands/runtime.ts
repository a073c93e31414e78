// The commands runtime: query text -> intent, slots (code-point offsets) and refusal, with integer
// scoring only (docs/format.md §7.5). Intent: argmax of summed i8 weights over hashed word and
// word-pair features. Slots: int32 emission sums from the sparse (tag, i8) table, i16 transitions,
// Viterbi over the intent's tags. Every step maps onto fixed-size C arrays. Then values: each slot
// whose schema type is not free text gets `value` from normalizeValue (entity lists from the
// artifact's hashed tables), and required slots with no readable value are listed in `missing`.
import { BloomGazetteer } from './gazetteer.ts';
import { intentFeatures, tokenFeatures } from './features.ts';
import { bucketStart, FLAG_INTENT_GAZ, intentNsSet, type CommandsModel } from './model.ts';
import { allowedTags, isInside, slotOfTag, TAG_O } from './tags.ts';
import { tokenize, type Token } from './tokenize.ts';
import { viterbi } from './viterbi.ts';
import { bestWithMargin } from './margin.ts';
import { OUT_OF_SCOPE } from './types.ts';
import { normalizeValue, type EntityResolver, type NormalizedValue } from './normalize/index.ts';
import { resolvers, slotSchemaOf } from './values.ts';
import type { IntentInfo } from './model.ts';

export interface FrameSlot {
  slot: string;
  text: string;
  start: number;
  end: number;
  /** The normalized value (typed slots only; absent when none can be read). */
  value?: NormalizedValue;
}

/** What `engram commands parse` prints, key order included (docs/commands.md "Output"). */
export interface Frame {
  intent: string;
  slots: FrameSlot[];
  refused?: true;
  reason?: string;
  /** Required slots of the intent with no readable value, in the intent's slot order. */
  missing?: string[];
}

export interface Decision {
  frame: Frame;
  tokens: Token[];
  truncated: boolean;
  intentId: number;
  intentScores: Int32Array;
  /** Per token: the feature hashes and the chosen tag. */
  features: number[][];
  tags: number[];
  pathScore: number;
  /** True when the best served intent won by less than the artifact's rejection margin (refused as out_of_scope). */
  rejected: boolean;
  /** The best intent's score minus the runner-up's. */
  margin: number;
}

/** Intent scores: i32 sums of i8 weights. */
export function scoreIntents(m: CommandsModel, tokens: Token[], gaz: BloomGazetteer): Int32Array {
  const C = m.intents.length;
  const mask = (1 << m.intentBits) - 1;
  const s = new Int32Array(C);
  for (const h of intentFeatures(tokens, gaz, m.featureFlags & FLAG_INTENT_GAZ ? m.slots.length : 0, m.featureFlags)) {
    const base = (h & mask) * C;
    for (let c = 0; c < C; c++) s[c] += m.intentWeights[base + c];
  }
  return s;
}

/** Sum of the entries of bucket b for tag t (0 when the bucket has none for t). */
export function emissionWeight(m: CommandsModel, b: number, t: number): number {
  const s = bucketStart(m, b);
  for (let e = s; e < s + m.counts[b]; e++) if (m.entryTag[e] === t) return m.entryWeight[e];
  return 0;
}

export class CommandsRuntime {
  private readonly gaz: BloomGazetteer;
  private readonly nsSet: Set<number>;
  /** Index of the out_of_scope intent (-1 when the artifact has none: no margin rejection). */
  private readonly oos: number;
  /** The artifact's entity lists as normalizeValue resolvers (also used by the evaluator for gold values). */
  readonly entityResolvers: Record<string, EntityResolver>;
  constructor(readonly model: CommandsModel) {
    this.gaz = new BloomGazetteer(model.bloom, model.bloomProbes);
    this.nsSet = intentNsSet(model.intentNsMask);
    this.entityResolvers = resolvers(model.values);
    this.oos = model.intents.findIndex((it) => it.name === OUT_OF_SCOPE);
  }

  /** Fills `value` of typed slots and returns the required slots left without one. */
  private fillValues(info: IntentInfo, slots: FrameSlot[]): string[] {
    const m = this.model;
    const have = new Set<string>();
    for (const fs of slots) {
      const k = info.slots.indexOf(m.slots.indexOf(fs.slot));
      const rec = info.schema[k];
      if (!rec || rec.type === 'text') {
        have.add(fs.slot);
        continue;
      }
      const v = normalizeValue(slotSchemaOf(rec, m.values.entities), fs.text, this.entityResolvers);
      if (v === undefined) continue;
      fs.value = v;
      have.add(fs.slot);
    }
    return info.slots.filter((s, k) => info.schema[k].required && !have.has(m.slots[s])).map((s) => m.slots[s]);
  }

  /** Decides a query; `forceIntent` tags the slots as if that intent had been predicted (evaluation). */
  decide(text: string, forceIntent?: string): Decision {
    const m = this.model;
    const { tokens, truncated } = tokenize(text);
    const intentScores = scoreIntents(m, tokens, this.gaz);
    const { best, margin } = bestWithMargin(intentScores);
    let intentId = best;
    // Unsure between served intents: refused as out of scope rather than mapped to the nearest (reject.ts).
    const rejected = m.rejectMargin > 0 && this.oos >= 0 && !m.intents[best].refuse && margin < m.rejectMargin;
    if (rejected) intentId = this.oos;
    if (forceIntent !== undefined) {
      const f = m.intents.findIndex((it) => it.name === forceIntent);
      if (f >= 0) intentId = f;
    }
    const info = m.intents[intentId];
    const allowed = allowedTags(info.slots);
    const mask = (1 << m.taggerBits) - 1;
    const features = tokenFeatures(tokens, {
      lexicon: (h) => m.lexicon.get(h) ?? 0,
      gazetteer: this.gaz,
      slotIds: info.slots,
      intentId,
      intentNs: this.nsSet,
      flags: m.featureFlags,
    });
    const A = allowed.length;
    const emit = new Int32Array(tokens.length * A);
    for (let i = 0; i < tokens.length; i++) {
      for (const h of features[i]) {
        const b = h & mask;
        const s = bucketStart(m, b);
        for (let e = s; e < s + m.counts[b]; e++) {
          const a = allowed.indexOf(m.entryTag[e]);
          if (a >= 0) emit[i * A + a] += m.entryWeight[e];
        }
      }
    }
    const T = m.tagCount;
    const { tags, score } = viterbi(tokens.length, allowed, emit, (p, c) => m.trans[(p + 1) * T + c]);
    const frame: Frame = { intent: info.name, slots: info.refuse && info.slots.length === 0 ? [] : spansOf(text, tokens, tags, m.slots) };
    if (info.refuse) {
      // Refused: the slots say what was asked, but no value is read and nothing is "missing".
      frame.refused = true;
      frame.reason = info.reason;
    } else {
      const missing = this.fillValues(info, frame.slots);
      if (missing.length) frame.missing = missing;
    }
    return { frame, tokens, truncated, intentId, intentScores, features, tags, pathScore: score, rejected: rejected && forceIntent === undefined, margin };
  }

  parse(text: string, forceIntent?: string): Frame {
    return this.decide(text, forceIntent).frame;
  }
}

/** Slots from a BIO path: a B starts a slot, following I of the same slot extend it. */
export function spansOf(text: string, tokens: Token[], tags: number[], slotNames: string[]): FrameSlot[] {
  const cps = [...text];
  const out: FrameSlot[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === TAG_O || isInside(tags[i])) continue;
    const slot = slotOfTag(tags[i]);
    let j = i;
    while (j + 1 < tags.length && isInside(tags[j + 1]) && slotOfTag(tags[j + 1]) === slot) j++;
    const start = tokens[i].start;
    const end = tokens[j].end;
    out.push({ slot: slotNames[slot], text: cps.slice(start, end).join(''), start, end });
  }
  return out;
}
