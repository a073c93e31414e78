// Issue 13 round 22 (responder_version 23): readings from set 25, development data after its blind scoring. The request
// handed back ("send me back my message exactly as I typed it", "Open your reply with my message, unchanged"); the
// paragraph left unnamed after the verb ("begin the second with Tides", "kick off the middle one with the word Bring")
// and the answer's opening word after a comma ("..., opening on the word Sparks"); a count after "each" is a share, not
// a highlight count ("five points, each one a line opening with an asterisk"); a bullet count closed by "in all"; a
// capital-word ceiling given as a condition or after a reason; word limits given by what the medium does ("can't run
// to 150 words", "The column allows 49 words", "looks empty below 80 words"); keywords named as "the word I want them
// to see is X", "the word X, so it has to be there" and a term of several words ("Use the term lead came, they'll
// ..."); letter counts ("give us 15 m's at least"); "three short sentences at most"; "so Finnish it is"; no keyword
// count over MAX_KEYWORD_TIMES; cue words in Catalan, Portuguese, Tagalog, Hebrew, Swahili, Arabic, Polish, Korean and
// Greek, and an ending's colon up to END_COLON_NEAR code points after its cue. Part two, from development misses of
// earlier sets and the enforcer's misses on drafts: bare forbidden words after an imperative "don't"/"never" closed by
// punctuation, and other ways of ruling a word out ("X isn't a word we use", "X is off-limits", "leave X out", "rather
// than writing X"); comma bans a repeat instruction's clause had swallowed ("... and then answer without using a single
// comma"); capital-word counts as conditions, allowances and "Caps-lock words: max 1"; a box that cuts off at the N-th
// word; "keep the sentences to five or under"; keyword counts ("Mention the deadline no more than once", "Work mission in
// at least twice"); letter counts ("thirty r's or more", "go light on a: fewer than 6"); endings after "sign off with
// the exact words" and "the very last bit has to be" (a reason after a bare ending is cut, one after a colon is kept);
// controls: "when I repeat it" asks for no repeat. Part three: cue words the lexicon gained (last line, must not exceed,
// not fewer than, blank spaces, keyword nouns in nine languages), and a relation word next to a word count the patterns
// read as approximate replaces that reading. The C parity test runs V23_PROMPTS too.
import { test } from 'node:test';
import { IfevalResponder } from './respond.ts';
import { assertRequirements, V23_PROMPTS } from './test-support.ts';

const r = IfevalResponder.builtIn();

