// The BIO tag set of the slot tagger. Tag 0 is O; slot k (in sorted slot-name order) owns B = 1 + 2k
// and I = 2 + 2k. Tags are global (slots with the same name share them across intents, so "timeRange"
// learnt from weather queries helps restaurant queries); each intent allows only O and its own slots.

export const TAG_O = 0;
/** At most this many slots in an artifact (tags fit in a u8). */
export const MAX_SLOTS = 127;

export const beginTag = (slot: number): number => 1 + 2 * slot;
export const insideTag = (slot: number): number => 2 + 2 * slot;
/** Slot index of a B or I tag (tag >= 1). */
export const slotOfTag = (tag: number): number => (tag - 1) >> 1;
export const isInside = (tag: number): boolean => tag > 0 && (tag & 1) === 0;

/** BIO validity: I-s only after B-s or I-s; `prev` = -1 at the start of the query. */
export function validTransition(prev: number, cur: number): boolean {
  if (!isInside(cur)) return true;
  return prev > 0 && slotOfTag(prev) === slotOfTag(cur);
}

/** Allowed tags of an intent with these slots, in increasing order. */
export function allowedTags(slotIds: readonly number[]): number[] {
  const t = [TAG_O];
  for (const s of [...slotIds].sort((a, b) => a - b)) t.push(beginTag(s), insideTag(s));
  return t;
}
