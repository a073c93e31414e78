// The optional schema file of a commands dataset (JSON, format "engram-command-schema/1"): per
// intent its slots with types, required slots, and which intents are unsafe (with the refusal
// reason); entities with their listed values and synonyms. Its layout is documented in
// docs/commands.md#schema. readSchema checks every field and names the file and the JSON path of
// the first wrong one; mergeSchema lays it over a dataset read from examples.
import type { CommandDataset, DatasetWarning, EntityDef, EntityValue, IntentSchema, SlotSchema, SlotType } from '../types.ts';
import { OUT_OF_SCOPE } from '../types.ts';
import { findUnit } from '../normalize/units.ts';
import { MAX_DECIMALS } from '../normalize/fixed.ts';
import { CommandDataError } from './errors.ts';
import { readDataFile } from './decode.ts';

export const SCHEMA_FORMAT = 'engram-command-schema/1';

export interface CommandSchema {
  intents: Record<string, IntentSchema>;
  entities: Record<string, EntityDef>;
}

const SLOT_TYPES: readonly SlotType[] = ['text', 'entity', 'number', 'quantity', 'duration', 'time', 'temperature'];
const NAME = /^[A-Za-z0-9_.\-/]+$/;

type Obj = Record<string, unknown>;

class Fields {
  constructor(readonly file: string) {}

  fail(field: string, message: string): never {
    throw new CommandDataError('BAD_SCHEMA', this.file, message, undefined, field);
  }

  obj(v: unknown, field: string, allowed: readonly string[]): Obj {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) this.fail(field, 'must be a JSON object');
    for (const k of Object.keys(v as Obj)) {
      if (!allowed.includes(k)) this.fail(`${field ? `${field}.` : ''}${k}`, `unknown field (allowed: ${allowed.join(', ')})`);
    }
    return v as Obj;
  }

  map(v: unknown, field: string): Obj {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) this.fail(field, 'must be a JSON object keyed by name');
    for (const k of Object.keys(v as Obj)) if (!NAME.test(k)) this.fail(`${field}.${k}`, 'is not a name (letters, digits, _ . - /)');
    return v as Obj;
  }

  str(v: unknown, field: string): string {
    if (typeof v !== 'string' || v.trim() === '') this.fail(field, 'must be a non-empty string');
    return v;
  }

  bool(v: unknown, field: string): boolean {
    if (typeof v !== 'boolean') this.fail(field, 'must be true or false');
    return v;
  }
}

function readSlot(f: Fields, v: unknown, field: string): SlotSchema {
  const o = f.obj(v, field, ['type', 'entity', 'unit', 'decimals', 'required']);
  const type = f.str(o.type, `${field}.type`) as SlotType;
  if (!SLOT_TYPES.includes(type)) f.fail(`${field}.type`, `must be one of ${SLOT_TYPES.join(', ')}`);
  const slot: SlotSchema = { type };
  if (o.entity !== undefined) {
    if (type !== 'entity') f.fail(`${field}.entity`, `only a slot of type "entity" names an entity`);
    slot.entity = f.str(o.entity, `${field}.entity`);
  } else if (type === 'entity') f.fail(`${field}.entity`, 'a slot of type "entity" must name its entity');
  if (o.unit !== undefined) {
    if (type !== 'quantity' && type !== 'temperature') f.fail(`${field}.unit`, 'only quantity and temperature slots have a unit');
    const unit = findUnit(f.str(o.unit, `${field}.unit`));
    if (!unit) f.fail(`${field}.unit`, `unknown unit ${JSON.stringify(o.unit)}`);
    if ((unit.dimension === 'temperature') !== (type === 'temperature')) f.fail(`${field}.unit`, `"${unit.id}" is a ${unit.dimension} unit, not for a ${type} slot`);
    slot.unit = unit.id;
  }
  if (o.decimals !== undefined) {
    if (slot.unit === undefined) f.fail(`${field}.decimals`, 'decimals apply to a converted value: give a unit too');
    if (!Number.isInteger(o.decimals) || (o.decimals as number) < 0 || (o.decimals as number) > MAX_DECIMALS) f.fail(`${field}.decimals`, `must be an integer 0..${MAX_DECIMALS}`);
    slot.decimals = o.decimals as number;
  }
  if (o.required !== undefined) slot.required = f.bool(o.required, `${field}.required`);
  return slot;
}

function readEntityValue(f: Fields, v: unknown, field: string): EntityValue {
  if (typeof v === 'string') return { value: f.str(v, field), synonyms: [] };
  const o = f.obj(v, field, ['value', 'synonyms']);
  const value = f.str(o.value, `${field}.value`);
  const syn = o.synonyms ?? [];
  if (!Array.isArray(syn)) f.fail(`${field}.synonyms`, 'must be an array of strings');
  return { value, synonyms: syn.map((s, k) => f.str(s, `${field}.synonyms[${k}]`)) };
}

