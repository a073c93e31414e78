// The one error type of the output layer. Every failure to place an output file (it would replace an
// input, two outputs are the same file, the path is a directory, a folder cannot be made, the write or
// rename fails) is an OutputError whose message names the path the user gave, never a temporary name.

export type OutputErrorCode =
  | 'OUTPUT_IS_INPUT' // an output resolves to the same file as one of the command's inputs
  | 'OUTPUT_COLLISION' // two outputs of one command resolve to the same file
  | 'OUTPUT_BAD_PATH' // the output path is empty
  | 'OUTPUT_IS_DIRECTORY' // the output path is an existing directory (or ends in a separator)
  | 'OUTPUT_NOT_REGULAR' // the output path is an existing symlink, device, FIFO or socket
  | 'OUTPUT_DIR_FAILED' // a folder on the way to the output cannot be made
  | 'OUTPUT_NOT_EMPTY' // an output folder written as a whole already exists and is not empty (without --force)
  | 'OUTPUT_WRITE_FAILED'; // writing or renaming the file failed

export class OutputError extends Error {
  override name = 'OutputError';
  constructor(
    readonly code: OutputErrorCode,
    message: string,
    /** The output path as the user gave it. */
    readonly path: string,
    /** For OUTPUT_IS_INPUT / OUTPUT_COLLISION: the other path (the input, or the other output). */
    readonly other?: string,
  ) {
    super(message);
  }
}

/**
 * A Node fs error as "CODE: description" without the path Node appends (which would be a temporary
 * name or an ancestor the user never typed), e.g. "ENOENT: no such file or directory".
 */
export function fsReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const m = /^([A-Z0-9_]+): ([^,]*)/.exec(e?.message ?? '');
  if (m) return `${m[1]}: ${m[2]}`;
  return e?.code ?? String(err);
}
