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
// Greek, and an ending's colon up to END_COLON_NEAR code points after its cue. The C parity test runs V23_PROMPTS too.
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
];

test('set 25 readings, with controls (a negated hand-back, a count no one asks for, a share after "each")', () => {
  assertRequirements(r, V23_PROMPTS, WANT);
});