/** Parses schema JSON text of `file`; CommandDataError (BAD_JSON / BAD_SCHEMA with the field path) on any mistake. */
export function parseSchema(source: string, file: string): CommandSchema {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (e) {
    throw new CommandDataError('BAD_JSON', file, `not valid JSON: ${(e as Error).message}`);
  }
  const f: Fields = new Fields(file);
  const top = f.obj(json, '', ['format', 'intents', 'entities']);
  if (top.format !== SCHEMA_FORMAT) f.fail('format', `must be "${SCHEMA_FORMAT}"`);
  const schema: CommandSchema = { intents: {}, entities: {} };
  for (const [name, v] of Object.entries(f.map(top.intents ?? {}, 'intents'))) {
    const field = `intents.${name}`;
    const o = f.obj(v, field, ['slots', 'unsafe', 'refusal']);
    const intent: IntentSchema = { name, slots: {} };
    for (const [slot, sv] of Object.entries(f.map(o.slots ?? {}, `${field}.slots`))) intent.slots[slot] = readSlot(f, sv, `${field}.slots.${slot}`);
    if (o.unsafe !== undefined) intent.unsafe = f.bool(o.unsafe, `${field}.unsafe`);
    if (o.refusal !== undefined) intent.refusal = f.str(o.refusal, `${field}.refusal`);
    if (intent.unsafe && !intent.refusal) f.fail(`${field}.refusal`, 'an unsafe intent needs the refusal reason a user is told');
    if (!intent.unsafe && intent.refusal) f.fail(`${field}.unsafe`, 'a refusal is given but the intent is not marked "unsafe": true');
    if (name === OUT_OF_SCOPE && Object.keys(intent.slots).length > 0) f.fail(`${field}.slots`, `${OUT_OF_SCOPE} is refused without slots`);
    schema.intents[name] = intent;
  }
  for (const [name, v] of Object.entries(f.map(top.entities ?? {}, 'entities'))) {
    const field = `entities.${name}`;
    const o = f.obj(v, field, ['values', 'automatically_extensible']);
    if (!Array.isArray(o.values)) f.fail(`${field}.values`, 'must be an array of values (strings or {"value", "synonyms"})');
    const values = o.values.map((x, k) => readEntityValue(f, x, `${field}.values[${k}]`));
    const seen = new Set<string>();
    values.forEach((x, k) => {
      if (seen.has(x.value)) f.fail(`${field}.values[${k}].value`, `"${x.value}" is listed twice`);
      seen.add(x.value);
    });
    const ext = o.automatically_extensible === undefined ? true : f.bool(o.automatically_extensible, `${field}.automatically_extensible`);
    schema.entities[name] = { name, values, automaticallyExtensible: ext };
  }
  for (const intent of Object.values(schema.intents)) {
    for (const [slot, s] of Object.entries(intent.slots)) {
      if (s.type === 'entity' && s.entity !== undefined && !(s.entity in schema.entities)) {
        f.fail(`intents.${intent.name}.slots.${slot}.entity`, `entity "${s.entity}" is not defined under "entities"`);
      }
    }
  }
  return schema;
}

/** Reads and parses a schema file. */
export function readSchema(file: string, warnings: DatasetWarning[] = []): CommandSchema {
  return parseSchema(readDataFile(file, warnings), file);
}

/** True when parsed JSON is a schema file (it says its format), for format detection. */
export function isSchemaJson(json: unknown): boolean {
  return json !== null && typeof json === 'object' && !Array.isArray(json) && (json as Obj).format === SCHEMA_FORMAT;
}

function mergeEntity(into: Record<string, EntityDef>, e: EntityDef): void {
  const cur = (into[e.name] ??= { name: e.name, values: [], automaticallyExtensible: e.automaticallyExtensible });
  cur.automaticallyExtensible = e.automaticallyExtensible;
  for (const v of e.values) {
    const have = cur.values.find((x) => x.value === v.value);
    if (!have) cur.values.push({ value: v.value, synonyms: [...v.synonyms] });
    else for (const s of v.synonyms) if (!have.synonyms.includes(s)) have.synonyms.push(s);
  }
}

/**
 * `ds` with the schema laid over it: schema slot types, unsafe flags and entities win over what the
 * readers inferred; an intent of the schema with no example, or a slot used in examples that the
 * schema's intent does not list, is a warning (the name is likely misspelt on one side).
 */
export function mergeSchema(ds: CommandDataset, schema: CommandSchema, file: string): CommandDataset {
  const entities: Record<string, EntityDef> = {};
  for (const e of Object.values(ds.entities)) mergeEntity(entities, e);
  for (const e of Object.values(schema.entities)) mergeEntity(entities, e);
  const intents: Record<string, IntentSchema> = { ...ds.intents };
  const used = new Map<string, Set<string>>();
  for (const ex of ds.examples) {
    const s = used.get(ex.intent) ?? new Set<string>();
    for (const sl of ex.slots) s.add(sl.slot);
    used.set(ex.intent, s);
  }
  for (const intent of Object.values(schema.intents)) {
    if (!used.has(intent.name)) ds.warnings.push({ kind: 'schema', file, message: `intents.${intent.name}: no example of this intent in the data` });
    for (const slot of used.get(intent.name) ?? []) {
      if (!(slot in intent.slots)) ds.warnings.push({ kind: 'schema', file, message: `intents.${intent.name}.slots: slot "${slot}" is used in the data but not listed; kept as free text` });
    }
    const slots: Record<string, SlotSchema> = {};
    for (const slot of used.get(intent.name) ?? []) slots[slot] = { type: 'text' };
    intents[intent.name] = { ...intent, slots: { ...slots, ...intent.slots } };
  }
  return { examples: ds.examples, intents, entities, warnings: ds.warnings };
}
