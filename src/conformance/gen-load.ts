// Generates load-errors.txt: corrupted copies of the MCQ golden artifacts and of the responder
// artifact, each with the code the TypeScript loaders give. Hand-made cases name the check they aim
// at and the generator refuses to write one that lands elsewhere (so every code of both loaders is
// covered on purpose); seeded byte flips and a sweep of the RPRS section add breadth. A case is
// stored as the writes that turn the base into it (CRCs already recomputed), so a reader needs no
// CRC logic to rebuild the bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { refreshCrcs, loadErrorCode } from '../artifact/test-support.ts';
import { ARTIFACT_ERRORS, type ArtifactErrorCode } from '../artifact/errors.ts';
import { FORMAT_VERSION, readContainer } from '../artifact/container.ts';
import { readArtifact } from '../skills/mcq/reader.ts';
import { loadResponder } from '../skills/respond/artifact.ts';
import { REPO_ROOT, RESPONDER_ARTIFACT, hex } from './vectors.ts';

type Loader = 'mcq' | 'responder';
const LOADERS: Record<Loader, (b: Uint8Array) => unknown> = { mcq: readArtifact, responder: loadResponder };
const nameOf = new Map<number, string>(ARTIFACT_ERRORS.map(([n, c]) => [c, n]));

/** Thrown when a hand-made case does not produce the code it was written for. */
export class VectorIntentError extends Error {
  constructor(what: string) {
    super(what);
    this.name = 'VectorIntentError';
  }
}

interface Base {
  loader: Loader;
  path: string;
  bytes: Uint8Array;
}

const rd = (b: Uint8Array, at: number): number => new DataView(b.buffer, b.byteOffset, b.byteLength).getUint32(at, true);
const wr = (b: Uint8Array, at: number, v: number): Uint8Array => (new DataView(b.buffer, b.byteOffset, b.byteLength).setUint32(at, v >>> 0, true), b);
const entryOf = (b: Uint8Array, tag: string): number => readContainer(b).findIndex((s) => s.tag === tag);
const offsetOf = (b: Uint8Array, tag: string): number => readContainer(b).find((s) => s.tag === tag)!.offset;

