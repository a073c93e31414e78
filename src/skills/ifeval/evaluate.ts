// Strict and loose evaluation of responses, as evaluation_lib.py does it, the accuracy summary, the
// undefined verdicts beside it, and the check of a responses file against the inputs (docs/validation.md).
import { buildCheck } from './registry.ts';
import { pyStrip } from './py.ts';
import { undefinedReason } from './checkers/undefined-verdict.ts';
import { InputFileError } from '../../io/input-error.ts';
import { excerpt, type ResponseFile } from './io.ts';
import { emitWarnings, InputWarning, printWarning, type WarningSink } from '../../io/warning.ts';
import type { BoundCheck, CheckContext, InputExample } from './types.ts';

/** What an instruction's verdict is when the official one depends on a random draw. */
export const UNDEFINED = 'undefined';

/** One row of eval_results_{strict,loose}.jsonl. */
export interface OutputExample {
  instruction_id_list: string[];
  prompt: string;
  response: string;
  /** Official-compatible: an undefined verdict counts as its follow_instruction_list boolean. */
  follow_all_instructions: boolean;
  follow_instruction_list: boolean[];
  /**
   * Only on rows with an undefined verdict (official rows are unchanged): follow_instruction_list
   * with "undefined" where the official verdict depends on a random draw.
   */
  verdict_list?: Array<boolean | typeof UNDEFINED>;
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

export interface Verdicts {
  strict: boolean[];
  loose: boolean[];
  /** Per instruction: why its official verdict is undefined (a random draw), else null. */
  undefinedReasons: (string | null)[];
}

/** Verdicts of one prompt's instructions for one response, strict and loose (official-compatible). */
export function judge(inp: InputExample, response: string, ctx: CheckContext): Verdicts {
  const checks = inp.instruction_id_list.map((id, i) => buildCheck(id, inp.kwargs[i] ?? {}, ctx, inp.prompt));
  const variants = looseVariants(response);
  return {
    strict: checks.map((c) => follows(c, response)),
    loose: checks.map((c) => variants.some((r) => follows(c, r))),
    undefinedReasons: checks.map((c) => undefinedReason(c) ?? null),
  };
}

/** An instruction whose official verdict is undefined, for one prompt. */
export interface UndefinedVerdict {
  prompt: string;
  instruction_id: string;
  reason: string;
}

export interface Evaluation {
  strict: OutputExample[];
  loose: OutputExample[];
  /** Prompts with no response: scored as the empty response (nothing followed). */
  missing: string[];
  /** Instructions whose official verdict depends on a random draw (counted official-compatibly in strict/loose). */
  undefinedVerdicts: UndefinedVerdict[];
}

/**
 * Checks a responses file against the inputs before scoring: a response whose prompt is in no input
 * row is never scored, so it gets an UNKNOWN_PROMPT warning at its line; when no response matches
 * any input the result would be all "not followed", so that is an InputFileError.
 */
export function matchResponses(inputs: InputExample[], rf: ResponseFile, onWarning: WarningSink = printWarning): void {
  const prompts = new Set(inputs.map((i) => i.prompt));
  const warnings: InputWarning[] = [];
  for (const [prompt, line] of rf.lines) {
    if (!prompts.has(prompt)) warnings.push(new InputWarning('UNKNOWN_PROMPT', rf.file, line, `prompt ${excerpt(prompt)} is not in the input file; this response is not scored`));
  }
  if (warnings.length === rf.lines.size) {
    throw new InputFileError(rf.file, undefined, `none of the ${rf.lines.size} response prompt(s) matches a prompt of the input file (prompts are matched by exact text)`);
  }
  warnings.sort((a, b) => a.line - b.line);
  emitWarnings(warnings, onWarning);
}

/**
 * Scores every prompt. Responses are matched by exact prompt text (the last one wins on duplicates,
 * like the official dict). The official evaluator raises KeyError on a missing response; here it is
 * scored as an empty response and listed in `missing`.
 */
export function evaluate(inputs: InputExample[], promptToResponse: Map<string, string>, ctx: CheckContext): Evaluation {
  const out: Evaluation = { strict: [], loose: [], missing: [], undefinedVerdicts: [] };
  for (const inp of inputs) {
    const found = promptToResponse.get(inp.prompt);
    if (found === undefined) out.missing.push(inp.prompt);
    const response = found ?? '';
    const v = judge(inp, response, ctx);
    v.undefinedReasons.forEach((reason, i) => reason !== null && out.undefinedVerdicts.push({ prompt: inp.prompt, instruction_id: inp.instruction_id_list[i], reason }));
    const anyUndefined = v.undefinedReasons.some((r) => r !== null);
    for (const [mode, list] of [['strict', v.strict], ['loose', v.loose]] as const) {
      const row: OutputExample = {
        instruction_id_list: inp.instruction_id_list,
        prompt: inp.prompt,
        response,
        follow_all_instructions: list.every(Boolean),
        follow_instruction_list: list,
      };
      if (anyUndefined) row.verdict_list = list.map((b, i) => (v.undefinedReasons[i] === null ? b : UNDEFINED));
      out[mode].push(row);
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
