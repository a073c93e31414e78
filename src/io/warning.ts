// The one warning type of every input reader (MCQ datasets, IFEval files): a problem that does not
// make a result wrong, so the command goes on, but that a person should see. It always names the file
// and 1-based line. Readers collect warnings and hand them to a sink; the default sink prints them to
// stderr, so every command that reads data reports them without extra code. Errors (results would be
// wrong) are thrown instead, as each reader's own error type. The policy: docs/validation.md.

export type InputWarningCode =
  | 'INVALID_UTF8' // bytes that are not UTF-8; they were read as U+FFFD
  | 'LONE_SURROGATE' // a JSON \uD800-style escape with no pair; read as U+FFFD when encoded
  | 'DUPLICATE_ID' // an MCQ item id used before in the same file
  | 'EMPTY_OPTION' // an MCQ option that is empty or only whitespace
  | 'IDENTICAL_OPTIONS' // two options of one MCQ item with the same text
  | 'DUPLICATE_PROMPT' // an IFEval response for a prompt answered before in the same file
  | 'UNKNOWN_PROMPT'; // an IFEval response whose prompt is not in the input file

export class InputWarning {
  constructor(
    readonly code: InputWarningCode,
    readonly file: string,
    /** 1-based line; 0 when the warning is about the whole file. */
    readonly line: number,
    readonly message: string,
  ) {}

  toString(): string {
    return `${this.line > 0 ? `${this.file}:${this.line}` : this.file}: ${this.message} (${this.code})`;
  }
}

export type WarningSink = (w: InputWarning) => void;

/** The CLI's sink: one line per warning on stderr, beside the `engram: ` error lines. */
export const printWarning: WarningSink = (w) => {
  process.stderr.write(`engram: warning: ${w}\n`);
};

/** At most this many warnings of one kind per file reach the sink; the rest are counted in one line. */
export const MAX_SHOWN_PER_CODE = 20;

/**
 * Hands `warnings` to `sink`, capped per code so a file broken on every line does not bury the
 * output: after MAX_SHOWN_PER_CODE of a kind, one summary warning says how many were not shown.
 */
export function emitWarnings(warnings: readonly InputWarning[], sink: WarningSink): void {
  const shown = new Map<InputWarningCode, number>();
  const hidden = new Map<InputWarningCode, InputWarning[]>();
  for (const w of warnings) {
    const n = shown.get(w.code) ?? 0;
    if (n < MAX_SHOWN_PER_CODE) {
      shown.set(w.code, n + 1);
      sink(w);
    } else hidden.set(w.code, [...(hidden.get(w.code) ?? []), w]);
  }
  for (const [code, ws] of hidden) {
    const lines = ws.map((w) => w.line);
    sink(new InputWarning(code, ws[0].file, 0, `${ws.length} more ${code} warning(s) not shown, lines ${lines.slice(0, 10).join(', ')}${lines.length > 10 ? ', ...' : ''}`));
  }
}
