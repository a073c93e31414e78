// Encoding and validation of the multiple-choice skill's sections (docs/format.md §4.4–4.8):
// META (JSON), MCQC (config), LEXN (lexicon table), WHSH (i8 hashed weights), WDNS (i16 dense weights).
import { ArtifactError } from '../../artifact/errors.ts';
import { LexiconTable } from './lexicon-table.ts';
import { LIMITS } from '../../text/limits.ts';
import type { LogicParams } from './logic.ts';

export const REQUIRED_SECTIONS = ['META', 'MCQC', 'LEXN', 'WHSH', 'WDNS'] as const;
export const SKILL_MCQ = 1;
export const MCQC_BYTES = 32;
export const MAX_HASH_MULT = 4096;
const NS_MASK_BITS = 14;
/** Flag bits 25..31 are reserved (0..7 properties, 8..19 question cues, 20..24 logic word id). */
const RESERVED_FLAG_BITS = 0xfe000000;
const MAX_LOGIC_PARAM = 16;

export interface McqConfig {
  hashBits: number;
  nsMask: number;
  hashMult: number;
  /** Deductive module atom matching (docs/format.md §2.9). */
  logic: LogicParams;
}

export function encodeMcqc(cfg: McqConfig): Uint8Array {
  const out = new Uint8Array(MCQC_BYTES);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, SKILL_MCQ, true);
  dv.setUint32(4, cfg.hashBits, true);
  dv.setUint32(8, cfg.nsMask, true);
  dv.setUint32(12, cfg.hashMult, true);
  dv.setUint32(16, LIMITS.DENSE_COUNT, true);
  dv.setUint32(20, cfg.logic.matchSmall, true);
  dv.setUint32(24, cfg.logic.matchLarge, true);
  dv.setUint32(28, cfg.logic.matchDen, true);
  return out;
}

const bad = (tag: string, msg: string): ArtifactError => new ArtifactError('BAD_SECTION', `section "${tag}": ${msg}`, tag);

function view(data: Uint8Array): DataView {
  return new DataView(data.buffer, data.byteOffset, data.byteLength);
}

/** The structural check both runtimes perform (non-empty, starts with `{`, ends with `}`). */
export function checkMeta(data: Uint8Array): void {
  if (data.length < 2 || data[0] !== 0x7b || data[data.length - 1] !== 0x7d) throw bad('META', 'must be a JSON object ({...})');
}

