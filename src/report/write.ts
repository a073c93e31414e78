// `engram report` as a function: collect the numbers, bundle the plotting script, and write the HTML
// page and report.json (each atomically, so a failed run leaves the previous report intact).
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../cli/io.ts';
import { bundleBrowserScript, srcPath } from '../explorer/bundle.ts';
import { collectReport, type CollectOptions } from './collect.ts';
import { renderReportHtml } from './page.ts';
import type { ReportData } from './types.ts';

export interface ReportOptions extends CollectOptions {
  /** The HTML file; report.json goes beside it unless `jsonOut` is given. */
  out: string;
  jsonOut?: string;
}

export async function writeReport(opts: ReportOptions): Promise<{ data: ReportData; html: string; json: string }> {
  const data = collectReport(opts);
  const script = await bundleBrowserScript(srcPath(import.meta.url, './page-client.ts'));
  const html = renderReportHtml(data, script);
  const json = opts.jsonOut ?? join(dirname(opts.out), 'report.json');
  writeFileAtomic(json, JSON.stringify(data, null, 2) + '\n');
  writeFileAtomic(opts.out, html);
  return { data, html: opts.out, json };
}
