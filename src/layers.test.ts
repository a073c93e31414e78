// The architecture as a test: data flows one way through the layers below, so no module imports
// one from a higher layer, and skills do not import each other (the responder reads prompt files
// with the verifier's reader; that one pair is allowed). The public entries (runtime/index.ts,
// train/index.ts) sit on top of the skills by design, and the repair gate's C replay uses the
// board's native tooling: both exceptions are listed here by file, so a new one is a decision.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = dirname(fileURLToPath(import.meta.url));

/** Lower number = lower layer. A module may import its own layer or a lower one. */
const RANK: Record<string, number> = {
  text: 0,
  artifact: 0,
  io: 0,
  train: 1,
  eval: 1,
  skills: 2,
  runtime: 3,
  board: 3,
  conformance: 4,
  report: 4,
  explorer: 4,
  cli: 5,
};

const ALLOWED = new Set([
  'train/index.ts -> skills/mcq', // the public trainer entry re-exports the MCQ trainer
  'runtime/index.ts -> skills/mcq', // the public runtime entry re-exports the MCQ runtime
  'runtime/index.ts -> skills/commands', // ... and the commands runtime
  'skills/mcq/repair/replay.ts -> board', // gate 4 replays repairs in the native C build
  'skills/respond -> skills/ifeval', // the responder reads IFEval prompt files with the verifier's reader
]);

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sourceFiles(p, out);
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !/^test-(support|data|fixture)\.ts$/.test(name)) out.push(p);
  }
  return out;
}

/** `skills/<name>` for a skill, else the top folder. */
function unit(rel: string): string {
  const parts = rel.split('/');
  return parts[0] === 'skills' ? `skills/${parts[1]}` : parts[0];
}

test('no import runs back up the layers, and skills do not import each other', () => {
  const bad: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const from = relative(SRC, file);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      const to = relative(SRC, normalize(join(dirname(file), m[1])));
      if (to.startsWith('..')) continue; // outside src/ (package.json, data): not a module layer
      const [a, b] = [unit(from), unit(to)];
      if (a === b) continue;
      const upward = RANK[b.split('/')[0]] > RANK[a.split('/')[0]];
      const crossSkill = a.startsWith('skills/') && b.startsWith('skills/');
      if (!upward && !crossSkill) continue;
      if (ALLOWED.has(`${from} -> ${b}`) || ALLOWED.has(`${a} -> ${b}`)) continue;
      bad.push(`${from} -> ${to}`);
    }
  }
  for (const top of readdirSync(SRC)) {
    if (statSync(join(SRC, top)).isDirectory()) assert.ok(top in RANK, `src/${top} has no layer in this test: give it one`);
  }
  assert.deepEqual(bad, []);
});
