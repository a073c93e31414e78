// The one error type of every input reader (datasets, IFEval files, reports' inputs, audit logs,
// data folders): a file that cannot be read or used, naming the file and, where it applies, the
// 1-based line, so the user can go straight to it. Warnings (results still well defined) are
// InputWarnings instead (warning.ts); the policy is docs/validation.md.

export class InputFileError extends Error {
  override name = 'InputFileError';
  /** The file (or folder) at fault, when there is one. */
  readonly file?: string;
  /** 1-based line, when the problem is on one line. */
  readonly line?: number;
  /** The message without the file:line prefix. */
  readonly reason: string;
  constructor(file: string | undefined, line: number | undefined, reason: string) {
    super(file === undefined ? reason : `${file}${line ? `:${line}` : ''}: ${reason}`);
    this.file = file;
    this.line = line || undefined;
    this.reason = reason;
  }
}

/** The system's short reason for a failed read (ENOENT, EISDIR, ...), else the message. */
export function readFailure(err: unknown): string {
  return `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
}
