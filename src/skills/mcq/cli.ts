// Multiple-choice commands: build (train + crystallize), predict and eval. The LogiQA job is
// logiqa-cli.ts; `engram demo` (npm start) is src/cli/demo.ts.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { assertUniqueIds, readDataset, validateItem } from './dataset.ts';
import type { McqItem } from './item.ts';
import { loadArtifact, type Artifact } from './runtime.ts';
import { predictAll, summarize } from './eval/evaluate.ts';
import { fmtAcc } from '../../eval/stats.ts';
import { buildArtifact, floatAccuracy } from './train/build.ts';
import { writeFileAtomic } from '../../io/atomic-write.ts';
import { assertOutputsSafe } from '../../io/output-guard.ts';
import { toJsonl } from '../../io/jsonl.ts';
import { floatArg, intArg } from '../../io/args.ts';
import { buildOptionsFrom, type BuildFlags } from './build-options.ts';
import { progress } from '../../io/progress.ts';
import { loadArtifactFile as loadFile } from '../../io/artifact-file.ts';

export function addBuildFlags(cmd: Command): Command {
  return cmd
    .option('--features <list>', 'comma-separated feature families (default: all)')
    .option('--hash-bits <k>', 'hashed table size 2^k (8..20)', intArg('--hash-bits', 8, 20))
    .option('--epochs <n>', 'training epochs', intArg('--epochs', 1, 1000))
    .option('--lr <x>', 'AdaGrad learning rate', floatArg('--lr'))
    .option('--l2 <x>', 'L2 on hashed weights', floatArg('--l2'))
    .option('--l2-dense <x>', 'L2 on dense weights', floatArg('--l2-dense'))
    .option('--seed <n>', 'training seed', intArg('--seed', 0, 0xffffffff));
}

export function loadArtifactFile(path: string): Artifact {
  return loadFile(path, (bytes) => loadArtifact(bytes));
}

function readStdin(): string {
  return readFileSync(0, 'utf8');
}

