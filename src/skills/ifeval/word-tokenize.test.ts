// nltk.word_tokenize as the capital-word check uses it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPunktParameters } from './punkt-params.ts';
import { PunktSentenceTokenizer } from './punkt.ts';
import { treebankTokenize, wordTokenize } from './word-tokenize.ts';
import { SKIP_REASON, dataPath } from './test-data.ts';

test('Treebank rules: quotes, contractions, final period, dashes', () => {
  assert.deepEqual(treebankTokenize('"I can\'t go," she said.'), ['``', 'I', 'ca', "n't", 'go', ',', "''", 'she', 'said', '.']);
  assert.deepEqual(treebankTokenize('Cannot gonna (x) A--B'), ['Can', 'not', 'gon', 'na', '(', 'x', ')', 'A', '--', 'B']);
  assert.deepEqual(treebankTokenize('IT—IS “NOW”'), ['IT', '—', 'IS', '“', 'NOW', '”']);
  assert.deepEqual(treebankTokenize('U.S.A. and 3,000 items: ok...'), ['U.S.A.', 'and', '3,000', 'items', ':', 'ok', '...']);
});

test('word_tokenize: Punkt sentences, then Treebank (NLTK docs example)', (t) => {
  const dir = dataPath('punkt-english');
  if (!dir) return t.skip(SKIP_REASON);
  const punkt = new PunktSentenceTokenizer(loadPunktParameters(dir));
  const s = 'Good muffins cost $3.88\nin New York.  Please buy me\ntwo of them.\nThanks.';
  assert.deepEqual(wordTokenize(s, punkt), [
    'Good', 'muffins', 'cost', '$', '3.88', 'in', 'New', 'York', '.', 'Please', 'buy', 'me', 'two', 'of', 'them', '.', 'Thanks', '.',
  ]);
});
