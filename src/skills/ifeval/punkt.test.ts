// Punkt sentence splitting: NLTK's documented examples, and a property that it never throws.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadPunktParameters } from './punkt-params.ts';
import { PunktSentenceTokenizer } from './punkt.ts';
import { SKIP_REASON, dataPath } from './test-data.ts';

const dir = dataPath('punkt-english');
const punkt = () => new PunktSentenceTokenizer(loadPunktParameters(dir!));

test('abbreviations, initials and lowercase sentence starts (NLTK docs example)', (t) => {
  if (!dir) return t.skip(SKIP_REASON);
  const text =
    'Punkt knows that the periods in Mr. Smith and Johann S. Bach\ndo not mark sentence boundaries.  And sometimes sentences\ncan start with non-capitalized words.  i is a good variable\nname.';
  assert.deepEqual(punkt().tokenize(text), [
    'Punkt knows that the periods in Mr. Smith and Johann S. Bach\ndo not mark sentence boundaries.',
    'And sometimes sentences\ncan start with non-capitalized words.',
    'i is a good variable\nname.',
  ]);
});

test('realign_boundaries keeps closing brackets and quotes with their sentence', (t) => {
  if (!dir) return t.skip(SKIP_REASON);
  const text =
    '(How does it deal with this parenthesis?)  "It should be part of the\nprevious sentence." "(And the same with this one.)" (\'And this one!\')\n"(\'(And (this)) \'?)" [(and this. )]';
  assert.deepEqual(punkt().tokenize(text), [
    '(How does it deal with this parenthesis?)',
    '"It should be part of the\nprevious sentence."',
    '"(And the same with this one.)"',
    "('And this one!')",
    '"(\'(And (this)) \'?)"',
    '[(and this. )]',
  ]);
});

test('ellipses, numbers and repeated end marks', (t) => {
  if (!dir) return t.skip(SKIP_REASON);
  const p = punkt();
  assert.deepEqual(p.tokenize('Very bad acting!!! I promise.'), ['Very bad acting!!!', 'I promise.']);
  assert.equal(p.tokenize('It costs 3.5 dollars. Buy it on Jan. 5 at 3 p.m. sharp.').length, 2);
  assert.deepEqual(p.tokenize(''), []);
  assert.deepEqual(p.tokenize('   \n '), []);
});

test('property: never throws, spans are ordered and inside the text', (t) => {
  if (!dir) return t.skip(SKIP_REASON);
  const p = punkt();
  const alphabet = fc.constantFrom(...'aB .!?"\')(]-\n\t…,;:*É1'.split(''), 'Mr.', 'U.S.', '...', ' i ', 'Dr. ');
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.array(alphabet).map((a) => a.join(''))), (text) => {
      let last = 0;
      for (const [s, e] of p.spanTokenize(text)) {
        assert.ok(s >= last && e > s && e <= text.length);
        last = e;
      }
    }),
    { seed: 13, numRuns: 500 },
  );
});
