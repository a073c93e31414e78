// The one table from instruction id to checker: the 25 ids of the official instructions_registry.
import { changeCaseCheckers } from './checkers/change-case.ts';
import { combinationCheckers } from './checkers/combination.ts';
import { contentCheckers } from './checkers/content.ts';
import { formatCheckers } from './checkers/format.ts';
import { keywordCheckers } from './checkers/keywords.ts';
import { languageCheckers } from './checkers/language.ts';
import { lengthCheckers } from './checkers/length.ts';
import { punctuationCheckers } from './checkers/punctuation.ts';
import { startendCheckers } from './checkers/startend.ts';
import { IfevalInstructionError } from './errors.ts';
import type { BoundCheck, CheckContext, Kwargs } from './types.ts';

export const INSTRUCTION_CHECKERS = {
  ...keywordCheckers,
  ...languageCheckers,
  ...lengthCheckers,
  ...contentCheckers,
  ...formatCheckers,
  ...combinationCheckers,
  ...startendCheckers,
  ...changeCaseCheckers,
  ...punctuationCheckers,
};

/** Binds one instruction of a prompt to its kwargs. */
export function buildCheck(id: string, kwargs: Kwargs, ctx: CheckContext, prompt: string): BoundCheck {
  const factory = INSTRUCTION_CHECKERS[id];
  if (!factory) throw new IfevalInstructionError(`unknown instruction id "${id}"`);
  try {
    return factory(kwargs, ctx, prompt);
  } catch (err) {
    if (err instanceof IfevalInstructionError) throw new IfevalInstructionError(`${id}: ${err.message}`);
    throw err;
  }
}
