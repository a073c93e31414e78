// Issue 13 round 24 (responder_version 25): readings from sets 28 and 29, development data after their blind scoring,
// each written anew for the test. Letter counts named by the letter's plural ("full of z's: at least six", "heavy on
// k's, at least 9 of them", "only has eight X's, so there can't be more than eight") and "the letter m as often as you
// can: seven or more"; word counts bounded after the fact ("about 150 words, so stay under that", "not a word under
// 200", "looks bare with anything shorter than 80 words"); a paragraph's first word named before the paragraph ("let
// Winter be the very first word of the last one", "Harbour should be the opening word of the second", ", Tomas, as the
// very first word", "start the notice with the word attention"); sections headed by one marker with numbers ("headed
// Route 3, Route 7 and Route 12"); keyword counts and keywords ("needs at least four appearances", "the phrase sea salt in
// it at least three times", "Include the word dry stone as ...", "make sure pawpaw shows up", "name the spring tide",
// "call it a tuk-tuk at least once"); "do not call it smelly"; highlights counted before or after their stars; "four in
// total" placeholders; "so five dashes"; "four is the limit" sentences; unquoted and trailing endings; five more
// hand-back wordings. Other languages: items to highlight (Korean 가지, Russian мысли, Indonesian "hal yang"), a bullet
// marker shown in quotes (「-」), a capital-word count in Romanian, "don't forget to use the word" in Portuguese, French
// and Spanish, Italian named in Hebrew, Tagalog "tanggalin mo lahat ng kuwit". Controls: "cover letter," names no comma;
// "Plan A's budget"; "like my message here" asks for no repeat; an example between asterisks gives no count ("*오후 7시
// 30분*"); a price next to an item word ("ข้อความ ... 350 บาท"); 100 words in capitals asks for a capitals reply; a
// placeholder or highlight word with no count asks for nothing (part two). Part two, from a helper's review of part one:
// no letter from "R:" or a digit, "missions named Apollo 11, Apollo 13 and Apollo 17" are no sections, "make sure it
// comes across", "the phrase "carpe diem" at the end of movies", "2 dashes of bitters", "never call it that", "The first
// word of the essay is crucial", "the first word of the last line", "gaps in my resume ..., 2 in total", "destaque"
// (no highlight), a count in bold outside an example ("*не более 3 абзацев*"), capitals not right after the counted noun.
import { test } from 'node:test';
import { IfevalResponder } from './respond.ts';
import { assertRequirements, V25_PROMPTS } from './test-support.ts';

const r = IfevalResponder.builtIn();

