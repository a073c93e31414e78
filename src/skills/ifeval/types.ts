// Shared shapes of the IFEval verifier: prompts, responses, checkers and their context.
import type { PunktSentenceTokenizer } from './punkt.ts';

/** One kwargs object of input_data.jsonl (values are ints, strings or string lists). */
export type Kwargs = Record<string, unknown>;

/** One row of input_data.jsonl. */
export interface InputExample {
  key: number;
  prompt: string;
  instruction_id_list: string[];
  kwargs: Kwargs[];
}

/**
 * A language identifier: returns an ISO 639-1 code, or null where the official `langdetect`
 * would raise LangDetectException (no usable features), which the checks count as followed.
 */
export type LanguageDetector = (text: string) => string | null;

/** What checkers need beyond the response: the sentence splitter and a language detector. */
export interface CheckContext {
  punkt: PunktSentenceTokenizer;
  detectLanguage: LanguageDetector;
}

/** A checker bound to one instruction's kwargs: true if `response` follows it. */
export type BoundCheck = (response: string) => boolean;

/** Binds kwargs (validated, defaults as in the official build_description) to a check. */
export type CheckerFactory = (kwargs: Kwargs, ctx: CheckContext, prompt: string) => BoundCheck;
