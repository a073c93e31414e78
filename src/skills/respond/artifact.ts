// The IFEval responder skill as an `.engram` artifact (docs/format.md §6): compiling the source
// tables (tables.ts) into fixed-width little-endian sections, and loading them back into typed views.
// The runtime (detect.ts, compose.ts) reads only what `loadResponder` returns from the bytes.
import { readContainer, writeContainer, type SectionInput } from '../../artifact/container.ts';
import { ArtifactError } from '../../artifact/errors.ts';
import { fnv1a } from '../../text/hash.ts';
import { FUNCTION_WORDS, LANG_STEMS, SCRIPT_LANGUAGES } from './language-lexicon.ts';
import {
  FAMILIES,
  KEYWORD_SENTENCES,
  LANGUAGES,
  LETTER_WORDS,
  LIPOGRAMS,
  LIST_LEAD,
  LIST_STOP,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  PASSAGES,
  PATTERNS,
  PLACEHOLDERS,
  RELATIONS,
  REL_KINDS,
  SENTENCES,
  TOPIC_DROP,
  TOPIC_START,
  TOPIC_STOP,
  TOPIC_VERBS,
  KW_CUE,
  KW_SKIP,
  KW_STOP,
  NUM_UNIT,
  KW_LEAD,
  KW_IMP,
  KW_NEG,
  LIST_JOIN,
  CORR,
  CORR_FILL,
  CORR_END,
  NEG_CUE,
  NEG_OUT,
  CUE_LT,
  CUE_LE,
  CUE_GT,
  CUE_GE,
  CUE_FILL,
  SEG_JOIN,
  HL_STAR,
  PART_NOUN,
  CAPS_CUE,
  PHRASE_STOP,
  SPELLING_ALIASES,
  SPELLING_WORDS,
} from './tables.ts';
import { READER_IDS, READER_LOG2 } from './reader.ts';
import { SPELL_MAX, SPELL_MIN } from './spelling.ts';
import { READER_BIAS, READER_WEIGHTS } from './reader-weights.ts';
import { CUE_CONCEPTS, isSpacelessScript, type CueEntry } from './cues.ts';

/** RCUE concept code of ordinals: the second concept with a value (version 14). A function, not a constant: cues.ts
 * and this module import each other, so CUE_CONCEPTS may not be initialised yet while this module's body runs. */
const cueOrd = () => (CUE_CONCEPTS as readonly string[]).indexOf('ORD');
import { CUE_LEXICON, CUE_NUMBERS, CUE_ORDINALS, CUE_TIMES_NUMBERS } from './cue-lexicon.ts';

export const RESPONDER_SKILL = 2;
export const RESPONDER_VERSION = 26;

/** Opcodes of ROPS records. */
export const OP = { LIT: 1, ALT: 2, GAP: 3, REL: 4, NUM: 5, NT: 6, ORD: 7, Q: 8, QL: 9, L: 10, W: 11, PH: 12, LANG: 13, S6: 14, S3: 15, PHB: 16, PHC: 17, PHT: 18 } as const;
const SLOT_OPS: Record<string, number> = {
  '{REL}': OP.REL, '{N}': OP.NUM, '{NT}': OP.NT, '{ORD}': OP.ORD, '{Q}': OP.Q, '{QL}': OP.QL, '{L}': OP.L,
  '{W}': OP.W, '{PH}': OP.PH, '{PHB}': OP.PHB, '{PHC}': OP.PHC, '{PHT}': OP.PHT, '{LANG}': OP.LANG, '{S6}': OP.S6, '{S3}': OP.S3,
};
/** ROPS flags bit: the element is optional (`X?`). */
export const OPT_FLAG = 1;

/** The responder's sections, all required (docs/format.md §6.2). */
export const RESPONDER_TAGS = ['META', 'RCFG', 'RPAT', 'ROPS', 'RHSH', 'RREL', 'RNUM', 'RORD', 'RLNG', 'RPSG', 'RSET', 'RTPL', 'RSTR', 'RFWD', 'RCLS', 'RLST', 'RSPL', 'RCUE'] as const;
/** At most this many languages in RFWD (the C port keeps one counter per language on the stack). */
export const MAX_FW_LANGS = 64;
/** At most this many script ranges in RFWD (the C port counts code points per range on the stack). */
export const MAX_SCRIPTS = 32;
/** Hash-set ids in RSET, in this order. */
export const SETS = ['LIST_LEAD', 'LIST_STOP', 'TOPIC_START', 'TOPIC_VERBS', 'TOPIC_STOP', 'TOPIC_DROP', 'KW_CUE', 'KW_SKIP', 'KW_STOP', 'NUM_UNIT', 'KW_LEAD', 'KW_IMP', 'KW_NEG', 'LIST_JOIN', 'CORR', 'CORR_FILL', 'CORR_END', 'NEG_CUE', 'NEG_OUT', 'CUE_LT', 'CUE_LE', 'CUE_GT', 'CUE_GE', 'CUE_FILL', 'SEG_JOIN', 'HL_STAR', 'PART_NOUN', 'CAPS_CUE', 'PHRASE_STOP'] as const;
/** Template group ids in RTPL. Letter groups add the letter's UTF-16 code unit (a = 97); the bases are
 * 2^16 apart so no code unit can make two groups collide (responder_version 1 used 0x100/0x200). */
