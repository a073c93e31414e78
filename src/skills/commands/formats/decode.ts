// Reading a dataset file as UTF-8 the way every commands reader does (Rasa, Snips NLU JSON, the
// schema): the policy and the validator are the skill's one decoder, ../utf8.ts (also used by the
// Snips benchmark reader): a leading BOM is dropped, each invalid run becomes U+FFFD with a warning
// giving the byte offset. This adds the 1-based line to each warning, because the line formats
// (Rasa) report everything else by line and a person opens the file in an editor, not a hex dump.
import { readFileSync } from 'node:fs';
import type { DatasetWarning } from '../types.ts';
import { decodeUtf8 } from '../utf8.ts';
import { CommandDataError } from './errors.ts';

/** The text of `bytes`; its invalid-UTF-8 warnings (with line and byte) are appended to `warnings`. */
export function decodeDataFile(bytes: Uint8Array, file: string, warnings: DatasetWarning[]): string {
  const decoded = decodeUtf8(bytes, file);
  let line = 1;
  let pos = 0;
  for (const w of decoded.warnings) {
    if (w.byte !== undefined) {
      for (; pos < w.byte && pos < bytes.length; pos++) if (bytes[pos] === 0x0a) line++;
      warnings.push({ ...w, line });
    } else warnings.push(w);
  }
  return decoded.text;
}

/** The bytes of `file`, or CommandDataError READ_FAILED naming it. */
export function readDataBytes(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (e) {
    throw new CommandDataError('READ_FAILED', file, (e as Error).message);
  }
}

/** The decoded text of `file` (warnings appended), or CommandDataError READ_FAILED. */
export function readDataFile(file: string, warnings: DatasetWarning[]): string {
  return decodeDataFile(readDataBytes(file), file, warnings);
}
