// A dataset that declares entity value lists the way Snips NLU datasets do, built from the training
// slot values only: every slot becomes an entity slot (entity = the slot name) whose list holds the
// entity keys of the values annotated in training, automatically extensible (so unseen values are
// still slot values, with listed: false). The lists then feed the gazetteer always-on (build.ts) and
// the artifact's hashed tables (values.ts). Used for the separate "declared lists" Snips run.
import { entityKey } from './normalize/entity.ts';
import type { CommandDataset, EntityDef, IntentSchema } from './types.ts';

export function declareEntityLists(ds: CommandDataset): CommandDataset {
  const values = new Map<string, Set<string>>();
  for (const ex of ds.examples) {
    for (const s of ex.slots) {
      const k = entityKey(s.text);
      if (k) values.set(s.slot, (values.get(s.slot) ?? new Set()).add(k));
    }
  }
  const entities: Record<string, EntityDef> = { ...ds.entities };
  for (const [slot, vs] of [...values].sort(([a], [b]) => (a < b ? -1 : 1))) {
    entities[slot] = { name: slot, automaticallyExtensible: true, values: [...vs].sort().map((value) => ({ value, synonyms: [] })) };
  }
  const intents: Record<string, IntentSchema> = {};
  for (const [name, it] of Object.entries(ds.intents)) {
    const slots: IntentSchema['slots'] = {};
    for (const [slot, s] of Object.entries(it.slots)) slots[slot] = s.type === 'text' && values.has(slot) ? { type: 'entity', entity: slot } : s;
    intents[name] = { ...it, slots };
  }
  return { ...ds, intents, entities };
}