const WANT: string[] = [
"repeat_prompt{\"prompt_to_repeat\":\"Write a welcome for the wedding.\"}",
"repeat_prompt{\"prompt_to_repeat\":\"I ring the bells at St Anne's.\"}",
"repeat_prompt{\"prompt_to_repeat\":\"Our shop sells wool and needles.\"}",
"nth_paragraph_first_word{\"num_paragraphs\":3,\"nth_paragraph\":2,\"first_word\":\"tides\"}",
"nth_paragraph_first_word{\"num_paragraphs\":3,\"nth_paragraph\":2,\"first_word\":\"bring\"}",
"nth_paragraph_first_word{\"num_paragraphs\":3,\"nth_paragraph\":1,\"first_word\":\"sparks\"}",
"number_bullet_lists{\"num_bullets\":5}",
"number_bullet_lists{\"num_bullets\":3}",
"capital_word_frequency{\"capital_relation\":\"less than\",\"capital_frequency\":2}",
"capital_word_frequency{\"capital_relation\":\"less than\",\"capital_frequency\":3}",
"number_words{\"relation\":\"less than\",\"num_words\":150}",
"number_words{\"relation\":\"less than\",\"num_words\":50}",
"number_words{\"relation\":\"at least\",\"num_words\":80}",
"existence{\"keywords\":[\"stain\"]}",
"existence{\"keywords\":[\"spotter\"]}",
"existence{\"keywords\":[\"lead came\"]}",
"letter_frequency{\"letter\":\"m\",\"let_relation\":\"at least\",\"let_frequency\":15}",
"letter_frequency{\"letter\":\"t\",\"let_relation\":\"at least\",\"let_frequency\":30}",
"number_sentences{\"relation\":\"less than\",\"num_sentences\":4}",
"response_language{\"language\":\"fi\"}",
"response_language{\"language\":\"ca\"} number_bullet_lists{\"num_bullets\":4} end_checker{\"end_phrase\":\"Força i seny.\"}",
"response_language{\"language\":\"pt\"} number_bullet_lists{\"num_bullets\":3}",
"response_language{\"language\":\"tl\"} end_checker{\"end_phrase\":\"Salamat po!\"}",
"response_language{\"language\":\"he\"} end_checker{\"end_phrase\":\"מתוקים מהמדבר.\"}",
"response_language{\"language\":\"sw\"} number_sentences{\"relation\":\"at least\",\"num_sentences\":5} existence{\"keywords\":[\"mvule\"]}",
"response_language{\"language\":\"ar\"} existence{\"keywords\":[\"لبان\"]}",
"response_language{\"language\":\"pl\"} frequency{\"keyword\":\"bolesławiec\",\"relation\":\"at least\",\"frequency\":2}",
"response_language{\"language\":\"ko\"} frequency{\"keyword\":\"해녀\",\"relation\":\"at least\",\"frequency\":3}",
"response_language{\"language\":\"el\"} number_words{\"relation\":\"at least\",\"num_words\":120}",
"",
"",
"",
"forbidden_words{\"forbidden_words\":[\"cheap\",\"discount\"]}",
"forbidden_words{\"forbidden_words\":[\"fully booked\"]}",
"forbidden_words{\"forbidden_words\":[\"range anxiety\"]}",
"forbidden_words{\"forbidden_words\":[\"Petting\"]}",
"forbidden_words{\"forbidden_words\":[\"Grill\"]}",
"forbidden_words{\"forbidden_words\":[\"cure\"]}",
"forbidden_words{\"forbidden_words\":[\"compensation\"]}",
"forbidden_words{\"forbidden_words\":[\"unknown\"]} json_format{}",
"forbidden_words{\"forbidden_words\":[\"journey\"]}",
"forbidden_words{\"forbidden_words\":[\"cheap\",\"bargain\"]}",
"repeat_prompt{\"prompt_to_repeat\":\"What is tea?\"} no_comma{}",
"no_comma{}",
"no_comma{}",
"capital_word_frequency{\"capital_relation\":\"less than\",\"capital_frequency\":2}",
"capital_word_frequency{\"capital_relation\":\"at least\",\"capital_frequency\":3}",
"capital_word_frequency{\"capital_relation\":\"less than\",\"capital_frequency\":4}",
"capital_word_frequency{\"capital_relation\":\"less than\",\"capital_frequency\":2}",
"number_words{\"relation\":\"less than\",\"num_words\":90}",
"number_words{\"relation\":\"less than\",\"num_words\":50}",
"number_sentences{\"relation\":\"less than\",\"num_sentences\":6}",
"frequency{\"keyword\":\"cake\",\"relation\":\"less than\",\"frequency\":3}",
"frequency{\"keyword\":\"deadline\",\"relation\":\"less than\",\"frequency\":2}",
"frequency{\"keyword\":\"mission\",\"relation\":\"at least\",\"frequency\":2}",
"existence{\"keywords\":[\"Riverside Radio\"]}",
"letter_frequency{\"letter\":\"r\",\"let_relation\":\"at least\",\"let_frequency\":30}",
"letter_frequency{\"letter\":\"a\",\"let_relation\":\"less than\",\"let_frequency\":6}",
"number_highlighted_sections{\"num_highlights\":3}",
"end_checker{\"end_phrase\":\"Brew well, the Bean Shed team\"}",
"end_checker{\"end_phrase\":\"xoxo, Auntie Bev\"}",
"end_checker{\"end_phrase\":\"Book now, because spaces go fast.\"}",
"",
"end_checker{\"end_phrase\":\"¡Te esperamos!\"}",
"response_language{\"language\":\"fr\"} number_words{\"relation\":\"less than\",\"num_words\":81}",
"response_language{\"language\":\"de\"} existence{\"keywords\":[\"Sicherheit\"]}",
"response_language{\"language\":\"it\"} number_placeholders{\"num_placeholders\":2}",
"response_language{\"language\":\"he\"} number_sentences{\"relation\":\"at least\",\"num_sentences\":5}",
"response_language{\"language\":\"tr\"} number_words{\"relation\":\"less than\",\"num_words\":51}",
"response_language{\"language\":\"id\"} number_words{\"relation\":\"at least\",\"num_words\":100}",
"response_language{\"language\":\"pl\"} number_words{\"relation\":\"less than\",\"num_words\":61}",
"response_language{\"language\":\"it\"} number_words{\"relation\":\"at least\",\"num_words\":80} number_words{\"relation\":\"less than\",\"num_words\":85}",
];

test('set 25 readings and part two, with controls (a negated hand-back, a count no one asks for, a share after "each", a kept reason, a writer repeating)', () => {
  assertRequirements(r, V23_PROMPTS, WANT);
});
