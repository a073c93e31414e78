// The commands demo: build the demo home assistant from data/demo-commands (train.md + schema.json),
// evaluate it on test.md (written for this project; never used for any choice), write the artifact
// and a summary JSON under outDir, and print a short summary in the style of the MCQ demo
// (src/cli/pipeline.ts printPipeline). Called by `npm start`; runCommandsDemo is the whole API.
import { join } from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { readContainer } from '../../artifact/container.ts';
import { fmtAcc } from '../../eval/stats.ts';
import { writeFileAtomic } from '../../io/atomic-write.ts';
import { assertOutputsSafe } from '../../io/output-guard.ts';
import { loadCommandsArtifact } from './artifact.ts';
import { DEFAULT_BUILD } from './build.ts';
import { crystallize } from './crystallize.ts';
import { readExamples, summarizeWarnings } from './dataset.ts';
import { evaluate, REFUSAL_CLASSES, type Count, type EvalReport } from './evaluate.ts';
import { CommandsRuntime } from './runtime.ts';

/** The demo data folder of the repository. */
export const DEMO_DATA_DIR = new URL('../../../data/demo-commands/', import.meta.url).pathname;
export const DEMO_NAME = 'commands-demo';

export interface CommandsDemoOptions {
  /** Where the artifact and the summary JSON go (e.g. "out"). */
  outDir: string;
  /** The demo data folder (train.md, test.md, schema.json); default data/demo-commands. */
  dataDir?: string;
  /** No progress bar and no printed summary (for JSON callers and tests). */
  quiet?: boolean;
}

export interface CommandsDemoResult {
  name: string;
  artifact: { path: string; bytes: number; sha256: string; sections: Array<{ tag: string; length: number }> };
  train: { queries: number; intents: number; refusing: string[] };
  test: {
    n: number;
    intentAccuracy: Count;
    exactFrame: Count;
    /** Micro-averaged slot F1 over every slot, end to end (predicted intent). */
    slotF1: number;
    valueAccuracy: Count;
    refusal: EvalReport['refusalByClass'];
  };
  summary: string;
  warnings: string[];
  elapsed_ms: number;
}

function microF1(r: EvalReport): number {
  let tp = 0;
  let pred = 0;
  let gold = 0;
  for (const s of Object.values(r.slots)) {
    tp += s.tp;
    pred += s.pred;
    gold += s.gold;
  }
  return tp === 0 ? 0 : (2 * tp) / (pred + gold);
}

const acc = (c: Count) => fmtAcc(c.k, c.n);

/** The printed summary lines (also in the result), MCQ-demo style. */
export function formatCommandsDemo(r: Omit<CommandsDemoResult, 'summary'>): string {
  const L: string[] = [];
  L.push(`Engram — ${r.name} (structured commands)`);
  L.push(`  artifact   ${r.artifact.path}  ${r.artifact.bytes} bytes  sha256 ${r.artifact.sha256}`);
  L.push(`  sections   ${r.artifact.sections.map((s) => `${s.tag} ${s.length}B`).join(' · ')}`);
  L.push(`  train      n=${r.train.queries} queries, ${r.train.intents} intents (refused: ${r.train.refusing.join(', ')})`);
  L.push(`  test       n=${r.test.n}  intent accuracy ${acc(r.test.intentAccuracy)}`);
  L.push(`             exact frame     ${acc(r.test.exactFrame)}`);
  L.push(`             slot F1 ${r.test.slotF1.toFixed(4)} (micro, end to end)   values ${acc(r.test.valueAccuracy)}`);
  for (const c of REFUSAL_CLASSES) {
    const x = r.test.refusal[c];
    L.push(`  refuse     ${c.padEnd(12)} precision ${acc(x.precision)}   recall ${acc(x.recall)}`);
  }
  L.push(`  elapsed    ${(r.elapsed_ms / 1000).toFixed(2)} s`);
  return L.join('\n') + '\n';
}

/** Builds, evaluates, writes `${outDir}/commands-demo.engram` and `.summary.json`; prints unless quiet. */
export function runCommandsDemo(opts: CommandsDemoOptions): CommandsDemoResult {
  const t0 = performance.now();
  const dir = opts.dataDir ?? DEMO_DATA_DIR;
  const trainPaths = [join(dir, 'train.md'), join(dir, 'schema.json')];
  const testPath = join(dir, 'test.md');
  const artifactPath = join(opts.outDir, `${DEMO_NAME}.engram`);
  const summaryPath = join(opts.outDir, `${DEMO_NAME}.summary.json`);
  assertOutputsSafe([artifactPath, summaryPath], [...trainPaths, testPath]);
  const test = readExamples([testPath]); // read every input before writing anything
  const built = crystallize(trainPaths, DEFAULT_BUILD, opts.quiet);
  const rt = new CommandsRuntime(loadCommandsArtifact(built.bytes));
  const r = evaluate(rt, test.examples);
  const base: Omit<CommandsDemoResult, 'summary'> = {
    name: DEMO_NAME,
    artifact: {
      path: artifactPath,
      bytes: built.bytes.length,
      sha256: bytesToHex(sha256(built.bytes)),
      sections: readContainer(built.bytes).map((s) => ({ tag: s.tag, length: s.length })),
    },
    train: { queries: built.trainQueries, intents: rt.model.intents.length, refusing: rt.model.intents.filter((i) => i.refuse).map((i) => i.name) },
    test: { n: r.n, intentAccuracy: r.intentAccuracy, exactFrame: r.exactFrame, slotF1: microF1(r), valueAccuracy: r.valueAccuracy, refusal: r.refusalByClass },
    warnings: summarizeWarnings([...built.warnings, ...test.warnings]),
    elapsed_ms: Math.round(performance.now() - t0),
  };
  const result: CommandsDemoResult = { ...base, summary: formatCommandsDemo(base) };
  writeFileAtomic(artifactPath, built.bytes);
  writeFileAtomic(summaryPath, JSON.stringify(result, null, 2) + '\n');
  if (!opts.quiet) {
    for (const w of result.warnings) process.stderr.write(w + '\n');
    process.stdout.write(result.summary);
  }
  return result;
}
