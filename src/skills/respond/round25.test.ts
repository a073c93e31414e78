// Issue 13 round 25 (responder_version 26): readings from sets 30 and 31, development data after their blind scoring,
// each written anew for the test. Letter counts after a letter's plural ("plenty of b's, so please get at least 10 of
// them in", "swimming in k's: nine at minimum", "at least seven z's", "five R's, so keep it under six of them"); the
// quotation mark named as a character ("between two straight " marks", "each end gets a plain " mark"); highlights
// counted after what the asterisks do ("bolds anything between two asterisks, so do that for three lines", "; use that
// on two prices") or "between single asterisks"; "Name X in the text", "mention X,", "make sure X is in both", "Say X Y in
// every part"; a keyword counted after "that word" ("gets a hamper, so use that word at least four times"), "put X in it
// three times or more"; capitals a shop "only cuts" or "only has"; "Keep all-caps words to zero"; "let it close on our
// usual goodbye, X!"; two hand-back wordings; "I'd like X as the very first word"; "rejects files with the string X
// anywhere"; placeholders counted from the list after "for". Other languages: a one-word gap between a number and its
// unit ("Die drei allerwichtigsten Hinweise"), item words (вещи, rzeczy, renglones, Angaben), an upper bound next to a
// placeholder count (Russian "под" is Bulgarian LESS), Norwegian "ikke være kortere enn", Danish "slut af med", Spanish
// "ciérralo con:", a first word named with an ordinal 1 before the word noun (Finnish, Russian), a ban through Czech
// "nepoužívej", Polish "bo" ending a list, an include verb's object before a count ("Menciona cacao por lo menos tres
// veces"). Controls: "Please mention it", "Make sure it is in both", "I work in IT", "We have two new interns" (no
// blank-line separator), a square-bracket blank "for the date, because ..." (one).
import { test } from 'node:test';
import { IfevalResponder } from './respond.ts';
import { assertRequirements, V26_PROMPTS } from './test-support.ts';

const r = IfevalResponder.builtIn();

const WANT: string[] = [
"letter_frequency{\"letter\":\"b\",\"let_relation\":\"at least\",\"let_frequency\":10}",
"letter_frequency{\"letter\":\"k\",\"let_relation\":\"at least\",\"let_frequency\":9}",
"letter_frequency{\"letter\":\"z\",\"let_relation\":\"at least\",\"let_frequency\":7}",
"letter_frequency{\"letter\":\"r\",\"let_relation\":\"less than\",\"let_frequency\":6}",
"quotation{}",
"quotation{}",
"number_highlighted_sections{\"num_highlights\":2}",
"number_highlighted_sections{\"num_highlights\":3}",
"number_highlighted_sections{\"num_highlights\":2}",
"existence{\"keywords\":[\"Kavala\"]}",
"existence{\"keywords\":[\"chestnuts\"]}",
"",
"two_responses{} existence{\"keywords\":[\"harbour\"]}",
"",
"",
"existence{\"keywords\":[\"tide table\"]} multiple_sections{\"section_spliter\":\"Day\",\"num_sections\":3}",
"frequency{\"keyword\":\"hamper\",\"relation\":\"at least\",\"frequency\":4}",
"frequency{\"keyword\":\"kombucha\",\"relation\":\"at least\",\"frequency\":3}",
"frequency{\"keyword\":\"saffron\",\"relation\":\"at least\",\"frequency\":3}",
"english_capital{}",
"english_capital{}",
"capital_word_frequency{\"capital_relation\":\"less than\",\"capital_frequency\":1}",
"end_checker{\"end_phrase\":\"Ka kite ano!\"}",
"repeat_prompt{\"prompt_to_repeat\":\"I need a note for the team about the new rota.\"}",
"repeat_prompt{\"prompt_to_repeat\":\"I need a thank-you card for my neighbour.\"}",
"nth_paragraph_first_word{\"num_paragraphs\":3,\"nth_paragraph\":1,\"first_word\":\"greetings\"}",
"forbidden_words{\"forbidden_words\":[\"NULL\"]} json_format{}",
"number_paragraphs{\"num_paragraphs\":3}",
"number_placeholders{\"num_placeholders\":3}",
"number_placeholders{\"num_placeholders\":1}",
"response_language{\"language\":\"de\"} number_bullet_lists{\"num_bullets\":3}",
"response_language{\"language\":\"ru\"} number_placeholders{\"num_placeholders\":2}",
"response_language{\"language\":\"ru\"} number_highlighted_sections{\"num_highlights\":2}",
"response_language{\"language\":\"pl\"} number_bullet_lists{\"num_bullets\":3}",
"response_language{\"language\":\"es\"} number_bullet_lists{\"num_bullets\":3} end_checker{\"end_phrase\":\"¡Nos vemos!\"}",
"response_language{\"language\":\"no\"} number_sentences{\"relation\":\"at least\",\"num_sentences\":5}",
"response_language{\"language\":\"da\"} end_checker{\"end_phrase\":\"Vi ses snart!\"}",
"response_language{\"language\":\"fi\"} nth_paragraph_first_word{\"num_paragraphs\":2,\"nth_paragraph\":2,\"first_word\":\"lopuksi\"}",
"response_language{\"language\":\"ru\"} nth_paragraph_first_word{\"num_paragraphs\":3,\"nth_paragraph\":1,\"first_word\":\"здравствуйте\"}",
"response_language{\"language\":\"cs\"} forbidden_words{\"forbidden_words\":[\"levný\"]}",
"response_language{\"language\":\"pl\"} forbidden_words{\"forbidden_words\":[\"tanio\"]}",
"response_language{\"language\":\"es\"} frequency{\"keyword\":\"cacao\",\"relation\":\"at least\",\"frequency\":3}",
"number_highlighted_sections{\"num_highlights\":2}",
"response_language{\"language\":\"ru\"} existence{\"keywords\":[\"ярмарка\"]}",
];

test('sets 30 and 31 readings, with controls (a pronoun after "mention", "make sure it is in both", a job "in IT", "two new interns", one blank "for the date, because")', () => {
  assertRequirements(r, V26_PROMPTS, WANT);
});
