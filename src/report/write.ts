// `engram report` as a function: collect the numbers, bundle the plotting script, and write the HTML
// page and report.json (each atomically, so a failed run leaves the previous report intact), never
// over one of the files the report was made from.
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeFileAtomic } from '../io/atomic-write.ts';
import { assertOutputsSafe } from '../io/output-guard.ts';
import { bundleBrowserScript, srcPath } from '../io/browser-bundle.ts';
import { collectReport, type CollectOptions } from './collect.ts';
import { renderReportHtml } from './page.ts';
import type { ReportData } from './types.ts';

export interface ReportOptions extends CollectOptions {
  /** The HTML file; report.json goes beside it unless `jsonOut` is given. */
  out: string;
  jsonOut?: string;
}

/**
 * The files the report reads: those collect recorded, the ones named on the command line (even when
 * absent), and the predictions files of the input folder (the fallback collect looks for).
 */
function reportInputs(opts: ReportOptions, data: ReportData): string[] {
  const { summaries, board, ifeval, dir } = data.inputs;
  const predictions = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.predictions.jsonl')) : [];
  return [
    ...summaries,
    ...[board, ifeval, opts.boardPath, opts.ifevalPath].filter((p): p is string => typeof p === 'string'),
    ...data.artifacts.map((a) => a.path),
    ...predictions.map((e) => join(dir, e.name)),
  ];
}

/** The dataset folders of every benchmark in the report (where collect finds its splits), read as a whole. */
function datasetDirs(opts: ReportOptions, data: ReportData): string[] {
  const names = new Set([...data.inputs.summaries.map((s) => basename(s).replace(/\.summary\.json$/, '')), ...data.accuracy.map((r) => r.benchmark)]);
  return [...names].flatMap((n) => [...(opts.dataDir ? [join(opts.dataDir, n)] : []), join(opts.repoRoot, 'data', n)]);
}

export async function writeReport(opts: ReportOptions): Promise<{ data: ReportData; html: string; json: string }> {
  const data = collectReport(opts);
  const json = opts.jsonOut ?? join(dirname(opts.out), 'report.json');
  assertOutputsSafe([json, opts.out], reportInputs(opts, data), datasetDirs(opts, data));
  const script = await bundleBrowserScript(srcPath(import.meta.url, './page-client.ts'));
  const html = renderReportHtml(data, script);
  writeFileAtomic(json, JSON.stringify(data, null, 2) + '\n');
  writeFileAtomic(opts.out, html);
  return { data, html: opts.out, json };
}
