// Entity slot values -> the entity's listed value: "living room lamp" -> "living_room_lamp" when that
// is a synonym of it. Matching compares scanned words (lowercase, punctuation dropped), so "Living-Room
// Lamp!" finds it too. A value that is not listed is kept (listed: false) only when the entity is
// automatically extensible, as in Snips NLU.
import type { EntityDef, SlotSchema } from '../types.ts';
import type { NormalizedValue } from './index.ts';
import { words } from './tokens.ts';

function key(text: string): string {
  return words(text).join(' ');
}

export function resolveEntity(schema: SlotSchema, text: string, entities?: Record<string, EntityDef>): NormalizedValue | undefined {
  const name = schema.entity ?? '';
  const def = entities?.[name];
  const k = key(text);
  if (!k) return undefined;
  if (def) {
    for (const v of def.values) {
      if (key(v.value) === k || v.synonyms.some((s) => key(s) === k)) {
        return { kind: 'entity', entity: name, value: v.value, listed: true, text: v.value };
      }
    }
    if (!def.automaticallyExtensible) return undefined;
  }
  return { kind: 'entity', entity: name, value: k, listed: false, text: k };
}
