// The TypeScript runtime, in-process: the reference every other target is compared with, and the
// implementation the vectors were generated from (so this target also proves the files are read
// back as written).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { crc32 } from '../../artifact/crc32.ts';
import { loadErrorCode } from '../../artifact/test-support.ts';
import { BatchError, decodeBatch } from '../../board/batch.ts';
import { loadArtifact } from '../../runtime/index.ts';
import { readItems } from '../../skills/mcq/dataset.ts';
import { loadResponder } from '../../skills/respond/artifact.ts';
import { IfevalResponder } from '../../skills/respond/respond.ts';
import { featureHash, fmix32, fnv1a } from '../../text/hash.ts';
import { tokenizeField } from '../../text/tokenize.ts';
import { Tally, type ClassResult, type Target } from '../target.ts';
import {
  REPO_ROOT,
  RESPONDER_ARTIFACT,
  TOKENIZE_MAX_TOKENS,
  loadCaseBytes,
  readBatchCases,
  readGoldenRows,
  readGoldenSets,
  readHashVectors,
  readLoadCases,
  readResponseVectors,
  readTokenizeVectors,
  u32hex,
  type HashVector,
} from '../vectors.ts';
import { vectorPrompts } from './prompts.ts';

const repo = (p: string) => join(REPO_ROOT, p);

function hashOf(v: HashVector): string {
  switch (v.fn) {
    case 'fnv1a': return u32hex(fnv1a(v.input));
    case 'crc32': return u32hex(crc32(v.input));
    case 'sha256': return bytesToHex(sha256(v.input));
    case 'fmix32': return u32hex(fmix32(v.x));
    case 'feature': return u32hex(featureHash(v.ns, v.a, v.b));
  }
}

function hashes(): ClassResult {
  const t = new Tally();
  for (const v of readHashVectors()) t.eq(`hashes.txt:${v.line} ${v.fn}`, hashOf(v), v.want);
  return t.result();
}

function tokenize(): ClassResult {
  const t = new Tally();
  const out = new Uint32Array(TOKENIZE_MAX_TOKENS);
  for (const v of readTokenizeVectors()) {
    const n = tokenizeField(v.input, v.maxBytes, v.maxTokens, { hashes: out });
    t.eq(`tokenize.txt:${v.line}`, Array.from(out.subarray(0, n), u32hex).join(' '), v.want.join(' '));
  }
  return t.result();
}

function golden(): ClassResult {
  const t = new Tally();
  for (const g of readGoldenSets()) {
    const bytes = new Uint8Array(readFileSync(repo(g.artifact)));
    const a = loadArtifact(bytes);
    const shaFile = repo(g.artifact.replace(/\.engram$/, '.sha256'));
    try {
      t.eq(`${g.artifact} sha256`, a.sha256 + '\n', readFileSync(shaFile, 'utf8'));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e; // only tiny has a recorded digest
    }
    const items = readItems(repo(g.items), () => {});
    const rows = readGoldenRows(g.expected);
    t.eq(`${g.expected} rows`, rows.length, items.length);
    items.forEach((it, i) => {
      const r = a.score(it);
      // tiny-repaired's rows also record which repairs fired (only the TS runtime reports that)
      const got = rows[i]?.fired === undefined ? { id: it.id, ...r } : { id: it.id, ...r, fired: a.lastFired };
      t.eq(`${g.artifact} item ${it.id}`, got, rows[i]);
    });
  }
  return t.result();
}

function loadErrors(): ClassResult {
  const t = new Tally();
  for (const c of readLoadCases()) {
    const load = c.loader === 'mcq' ? (b: Uint8Array) => loadArtifact(b) : loadResponder;
    t.eq(`load-errors.txt:${c.line} ${c.loader} ${c.name}`, loadErrorCode(load, loadCaseBytes(c)), c.code);
  }
  return t.result();
}

/** decodeBatch's code for bytes (0 = decodes), as eg_batch_open returns it. */
export function tsBatchCode(bytes: Uint8Array): number {
  try {
    decodeBatch(bytes);
    return 0;
  } catch (e) {
    if (e instanceof BatchError) return e.number;
    throw e;
  }
}

function batchErrors(): ClassResult {
  const t = new Tally();
  for (const c of readBatchCases()) t.eq(`batch-errors.txt:${c.line} ${c.name}`, tsBatchCode(c.bytes), c.code);
  return t.result();
}

function responses(): ClassResult {
  const t = new Tally();
  const responder = IfevalResponder.fromBytes(new Uint8Array(readFileSync(repo(RESPONDER_ARTIFACT))));
  const enc = new TextEncoder();
  const vectors = readResponseVectors();
  vectorPrompts(vectors).forEach((p, i) => {
    const v = vectors[i];
    t.eq(`${v.prompts}#${v.index}`, bytesToHex(sha256(enc.encode(responder.respond(p)))), v.sha256);
  });
  return t.result();
}

export const tsTarget: Target = {
  name: 'ts',
  what: 'TypeScript runtime, in-process (src/)',
  missing: () => null,
  run: { hashes, tokenize, golden, 'load-errors': loadErrors, 'batch-errors': batchErrors, responses },
};
