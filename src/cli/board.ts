// Board commands: `engram board compile-batch` (items -> compiled probe batch, docs/format.md §5),
// `engram board prove` (run the C runtime on the emulated RV32IMC board and compare every item with
// the TypeScript runtime: a multiple-choice artifact, or a commands artifact, told by its CCFG
// section, over a commands dataset) and `engram board console` (the commands skill behind the
// emulated UART, parse or convert mode; docs/board.md).
import type { Command } from 'commander';
import { readItems } from '../skills/mcq/dataset.ts';
import { compileBatch } from '../board/batch.ts';
import { formatSummary, summaryJson } from '../board/format.ts';
import { proveBoard } from '../board/prove.ts';
import { formatIfevalBoardSummary, proveIfevalBoard } from '../board/ifeval-board.ts';
import { commandsSummaryJson, formatCommandsBoardSummary, isCommandsArtifactFile, proveCommandsBoard } from '../board/commands-board.ts';
import { type ConsoleState, runConsoleCli } from '../board/console.ts';
import { registerPackage } from '../board/package.ts';
import { formatRewriteBoardSummary, proveRewriteBoard, setLines } from '../board/rewrite-board.ts';
import { registerEnforceBoard } from '../board/ifeval-enforce-board.ts';
import { REWRITE_SET } from '../skills/commands/rewrite/set.ts';
import { readPrompts } from '../skills/respond/respond.ts';
import { intArg, positiveArg } from '../io/args.ts';
import { MAX_DECIMALS } from '../skills/commands/normalize/fixed.ts';
import { DEFAULT_REWRITE_DECIMALS } from '../skills/commands/rewrite/rewrite.ts';
import { InvalidArgumentError } from 'commander';
import { requireDataDir } from '../io/data-dir.ts';
import { basename, join } from 'node:path';
import { writeFileAtomic } from '../io/atomic-write.ts';
import { mkdirp } from '../io/mkdirp.ts';
import { assertOutputsSafe } from '../io/output-guard.ts';

/** --to of `board console`: the system convert mode rewrites into. */
function systemArg(v: string): 'metric' | 'imperial' {
  if (v !== 'metric' && v !== 'imperial') throw new InvalidArgumentError('--to must be metric or imperial');
  return v;
}

