// Issue 13 round 20 (responder_version 21): readings from two phrasing banks written blind for session 21
// (data/ifeval-phrasings-1 and -2: one constraint per prompt, ten wordings per instruction id, a third of them not in
// English), each written as a rule about a kind of sentence and checked on every development prompt. Reader step: a
// highlight or bullet count said in a clause the classifier flags for that id, where no pattern read one ("Emphasis: 3+
// phrases marked *like this*", "Format: markdown list, 5 items"; not in a prompt not written in English). Rows: the
// marking shown by an example ("2 phrases set off with *single asterisks*"), caps lock and "every single letter as a
// capital", "don't capitalise anything", "reproduce the preceding sentence unaltered", "doesn't go past three", "I need
// the word X", "work in both X and Y", "somewhere in it say X", "keep the letter q to two at most", "Language: Polish",
// "wrap it up with the words", "the whole msg in "quotes"", "one quoted block"; "repeat ... it" only near the verb
// ("repeat Tide at least three times so it sticks" is a count). Corrections: a count followed by a word that is no unit,
// and a relation with its count, take the retracted one's place ("three paragraphs... no, two is plenty", "roughly 80
// words... no, at least 150"); "change that to" is a marker. Scope: "Don't leave out the word X" asks for X; blank
// lines under a negation are no separator; a bare count ends its clause in a `***` sentence or the clause after its
// semicolon ("I need exactly four", "three of them"; not a time "7.30", not 35). Cue lexicon: instrumental forms of
// "word" ("sanalla", "словом"). Sentences written for this test (test-support.ts V21_PROMPTS; the C parity test runs them
// too).
import { test } from 'node:test';
import { IfevalResponder } from './respond.ts';
import { assertRequirements, V21_PROMPTS } from './test-support.ts';

const r = IfevalResponder.builtIn();

const V21_WANT: string[] = [
  'number_highlighted_sections{"num_highlights":3}',
  'number_highlighted_sections{"num_highlights":4}',
  'number_bullet_lists{"num_bullets":5}',
  'number_highlighted_sections{"num_highlights":2}',
  'number_paragraphs{"num_paragraphs":4}',
  'capital_word_frequency{"capital_relation":"less than","capital_frequency":4}',
  'english_capital{}',
  'english_capital{}',
  'english_lowercase{}',
  'repeat_prompt{"prompt_to_repeat":"Describe our allotment rules."}',
  'number_paragraphs{"num_paragraphs":2}',
  'number_words{"relation":"at least","num_words":150}',
  'end_checker{"end_phrase":"See you on Friday night."}',
  'existence{"keywords":["lanyard"]}',
  'existence{"keywords":["refund"]}',
  'existence{"keywords":["coaching","mentoring"]}',
  'existence{"keywords":["warranty"]}',
  'frequency{"keyword":"tide","relation":"at least","frequency":3}',
  'letter_frequency{"letter":"q","let_relation":"less than","let_frequency":3}',
  'response_language{"language":"pl"}',
  'number_paragraphs{"num_paragraphs":4}',
  'number_paragraphs{"num_paragraphs":3}',
  'end_checker{"end_phrase":"Raise your glasses!"}',
  'quotation{}',
  'quotation{}',
  'response_language{"language":"fi"} nth_paragraph_first_word{"num_paragraphs":3,"nth_paragraph":2,"first_word":"lisäksi"}',
  'repeat_prompt{"prompt_to_repeat":"what is a tide?"}',
  'number_paragraphs{"num_paragraphs":2}',
  'forbidden_words{"forbidden_words":["cheap"]}',
  '',
  'number_bullet_lists{"num_bullets":5}',
  'number_bullet_lists{"num_bullets":4}',
  'number_paragraphs{"num_paragraphs":2}',
];

test('round 20: readings from the phrasing banks and their controls', () => {
  assertRequirements(r, V21_PROMPTS, V21_WANT);
});
