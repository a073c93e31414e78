// Every numeric error code shared by the TypeScript and C runtimes: one table with a module column,
// from which the TypeScript error classes and the C header `c/artifact/eg_errors.h` (scripts/gen-c-tables.ts)
// are both generated. One namespace, disjoint ranges per module, so a bare number in a log or a
// firmware report names exactly one failure. The artifact loader's codes (0-13) are part of the spec
// (docs/format.md §4.3), the batch's (201-205) too (§5): both runtimes return the same code for the
// same bytes, and none of them may be renumbered.

/** The number range each module owns. A new error takes the next free number of its module. */
export const ERROR_MODULES = {
  artifact: { first: 0, last: 99, what: 'the .engram loader (docs/format.md §4.3)' },
  item: { first: 100, last: 119, what: 'an item the runtime cannot score (eg_score)' },
  responder: { first: 120, last: 199, what: 'the C IFEval responder (docs/board.md)' },
  batch: { first: 200, last: 299, what: 'the compiled probe batch reader (docs/format.md §5)' },
  commands: { first: 300, last: 319, what: 'the C structured-commands runtime (c/skills/commands)' },
  verifier: { first: 320, last: 339, what: 'the C IFEval verifier (c/skills/ifeval, docs/ifeval.md)' },
} as const;
export type ErrorModule = keyof typeof ERROR_MODULES;

/** [name, code, module, what]. The C name is `EG_` + name. */
export const ERRORS = [
  ['OK', 0, 'artifact', 'no error'],
  ['TRUNCATED', 1, 'artifact', 'the buffer is shorter than the header, section table or file_length'],
  ['BAD_MAGIC', 2, 'artifact', 'the first 8 bytes are not the .engram magic'],
  ['UNSUPPORTED_VERSION', 3, 'artifact', 'format_version is not supported by this reader'],
  ['BAD_HEADER', 4, 'artifact', 'section_count, flags or reserved header fields are invalid'],
  ['SIZE_MISMATCH', 5, 'artifact', 'the buffer is longer than file_length'],
  ['HEADER_CRC_MISMATCH', 6, 'artifact', 'the CRC-32 of the header and section table does not match'],
  ['SECTION_MISALIGNED', 7, 'artifact', 'a section offset is not a multiple of 16'],
  ['SECTION_OUT_OF_BOUNDS', 8, 'artifact', 'a section lies outside the file or inside the header'],
  ['SECTION_OVERLAP', 9, 'artifact', 'a section starts before the previous one ends'],
  ['DUPLICATE_SECTION', 10, 'artifact', 'a section tag appears twice'],
  ['SECTION_CRC_MISMATCH', 11, 'artifact', 'the CRC-32 of a section does not match the table'],
  ['MISSING_SECTION', 12, 'artifact', 'a required section is absent'],
  ['BAD_SECTION', 13, 'artifact', 'a section has an invalid size or invalid contents'],
  ['BAD_ITEM', 100, 'item', 'fewer than 2 or more than 8 options, or a NULL pointer with a non-zero length'],
  ['IFR_TOO_LARGE', 120, 'responder', 'a prompt or response exceeds a working-memory limit of the C port'],
  ['IFR_ENFORCE_NOT_PORTED', 121, 'responder', 'the C enforcer reached a fixer that is not ported yet (docs/ifeval-enforce.md "Enforce in C")'],
  ['BATCH_TRUNCATED', 201, 'batch', 'shorter than the header, or body_length disagrees with the size'],
  ['BATCH_BAD_MAGIC', 202, 'batch', 'the first 8 bytes are not the batch magic'],
  ['BATCH_UNSUPPORTED_VERSION', 203, 'batch', 'batch_version is not supported by this reader'],
  ['BATCH_CRC_MISMATCH', 204, 'batch', 'the CRC-32 of the body does not match the header'],
  ['BATCH_BAD_ITEM', 205, 'batch', 'an item overruns the body, has a bad option count or answer, or bytes follow the last item'],
  ['CMD_TOO_LARGE', 300, 'commands', 'a query or slot text exceeds a working-memory limit of the C port'],
  ['CMD_NO_GRAMMAR', 301, 'commands', 'the artifact uses grammar classes and this C build has none (EG_CMD_GRAMMAR=0)'],
  ['CMD_REWRITE_OPTION', 302, 'commands', 'a unit-rewrite option is out of range (decimals 0..6, direction to-metric or to-imperial), or the C call lacks a required buffer'],
  ['IFV_TOO_LARGE', 320, 'verifier', 'a prompt, response or kwarg exceeds a working-memory limit of the C verifier (never a wrong verdict)'],
  ['IFV_BAD_INSTRUCTION', 321, 'verifier', 'an unknown instruction id, or kwargs the TS verifier rejects (IfevalInstructionError)'],
  ['IFV_BAD_PATTERN', 322, 'verifier', 'a kwarg used as a regex is not valid, or uses syntax the C regex engine does not support'],
  ['IFV_NO_LANGDETECT', 323, 'verifier', 'a language check ran without langdetect profiles loaded'],
  ['IFV_BAD_DATA', 324, 'verifier', 'the Punkt parameters, langdetect profiles or the batch file are malformed'],
] as const;

type Row = (typeof ERRORS)[number];
export type ErrorName = Row[0];
/** The names of one module's errors. */
export type ModuleErrorName<M extends ErrorModule> = Extract<Row, readonly [string, number, M, string]>[0];
export type ArtifactErrorCode = ModuleErrorName<'artifact'>;
export type BatchErrorCode = ModuleErrorName<'batch'>;

const numberOf = new Map<string, number>(ERRORS.map(([n, c]) => [n, c]));

/** The error's number (the same in both runtimes). */
export function errorNumber(name: ErrorName): number {
  return numberOf.get(name)!;
}

/** The artifact loader's rows, [name, code, what], in code order (docs/format.md §4.3). */
export const ARTIFACT_ERRORS: readonly (readonly [ArtifactErrorCode, number, string])[] = ERRORS.filter(
  (r): r is Extract<Row, readonly [string, number, 'artifact', string]> => r[2] === 'artifact',
).map(([n, c, , w]) => [n, c, w] as const);

export function artifactErrorNumber(code: ArtifactErrorCode): number {
  return errorNumber(code);
}

/** Thrown by the reader for every kind of malformed artifact; `code` says which check failed. */
export class ArtifactError extends Error {
  readonly code: Exclude<ArtifactErrorCode, 'OK'>;
  readonly section?: string;
  constructor(code: Exclude<ArtifactErrorCode, 'OK'>, message: string, section?: string) {
    super(message);
    this.name = 'ArtifactError';
    this.code = code;
    this.section = section;
  }
}
