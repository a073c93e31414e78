// The IFEval enforcer on the emulated board (src/board/ifeval-enforce-board.ts), on a fixed subset for CI
// time: the official GPT-4 drafts of rows 0, 9, 18, ... (60 rows) and data/ifeval-unseen-2 dev rows 0, 7,
// 14, ... (20 rows). Every row the board answers must be byte-identical to the TypeScript enforcer (and
// give the same fallback); the rest are counted by reason, with exact counts. Skipped only when the
// cross toolchain, QEMU or the IFEval data are missing (CI installs them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { findDataDir } from '../io/data-dir.ts';
import { createContext } from '../skills/ifeval/context.ts';
import { buildResponderArtifact } from '../skills/respond/artifact.ts';
import { IfevalResponder } from '../skills/respond/respond.ts';
import { nativeIfevalEnv } from './ifeval-enforce-native.ts';
import { type EnforceBoardInput, proveEnforceBoard, readEnforceBoardInputs } from './ifeval-enforce-board.ts';
import { boardToolchainMissing } from './toolchain.ts';

const env = nativeIfevalEnv(['input_data.jsonl', 'responses_gpt4_20231107.jsonl']);
const skip = boardToolchainMissing() ?? (env.skip && !env.skip.startsWith('Python langdetect') ? env.skip : false);
const repo = new URL('../../', import.meta.url).pathname;

// Measured on this subset with the built-in responder artifact (update both when the detector changes; responder_version 8:
// official 3455 now reads a capital-word count, which needs no langdetect, so the board verifies it).
const IDENTICAL = 64;
const EXCLUDED = { IFV_NO_LANGDETECT: 14, IFR_TOO_LARGE: 1, IFV_TOO_LARGE: 1, IFR_ENFORCE_NOT_PORTED: 0 };

function subset(): EnforceBoardInput[] {
  const ifeval = join(findDataDir()!, 'ifeval');
  const gpt4 = readEnforceBoardInputs(join(ifeval, 'input_data.jsonl'), join(ifeval, 'responses_gpt4_20231107.jsonl')).filter((_, i) => i % 9 === 0).slice(0, 60);
  const dev2 = readEnforceBoardInputs(join(repo, 'data/ifeval-unseen-2/dev.jsonl'), join(repo, 'data/ifeval-unseen-2/dev.drafts.jsonl')).filter((_, i) => i % 7 === 0).slice(0, 20);
  return [...gpt4, ...dev2];
}

test('IFEval enforcer on the board: 80 rows byte-identical to the TypeScript enforcer or refused by reason', { skip, timeout: 1_800_000 }, () => {
  const artifactBytes = buildResponderArtifact();
  const inputs = subset();
  assert.equal(inputs.length, 80);
  const r = proveEnforceBoard({ artifactBytes, responder: IfevalResponder.fromBytes(artifactBytes), ctx: createContext({ punktDir: env.punktDir }), punktDir: env.punktDir, inputs });
  const s = r.summary;
  console.log(JSON.stringify(s));
  assert.deepEqual(s.mismatched, []);
  assert.equal(s.mismatches, 0);
  assert.equal(s.identical, IDENTICAL);
  assert.deepEqual(s.excluded, EXCLUDED);
  assert.equal(s.identical + Object.values(s.excluded).reduce((a, b) => a + b, 0), 80);
  assert.ok(s.edited > 0, 'no row was edited on the board, so the comparison proves little');
  assert.ok(s.ram_bytes <= s.ram_region_bytes, `RAM ${s.ram_bytes} B over the ${s.ram_region_bytes} B region`);
});