export const GROUP = { SENTENCES: 1, KEYWORD: 2, PLACEHOLDER: 3, LIPOGRAM: 0x10000, LETTER_WORDS: 0x20000 } as const;
/** A u32 string id that names no string (RPAT arg). */
export const NO_STRING = 0xffffffff;

/** Little-endian writer of u8/u16/u32 fields, one by one. */
class Bytes {
  private buf = new Uint8Array(256);
  private dv = new DataView(this.buf.buffer);
  length = 0;
  private grow(n: number) {
    if (this.length + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.length + n) cap *= 2;
    const b = new Uint8Array(cap);
    b.set(this.buf.subarray(0, this.length));
    this.buf = b;
    this.dv = new DataView(b.buffer);
  }
  u8(v: number) {
    this.grow(1);
    this.dv.setUint8(this.length, v);
    this.length += 1;
  }
  u16(v: number) {
    this.grow(2);
    this.dv.setUint16(this.length, v, true);
    this.length += 2;
  }
  u32(v: number) {
    this.grow(4);
    this.dv.setUint32(this.length, v >>> 0, true);
    this.length += 4;
  }
  bytes(b: Uint8Array) {
    this.grow(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }
  done(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

const enc = new TextEncoder();
const h = (s: string) => fnv1a(enc.encode(s));

/** Compiles tables.ts into the responder's sections. Deterministic: same tables, same bytes. */
export function buildResponderSections(): SectionInput[] {
  const strings: string[] = [];
  const strIndex = new Map<string, number>();
  const str = (s: string): number => {
    let i = strIndex.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      strIndex.set(s, i);
    }
    return i;
  };
  const hashes: number[] = [];
  const hashList = (words: string[]): number => {
    const at = hashes.length;
    for (const w of words) hashes.push(h(w));
    return at;
  };

  // Patterns and their ops.
  const pat = new Bytes();
  const ops = new Bytes();
  let opCount = 0;
  for (const p of PATTERNS) {
    const fam = FAMILIES.indexOf(p.family);
    const elems = p.pattern.trim().split(/\s+/);
    const first = opCount;
    for (let e of elems) {
      let flags = 0;
      if (e.endsWith('?') && e.length > 1) {
        flags |= OPT_FLAG;
        e = e.slice(0, -1);
      }
      let code: number;
      let k = 0;
      let value = 0;
      if (e.startsWith('..')) {
        code = OP.GAP;
        k = Number(e.slice(2));
      } else if (SLOT_OPS[e]) {
        code = SLOT_OPS[e];
      } else if (e.includes('|')) {
        const alts = e.split('|');
        code = OP.ALT;
        k = alts.length;
        value = hashList(alts);
      } else {
        code = OP.LIT;
        value = h(e === '\\' ? '\\' : e);
      }
      if (k > 255) throw new Error(`pattern element too large: ${e}`);
      ops.u8(code);
      ops.u8(flags);
      ops.u8(k);
      ops.u8(0);
      ops.u32(value);
      opCount++;
    }
    pat.u8(fam);
    pat.u8(REL_KINDS.indexOf(p.rel ?? 'NONE'));
    pat.u8(opCount - first);
    pat.u8(0);
    pat.u32(first);
    pat.u32(p.arg === undefined ? NO_STRING : str(p.arg));
  }

  // Relation phrases.
  const rel = new Bytes();
  for (const [phrase, kind] of RELATIONS) {
    const toks = phrase.split(' ');
    rel.u8(REL_KINDS.indexOf(kind));
    rel.u8(toks.length);
    rel.u16(0);
    rel.u32(hashList(toks));
  }

  // Number and ordinal words, languages.
  const num = new Bytes();
  for (const [w, v] of NUMBER_WORDS) {
    num.u32(h(w));
    num.u32(v);
  }
  const ord = new Bytes();
  for (const [w, v] of ORDINAL_WORDS) {
    ord.u32(h(w));
    ord.u32(v);
  }
  const lng = new Bytes();
  for (const [w, code] of LANGUAGES) {
    lng.u32(h(w));
    lng.u32(str(code));
  }
  // Language-name stems (RLST): count, then (stem string id, code string id, own-name flag) records.
  const lst = new Bytes();
  lst.u32(LANG_STEMS.length);
  for (const [stem, code, own] of LANG_STEMS) {
    lst.u32(str(stem));
    lst.u32(str(code));
    lst.u32(own);
  }

  // Spelling (RSPL): alias count, word count, (variant, canonical) string id pairs, then word string ids.
  const spl = new Bytes();
  spl.u32(SPELLING_ALIASES.length);
  spl.u32(SPELLING_WORDS.length);
  for (const [from, to] of SPELLING_ALIASES) {
    spl.u32(str(from));
    spl.u32(str(to));
  }
  for (const w of SPELLING_WORDS) spl.u32(str(w));

  // Cue words (RCUE, version 13): count, then (string id, concept, value) records in ascending order of the string's
  // UTF-8 bytes, then concept, then value; one record per distinct triple over all languages.
  const cueRecs = new Map<string, [string, number, number]>();
  const addCue = (text: string, concept: number, value: number) => {
    const t = text.trim();
    if (t.length > 0 && t !== '*') cueRecs.set(`${t}\u0000${concept}\u0000${value}`, [t, concept, value]);
  };
  for (const [, rec] of CUE_LEXICON) {
    for (const [name, list] of Object.entries(rec)) {
      const concept = (CUE_CONCEPTS as readonly string[]).indexOf(name);
      if (concept <= 0) throw new Error(`cue-lexicon.ts: unknown concept ${name}`);
      for (const w of (list ?? '').split('|')) addCue(w, concept, 0);
    }
  }
  for (const [, nums] of CUE_NUMBERS) for (const [v, forms] of nums) for (const w of forms.split('|')) addCue(w, 0, v);
  const ordConcept = cueOrd();
  for (const [, ords] of CUE_ORDINALS) for (const [v, forms] of ords) for (const w of forms.split('|')) addCue(w, ordConcept, v);
  // "zweimal": a NUM record and a TIMES record of one string (version 16; the hit is its own count and unit).
  const timesConcept = (CUE_CONCEPTS as readonly string[]).indexOf('TIMES');
  for (const [, forms] of CUE_TIMES_NUMBERS) {
    for (const [v, fs] of forms) {
      for (const w of fs.split('|')) {
        addCue(w, 0, v);
        addCue(w, timesConcept, 0);
      }
    }
  }
  const cueList = [...cueRecs.values()].sort((a, b) => cmpCue(enc.encode(a[0]), a[1], a[2], enc.encode(b[0]), b[1], b[2]));
  const cue = new Bytes();
  cue.u32(cueList.length);
  for (const [t, concept, value] of cueList) {
    cue.u32(str(t));
    cue.u32(concept);
    cue.u32(value);
  }

  const psg = new Bytes();
  for (const code of Object.keys(PASSAGES).sort()) {
    psg.u32(str(code));
    psg.u32(str(PASSAGES[code]));
  }

  // Hash sets.
  const sets = new Bytes();
  const setSrc: Record<(typeof SETS)[number], string[]> = {
    LIST_LEAD, LIST_STOP, TOPIC_START, TOPIC_VERBS, TOPIC_STOP, TOPIC_DROP, KW_CUE, KW_SKIP, KW_STOP, NUM_UNIT, KW_LEAD, KW_IMP, KW_NEG, LIST_JOIN, CORR, CORR_FILL, CORR_END, NEG_CUE, NEG_OUT, CUE_LT, CUE_LE, CUE_GT, CUE_GE, CUE_FILL, SEG_JOIN, HL_STAR, PART_NOUN, CAPS_CUE, PHRASE_STOP,
  };
  for (const name of SETS) {
    sets.u32(hashList(setSrc[name]));
    sets.u32(setSrc[name].length);
  }

  // Template groups.
  const tpl = new Bytes();
  const group = (id: number, items: string[]) => {
    // (group id, string id) pairs, so that a string shared by two groups is stored once.
    for (const s of items.map(str)) {
      tpl.u32(id);
      tpl.u32(s);
    }
  };
  group(GROUP.SENTENCES, SENTENCES);
  group(GROUP.KEYWORD, KEYWORD_SENTENCES);
  group(GROUP.PLACEHOLDER, PLACEHOLDERS);
  for (const l of Object.keys(LIPOGRAMS).sort()) group(GROUP.LIPOGRAM + l.charCodeAt(0), LIPOGRAMS[l]);
  for (const l of Object.keys(LETTER_WORDS).sort()) group(GROUP.LETTER_WORDS + l.charCodeAt(0), LETTER_WORDS[l].split(' '));

  // The instruction reader (RCLS): classes (string ids of READER_IDS), log2 buckets, int32 biases, int8 weights class-major.
  const weights = Buffer.from(READER_WEIGHTS, 'base64');
  const nCls = READER_BIAS.length;
  if (weights.length !== nCls << READER_LOG2) throw new Error(`reader weights: ${weights.length} bytes for ${nCls} classes`);
  const cls = new Bytes();
  cls.u32(nCls);
  cls.u32(READER_LOG2);
  for (let k = 0; k < nCls; k++) cls.u32(str(READER_IDS[k]));
  for (const b of READER_BIAS) cls.u32(b);
  cls.bytes(new Uint8Array(weights.buffer, weights.byteOffset, weights.length));

  // String table: count, (offset, length) records, then the UTF-8 pool.
  const pool = new Bytes();
  const recs = new Bytes();
  for (const s of strings) {
    const b = enc.encode(s);
    recs.u32(pool.length);
    recs.u32(b.length);
    pool.bytes(b);
  }
  const strSec = new Bytes();
  strSec.u32(strings.length);
  strSec.bytes(recs.done());
  strSec.bytes(pool.done());

  // Function words (RFWD): language count, record count, script count; language code ids; (hash, language index)
  // records in strictly ascending (hash, index) order (a word of several languages has one record each); then
  // (first code point, last code point, code id) script records, in priority order.
  const fwRecs: Array<[number, number]> = [];
  FUNCTION_WORDS.forEach(([, words], li) => {
    for (const w of new Set(words.split(' '))) fwRecs.push([h(w), li]);
  });
  fwRecs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const fwd = new Bytes();
  fwd.u32(FUNCTION_WORDS.length);
  fwd.u32(fwRecs.length);
  fwd.u32(SCRIPT_LANGUAGES.length);
  for (const [code] of FUNCTION_WORDS) fwd.u32(str(code));
  for (const [hh, li] of fwRecs) {
    fwd.u32(hh);
    fwd.u32(li);
  }
  for (const [first, last, code] of SCRIPT_LANGUAGES) {
    fwd.u32(first);
    fwd.u32(last);
    fwd.u32(str(code));
  }

  const hashSec = new Bytes();
  for (const x of hashes) hashSec.u32(x);

  const cfg = new Bytes();
  const counts = [
    RESPONDER_SKILL, RESPONDER_VERSION, FAMILIES.length, PATTERNS.length, opCount, RELATIONS.length,
    NUMBER_WORDS.length, ORDINAL_WORDS.length, LANGUAGES.length, Object.keys(PASSAGES).length, SETS.length, hashes.length, strings.length,
  ];
  for (const c of counts) cfg.u32(c);
  while (cfg.length < 64) cfg.u32(0);

  const meta = JSON.stringify({
    skill: 'ifeval-respond',
    format_version: 1,
    responder_version: RESPONDER_VERSION,
    families: FAMILIES,
    patterns: PATTERNS.length,
    ops: opCount,
    languages: Object.keys(PASSAGES).sort(),
    templates: SENTENCES.length,
  });
  return [
    { tag: 'META', data: enc.encode(meta) },
    { tag: 'RCFG', data: cfg.done() },
    { tag: 'RPAT', data: pat.done() },
    { tag: 'ROPS', data: ops.done() },
    { tag: 'RHSH', data: hashSec.done() },
    { tag: 'RREL', data: rel.done() },
    { tag: 'RNUM', data: num.done() },
    { tag: 'RORD', data: ord.done() },
    { tag: 'RLNG', data: lng.done() },
    { tag: 'RPSG', data: psg.done() },
    { tag: 'RSET', data: sets.done() },
    { tag: 'RTPL', data: tpl.done() },
    { tag: 'RSTR', data: strSec.done() },
    { tag: 'RFWD', data: fwd.done() },
    { tag: 'RCLS', data: cls.done() },
    { tag: 'RLST', data: lst.done() },
    { tag: 'RSPL', data: spl.done() },
    { tag: 'RCUE', data: cue.done() },
  ];
}

export function buildResponderArtifact(): Uint8Array {
  return writeContainer(buildResponderSections());
}

/** The loaded skill: typed views over the artifact's sections plus decoded strings. */
export interface Responder {
  bytes: Uint8Array;
  families: number;
  /** Per pattern: family, default relation, op count, first op, arg string (or null). */
  patFamily: Uint8Array;
  patRel: Uint8Array;
  patOpCount: Uint8Array;
  patFirstOp: Uint32Array;
  patArg: Array<string | null>;
  opCode: Uint8Array;
  opFlags: Uint8Array;
  opK: Uint8Array;
  opValue: Uint32Array;
  hashes: Uint32Array;
  relKind: Uint8Array;
  relLen: Uint8Array;
  relFirst: Uint32Array;
  numbers: Map<number, number>;
  ordinals: Map<number, number>;
  languages: Map<number, string>;
  passages: Map<string, string[]>;
  sets: Record<(typeof SETS)[number], Set<number>>;
  groups: Map<number, string[]>;
  /** RFWD: language codes; each function word's languages (indexes into fwLangs); script ranges and the language
   * each one is read as when no function words decide (priority order). */
  fwLangs: string[];
  fwLangsOf: Map<number, number[]>;
  scripts: Array<{ first: number; last: number; code: string }>;
  /** RCLS: classifier classes (0: no reader), int32 biases, int8 weights (class k at k << READER_LOG2). */
  clsClasses: number;
  clsBias: Int32Array;
  clsWeights: Int8Array;
  /** RLST: language-name stems (ASCII lowercase bytes), their codes, and whether each is its language's own name. */
  langStems: Array<{ stem: Uint8Array; code: string; own: boolean }>;
  /** RSPL: shorthand and misspelling hashes -> the known word's hash; the one-edit vocabulary (lowercase ASCII); every
   * RHSH hash (a word some pattern or set names is never corrected). */
  spelling: { alias: Map<number, number>; words: Array<{ bytes: Uint8Array; hash: number }>; wordHashes: Set<number>; known: Set<number> };
  /** RCUE (version 13): cue words, and the entries by their first code point (in RCUE order). */
  cues: { entries: CueEntry[]; byFirst: Map<number, CueEntry[]> };
}

/** RCUE order: UTF-8 bytes, then concept, then value. */
function cmpCue(a: Uint8Array, ac: number, av: number, b: Uint8Array, bc: number, bv: number): number {
  for (let i = 0; i < a.length && i < b.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  if (a.length !== b.length) return a.length - b.length;
  return ac !== bc ? ac - bc : av - bv;
}

const need = (cond: boolean, tag: string, msg: string) => {
  if (!cond) throw new ArtifactError('BAD_SECTION', `section "${tag}": ${msg}`, tag);
};

/** Validates the container and the responder sections, and returns views over them. */
export function loadResponder(bytes: Uint8Array): Responder {
  const sections = readContainer(bytes);
  const by = new Map(sections.map((s) => [s.tag, s.data]));
  for (const tag of RESPONDER_TAGS) {
    if (!by.has(tag)) throw new ArtifactError('MISSING_SECTION', `responder artifact lacks section "${tag}"`, tag);
  }
  const dvOf = (tag: string) => {
    const d = by.get(tag)!;
    return new DataView(d.buffer, d.byteOffset, d.byteLength);
  };
  // META: the structural check of §4.4 (first byte "{", last "}"), before the tables (§6.2).
  const meta = by.get('META')!;
  need(meta.length >= 2 && meta[0] === 0x7b && meta[meta.length - 1] === 0x7d, 'META', 'must be a JSON object ({...})');
  const cfg = dvOf('RCFG');
  need(cfg.byteLength === 64, 'RCFG', 'must be 64 bytes');
  const c = (i: number) => cfg.getUint32(4 * i, true);
  need(c(0) === RESPONDER_SKILL, 'RCFG', 'skill must be 2 (IFEval responder)');
  need(c(1) === RESPONDER_VERSION, 'RCFG', `responder_version must be ${RESPONDER_VERSION}`);
  const [families, nPat, nOps, nRel, nNum, nOrd, nLng, nPsg, nSet, nHash, nStr] = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(c);

  // Strings.
  const sdv = dvOf('RSTR');
  need(sdv.byteLength >= 4 && sdv.getUint32(0, true) === nStr, 'RSTR', 'string count mismatch');
  const poolAt = 4 + 8 * nStr;
  need(sdv.byteLength >= poolAt, 'RSTR', 'truncated records');
  const sdata = by.get('RSTR')!;
  const dec = new TextDecoder('utf-8', { fatal: true });
  const strings: string[] = [];
  for (let i = 0; i < nStr; i++) {
    const off = sdv.getUint32(4 + 8 * i, true);
    const len = sdv.getUint32(8 + 8 * i, true);
    need(off <= sdv.byteLength - poolAt && len <= sdv.byteLength - poolAt - off, 'RSTR', `string ${i} out of bounds`);
    try {
      strings.push(dec.decode(sdata.subarray(poolAt + off, poolAt + off + len)));
    } catch {
      need(false, 'RSTR', `string ${i} is not UTF-8`);
    }
  }
  const strAt = (i: number, tag: string) => {
    need(i < nStr, tag, `string id ${i} out of range`);
    return strings[i];
  };

  const hdv = dvOf('RHSH');
  need(hdv.byteLength === 4 * nHash, 'RHSH', 'length mismatch');
  const hashes = new Uint32Array(nHash);
  for (let i = 0; i < nHash; i++) hashes[i] = hdv.getUint32(4 * i, true);

  const odv = dvOf('ROPS');
  need(odv.byteLength === 8 * nOps, 'ROPS', 'length mismatch');
  const opCode = new Uint8Array(nOps);
  const opFlags = new Uint8Array(nOps);
  const opK = new Uint8Array(nOps);
  const opValue = new Uint32Array(nOps);
  for (let i = 0; i < nOps; i++) {
    opCode[i] = odv.getUint8(8 * i);
    opFlags[i] = odv.getUint8(8 * i + 1);
    opK[i] = odv.getUint8(8 * i + 2);
    opValue[i] = odv.getUint32(8 * i + 4, true);
    need(opCode[i] >= OP.LIT && opCode[i] <= OP.PHT, 'ROPS', `op ${i} has unknown code ${opCode[i]}`);
    need(opCode[i] !== OP.ALT || opValue[i] + opK[i] <= nHash, 'ROPS', `op ${i} alternatives out of range`);
  }

  const pdv = dvOf('RPAT');
  need(pdv.byteLength === 12 * nPat, 'RPAT', 'length mismatch');
  const patFamily = new Uint8Array(nPat);
  const patRel = new Uint8Array(nPat);
  const patOpCount = new Uint8Array(nPat);
  const patFirstOp = new Uint32Array(nPat);
  const patArg: Array<string | null> = [];
  for (let i = 0; i < nPat; i++) {
    patFamily[i] = pdv.getUint8(12 * i);
    patRel[i] = pdv.getUint8(12 * i + 1);
    patOpCount[i] = pdv.getUint8(12 * i + 2);
    patFirstOp[i] = pdv.getUint32(12 * i + 4, true);
    const arg = pdv.getUint32(12 * i + 8, true);
    patArg.push(arg === NO_STRING ? null : strAt(arg, 'RPAT'));
    need(patFamily[i] < families && patRel[i] < REL_KINDS.length, 'RPAT', `pattern ${i} family or relation out of range`);
    need(patOpCount[i] > 0 && patFirstOp[i] + patOpCount[i] <= nOps, 'RPAT', `pattern ${i} ops out of range`);
  }

  const rdv = dvOf('RREL');
  need(rdv.byteLength === 8 * nRel, 'RREL', 'length mismatch');
  const relKind = new Uint8Array(nRel);
  const relLen = new Uint8Array(nRel);
  const relFirst = new Uint32Array(nRel);
  for (let i = 0; i < nRel; i++) {
    relKind[i] = rdv.getUint8(8 * i);
    relLen[i] = rdv.getUint8(8 * i + 1);
    relFirst[i] = rdv.getUint32(8 * i + 4, true);
    need(relFirst[i] + relLen[i] <= nHash && relKind[i] < REL_KINDS.length, 'RREL', `relation ${i} out of range`);
  }

  const pairs = (tag: string, n: number) => {
    const dv = dvOf(tag);
    need(dv.byteLength === 8 * n, tag, 'length mismatch');
    const out: Array<[number, number]> = [];
    for (let i = 0; i < n; i++) out.push([dv.getUint32(8 * i, true), dv.getUint32(8 * i + 4, true)]);
    return out;
  };
  const numbers = new Map(pairs('RNUM', nNum));
  const ordinals = new Map(pairs('RORD', nOrd));
  const languages = new Map(pairs('RLNG', nLng).map(([hh, s]) => [hh, strAt(s, 'RLNG')]));
  const passages = new Map(pairs('RPSG', nPsg).map(([code, text]) => [strAt(code, 'RPSG'), strAt(text, 'RPSG').split('\n')]));
  const setPairs = pairs('RSET', nSet);
  need(nSet === SETS.length, 'RSET', `expected ${SETS.length} sets`);
  const sets = {} as Responder['sets'];
  SETS.forEach((name, i) => {
    const [first, count] = setPairs[i];
    need(first + count <= nHash, 'RSET', `set ${name} out of range`);
    sets[name] = new Set(hashes.subarray(first, first + count));
  });
  const tdv = dvOf('RTPL');
  need(tdv.byteLength % 8 === 0, 'RTPL', 'length must be a multiple of 8');
  const groups = new Map<number, string[]>();
  for (let i = 0; i < tdv.byteLength; i += 8) {
    const g = tdv.getUint32(i, true);
    const s = strAt(tdv.getUint32(i + 4, true), 'RTPL');
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g)!.push(s);
  }
  need(groups.has(GROUP.SENTENCES) && groups.has(GROUP.KEYWORD) && groups.has(GROUP.PLACEHOLDER), 'RTPL', 'missing template groups');

  const fdv = dvOf('RFWD');
  need(fdv.byteLength >= 12, 'RFWD', 'truncated header');
  const nFwLangs = fdv.getUint32(0, true);
  const nFw = fdv.getUint32(4, true);
  const nScripts = fdv.getUint32(8, true);
  need(nFwLangs <= MAX_FW_LANGS && nFw <= 0x0fffffff && nScripts <= MAX_SCRIPTS && fdv.byteLength === 12 + 4 * nFwLangs + 8 * nFw + 12 * nScripts, 'RFWD', 'length mismatch');
  const fwLangs: string[] = [];
  for (let i = 0; i < nFwLangs; i++) fwLangs.push(strAt(fdv.getUint32(12 + 4 * i, true), 'RFWD'));
  const fwLangsOf = new Map<number, number[]>();
  const recAt = 12 + 4 * nFwLangs;
  for (let i = 0; i < nFw; i++) {
    const hh = fdv.getUint32(recAt + 8 * i, true);
    const li = fdv.getUint32(recAt + 8 * i + 4, true);
    const ph = i > 0 ? fdv.getUint32(recAt + 8 * (i - 1), true) : 0;
    need(i === 0 || hh > ph || (hh === ph && li > fdv.getUint32(recAt + 8 * (i - 1) + 4, true)), 'RFWD', 'records must be strictly ascending by (hash, language)');
    need(li < nFwLangs, 'RFWD', `record ${i} names a language beyond the list`);
    const list = fwLangsOf.get(hh);
    if (list) list.push(li);
    else fwLangsOf.set(hh, [li]);
  }
  const scripts: Array<{ first: number; last: number; code: string }> = [];
  const scrAt = recAt + 8 * nFw;
  for (let i = 0; i < nScripts; i++) {
    const first = fdv.getUint32(scrAt + 12 * i, true);
    const last = fdv.getUint32(scrAt + 12 * i + 4, true);
    need(first >= 0x80 && first <= last && last <= 0x10ffff, 'RFWD', `script ${i} must be a range of non-ASCII code points`);
    scripts.push({ first, last, code: strAt(fdv.getUint32(scrAt + 12 * i + 8, true), 'RFWD') });
  }

  const cdv = dvOf('RCLS');
  need(cdv.byteLength >= 8, 'RCLS', 'truncated header');
  const clsClasses = cdv.getUint32(0, true);
  need(cdv.getUint32(4, true) === READER_LOG2, 'RCLS', `bucket bits must be ${READER_LOG2}`);
  need((clsClasses === 0 || clsClasses === READER_IDS.length) && cdv.byteLength === 8 + 8 * clsClasses + (clsClasses << READER_LOG2), 'RCLS', 'length mismatch');
  for (let k = 0; k < clsClasses; k++) need(strAt(cdv.getUint32(8 + 4 * k, true), 'RCLS') === READER_IDS[k], 'RCLS', `class ${k} must be ${READER_IDS[k]}`);
  const clsBias = new Int32Array(clsClasses);
  for (let k = 0; k < clsClasses; k++) clsBias[k] = cdv.getInt32(8 + 4 * clsClasses + 4 * k, true);
  const wAt = 8 + 8 * clsClasses;
  const cdata = by.get('RCLS')!;
  const clsWeights = new Int8Array(cdata.buffer, cdata.byteOffset + wAt, clsClasses << READER_LOG2);

  const ldv = dvOf('RLST');
  need(ldv.byteLength >= 4, 'RLST', 'truncated header');
  const nStems = ldv.getUint32(0, true);
  need(ldv.byteLength === 4 + 12 * nStems, 'RLST', 'length mismatch');
  const langStems: Responder['langStems'] = [];
  for (let i = 0; i < nStems; i++) {
    const at = 4 + 12 * i;
    const stem = enc.encode(strAt(ldv.getUint32(at, true), 'RLST'));
    const own = ldv.getUint32(at + 8, true);
    need(stem.length > 0 && !stem.some((b) => b >= 0x41 && b <= 0x5a) && own <= 1, 'RLST', `stem ${i} must be non-empty, without ASCII capitals, flag 0 or 1`);
    langStems.push({ stem, code: strAt(ldv.getUint32(at + 4, true), 'RLST'), own: own === 1 });
  }

  const spv = dvOf('RSPL');
  need(spv.byteLength >= 8, 'RSPL', 'truncated header');
  const nAlias = spv.getUint32(0, true);
  const nSpell = spv.getUint32(4, true);
  need(spv.byteLength === 8 + 8 * nAlias + 4 * nSpell, 'RSPL', 'length mismatch');
  const lowerAscii = (w: Uint8Array, min: number) => w.length >= min && w.length <= SPELL_MAX && w.every((b) => b >= 0x61 && b <= 0x7a);
  const spelling: Responder['spelling'] = { alias: new Map(), words: [], wordHashes: new Set(), known: new Set(hashes) };
  for (let i = 0; i < nAlias; i++) {
    const from = enc.encode(strAt(spv.getUint32(8 + 8 * i, true), 'RSPL'));
    const to = enc.encode(strAt(spv.getUint32(12 + 8 * i, true), 'RSPL'));
    need(lowerAscii(from, 1) && lowerAscii(to, 1), 'RSPL', `alias ${i} must be lowercase ASCII letters`);
    spelling.alias.set(fnv1a(from), fnv1a(to));
  }
  for (let i = 0; i < nSpell; i++) {
    const w = enc.encode(strAt(spv.getUint32(8 + 8 * nAlias + 4 * i, true), 'RSPL'));
    need(lowerAscii(w, SPELL_MIN), 'RSPL', `word ${i} must be ${SPELL_MIN}..${SPELL_MAX} lowercase ASCII letters`);
    spelling.words.push({ bytes: w, hash: fnv1a(w) });
    spelling.wordHashes.add(fnv1a(w));
  }

  // RCUE: strictly ascending records; a string is not empty nor "*", its concept is known, only NUM has a value.
  const qdv = dvOf('RCUE');
  need(qdv.byteLength >= 4, 'RCUE', 'truncated header');
  const nCue = qdv.getUint32(0, true);
  need(qdv.byteLength === 4 + 12 * nCue, 'RCUE', 'length mismatch');
  const cues: Responder['cues'] = { entries: [], byFirst: new Map() };
  let prev: [Uint8Array, number, number] | null = null;
  const ordConcept = cueOrd();
  for (let i = 0; i < nCue; i++) {
    const at = 4 + 12 * i;
    const text = strAt(qdv.getUint32(at, true), 'RCUE');
    const b = enc.encode(text);
    const concept = qdv.getUint32(at + 4, true);
    const value = qdv.getUint32(at + 8, true);
    need(b.length > 0 && text !== '*' && concept < CUE_CONCEPTS.length && (concept === 0 || concept === ordConcept ? value > 0 && value <= 0xffff : value === 0), 'RCUE', `record ${i} must name a string, a known concept, and a value only for NUM and ORD`);
    need(prev === null || cmpCue(prev[0], prev[1], prev[2], b, concept, value) < 0, 'RCUE', 'records must be strictly ascending');
    prev = [b, concept, value];
    const stem = text.endsWith('*');
    const cps = Array.from(stem ? text.slice(0, -1) : text, (c) => c.codePointAt(0)!);
    const e: CueEntry = { cps, concept, value, stem, free: isSpacelessScript(cps[0]) };
    cues.entries.push(e);
    const list = cues.byFirst.get(cps[0]);
    if (list) list.push(e);
    else cues.byFirst.set(cps[0], [e]);
  }

  return {
    bytes, families, patFamily, patRel, patOpCount, patFirstOp, patArg, opCode, opFlags, opK, opValue, hashes,
    relKind, relLen, relFirst, numbers, ordinals, languages, passages, sets, groups, fwLangs, fwLangsOf, scripts, clsClasses, clsBias, clsWeights, langStems, spelling, cues,
  };
}
