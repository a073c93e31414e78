// The commands skill as an `.engram` artifact (docs/format.md §7): CommandsModel -> sections and back.
// The loader validates every section (typed ArtifactError: MISSING_SECTION / BAD_SECTION after the
// container checks) so that after a successful load inference cannot read out of bounds.
import { readContainer, writeContainer, type SectionInput } from '../../artifact/container.ts';
import { ArtifactError } from '../../artifact/errors.ts';
import { fmix32 } from '../../text/hash.ts';
import { BLOCK, KNOWN_FLAGS, type CommandsModel, type IntentInfo } from './model.ts';
import { MAX_SLOTS } from './tags.ts';
import { MAX_TOKENS } from './tokenize.ts';
import { findUnit } from './normalize/units.ts';
import { SLOT_TYPES, type EntityInfo, type SlotSchemaRec } from './values.ts';

export const COMMANDS_SKILL = 3;
/** 2: slot schemas and entity lists (CSCH, CENT, CEKY, CESY; CCFG word 15 = entity_count). */
export const COMMANDS_VERSION = 3;
/** commands_version 2 artifacts (no reject_margin word) still load, with the margin off. */
const COMMANDS_VERSION_V2 = 2;
export const NONE = 0xffffffff;
/** Section tags in file order; all are required. */
export const COMMANDS_SECTIONS = ['META', 'CCFG', 'CSTR', 'CINT', 'CISL', 'CSCH', 'CSLT', 'CTCN', 'CTBS', 'CTEN', 'CTRN', 'CINW', 'CLEX', 'CGAZ', 'CENT', 'CEKY', 'CESY'] as const;
const CFG_WORDS = 17;
const CFG_WORDS_V2 = 16;
/** Largest rejection margin: above any i32 score gap of i8 weights over MAX_TOKENS tokens' features. */
const MAX_REJECT_MARGIN = 1 << 24;
const INTENT_RECORD = 16;
const REFUSE_FLAG = 1;
const SCHEMA_RECORD = 12;
const REQUIRED_FLAG = 1;
/** CSCH decimals byte when the slot states none. */
const NO_DECIMALS = 0xff;
const MAX_DECIMALS = 6;
const EXTENSIBLE_FLAG = 1;
const MAX_ENTITIES = 0xffff;
/** Hash-bit ranges the loader accepts. */
const TAGGER_BITS = [8, 20] as const;
const INTENT_BITS = [6, 16] as const;
const BLOOM_LOG2 = [5, 24] as const;
const MAX_PROBES = 16;
const MAX_INTENTS = 255;
/** Bits of intentNsMask that name real tagger namespaces (1..21). */
const NS_MASK_ALLOWED = 0x003ffffe;

/** Little-endian growable byte writer. */
class Out {
  private parts: number[] = [];
  u8(v: number) {
    this.parts.push(v & 0xff);
  }
  u16(v: number) {
    this.u8(v);
    this.u8(v >>> 8);
  }
  u32(v: number) {
    this.u16(v & 0xffff);
    this.u16(v >>> 16);
  }
  bytes(b: ArrayLike<number>) {
    for (let i = 0; i < b.length; i++) this.u8(b[i]);
  }
  done(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

/** Lexicon hash table (same layout and probing as LEXN, §4.6): slots a power of two, >= 2 * entries. */
function lexiconTable(lex: Map<number, number>): Uint8Array {
  let S = 2;
  while (S < 2 * lex.size) S *= 2;
  const hashes = new Uint32Array(S);
  const flags = new Uint32Array(S);
  for (const h of [...lex.keys()].sort((a, b) => a - b)) {
    let i = fmix32(h) & (S - 1);
    while (flags[i] !== 0) i = (i + 1) & (S - 1);
    hashes[i] = h;
    flags[i] = lex.get(h)!;
  }
  const o = new Out();
  o.u32(S);
  o.u32(lex.size);
  for (let i = 0; i < S; i++) {
    o.u32(hashes[i]);
    o.u32(flags[i]);
  }
  return o.done();
}

/** Deterministic JSON (insertion order of the object literal the trainer builds). */
function metaBytes(meta: Record<string, unknown>): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(meta));
}

