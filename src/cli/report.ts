// `engram report`: one self-contained HTML page (plots bundled in, works offline) and report.json
// with every number plotted, from the files other commands leave in out/.
import { findDataDir } from '../io/data-dir.ts';
import { PACKAGE_ROOT } from '../io/package-root.ts';
import type { Command } from 'commander';
import { writeReport } from '../report/write.ts';

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('write an offline HTML report with plots of every number in out/, and report.json')
    .option('--out <file>', 'HTML file to write', 'out/report.html')
    .option('--in <dir>', 'folder with summaries, predictions, artifacts, board-report.logiqa.json', 'out')
    .option('--data-dir <dir>', 'benchmark data folder for baselines and question types (default $ENGRAM_DATA_DIR)')
    .option('--ifeval <file>', '`engram ifeval score --json` output (default <in>/ifeval.score.json)')
    .option('--board <file>', 'board report (default <in>/board-report.logiqa.json)')
    .option('--json-out <file>', 'report.json path (default beside the HTML file)')
    .action(async (flags: { out: string; in: string; dataDir?: string; ifeval?: string; board?: string; jsonOut?: string }) => {
      const dataDir = findDataDir(flags.dataDir);
      const r = await writeReport({
        out: flags.out,
        jsonOut: flags.jsonOut,
        inDir: flags.in,
        dataDir: dataDir ?? null,
        ifevalPath: flags.ifeval,
        boardPath: flags.board,
        repoRoot: PACKAGE_ROOT,
      });
      const missing = Object.entries(r.data.missing).map(([k, v]) => `  ${k}: ${v?.join('; ')}`);
      process.stdout.write(`wrote ${r.html} and ${r.json}\n${missing.length ? `sections with missing inputs:\n${missing.join('\n')}\n` : ''}`);
    });
}
