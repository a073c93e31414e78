// `engram snips` (npm run snips): the Snips NLU benchmark 2017 job. Builds out/snips.engram from
// train/, evaluates it on validate/ (the benchmark's test set: never trained, tuned or selected on),
// runs the low-data regime from train_small/, and prints our figures beside the published anchors
// (computed from anchors/ at run time). Writes out/snips.report.json and .txt atomically.
import { join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { readContainer } from '../../artifact/container.ts';
import { writeFileAtomic } from '../../io/atomic-write.ts';
import { progress } from '../../io/progress.ts';
import { readAnchors, SIZES, ENGINES, type AnchorTable } from './anchors.ts';
import { loadCommandsArtifact } from './artifact.ts';
import { crystallize } from './crystallize.ts';
import { readExamples, summarizeWarnings } from './dataset.ts';
import { evaluate, count, type EvalReport } from './evaluate.ts';
import { lowData, type LowDataResult } from './low-data.ts';
import { CommandsRuntime } from './runtime.ts';
import { CommandDataError } from './formats/errors.ts';
import { DEFAULT_BUILD } from './build.ts';
import { declareEntityLists } from './entity-lists.ts';

/** The low-data size the benchmark's headline uses (70 queries per intent). */
const LOW_DATA_HEADLINE = 70;

export interface SnipsOptions {
  dataDir: string;
  outDir: string;
  quiet?: boolean;
  /** Skip the low-data regime (faster). */
  skipLowData?: boolean;
  /** Also the separate run where the dataset declares entity lists built from the training values. */
  declaredLists?: boolean;
}

export function snipsDataDir(explicit?: string): string {
  if (explicit) return resolve(explicit);
  const base = process.env.ENGRAM_DATA_DIR;
  if (!base) throw new CommandDataError('READ_FAILED', '$ENGRAM_DATA_DIR', 'set ENGRAM_DATA_DIR (the folder holding snips/) or pass --data-dir');
  return resolve(base, 'snips');
}

const f3 = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '  -  ' : x.toFixed(3));
const ci = (c: { k: number; n: number; rate: number; ci95: [number, number] }) => `${c.rate.toFixed(3)} [${c.ci95[0].toFixed(3)}, ${c.ci95[1].toFixed(3)}] (${c.k}/${c.n})`;

export function formatSnipsReport(r: SnipsReport): string {
  const L: string[] = [];
  const a = r.anchors;
  L.push(`Snips NLU benchmark 2017, test set validate/ (n=${r.full.eval.n}); engram commands vs the published results (anchors/).`);
  L.push(`Slot figure: per slot F1 from mean precision and recall, weighted by the slot's rate; intent given, as the benchmark ran it.`);
  L.push('');
  L.push(`Full training: ${r.full.trainQueries} queries of train/ -> ${r.full.artifact.path} (${r.full.artifact.bytes} bytes, sha256 ${r.full.artifact.sha256.slice(0, 16)}...)`);
  L.push(`${'intent'.padEnd(22)} ${'engram'.padStart(7)} ${'e2e'.padStart(7)} ${'Snips'.padStart(7)}  ${'intent acc'.padEnd(32)}`);
  for (const intent of a.intents) {
    const ir = r.full.eval.intents[intent];
    L.push(`${intent.padEnd(22)} ${f3(ir?.slotF1).padStart(7)} ${f3(ir?.slotF1EndToEnd).padStart(7)} ${f3(a.snipsFull[intent]).padStart(7)}  ${ir ? ci(ir.intentAccuracy) : ''}`);
  }
  const snipsMean = a.intents.reduce((s, i) => s + a.snipsFull[i], 0) / a.intents.length;
  L.push(`${'mean'.padEnd(22)} ${f3(r.full.eval.meanSlotF1).padStart(7)} ${f3(r.full.eval.meanSlotF1EndToEnd).padStart(7)} ${f3(snipsMean).padStart(7)}`);
  L.push(`intent accuracy ${ci(r.full.eval.intentAccuracy)}   exact frame ${ci(r.full.eval.exactFrame)}   (95% Wilson intervals)`);
  L.push('');
  if (r.lowData.length) {
    L.push(`Low-data regime: n queries per intent from train_small/, 3 seeded draws per size; slot figure on validate/, intent given.`);
    const head = ['intent'.padEnd(22), ...r.lowData.map((x) => `n=${x.size}`.padStart(7)), ...ENGINES.map((e) => `${e} 70`.padStart(10))];
    L.push(head.join(' '));
    const row = (name: string, ours: (x: LowDataResult) => number | undefined, theirs: (e: (typeof ENGINES)[number]) => number | undefined) =>
      [name.padEnd(22), ...r.lowData.map((x) => f3(ours(x)).padStart(7)), ...ENGINES.map((e) => f3(theirs(e)).padStart(10))].join(' ');
    for (const intent of a.intents) L.push(row(intent, (x) => x.figure[intent], (e) => a.lowData['70'][e]?.[intent]));
    const m = (rec: Record<string, number> | undefined) => (rec ? a.intents.reduce((s, i) => s + rec[i], 0) / a.intents.length : undefined);
    L.push(row('mean', (x) => x.mean, (e) => m(a.lowData['70'][e])));
    const pooled = (xs: Array<{ k: number; n: number }>) => count(xs.reduce((s, x) => s + x.k, 0), xs.reduce((s, x) => s + x.n, 0));
    for (const x of r.lowData) L.push(`n=${x.size}: intent accuracy ${ci(pooled(x.intentAccuracy))}, exact frame ${ci(pooled(x.exactFrame))} (3 draws pooled)`);
    L.push('');
  }
  const dl = r.declaredLists;
  if (dl) {
    L.push(`Separate run: entity value lists declared from the training slot values (Snips NLU style; every slot an extensible entity).`);
    L.push(`${'intent'.padEnd(22)} ${'full'.padStart(7)} ${'e2e'.padStart(7)} ${'70'.padStart(7)}`);
    for (const intent of a.intents) L.push(`${intent.padEnd(22)} ${f3(dl.eval.intents[intent]?.slotF1).padStart(7)} ${f3(dl.eval.intents[intent]?.slotF1EndToEnd).padStart(7)} ${f3(dl.low70?.figure[intent]).padStart(7)}`);
    L.push(`${'mean'.padEnd(22)} ${f3(dl.eval.meanSlotF1).padStart(7)} ${f3(dl.eval.meanSlotF1EndToEnd).padStart(7)} ${f3(dl.low70?.mean).padStart(7)}`);
    L.push(`intent accuracy ${ci(dl.eval.intentAccuracy)}   exact frame ${ci(dl.eval.exactFrame)}   artifact ${dl.artifact.bytes} bytes`);
    L.push('');
  }
  L.push('Artifact bytes by section:');
  for (const s of r.full.artifact.sections) L.push(`  ${s.tag} ${String(s.length).padStart(7)}`);
  L.push(`  total ${String(r.full.artifact.bytes).padStart(6)}`);
  if (r.warnings.length) L.push('', ...r.warnings);
  return L.join('\n') + '\n';
}

