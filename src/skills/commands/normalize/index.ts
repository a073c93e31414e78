// normalizeValue: the text of one slot + its schema -> a normalized value, a small JSON-able tagged
// union. Integer-only (fixed point), so the C runtime can produce the same JSON bytes. Undefined
// means "no value could be read" (the slot keeps its raw text); it never throws on any string.
import type { EntityDef, SlotSchema } from '../types.ts';
import { formatFixed, type Fixed, reduce } from './fixed.ts';
import { parseNumber } from './number.ts';
import { convert, DEFAULT_DECIMALS, findQuantity } from './quantity.ts';
import { findUnit, type UnitDef } from './units.ts';
import { formatDuration, parseDuration } from './duration.ts';
import { formatTimeOfDay, parseTimeOfDay } from './time-of-day.ts';
import { resolveEntity, type EntityResolver } from './entity.ts';

export { formatFixed } from './fixed.ts';
export { entityKey, type EntityResolver } from './entity.ts';

/**
 * A normalized slot value. `text` is always the canonical rendering (what a user would be shown);
 * numbers are `value / scale` with scale a power of ten.
 */
export type NormalizedValue =
  | { kind: 'number'; value: number; scale: number; text: string }
  | { kind: 'quantity'; value: number; scale: number; unit: string; text: string }
  | { kind: 'temperature'; value: number; scale: number; unit: string; text: string }
  | { kind: 'duration'; seconds: number; text: string }
  | { kind: 'time'; minutes: number; ambiguous: boolean; text: string }
  | { kind: 'entity'; entity: string; value: string; listed: boolean; text: string }
  | { kind: 'text'; text: string };

/** The temperature unit assumed when neither the text nor the schema names one. */
export const DEFAULT_TEMPERATURE_UNIT = 'C';

function fixedText(f: Fixed, unit?: string): string {
  return unit ? `${formatFixed(f.value, f.scale)} ${unit}` : formatFixed(f.value, f.scale);
}

/** A quantity or temperature: convert to the schema's unit when it has one, else keep the written unit. */
function normalizeMeasure(kind: 'quantity' | 'temperature', schema: SlotSchema, text: string): NormalizedValue | undefined {
  const target: UnitDef | undefined = schema.unit !== undefined ? findUnit(schema.unit) : undefined;
  if (schema.unit !== undefined && !target) return undefined;
  if (target && (target.dimension === 'temperature') !== (kind === 'temperature')) return undefined;
  const dims = kind === 'temperature' ? (['temperature'] as const) : target ? [target.dimension] : (['length', 'mass', 'volume', 'speed'] as const);
  const q = findQuantity(text, dims);
  if (!q) return undefined;
  // "3 kg" for a length slot: the number has a unit, just not one of this slot's dimension.
  const written = q.unit ? undefined : findQuantity(text);
  if (written?.unit && !(dims as readonly string[]).includes(written.unit.dimension)) return undefined;
  const fallback = kind === 'temperature' ? findUnit(DEFAULT_TEMPERATURE_UNIT) : undefined;
  const from = q.unit ?? target ?? fallback;
  if (!from) return undefined;
  let value: Fixed | undefined = reduce(q.value);
  let unit = from;
  if (target) {
    value = convert(q.value, from, target, schema.decimals ?? DEFAULT_DECIMALS);
    unit = target;
  }
  if (!value) return undefined;
  return { kind, value: value.value, scale: value.scale, unit: unit.id, text: fixedText(value, unit.id) };
}

/**
 * The normalized value of `text` for a slot of `schema`, or undefined when none can be read.
 * `entities` (the dataset's lists, or an artifact's hashed tables) lets an 'entity' slot resolve
 * synonyms to their listed value.
 */
export function normalizeValue(schema: SlotSchema, text: string, entities?: Record<string, EntityDef | EntityResolver>): NormalizedValue | undefined {
  switch (schema.type) {
    case 'number': {
      const n = parseNumber(text);
      return n && { kind: 'number', value: n.value, scale: n.scale, text: fixedText(n) };
    }
    case 'quantity':
    case 'temperature':
      return normalizeMeasure(schema.type, schema, text);
    case 'duration': {
      const s = parseDuration(text);
      return s === undefined ? undefined : { kind: 'duration', seconds: s, text: formatDuration(s) };
    }
    case 'time': {
      const t = parseTimeOfDay(text);
      return t && { kind: 'time', minutes: t.minutes, ambiguous: t.ambiguous, text: formatTimeOfDay(t.minutes) };
    }
    case 'entity':
      return resolveEntity(schema, text, entities);
    case 'text': {
      const trimmed = text.trim();
      return trimmed ? { kind: 'text', text: trimmed } : undefined;
    }
    default:
      return undefined;
  }
}
