// Regenerates the committed golden files in test/golden/ (run deliberately, after a spec change):
//   node --import tsx scripts/make-golden.ts
// tiny.engram is built from tiny.train.jsonl with fixed options; tiny.expected.jsonl holds the
// TypeScript runtime's integer scores for tiny.items.jsonl. Both runtimes must reproduce them.
import { readFileSync, writeFileSync } from 'node:fs';
import { readDataset } from '../src/skills/mcq/dataset.ts';
import { loadArtifact } from '../src/skills/mcq/runtime.ts';
import { buildArtifact } from '../src/skills/mcq/train/build.ts';
import { GOLDEN_OPTIONS, GOLDEN_DIR, GOLDEN_REPAIRS } from '../src/skills/mcq/golden.ts';
import { withRepairs } from '../src/skills/mcq/repair/patch.ts';

const train = readDataset(`${GOLDEN_DIR}/tiny.train.jsonl`);
const built = buildArtifact(train.items, train.bytes, GOLDEN_OPTIONS, undefined, { dataset: 'golden-tiny' });
writeFileSync(`${GOLDEN_DIR}/tiny.engram`, built.bytes);
const art = loadArtifact(new Uint8Array(readFileSync(`${GOLDEN_DIR}/tiny.engram`)));
const items = readDataset(`${GOLDEN_DIR}/tiny.items.jsonl`).items;
const rows = items.map((it) => ({ id: it.id, ...art.score(it) }));
writeFileSync(`${GOLDEN_DIR}/tiny.expected.jsonl`, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
writeFileSync(`${GOLDEN_DIR}/tiny.sha256`, art.sha256 + '\n');
console.log(`golden: ${built.bytes.length} bytes, sha256 ${art.sha256}, ${rows.length} items`);

// A second golden artifact with repairs (docs/format.md §2.10): each condition kind is exercised.
const repaired = withRepairs(built.bytes, GOLDEN_REPAIRS);
writeFileSync(`${GOLDEN_DIR}/tiny-repaired.engram`, repaired);
const rart = loadArtifact(repaired);
const rrows = items.map((it) => {
  const r = rart.score(it);
  return { id: it.id, ...r, fired: rart.lastFired };
});
writeFileSync(`${GOLDEN_DIR}/tiny-repaired.expected.jsonl`, rrows.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log(`golden (repaired): ${repaired.length} bytes, fired on ${rrows.filter((r) => r.fired.length).length} items`);
