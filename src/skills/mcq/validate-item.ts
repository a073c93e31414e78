// The one shape check for a multiple-choice item, shared by the runtime API (score, explain) and the
// dataset readers. Items reach the runtime from plain JavaScript and parsed JSON, so TypeScript's
// types prove nothing there; without this check `options: [1, 2]` scored the strings "1" and "2",
// `context: null` scored the text "null" and a missing `options` threw a bare TypeError.
// Browser-safe: no Node APIs. The bounds are docs/format.md §2.1 (MIN_OPTIONS..MAX_OPTIONS).
import { LIMITS } from '../../text/limits.ts';
import type { EncodedItem } from './features.ts';
import type { McqItem } from './item.ts';

export type ItemErrorCode =
  | 'NOT_AN_OBJECT' // the item is null, an array, or not an object
  | 'FIELD_TYPE' // context/question is not a string, options is not an array, an option is not a string
  | 'OPTION_COUNT'; // fewer than MIN_OPTIONS or more than MAX_OPTIONS options

/** An item the runtime cannot score; `field` names the offending field (`context`, `options[2]`, ...). */
export class ItemError extends Error {
  override name = 'ItemError';
  constructor(
    readonly code: ItemErrorCode,
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** `a number`, `null`, `an array`: how a wrong value is named in messages. */
function describe(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined (missing)';
  if (Array.isArray(v)) return 'an array';
  const t = typeof v;
  return t === 'object' ? 'an object' : `a ${t}`;
}

function requireText(v: unknown, field: string): string {
  if (typeof v !== 'string') throw new ItemError('FIELD_TYPE', field, `"${field}" must be a string, got ${describe(v)}`);
  return v;
}

/**
 * Checks what the runtime reads (context, question, options) and returns a fresh item holding just
 * those values, so a getter or a later mutation cannot change the item between check and use.
 * Nothing else is required: other fields (id, answer, weight, anything) are not read by the runtime;
 * empty, long and identical strings are valid (long ones are truncated as §2.1 says); lone UTF-16
 * surrogates are encoded as U+FFFD, as TextEncoder does.
 */
export function checkItem(item: unknown): McqItem {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw new ItemError('NOT_AN_OBJECT', 'item', `an item must be an object {context, question, options}, got ${describe(item)}`);
  }
  const o = item as Record<string, unknown>;
  const context = requireText(o.context, 'context');
  const question = requireText(o.question, 'question');
  const options = o.options;
  if (!Array.isArray(options)) throw new ItemError('FIELD_TYPE', 'options', `"options" must be an array of strings, got ${describe(options)}`);
  const n = options.length;
  if (n < LIMITS.MIN_OPTIONS || n > LIMITS.MAX_OPTIONS) {
    throw new ItemError('OPTION_COUNT', 'options', `"options" must have ${LIMITS.MIN_OPTIONS}..${LIMITS.MAX_OPTIONS} entries, got ${n}`);
  }
  const copy: string[] = [];
  // An index loop, not every(): a sparse array's holes must be reported, not skipped.
  for (let i = 0; i < n; i++) {
    const o: unknown = options[i];
    if (typeof o !== 'string') throw new ItemError('FIELD_TYPE', `options[${i}]`, `"options" must contain only strings: options[${i}] is ${describe(o)}`);
    copy.push(o);
  }
  return { context, question, options: copy };
}

const isBytes = (v: unknown): v is Uint8Array => v instanceof Uint8Array;

/**
 * The same check for the hot path's already-encoded item (bytes; any bytes are valid, §2) and its
 * output buffer. Without it a 9-option item wrote past the scratch buffers and returned garbage.
 */
export function checkEncodedItem(item: EncodedItem, out: Int32Array): void {
  if (typeof item !== 'object' || item === null) throw new ItemError('NOT_AN_OBJECT', 'item', `an encoded item must be an object, got ${describe(item)}`);
  if (!isBytes(item.context)) throw new ItemError('FIELD_TYPE', 'context', `encoded "context" must be a Uint8Array, got ${describe(item.context)}`);
  if (!isBytes(item.question)) throw new ItemError('FIELD_TYPE', 'question', `encoded "question" must be a Uint8Array, got ${describe(item.question)}`);
  const options = item.options;
  if (!Array.isArray(options)) throw new ItemError('FIELD_TYPE', 'options', `encoded "options" must be an array of Uint8Array, got ${describe(options)}`);
  const n = options.length;
  if (n < LIMITS.MIN_OPTIONS || n > LIMITS.MAX_OPTIONS) {
    throw new ItemError('OPTION_COUNT', 'options', `"options" must have ${LIMITS.MIN_OPTIONS}..${LIMITS.MAX_OPTIONS} entries, got ${n}`);
  }
  for (let i = 0; i < n; i++) {
    if (!isBytes(options[i])) throw new ItemError('FIELD_TYPE', `options[${i}]`, `encoded options[${i}] must be a Uint8Array, got ${describe(options[i])}`);
  }
  if (!(out instanceof Int32Array) || out.length < n) throw new ItemError('FIELD_TYPE', 'out', `the output buffer must be an Int32Array of at least ${n} entries`);
}
