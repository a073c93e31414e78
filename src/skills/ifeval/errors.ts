// Typed errors of the IFEval verifier, so the CLI can tell bad input from bugs.

/** A data file (JSONL input, responses, Punkt parameters) is missing or malformed. */
export class IfevalInputError extends Error {
  override name = 'IfevalInputError';
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(file ? `${file}${line !== undefined ? `:${line}` : ''}: ${message}` : message);
  }
}

/** A prompt names an instruction id this verifier does not know, or gives it unusable kwargs. */
export class IfevalInstructionError extends Error {
  override name = 'IfevalInstructionError';
}