export function registerBoard(program: Command): void {
  const board = program.command('board').description('the C99 runtime on an emulated RV32IMC microcontroller');

  board
    .command('compile-batch')
    .description('compile items (JSONL or LogiQA text) into a binary probe batch for the board')
    .requiredOption('--data <file>', 'items to compile')
    .requiredOption('--out <file>', 'batch file to write')
    .action((flags: { data: string; out: string }) => {
      assertOutputsSafe([flags.out], [flags.data]);
      const items = readItems(flags.data);
      const bytes = compileBatch(items);
      writeFileAtomic(flags.out, bytes);
      process.stdout.write(`wrote ${flags.out}: ${items.length} items, ${bytes.length} bytes\n`);
    });

  board
    .command('prove')
    .description('build the firmware, run every item on QEMU and compare it with the host runtime (MCQ scores, or commands frames byte for byte)')
    .requiredOption('--artifact <file>', '.engram artifact (multiple choice or commands)')
    .requiredOption('--data <file>', 'items (JSONL or LogiQA text); for a commands artifact, commands data (a Snips folder, Rasa .md, Snips NLU JSON)')
    .option('--out <file>', 'board report to write (default out/board-report.<artifact name>.json)')
    .option('--json', 'print the summary as one JSON object')
    .option('--timeout <seconds>', 'QEMU wall-clock limit', positiveArg('--timeout'), 600)
    .option('--keep <dir>', 'keep the firmware image, batch and raw board output in this directory')
    .action((flags: { artifact: string; data: string; out?: string; json?: boolean; timeout: number; keep?: string }) => {
      // One report per artifact by default, so proving the demo never replaces the LogiQA proof
      // that `engram report` reads (out/board-report.logiqa.json).
      const out = flags.out ?? join('out', `board-report.${basename(flags.artifact).replace(/\.engram$/, '')}.json`);
      const commands = isCommandsArtifactFile(flags.artifact);
      // --keep receives the batch, firmware image and raw board output under these names.
      const keptNames = commands ? ['query-batch.bin', 'engram-commands-fw.elf', 'board-stdout.jsonl'] : ['probe-batch.bin', 'engram-fw.elf', 'board-stdout.json'];
      const kept = flags.keep ? keptNames.map((f) => join(flags.keep!, f)) : [];
      assertOutputsSafe([out, ...kept], [flags.artifact, flags.data]);
      if (flags.keep) mkdirp(flags.keep); // the proof writes into it with plain writes, which need the folder
      if (commands) {
        const r = proveCommandsBoard({ artifact: flags.artifact, data: flags.data, timeoutMs: flags.timeout * 1000, keepDir: flags.keep });
        writeFileAtomic(out, JSON.stringify(r, null, 1) + '\n');
        if (flags.json) process.stdout.write(JSON.stringify(commandsSummaryJson(r)) + '\n');
        else process.stdout.write(formatCommandsBoardSummary(r) + `  report          ${out}\n`);
        if (!r.summary.host_full_match) process.exitCode = 1;
        return;
      }
      const report = proveBoard({ artifact: flags.artifact, data: flags.data, timeoutMs: flags.timeout * 1000, keepDir: flags.keep });
      writeFileAtomic(out, JSON.stringify(report, null, 1) + '\n');
      if (flags.json) process.stdout.write(JSON.stringify(summaryJson(report)) + '\n');
      else process.stdout.write(formatSummary(report) + `  report          ${out}\n`);
      if (!report.summary.host_full_match) process.exitCode = 1;
    });

  board
    .command('console')
    .description('the commands skill on the emulated board behind its UART: each line typed (or piped) is parsed on the device (or, in convert mode, its quantities rewritten in other units), one JSON answer line each; lines :parse, :convert, :metric, :imperial, :decimals N, :mode switch modes')
    .requiredOption('--artifact <file>', 'commands .engram artifact')
    .option('--convert', 'start in convert mode (the unit rewrite of `engram commands convert`) instead of parse mode')
    .option('--to <system>', 'convert mode: metric (US customary and imperial units are rewritten) or imperial', systemArg, 'metric')
    .option('--decimals <n>', `convert mode: decimals of a converted value, 0..${MAX_DECIMALS}`, intArg('--decimals', 0, MAX_DECIMALS), DEFAULT_REWRITE_DECIMALS)
    .action(async (flags: { artifact: string; convert?: boolean; to: 'metric' | 'imperial'; decimals: number }) => {
      const start: ConsoleState = { mode: flags.convert ? 'convert' : 'parse', direction: flags.to === 'imperial' ? 'to-imperial' : 'to-metric', decimals: flags.decimals };
      const code = await runConsoleCli({ artifact: flags.artifact, start, input: process.stdin, output: process.stdout, log: process.stderr });
      process.stdin.destroy(); // stops reading when the session ended before the input did
      process.exitCode = code;
    });

  board
    .command('ifeval')
    .description('run the IFEval responder on the emulated board over a prompt file and compare every response byte for byte with the host')
    .option('--data <file>', 'IFEval-format JSONL (default $ENGRAM_DATA_DIR/ifeval/input_data.jsonl)')
    .option('--limit <n>', 'only the first n prompts', positiveArg('--limit'), Infinity)
    .option('--out <file>', 'summary JSON to write', 'out/board-ifeval.json')
    .option('--json', 'print the summary as one JSON object')
    .option('--timeout <seconds>', 'QEMU wall-clock limit', positiveArg('--timeout'), 600)
    .action((flags: { data?: string; limit: number; out: string; json?: boolean; timeout: number }) => {
      const timeoutMs = flags.timeout * 1000;
      const limit = flags.limit;
      const file = flags.data ?? join(requireDataDir(), 'ifeval', 'input_data.jsonl');
      assertOutputsSafe([flags.out], [file]);
      const { summary } = proveIfevalBoard({ prompts: readPrompts(file).slice(0, limit), timeoutMs });
      writeFileAtomic(flags.out, JSON.stringify(summary, null, 1) + '\n');
      process.stdout.write(flags.json ? JSON.stringify(summary) + '\n' : formatIfevalBoardSummary(summary) + '\n');
      if (summary.identical !== summary.n) process.exitCode = 1;
    });

  board
    .command('convert')
    .description("the board proof of `engram commands convert`: every sentence of a rewrite set rewritten on the emulated RV32IMC board, compared byte for byte with the host, and the host with the set's hand-written expected outputs")
    .option('--data <path>', 'a rewrite set (data/demo-rewrite format)', REWRITE_SET)
    .option('--json', 'print the summary as JSON')
    .action((f: { data: string; json?: boolean }) => {
      const r = proveRewriteBoard(setLines(f.data));
      process.stdout.write(f.json ? JSON.stringify(r.summary) + '\n' : formatRewriteBoardSummary(r));
      if (r.summary.mismatched.length > 0 || r.summary.expected_mismatched.length > 0) process.exitCode = 1;
    });

  registerEnforceBoard(board); // engram board enforce: the IFEval enforcer on the board (src/board/ifeval-enforce-board.ts)
  registerPackage(board); // engram board package: ESP-IDF component + Arduino library (src/board/package.ts)
}
