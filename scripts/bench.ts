// `npm run bench`: speed and size figures, each beside a baseline measured in the same run
// (these machines are noisy, so ratios are what to compare across runs).
//   - TS runtime items/s on the demo set and on LogiQA test (when $ENGRAM_DATA_DIR is set)
//   - baseline: UTF-8 encoding + tokenization alone (the floor any scorer pays)
//   - artifact bytes per section
//   - native C runtime items/s and fuzz executions, when the board tooling provides them
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { CANDIDATES, candidateOptions } from '../src/skills/mcq/eval/logiqa-expert.ts';
import { join } from 'node:path';
import { readDataset } from '../src/skills/mcq/dataset.ts';
import { encodeItem, type McqItem } from '../src/skills/mcq/item.ts';
import type { EncodedItem } from '../src/skills/mcq/features.ts';
import { loadArtifact, type Artifact } from '../src/skills/mcq/runtime.ts';
import { tokenizeField } from '../src/text/tokenize.ts';
import { LIMITS } from '../src/text/limits.ts';
import { buildArtifact, DEFAULT_BUILD_OPTIONS } from '../src/skills/mcq/train/build.ts';

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
    // The shipped expert when `npm run logiqa` has made it; otherwise the same configuration fit on train.
    const shipped = join(root, 'out', 'logiqa.engram');
    if (existsSync(shipped)) logiqaArt = loadArtifact(new Uint8Array(readFileSync(shipped)));
    else {
      const tr = readDataset(join(dataDir, 'logiqa/train.jsonl'));
      const cand = CANDIDATES.find((c) => c.name === 'dense+logic, dev×1')!;
      logiqaArt = loadArtifact(buildArtifact(tr.items, tr.bytes, candidateOptions(cand)).bytes);
    }
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

  if (dataDir) {
    const { benchRespond } = await import('../src/skills/respond/bench.ts');
    const r = benchRespond(join(dataDir, 'ifeval/input_data.jsonl'));
    console.log('\n== IFEval responder (prompts/s; baseline = read + JSON-parse only, same run)');
    console.table([{ ...r, ratio_vs_baseline: +(r.prompts_per_s / r.baseline_prompts_per_s).toFixed(4) }]);
  }

  const { benchCommands } = await import('../src/skills/commands/bench.ts');
  console.log('\n== Structured commands (queries/s: intent + slots + values; baseline = tokenize only, same run)');
  console.table(benchCommands(timeLoop, root, dataDir));

  if (logiqaArt && logiqaPath) {
    // Native C runtime and fuzzers: needs cc/clang/make (installed by .ci/run).
    const { benchNative } = await import('../src/board/bench-native.ts');
    const artPath = join(root, 'out', 'bench-logiqa.engram');
    mkdirSync(join(root, 'out'), { recursive: true });
    writeFileSync(artPath, logiqaArt.bytes);
    const native = await benchNative(artPath, logiqaPath);
    console.log('\n== Native C runtime vs TypeScript runtime (same artifact, same items, same run)');
    console.table([{ c_items_per_s: native.items_per_s, ts_items_per_s: native.ts_items_per_s, ratio_c_over_ts: +(native.items_per_s / native.ts_items_per_s).toFixed(3) }]);
    console.log('\n== Fuzzing (executions per target; zero crashes expected)');
    console.table(native.fuzz);
  }
}

await main();
