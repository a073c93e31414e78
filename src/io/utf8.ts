// Decoding an input file as UTF-8 the same way in every reader: a leading byte-order mark is
// dropped (editors on Windows write one; JSON.parse would reject it), and bytes that are not UTF-8
// are read as U+FFFD with a warning naming each line, because the text a model then sees is no
// longer the bytes in the file. Python's official IFEval reader would stop on such bytes; the
// MCQ spec (docs/format.md §2) scores raw bytes, which a JavaScript string cannot carry.
import { InputWarning } from './warning.ts';

const lenient = new TextDecoder('utf-8');
const strict = new TextDecoder('utf-8', { fatal: true });

function isUtf8(bytes: Uint8Array): boolean {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    // TypeError is the decoder's only way to say "not UTF-8"; that is the answer, not a failure.
    return false;
  }
}

/**
 * The text of `bytes` (BOM removed), adding one INVALID_UTF8 warning per line that holds bytes which
 * are not UTF-8. Line numbers match the decoded text's: replacement never adds or removes a 0x0A.
 */
export function decodeUtf8(bytes: Uint8Array, file: string, warnings: InputWarning[]): string {
  if (!isUtf8(bytes)) {
    let start = 0;
    let line = 1;
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      if (!isUtf8(bytes.subarray(start, i))) {
        warnings.push(new InputWarning('INVALID_UTF8', file, line, 'bytes that are not UTF-8; they are read as U+FFFD (the replacement character)'));
      }
      start = i + 1;
      line++;
    }
  }
  return lenient.decode(bytes);
}

/** True when `s` holds a UTF-16 surrogate without its pair (only JSON `\uD800`-style escapes make one). */
export function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      else return true;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}