export function commandsSections(m: CommandsModel): SectionInput[] {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const str = (s: string) => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const cint = new Out();
  const cisl = new Out();
  const csch = new Out();
  let slotListAt = 0;
  for (const it of m.intents) {
    for (const r of it.schema) {
      csch.u8(SLOT_TYPES.indexOf(r.type));
      csch.u8(r.required ? REQUIRED_FLAG : 0);
      csch.u8(r.decimals ?? NO_DECIMALS);
      csch.u8(0);
      csch.u32(r.entity ?? NONE);
      csch.u32(r.unit !== undefined ? str(r.unit) : NONE);
    }
    cint.u32(str(it.name));
    cint.u32(it.refuse ? str(it.reason) : NONE);
    cint.u16(it.refuse ? REFUSE_FLAG : 0);
    cint.u16(it.slots.length);
    cint.u32(slotListAt);
    for (const s of it.slots) cisl.u8(s);
    slotListAt += it.slots.length;
  }
  const cslt = new Out();
  for (const s of m.slots) cslt.u32(str(s));
  const cent = new Out();
  for (const e of m.values.entities) {
    cent.u32(str(e.name));
    cent.u32(e.automaticallyExtensible ? EXTENSIBLE_FLAG : 0);
  }
  const ceky = new Out();
  for (const k of m.values.keys) ceky.u32(k);
  const cesy = new Out();
  m.values.synonymKeys.forEach((k, i) => {
    cesy.u32(k);
    cesy.u32(str(m.values.synonymValues[i]));
  });
  const enc = new TextEncoder();
  const encoded = strings.map((s) => enc.encode(s));
  const cstr = new Out();
  cstr.u32(strings.length);
  let off = 0;
  for (const e of encoded) {
    cstr.u32(off);
    cstr.u32(e.length);
    off += e.length;
  }
  for (const e of encoded) cstr.bytes(e);
  const bloomLog2 = Math.log2(m.bloom.length * 32);
  const cfg = new Out();
  const words = [
    COMMANDS_SKILL, COMMANDS_VERSION, m.intents.length, m.slots.length, m.tagCount, m.taggerBits, m.entryTag.length,
    m.intentBits, m.intentNsMask, bloomLog2, m.bloomProbes, strings.length, BLOCK, MAX_TOKENS, m.featureFlags, m.values.entities.length, m.rejectMargin,
  ];
  for (const w of words) cfg.u32(w);
  const ten = new Out();
  for (let e = 0; e < m.entryTag.length; e++) {
    ten.u8(m.entryTag[e]);
    ten.u8(m.entryWeight[e]);
  }
  const tbs = new Out();
  for (const v of m.blockStart) tbs.u32(v);
  const trn = new Out();
  for (const v of m.trans) trn.u16(v);
  const gaz = new Out();
  for (const v of m.bloom) gaz.u32(v);
  return [
    { tag: 'META', data: metaBytes(m.meta) },
    { tag: 'CCFG', data: cfg.done() },
    { tag: 'CSTR', data: cstr.done() },
    { tag: 'CINT', data: cint.done() },
    { tag: 'CISL', data: cisl.done() },
    { tag: 'CSCH', data: csch.done() },
    { tag: 'CSLT', data: cslt.done() },
    { tag: 'CTCN', data: m.counts.slice() },
    { tag: 'CTBS', data: tbs.done() },
    { tag: 'CTEN', data: ten.done() },
    { tag: 'CTRN', data: trn.done() },
    { tag: 'CINW', data: new Uint8Array(m.intentWeights.buffer.slice(m.intentWeights.byteOffset, m.intentWeights.byteOffset + m.intentWeights.byteLength)) },
    { tag: 'CLEX', data: lexiconTable(m.lexicon) },
    { tag: 'CGAZ', data: gaz.done() },
    { tag: 'CENT', data: cent.done() },
    { tag: 'CEKY', data: ceky.done() },
    { tag: 'CESY', data: cesy.done() },
  ];
}

