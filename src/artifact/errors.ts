// The artifact loader's error kinds: one table, from which the TypeScript error class and the C
// header `c/eg_errors.h` (scripts/gen-c-tables.ts) are both generated. Codes are part of the spec
// (docs/format.md §4.3): both runtimes return the same code for the same bytes.

export const ARTIFACT_ERRORS = [
  ['OK', 0, 'no error'],
  ['TRUNCATED', 1, 'the buffer is shorter than the header, section table or file_length'],
  ['BAD_MAGIC', 2, 'the first 8 bytes are not the .engram magic'],
  ['UNSUPPORTED_VERSION', 3, 'format_version is not supported by this reader'],
  ['BAD_HEADER', 4, 'section_count, flags or reserved header fields are invalid'],
  ['SIZE_MISMATCH', 5, 'the buffer is longer than file_length'],
  ['HEADER_CRC_MISMATCH', 6, 'the CRC-32 of the header and section table does not match'],
  ['SECTION_MISALIGNED', 7, 'a section offset is not a multiple of 16'],
  ['SECTION_OUT_OF_BOUNDS', 8, 'a section lies outside the file or inside the header'],
  ['SECTION_OVERLAP', 9, 'a section starts before the previous one ends'],
  ['DUPLICATE_SECTION', 10, 'a section tag appears twice'],
  ['SECTION_CRC_MISMATCH', 11, 'the CRC-32 of a section does not match the table'],
  ['MISSING_SECTION', 12, 'a required section is absent'],
  ['BAD_SECTION', 13, 'a section has an invalid size or invalid contents'],
] as const;

export type ArtifactErrorCode = (typeof ARTIFACT_ERRORS)[number][0];

const byName = new Map<string, number>(ARTIFACT_ERRORS.map(([n, c]) => [n, c]));

export function artifactErrorNumber(code: ArtifactErrorCode): number {
  return byName.get(code)!;
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
