// `npm run bench` figure for the commands skill: TS runtime queries/s (intent, tags, values) on the
// demo test set and on Snips validate/ (when $ENGRAM_DATA_DIR is set), each beside a tokenize-only
// baseline measured in the same run (the floor any parser pays), with the artifact's size.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCommandsArtifact } from './artifact.ts';
import { DEFAULT_BUILD } from './build.ts';
import { crystallize } from './crystallize.ts';
import { readExamples } from './dataset.ts';
import { DEMO_DATA_DIR } from './demo.ts';
import { CommandsRuntime } from './runtime.ts';
import { tokenize } from './tokenize.ts';

/** The caller's timer (scripts/bench.ts timeLoop): calls/s of `fn` times `perCall`, warmed up. */
export type PerSecond = (fn: () => void, perCall: number) => number;

export interface CommandsBenchRow {
  set: string;
  queries: number;
  artifact_bytes: number;
  ts_queries_per_s: number;
  baseline_tokenize_only_per_s: number;
  ratio_parse_vs_tokenize: number;
}

function row(perSecond: PerSecond, set: string, bytes: Uint8Array, texts: string[]): CommandsBenchRow {
  const rt = new CommandsRuntime(loadCommandsArtifact(bytes));
  const parse = perSecond(() => {
    for (const t of texts) rt.parse(t);
  }, texts.length);
  const tok = perSecond(() => {
    for (const t of texts) tokenize(t);
  }, texts.length);
  return { set, queries: texts.length, artifact_bytes: bytes.length, ts_queries_per_s: Math.round(parse), baseline_tokenize_only_per_s: Math.round(tok), ratio_parse_vs_tokenize: +(parse / tok).toFixed(4) };
}

/** Rows for the demo set and, with `dataDir`, Snips validate/ (the shipped out/snips.engram when it loads). */
export function benchCommands(perSecond: PerSecond, root: string, dataDir?: string): CommandsBenchRow[] {
  const demo = crystallize([join(DEMO_DATA_DIR, 'train.md'), join(DEMO_DATA_DIR, 'schema.json')], DEFAULT_BUILD, true);
  const rows = [row(perSecond, 'demo-commands/test', demo.bytes, readExamples([join(DEMO_DATA_DIR, 'test.md')]).examples.map((e) => e.text))];
  if (dataDir && existsSync(join(dataDir, 'snips', 'validate'))) {
    const shipped = join(root, 'out', 'snips.engram');
    let bytes: Uint8Array | undefined = existsSync(shipped) ? new Uint8Array(readFileSync(shipped)) : undefined;
    try {
      if (bytes) loadCommandsArtifact(bytes);
    } catch {
      bytes = undefined; // made by an older build (another commands_version): build afresh
    }
    bytes ??= crystallize([join(dataDir, 'snips', 'train')], DEFAULT_BUILD, true).bytes;
    rows.push(row(perSecond, 'snips/validate', bytes, readExamples([join(dataDir, 'snips', 'validate')]).examples.map((e) => e.text)));
  }
  return rows;
}
