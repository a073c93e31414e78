// Typed errors of the IFEval verifier, so the CLI can tell bad input from bugs. Unusable input
// files are the shared InputFileError (src/io/input-error.ts), naming file:line.

/** A prompt names an instruction id this verifier does not know, or gives it unusable kwargs. */
export class IfevalInstructionError extends Error {
  override name = 'IfevalInstructionError';
}
