// The one error type of the commands skill's inputs (Rasa markdown, Snips NLU JSON, the Snips
// benchmark files and anchors, the schema file, the format dispatcher): input that would make the dataset wrong. It always names the file
// and, where there is one, the 1-based line or the JSON field, so a person can go straight to it.

export type CommandDataErrorCode =
  | 'READ_FAILED' // the file or folder cannot be read
  | 'UNKNOWN_FORMAT' // no reader recognises the file
  | 'BAD_JSON' // JSON that does not parse
  | 'BAD_FORMAT' // a line or a JSON value that is not what the format says
  | 'BAD_ANNOTATION' // an annotated span that cannot be read ("[text](" with no ")", bad {...})
  | 'SPAN_OUT_OF_RANGE' // a slot span outside its query, or whose text is not the query's
  | 'OVERLAPPING_SLOTS' // two slots of one query share characters
  | 'INCONSISTENT' // the same name means different things in two inputs
  | 'BAD_SCHEMA' // a schema file field that is missing or wrong
  | 'EMPTY'; // nothing to train on or to evaluate (no annotated query at all)

export class CommandDataError extends Error {
  override name = 'CommandDataError';
  constructor(
    readonly code: CommandDataErrorCode,
    readonly file: string,
    message: string,
    /** 1-based line (line formats). */
    readonly line?: number,
    /** JSON path of the field at fault ("intents.set_timer.slots.duration.type"). */
    readonly field?: string,
  ) {
    super(`${file}${line !== undefined ? `:${line}` : ''}${field ? ` (${field})` : ''}: ${message} [${code}]`);
  }
}
