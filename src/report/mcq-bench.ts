// One multiple-choice benchmark's share of the report, from `<name>.summary.json` and the files it
// points at: our accuracy per split, the baselines, the confusion matrix, per-question-type accuracy
// (the artifact's own question type, from `explain`) and the artifact's bytes by section.
import { InputFileError } from '../io/input-error.ts';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readDataset } from '../skills/mcq/dataset.ts';
import type { McqItem } from '../skills/mcq/item.ts';
import { loadArtifact, type Artifact } from '../skills/mcq/runtime.ts';
import { wilson } from '../eval/stats.ts';
import { baselineRows } from './baselines.ts';
import { extraSystemRows } from './extra-systems.ts';
import { isObj, num, readJsonFile, readJsonlFile, str, type Json } from './json-read.ts';
import type { AccuracyRow, ConfusionCell, QuestionTypeRow, ReportData, SectionBytes, SectionKey } from './types.ts';

export interface BenchInputs {
  summaryPath: string;
  inDir: string;
  dataDir: string | null;
  /** The repository root, where the built-in demo data lives. */
  repoRoot: string;
}

export interface BenchPart {
  artifact: ReportData['artifacts'][number] | null;
  accuracy: AccuracyRow[];
  confusion: ConfusionCell[];
  questionTypes: QuestionTypeRow[];
  sections: SectionBytes[];
  missing: { key: SectionKey; reason: string }[];
}

interface PredRow {
  id: string;
  prediction: number;
  gold: number | null;
}

const letter = (i: number) => String.fromCharCode(65 + i);

/** A path written by another command relative to its working directory, else the same name in `inDir`. */
function locate(written: string | undefined, inDir: string, fallbackName: string): string | null {
  if (written && existsSync(written)) return written;
  const p = join(inDir, written ? basename(written) : fallbackName);
  return existsSync(p) ? p : null;
}

function readPredictions(path: string): PredRow[] {
  return readJsonlFile(path).map((r, i) => {
    if (!isObj(r)) throw new InputFileError(path, undefined, `line ${i + 1}: expected an object`);
    const prediction = num(r.prediction);
    if (prediction === undefined) throw new InputFileError(path, undefined, `line ${i + 1}: "prediction" must be a number`);
    return { id: str(r.id) ?? String(r.id ?? i), prediction, gold: num(r.gold) ?? null };
  });
}

/** The dataset file of a split: a path in the summary if it names one, else the usual places. */
function findSplitData(name: string, split: string, summary: Json, inp: BenchInputs): string | null {
  const s = isObj(summary.splits) ? summary.splits[split] : undefined;
  const candidates = [isObj(s) ? str(s.data) : undefined, inp.dataDir ? join(inp.dataDir, name, `${split}.jsonl`) : undefined, join(inp.repoRoot, 'data', name, `${split}.jsonl`)];
  return candidates.find((p): p is string => p !== undefined && existsSync(p)) ?? null;
}

