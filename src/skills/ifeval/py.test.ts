// Python string semantics that JS does not share (reference values from CPython 3.11), and
// robustness of the word counters on arbitrary strings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pyIsLower, pyIsUpper, pySplit, pyStrip, pyStripChars } from './py.ts';
import fc from 'fast-check';
import { countWords } from './checkers/length.ts';
import { treebankTokenize } from './word-tokenize.ts';

test('str.isupper / islower use the Unicode Uppercase/Lowercase properties', () => {
  assert.equal(pyIsUpper('HELLO 123'), true);
  assert.equal(pyIsUpper('123'), false); // no cased character
  assert.equal(pyIsUpper('ǅ'), false); // titlecase
  assert.equal(pyIsLower('ǅ'), false);
  assert.equal(pyIsLower('ⓐ'), true); // Other_Lowercase
  assert.equal(pyIsLower('ª'), true);
  assert.equal(pyIsUpper('Ⅷ'), true); // Other_Uppercase
});

test('strip/split use Python whitespace: \\x1c-\\x1f and \\x85 yes, BOM no', () => {
  assert.equal(pyStrip('\x1c a \x85'), 'a');
  assert.equal(pyStrip('\ufeffa'), '\ufeffa');
  assert.deepEqual(pySplit(' a\u2003b\x1dc '), ['a', 'b', 'c']);
  assert.equal(pyStripChars('<<x>>', '<', 'left'), 'x>>');
});

test('count_words: \\w+ runs; combining marks are not word characters in Python', () => {
  assert.equal(countWords('हिन्दी'), 3);
  assert.equal(countWords('naïve café_bar x² ½'), 4);
  assert.equal(countWords("don't stop-me now"), 5);
  assert.equal(countWords(''), 0);
});

test('property: count_words and the Treebank tokenizer never throw; count_words adds over spaces', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (s, t) => {
      assert.ok(Array.isArray(treebankTokenize(s)));
      // A space is never a word character, so words on either side of it are counted apart.
      assert.equal(countWords(`${s} ${t}`), countWords(s) + countWords(t));
    }),
    { seed: 11, numRuns: 500 },
  );
});

test('property: on ASCII, count_words is the number of [A-Za-z0-9_]+ runs (Python\'s \\w on ASCII)', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)) }), (s) => {
      assert.equal(countWords(s), (s.match(/[A-Za-z0-9_]+/g) ?? []).length);
    }),
    { seed: 12, numRuns: 500 },
  );
});
