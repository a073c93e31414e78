// `engram logiqa` (npm run logiqa): the LogiQA expert end to end — selection by cross-validation,
// final fit, one test evaluation — written to out/ as the artifact, predictions, a JSON report and
// a readable table.
import { join } from 'node:path';
import type { Command } from 'commander';
import { readDataset } from './dataset.ts';
import { runLogiqaExpert, type ExpertReport } from './eval/logiqa-expert.ts';
import { writeFileAtomic } from '../../io/atomic-write.ts';
import { assertOutputsSafe } from '../../io/output-guard.ts';
import { toJsonl } from '../../io/jsonl.ts';
import { requireDataDir } from '../../io/data-dir.ts';

const pct = (x: number): string => x.toFixed(4);

export function formatExpertReport(r: ExpertReport): string {
  const L: string[] = [];
  L.push('Engram — LogiQA expert');
  L.push(`  protocol   ${r.protocol}`);
  L.push(`  selected   ${r.chosen}`);
  L.push(`  candidates (dev out-of-fold / all out-of-fold): ${r.selection.map((s) => `${s.name} ${pct(s.cv_dev_oof)} / ${pct(s.cv_accuracy)}`).join('; ')}`);
  L.push(`  artifact   out/logiqa.engram  ${r.artifact_bytes} bytes  sha256 ${r.sha256}`);
  L.push('');
  L.push('  system                                        dev (out-of-fold)          test (n=651)               McNemar p vs longest');
  for (const s of r.systems) {
    const d = s.dev ? `${pct(s.dev.accuracy)} [${s.dev.ci95[0].toFixed(3)}, ${s.dev.ci95[1].toFixed(3)}]` : '—';
    const t = `${pct(s.test.accuracy)} [${s.test.ci95[0].toFixed(3)}, ${s.test.ci95[1].toFixed(3)}]`;
    L.push(`  ${s.system.padEnd(46)}${d.padEnd(27)}${t.padEnd(27)}${s.mcnemar_vs_longest === null ? '—' : s.mcnemar_vs_longest.toFixed(3)}`);
  }
  L.push('');
  L.push(`  float vs quantized (test): ${pct(r.float_vs_quantized.float.accuracy)} vs ${pct(r.float_vs_quantized.quantized.accuracy)}`);
  L.push(`  by question type (test): ${Object.entries(r.by_question_group_test).map(([k, c]) => `${k} ${c.correct}/${c.n}`).join(', ')}`);
  L.push(`  by gold position (test): ${Object.entries(r.by_answer_position_test).sort().map(([k, c]) => `${k} ${c.correct}/${c.n}`).join(', ')}`);
  for (const [split, d] of Object.entries(r.deductive)) {
    L.push(
      `  deductive module (${split}): fires on ${d.active}/${d.items} items (${(100 * d.coverage).toFixed(1)}%); ` +
        `unique entailed option is gold ${d.uniqueEntailed.gold}/${d.uniqueEntailed.items}; ` +
        `unique contradicted option on except-questions is gold ${d.uniqueContradicted.gold}/${d.uniqueContradicted.items}`,
    );
  }
  return L.join('\n') + '\n';
}

export function registerLogiqa(program: Command): void {
  program
    .command('logiqa')
    .description('build the LogiQA expert from $ENGRAM_DATA_DIR/logiqa (selection by CV on train+dev, final fit, test once)')
    .option('--data-dir <dir>', 'benchmark data folder (default $ENGRAM_DATA_DIR)')
    .option('--out-dir <dir>', 'output folder', 'out')
    .option('--json', 'print the report as JSON')
    .action((flags: { dataDir?: string; outDir: string; json?: boolean }) => {
      const dir = join(requireDataDir(flags.dataDir), 'logiqa');
      const outNames = ['logiqa.engram', 'logiqa.test.predictions.jsonl', 'logiqa.report.json', 'logiqa.summary.json', 'logiqa.report.txt'];
      assertOutputsSafe(outNames.map((f) => join(flags.outDir, f)), ['train.jsonl', 'dev.jsonl', 'test.jsonl'].map((f) => join(dir, f)));
      const train = readDataset(join(dir, 'train.jsonl'));
      const dev = readDataset(join(dir, 'dev.jsonl'));
      const test = readDataset(join(dir, 'test.jsonl'));
      const log = flags.json ? () => {} : (m: string) => process.stderr.write(m + '\n');
      log('selecting by 10-fold cross-validation on train ∪ dev ...');
      // The training data hash covers both files of the final fit.
      const fitBytes = new Uint8Array(train.bytes.length + dev.bytes.length);
      fitBytes.set(train.bytes, 0);
      fitBytes.set(dev.bytes, train.bytes.length);
      const r = runLogiqaExpert(train.items, dev.items, test.items, fitBytes, log);
      writeFileAtomic(join(flags.outDir, 'logiqa.engram'), r.built.bytes);
      writeFileAtomic(join(flags.outDir, 'logiqa.test.predictions.jsonl'), toJsonl(r.testPredictions));
      writeFileAtomic(join(flags.outDir, 'logiqa.report.json'), JSON.stringify(r.report, null, 2) + '\n');
      // The shape `engram report` reads for every benchmark (see src/skills/mcq/pipeline.ts), plus the ablations.
      const rep = r.report;
      const ours = rep.systems[0];
      const summary = {
        name: 'logiqa',
        artifact: { path: join(flags.outDir, 'logiqa.engram'), bytes: rep.artifact_bytes, sha256: rep.sha256 },
        splits: {
          test: { ...ours.test, labelled: ours.test.n, float: rep.float_vs_quantized.float, predictions: join(flags.outDir, 'logiqa.test.predictions.jsonl') },
        },
        systems: rep.systems
          .filter((x) => x.kind !== 'baseline')
          .map((x) => ({ name: x.system, splits: { ...(x.dev ? { 'dev (out-of-fold)': x.dev } : {}), test: x.test } })),
      };
      writeFileAtomic(join(flags.outDir, 'logiqa.summary.json'), JSON.stringify(summary, null, 2) + '\n');
      const text = formatExpertReport(r.report);
      writeFileAtomic(join(flags.outDir, 'logiqa.report.txt'), text);
      process.stdout.write(flags.json ? JSON.stringify(r.report) + '\n' : text);
    });
}
