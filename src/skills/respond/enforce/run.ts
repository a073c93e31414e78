// `engram ifeval enforce` over files: every prompt of an IFEval JSONL file with its draft from a
// responses file (matched by exact prompt text, like the evaluator), enforced row by row. A prompt
// with no draft is enforced on the empty draft (its response is composed) and listed as such.
import { readJsonl } from '../../ifeval/io.ts';
import { InputFileError } from '../../../io/input-error.ts';
import type { CheckContext, InputExample } from '../../ifeval/types.ts';
import type { IfevalResponder } from '../respond.ts';
import { enforceOne, type EnforceResult } from './enforce.ts';

export interface EnforceRow extends EnforceResult {
  prompt: string;
  draftMissing: boolean;
}

/** Input rows: the prompt always; the official ids and kwargs when present (used for scoring only). */
export function readEnforceInputs(file: string): { prompts: string[]; official: InputExample[] | null } {
  const rows = readJsonl(file);
  const prompts: string[] = [];
  let official: InputExample[] | null = [];
  for (const { line, value } of rows) {
    if (typeof value.prompt !== 'string') throw new InputFileError(file, line, '"prompt" must be a string');
    prompts.push(value.prompt);
    if (official && Array.isArray(value.instruction_id_list) && Array.isArray(value.kwargs)) {
      official.push({ key: typeof value.key === 'number' ? value.key : line, prompt: value.prompt, instruction_id_list: value.instruction_id_list as string[], kwargs: value.kwargs as InputExample['kwargs'] });
    } else official = null;
  }
  return { prompts, official };
}

export function enforceAll(responder: IfevalResponder, ctx: CheckContext, prompts: string[], drafts: Map<string, string>): EnforceRow[] {
  return prompts.map((prompt) => {
    const draft = drafts.get(prompt);
    return { prompt, draftMissing: draft === undefined, ...enforceOne(responder, ctx, prompt, draft ?? '') };
  });
}
