// The multiple-choice item as users write it, and its UTF-8 encoding for the runtimes.
import type { EncodedItem } from './features.ts';
import { LIMITS } from '../../text/limits.ts';

export interface McqItem {
  id?: string;
  context: string;
  question: string;
  options: string[];
  /** 0-based index of the correct option, when known. */
  answer?: number;
  /** Training weight (default 1); used only by the trainer, never by the runtimes. */
  weight?: number;
}

const utf8 = new TextEncoder();

/** The whole UTF-8 encoding of every field (fresh arrays the caller may keep). */
export function encodeItem(item: McqItem): EncodedItem {
  return {
    context: utf8.encode(item.context),
    question: utf8.encode(item.question),
    options: item.options.map((o) => utf8.encode(o)),
  };
}

/** A UTF-8 character is at most 4 bytes: a buffer of limit + 3 bytes always receives at least
 * `limit` bytes of a longer field, since `encodeInto` writes whole characters only. */
const MAX_CHAR_TAIL = 3;

/**
 * Encodes items for scoring into buffers it owns, reused from item to item: only each field's first
 * N bytes (the byte limits of docs/format.md §2.1) are encoded, since nothing past them can change
 * a score, so the cost is flat in the field's length and nothing is allocated but the views.
 * Equal, byte for byte, to `encodeItem` cut at the limits. The views are valid until the next call.
 */
export class ItemEncoder {
  private readonly context = new Uint8Array(LIMITS.MAX_CONTEXT_BYTES + MAX_CHAR_TAIL);
  private readonly question = new Uint8Array(LIMITS.MAX_QUESTION_BYTES + MAX_CHAR_TAIL);
  private readonly options = Array.from({ length: LIMITS.MAX_OPTIONS }, () => new Uint8Array(LIMITS.MAX_OPTION_BYTES + MAX_CHAR_TAIL));

  encode(item: McqItem): EncodedItem {
    const n = item.options.length;
    // Filled by push, not `new Array(n)`: a packed array, the same shape as encodeItem's, so the
    // scoring code V8 optimized for one kind of encoded item does not deoptimize on the other.
    const options: Uint8Array[] = [];
    for (let i = 0; i < n; i++) options.push(prefix(item.options[i], this.options[i % LIMITS.MAX_OPTIONS], LIMITS.MAX_OPTION_BYTES));
    return {
      context: prefix(item.context, this.context, LIMITS.MAX_CONTEXT_BYTES),
      question: prefix(item.question, this.question, LIMITS.MAX_QUESTION_BYTES),
      options,
    };
  }
}

/** The first min(limit, length) bytes of text's UTF-8 encoding, in buf. */
function prefix(text: string, buf: Uint8Array, limit: number): Uint8Array {
  const { written } = utf8.encodeInto(text, buf);
  return buf.subarray(0, written < limit ? written : limit);
}
