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
// "word" ("sanalla", "словом"). Part two, with set 23 as development data: step 2j, a count its sentence then names as
// the limit ("sixty words, so that's the limit", "30 words and not one more", "six is the ceiling"; not "the speed limit
// on the dam road"); a paragraph's first word for "the last", "the third of them", after a colon, before "the opening
// word" without "as", and as the subject of "should be the word"; "needs to reach"; endings after a gap ("The final line
// on the card has to be BE KIND"), "at the very end:", "sign off the newsletter with:"; word and letter counts ("Say
// harbour on three separate occasions at least", "Anchor needs two mentions minimum", "use at least ten z's");
// "keep the word X in", "It should name X", "two blanks at least", "own language, Hindi", Hebrew "לא יותר"; step 2k,
// commas ruled out by words that refer back to them ("so the notice can't have any", "so not one", "a minimum...
// actually no, none at all"; not "I don't mind them"); "comma-free"; "Banned words for this one:"; "Leave the word X
// out"; a negation word inside a phrase a slot read is the phrase's ("use the phrase no strings attached, word for
// word"); "with a - in front"; "at the lowest"; an ordinal after the sentence that names the paragraphs (Italian); any
// negated comma noun (Japanese); Indonesian "pakai". Controls from the review of the session's change (readings the
// new rules must not make: "types with caps lock on", "the debt ceiling", "with commas, and don't use any hashtags",
// "like in chapter 3", "the 2 articles", "the keywords snow and no"; and a first word asked by the prompt's first token,
// where the C port had read before the tokens). Sentences written for this test (test-support.ts V21_PROMPTS; the C parity test runs them too).
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
  'number_words{"relation":"less than","num_words":61}',
  'number_words{"relation":"less than","num_words":31}',
  'number_sentences{"relation":"less than","num_sentences":7}',
  'number_words{"relation":"at least","num_words":150} number_words{"relation":"less than","num_words":158}',
  'number_words{"relation":"at least","num_words":200}',
  'nth_paragraph_first_word{"num_paragraphs":3,"nth_paragraph":3,"first_word":"harbour"}',
  'nth_paragraph_first_word{"num_paragraphs":4,"nth_paragraph":3,"first_word":"finally"}',
  'nth_paragraph_first_word{"num_paragraphs":2,"nth_paragraph":2,"first_word":"anyway"}',
  'number_words{"relation":"at least","num_words":200}',
  'end_checker{"end_phrase":"BE KIND"}',
  'end_checker{"end_phrase":"Cheers, Sam."}',
  'end_checker{"end_phrase":"Stay curious, friends."}',
  'frequency{"keyword":"harbour","relation":"at least","frequency":3}',
  'frequency{"keyword":"anchor","relation":"at least","frequency":2}',
  'frequency{"keyword":"lantern","relation":"at least","frequency":2}',
  'letter_frequency{"letter":"z","let_relation":"at least","let_frequency":10}',
  'number_placeholders{"num_placeholders":2}',
  'existence{"keywords":["tide"]}',
  // "It should name flood defences": read since version 23 (a KEYWORDS row, "It should name data protection").
  'existence{"keywords":["flood defences"]}',
  'number_placeholders{"num_placeholders":2}',
  'response_language{"language":"hi"}',
  'response_language{"language":"he"} number_sentences{"relation":"less than","num_sentences":4}',
  'no_comma{}',
  'no_comma{}',
  '',
  'no_comma{}',
  'no_comma{}',
  'forbidden_words{"forbidden_words":["cheap","tacky"]}',
  'forbidden_words{"forbidden_words":["crazy"]}',
  'existence{"keywords":["no strings attached"]}',
  'number_bullet_lists{"num_bullets":4}',
  'number_words{"relation":"at least","num_words":90}',
  'response_language{"language":"it"} nth_paragraph_first_word{"num_paragraphs":3,"nth_paragraph":2,"first_word":"inoltre"}',
  'response_language{"language":"ja"} no_comma{}',
  'response_language{"language":"id"} forbidden_words{"forbidden_words":["mahal"]}',
  '',
  '',
  '',
  '',
  '',
  'number_words{"relation":"at least","num_words":100} number_words{"relation":"less than","num_words":106}',
  'number_sentences{"relation":"at least","num_sentences":6} number_sentences{"relation":"less than","num_sentences":7}',
  // Version 23: a bare word after an imperative "don't use" is ruled out (no comma reading still).
  'forbidden_words{"forbidden_words":["hashtags"]}',
  '',
  'number_paragraphs{"num_paragraphs":2}',
  'number_paragraphs{"num_paragraphs":2}',
  'existence{"keywords":["snow","no"]}',
  '',
  'nth_paragraph_first_word{"num_paragraphs":3,"nth_paragraph":3,"first_word":"kit"}',
];

test('round 20: readings from the phrasing banks and their controls', () => {
  assertRequirements(r, V21_PROMPTS, V21_WANT);
});
