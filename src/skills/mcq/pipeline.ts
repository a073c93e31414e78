// The end-to-end job behind `npm start` (demo) and `npm run logiqa`: train -> crystallize -> load ->
// evaluate on every split -> readable summary, predictions JSONL and summary JSON under out/.
import { join } from 'node:path';
import { assertUniqueIds, readDataset } from './dataset.ts';
import { loadArtifact } from './runtime.ts';
import { countsSummary, predictAll, summarize, type EvalSummary } from './eval/evaluate.ts';
import { fmtAcc } from '../../eval/stats.ts';
import { buildArtifact, floatAccuracy, type BuildOptions } from './train/build.ts';
import { writeFileAtomic } from '../../io/atomic-write.ts';
import { assertOutputsSafe } from '../../io/output-guard.ts';
import { toJsonl } from '../../io/jsonl.ts';
import { progress } from '../../io/progress.ts';

export interface PipelineSpec {
  name: string;
  trainPath: string;
  evalSets: { split: string; path: string }[];
  outDir: string;
  options: BuildOptions;
  json?: boolean;
}

export interface PipelineResult {
  name: string;
  artifact: { path: string; bytes: number; sha256: string; sections: { tag: string; offset: number; length: number; crc: string }[] };
  train: { items: number; float: EvalSummary; quantized: EvalSummary };
  splits: Record<string, EvalSummary & { float: { correct: number; n: number }; predictions: string }>;
  elapsed_ms: number;
}

export function runPipeline(spec: PipelineSpec): PipelineResult {
  const t0 = performance.now();
  const artifactPath = join(spec.outDir, `${spec.name}.engram`);
  const predPaths = spec.evalSets.map((s) => join(spec.outDir, `${spec.name}.${s.split}.predictions.jsonl`));
  const summaryPath = join(spec.outDir, `${spec.name}.summary.json`);
  assertOutputsSafe([artifactPath, ...predPaths, summaryPath], [spec.trainPath, ...spec.evalSets.map((s) => s.path)]);
  const train = readDataset(spec.trainPath);
  const evals = spec.evalSets.map((s) => ({ ...s, data: readDataset(s.path) })); // read all inputs before writing anything
  for (const s of evals) assertUniqueIds(s.data); // their predictions files are keyed by id (docs/validation.md)
  const bar = progress(`training ${spec.name}`, spec.json);
  const built = buildArtifact(train.items, train.bytes, spec.options, (d, t) => bar.update(d, t), { dataset: spec.name });
  bar.stop();
  const artifact = loadArtifact(built.bytes);

  const trainPreds = predictAll(artifact, train.items);
  const trainFloat = floatAccuracy(built.model, train.items, built.lexicon, spec.options);
  const splits: PipelineResult['splits'] = {};
  const outputs: [string, string][] = [];
  for (const [k, s] of evals.entries()) {
    const preds = predictAll(artifact, s.data.items);
    const predPath = predPaths[k];
    outputs.push([predPath, toJsonl(preds)]);
    splits[s.split] = { ...summarize(preds), float: floatAccuracy(built.model, s.data.items, built.lexicon, spec.options), predictions: predPath };
  }
  const result: PipelineResult = {
    name: spec.name,
    artifact: {
      path: artifactPath,
      bytes: built.bytes.length,
      sha256: artifact.sha256,
      sections: artifact.sections.map((x) => ({ tag: x.tag, offset: x.offset, length: x.length, crc: x.crc.toString(16).padStart(8, '0') })),
    },
    train: {
      items: train.items.length,
      float: countsSummary(trainFloat.correct, trainFloat.n),
      quantized: summarize(trainPreds),
    },
    splits,
    elapsed_ms: Math.round(performance.now() - t0),
  };
  writeFileAtomic(artifactPath, built.bytes);
  for (const [p, text] of outputs) writeFileAtomic(p, text);
  writeFileAtomic(summaryPath, JSON.stringify(result, null, 2) + '\n');
  return result;
}

export function printPipeline(r: PipelineResult): void {
  const lines: string[] = [];
  lines.push(`Engram — ${r.name}`);
  lines.push(`  artifact   ${r.artifact.path}  ${r.artifact.bytes} bytes  sha256 ${r.artifact.sha256}`);
  lines.push(`  sections   ${r.artifact.sections.map((s) => `${s.tag} ${s.length}B`).join(' · ')}`);
  lines.push(`  train      n=${r.train.items}  float ${fmtAcc(r.train.float.correct, r.train.float.n)}`);
  lines.push(`             quantized ${fmtAcc(r.train.quantized.correct, r.train.quantized.n)}`);
  for (const [split, s] of Object.entries(r.splits)) {
    lines.push(`  ${split.padEnd(10)} accuracy ${fmtAcc(s.correct, s.n)}`);
    lines.push(`  ${''.padEnd(10)} float    ${fmtAcc(s.float.correct, s.float.n)}   predictions: ${s.predictions}`);
  }
  lines.push(`  elapsed    ${(r.elapsed_ms / 1000).toFixed(2)} s`);
  process.stdout.write(lines.join('\n') + '\n');
}
