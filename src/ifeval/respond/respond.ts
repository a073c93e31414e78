// The responder's entry points: one prompt -> one response, and a whole IFEval JSONL file ->
// the official responses format. Only the prompt text is read; instruction ids and kwargs are
// dropped on input, so the output depends on the prompt and the artifact alone.
import { readFileSync } from 'node:fs';
import { buildResponderArtifact, loadResponder, type Responder } from './artifact.ts';
import { compose } from './compose.ts';
import { Detector, detect, type Plan } from './detect.ts';

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

export class RespondInputError extends Error {
  constructor(message: string, readonly file: string, readonly line?: number) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
    this.name = 'RespondInputError';
  }
}

/** The prompts of an IFEval-format JSONL file; every other field is dropped here. */
export function readPrompts(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new RespondInputError(`cannot read: ${(err as Error).message}`, file);
  }
  const prompts: string[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    let v: unknown;
    try {
      v = JSON.parse(raw);
    } catch (err) {
      throw new RespondInputError(`malformed JSON: ${(err as Error).message}`, file, i + 1);
    }
    if (typeof v !== 'object' || v === null || typeof (v as { prompt?: unknown }).prompt !== 'string') {
      throw new RespondInputError('expected an object with a string "prompt"', file, i + 1);
    }
    prompts.push((v as { prompt: string }).prompt);
  });
  return prompts;
}

/** The official responses format: one {"prompt", "response"} object per line. */
export function formatResponses(prompts: string[], responses: string[]): string {
  return prompts.map((p, i) => JSON.stringify({ prompt: p, response: responses[i] }) + '\n').join('');
}

export function respondAll(responder: IfevalResponder, prompts: string[]): string[] {
  return prompts.map((p) => responder.respond(p));
}