/** The case line: bytes as the base cut/zero-extended to their length plus contiguous writes. */
function caseLine(base: Base, bytes: Uint8Array, name: string, want?: ArtifactErrorCode): string {
  const code = loadErrorCode(LOADERS[base.loader], bytes);
  const codeName = nameOf.get(code)!;
  if (want !== undefined && codeName !== want) throw new VectorIntentError(`${base.loader} case ${name}: wants ${want}, the TS loader gives ${codeName}`);
  const writes: string[] = [];
  for (let i = 0; i < bytes.length; ) {
    const orig = (k: number) => (k < base.bytes.length ? base.bytes[k] : 0);
    if (bytes[i] === orig(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < bytes.length && bytes[j] !== orig(j)) j++;
    writes.push(`w:${i}:${hex(bytes.subarray(i, j))}`);
    i = j;
  }
  return [base.loader, base.path, code, codeName, name, bytes.length, ...writes].join(' ');
}

/** Container checks (docs/format.md §4.3), the same for every artifact kind. */
function containerCases(base: Base, out: string[], flips: number): void {
  const g = base.bytes;
  const n = g.length;
  const m = (name: string, want: ArtifactErrorCode, f: (b: Uint8Array) => Uint8Array, reseal = false) => {
    const b = f(g.slice());
    out.push(caseLine(base, reseal ? refreshCrcs(b) : b, name, want));
  };
  const count = rd(g, 12);
  const last = 32 + 16 * (count - 1);
  m('valid', 'OK', (b) => b);
  m('empty', 'TRUNCATED', () => new Uint8Array(0));
  m('header-cut-31', 'TRUNCATED', (b) => b.subarray(0, 31));
  m('table-cut-40', 'TRUNCATED', (b) => b.subarray(0, 40));
  m('cut-200', 'TRUNCATED', (b) => b.subarray(0, 200));
  m('cut-last-byte', 'TRUNCATED', (b) => b.subarray(0, n - 1));
  m('magic-byte-0', 'BAD_MAGIC', (b) => ((b[0] ^= 1), b));
  m('magic-byte-6', 'BAD_MAGIC', (b) => ((b[6] = 1), b));
  m('version-2', 'UNSUPPORTED_VERSION', (b) => wr(b, 8, 2));
  m('version-next', 'UNSUPPORTED_VERSION', (b) => wr(b, 8, FORMAT_VERSION + 1));
  m('section-count-0', 'BAD_HEADER', (b) => wr(b, 12, 0));
  m('section-count-33', 'BAD_HEADER', (b) => wr(b, 12, 33));
  m('one-byte-longer', 'SIZE_MISMATCH', () => Uint8Array.from([...g, 0]));
  m('16-bytes-longer', 'SIZE_MISMATCH', () => Uint8Array.from([...g, ...new Uint8Array(16)]));
  m('header-crc-flip', 'HEADER_CRC_MISMATCH', (b) => ((b[21] ^= 1), b));
  m('table-byte-flip', 'HEADER_CRC_MISMATCH', (b) => ((b[40] ^= 1), b));
  m('flags-1', 'BAD_HEADER', (b) => wr(b, 24, 1), true);
  m('reserved-1', 'BAD_HEADER', (b) => wr(b, 28, 1), true);
  m('entry1-offset+8', 'SECTION_MISALIGNED', (b) => wr(b, 48 + 4, rd(b, 48 + 4) + 8), true);
  m('entry0-offset-16', 'SECTION_OUT_OF_BOUNDS', (b) => wr(b, 32 + 4, 16), true);
  m('last-length-huge', 'SECTION_OUT_OF_BOUNDS', (b) => wr(b, last + 8, 0xfffffff0), true);
  m('last-offset-huge', 'SECTION_OUT_OF_BOUNDS', (b) => wr(b, last + 4, 0xfffffff0), true);
  m('entry2-offset=entry1', 'SECTION_OVERLAP', (b) => wr(b, 64 + 4, rd(b, 48 + 4)), true);
  m('entry1-offset-16', 'SECTION_OVERLAP', (b) => wr(b, 48 + 4, rd(b, 48 + 4) - 16), true);
  m('entry2-tag=entry1', 'DUPLICATE_SECTION', (b) => (b.copyWithin(64, 48, 52), b), true);
  m('entry1-tag=entry0', 'DUPLICATE_SECTION', (b) => (b.copyWithin(48, 32, 36), b), true);
  m('section3-data-flip', 'SECTION_CRC_MISMATCH', (b) => ((b[rd(b, 80 + 4) + 5] ^= 1), b));
  m('last-section-last-byte', 'SECTION_CRC_MISMATCH', (b) => ((b[rd(b, last + 4) + rd(b, last + 8) - 1] ^= 0x40), b));
  // First failure wins, entry by entry: META's CRC error (entry 0) beats entry 3's misalignment.
  m('crc-entry0-before-misaligned-entry3', 'SECTION_CRC_MISMATCH', (b) => {
    refreshCrcs(wr(b, 80 + 4, rd(b, 80 + 4) + 4));
    b[rd(b, 32 + 4)] ^= 1;
    return b;
  });
  m('entry0-tag-renamed', 'MISSING_SECTION', (b) => (b.set([0x41, 0x54, 0x45, 0x4d], 32), b), true);
  m('meta-length-0', 'BAD_SECTION', (b) => wr(b, 32 + 8, 0), true);
  m('meta-not-an-object', 'BAD_SECTION', (b) => ((b[rd(b, 32 + 4)] = 0x20), b), true);
  m('meta-array', 'BAD_SECTION', (b) => ((b[rd(b, 32 + 4)] = 0x5b), b), true);
  // deterministic single-bit flips all over the file (a linear congruential walk)
  let x = 12345;
  for (let k = 0; k < flips; k++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const pos = x % n;
    const b = g.slice();
    b[pos] ^= 1 << (k % 8);
    out.push(caseLine(base, b, `flip@${pos}`));
  }
}

/** A 64-byte artifact holding one unknown section: checked, ignored, so the required ones are missing. */
function unknownOnly(loader: Loader, out: string[]): void {
  const b = new Uint8Array(64);
  b.set([0x45, 0x4e, 0x47, 0x52, 0x41, 0x4d, 0x00, 0x1a]);
  wr(b, 8, FORMAT_VERSION);
  wr(b, 12, 1);
  wr(b, 16, 64);
  b.set([0x58, 0x54, 0x52, 0x41], 32); // XTRA
  wr(b, 36, 48);
  wr(b, 40, 16);
  out.push(caseLine({ loader, path: '-', bytes: new Uint8Array(0) }, refreshCrcs(b), 'only-an-unknown-section', 'MISSING_SECTION'));
}

/** MCQ section contents (docs/format.md §4.4-4.8), after the C unit tests' former hand-written list. */
function mcqSectionCases(base: Base, out: string[]): void {
  const g = base.bytes;
  const m = (name: string, want: ArtifactErrorCode, f: (b: Uint8Array) => Uint8Array) => out.push(caseLine(base, refreshCrcs(f(g.slice())), name, want));
  const mcqc = offsetOf(g, 'MCQC');
  const lexn = offsetOf(g, 'LEXN');
  const whsh = offsetOf(g, 'WHSH');
  const wdns = offsetOf(g, 'WDNS');
  const e = (tag: string) => 32 + 16 * entryOf(g, tag);
  m('mcqc.skill=2', 'BAD_SECTION', (b) => wr(b, mcqc, 2));
  m('mcqc.hash_bits=21', 'BAD_SECTION', (b) => wr(b, mcqc + 4, 21));
  m('mcqc.hash_bits=7', 'BAD_SECTION', (b) => wr(b, mcqc + 4, 7));
  m('mcqc.hash_bits=11(whsh-size)', 'BAD_SECTION', (b) => wr(b, mcqc + 4, 11));
  m('mcqc.ns_mask=0x4000', 'BAD_SECTION', (b) => wr(b, mcqc + 8, 0x4000));
  m('mcqc.hash_mult=0', 'BAD_SECTION', (b) => wr(b, mcqc + 12, 0));
  m('mcqc.hash_mult=4097', 'BAD_SECTION', (b) => wr(b, mcqc + 12, 4097));
  m('mcqc.dense_count=295', 'BAD_SECTION', (b) => wr(b, mcqc + 16, 295));
  m('mcqc.logic_small=17', 'BAD_SECTION', (b) => wr(b, mcqc + 20, 17));
  m('mcqc.logic_large=17', 'BAD_SECTION', (b) => wr(b, mcqc + 24, 17));
  m('mcqc.logic_den=0', 'BAD_SECTION', (b) => wr(b, mcqc + 28, 0));
  m('mcqc.logic_large=den=16', 'OK', (b) => wr(wr(b, mcqc + 24, 16), mcqc + 28, 16));
  m('mcqc.length=28', 'BAD_SECTION', (b) => wr(b, e('MCQC') + 8, 28));
  const slots = rd(g, lexn);
  const entries = rd(g, lexn + 4);
  m('lexn.slots=48', 'BAD_SECTION', (b) => wr(b, lexn, 48));
  m('lexn.entries>slots/2', 'BAD_SECTION', (b) => wr(b, lexn + 4, slots / 2 + 1));
  m('lexn.entries-1', 'BAD_SECTION', (b) => wr(b, lexn + 4, entries - 1));
  let empty = 0;
  while (rd(g, lexn + 12 + 8 * empty) !== 0) empty++;
  m('lexn.empty-slot-with-hash', 'BAD_SECTION', (b) => wr(b, lexn + 8 + 8 * empty, 5));
  m('lexn.reserved-flag-bit', 'BAD_SECTION', (b) => wr(wr(b, lexn + 12 + 8 * empty, 0x02000000), lexn + 4, entries + 1));
  m('lexn.highest-valid-flag-bit', 'OK', (b) => wr(wr(b, lexn + 12 + 8 * empty, 0x01000000), lexn + 4, entries + 1));
  m('whsh.weight=-128', 'BAD_SECTION', (b) => ((b[whsh + 7] = 0x80), b));
  m('whsh.weight=-127', 'OK', (b) => ((b[whsh + 7] = 0x81), b));
  m('whsh.length=512', 'BAD_SECTION', (b) => wr(b, e('WHSH') + 8, 512));
  m('wdns.weight=-32768', 'BAD_SECTION', (b) => ((b[wdns + 10] = 0), (b[wdns + 11] = 0x80), b));
  m('wdns.length=590', 'BAD_SECTION', (b) => wr(b, e('WDNS') + 8, 590));
}

/** Every byte of the RPRS header and its first two records set to a few telling values. */
function rprsSweep(base: Base, out: string[]): void {
  const at = offsetOf(base.bytes, 'RPRS');
  for (let rel = 0; rel < 8 + 2 * 96; rel++) {
    for (const v of [0x00, 0x07, 0x80, 0xff]) {
      if (base.bytes[at + rel] === v) continue;
      const b = base.bytes.slice();
      b[at + rel] = v;
      out.push(caseLine(base, refreshCrcs(b), `rprs+${rel}=${v.toString(16).padStart(2, '0')}`));
    }
  }
}

/** Responder section contents (src/skills/respond/artifact.ts loadResponder, c eg_ifr_load). */
function responderSectionCases(base: Base, out: string[]): void {
  const g = base.bytes;
  const m = (name: string, want: ArtifactErrorCode, f: (b: Uint8Array) => Uint8Array) => out.push(caseLine(base, refreshCrcs(f(g.slice())), name, want));
  const at = (tag: string) => offsetOf(g, tag);
  const e = (tag: string) => 32 + 16 * entryOf(g, tag);
  m('rcfg.skill=1', 'BAD_SECTION', (b) => ((b[at('RCFG')] = 1), b));
  m('rcfg.version=99', 'BAD_SECTION', (b) => wr(b, at('RCFG') + 4, 99));
  m('rcfg.length=48', 'BAD_SECTION', (b) => wr(b, e('RCFG') + 8, 48));
  m('rops.opcode=99', 'BAD_SECTION', (b) => ((b[at('ROPS')] = 99), b));
  m('rpat.family=200', 'BAD_SECTION', (b) => ((b[at('RPAT')] = 200), b));
  m('rhsh.length-4', 'BAD_SECTION', (b) => wr(b, e('RHSH') + 8, rd(b, e('RHSH') + 8) - 4));
  m('rstr.count+1', 'BAD_SECTION', (b) => wr(b, at('RSTR'), rd(b, at('RSTR')) + 1));
  m('rstr.not-utf8', 'BAD_SECTION', (b) => ((b[at('RSTR') + 4 + 8 * rd(b, at('RSTR'))] = 0xff), b));
  m('rtpl.length%8', 'BAD_SECTION', (b) => wr(b, e('RTPL') + 8, rd(b, e('RTPL') + 8) - 4));
  m('rcfg-tag-renamed', 'MISSING_SECTION', (b) => (b.set([0x58, 0x43, 0x46, 0x47], e('RCFG')), b));
  m('rlst.count+1', 'BAD_SECTION', (b) => wr(b, at('RLST'), rd(b, at('RLST')) + 1));
  m('rlst.own=2', 'BAD_SECTION', (b) => wr(b, at('RLST') + 4 + 8, 2));
  m('rlst-tag-renamed', 'MISSING_SECTION', (b) => (b.set([0x58, 0x4c, 0x53, 0x54], e('RLST')), b));
  // RFWD (version 15): counts against the length, a record's language index past the list, records out of order, a
  // script range starting in ASCII.
  const fwd = at('RFWD');
  const fwRec = fwd + 12 + 4 * rd(g, fwd);
  const fwScr = fwRec + 8 * rd(g, fwd + 4);
  m('rfwd.count+1', 'BAD_SECTION', (b) => wr(b, fwd + 4, rd(b, fwd + 4) + 1));
  m('rfwd.lang-index-past-list', 'BAD_SECTION', (b) => wr(b, fwRec + 4, rd(b, fwd)));
  m('rfwd.records-unsorted', 'BAD_SECTION', (b) => wr(b, fwRec, 0xffffffff));
  m('rfwd.script-in-ascii', 'BAD_SECTION', (b) => wr(b, fwScr, 0x41));
  // RSPL (version 11): counts against the length, a word shorter than 6 letters (the first alias's variant, "wds"),
  // a string id past the table, the tag.
  const spl = at('RSPL');
  const firstWord = spl + 8 + 8 * rd(g, spl);
  m('rspl.aliases+1', 'BAD_SECTION', (b) => wr(b, spl, rd(b, spl) + 1));
  m('rspl.words-1', 'BAD_SECTION', (b) => wr(b, spl + 4, rd(b, spl + 4) - 1));
  m('rspl.word=short-string', 'BAD_SECTION', (b) => wr(b, firstWord, rd(b, spl + 8)));
  m('rspl.word=second-word', 'OK', (b) => wr(b, firstWord, rd(b, firstWord + 4)));
  m('rspl.alias=string-past-end', 'BAD_SECTION', (b) => wr(b, spl + 8, 0xffffffff));
  m('rspl-tag-renamed', 'MISSING_SECTION', (b) => (b.set([0x58, 0x53, 0x50, 0x4c], e('RSPL')), b));
}

/** Every code of the artifact table except OK must appear for each loader. */
function checkCoverage(lines: string[]): void {
  for (const loader of ['mcq', 'responder'] as const) {
    const seen = new Set(lines.filter((l) => l.startsWith(loader + ' ')).map((l) => l.split(' ')[3]));
    const missing = ARTIFACT_ERRORS.map(([n]) => n).filter((n) => !seen.has(n));
    if (missing.length) throw new VectorIntentError(`load-errors: ${loader} lacks ${missing.join(', ')}`);
  }
}

export function loadErrorsFile(responderBytes: Uint8Array): string {
  const read = (p: string) => new Uint8Array(readFileSync(join(REPO_ROOT, p)));
  const tiny: Base = { loader: 'mcq', path: 'test/golden/tiny.engram', bytes: read('test/golden/tiny.engram') };
  const repaired: Base = { loader: 'mcq', path: 'test/golden/tiny-repaired.engram', bytes: read('test/golden/tiny-repaired.engram') };
  const responder: Base = { loader: 'responder', path: RESPONDER_ARTIFACT, bytes: responderBytes };
  const lines: string[] = [];
  containerCases(tiny, lines, 48);
  unknownOnly('mcq', lines);
  mcqSectionCases(tiny, lines);
  containerCases(responder, lines, 24);
  unknownOnly('responder', lines);
  responderSectionCases(responder, lines);
  rprsSweep(repaired, lines);
  checkCoverage(lines);
  return [
    '# Load-error cases (docs/format.md §4.3): the loader must return CODE for the case bytes.',
    '# LOADER BASE CODE CODE_NAME CASE LENGTH [w:OFFSET:HEX]...',
    '#   LOADER: mcq (readArtifact, eg_artifact_load) | responder (loadResponder, eg_ifr_load)',
    '#   bytes: BASE (repo-relative; - for none) cut or zero-extended to LENGTH, then each write;',
    '#   CRCs that a case recomputed are part of its writes. Generated by scripts/make-vectors.ts.',
    ...lines,
  ].join('\n') + '\n';
}
