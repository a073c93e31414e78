// Tokenizer contract: code-point offsets (not UTF-16 units), punctuation as one-code-point tokens,
// ASCII-only lowering in the hash, and the token limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_TOKENS, tokenize } from './tokenize.ts';
import { fnv1aString } from '../../text/hash.ts';

test('offsets count code points; punctuation splits', () => {
  const text = '😀 Set the oven to 350°F, please!';
  const { tokens } = tokenize(text);
  const cps = [...text];
  assert.deepEqual(
    tokens.map((t) => cps.slice(t.start, t.end).join('')),
    ['😀', 'Set', 'the', 'oven', 'to', '350°F', ',', 'please', '!'],
  );
  assert.deepEqual([tokens[1].start, tokens[1].end], [2, 5]);
});

test("apostrophes, curly quotes and dashes are punctuation; no-break space separates", () => {
  const { tokens } = tokenize('Sinatra\'s ‘hit’ — now\u00a0ok');
  assert.deepEqual(tokens.map((t) => String.fromCodePoint(...t.cps)), ['Sinatra', "'", 's', '‘', 'hit', '’', '—', 'now', 'ok']);
});

test('the hash is FNV-1a of the ASCII-lowered UTF-8 bytes', () => {
  const { tokens } = tokenize('OVEN Été');
  assert.equal(tokens[0].hash, fnv1aString('oven'));
  assert.equal(tokens[1].hash, fnv1aString('Été'.replace('t', 't'))); // É is not ASCII: kept
});

test(`at most ${MAX_TOKENS} tokens, truncation reported`, () => {
  const r = tokenize('a '.repeat(MAX_TOKENS + 5));
  assert.equal(r.tokens.length, MAX_TOKENS);
  assert.equal(r.truncated, true);
  assert.equal(tokenize('a b').truncated, false);
});
