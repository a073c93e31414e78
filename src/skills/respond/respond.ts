// The responder's entry points: one prompt -> one response, and a whole IFEval JSONL file ->
// the official responses format. Only the prompt text is read; instruction ids and kwargs are
// dropped on input, so the output depends on the prompt and the artifact alone.
import { InputFileError } from '../../io/input-error.ts';
import { readJsonl } from '../ifeval/io.ts';
import { buildResponderArtifact, loadResponder, type Responder } from './artifact.ts';
import { compose } from './compose.ts';
import { Detector } from './match.ts';
import { detect, type Plan } from './plan.ts';

export class IfevalResponder {
  readonly detector: Detector;
  constructor(readonly skill: Responder) {
    this.detector = new Detector(skill);
  }

  static fromBytes(bytes: Uint8Array): IfevalResponder {
    return new IfevalResponder(loadResponder(bytes));
  }

  /** Builds the artifact from the source tables in memory, then runs from its bytes. */
  static builtIn(): IfevalResponder {
    return IfevalResponder.fromBytes(buildResponderArtifact());
  }

  plan(prompt: string): Plan {
    return detect(this.detector, prompt).plan;
  }

  respond(prompt: string): string {
    const { plan, tokens } = detect(this.detector, prompt);
    return compose(this.skill, plan, tokens);
  }
}

/** The prompts of an IFEval-format JSONL file; every other field is dropped here. */
export function readPrompts(file: string): string[] {
  return readJsonl(file).map(({ line, value }) => {
    if (typeof value.prompt !== 'string') throw new InputFileError(file, line, '"prompt" must be a string');
    return value.prompt;
  });
}

/** The official responses format: one {"prompt", "response"} object per line. */
export function formatResponses(prompts: string[], responses: string[]): string {
  return prompts.map((p, i) => JSON.stringify({ prompt: p, response: responses[i] }) + '\n').join('');
}

export function respondAll(responder: IfevalResponder, prompts: string[]): string[] {
  return prompts.map((p) => responder.respond(p));
}
