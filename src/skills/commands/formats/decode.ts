// Reading dataset bytes as UTF-8 the way every commands reader does (Rasa, Snips NLU JSON, the
// Snips benchmark files, the schema): the skill's one decoder, with a documented policy for invalid
// input (real user files hold such bytes: the Snips benchmark's train/PlayMusic.json has an emoji
// written as CESU-8 surrogates).
//
// Policy: a leading BOM is dropped; each maximal ill-formed subsequence is replaced by one U+FFFD,
// exactly as the WHATWG Encoding Standard (and so TextDecoder) does, and every run of consecutive
// replacements gives ONE warning naming the file, the 1-based line and the byte offset of the run's
// first byte (a person opens the file in an editor, not a hex dump). Decoding never throws.
import { readFileSync } from 'node:fs';
import type { DatasetWarning } from '../types.ts';
import { CommandDataError } from './errors.ts';

/**
 * Length of the well-formed UTF-8 sequence starting at `i`, or 0 when the bytes there are
 * ill-formed; `bad` then tells how many bytes form the maximal ill-formed subsequence (>= 1).
 */
function sequenceAt(b: Uint8Array, i: number): { ok: number; bad: number } {
  const c = b[i];
  if (c < 0x80) return { ok: 1, bad: 0 };
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) need = 1;
  else if (c >= 0xe0 && c <= 0xef) {
    need = 2;
    if (c === 0xe0) lo = 0xa0;
    if (c === 0xed) hi = 0x9f; // surrogates (U+D800..DFFF) are not UTF-8
  } else if (c >= 0xf0 && c <= 0xf4) {
    need = 3;
    if (c === 0xf0) lo = 0x90;
    if (c === 0xf4) hi = 0x8f;
  } else return { ok: 0, bad: 1 };
  for (let k = 1; k <= need; k++) {
    const x = b[i + k];
    const min = k === 1 ? lo : 0x80;
    const max = k === 1 ? hi : 0xbf;
    if (x === undefined || x < min || x > max) return { ok: 0, bad: k };
  }
  return { ok: need + 1, bad: 0 };
}

export interface Decoded {
  text: string;
  warnings: DatasetWarning[];
}

/** Decodes `bytes` (a leading BOM is dropped); invalid runs become U+FFFD and are reported. */
export function decodeUtf8(bytes: Uint8Array, file: string): Decoded {
  const warnings: DatasetWarning[] = [];
  let i = 0;
  while (i < bytes.length) {
    const s = sequenceAt(bytes, i);
    if (s.ok > 0) {
      i += s.ok;
      continue;
    }
    const start = i;
    let replaced = 0;
    while (i < bytes.length) {
      const t = sequenceAt(bytes, i);
      if (t.ok > 0) break;
      i += t.bad;
      replaced++;
    }
    const hex = Array.from(bytes.subarray(start, i), (x) => x.toString(16).padStart(2, '0')).join(' ');
    warnings.push({
      kind: 'invalid-utf8',
      file,
      byte: start,
      message: `${file}: invalid UTF-8 at byte ${start} (${i - start} bytes: ${hex}) replaced with ${replaced} U+FFFD`,
    });
  }
  return { text: new TextDecoder('utf-8', { fatal: false }).decode(bytes), warnings };
}

/** The text of `bytes`; its invalid-UTF-8 warnings (with line and byte) are appended to `warnings`. */
export function decodeDataFile(bytes: Uint8Array, file: string, warnings: DatasetWarning[]): string {
  const decoded = decodeUtf8(bytes, file);
  let line = 1;
  let pos = 0;
  for (const w of decoded.warnings) {
    for (; pos < (w.byte ?? 0) && pos < bytes.length; pos++) if (bytes[pos] === 0x0a) line++;
    warnings.push({ ...w, line });
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
