// The published Snips benchmark results (anchors/INTENT/*_metrics.json) turned into the README's table
// at run time: per intent and engine, the rate-weighted mean of per-slot F1 from mean precision and
// recall over the draws (metrics.ts). The files hold bare NaN (Python's json), read as NaN here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommandDataError } from './formats/errors.ts';
import { benchmarkFigure, type SlotPR } from './metrics.ts';

export const ENGINES = ['Snips', 'Luis', 'Wit', 'api.ai', 'Alexa'] as const;
export type Engine = (typeof ENGINES)[number];

interface MetricsFile {
  intents: Record<string, { slots: Record<string, { precision: Record<string, Array<number | null>>; recall: Record<string, Array<number | null>>; rate: number }> }>;
}

/** Parses a metrics file; bare NaN tokens (outside strings) become null, then NaN. */
function readMetrics(file: string): MetricsFile {
  const text = readFileSync(file, 'utf8').replace(/("(?:[^"\\]|\\.)*")|\bNaN\b/g, (m, str: string | undefined) => str ?? 'null');
  try {
    return JSON.parse(text) as MetricsFile;
  } catch (err) {
    throw new CommandDataError('BAD_JSON', file, `not valid JSON: ${(err as Error).message}`);
  }
}

/** The figure of one intent in one metrics file at one training size (the only size when omitted). */
export function anchorFigure(file: string, intent: string, size?: string): number {
  const m = readMetrics(file);
  const slots = m.intents[intent]?.slots;
  if (!slots) throw new CommandDataError('BAD_FORMAT', file, `no intent ${intent}`);
  const sizes = Object.keys(Object.values(slots)[0]?.precision ?? {});
  const sz = size ?? sizes[0];
  const n = Math.max(...Object.values(slots).map((s) => (s.precision[sz] ?? []).length));
  const draws: Array<Record<string, SlotPR>> = [];
  for (let d = 0; d < n; d++) {
    const draw: Record<string, SlotPR> = {};
    for (const [name, s] of Object.entries(slots)) {
      const p = s.precision[sz]?.[d];
      const r = s.recall[sz]?.[d];
      if (p === undefined || r === undefined) continue;
      draw[name] = { precision: p === null ? NaN : p, recall: r === null ? NaN : r, rate: s.rate };
    }
    draws.push(draw);
  }
  return benchmarkFigure(draws).figure;
}

export interface AnchorTable {
  intents: string[];
  /** Snips NLU trained on the full training set. */
  snipsFull: Record<string, number>;
  /** Per training size (10, 20, 50, 70) and engine, per intent. */
  lowData: Record<string, Partial<Record<Engine, Record<string, number>>>>;
}

export const SIZES = ['10', '20', '50', '70'] as const;

/** Reads every anchors/INTENT folder. */
export function readAnchors(dir: string): AnchorTable {
  if (!existsSync(dir)) throw new CommandDataError('READ_FAILED', dir, 'anchors folder not found');
  const intents = readdirSync(dir).sort();
  const table: AnchorTable = { intents, snipsFull: {}, lowData: {} };
  for (const size of SIZES) table.lowData[size] = {};
  for (const intent of intents) {
    table.snipsFull[intent] = anchorFigure(join(dir, intent, 'Snips_metrics_full.json'), intent);
    for (const engine of ENGINES) {
      const f = join(dir, intent, `${engine}_metrics.json`);
      if (!existsSync(f)) continue;
      for (const size of SIZES) {
        const row = (table.lowData[size][engine] ??= {});
        row[intent] = anchorFigure(f, intent, size);
      }
    }
  }
  return table;
}
