// Slot schemas and entity value lists as the artifact stores them (docs/format.md §7.1: CSCH, CENT,
// CEKY, CESY), and the runtime's view of them. Entity lists are hashed, not spelled out: a listed name
// whose value is its own key text ("jazz") costs one u32 key in CEKY; only a name that resolves to a
// different value (a synonym: "lounge" -> "living_room") also stores the value's string id (CESY).
// With Snips-sized lists (11k training values) that is 4 bytes a value, which keeps the artifact
// under the 256 KB budget. A 32-bit key collision could call an unlisted text listed; with 11k keys
// that is ~3e-6 per lookup, and the value returned is still the text's own key.
import { featureHash, fnv1aString } from '../../text/hash.ts';
import { entityKey, type EntityResolver } from './normalize/entity.ts';
import type { CommandDataset, SlotSchema, SlotType } from './types.ts';

/** Slot type codes (CSCH byte 0): the index in this list. */
export const SLOT_TYPES: readonly SlotType[] = ['text', 'entity', 'number', 'quantity', 'duration', 'time', 'temperature'];
/** Namespace of entity key hashes (feature_hash(0x61, entity index, FNV-1a of the key's UTF-8)). */
const NS_ENTITY_KEY = 0x61;

/** One slot of one intent: its schema, with the entity as an index into the artifact's entities. */
export interface SlotSchemaRec {
  type: SlotType;
  required: boolean;
  /** Index into CommandsModel.entities (entity slots only). */
  entity?: number;
  /** Unit symbol (quantity / temperature slots with a unit). */
  unit?: string;
  decimals?: number;
}

export interface EntityInfo {
  name: string;
  automaticallyExtensible: boolean;
}

/** The hashed entity tables: sorted keys (value = key text) and sorted synonym keys with their value. */
export interface ValueTables {
  entities: EntityInfo[];
  keys: Uint32Array;
  synonymKeys: Uint32Array;
  synonymValues: string[];
}

export function entityKeyHash(entity: number, key: string): number {
  return featureHash(NS_ENTITY_KEY, entity, fnv1aString(key));
}

/** Index of `x` in the sorted `xs`, or -1 (binary search: the C port needs no hash table). */
export function findSorted(xs: Uint32Array, x: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid] === x) return mid;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The tables of the entities that some intent's entity slot uses (sorted by name). A name whose key
 * is the value itself goes to `keys`; any other name to the synonyms. When two values claim one key,
 * the first in the dataset's order wins (the schema reader already refuses a value listed twice).
 */
export function buildValueTables(ds: CommandDataset): ValueTables {
  const used = new Set<string>();
  for (const it of Object.values(ds.intents)) for (const s of Object.values(it.slots)) if (s.type === 'entity' && s.entity) used.add(s.entity);
  const names = [...used].filter((n) => ds.entities[n]).sort();
  const keys = new Set<number>();
  const syn = new Map<number, string>();
  names.forEach((name, e) => {
    for (const v of ds.entities[name].values) {
      for (const n of [v.value, ...v.synonyms]) {
        const k = entityKey(n);
        if (!k) continue;
        const h = entityKeyHash(e, k);
        if (keys.has(h) || syn.has(h)) continue;
        if (k === v.value) keys.add(h);
        else syn.set(h, v.value);
      }
    }
  });
  const synKeys = [...syn.keys()].sort((a, b) => a - b);
  return {
    entities: names.map((name) => ({ name, automaticallyExtensible: ds.entities[name].automaticallyExtensible })),
    keys: Uint32Array.from([...keys].sort((a, b) => a - b)),
    synonymKeys: Uint32Array.from(synKeys),
    synonymValues: synKeys.map((h) => syn.get(h)!),
  };
}

/** The schema record of a slot, given the artifact's entity order. */
export function slotRecord(s: SlotSchema | undefined, entities: readonly EntityInfo[]): SlotSchemaRec {
  if (!s) return { type: 'text', required: false };
  const e = s.entity === undefined ? -1 : entities.findIndex((x) => x.name === s.entity);
  // An entity slot whose entity has no list is an open entity: resolved to its key, listed: false.
  return {
    type: s.type,
    required: s.required === true,
    ...(s.type === 'entity' && e >= 0 ? { entity: e } : {}),
    ...(s.unit !== undefined ? { unit: s.unit } : {}),
    ...(s.decimals !== undefined ? { decimals: s.decimals } : {}),
  };
}

/** The SlotSchema normalizeValue reads, back from a record. */
export function slotSchemaOf(r: SlotSchemaRec, entities: readonly EntityInfo[]): SlotSchema {
  return {
    type: r.type,
    ...(r.entity !== undefined ? { entity: entities[r.entity].name } : r.type === 'entity' ? { entity: '' } : {}),
    ...(r.unit !== undefined ? { unit: r.unit } : {}),
    ...(r.decimals !== undefined ? { decimals: r.decimals } : {}),
  };
}

/** Entity resolvers over the hashed tables, by entity name (normalizeValue's `entities`). */
export function resolvers(t: ValueTables): Record<string, EntityResolver> {
  const out: Record<string, EntityResolver> = {};
  t.entities.forEach((info, e) => {
    out[info.name] = {
      automaticallyExtensible: info.automaticallyExtensible,
      lookup(key) {
        const h = entityKeyHash(e, key);
        const s = findSorted(t.synonymKeys, h);
        if (s >= 0) return t.synonymValues[s];
        return findSorted(t.keys, h) >= 0 ? key : undefined;
      },
    };
  });
  return out;
}
