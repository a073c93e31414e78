// Issue 13 round 18 (responder_version 19): readings of prompts not written in English that do not need a phrasing per
// language. The cue step reads an ending named without quotes after the word that brings it in (the cue lexicon's
// WITH: "Termina a mensagem com Até sábado, pessoal!", "Zakończ ją słowami Do zobaczenia."), when it opens with a
// capital; an include verb's one unquoted word that ends its clause ("упомяни пропуск, потому что"); and a relation
// word next to a count the patterns read as exact ("Non oltre tre frasi"); a number inside a token of a script written
// without spaces, before its counter, is a symbol's count ("大切な点を3か所、*このように*"). In English, a count the words after it call
// too many or too few is a limit ("50 words is too many", "More than 100 words is way too long"); a bound restated by a
// pronoun ("80 words and nothing past that", "stay short of it"); "or it won't ..." is a consequence whose negation
// leaves the limit alone; a relation written after its count is retracted with it ("four sentences max, no wait, a
// maximum of three"); "half a dozen" is six; "no other lines bulleted" counts nothing; a count of list nouns in a
// sentence that names its bullet marker ("Six rules ... with an asterisk at the start of each line"); a repeat asked as
// a copying verb, what of the prompt it copies and how faithfully ("copy this whole request out unchanged"), Italian
// "ricopia", and Italian "mia" is no Swahili hundred; negated "less than" in seven languages ("pas moins de quatre
// champs"), "no fewer than" is no count of zero, blanks counted after their list ("not less than three of them"), a
// count not to be reached ("must not reach 60 words"), a plain count of words in capitals counts capitalised words
// ("five words in block capitals"; "a couple of words in ALL CAPS are fine" stays as it was read); cue words after
// Hebrew proclitics ("במקף", with a hyphen), a divider's nearest count does not replace the paragraph count the cue
// step read ("ત્રણ ફકરા ... દરેક બે ફકરાની વચ્ચે ***"), list nouns as items in five languages ("quatre étapes ...
// tiret"), Swahili class forms of number words ("mambo matatu") and a negated "exceed" ("lisizidi"); a word's count
// with the word as the subject ("magic should crop up at least four times", "let r turn up forty times or more": a
// letter); the French postscript "P.-S." after "ajoutez" (add verbs as include cues in four languages), and a quoted
// marker is no keyword. Controls: a description after "con", a
// German noun after an article, an end adverb after a colon, a Korean auxiliary after the verb, "USA" (Spanish "usa"),
// a negated include, "not too short", asterisks that mark highlights, "each one a line" (a share, not the count:
// the list's "5 of them" is no list noun, so no count is read), a rhyme scheme copied unchanged, "It should come up"
// (a pronoun is no keyword), a subject count whose "or more" another match holds ("... or more than 100 words"), bullet
// markers under a negation ("4 lines about the stars, no dashes or asterisks"), a number in two words retracted whole
// ("twenty five sentences max, no wait, ..."). Pinned with sentences written for this test (test-support.ts V19_PROMPTS; the C parity test runs
// them too).
import { test } from 'node:test';
import { IfevalResponder } from './respond.ts';
import { assertRequirements, V19_PROMPTS } from './test-support.ts';

const r = IfevalResponder.builtIn();

const V19_WANT: string[] = [
  'response_language{"language":"pt"} end_checker{"end_phrase":"Até sábado, pessoal!"}',
  'response_language{"language":"it"} end_checker{"end_phrase":"Buon appetito!"}',
  'response_language{"language":"es"} end_checker{"end_phrase":"¡Los esperamos!"}',
  'response_language{"language":"de"} end_checker{"end_phrase":"Bis bald!"}',
  'response_language{"language":"pl"} end_checker{"end_phrase":"Do zobaczenia."}',
  'response_language{"language":"ru"} existence{"keywords":["пропуск"]}',
  'response_language{"language":"it"} number_sentences{"relation":"less than","num_sentences":4}',
  'response_language{"language":"ja"} number_highlighted_sections{"num_highlights":3}',
  'number_words{"relation":"less than","num_words":50}',
  'number_words{"relation":"less than","num_words":101}',
  'number_words{"relation":"at least","num_words":80}',
  'number_words{"relation":"less than","num_words":81}',
  'number_words{"relation":"less than","num_words":90}',
  'number_words{"relation":"less than","num_words":26}',
  'letter_frequency{"letter":"k","let_relation":"at least","let_frequency":5}',
  'number_sentences{"relation":"less than","num_sentences":4}',
  'number_sentences{"relation":"less than","num_sentences":4}',
  'number_bullet_lists{"num_bullets":6}',
  'number_bullet_lists{"num_bullets":5}',
  'number_bullet_lists{"num_bullets":6}',
  'number_bullet_lists{"num_bullets":4}',
  'number_bullet_lists{"num_bullets":4}',
  'repeat_prompt{"prompt_to_repeat":"I sell candles. Write a product blurb."}',
  'repeat_prompt{"prompt_to_repeat":"I run a shop. Please write a note for my staff."}',
  'repeat_prompt{"prompt_to_repeat":"Please write a thank-you card for my neighbour."}',
  'response_language{"language":"it"} repeat_prompt{"prompt_to_repeat":"Scrivi un messaggio per i genitori."}',
  'number_placeholders{"num_placeholders":4}',
  'number_placeholders{"num_placeholders":2}',
  'number_placeholders{"num_placeholders":3}',
  'number_words{"relation":"less than","num_words":60}',
  'number_sentences{"relation":"less than","num_sentences":6}',
  'capital_word_frequency{"capital_relation":"at least","capital_frequency":5} capital_word_frequency{"capital_relation":"less than","capital_frequency":6}',
  'response_language{"language":"he"} number_bullet_lists{"num_bullets":4}',
  'response_language{"language":"gu"} number_paragraphs{"num_paragraphs":3}',
  'response_language{"language":"fr"} number_bullet_lists{"num_bullets":4}',
  'response_language{"language":"sw"} number_sentences{"relation":"less than","num_sentences":7} number_bullet_lists{"num_bullets":3}',
  'frequency{"keyword":"magic","relation":"at least","frequency":4}',
  'frequency{"keyword":"neon","relation":"at least","frequency":3}',
  'letter_frequency{"letter":"r","let_relation":"at least","let_frequency":40}',
  'response_language{"language":"fr"} postscript{"postscript_marker":"P.-S."}',
  'response_language{"language":"es"} postscript{"postscript_marker":"P.D."}',
  'response_language{"language":"es"}',
  'response_language{"language":"de"}',
  'response_language{"language":"es"}',
  'response_language{"language":"ko"}',
  'response_language{"language":"en"}',
  'response_language{"language":"ru"}',
  'number_words{"relation":"at least","num_words":200}',
  'number_highlighted_sections{"num_highlights":2}',
  // Version 21: the reader's bullet count (a clause it flags for bullets, no pattern count) reads this list as 5.
  'number_bullet_lists{"num_bullets":5}',
  '',
  'number_words{"relation":"at least","num_words":2} number_words{"relation":"less than","num_words":5} english_capital{}',
  '',
  'number_words{"relation":"at least","num_words":101}',
  '',
  'number_sentences{"relation":"less than","num_sentences":4}',
];

test('version 19 readings: unquoted endings after WITH, an include verb\'s one-word object, a relation next to an exact count, "too many", restated and corrected bounds, bullet sentences, repeats', () => {
  assertRequirements(r, V19_PROMPTS, V19_WANT);
});
