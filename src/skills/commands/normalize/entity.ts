// Entity slot values -> the entity's listed value: "living room lamp" -> "living_room_lamp" when that
// is a synonym of it. Matching compares the entity key of a text — its scanned words (lowercase,
// punctuation dropped) joined by one space — so "Living-Room Lamp!" finds it too. A value that is
// not listed is kept (listed: false) only when the entity is automatically extensible, as in Snips NLU.
// The lists come either from the dataset (EntityDef) or from an artifact's hashed tables
// (EntityResolver, ../values.ts): both answer "which listed value has this key?".
import type { EntityDef, SlotSchema } from '../types.ts';
import type { NormalizedValue } from './index.ts';
import { words } from './tokens.ts';

/** The key a text is matched by: its words joined by single spaces ("" when it has none). */
export function entityKey(text: string): string {
  return words(text).join(' ');
}

/** What entity resolution needs to know about an entity. */
export interface EntityResolver {
  automaticallyExtensible: boolean;
  /** The listed value whose value or synonym has this key, if any. */
  lookup(key: string): string | undefined;
}

function fromDef(def: EntityDef): EntityResolver {
  return {
    automaticallyExtensible: def.automaticallyExtensible,
    lookup(k) {
      for (const v of def.values) if (entityKey(v.value) === k || v.synonyms.some((s) => entityKey(s) === k)) return v.value;
      return undefined;
    },
  };
}

export function resolveEntity(schema: SlotSchema, text: string, entities?: Record<string, EntityDef | EntityResolver>): NormalizedValue | undefined {
  const name = schema.entity ?? '';
  const found = entities && Object.prototype.hasOwnProperty.call(entities, name) ? entities[name] : undefined;
  const def = found === undefined ? undefined : 'values' in found ? fromDef(found) : found;
  const k = entityKey(text);
  if (!k) return undefined;
  if (def) {
    const v = def.lookup(k);
    if (v !== undefined) return { kind: 'entity', entity: name, value: v, listed: true, text: v };
    if (!def.automaticallyExtensible) return undefined;
  }
  return { kind: 'entity', entity: name, value: k, listed: false, text: k };
}
