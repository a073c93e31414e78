// The shared conformance vectors (test/vectors/, described in its README.md): where they live, their
// line formats, and typed readers. Every file is plain text, one vector per line, fields separated
// by single spaces, `#` starts a comment line; byte strings are lowercase hex, `-` for no bytes.
// The same files are read by the harness (src/conformance/), the TS unit tests and the C unit tests
// (c/tests/eg_vectors.c), so a format change here must be mirrored there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const VECTORS_DIR = join(REPO_ROOT, 'test', 'vectors');

/** The vector files, by class. `golden` also names test/golden files (see golden.txt). */
export const VECTOR_FILES = {
  hashes: 'hashes.txt',
  tokenize: 'tokenize.txt',
  golden: 'golden.txt',
  'load-errors': 'load-errors.txt',
  'batch-errors': 'batch-errors.txt',
  responses: 'responses.txt',
} as const;
export type VectorClass = keyof typeof VECTOR_FILES;
export const VECTOR_CLASSES = Object.keys(VECTOR_FILES) as VectorClass[];

/** Generated binary inputs the text files refer to (written by scripts/make-vectors.ts too). */
export const RESPONDER_ARTIFACT = 'test/vectors/responder.engram';
export const GOLDEN_BATCH = 'test/vectors/tiny.batch';

/** A vector file that does not follow its format; names the file and line. */
export class VectorFormatError extends Error {
  constructor(file: string, line: number, what: string) {
    super(`${file}:${line}: ${what}`);
    this.name = 'VectorFormatError';
  }
}

export const hex = (b: Uint8Array): string => (b.length === 0 ? '-' : Buffer.from(b).toString('hex'));
export const u32hex = (v: number): string => (v >>> 0).toString(16).padStart(8, '0');

export function unhex(s: string, file = '?', line = 0): Uint8Array {
  if (s === '-') return new Uint8Array(0);
  if (s.length % 2 !== 0 || !/^[0-9a-f]+$/.test(s)) throw new VectorFormatError(file, line, `bad hex "${s.slice(0, 40)}"`);
  return new Uint8Array(Buffer.from(s, 'hex'));
}

/** The non-comment lines of a vector file, split into fields, with their line numbers. */
export function vectorLines(name: string, dir = VECTORS_DIR): { fields: string[]; line: number }[] {
  const out: { fields: string[]; line: number }[] = [];
  readFileSync(join(dir, name), 'utf8').split('\n').forEach((text, i) => {
    if (text === '' || text.startsWith('#')) return;
    out.push({ fields: text.split(' '), line: i + 1 });
  });
  return out;
}

// ---------------------------------------------------------------- hashes.txt

/** `fnv1a BYTES OUT` | `fmix32 U32 OUT` | `feature NS A B OUT` | `crc32 BYTES OUT` | `sha256 BYTES DIGEST`. */
export type HashVector =
  | { fn: 'fnv1a' | 'crc32' | 'sha256'; input: Uint8Array; want: string; line: number }
  | { fn: 'fmix32'; x: number; want: string; line: number }
  | { fn: 'feature'; ns: number; a: number; b: number; want: string; line: number };

const ARITY = { fnv1a: 3, crc32: 3, sha256: 3, fmix32: 3, feature: 5 } as const;

export function readHashVectors(dir = VECTORS_DIR): HashVector[] {
  const f = VECTOR_FILES.hashes;
  return vectorLines(f, dir).map(({ fields: v, line }) => {
    const fn = v[0] as keyof typeof ARITY;
    if (!(fn in ARITY) || v.length !== ARITY[fn]) throw new VectorFormatError(f, line, `unknown vector "${v.join(' ')}"`);
    const want = v[v.length - 1];
    if (fn === 'fmix32') return { fn, x: parseInt(v[1], 16) >>> 0, want, line };
    if (fn === 'feature') return { fn, ns: parseInt(v[1], 16), a: parseInt(v[2], 16) >>> 0, b: parseInt(v[3], 16) >>> 0, want, line };
    return { fn, input: unhex(v[1], f, line), want, line };
  });
}

// ---------------------------------------------------------------- tokenize.txt

/** `MAX_BYTES MAX_TOKENS INPUT COUNT HASH...`: eg_text_tokenize / tokenizeField with those limits. */
export interface TokenizeVector {
  maxBytes: number;
  maxTokens: number;
  input: Uint8Array;
  want: string[];
  line: number;
}

/** The most tokens any vector asks for (the C side sizes its output buffer by it). */
export const TOKENIZE_MAX_TOKENS = 64;

export function readTokenizeVectors(dir = VECTORS_DIR): TokenizeVector[] {
  const f = VECTOR_FILES.tokenize;
  return vectorLines(f, dir).map(({ fields: v, line }) => {
    const count = Number(v[3]);
    if (v.length !== 4 + count) throw new VectorFormatError(f, line, `${count} hashes announced, ${v.length - 4} given`);
    const maxTokens = Number(v[1]);
    if (maxTokens > TOKENIZE_MAX_TOKENS) throw new VectorFormatError(f, line, `max_tokens above ${TOKENIZE_MAX_TOKENS}`);
    return { maxBytes: Number(v[0]), maxTokens, input: unhex(v[2], f, line), want: v.slice(4), line };
  });
}

