// Responder speed: prompts per second over an IFEval JSONL file, beside a baseline measured in
// the same run (reading the file and JSON-parsing the prompts, nothing else); enforcer speed in
// TypeScript and in C (the native CLI over the same rows, timed in the same run).
import { readFileSync } from 'node:fs';
import { IfevalResponder } from './respond.ts';
import { readResponses } from '../ifeval/io.ts';
import type { CheckContext } from '../ifeval/types.ts';
import { enforceOne } from './enforce/enforce.ts';

function rate(fn: () => number, minMs: number): number {
  fn(); // warm up
  let items = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < minMs) {
    items += fn();
    t = performance.now();
  }
  return items / ((t - t0) / 1000);
}

export function benchRespond(inputPath: string, minMs = 1500): { prompts_per_s: number; baseline_prompts_per_s: number } {
  const parse = () =>
    readFileSync(inputPath, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { prompt: string }).prompt);
  const responder = IfevalResponder.builtIn();
  const baseline = rate(() => parse().length, minMs);
  const full = rate(() => {
    const prompts = parse();
    for (const p of prompts) responder.respond(p);
    return prompts.length;
  }, minMs);
  return { prompts_per_s: Math.round(full), baseline_prompts_per_s: Math.round(baseline) };
}

/**
 * Enforcer speed: prompts per second enforcing the drafts of a responses file on an IFEval JSONL
 * file (detect, edit, verify with the project's verifier, retention), one core.
 */
export function benchEnforce(inputPath: string, draftsPath: string, ctx: CheckContext, minMs = 1500): { prompts_per_s: number } {
  const prompts = readFileSync(inputPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { prompt: string }).prompt);
  const drafts = readResponses(draftsPath);
  const responder = IfevalResponder.builtIn();
  const full = rate(() => {
    for (const p of prompts) enforceOne(responder, ctx, p, drafts.get(p) ?? '');
    return prompts.length;
  }, minMs);
  return { prompts_per_s: Math.round(full) };
}

/**
 * The enforcer in TypeScript and in C over the same rows, timed in the same run: TS prompts/s (best of 3
 * passes over every row, one core) and C prompts/s (best of 3 runs of the native CLI over a batch of every
 * row, wall clock, process start and loading Punkt and the langdetect profiles included). The C outputs are
 * not compared here (ifeval-enforce-native.test.ts does that).
 */
export async function benchEnforceTsC(inputPath: string, draftsPath: string, ctx: CheckContext): Promise<{ rows: number; ts_prompts_per_s: number; c_prompts_per_s: number; ratio_c_over_ts: number }> {
  const { writeFileSync, mkdtempSync, rmSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const { buildResponderArtifact } = await import('./artifact.ts');
  const { buildEnforceNative, encodeEnforceBatch, nativeIfevalEnv, runEnforceNative } = await import('../../board/ifeval-enforce-native.ts');
  const prompts = readFileSync(inputPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { prompt: string }).prompt);
  const drafts = readResponses(draftsPath);
  const rows = prompts.map((p) => ({ prompt: p, draft: drafts.get(p) ?? '' }));
  const env = nativeIfevalEnv(['input_data.jsonl']);
  if (env.skip) throw new Error(`enforce bench needs the native enforcer: ${env.skip}`);
  const bin = buildEnforceNative('plain');
  const dir = mkdtempSync(join(tmpdir(), 'engram-enforce-bench-'));
  try {
    const art = join(dir, 'r.engram');
    const batch = join(dir, 'rows.bin');
    writeFileSync(art, buildResponderArtifact());
    writeFileSync(batch, encodeEnforceBatch(rows));
    const responder = IfevalResponder.builtIn();
    let ts = 0;
    let c = 0;
    for (let round = 0; round < 3; round++) {
      let t0 = performance.now();
      for (const r of rows) enforceOne(responder, ctx, r.prompt, r.draft);
      ts = Math.max(ts, rows.length / ((performance.now() - t0) / 1000));
      t0 = performance.now();
      runEnforceNative(bin, art, batch, rows.length, env.punktDir, env.profiles);
      c = Math.max(c, rows.length / ((performance.now() - t0) / 1000));
    }
    return { rows: rows.length, ts_prompts_per_s: Math.round(ts), c_prompts_per_s: Math.round(c), ratio_c_over_ts: +(c / ts).toFixed(3) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
