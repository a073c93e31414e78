// `engram demo` (npm start): every skill on the built-in demo data, no network and no benchmark
// data needed. The multiple-choice skill trains on data/demo and is scored on its test split; the
// commands skill builds the demo home assistant from data/demo-commands and is scored on its test
// split. Each writes its artifact, predictions and summary JSON under --out-dir.
import { join } from 'node:path';
import type { Command } from 'commander';
import { PACKAGE_ROOT } from '../io/package-root.ts';
import { addBuildFlags } from '../skills/mcq/cli.ts';
import { buildOptionsFrom, type BuildFlags } from '../skills/mcq/build-options.ts';
import { printPipeline, runPipeline } from '../skills/mcq/pipeline.ts';
import { runCommandsDemo } from '../skills/commands/demo.ts';

export function registerDemo(program: Command): void {
  const demo = program
    .command('demo')
    .description('every skill on the built-in demo data: train, crystallize, evaluate, write out/')
    .option('--out-dir <dir>', 'output folder', 'out')
    .option('--json', 'print the summaries as one JSON object {mcq, commands}');
  addBuildFlags(demo).action((flags: BuildFlags & { outDir: string; json?: boolean }) => {
    const mcq = runPipeline({
      name: 'demo',
      trainPath: join(PACKAGE_ROOT, 'data/demo/train.jsonl'),
      evalSets: [{ split: 'test', path: join(PACKAGE_ROOT, 'data/demo/test.jsonl') }],
      outDir: flags.outDir,
      options: buildOptionsFrom(flags),
      json: flags.json,
    });
    if (!flags.json) {
      printPipeline(mcq);
      process.stdout.write('\n');
    }
    const commands = runCommandsDemo({ outDir: flags.outDir, quiet: flags.json });
    if (flags.json) process.stdout.write(JSON.stringify({ mcq, commands }) + '\n');
  });
}
