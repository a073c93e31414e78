// The human summary and the --json object of `engram ifeval score`.
import type { Evaluation, OutputExample, Summary, Tally } from './evaluate.ts';
import { summarize, UNDEFINED } from './evaluate.ts';

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
  /**
   * Instructions whose official verdict depends on a random draw. The figures above count them
   * official-compatibly (as this port always has); `range` is where the official figures can land.
   */
  undefined_verdicts: UndefinedJson;
}

type Range = [number, number];

export interface UndefinedJson {
  instructions: number;
  prompts: number;
  reasons: string[];
  range: { prompt_strict: Range; prompt_loose: Range; instruction_strict: Range; instruction_loose: Range };
}

/** Rows with each undefined verdict set to `to`: the lowest (false) or highest (true) official outcome. */
function settle(rows: OutputExample[], to: boolean): OutputExample[] {
  return rows.map((o) => {
    if (!o.verdict_list) return o;
    const list = o.verdict_list.map((v) => (v === UNDEFINED ? to : v));
    return { ...o, follow_instruction_list: list, follow_all_instructions: list.every(Boolean) };
  });
}

function undefinedJson(ev: Evaluation): UndefinedJson {
  const bounds = (rows: OutputExample[]) => {
    const lo = summarize(settle(rows, false));
    const hi = summarize(settle(rows, true));
    return { prompt: [rate(lo.prompt), rate(hi.prompt)] as Range, instruction: [rate(lo.instruction), rate(hi.instruction)] as Range };
  };
  const s = bounds(ev.strict);
  const l = bounds(ev.loose);
  return {
    instructions: ev.undefinedVerdicts.length,
    prompts: new Set(ev.undefinedVerdicts.map((u) => u.prompt)).size,
    reasons: [...new Set(ev.undefinedVerdicts.map((u) => u.reason))].sort(),
    range: { prompt_strict: s.prompt, prompt_loose: l.prompt, instruction_strict: s.instruction, instruction_loose: l.instruction },
  };
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
    undefined_verdicts: undefinedJson(ev),
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
  if (ev.undefinedVerdicts.length) {
    const u = undefinedJson(ev);
    const r = ([a, b]: Range) => `${a.toFixed(4)}..${b.toFixed(4)}`;
    lines.push(
      '',
      `undefined verdicts: ${u.instructions} instruction(s) in ${u.prompts} prompt(s), "undefined" in verdict_list of the per-row output:`,
      ...u.reasons.map((x) => `  ${x}`),
      'The figures above are official-compatible: these verdicts count as this port always has (letter_frequency counts the symbol itself).',
      `The official figures depend on the draw: prompt-level strict ${r(u.range.prompt_strict)}, loose ${r(u.range.prompt_loose)}; ` +
        `instruction-level strict ${r(u.range.instruction_strict)}, loose ${r(u.range.instruction_loose)}.`,
    );
  }
  return lines.join('\n') + '\n';
}