export function benchPart(inp: BenchInputs): BenchPart {
  const summary = readJsonFile(inp.summaryPath);
  if (!isObj(summary)) throw new InputFileError(inp.summaryPath, undefined, 'expected a JSON object');
  const name = str(summary.name) ?? basename(inp.summaryPath).replace(/\.summary\.json$/, '');
  const part: BenchPart = { artifact: null, accuracy: [], confusion: [], questionTypes: [], sections: [], missing: [] };
  const miss = (key: SectionKey, reason: string) => part.missing.push({ key, reason: `${name}: ${reason}` });

  // The artifact: its sections for the bytes plot, and the runtime for question types.
  const a = isObj(summary.artifact) ? summary.artifact : {};
  const artPath = locate(str(a.path), inp.inDir, `${name}.engram`);
  let artifact: Artifact | null = null;
  if (artPath) {
    artifact = loadArtifact(new Uint8Array(readFileSync(artPath)));
    part.artifact = { name, path: artPath, bytes: artifact.bytes.length, sha256: artifact.sha256 };
    const secs = artifact.sections;
    const header = secs.length ? secs[0].offset : artifact.bytes.length;
    part.sections.push({ artifact: name, tag: 'header + table', offset: 0, bytes: header });
    for (const s of secs) part.sections.push({ artifact: name, tag: s.tag, offset: s.offset, bytes: s.length });
    // Alignment padding between sections (docs/format.md: 16-byte offsets), so the bars add up to the file.
    const used = header + secs.reduce((t, s) => t + s.length, 0);
    if (used < artifact.bytes.length) part.sections.push({ artifact: name, tag: 'alignment padding', offset: null, bytes: artifact.bytes.length - used });
  } else {
    miss('sections', `artifact file not found (${str(a.path) ?? `${name}.engram`})`);
    miss('questionTypes', 'artifact file not found, so question types cannot be computed');
  }

  // Training items, for the position prior.
  const trainPath = findSplitData(name, 'train', summary, inp);
  const train = trainPath ? readDataset(trainPath).items : null;
  if (!train) miss('accuracy', `training split not found (data dir: ${inp.dataDir ?? 'none; pass --data-dir or set ENGRAM_DATA_DIR'}), so no position-prior baseline`);

  const splits = isObj(summary.splits) ? summary.splits : {};
  for (const [split, sv] of Object.entries(splits)) {
    if (!isObj(sv)) continue;
    const correct = num(sv.correct);
    const n = num(sv.labelled) ?? num(sv.n);
    if (correct !== undefined && n !== undefined && n > 0) {
      const [lo, hi] = wilson(correct, n);
      part.accuracy.push({ benchmark: name, split, system: 'Engram (integer artifact)', kind: 'engram', correct, n, accuracy: correct / n, lo, hi });
    }
    const fl = isObj(sv.float) ? sv.float : undefined;
    const fc = num(fl?.correct);
    const fn = num(fl?.n);
    if (fc !== undefined && fn !== undefined && fn > 0) {
      const [lo, hi] = wilson(fc, fn);
      part.accuracy.push({ benchmark: name, split, system: 'Engram float model (before quantization)', kind: 'other', correct: fc, n: fn, accuracy: fc / fn, lo, hi });
    }

    const predPath = locate(str(sv.predictions), inp.inDir, `${name}.${split}.predictions.jsonl`);
    const preds = predPath ? readPredictions(predPath) : null;
    if (preds) addConfusion(part, name, split, preds);
    else miss('confusion', `${split}: predictions file not found`);

    const dataPath = findSplitData(name, split, summary, inp);
    const items = dataPath ? readDataset(dataPath).items : null;
    if (!items) {
      miss('accuracy', `${split}: dataset file not found, so no baselines`);
      miss('questionTypes', `${split}: dataset file not found`);
      continue;
    }
    part.accuracy.push(...baselineRows(name, split, items, train));
    if (artifact && preds) addQuestionTypes(part, name, split, artifact, items, preds);
    else if (artifact) miss('questionTypes', `${split}: predictions file not found`);
  }
  part.accuracy.push(...extraSystemRows(name, summary));
  return part;
}

function addConfusion(part: BenchPart, name: string, split: string, preds: PredRow[]): void {
  const counts = new Map<string, number>();
  let k = 0;
  for (const p of preds) {
    if (p.gold === null) continue;
    const key = `${p.gold},${p.prediction}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    k = Math.max(k, p.gold + 1, p.prediction + 1);
  }
  // Every cell, zeros included, so the matrix is square on the page.
  for (let g = 0; g < k; g++) {
    for (let q = 0; q < k; q++) part.confusion.push({ benchmark: name, split, gold: letter(g), predicted: letter(q), count: counts.get(`${g},${q}`) ?? 0 });
  }
}

function addQuestionTypes(part: BenchPart, name: string, split: string, artifact: Artifact, items: McqItem[], preds: PredRow[]): void {
  const byId = new Map(preds.map((p) => [p.id, p]));
  const tally = new Map<string, { n: number; correct: number }>();
  for (const it of items) {
    const p = byId.get(it.id ?? '');
    if (!p || it.answer === undefined) continue;
    const qt = artifact.explain(it).questionType;
    const t = tally.get(qt) ?? { n: 0, correct: 0 };
    t.n++;
    if (p.prediction === it.answer) t.correct++;
    tally.set(qt, t);
  }
  for (const [questionType, t] of [...tally].sort((x, y) => y[1].n - x[1].n)) {
    const [lo, hi] = wilson(t.correct, t.n);
    part.questionTypes.push({ benchmark: name, split, questionType, n: t.n, correct: t.correct, accuracy: t.correct / t.n, lo, hi });
  }
}

