// The structured-commands share of the report, from two files other commands write:
// out/snips.report.json (`npm run snips`: per-intent slot F1, intent accuracy and exact frame on Snips
// validate/, the low-data regime and the published anchors) and out/commands-demo.summary.json (the
// demo assistant: intent accuracy, exact frame, refusal precision/recall). Read defensively: either
// file may be absent or older; what is missing is reported, never guessed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { wilson } from '../eval/stats.ts';
import { isObj, num, readJsonFile, type Json } from './json-read.ts';
import type { CommandsData, CommandsRate, CommandsSlotRow } from './types.ts';

export const SNIPS_REPORT = 'snips.report.json';
export const COMMANDS_DEMO_SUMMARY = 'commands-demo.summary.json';
/** The low-data size the benchmark's headline uses. */
const LOW_SIZE = 70;
export const ENGRAM_SYSTEM = 'Engram';
export const SNIPS_SYSTEM = 'Snips';

/** {k, n} -> a rate with its 95% Wilson interval. */
function rateOf(group: string, metric: string, x: unknown): CommandsRate | null {
  if (!isObj(x)) return null;
  const k = num(x.k);
  const n = num(x.n);
  if (k === undefined || n === undefined || n === 0) return null;
  const [lo, hi] = wilson(k, n);
  return { group, metric, k, n, rate: k / n, lo, hi };
}

/** Several draws pooled: the sums of k and n. */
function pooled(xs: unknown): { k: number; n: number } | null {
  if (!Array.isArray(xs) || xs.length === 0) return null;
  let k = 0;
  let n = 0;
  for (const x of xs) {
    if (!isObj(x) || num(x.k) === undefined || num(x.n) === undefined) return null;
    k += x.k as number;
    n += x.n as number;
  }
  return { k, n };
}

function perIntent(rows: CommandsSlotRow[], regime: CommandsSlotRow['regime'], system: string, kind: CommandsSlotRow['kind'], m: unknown, intents: string[]): void {
  if (!isObj(m)) return;
  for (const intent of intents) {
    const v = m[intent];
    const f1 = isObj(v) ? num(v.slotF1) : num(v);
    if (f1 !== undefined) rows.push({ intent, regime, system, kind, f1 });
  }
}

/** The Snips part: slot F1 rows and the rate rows. Returns why it is partial, if it is. */
function fromSnips(d: Json, out: CommandsData, miss: (why: string) => void): void {
  const anchors = isObj(d.anchors) ? d.anchors : {};
  const intents = Array.isArray(anchors.intents) ? anchors.intents.map(String) : [];
  const full = isObj(d.full) && isObj(d.full.eval) ? d.full.eval : null;
  if (!full) miss(`${SNIPS_REPORT} has no full.eval`);
  const names = intents.length ? intents : Object.keys(isObj(full?.intents) ? full.intents : {});
  perIntent(out.slots, 'full', ENGRAM_SYSTEM, 'engram', full?.intents, names);
  perIntent(out.slots, 'full', SNIPS_SYSTEM, 'published', anchors.snipsFull, names);
  const low = Array.isArray(d.lowData) ? d.lowData.find((x) => isObj(x) && x.size === LOW_SIZE) : undefined;
  if (isObj(low)) {
    perIntent(out.slots, '70', ENGRAM_SYSTEM, 'engram', low.figure, names);
    const lp = pooled(low.intentAccuracy);
    const fp = pooled(low.exactFrame);
    const g = `Snips, ${LOW_SIZE} per intent (3 draws pooled)`;
    for (const r of [rateOf(g, 'intent accuracy', lp), rateOf(g, 'exact frame', fp)]) if (r) out.rates.push(r);
  } else miss(`${SNIPS_REPORT} has no low-data run of ${LOW_SIZE} per intent (run without --no-low-data)`);
  const engines = isObj(anchors.lowData) && isObj(anchors.lowData[String(LOW_SIZE)]) ? (anchors.lowData[String(LOW_SIZE)] as Json) : {};
  for (const [engine, m] of Object.entries(engines)) perIntent(out.slots, '70', engine, 'published', m, names);
  if (full) for (const [metric, key] of [['intent accuracy', 'intentAccuracy'], ['exact frame', 'exactFrame']] as const) {
    const r = rateOf('Snips validate', metric, full[key]);
    if (r) out.rates.push(r);
  }
}

function fromDemo(d: Json, out: CommandsData, miss: (why: string) => void): void {
  const t = isObj(d.test) ? d.test : null;
  if (!t) return miss(`${COMMANDS_DEMO_SUMMARY} has no test figures`);
  for (const [metric, key] of [['intent accuracy', 'intentAccuracy'], ['exact frame', 'exactFrame']] as const) {
    const r = rateOf('demo assistant test', metric, t[key]);
    if (r) out.rates.push(r);
  }
  const ref = isObj(t.refusal) ? t.refusal : {};
  for (const [cls, v] of Object.entries(ref)) {
    if (!isObj(v)) continue;
    for (const metric of ['precision', 'recall'] as const) {
      const r = rateOf(cls, metric, v[metric]);
      if (r) out.refusals.push(r);
    }
  }
}

/** Everything the commands section shows, plus the reasons it is partial. */
export function commandsFrom(inDir: string): { data: CommandsData | null; missing: string[] } {
  const missing: string[] = [];
  const data: CommandsData = { sources: [], slots: [], rates: [], refusals: [] };
  const parts: Array<[string, (d: Json, out: CommandsData, miss: (w: string) => void) => void, string]> = [
    [SNIPS_REPORT, fromSnips, 'run `npm run snips` (ENGRAM_DATA_DIR set)'],
    [COMMANDS_DEMO_SUMMARY, fromDemo, 'run `npm start`'],
  ];
  for (const [file, read, how] of parts) {
    const path = join(inDir, file);
    if (!existsSync(path)) {
      missing.push(`no ${file} in ${inDir} (${how})`);
      continue;
    }
    const d = readJsonFile(path);
    if (!isObj(d)) {
      missing.push(`${path}: expected a JSON object`);
      continue;
    }
    data.sources.push(path);
    read(d, data, (w) => missing.push(w));
  }
  return { data: data.sources.length ? data : null, missing };
}
