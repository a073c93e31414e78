// Gathers everything the report shows from an output folder (summaries, predictions, artifacts,
// board report, IFEval scores) into one ReportData. A missing or unusable input never fails the
// report: its section records why, and the page says so.
import { InputFileError } from '../io/input-error.ts';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ArtifactError } from '../artifact/errors.ts';
import { wilson } from '../eval/stats.ts';
import { parityFrom } from './board.ts';
import { ifevalFrom } from './ifeval.ts';
import { readJsonFile } from './json-read.ts';
import { benchPart } from './mcq-bench.ts';
import { COMMANDS_DEMO_SUMMARY, commandsFrom } from './commands.ts';
import { PUBLISHED } from './published.ts';
import type { ReportData, SectionKey } from './types.ts';

export interface CollectOptions {
  inDir: string;
  dataDir: string | null;
  /** `engram ifeval score --json` output; default `<inDir>/ifeval.score.json` when present. */
  ifevalPath?: string;
  /** Default `<inDir>/board-report.logiqa.json` (`engram board prove` on out/logiqa.engram) when present. */
  boardPath?: string;
  repoRoot: string;
}

/** Errors that mean "this input is unusable", which the page reports; anything else is a bug and propagates. */
function isInputProblem(err: unknown): err is Error {
  return err instanceof InputFileError || err instanceof InputFileError || err instanceof ArtifactError;
}

export function collectReport(opts: CollectOptions): ReportData {
  const inDir = resolve(opts.inDir);
  const data: ReportData = {
    report_version: 1,
    inputs: { dir: inDir, dataDir: opts.dataDir, summaries: [], board: null, ifeval: null },
    artifacts: [],
    accuracy: [],
    confusion: [],
    questionTypes: [],
    sections: [],
    parity: null,
    ifeval: null,
    commands: null,
    missing: {},
  };
  const miss = (key: SectionKey, reason: string) => (data.missing[key] ??= []).push(reason);

  const summaries = existsSync(inDir) ? readdirSync(inDir).filter((f) => f.endsWith('.summary.json') && f !== COMMANDS_DEMO_SUMMARY).sort() : [];
  if (summaries.length === 0) {
    for (const k of ['accuracy', 'confusion', 'questionTypes', 'sections'] as const) miss(k, `no <name>.summary.json in ${inDir} (run \`npm start\` or \`npm run logiqa\`)`);
  }
  for (const f of summaries) {
    const path = join(inDir, f);
    data.inputs.summaries.push(path);
    try {
      const part = benchPart({ summaryPath: path, inDir, dataDir: opts.dataDir, repoRoot: opts.repoRoot });
      if (part.artifact) data.artifacts.push(part.artifact);
      data.accuracy.push(...part.accuracy);
      data.confusion.push(...part.confusion);
      data.questionTypes.push(...part.questionTypes);
      data.sections.push(...part.sections);
      for (const m of part.missing) miss(m.key, m.reason);
    } catch (err) {
      if (!isInputProblem(err)) throw err;
      for (const k of ['accuracy', 'confusion', 'questionTypes', 'sections'] as const) miss(k, `${f} unusable: ${err.message}`);
    }
  }

  const boardPath = opts.boardPath ?? join(inDir, 'board-report.logiqa.json');
  if (existsSync(boardPath)) {
    data.inputs.board = boardPath;
    try {
      data.parity = parityFrom(boardPath, readJsonFile(boardPath));
      if (data.parity.items.every((i) => i.instret === null)) miss('instret', `${boardPath} has no per-item instret`);
      if (data.parity.points.length === 0) miss('parity', `${boardPath} has no per-item host and board scores; only its summary is shown`);
    } catch (err) {
      if (!isInputProblem(err)) throw err;
      miss('parity', err.message);
      miss('instret', err.message);
    }
  } else {
    const why = `no board report at ${boardPath} (run \`engram board prove\`)`;
    miss('parity', why);
    miss('instret', why);
  }

  const ifevalPath = opts.ifevalPath ?? join(inDir, 'ifeval.score.json');
  if (existsSync(ifevalPath)) {
    data.inputs.ifeval = ifevalPath;
    try {
      data.ifeval = ifevalFrom(ifevalPath, readJsonFile(ifevalPath));
      addIfevalAccuracy(data);
    } catch (err) {
      if (!isInputProblem(err)) throw err;
      miss('ifeval', err.message);
    }
  } else {
    miss('ifeval', `no IFEval scores at ${ifevalPath} (run \`engram ifeval score --json > ${ifevalPath}\` or pass --ifeval FILE)`);
  }

  // Structured commands: the Snips job's report and the demo assistant's summary (not MCQ summaries).
  try {
    const c = commandsFrom(inDir);
    data.commands = c.data;
    for (const why of c.missing) miss('commands', why);
  } catch (err) {
    if (!isInputProblem(err)) throw err;
    miss('commands', err.message);
  }

  data.accuracy.push(...PUBLISHED);
  return data;
}

function addIfevalAccuracy(data: ReportData): void {
  const f = data.ifeval;
  if (!f) return;
  for (const [split, v] of [['prompt strict', f.promptStrict], ['prompt loose', f.promptLoose]] as const) {
    if (v === null) continue;
    const n = f.prompts ?? undefined;
    const correct = n !== undefined ? Math.round(v * n) : undefined;
    const [lo, hi] = n !== undefined && correct !== undefined ? wilson(correct, n) : [undefined, undefined];
    data.accuracy.push({ benchmark: 'ifeval', split, system: `responses scored here: ${f.system}`, kind: 'other', accuracy: v, correct, n, lo, hi });
  }
}
