// The typed error of the commands skill's inputs: a dataset file that cannot be read or parsed. The
// message always names the file (and the line or query when known); `code` says what went wrong.

export type CommandsInputCode =
  | 'READ_FAILED' // the file or folder cannot be read
  | 'BAD_JSON' // the file is not JSON
  | 'BAD_SHAPE' // JSON, but not the expected layout
  | 'UNKNOWN_FORMAT' // no reader recognises the file
  | 'EMPTY'; // no examples at all

export class CommandsInputError extends Error {
  override name = 'CommandsInputError';
  constructor(
    readonly code: CommandsInputCode,
    message: string,
    readonly file: string,
  ) {
    super(message);
  }
}
