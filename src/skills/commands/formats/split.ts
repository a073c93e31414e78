// The deterministic train/test split rule of data/demo-commands (and of any Rasa pool a user wants
// to split the same way): a query goes to test when FNV-1a (32-bit) of its plain text's UTF-8
// bytes, annotations removed, is 0 modulo TEST_MODULUS — about one query in four. Hashing the text
// (not a line number or a random draw) keeps the split stable when queries are added or reordered.
import { fnv1a } from '../../../text/hash.ts';

export const TEST_MODULUS = 4;

const utf8 = new TextEncoder();

/** 'test' or 'train' for the plain text of one query. */
export function splitOf(text: string): 'train' | 'test' {
  return fnv1a(utf8.encode(text)) % TEST_MODULUS === 0 ? 'test' : 'train';
}
