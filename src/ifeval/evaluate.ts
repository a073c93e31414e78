// Strict and loose evaluation of responses, as evaluation_lib.py does it, plus the accuracy summary.
import { buildCheck } from './registry.ts';
import { pyStrip } from './py.ts';
import type { BoundCheck, CheckContext, InputExample } from './types.ts';

/** One row of eval_results_{strict,loose}.jsonl. */
export interface OutputExample {
  instruction_id_list: string[];
  prompt: string;
  response: string;
  follow_all_instructions: boolean;
  follow_instruction_list: boolean[];
}

/**
 * The loose variants, in the official order: the response, asterisks removed, first line removed,
 * last line removed, both removed, and each of those three with asterisks removed.
 */
export function looseVariants(response: string): string[] {
  const r = response.split('\n');
  const removeFirst = pyStrip(r.slice(1).join('\n'));
  const removeLast = pyStrip(r.slice(0, -1).join('\n'));
  const removeBoth = pyStrip(r.slice(1, -1).join('\n'));
  const noStars = (s: string) => s.replaceAll('*', '');
  return [
    response,
    noStars(response),
    removeFirst,
    removeLast,
    removeBoth,
    noStars(removeFirst),
    noStars(removeLast),
    noStars(removeBoth),
  ];
}

// The official code skips the check (not followed) when the candidate is blank after strip().
const follows = (check: BoundCheck, r: string) => pyStrip(r).length > 0 && check(r);

/** Verdicts of one prompt's instructions for one response, strict and loose. */
export function judge(inp: InputExample, response: string, ctx: CheckContext): { strict: boolean[]; loose: boolean[] } {
  const checks = inp.instruction_id_list.map((id, i) => buildCheck(id, inp.kwargs[i] ?? {}, ctx, inp.prompt));
  const variants = looseVariants(response);
  return {
    strict: checks.map((c) => follows(c, response)),
    loose: checks.map((c) => variants.some((r) => follows(c, r))),
  };
}

export interface Evaluation {
  strict: OutputExample[];
  loose: OutputExample[];
  /** Prompts with no response: scored as the empty response (nothing followed). */
  missing: string[];
}

/**
 * Scores every prompt. Responses are matched by exact prompt text (the last one wins on duplicates,
 * like the official dict). The official evaluator raises KeyError on a missing response; here it is
 * scored as an empty response and listed in `missing`.
 */
export function evaluate(inputs: InputExample[], promptToResponse: Map<string, string>, ctx: CheckContext): Evaluation {
  const out: Evaluation = { strict: [], loose: [], missing: [] };
  for (const inp of inputs) {
    const found = promptToResponse.get(inp.prompt);
    if (found === undefined) out.missing.push(inp.prompt);
    const response = found ?? '';
    const v = judge(inp, response, ctx);
    for (const [mode, list] of [['strict', v.strict], ['loose', v.loose]] as const) {
      out[mode].push({
        instruction_id_list: inp.instruction_id_list,
        prompt: inp.prompt,
        response,
        follow_all_instructions: list.every(Boolean),
        follow_instruction_list: list,
      });
    }
  }
  return out;
}

export interface Tally {
  correct: number;
  total: number;
}

export interface Summary {
  prompt: Tally;
  instruction: Tally;
  /** Per full instruction id (tier 1 of print_report). */
  perInstruction: Record<string, Tally>;
}

/** print_report's counts for one mode. */
export function summarize(outputs: OutputExample[]): Summary {
  const s: Summary = { prompt: { correct: 0, total: 0 }, instruction: { correct: 0, total: 0 }, perInstruction: {} };
  for (const o of outputs) {
    s.prompt.total++;
    if (o.follow_instruction_list.every(Boolean)) s.prompt.correct++;
    o.instruction_id_list.forEach((id, i) => {
      const t = (s.perInstruction[id] ??= { correct: 0, total: 0 });
      t.total++;
      s.instruction.total++;
      if (o.follow_instruction_list[i]) {
        t.correct++;
        s.instruction.correct++;
      }
    });
  }
  return s;
}
