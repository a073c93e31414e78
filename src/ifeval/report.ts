// The human summary and the --json object of `engram ifeval score`.
import type { Evaluation, Summary, Tally } from './evaluate.ts';
import { summarize } from './evaluate.ts';

const rate = (t: Tally) => (t.total ? t.correct / t.total : 0);
const fmt = (t: Tally) => `${rate(t).toFixed(4)} (${t.correct}/${t.total})`;

export interface ScoreJson {
  n: number;
  missing_responses: number;
  prompt_strict: number;
  prompt_loose: number;
  instruction_strict: number;
  instruction_loose: number;
  counts: { strict: Summary; loose: Summary };
  per_instruction: Record<string, { strict: number; loose: number; n: number }>;
}

export function scoreJson(ev: Evaluation): ScoreJson {
  const strict = summarize(ev.strict);
  const loose = summarize(ev.loose);
  const per: ScoreJson['per_instruction'] = {};
  for (const id of Object.keys(strict.perInstruction).sort()) {
    per[id] = { strict: rate(strict.perInstruction[id]), loose: rate(loose.perInstruction[id]), n: strict.perInstruction[id].total };
  }
  return {
    n: strict.prompt.total,
    missing_responses: ev.missing.length,
    prompt_strict: rate(strict.prompt),
    prompt_loose: rate(loose.prompt),
    instruction_strict: rate(strict.instruction),
    instruction_loose: rate(loose.instruction),
    counts: { strict, loose },
    per_instruction: per,
  };
}

export function formatSummary(ev: Evaluation): string {
  const strict = summarize(ev.strict);
  const loose = summarize(ev.loose);
  const lines = [
    `prompts: ${strict.prompt.total}${ev.missing.length ? ` (${ev.missing.length} without a response, scored as not followed)` : ''}`,
    '',
    `${''.padEnd(20)}${'strict'.padEnd(22)}loose`,
    `${'prompt-level'.padEnd(20)}${fmt(strict.prompt).padEnd(22)}${fmt(loose.prompt)}`,
    `${'instruction-level'.padEnd(20)}${fmt(strict.instruction).padEnd(22)}${fmt(loose.instruction)}`,
    '',
    `${'instruction id'.padEnd(48)}${'strict'.padEnd(20)}loose`,
  ];
  for (const id of Object.keys(strict.perInstruction).sort()) {
    lines.push(`${id.padEnd(48)}${fmt(strict.perInstruction[id]).padEnd(20)}${fmt(loose.perInstruction[id])}`);
  }
  return lines.join('\n') + '\n';
}