const WANT: string[] = [
"letter_frequency{\"letter\":\"z\",\"let_relation\":\"at least\",\"let_frequency\":6}",
"letter_frequency{\"letter\":\"q\",\"let_relation\":\"at least\",\"let_frequency\":5}",
"letter_frequency{\"letter\":\"k\",\"let_relation\":\"at least\",\"let_frequency\":9}",
"letter_frequency{\"letter\":\"x\",\"let_relation\":\"less than\",\"let_frequency\":9}",
"letter_frequency{\"letter\":\"v\",\"let_relation\":\"at least\",\"let_frequency\":3}",
"letter_frequency{\"letter\":\"m\",\"let_relation\":\"at least\",\"let_frequency\":7}",
"",
"",
"number_words{\"relation\":\"less than\",\"num_words\":150}",
"number_words{\"relation\":\"less than\",\"num_words\":90}",
"number_words{\"relation\":\"at least\",\"num_words\":200}",
"number_words{\"relation\":\"at least\",\"num_words\":80}",
"nth_paragraph_first_word{\"num_paragraphs\":4,\"nth_paragraph\":4,\"first_word\":\"winter\"}",
"nth_paragraph_first_word{\"num_paragraphs\":3,\"nth_paragraph\":2,\"first_word\":\"harbour\"}",
"nth_paragraph_first_word{\"num_paragraphs\":2,\"nth_paragraph\":1,\"first_word\":\"tomas\"}",
"nth_paragraph_first_word{\"num_paragraphs\":3,\"nth_paragraph\":1,\"first_word\":\"listen\"}",
"nth_paragraph_first_word{\"num_paragraphs\":2,\"nth_paragraph\":1,\"first_word\":\"attention\"}",
"multiple_sections{\"section_spliter\":\"Route\",\"num_sections\":3}",
"multiple_sections{\"section_spliter\":\"Stop\",\"num_sections\":4}",
"frequency{\"keyword\":\"lantern\",\"relation\":\"at least\",\"frequency\":4}",
"frequency{\"keyword\":\"saffron\",\"relation\":\"at least\",\"frequency\":2}",
"frequency{\"keyword\":\"sea salt\",\"relation\":\"at least\",\"frequency\":3}",
"existence{\"keywords\":[\"dry stone\"]}",
"existence{\"keywords\":[\"pawpaw\"]}",
"existence{\"keywords\":[\"leaning tower\"]}",
"existence{\"keywords\":[\"spring tide\"]}",
"existence{\"keywords\":[\"tuk-tuk\"]}",
"forbidden_words{\"forbidden_words\":[\"smelly\"]}",
"number_highlighted_sections{\"num_highlights\":4}",
"number_highlighted_sections{\"num_highlights\":2}",
"number_highlighted_sections{\"num_highlights\":3}",
"number_highlighted_sections{\"num_highlights\":2} english_lowercase{}",
"number_placeholders{\"num_placeholders\":4}",
"number_bullet_lists{\"num_bullets\":5}",
"number_sentences{\"relation\":\"less than\",\"num_sentences\":5}",
"end_checker{\"end_phrase\":\"See you on the water\"}",
"end_checker{\"end_phrase\":\"Safe travels!\"}",
"repeat_prompt{\"prompt_to_repeat\":\"We run a ferry to the islands twice a day.\"}",
"repeat_prompt{\"prompt_to_repeat\":\"Our choir meets on Tuesdays in the old mill.\"}",
"repeat_prompt{\"prompt_to_repeat\":\"The bakery opens at six and closes at two.\"}",
"repeat_prompt{\"prompt_to_repeat\":\"The hostel has twelve beds and a garden.\"}",
"repeat_prompt{\"prompt_to_repeat\":\"The museum is free on Sundays.\"}",
"english_lowercase{}",
"response_language{\"language\":\"ko\"} number_highlighted_sections{\"num_highlights\":3}",
"response_language{\"language\":\"zh-cn\"} number_bullet_lists{\"num_bullets\":4}",
"response_language{\"language\":\"zh-cn\"}",
"",
"response_language{\"language\":\"ro\"} capital_word_frequency{\"capital_relation\":\"at least\",\"capital_frequency\":3}",
"response_language{\"language\":\"pt\"} existence{\"keywords\":[\"chita\"]}",
"response_language{\"language\":\"fr\"} existence{\"keywords\":[\"galette\"]}",
"response_language{\"language\":\"es\"} existence{\"keywords\":[\"alfajor\"]}",
"response_language{\"language\":\"it\"}",
"number_highlighted_sections{\"num_highlights\":2}",
"response_language{\"language\":\"ru\"} number_highlighted_sections{\"num_highlights\":3}",
"response_language{\"language\":\"tl\"} no_comma{}",
"response_language{\"language\":\"ko\"}",
"response_language{\"language\":\"th\"} number_highlighted_sections{\"num_highlights\":2}",
"response_language{\"language\":\"ro\"} number_words{\"relation\":\"at least\",\"num_words\":100} english_capital{}",
"",
"",
"",
"",
"",
"",
"",
"",
"",
"",
"",
"response_language{\"language\":\"es\"}",
"response_language{\"language\":\"ru\"} number_paragraphs{\"num_paragraphs\":3}",
"response_language{\"language\":\"ro\"} number_words{\"relation\":\"less than\",\"num_words\":16} english_capital{}",
];

test('sets 28 and 29 readings, with controls (a comma after "letter", a style named after a message, an example between asterisks, a price next to an item word, many words in capitals, and the review\'s false readings)', () => {
  assertRequirements(r, V25_PROMPTS, WANT);
});