export function writeCommandsArtifact(m: CommandsModel): Uint8Array {
  return writeContainer(commandsSections(m));
}

const need = (cond: boolean, tag: string, msg: string): void => {
  if (!cond) throw new ArtifactError('BAD_SECTION', `section "${tag}": ${msg}`, tag);
};

/** Validates the container and every commands section (§7.6) and returns the model. */
export function loadCommandsArtifact(bytes: Uint8Array): CommandsModel {
  const sections = readContainer(bytes);
  const by = new Map(sections.map((s) => [s.tag, s.data]));
  for (const tag of COMMANDS_SECTIONS) {
    if (!by.has(tag)) throw new ArtifactError('MISSING_SECTION', `commands artifact lacks section "${tag}"`, tag);
  }
  const data = (tag: string) => by.get(tag)!;
  const dv = (tag: string) => {
    const d = data(tag);
    return new DataView(d.buffer, d.byteOffset, d.byteLength);
  };
  const meta = data('META');
  need(meta.length >= 2 && meta[0] === 0x7b && meta[meta.length - 1] === 0x7d, 'META', 'must be a JSON object ({...})');

  const cfg = dv('CCFG');
  need(cfg.byteLength >= 8, 'CCFG', `must be ${4 * CFG_WORDS} bytes`);
  const c = (i: number) => cfg.getUint32(4 * i, true);
  need(c(0) === COMMANDS_SKILL, 'CCFG', `skill must be ${COMMANDS_SKILL} (commands)`);
  need(c(1) === COMMANDS_VERSION || c(1) === COMMANDS_VERSION_V2, 'CCFG', `commands_version must be ${COMMANDS_VERSION_V2} or ${COMMANDS_VERSION}`);
  const cfgWords = c(1) === COMMANDS_VERSION ? CFG_WORDS : CFG_WORDS_V2;
  need(cfg.byteLength === 4 * cfgWords, 'CCFG', `must be ${4 * cfgWords} bytes`);
  const rejectMargin = cfgWords > CFG_WORDS_V2 ? c(16) : 0;
  need(rejectMargin <= MAX_REJECT_MARGIN, 'CCFG', 'reject_margin out of range');
  const [nIntents, nSlots, tagCount, taggerBits, nEntries, intentBits, nsMask, bloomLog2, probes, nStr, block, maxTokens] = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map(c);
  need(nIntents >= 1 && nIntents <= MAX_INTENTS, 'CCFG', 'intent_count out of range');
  need(nSlots <= MAX_SLOTS && tagCount === 1 + 2 * nSlots, 'CCFG', 'slot_count / tag_count invalid');
  need(taggerBits >= TAGGER_BITS[0] && taggerBits <= TAGGER_BITS[1], 'CCFG', 'tagger_bits out of range');
  need(intentBits >= INTENT_BITS[0] && intentBits <= INTENT_BITS[1], 'CCFG', 'intent_bits out of range');
  need((nsMask & ~NS_MASK_ALLOWED) === 0, 'CCFG', 'intent_ns_mask has unknown bits');
  need(bloomLog2 >= BLOOM_LOG2[0] && bloomLog2 <= BLOOM_LOG2[1] && probes >= 1 && probes <= MAX_PROBES, 'CCFG', 'gazetteer parameters out of range');
  need(block === BLOCK && maxTokens === MAX_TOKENS && (c(14) & ~KNOWN_FLAGS) === 0, 'CCFG', 'block size, token limit or feature flags invalid');
  const nEntities = c(15);
  need(nEntities <= MAX_ENTITIES, 'CCFG', 'entity_count out of range');

  // Strings.
  const sdv = dv('CSTR');
  const poolAt = 4 + 8 * nStr;
  need(sdv.byteLength >= 4 && sdv.getUint32(0, true) === nStr && sdv.byteLength >= poolAt, 'CSTR', 'string count mismatch or truncated records');
  const dec = new TextDecoder('utf-8', { fatal: true });
  const strings: string[] = [];
  for (let i = 0; i < nStr; i++) {
    const off = sdv.getUint32(4 + 8 * i, true);
    const len = sdv.getUint32(8 + 8 * i, true);
    need(off <= sdv.byteLength - poolAt && len <= sdv.byteLength - poolAt - off, 'CSTR', `string ${i} out of bounds`);
    let s = '';
    try {
      s = dec.decode(data('CSTR').subarray(poolAt + off, poolAt + off + len));
    } catch (err) {
      need(!(err instanceof TypeError), 'CSTR', `string ${i} is not UTF-8`);
      throw err;
    }
    strings.push(s);
  }
  const strAt = (i: number, tag: string) => {
    need(i < nStr, tag, `string id ${i} out of range`);
    return strings[i];
  };

  // Slots and intents.
  const sl = dv('CSLT');
  need(sl.byteLength === 4 * nSlots, 'CSLT', 'length must be 4 * slot_count');
  const slots = Array.from({ length: nSlots }, (_, i) => strAt(sl.getUint32(4 * i, true), 'CSLT'));
  // Entities first: the slot schemas refer to them.
  const edv = dv('CENT');
  need(edv.byteLength === 8 * nEntities, 'CENT', 'length must be 8 * entity_count');
  const entities: EntityInfo[] = [];
  for (let e = 0; e < nEntities; e++) {
    const flags = edv.getUint32(8 * e + 4, true);
    need((flags & ~EXTENSIBLE_FLAG) === 0, 'CENT', `entity ${e} has unknown flags`);
    entities.push({ name: strAt(edv.getUint32(8 * e, true), 'CENT'), automaticallyExtensible: (flags & EXTENSIBLE_FLAG) !== 0 });
  }
  const sorted = (xs: Uint32Array) => xs.every((x, i) => i === 0 || x > xs[i - 1]);
  const kdv = dv('CEKY');
  need(kdv.byteLength % 4 === 0, 'CEKY', 'length must be a multiple of 4');
  const keys = Uint32Array.from({ length: kdv.byteLength / 4 }, (_, i) => kdv.getUint32(4 * i, true));
  need(sorted(keys), 'CEKY', 'keys must be strictly increasing');
  const ydv = dv('CESY');
  need(ydv.byteLength % 8 === 0, 'CESY', 'length must be a multiple of 8');
  const synonymKeys = Uint32Array.from({ length: ydv.byteLength / 8 }, (_, i) => ydv.getUint32(8 * i, true));
  need(sorted(synonymKeys), 'CESY', 'keys must be strictly increasing');
  const synonymValues = Array.from(synonymKeys, (_, i) => strAt(ydv.getUint32(8 * i + 4, true), 'CESY'));

  const isl = data('CISL');
  const sch = dv('CSCH');
  need(sch.byteLength === SCHEMA_RECORD * isl.length, 'CSCH', `length must be ${SCHEMA_RECORD} * the length of CISL`);
  const schemaAt = (k: number): SlotSchemaRec => {
    const o = SCHEMA_RECORD * k;
    const code = sch.getUint8(o);
    const flags = sch.getUint8(o + 1);
    const decimals = sch.getUint8(o + 2);
    const entity = sch.getUint32(o + 4, true);
    const unitId = sch.getUint32(o + 8, true);
    need(code < SLOT_TYPES.length && (flags & ~REQUIRED_FLAG) === 0 && sch.getUint8(o + 3) === 0, 'CSCH', `record ${k}: unknown type, flags or reserved byte`);
    const type = SLOT_TYPES[code];
    need(entity === NONE || (type === 'entity' && entity < nEntities), 'CSCH', `record ${k}: entity only for entity slots, < entity_count`);
    const measure = type === 'quantity' || type === 'temperature';
    const unit = unitId === NONE ? undefined : strAt(unitId, 'CSCH');
    const def = unit === undefined ? undefined : findUnit(unit);
    need(unit === undefined || (measure && def !== undefined && (def.dimension === 'temperature') === (type === 'temperature')), 'CSCH', `record ${k}: unit only for quantity/temperature slots, a known unit of the slot's kind`);
    need(decimals === NO_DECIMALS || (unit !== undefined && decimals <= MAX_DECIMALS), 'CSCH', `record ${k}: decimals 0..6 and only with a unit`);
    return {
      type,
      required: (flags & REQUIRED_FLAG) !== 0,
      ...(entity !== NONE ? { entity } : {}),
      ...(unit !== undefined ? { unit } : {}),
      ...(decimals !== NO_DECIMALS ? { decimals } : {}),
    };
  };
  const idv = dv('CINT');
  need(idv.byteLength === INTENT_RECORD * nIntents, 'CINT', `length must be ${INTENT_RECORD} * intent_count`);
  const intents: IntentInfo[] = [];
  let listEnd = 0;
  for (let i = 0; i < nIntents; i++) {
    const o = INTENT_RECORD * i;
    const name = strAt(idv.getUint32(o, true), 'CINT');
    const reasonId = idv.getUint32(o + 4, true);
    const flags = idv.getUint16(o + 8, true);
    const count = idv.getUint16(o + 10, true);
    const first = idv.getUint32(o + 12, true);
    need((flags & ~REFUSE_FLAG) === 0, 'CINT', `intent ${i} has unknown flags`);
    const refuse = (flags & REFUSE_FLAG) !== 0;
    need(refuse ? reasonId !== NONE : reasonId === NONE, 'CINT', `intent ${i}: a refused intent needs a reason, others none`);
    need(first === listEnd && count <= isl.length - first, 'CINT', `intent ${i} slot list out of range`);
    listEnd = first + count;
    const ids = Array.from(isl.subarray(first, first + count));
    need(ids.every((s, k) => s < nSlots && (k === 0 || s > ids[k - 1])), 'CISL', `intent ${i} slot ids must be increasing and < slot_count`);
    intents.push({ name, slots: ids, refuse, reason: refuse ? strAt(reasonId, 'CINT') : '', schema: ids.map((_, k) => schemaAt(first + k)) });
  }
  need(listEnd === isl.length, 'CISL', 'length must equal the sum of the intents\' slot counts');

  // Sparse emission table.
  const buckets = 2 ** taggerBits;
  const counts = data('CTCN');
  need(counts.length === buckets, 'CTCN', 'length must be 2^tagger_bits');
  const bdv = dv('CTBS');
  need(bdv.byteLength === 4 * (buckets / BLOCK), 'CTBS', 'length must be 4 * 2^tagger_bits / 64');
  const blockStart = new Uint32Array(buckets / BLOCK);
  let run = 0;
  for (let b = 0; b < buckets; b++) {
    if (b % BLOCK === 0) {
      blockStart[b / BLOCK] = bdv.getUint32(4 * (b / BLOCK), true);
      need(blockStart[b / BLOCK] === run, 'CTBS', `block ${b / BLOCK} start must be the sum of the counts before it`);
    }
    need(counts[b] <= tagCount, 'CTCN', `bucket ${b} has more entries than tags`);
    run += counts[b];
  }
  need(run === nEntries, 'CTCN', 'counts must sum to entry_count');
  const ten = data('CTEN');
  need(ten.length === 2 * nEntries, 'CTEN', 'length must be 2 * entry_count');
  const entryTag = new Uint8Array(nEntries);
  const entryWeight = new Int8Array(nEntries);
  for (let e = 0; e < nEntries; e++) {
    entryTag[e] = ten[2 * e];
    entryWeight[e] = (ten[2 * e + 1] << 24) >> 24;
    need(entryTag[e] < tagCount && entryWeight[e] !== -128, 'CTEN', `entry ${e}: tag out of range or weight -128`);
  }
  const tdv = dv('CTRN');
  need(tdv.byteLength === 2 * (tagCount + 1) * tagCount, 'CTRN', 'length must be 2 * (tag_count + 1) * tag_count');
  const trans = new Int16Array((tagCount + 1) * tagCount);
  for (let i = 0; i < trans.length; i++) {
    trans[i] = tdv.getInt16(2 * i, true);
    need(trans[i] !== -32768, 'CTRN', `transition ${i} is -32768`);
  }
  const iw = data('CINW');
  need(iw.length === 2 ** intentBits * nIntents, 'CINW', 'length must be 2^intent_bits * intent_count');
  const intentWeights = new Int8Array(iw.buffer.slice(iw.byteOffset, iw.byteOffset + iw.byteLength));
  need(!intentWeights.includes(-128), 'CINW', 'weight -128');

  // Lexicon (LEXN layout).
  const ldv = dv('CLEX');
  need(ldv.byteLength >= 8, 'CLEX', 'truncated');
  const S = ldv.getUint32(0, true);
  const E = ldv.getUint32(4, true);
  need(S >= 2 && S <= 65536 && (S & (S - 1)) === 0 && E <= S / 2 && ldv.byteLength === 8 + 8 * S, 'CLEX', 'slot count, entry count or length invalid');
  const lexicon = new Map<number, number>();
  for (let i = 0; i < S; i++) {
    const h = ldv.getUint32(8 + 8 * i, true);
    const f = ldv.getUint32(12 + 8 * i, true);
    need(f <= 0xff && (f !== 0 || h === 0), 'CLEX', `slot ${i}: flags must be 1..255 (used) or 0 with hash 0 (empty)`);
    if (f !== 0) {
      need(!lexicon.has(h), 'CLEX', `slot ${i}: duplicate hash`);
      lexicon.set(h, f);
    }
  }
  need(lexicon.size === E, 'CLEX', 'entry count mismatch');
  // Every entry must be reachable by the probe sequence (otherwise lookups would disagree with the table).
  for (let i = 0; i < S; i++) {
    const f = ldv.getUint32(12 + 8 * i, true);
    if (f === 0) continue;
    const h = ldv.getUint32(8 + 8 * i, true);
    let k = fmix32(h) & (S - 1);
    while (k !== i) {
      need(ldv.getUint32(12 + 8 * k, true) !== 0, 'CLEX', `slot ${i}: unreachable by linear probing`);
      k = (k + 1) & (S - 1);
    }
  }

  const g = dv('CGAZ');
  need(g.byteLength === 2 ** bloomLog2 / 8, 'CGAZ', 'length must be 2^bloom_log2 / 8');
  const bloom = new Uint32Array(g.byteLength / 4);
  for (let i = 0; i < bloom.length; i++) bloom[i] = g.getUint32(4 * i, true);

  let metaJson: Record<string, unknown> = {};
  try {
    metaJson = JSON.parse(new TextDecoder().decode(meta)) as Record<string, unknown>;
  } catch {
    // §4.4: META is informational; a parse failure must not affect scoring.
    metaJson = { unparsable: true };
  }
  return {
    intents, slots, taggerBits, tagCount, counts: counts.slice(), blockStart, entryTag, entryWeight, trans,
    intentNsMask: nsMask, featureFlags: c(14), intentBits, intentWeights, lexicon, bloom, bloomProbes: probes,
    values: { entities, keys, synonymKeys, synonymValues }, rejectMargin, meta: metaJson,
  };
}
