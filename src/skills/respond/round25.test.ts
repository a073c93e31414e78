// Issue 13 round 25 (responder_version 26): readings from sets 30 and 31 (part one) and sets 32 and 33 (part two),
// development data after their blind scoring, each written anew for the test. Letter counts after a letter's plural
// ("plenty of b's, so please get at least 10 of them in", "swimming in k's: nine at minimum", "at least seven z's",
// "five R's, so keep it under six of them"); the quotation mark named ("between two straight " marks"); highlights
// counted after what the asterisks do, "between single asterisks", and in the sentence that names asterisks and how
// they sit ("Two points ... marked with asterisks on both sides", "Mark the date and the ticket price with an asterisk
// before and after each"); "Name X in the text", "mention X,", "make sure X is in both"; a keyword counted after "that
// word"; capitals a shop "only cuts" or "only has"; "Keep all-caps words to zero"; an unquoted goodbye ending; two
// hand-back wordings; "I'd like X as the very first word", "block three must kick off with X"; "rejects files with the
// string X anywhere"; placeholders counted from a list after "for", and an empty "[ ]" shown. Other languages: a
// one-word gap between a number and an item unit ("Die drei allerwichtigsten Hinweise"), item words (вещи, rzeczy,
// renglones, Angaben), an upper bound next to a placeholder or highlight count, Norwegian "ikke være kortere enn",
// Danish "slut af med", Spanish "ciérralo con:", Czech "nepoužívej", Polish "bo" ending a list. Controls, many from a
// helper's review of part one: "Please mention it", "Make sure it is in both", "I work in IT", "two new interns", a
// blank "for the date, because ...", "for the name, and keep it short", a quoted "Mark Twain", "only has capital for
// six months", "nepoužitý kočárek", "straight A's, so ... at least 5 tips", "Don't use asterisks; use this for 2",
// "die 5 wichtigsten Sätze", "das erste Wort unseres Babys", "use it as the opening word", "an exact copy of what I
// wrote with only the typos fixed", "менее трёх" (two), "5 Markierungen", a checkbox "- [ ]".
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
"response_language{\"language\":\"ru\"} number_placeholders{\"num_placeholders\":1}",
"response_language{\"language\":\"ru\"} number_highlighted_sections{\"num_highlights\":2}",
"response_language{\"language\":\"pl\"} number_bullet_lists{\"num_bullets\":3}",
"response_language{\"language\":\"es\"} number_bullet_lists{\"num_bullets\":3} end_checker{\"end_phrase\":\"¡Nos vemos!\"}",
"response_language{\"language\":\"no\"} number_sentences{\"relation\":\"at least\",\"num_sentences\":5}",
"response_language{\"language\":\"da\"} end_checker{\"end_phrase\":\"Vi ses snart!\"}",
"response_language{\"language\":\"cs\"} forbidden_words{\"forbidden_words\":[\"levný\"]}",
"response_language{\"language\":\"pl\"} forbidden_words{\"forbidden_words\":[\"tanio\"]}",
"number_highlighted_sections{\"num_highlights\":2}",
"response_language{\"language\":\"ru\"} existence{\"keywords\":[\"ярмарка\"]}",
"number_highlighted_sections{\"num_highlights\":2}",
"number_highlighted_sections{\"num_highlights\":2}",
"number_highlighted_sections{\"num_highlights\":2}",
"number_bullet_lists{\"num_bullets\":4}",
"response_language{\"language\":\"ja\"} number_placeholders{\"num_placeholders\":1}",
"",
"nth_paragraph_first_word{\"num_paragraphs\":4,\"nth_paragraph\":3,\"first_word\":\"customers\"}",
"existence{\"keywords\":[\"Arigatou\"]}",
"number_placeholders{\"num_placeholders\":1}",
"",
"",
"",
"",
"",
"",
"response_language{\"language\":\"de\"} number_paragraphs{\"num_paragraphs\":3}",
"",
"",
"response_language{\"language\":\"ru\"} number_highlighted_sections{\"num_highlights\":2}",
"response_language{\"language\":\"de\"}",
"",
];

test('sets 30 to 33 readings, with controls (a pronoun after "mention", a job "in IT", "two new interns", and the review\'s false readings)', () => {
  assertRequirements(r, V26_PROMPTS, WANT);
});
