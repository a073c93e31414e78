// Issue 13 round 7 (responder_version 8, scope.ts): a bound or a case that a negation before it turns round ("it
// mustn't exceed 180 words", "not below 200 words", "no small letters in it", "nothing in upper case"), the part count
// in a `***` divider's sentence ("three blocks of text"), word counts next to "capitals" as capital-word counts, pinned with
// sentences written for this test (test-support.ts BOUND_PROMPTS, none from a test set), as official requirements.
// The controls keep their readings: a negation inside the relation ("Don't write more than"), after the count ("so
// it never feels rushed"), in another segment ("and do not use any commas"), a hedge ("not too long"), a prefix
// ("non-negotiable"), a count of other things by a divider ("the 3 trails"), a length in another segment than the
// capitals ("300 words, all in capital letters").
import { test } from 'node:test';
import { IfevalResponder } from './respond.ts';
import { assertRequirements, BOUND_PROMPTS } from './test-support.ts';

const r = IfevalResponder.builtIn();

const BOUND_WANT: string[] = [
  "number_words{\"relation\":\"less than\",\"num_words\":181}",
  "number_sentences{\"relation\":\"less than\",\"num_sentences\":7}",
  "number_words{\"relation\":\"less than\",\"num_words\":91}",
  "number_sentences{\"relation\":\"at least\",\"num_sentences\":7}",
  "number_words{\"relation\":\"less than\",\"num_words\":141}",
  "capital_word_frequency{\"capital_relation\":\"less than\",\"capital_frequency\":4}",
  "number_words{\"relation\":\"at least\",\"num_words\":200}",
  "english_capital{}",
  "english_lowercase{}",
  "number_words{\"relation\":\"less than\",\"num_words\":60}",
  "number_words{\"relation\":\"at least\",\"num_words\":300} english_capital{}",
  "number_words{\"relation\":\"less than\",\"num_words\":101}",
  "number_words{\"relation\":\"at least\",\"num_words\":150}",
  "no_comma{} number_sentences{\"relation\":\"at least\",\"num_sentences\":5}",
  "number_paragraphs{\"num_paragraphs\":3}",
  "number_paragraphs{\"num_paragraphs\":4}",
  "number_paragraphs{\"num_paragraphs\":2}",
  "capital_word_frequency{\"capital_relation\":\"less than\",\"capital_frequency\":2}",
  "capital_word_frequency{\"capital_relation\":\"at least\",\"capital_frequency\":2}",
  "number_words{\"relation\":\"at least\",\"num_words\":300} number_words{\"relation\":\"less than\",\"num_words\":316} english_capital{}",
];

test('negated bounds and cases, divider part counts and capital-word counts read as the sentence means', () => {
  assertRequirements(r, BOUND_PROMPTS, BOUND_WANT);
});
