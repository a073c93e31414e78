// The compiled probe batch (docs/format.md §5) <-> c/board/eg_batch.c: multiple-choice items as raw,
// length-prefixed UTF-8 bytes, so the board and the native C runtime read them in place without a
// JSON parser.
import { crc32 } from '../artifact/crc32.ts';
import { errorNumber, type BatchErrorCode } from '../artifact/errors.ts';
import { encodeItem, type McqItem } from '../skills/mcq/item.ts';
import { LIMITS } from '../text/limits.ts';

export const BATCH_MAGIC = Uint8Array.from([0x45, 0x47, 0x42, 0x41, 0x54, 0x43, 0x48, 0x1a]); // "EGBATCH" SUB
export const BATCH_VERSION = 1;
export const BATCH_HEADER_BYTES = 24;
export const BATCH_NO_ANSWER = 0xff;

/** Encodes items into a batch. Throws BatchError (BATCH_BAD_ITEM) for an item the format cannot hold:
 * fewer than 2 or more than 8 options, or an answer that is not an option index. */
export function compileBatch(items: readonly McqItem[]): Uint8Array {
  const encoded = items.map((item, i) => {
    const n = item.options.length;
    if (n < LIMITS.MIN_OPTIONS || n > LIMITS.MAX_OPTIONS) {
      throw new BatchError('BATCH_BAD_ITEM', `item ${item.id ?? i}: ${n} options (batch items need ${LIMITS.MIN_OPTIONS}..${LIMITS.MAX_OPTIONS})`);
    }
    const answer = item.answer;
    if (answer !== undefined && !(Number.isInteger(answer) && answer >= 0 && answer < n)) {
      throw new BatchError('BATCH_BAD_ITEM', `item ${item.id ?? i}: answer ${answer} is not an option index`);
    }
    const e = encodeItem(item);
    return { answer: answer ?? BATCH_NO_ANSWER, fields: [e.context, e.question, ...e.options] };
  });
  let bodyLength = 0;
  for (const e of encoded) for (const f of e.fields) bodyLength += 4 + f.length;
  bodyLength += 2 * encoded.length;
  const out = new Uint8Array(BATCH_HEADER_BYTES + bodyLength);
  const view = new DataView(out.buffer);
  out.set(BATCH_MAGIC, 0);
  view.setUint32(8, BATCH_VERSION, true);
  view.setUint32(12, encoded.length, true);
  view.setUint32(16, bodyLength, true);
  let p = BATCH_HEADER_BYTES;
  for (const e of encoded) {
    out[p++] = e.fields.length - 2;
    out[p++] = e.answer;
    for (const f of e.fields) {
      view.setUint32(p, f.length, true);
      out.set(f, p + 4);
      p += 4 + f.length;
    }
  }
  view.setUint32(20, crc32(out.subarray(BATCH_HEADER_BYTES)), true);
  return out;
}

export interface BatchItemBytes {
  context: Uint8Array;
  question: Uint8Array;
  options: Uint8Array[];
  answer?: number;
}

/** A malformed batch; `code` is the check that failed, `number` its code in both runtimes (eg_batch_open). */
export class BatchError extends Error {
  readonly code: BatchErrorCode;
  readonly number: number;
  constructor(code: BatchErrorCode, message: string) {
    super(`compiled probe batch: ${message}`);
    this.name = 'BatchError';
    this.code = code;
    this.number = errorNumber(code);
  }
}

/** Decodes and validates a batch (the same checks, in the same order, as eg_batch_open); throws
 * BatchError with the code eg_batch_open returns for the same bytes. */
export function decodeBatch(bytes: Uint8Array): BatchItemBytes[] {
  const fail = (code: BatchErrorCode, what: string): never => {
    throw new BatchError(code, what);
  };
  if (bytes.length < BATCH_HEADER_BYTES) fail('BATCH_TRUNCATED', 'truncated header');
  for (let i = 0; i < 8; i++) if (bytes[i] !== BATCH_MAGIC[i]) fail('BATCH_BAD_MAGIC', 'bad magic');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(8, true) !== BATCH_VERSION) fail('BATCH_UNSUPPORTED_VERSION', 'unsupported version');
  const count = view.getUint32(12, true);
  const bodyLength = view.getUint32(16, true);
  if (bodyLength !== bytes.length - BATCH_HEADER_BYTES) fail('BATCH_TRUNCATED', 'body_length does not match the size');
  const body = bytes.subarray(BATCH_HEADER_BYTES);
  if (crc32(body) !== view.getUint32(20, true)) fail('BATCH_CRC_MISMATCH', 'CRC-32 mismatch');
  const items: BatchItemBytes[] = [];
  let p = BATCH_HEADER_BYTES;
  const end = bytes.length;
  for (let k = 0; k < count; k++) {
    if (end - p < 2) fail('BATCH_BAD_ITEM', `item ${k} truncated`);
    const n = bytes[p];
    const answer = bytes[p + 1];
    p += 2;
    if (n < LIMITS.MIN_OPTIONS || n > LIMITS.MAX_OPTIONS) fail('BATCH_BAD_ITEM', `item ${k} has ${n} options`);
    if (answer !== BATCH_NO_ANSWER && answer >= n) fail('BATCH_BAD_ITEM', `item ${k} answer out of range`);
    const fields: Uint8Array[] = [];
    for (let f = 0; f < n + 2; f++) {
      if (end - p < 4) fail('BATCH_BAD_ITEM', `item ${k} truncated`);
      const len = view.getUint32(p, true);
      p += 4;
      if (len > end - p) fail('BATCH_BAD_ITEM', `item ${k} field overruns the batch`);
      fields.push(bytes.subarray(p, p + len));
      p += len;
    }
    items.push({
      context: fields[0],
      question: fields[1],
      options: fields.slice(2),
      ...(answer === BATCH_NO_ANSWER ? {} : { answer }),
    });
  }
  if (p !== end) fail('BATCH_BAD_ITEM', 'bytes after the last item');
  return items;
}
