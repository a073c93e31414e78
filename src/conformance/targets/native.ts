// The native C runtime on the host: the CLIs c/build/engram-native (MCQ runtime, batch reader, and
// the conformance modes --hash-vectors / --tokenize-vectors) and c/build/engram-ifeval (responder).
// Cases that are bytes (load and batch errors) are written to a temp folder and checked in one run.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { buildIfevalNative, encodePromptBatch, IFEVAL_BIN, runIfevalNative } from '../../board/ifeval-native.ts';
import { buildNative, NATIVE_BIN, runNative } from '../../board/native.ts';
import { haveTool, run } from '../../board/toolchain.ts';
import { Tally, withTempDir, type ClassResult, type Target } from '../target.ts';
import {
  REPO_ROOT,
  RESPONDER_ARTIFACT,
  VECTORS_DIR,
  VECTOR_FILES,
  loadCaseBytes,
  readBatchCases,
  readGoldenRows,
  readGoldenSets,
  readHashVectors,
  readLoadCases,
  readResponseVectors,
  readTokenizeVectors,
} from '../vectors.ts';
import { vectorPrompts } from './prompts.ts';

const repo = (p: string) => join(REPO_ROOT, p);

/** Runs a vector mode of engram-native; one output line per vector. */
function vectorMode(mode: string, file: string): string[] {
  buildNative();
  return run(NATIVE_BIN, [mode, join(VECTORS_DIR, file)]).split('\n').slice(0, -1);
}

function hashes(): ClassResult {
  const t = new Tally();
  const vs = readHashVectors();
  const got = vectorMode('--hash-vectors', VECTOR_FILES.hashes);
  t.eq('output lines', got.length, vs.length);
  vs.forEach((v, i) => t.eq(`hashes.txt:${v.line} ${v.fn}`, got[i], v.want));
  return t.result();
}

function tokenize(): ClassResult {
  const t = new Tally();
  const vs = readTokenizeVectors();
  const got = vectorMode('--tokenize-vectors', VECTOR_FILES.tokenize);
  t.eq('output lines', got.length, vs.length);
  vs.forEach((v, i) => t.eq(`tokenize.txt:${v.line}`, got[i], [v.want.length, ...v.want].join(' ')));
  return t.result();
}

function golden(): ClassResult {
  buildNative();
  const t = new Tally();
  for (const g of readGoldenSets()) {
    const rows = readGoldenRows(g.expected);
    const got = runNative(repo(g.artifact), repo(g.batch));
    t.eq(`${g.artifact} rows`, got.length, rows.length);
    rows.forEach((r, i) => t.eq(`${g.artifact} item ${r.id}`, { scores: got[i]?.scores, prediction: got[i]?.prediction }, { scores: r.scores, prediction: r.prediction }));
  }
  return t.result();
}

/** Writes each case to a file and runs `bin --check-* file...` once; one code per line. */
function checkCodes(bin: string, flag: string, cases: Uint8Array[]): number[] {
  return withTempDir((dir) => {
    const files = cases.map((b, i) => {
      const f = join(dir, `${i}.bin`);
      writeFileSync(f, b);
      return f;
    });
    const out: number[] = [];
    for (let k = 0; k < files.length; k += 500) out.push(...run(bin, [flag, ...files.slice(k, k + 500)]).trim().split('\n').map(Number));
    return out;
  });
}

function loadErrors(): ClassResult {
  buildNative();
  buildIfevalNative();
  const t = new Tally();
  for (const loader of ['mcq', 'responder'] as const) {
    const cases = readLoadCases().filter((c) => c.loader === loader);
    const got = checkCodes(loader === 'mcq' ? NATIVE_BIN : IFEVAL_BIN, '--check-load', cases.map(loadCaseBytes));
    cases.forEach((c, i) => t.eq(`load-errors.txt:${c.line} ${loader} ${c.name}`, got[i], c.code));
  }
  return t.result();
}

function batchErrors(): ClassResult {
  buildNative();
  const t = new Tally();
  const cases = readBatchCases();
  const got = checkCodes(NATIVE_BIN, '--check-batch', cases.map((c) => c.bytes));
  cases.forEach((c, i) => t.eq(`batch-errors.txt:${c.line} ${c.name}`, got[i], c.code));
  return t.result();
}

function responses(): ClassResult {
  buildIfevalNative();
  const t = new Tally();
  const vectors = readResponseVectors();
  withTempDir((dir) => {
    const batch = join(dir, 'prompts.bin');
    writeFileSync(batch, encodePromptBatch(vectorPrompts(vectors)));
    const got = runIfevalNative(repo(RESPONDER_ARTIFACT), batch);
    t.eq('responses', got.length, vectors.length);
    vectors.forEach((v, i) => t.eq(`${v.prompts}#${v.index}`, got[i] ? bytesToHex(sha256(got[i])) : 'none', v.sha256));
  });
  return t.result();
}

export const nativeTarget: Target = {
  name: 'native',
  what: 'native C runtime on the host (c/build/engram-native, c/build/engram-ifeval)',
  missing: () => (haveTool('make') && haveTool('cc') ? null : 'make or cc not installed'),
  run: { hashes, tokenize, golden, 'load-errors': loadErrors, 'batch-errors': batchErrors, responses },
};
