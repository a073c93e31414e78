// The published entry points work in plain Node (no TypeScript loader): `engram` is the runtime
// alone, `engram/train` the trainer. `npm test` builds dist/ first (npm run build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GOLDEN_DIR } from '../skills/mcq/golden.ts';

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

/** Every compiled module the runtime entry reaches through static and dynamic imports. */
function reachable(entry: string): string[] {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
      if (m[1].startsWith('.')) todo.push(resolve(dirname(file), m[1]));
      else seen.add(m[1]); // a package or node: builtin, recorded by name
    }
  }
  return [...seen];
}

test('the runtime entry (MCQ and commands runtimes) reaches no trainer code and no Node built-in (browser-safe)', () => {
  const mods = reachable(join(ROOT, 'dist', 'runtime', 'index.js'));
  for (const rt of ['/skills/mcq/runtime.js', '/skills/commands/runtime.js']) {
    assert.ok(mods.some((m) => m.endsWith(rt)), `the walk did not reach ${rt}: ${mods.join(', ')}`);
  }
  const bad = mods.filter((m) => /\/train\//.test(m) || m.startsWith('node:') || m === 'fs' || m === 'path');
  assert.deepEqual(bad, [], 'runtime modules that pull in the trainer or Node built-ins');
});