export interface SnipsReport {
  dataDir: string;
  protocol: string;
  build: typeof DEFAULT_BUILD;
  full: {
    trainQueries: number;
    artifact: { path: string; bytes: number; sha256: string; sections: Array<{ tag: string; length: number }> };
    eval: EvalReport;
  };
  lowData: LowDataResult[];
  /** The separate run with entity value lists declared from the training slot values (Snips NLU style). */
  declaredLists?: { artifact: { bytes: number; sections: Array<{ tag: string; length: number }> }; eval: EvalReport; low70?: LowDataResult };
  anchors: AnchorTable;
  /** Input warnings, summarized: a count per kind and the first few with file:line. */
  warnings: string[];
}

export const PROTOCOL =
  'Nothing is trained, tuned or selected on validate/. Build options were chosen on a seeded (seed 7) 85/15 split of train/ ' +
  '(and, for the low-data regime, on 70-per-intent draws from that 85% scored on the 15%); validate/ is read only to report.';

export function runSnips(o: SnipsOptions): SnipsReport {
  const dir = o.dataDir;
  for (const sub of ['train', 'validate', 'train_small', 'anchors']) {
    if (!existsSync(join(dir, sub))) throw new CommandDataError('READ_FAILED', join(dir, sub), `not found (ENGRAM_DATA_DIR should hold snips/${sub})`);
  }
  const anchors = readAnchors(join(dir, 'anchors'));
  const artifactPath = join(o.outDir, 'snips.engram');
  const built = crystallize([join(dir, 'train')], DEFAULT_BUILD, o.quiet);
  writeFileAtomic(artifactPath, built.bytes);
  const test = readExamples([join(dir, 'validate')]);
  const rt = new CommandsRuntime(loadCommandsArtifact(built.bytes));
  const fullEval = evaluate(rt, test.examples);
  const low: LowDataResult[] = [];
  if (!o.skipLowData) {
    const pool = readExamples([join(dir, 'train_small')]);
    const bar = progress('low-data regime', o.quiet);
    let done = 0;
    for (const size of SIZES) {
      low.push(lowData(pool, test.examples, Number(size), DEFAULT_BUILD, () => bar.update(++done, SIZES.length * 3)));
    }
    bar.stop();
  }
  let declaredLists: SnipsReport['declaredLists'];
  if (o.declaredLists) {
    const lb = crystallize([join(dir, 'train')], DEFAULT_BUILD, o.quiet, declareEntityLists);
    writeFileAtomic(join(o.outDir, 'snips-lists.engram'), lb.bytes);
    const lrt = new CommandsRuntime(loadCommandsArtifact(lb.bytes));
    const pool = o.skipLowData ? undefined : readExamples([join(dir, 'train_small')]);
    declaredLists = {
      artifact: { bytes: lb.bytes.length, sections: readContainer(lb.bytes).map((s) => ({ tag: s.tag, length: s.length })) },
      eval: evaluate(lrt, test.examples),
      low70: pool && lowData(pool, test.examples, LOW_DATA_HEADLINE, DEFAULT_BUILD, undefined, declareEntityLists),
    };
  }
  const report: SnipsReport = {
    dataDir: dir,
    protocol: PROTOCOL,
    build: DEFAULT_BUILD,
    full: {
      trainQueries: built.trainQueries,
      artifact: { path: artifactPath, bytes: built.bytes.length, sha256: bytesToHex(sha256(built.bytes)), sections: readContainer(built.bytes).map((s) => ({ tag: s.tag, length: s.length })) },
      eval: fullEval,
    },
    lowData: low,
    declaredLists,
    anchors,
    warnings: summarizeWarnings([...built.warnings, ...test.warnings]),
  };
  const txt = formatSnipsReport(report);
  writeFileAtomic(join(o.outDir, 'snips.report.json'), JSON.stringify(report, (_k, v: unknown) => (typeof v === 'number' && Number.isNaN(v) ? null : v), 2) + '\n');
  writeFileAtomic(join(o.outDir, 'snips.report.txt'), txt);
  return report;
}
