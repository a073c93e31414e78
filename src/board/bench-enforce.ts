// `npm run bench`: the IFEval enforcer in TypeScript and in C over the same rows, timed in the same run
// (a board-layer module: it builds and runs the native CLI, which the skills layer may not import).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withTempDir } from '../io/temp-dir.ts';
import { readResponses } from '../skills/ifeval/io.ts';
import type { CheckContext } from '../skills/ifeval/types.ts';
import { buildResponderArtifact } from '../skills/respond/artifact.ts';
import { enforceOne } from '../skills/respond/enforce/enforce.ts';
import { IfevalResponder, readPrompts } from '../skills/respond/respond.ts';
import { buildEnforceNative, encodeEnforceBatch, nativeIfevalEnv, runEnforceNative } from './ifeval-enforce-native.ts';

/**
 * The enforcer in TypeScript and in C over the same rows, timed in the same run: TS prompts/s (best of 3
 * passes over every row, one core) and C prompts/s (best of 3 runs of the native CLI over a batch of every
 * row, wall clock, process start and loading Punkt and the langdetect profiles included). The C outputs are
 * not compared here (ifeval-enforce-native.test.ts does that).
 */
export function benchEnforceTsC(inputPath: string, draftsPath: string, ctx: CheckContext): { rows: number; ts_prompts_per_s: number; c_prompts_per_s: number; ratio_c_over_ts: number } {
  const drafts = readResponses(draftsPath);
  const rows = readPrompts(inputPath).map((p) => ({ prompt: p, draft: drafts.get(p) ?? '' }));
  const env = nativeIfevalEnv(['input_data.jsonl']);
  if (env.skip) throw new Error(`enforce bench needs the native enforcer: ${env.skip}`);
  const bin = buildEnforceNative('plain');
  return withTempDir('engram-enforce-bench-', (dir) => {
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
  });
}
