// `npm run bench`: speed and size figures, each beside a baseline measured in the same run
// (these machines are noisy, so ratios are what to compare across runs).
//   - TS runtime items/s on the demo set and on LogiQA test (when $ENGRAM_DATA_DIR is set)
//   - baseline: UTF-8 encoding + tokenization alone (the floor any scorer pays)
//   - artifact bytes per section
//   - native C runtime items/s and fuzz executions, when the board tooling provides them
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readDataset } from '../src/mcq/dataset.ts';
import { encodeItem, type McqItem } from '../src/mcq/item.ts';
import type { EncodedItem } from '../src/mcq/features.ts';
import { loadArtifact, type Artifact } from '../src/runtime/artifact.ts';
import { tokenizeField } from '../src/text/tokenize.ts';
import { LIMITS } from '../src/text/limits.ts';
import { buildArtifact, DEFAULT_BUILD_OPTIONS } from '../src/train/build.ts';

const MIN_MS = 1500;

function timeLoop(fn: () => void, perCall: number): number {
  for (let i = 0; i < 3; i++) fn(); // warm up the JIT
  let calls = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < MIN_MS) {
    fn();
    calls++;
    t = performance.now();
  }
  return (calls * perCall) / ((t - t0) / 1000);
}

function tokenizeOnly(items: EncodedItem[]): void {
  const hashes = new Uint32Array(LIMITS.MAX_CONTEXT_TOKENS);
  for (const it of items) {
    tokenizeField(it.context, LIMITS.MAX_CONTEXT_BYTES, LIMITS.MAX_CONTEXT_TOKENS, { hashes });
    tokenizeField(it.question, LIMITS.MAX_QUESTION_BYTES, LIMITS.MAX_QUESTION_TOKENS, { hashes });
    for (const o of it.options) tokenizeField(o, LIMITS.MAX_OPTION_BYTES, LIMITS.MAX_OPTION_TOKENS, { hashes });
  }
}

function benchSet(name: string, art: Artifact, items: McqItem[]): Record<string, number | string> {
  const enc = items.map(encodeItem);
  const out = new Int32Array(8);
  const score = timeLoop(() => {
    for (const it of enc) art.scoreEncoded(it, out);
  }, enc.length);
  const withEncode = timeLoop(() => {
    for (const it of items) art.scoreEncoded(encodeItem(it), out);
  }, items.length);
  const tok = timeLoop(() => tokenizeOnly(enc), enc.length);
  return {
    set: name,
    items: items.length,
    ts_items_per_s: Math.round(score),
    ts_items_per_s_incl_utf8: Math.round(withEncode),
    baseline_tokenize_only_items_per_s: Math.round(tok),
    ratio_score_vs_tokenize: +(score / tok).toFixed(3),
  };
}

async function main(): Promise<void> {
  const root = new URL('..', import.meta.url).pathname;
  const rows: Record<string, number | string>[] = [];
  const demoTrain = readDataset(join(root, 'data/demo/train.jsonl'));
  const demoArt = loadArtifact(buildArtifact(demoTrain.items, demoTrain.bytes, DEFAULT_BUILD_OPTIONS).bytes);
  rows.push(benchSet('demo/test', demoArt, readDataset(join(root, 'data/demo/test.jsonl')).items));
  const dataDir = process.env.ENGRAM_DATA_DIR ?? (existsSync('../shared/data') ? '../shared/data' : undefined);
  let logiqaArt: Artifact | undefined;
  let logiqaPath: string | undefined;
  if (dataDir) {
    const tr = readDataset(join(dataDir, 'logiqa/train.jsonl'));
    logiqaArt = loadArtifact(buildArtifact(tr.items, tr.bytes, DEFAULT_BUILD_OPTIONS).bytes);
    logiqaPath = join(dataDir, 'logiqa/test.jsonl');
    rows.push(benchSet('logiqa/test', logiqaArt, readDataset(logiqaPath).items));
  } else {
    process.stderr.write('bench: ENGRAM_DATA_DIR not set; skipping LogiQA\n');
  }
  console.log('\n== TypeScript runtime (items/s; ratio vs tokenize-only baseline in the same run)');
  console.table(rows);
  const sizes = (logiqaArt ?? demoArt).sections.map((s) => ({ section: s.tag, bytes: s.length }));
  console.log(`\n== Artifact bytes (${logiqaArt ? 'logiqa' : 'demo'}): total ${(logiqaArt ?? demoArt).bytes.length}`);
  console.table(sizes);

  const nativeModule = join(root, 'src/board/bench-native.ts');
  if (existsSync(nativeModule) && logiqaArt && logiqaPath) {
    const { benchNative } = (await import(nativeModule)) as { benchNative: (artifact: Uint8Array, dataPath: string) => Promise<Record<string, number>> };
    const native = await benchNative(logiqaArt.bytes, logiqaPath);
    const ts = rows.find((r) => r.set === 'logiqa/test')!.ts_items_per_s as number;
    console.log('\n== Native C runtime vs TypeScript runtime (same artifact, same items, same run)');
    console.table([{ ...native, ts_items_per_s: ts, ratio_c_over_ts: +(native.native_items_per_s / ts).toFixed(3) }]);
  }
}

await main();
