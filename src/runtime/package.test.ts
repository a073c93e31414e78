// The published entry points work in plain Node (no TypeScript loader): `engram` is the runtime
// alone, `engram/train` the trainer. `npm test` builds dist/ first (npm run build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GOLDEN_DIR } from './golden.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

test('import { loadArtifact } from "engram" scores the golden item in plain Node', () => {
  assert.ok(existsSync(`${ROOT}/dist/runtime/index.js`), 'dist/ is missing: run `npm run build`');
  const script = `
    import { loadArtifact, ArtifactError } from 'engram';
    import { readFileSync } from 'node:fs';
    const art = loadArtifact(new Uint8Array(readFileSync(${JSON.stringify(`${GOLDEN_DIR}/tiny.engram`)})));
    const item = JSON.parse(readFileSync(${JSON.stringify(`${GOLDEN_DIR}/tiny.items.jsonl`)}, 'utf8').split('\\n')[0]);
    let code = null;
    try { loadArtifact(new Uint8Array(8)); } catch (e) { code = e instanceof ArtifactError ? e.code : String(e); }
    console.log(JSON.stringify({ ...art.score(item), code }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const expected = JSON.parse(spawnSync('head', ['-1', `${GOLDEN_DIR}/tiny.expected.jsonl`], { encoding: 'utf8' }).stdout);
  assert.deepEqual(JSON.parse(r.stdout), { scores: expected.scores, prediction: expected.prediction, code: 'TRUNCATED' });
});

test('the runtime bundle carries no trainer code: dist/runtime never imports dist/train', () => {
  const r = spawnSync('grep', ['-rl', 'train/', `${ROOT}/dist/runtime`, `${ROOT}/dist/artifact`, `${ROOT}/dist/mcq`, `${ROOT}/dist/text`], { encoding: 'utf8' });
  assert.equal(r.stdout.trim(), '', `runtime files import the trainer: ${r.stdout}`);
});