export function registerMcq(program: Command): void {
  addBuildFlags(
    program
      .command('build')
      .alias('train')
      .description('train on a labelled dataset and crystallize an .engram artifact')
      .requiredOption('--data <file>', 'training data (JSONL or LogiQA text)')
      .requiredOption('--out <file>', 'artifact to write'),
  ).action((flags: BuildFlags & { data: string; out: string }) => {
    const opts = buildOptionsFrom(flags);
    assertOutputsSafe([flags.out], [flags.data]);
    const ds = readDataset(flags.data);
    const bar = progress('training');
    const built = buildArtifact(ds.items, ds.bytes, opts, (d, t) => bar.update(d, t));
    bar.stop();
    writeFileAtomic(flags.out, built.bytes);
    const art = loadArtifact(built.bytes);
    const fl = floatAccuracy(built.model, ds.items, built.lexicon, opts);
    const q = summarize(predictAll(art, ds.items));
    const unlabelled = ds.items.length - q.n;
    process.stdout.write(
      `wrote ${flags.out}: ${built.bytes.length} bytes, sha256 ${art.sha256}\n` +
        `train accuracy float ${fmtAcc(fl.correct, fl.n)}; quantized ${fmtAcc(q.correct, q.n)}` +
        `${unlabelled ? ` (${q.n} scored, ${unlabelled} without an answer: not trained on, not in the accuracy)` : ''}\n`,
    );
  });

  program
    .command('predict')
    .description('score one item (from flags, or JSON on stdin) and explain the decision')
    .argument('<artifact>')
    .option('--context <text>')
    .option('--question <text>')
    .option('--option <text>', 'an option (repeat 2..8 times)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--top <n>', 'features shown per option', intArg('--top', 1, 1000), 5)
    .option('--json', 'print JSON')
    .action((path: string, flags: { context?: string; question?: string; option: string[]; top: number; json?: boolean }) => {
      const art = loadArtifactFile(path);
      let item: McqItem;
      if (flags.context !== undefined || flags.option.length > 0) {
        item = validateItem({ context: flags.context ?? '', question: flags.question ?? '', options: flags.option }, '<flags>', 1, 'flags');
      } else {
        const text = readStdin().trim();
        let obj: unknown;
        try {
          obj = JSON.parse(text);
        } catch (err) {
          throw new Error(`<stdin>:1: invalid JSON (${(err as Error).message})`);
        }
        item = validateItem(obj, '<stdin>', 1, 'stdin');
      }
      const ex = art.explain(item);
      if (flags.json) {
        process.stdout.write(JSON.stringify({ id: item.id, ...ex, options: ex.options.map((o) => ({ ...o, contributions: o.contributions.slice(0, flags.top) })) }, null, 2) + '\n');
        return;
      }
      const lines = [`question type: ${ex.questionType}`];
      if (ex.deductive) {
        const d = ex.deductive;
        lines.push(`deductive module: ${d.rules} rule(s), ${d.consistent ? 'consistent' : 'inconsistent'}; atoms ${d.atoms.map((a) => `{${a.join(' ')}}`).join(' ')}`);
        for (const x of d.sentences) lines.push(`  parsed (${x.kind}): ${x.text}`);
        lines.push(`  verdicts: ${d.verdicts.map((v, i) => `${String.fromCharCode(65 + i)} ${v}`).join(', ')}`);
      }
      for (const o of ex.options) {
        const mark = o.index === ex.prediction ? '→' : ' ';
        lines.push(`${mark} ${String.fromCharCode(65 + o.index)}  score ${String(o.score).padStart(9)}  ${item.options[o.index]}`);
        lines.push(`       context overlap ${o.contextHits}/${o.content}, shared with other options ${o.otherOptionHits}/${o.content}${o.flags.length ? ', flags ' + o.flags.join(' ') : ''}`);
        for (const c of o.contributions.slice(0, flags.top)) lines.push(`       ${(c.value > 0 ? '+' : '') + c.value}`.padEnd(18) + `${c.label}`);
      }
      lines.push(`decision: ${String.fromCharCode(65 + ex.prediction)} (ties go to the lowest index)`);
      process.stdout.write(lines.join('\n') + '\n');
    });

  program
    .command('eval')
    .description('evaluate an artifact on a labelled dataset')
    .argument('<artifact>')
    .requiredOption('--data <file>', 'dataset (JSONL or LogiQA text)')
    .option('--out <file>', 'write per-item predictions (JSONL)')
    .option('--json', 'print one JSON object')
    .action((path: string, flags: { data: string; out?: string; json?: boolean }) => {
      if (flags.out !== undefined) assertOutputsSafe([flags.out], [path, flags.data]);
      const art = loadArtifactFile(path);
      const ds = readDataset(flags.data);
      if (flags.out) assertUniqueIds(ds); // the predictions file is keyed by id (docs/validation.md)
      const bar = progress('evaluating', flags.json);
      const preds = predictAll(art, ds.items, (d) => (d % 50 === 0 || d === ds.items.length) && bar.update(d, ds.items.length));
      bar.stop();
      const s = summarize(preds);
      // Items without an answer are scored (and written with --out) but cannot count in the accuracy.
      const withoutAnswer = preds.length - s.n;
      const apart = withoutAnswer ? ` (${s.n} scored, ${withoutAnswer} without an answer, not in the accuracy)` : '';
      if (flags.out) writeFileAtomic(flags.out, toJsonl(preds));
      if (flags.json) {
        const extra = { without_answer: withoutAnswer, warnings: ds.warnings.length };
        process.stdout.write(JSON.stringify({ artifact: path, sha256: art.sha256, data: flags.data, items: preds.length, ...s, ...extra }) + '\n');
      } else {
        const acc = s.n ? fmtAcc(s.correct, s.n) : 'none: no item has an answer';
        process.stdout.write(`${flags.data}: accuracy ${acc}${apart}${flags.out ? `; predictions in ${flags.out}` : ''}\n`);
      }
    });
}
