// Snips NLU dataset JSON (the training format of the snips-nlu library, docs/source/dataset.rst):
//   {"language": "en",
//    "intents": {"turnOn": {"utterances": [{"data": [{"text": "turn on the "},
//                                                    {"text": "lamp", "entity": "device", "slot_name": "what"}]}]}},
//    "entities": {"device": {"data": [{"value": "lamp", "synonyms": ["light"]}], "use_synonyms": true,
//                            "automatically_extensible": true, "matching_strictness": 1.0},
//                 "snips/number": {}}}
// -> CommandDataset. The slot is `slot_name`; its entity goes to the schema: a custom entity gives a
// slot of type 'entity' (values and synonyms kept), a builtin `snips/...` entity the slot type in
// BUILTIN_SLOT_TYPES (anything not listed there is free text). Offsets are code points of the
// joined chunks. Errors name the file and the JSON path ("intents.turnOn.utterances[3].data[1]").
import type { CommandDataset, CommandExample, DatasetWarning, EntityDef, SlotSchema, SlotSpan, SlotType } from '../types.ts';
import { CommandDataError } from './errors.ts';
import { readDataFile } from './decode.ts';
import { validateExample } from './validate.ts';

/** Snips builtin entities whose values this skill normalizes; others are read as text. */
export const BUILTIN_SLOT_TYPES: Readonly<Record<string, SlotType>> = {
  'snips/number': 'number',
  'snips/ordinal': 'number',
  'snips/percentage': 'number',
  'snips/duration': 'duration',
  'snips/temperature': 'temperature',
  'snips/time': 'time',
};
export const BUILTIN_PREFIX = 'snips/';

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** True when parsed JSON has the Snips NLU dataset shape (for format detection). */
export function isSnipsNluJson(json: unknown): boolean {
  return isObj(json) && isObj(json.intents) && Object.values(json.intents).every((i) => isObj(i) && Array.isArray(i.utterances));
}

function slotSchemaOf(entity: string): SlotSchema {
  if (entity.startsWith(BUILTIN_PREFIX)) return { type: BUILTIN_SLOT_TYPES[entity] ?? 'text' };
  return { type: 'entity', entity };
}

function readEntities(json: Obj, file: string): Record<string, EntityDef> {
  const out: Record<string, EntityDef> = {};
  if (json.entities === undefined) return out;
  if (!isObj(json.entities)) throw new CommandDataError('BAD_FORMAT', file, 'must be an object of entities', undefined, 'entities');
  for (const [name, e] of Object.entries(json.entities)) {
    const field = `entities.${name}`;
    if (!isObj(e)) throw new CommandDataError('BAD_FORMAT', file, 'must be an object', undefined, field);
    if (name.startsWith(BUILTIN_PREFIX)) continue; // builtins carry no data
    const data = e.data ?? [];
    if (!Array.isArray(data)) throw new CommandDataError('BAD_FORMAT', file, 'must be an array of {"value", "synonyms"}', undefined, `${field}.data`);
    const useSynonyms = e.use_synonyms !== false;
    const values = data.map((v, k) => {
      const f = `${field}.data[${k}]`;
      if (!isObj(v) || typeof v.value !== 'string') throw new CommandDataError('BAD_FORMAT', file, 'needs a string "value"', undefined, f);
      const syn = v.synonyms ?? [];
      if (!Array.isArray(syn) || !syn.every((s) => typeof s === 'string')) throw new CommandDataError('BAD_FORMAT', file, '"synonyms" must be an array of strings', undefined, `${f}.synonyms`);
      return { value: v.value, synonyms: useSynonyms ? (syn as string[]) : [] };
    });
    if (e.automatically_extensible !== undefined && typeof e.automatically_extensible !== 'boolean') {
      throw new CommandDataError('BAD_FORMAT', file, 'must be true or false', undefined, `${field}.automatically_extensible`);
    }
    out[name] = { name, values, automaticallyExtensible: e.automatically_extensible !== false };
  }
  return out;
}

/** Snips NLU JSON text of `file` -> CommandDataset. */
export function parseSnipsNlu(source: string, file: string, warnings: DatasetWarning[] = []): CommandDataset {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (e) {
    throw new CommandDataError('BAD_JSON', file, `not valid JSON: ${(e as Error).message}`);
  }
  if (!isSnipsNluJson(json)) throw new CommandDataError('BAD_FORMAT', file, 'expected {"intents": {NAME: {"utterances": [...]}}, "entities": {...}}', undefined, 'intents');
  const root = json as Obj;
  if (root.language !== undefined && root.language !== 'en') warnings.push({ kind: 'language', file, message: `language "${String(root.language)}": the number, unit and time words are English` });
  const ds: CommandDataset = { examples: [], intents: {}, entities: readEntities(root, file), warnings };
  for (const [intent, def] of Object.entries(root.intents as Record<string, { utterances: unknown[] }>)) {
    const schema = (ds.intents[intent] = { name: intent, slots: {} as Record<string, SlotSchema> });
    def.utterances.forEach((u, index) => {
      const field = `intents.${intent}.utterances[${index}]`;
      if (!isObj(u) || !Array.isArray(u.data)) throw new CommandDataError('BAD_FORMAT', file, 'needs "data": an array of chunks', undefined, field);
      let text = '';
      let len = 0;
      const slots: SlotSpan[] = [];
      u.data.forEach((c, k) => {
        const f = `${field}.data[${k}]`;
        if (!isObj(c) || typeof c.text !== 'string') throw new CommandDataError('BAD_FORMAT', file, 'every chunk needs a string "text"', undefined, f);
        const n = Array.from(c.text).length;
        if (c.entity !== undefined || c.slot_name !== undefined) {
          if (typeof c.entity !== 'string' || typeof c.slot_name !== 'string' || !c.entity || !c.slot_name) {
            throw new CommandDataError('BAD_FORMAT', file, 'a slot chunk needs both "entity" and "slot_name" (strings)', undefined, f);
          }
          if (n === 0) throw new CommandDataError('BAD_ANNOTATION', file, `slot "${c.slot_name}" has empty text`, undefined, f);
          const want = slotSchemaOf(c.entity);
          const have = schema.slots[c.slot_name];
          if (have && (have.type !== want.type || have.entity !== want.entity)) {
            throw new CommandDataError('INCONSISTENT', file, `slot "${c.slot_name}" of intent ${intent} is entity "${c.entity}" here but "${have.entity ?? have.type}" before`, undefined, f);
          }
          schema.slots[c.slot_name] = want;
          if (!c.entity.startsWith(BUILTIN_PREFIX) && !(c.entity in ds.entities)) {
            warnings.push({ kind: 'schema', file, message: `${f}: entity "${c.entity}" is not under "entities"; read as an open entity` });
            ds.entities[c.entity] = { name: c.entity, values: [], automaticallyExtensible: true };
          }
          slots.push({ slot: c.slot_name, start: len, end: len + n, text: c.text });
        }
        text += c.text;
        len += n;
      });
      const ex: CommandExample = { text, intent, slots, source: { file, index } };
      validateExample(ex);
      ds.examples.push(ex);
    });
  }
  return ds;
}

/** Reads one Snips NLU JSON file. */
export function readSnipsNlu(file: string, warnings: DatasetWarning[] = []): CommandDataset {
  return parseSnipsNlu(readDataFile(file, warnings), file, warnings);
}