/** Parses META for display. Not part of load validation (the C runtime never parses JSON). */
export function decodeMeta(data: Uint8Array): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data));
  } catch (err) {
    throw bad('META', `not UTF-8 JSON (${(err as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw bad('META', 'top level must be a JSON object');
  return parsed as Record<string, unknown>;
}

export function decodeMcqc(data: Uint8Array): McqConfig {
  if (data.length !== MCQC_BYTES) throw bad('MCQC', `length ${data.length}, expected ${MCQC_BYTES}`);
  const dv = view(data);
  const skill = dv.getUint32(0, true);
  const hashBits = dv.getUint32(4, true);
  const nsMask = dv.getUint32(8, true);
  const hashMult = dv.getUint32(12, true);
  const denseCount = dv.getUint32(16, true);
  if (skill !== SKILL_MCQ) throw bad('MCQC', `skill ${skill} is not multiple choice (1)`);
  if (hashBits < 8 || hashBits > 20) throw bad('MCQC', `hash_bits ${hashBits} outside 8..20`);
  if (nsMask >>> NS_MASK_BITS !== 0) throw bad('MCQC', `ns_mask 0x${nsMask.toString(16)} has reserved bits set`);
  if (hashMult < 1 || hashMult > MAX_HASH_MULT) throw bad('MCQC', `hash_mult ${hashMult} outside 1..${MAX_HASH_MULT}`);
  if (denseCount !== LIMITS.DENSE_COUNT) throw bad('MCQC', `dense_count ${denseCount}, expected ${LIMITS.DENSE_COUNT}`);
  const logic = { matchSmall: dv.getUint32(20, true), matchLarge: dv.getUint32(24, true), matchDen: dv.getUint32(28, true) };
  if (logic.matchSmall > MAX_LOGIC_PARAM || logic.matchLarge > MAX_LOGIC_PARAM || logic.matchDen < 1 || logic.matchDen > MAX_LOGIC_PARAM) {
    throw bad('MCQC', `logic match parameters ${logic.matchSmall}/${logic.matchLarge}/${logic.matchDen} outside 0..16, 0..16, 1..16`);
  }
  return { hashBits, nsMask, hashMult, logic };
}

export function encodeLexn(table: LexiconTable): Uint8Array {
  const slotCount = table.slots.length / 2;
  const out = new Uint8Array(8 + 8 * slotCount);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, slotCount, true);
  dv.setUint32(4, table.entryCount, true);
  for (let i = 0; i < table.slots.length; i++) dv.setUint32(8 + 4 * i, table.slots[i], true);
  return out;
}

export function decodeLexn(data: Uint8Array): LexiconTable {
  if (data.length < 8) throw bad('LEXN', `length ${data.length} is shorter than its 8-byte header`);
  const dv = view(data);
  const slotCount = dv.getUint32(0, true);
  const entryCount = dv.getUint32(4, true);
  if (slotCount < 2 || slotCount > 65536 || (slotCount & (slotCount - 1)) !== 0) throw bad('LEXN', `slot_count ${slotCount} is not a power of two in 2..65536`);
  if (entryCount > slotCount / 2) throw bad('LEXN', `entry_count ${entryCount} exceeds half of slot_count ${slotCount}`);
  if (data.length !== 8 + 8 * slotCount) throw bad('LEXN', `length ${data.length}, expected ${8 + 8 * slotCount}`);
  const slots = new Uint32Array(2 * slotCount);
  let used = 0;
  for (let i = 0; i < 2 * slotCount; i += 2) {
    const h = dv.getUint32(8 + 4 * i, true);
    const f = dv.getUint32(12 + 4 * i, true);
    if (f === 0 && h !== 0) throw bad('LEXN', `empty slot ${i / 2} has a nonzero hash`);
    if ((f & RESERVED_FLAG_BITS) !== 0) throw bad('LEXN', `slot ${i / 2} has reserved flag bits set`);
    if (f !== 0) used++;
    slots[i] = h;
    slots[i + 1] = f;
  }
  if (used !== entryCount) throw bad('LEXN', `${used} slots used but entry_count is ${entryCount}`);
  return new LexiconTable(slots, entryCount);
}

export function encodeWhsh(weights: Int8Array): Uint8Array {
  return new Uint8Array(weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength));
}

export function decodeWhsh(data: Uint8Array, hashBits: number): Int8Array {
  const n = 2 ** hashBits;
  if (data.length !== n) throw bad('WHSH', `length ${data.length}, expected 2^${hashBits} = ${n}`);
  const w = new Int8Array(data.buffer, data.byteOffset, data.byteLength);
  for (let i = 0; i < n; i++) if (w[i] === -128) throw bad('WHSH', `weight ${i} is -128`);
  return w;
}

export function encodeWdns(weights: Int16Array): Uint8Array {
  const out = new Uint8Array(2 * weights.length);
  const dv = new DataView(out.buffer);
  for (let i = 0; i < weights.length; i++) dv.setInt16(2 * i, weights[i], true);
  return out;
}

export function decodeWdns(data: Uint8Array): Int16Array {
  if (data.length !== 2 * LIMITS.DENSE_COUNT) throw bad('WDNS', `length ${data.length}, expected ${2 * LIMITS.DENSE_COUNT}`);
  const dv = view(data);
  const w = new Int16Array(LIMITS.DENSE_COUNT);
  for (let i = 0; i < w.length; i++) {
    w[i] = dv.getInt16(2 * i, true);
    if (w[i] === -32768) throw bad('WDNS', `weight ${i} is -32768`);
  }
  return w;
}
