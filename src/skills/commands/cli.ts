// The commands skill's CLI: `engram commands build|parse|eval|convert` and `engram snips` (the benchmark job).
import type { Command } from 'commander';
import { assertOutputsSafe } from '../../io/output-guard.ts';
import { writeFileAtomic } from '../../io/atomic-write.ts';
import { loadCommandsArtifact } from './artifact.ts';
import { DEFAULT_BUILD } from './build.ts';
import { crystallize } from './crystallize.ts';
import { readExamples, summarizeWarnings } from './dataset.ts';
import { evaluate, REFUSAL_CLASSES, type EvalReport } from './evaluate.ts';
import { explain, formatExplanation } from './explain.ts';
import { CommandsRuntime } from './runtime.ts';
import { formatSnipsReport, runSnips, snipsDataDir } from './snips.ts';
import { loadArtifactFile } from '../../io/artifact-file.ts';
import { registerConvert } from './rewrite/cli.ts';

function loadRuntime(path: string): CommandsRuntime {
  return loadArtifactFile(path, (bytes) => new CommandsRuntime(loadCommandsArtifact(bytes)));
}

const int = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`expected a non-negative integer, got "${v}"`);
  return n;
};

export function formatEval(r: EvalReport): string {
  const p = (c: EvalReport['intentAccuracy']) => `${c.rate.toFixed(4)} [${c.ci95[0].toFixed(4)}, ${c.ci95[1].toFixed(4)}] (${c.k}/${c.n})`;
  const L = [`queries ${r.n}`, `intent accuracy ${p(r.intentAccuracy)}`, `exact frame     ${p(r.exactFrame)}`];
  if (r.refusal.shouldRefuse || r.refusal.wronglyRefused) {
    L.push(`refusals: ${r.refusal.refused}/${r.refusal.shouldRefuse} refused, ${r.refusal.wronglyRefused} in-scope queries refused`);
    for (const c of REFUSAL_CLASSES) L.push(`  ${c.padEnd(13)} precision ${p(r.refusalByClass[c].precision)}  recall ${p(r.refusalByClass[c].recall)}`);
  }
  if (r.valueAccuracy.n) L.push(`values          ${p(r.valueAccuracy)}`);
  L.push('', `${'slot'.padEnd(26)} precision recall    F1   (tp/pred/gold)`);
  for (const [s, v] of Object.entries(r.slots)) L.push(`${s.padEnd(26)} ${v.precision.toFixed(3).padStart(9)} ${v.recall.toFixed(3).padStart(6)} ${v.f1.toFixed(3).padStart(6)}   (${v.tp}/${v.pred}/${v.gold})`);
  L.push('', `${'intent'.padEnd(26)} slot figure (intent given)  end to end  intent acc`);
  for (const [i, v] of Object.entries(r.intents)) L.push(`${i.padEnd(26)} ${v.slotF1.toFixed(3).padStart(12)} ${v.slotF1EndToEnd.toFixed(3).padStart(19)}  ${p(v.intentAccuracy)}`);
  L.push(`${'mean'.padEnd(26)} ${r.meanSlotF1.toFixed(3).padStart(12)} ${r.meanSlotF1EndToEnd.toFixed(3).padStart(19)}`);
  return L.join('\n') + '\n';
}

export function registerCommandsSkill(program: Command): void {
  const cmd = program.command('commands').description('structured commands: a query -> intent, slots, normalized values, or a refusal');
  cmd
    .command('build')
    .description('crystallize annotated queries into an .engram artifact')
    .requiredOption('--data <path...>', 'dataset files or folders')
    .requiredOption('--out <file>', 'artifact to write')
    .option('--seed <n>', 'training seed', int, DEFAULT_BUILD.seed)
    .option('--epochs <n>', 'tagger epochs', int, DEFAULT_BUILD.epochs)
    .option('--quiet', 'no progress bar')
    .action((f: { data: string[]; out: string; seed: number; epochs: number; quiet?: boolean }) => {
      assertOutputsSafe([f.out], f.data);
      const built = crystallize(f.data, { ...DEFAULT_BUILD, seed: f.seed, epochs: f.epochs }, f.quiet);
      for (const line of summarizeWarnings(built.warnings)) process.stderr.write(line + '\n');
      writeFileAtomic(f.out, built.bytes);
      process.stdout.write(`wrote ${f.out}: ${built.bytes.length} bytes from ${built.trainQueries} queries\n`);
    });
  cmd
    .command('parse')
    .description('parse one query with an artifact; prints the frame as JSON')
    .argument('<artifact>', '.engram file')
    .argument('<text>', 'the query')
    .option('--explain', 'show the features and transitions that decided it')
    .option('--json', 'with --explain: the explanation as JSON')
    .action((path: string, text: string, f: { explain?: boolean; json?: boolean }) => {
      const rt = loadRuntime(path);
      const d = rt.decide(text);
      if (!f.explain) {
        process.stdout.write(JSON.stringify(d.frame) + '\n');
        return;
      }
      const e = explain(rt.model, d);
      process.stdout.write(f.json ? JSON.stringify({ ...d.frame, explanation: e }, null, 2) + '\n' : JSON.stringify(d.frame) + '\n' + formatExplanation(e) + '\n');
    });
  cmd
    .command('eval')
    .description('intent accuracy, exact frame, per-slot P/R/F1 and per-intent benchmark figure on annotated queries')
    .argument('<artifact>', '.engram file')
    .requiredOption('--data <path...>', 'annotated test files or folders')
    .option('--json', 'print the report as JSON')
    .action((path: string, f: { data: string[]; json?: boolean }) => {
      const rt = loadRuntime(path);
      const ds = readExamples(f.data);
      for (const line of summarizeWarnings(ds.warnings)) process.stderr.write(line + '\n');
      const r = evaluate(rt, ds.examples);
      process.stdout.write(f.json ? JSON.stringify(r, (_k, v: unknown) => (typeof v === 'number' && Number.isNaN(v) ? null : v), 2) + '\n' : formatEval(r));
    });
  registerConvert(cmd); // engram commands convert: the unit-conversion rewrite (rewrite/cli.ts)
  program
    .command('snips')
    .description('Snips NLU benchmark 2017: build from train/, evaluate on validate/, low-data regime, table beside the anchors')
    .option('--data-dir <dir>', 'the snips/ folder (default $ENGRAM_DATA_DIR/snips)')
    .option('--out-dir <dir>', 'where snips.engram and the reports go', 'out')
    .option('--skip-low-data', 'only the full-training figures')
    .option('--declared-lists', 'also the separate run with entity value lists declared from the training slot values')
    .option('--quiet', 'no progress bars')
    .action((f: { dataDir?: string; outDir: string; skipLowData?: boolean; declaredLists?: boolean; quiet?: boolean }) => {
      const r = runSnips({ dataDir: snipsDataDir(f.dataDir), outDir: f.outDir, skipLowData: f.skipLowData, declaredLists: f.declaredLists, quiet: f.quiet });
      process.stdout.write(formatSnipsReport(r));
    });
}
