// Regenerates the committed golden files in test/golden/ (run deliberately, after a spec change):
//   node --import tsx scripts/make-golden.ts
// tiny.engram is built from tiny.train.jsonl with fixed options; tiny.expected.jsonl holds the
// TypeScript runtime's integer scores for tiny.items.jsonl. Both runtimes must reproduce them.
import { readFileSync, writeFileSync } from 'node:fs';
import { readDataset } from '../src/mcq/dataset.ts';
import { loadArtifact } from '../src/runtime/artifact.ts';
import { buildArtifact } from '../src/train/build.ts';
import { GOLDEN_OPTIONS, GOLDEN_DIR } from '../src/runtime/golden.ts';

const train = readDataset(`${GOLDEN_DIR}/tiny.train.jsonl`);
const built = buildArtifact(train.items, train.bytes, GOLDEN_OPTIONS, undefined, { dataset: 'golden-tiny' });
writeFileSync(`${GOLDEN_DIR}/tiny.engram`, built.bytes);
const art = loadArtifact(new Uint8Array(readFileSync(`${GOLDEN_DIR}/tiny.engram`)));
const items = readDataset(`${GOLDEN_DIR}/tiny.items.jsonl`).items;
const rows = items.map((it) => ({ id: it.id, ...art.score(it) }));
writeFileSync(`${GOLDEN_DIR}/tiny.expected.jsonl`, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
writeFileSync(`${GOLDEN_DIR}/tiny.sha256`, art.sha256 + '\n');
console.log(`golden: ${built.bytes.length} bytes, sha256 ${art.sha256}, ${rows.length} items`);
