// Reading a dataset file as UTF-8 the way every commands reader does (Rasa, Snips NLU JSON, the
// Snips benchmark, the schema): a leading byte-order mark is dropped, and each byte sequence that is
// not UTF-8 becomes U+FFFD with a warning naming the file, the 1-based line and the byte offset, so
// a person can find it with a hex editor. Real files have such bytes (the Snips benchmark's
// PlayMusic.json holds CESU-8 surrogates); one bad emoji must not stop a training run.
import type { DatasetWarning } from '../types.ts';

/** At most this many INVALID_UTF8 warnings per file; one more line says how many were left out. */
export const MAX_UTF8_WARNINGS_PER_FILE = 20;

const lenient = new TextDecoder('utf-8', { ignoreBOM: false });

function inRange(b: number | undefined, lo: number, hi: number): boolean {
  return b !== undefined && b >= lo && b <= hi;
}

/**
 * Byte offsets where a decoder following the WHATWG rules emits U+FFFD (one per maximal invalid
 * subpart, as TextDecoder does), in order.
 */
export function invalidUtf8Offsets(bytes: Uint8Array): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f; // surrogates (CESU-8) are not UTF-8
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else {
      out.push(i);
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const first = k === 0;
      if (!inRange(bytes[j], first ? lo : 0x80, first ? hi : 0xbf)) {
        ok = false;
        break;
      }
    }
    if (!ok) out.push(i);
    i = j;
  }
  return out;
}

/** The text of `bytes` (BOM dropped, invalid sequences as U+FFFD), warnings appended to `warnings`. */
export function decodeDataFile(bytes: Uint8Array, file: string, warnings: DatasetWarning[]): string {
  const bad = invalidUtf8Offsets(bytes);
  if (bad.length > 0) {
    let line = 1;
    let pos = 0;
    for (let k = 0; k < bad.length && k < MAX_UTF8_WARNINGS_PER_FILE; k++) {
      for (; pos < bad[k]; pos++) if (bytes[pos] === 0x0a) line++;
      warnings.push({ file, line, byte: bad[k], message: `bytes that are not UTF-8 at byte ${bad[k]}; read as U+FFFD` });
    }
    if (bad.length > MAX_UTF8_WARNINGS_PER_FILE) {
      warnings.push({ file, message: `${bad.length - MAX_UTF8_WARNINGS_PER_FILE} more invalid UTF-8 sequence(s) not listed` });
    }
  }
  return lenient.decode(bytes);
}