// ---------------------------------------------------------------- golden.txt

/** `ARTIFACT ITEMS BATCH EXPECTED`: repo-relative paths; EXPECTED is test/golden's JSONL. */
export interface GoldenSet {
  artifact: string;
  items: string;
  batch: string;
  expected: string;
  line: number;
}

export interface GoldenRow {
  id: string;
  scores: number[];
  prediction: number;
  /** Ids of the repairs that fired (repaired artifacts only). */
  fired?: number[];
}

export function readGoldenSets(dir = VECTORS_DIR): GoldenSet[] {
  const f = VECTOR_FILES.golden;
  return vectorLines(f, dir).map(({ fields: v, line }) => {
    if (v.length !== 4) throw new VectorFormatError(f, line, 'want ARTIFACT ITEMS BATCH EXPECTED');
    return { artifact: v[0], items: v[1], batch: v[2], expected: v[3], line };
  });
}

export function readGoldenRows(expectedPath: string): GoldenRow[] {
  return readFileSync(join(REPO_ROOT, expectedPath), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as GoldenRow);
}

// ---------------------------------------------------------------- load-errors.txt

/** `LOADER BASE CODE CODE_NAME CASE LENGTH [w:OFFSET:HEX]...`: the base file (repo-relative, `-` for
 * none) cut or zero-extended to LENGTH, then each write applied; the loader must return CODE. */
export interface LoadCase {
  loader: 'mcq' | 'responder';
  base: string;
  code: number;
  codeName: string;
  name: string;
  length: number;
  writes: { at: number; bytes: Uint8Array }[];
  line: number;
}

export function readLoadCases(dir = VECTORS_DIR): LoadCase[] {
  const f = VECTOR_FILES['load-errors'];
  return vectorLines(f, dir).map(({ fields: v, line }) => {
    if (v[0] !== 'mcq' && v[0] !== 'responder') throw new VectorFormatError(f, line, `unknown loader "${v[0]}"`);
    const writes = v.slice(6).map((w) => {
      const m = /^w:(\d+):([0-9a-f]+)$/.exec(w);
      if (!m) throw new VectorFormatError(f, line, `bad write "${w}"`);
      return { at: Number(m[1]), bytes: unhex(m[2], f, line) };
    });
    return { loader: v[0], base: v[1], code: Number(v[2]), codeName: v[3], name: v[4], length: Number(v[5]), writes, line };
  });
}

const baseCache = new Map<string, Uint8Array>();

/** The bytes of a load case (bases are read once per process). */
export function loadCaseBytes(c: LoadCase): Uint8Array {
  let base = baseCache.get(c.base);
  if (!base) {
    base = c.base === '-' ? new Uint8Array(0) : new Uint8Array(readFileSync(join(REPO_ROOT, c.base)));
    baseCache.set(c.base, base);
  }
  const out = new Uint8Array(c.length);
  out.set(base.subarray(0, Math.min(base.length, c.length)));
  for (const w of c.writes) out.set(w.bytes, w.at);
  return out;
}

// ---------------------------------------------------------------- batch-errors.txt

/** `CODE CODE_NAME CASE BYTES`: eg_batch_open / decodeBatch must return CODE for the bytes. */
export interface BatchCase {
  code: number;
  codeName: string;
  name: string;
  bytes: Uint8Array;
  line: number;
}

export function readBatchCases(dir = VECTORS_DIR): BatchCase[] {
  const f = VECTOR_FILES['batch-errors'];
  return vectorLines(f, dir).map(({ fields: v, line }) => {
    if (v.length !== 4) throw new VectorFormatError(f, line, 'want CODE CODE_NAME CASE BYTES');
    return { code: Number(v[0]), codeName: v[1], name: v[2], bytes: unhex(v[3], f, line), line };
  });
}

// ---------------------------------------------------------------- responses.txt

/** `PROMPTS INDEX SHA256`: the responder (test/vectors/responder.engram) answers prompt INDEX of the
 * repo-relative IFEval-format JSONL file PROMPTS with bytes whose SHA-256 is SHA256. */
export interface ResponseVector {
  prompts: string;
  index: number;
  sha256: string;
  line: number;
}

export function readResponseVectors(dir = VECTORS_DIR): ResponseVector[] {
  const f = VECTOR_FILES.responses;
  return vectorLines(f, dir).map(({ fields: v, line }) => {
    if (v.length !== 3 || !/^[0-9a-f]{64}$/.test(v[2])) throw new VectorFormatError(f, line, 'want PROMPTS INDEX SHA256');
    return { prompts: v[0], index: Number(v[1]), sha256: v[2], line };
  });
}
