// The enforcer's report: per row (detected instructions, edits, verdicts, retention, fallback) and a
// summary — retention mean and deciles, fallback rows, verified strict/loose per detected instruction
// id, and, when the input file carries the official ids and kwargs, the official scores beside them.
import { evaluate, summarize, type Summary } from '../../ifeval/evaluate.ts';
import type { CheckContext, InputExample } from '../../ifeval/types.ts';
import type { EnforceRow } from './run.ts';

const PPM = 1_000_000;
const DECILES = 10;
/** Retention thresholds (ppm) the summary counts rows below. */
const BELOW = [1_000_000, 900_000, 500_000, 100_000];

export interface EnforceSummary {
  n: number;
  fallback_rows: { language: number; unsatisfied: number; missing_draft: number };
  /** Mean retention (ppm) and the retention at each decile boundary (0%, 10%, ..., 100%; ppm). */
  retention: { mean_ppm: number; deciles_ppm: number[]; rows_below: Record<string, number> };
  /** Against the detected plan (what enforce judges itself by). */
  detected: { prompt_strict: number; prompt_loose: number; per_instruction: Record<string, { strict: number; loose: number; n: number }> };
  /** Against the input file's official instruction ids and kwargs, when it has them. */
  official: { strict: Summary; loose: Summary } | null;
}

export function summarizeEnforce(rows: EnforceRow[], official: InputExample[] | null, ctx: CheckContext): EnforceSummary {
  const ret = rows.map((r) => r.retentionPpm).sort((a, b) => a - b);
  const sum = ret.reduce((a, b) => a + b, 0);
  const deciles: number[] = [];
  for (let k = 0; k <= DECILES; k++) deciles.push(ret.length ? ret[Math.min(ret.length - 1, Math.floor((k * (ret.length - 1)) / DECILES))] : PPM);
  const per: Record<string, { strict: number; loose: number; n: number }> = {};
  let ps = 0;
  let pl = 0;
  for (const r of rows) {
    if (r.strict.every(Boolean)) ps++;
    if (r.loose.every(Boolean)) pl++;
    r.detected.forEach((q, i) => {
      const t = (per[q.id] ??= { strict: 0, loose: 0, n: 0 });
      t.n++;
      if (r.strict[i]) t.strict++;
      if (r.loose[i]) t.loose++;
    });
  }
  let off: EnforceSummary['official'] = null;
  if (official) {
    const ev = evaluate(official, new Map(rows.map((r) => [r.prompt, r.response])), ctx);
    off = { strict: summarize(ev.strict), loose: summarize(ev.loose) };
  }
  return {
    n: rows.length,
    fallback_rows: {
      language: rows.filter((r) => r.fallback === 'language').length,
      unsatisfied: rows.filter((r) => r.fallback === 'unsatisfied').length,
      missing_draft: rows.filter((r) => r.draftMissing).length,
    },
    retention: { mean_ppm: rows.length ? Math.floor(sum / rows.length) : PPM, deciles_ppm: deciles, rows_below: Object.fromEntries(BELOW.map((b) => [String(b), ret.filter((x) => x < b).length])) },
    detected: { prompt_strict: ps, prompt_loose: pl, per_instruction: Object.fromEntries(Object.entries(per).sort()) },
    official: off,
  };
}

const f4 = (num: number, den: number) => (den ? (num / den).toFixed(4) : '-');

/** The human summary printed by the CLI. */
export function formatEnforceSummary(s: EnforceSummary): string {
  const lines = [`enforced ${s.n} rows`];
  if (s.official) {
    const { strict, loose } = s.official;
    lines.push(`official kwargs: prompt strict ${f4(strict.prompt.correct, strict.prompt.total)} (${strict.prompt.correct}/${strict.prompt.total}), loose ${f4(loose.prompt.correct, loose.prompt.total)}; instruction strict ${f4(strict.instruction.correct, strict.instruction.total)}, loose ${f4(loose.instruction.correct, loose.instruction.total)}`);
  }
  lines.push(`detected plan: prompt strict ${f4(s.detected.prompt_strict, s.n)} (${s.detected.prompt_strict}/${s.n}), loose ${f4(s.detected.prompt_loose, s.n)}`);
  lines.push(`retention: mean ${(s.retention.mean_ppm / PPM).toFixed(4)}; deciles ${s.retention.deciles_ppm.map((d) => (d / PPM).toFixed(3)).join(' ')}`);
  lines.push(`rows below retention ${BELOW.map((b) => `${(b / PPM).toFixed(1)}: ${s.retention.rows_below[String(b)]}`).join(', ')}`);
  lines.push(`fallback to the composer: ${s.fallback_rows.language} language, ${s.fallback_rows.unsatisfied} unsatisfied; ${s.fallback_rows.missing_draft} prompts without a draft`);
  lines.push('per detected instruction (strict/loose/n):');
  for (const [id, t] of Object.entries(s.detected.per_instruction)) lines.push(`  ${id}: ${t.strict}/${t.loose}/${t.n}`);
  return lines.join('\n') + '\n';
}

/** One JSON line per row for --report. */
export function formatRowReport(r: EnforceRow): string {
  return JSON.stringify({
    prompt: r.prompt,
    fallback: r.fallback,
    draft_missing: r.draftMissing,
    detected: r.detected,
    edits: r.edits,
    strict: r.strict,
    loose: r.loose,
    retention_ppm: r.retentionPpm,
  }) + '\n';
}
