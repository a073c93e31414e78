// `npm run bench`: the IFEval enforcer in TypeScript and in C over the same rows, timed in the same run
// (a board-layer module: it builds and runs the native CLI, which the skills layer may not import).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readResponses } from '../skills/ifeval/io.ts';
import type { CheckContext } from '../skills/ifeval/types.ts';
import { buildResponderArtifact } from '../skills/respond/artifact.ts';
import { enforceOne } from '../skills/respond/enforce/enforce.ts';
import { IfevalResponder } from '../skills/respond/respond.ts';
import { buildEnforceNative, encodeEnforceBatch, nativeIfevalEnv, runEnforceNative } from './ifeval-enforce-native.ts';

/**
 * The enforcer in TypeScript and in C over the same rows, timed in the same run: TS prompts/s (best of 3
 * passes over every row, one core) and C prompts/s (best of 3 runs of the native CLI over a batch of every
 * row, wall clock, process start and loading Punkt and the langdetect profiles included). The C outputs are
 * not compared here (ifeval-enforce-native.test.ts does that).
 */
export function benchEnforceTsC(inputPath: string, draftsPath: string, ctx: CheckContext): { rows: number; ts_prompts_per_s: number; c_prompts_per_s: number; ratio_c_over_ts: number } {
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
