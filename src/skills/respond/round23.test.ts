// Issue 13 round 23 (responder_version 24): readings from sets 26 and 27, development data after their blind scoring,
// each written anew for the test. Endings after "finish on the word", "end it on our house motto, exactly:" and "he
// always signs off the same:"; sentence and word ceilings told by what happens at the count ("if it runs to six
// sentences it's too long", "five sentences is where I draw the line", "can't take a fifth sentence", "anything after
// the third sentence won't get read", "nobody reads more than 70 words"); floors with a loose tail ("120 words or a bit
// more", "90 words or thereabouts, no less"); letter counts ("slip in four k's or more", "use it fewer than 20 times"
// after the letter was named); the answer's first word ("start the whole thing with the word Once", "have the very
// first word be ...") and a paragraph's ("... as the opening word of the third and final paragraph", "Welcome is the
// word the fourth one should begin with", "the middle one needs Rain as its very first word"); keyword counts and
// keywords said in passing ("I want lantern in there at least three times", "Tide has to come up on at least four
// occasions", "Saffron needs to be mentioned", "It has to say low bridge word for word", "Put sparklers in", "make sure
// samphire appears", "call the bread by its proper name, focaccia"); bans ("We never talk about cheap", "a gazebo, never
// a tent"); the request handed back in five more wordings; a plain quotation mark at both ends; dash lines and "three of
// them, each its own line starting with a hyphen"; "do that to three words" after asterisks; "we only have capital
// ones", "nothing capitalised". Controls: a price or a share next to a number is no count ("720mlで2,200円"); a language
// name inside another word names no language ("Druskininkuose"); "the two highlights" already named; a keyword before
// "they forget"; a word asked for after a sentence with a negation; "3 *" before bullet points is no letter count; a
// statement with "never". From the enforcer's misses on those sets' drafts: commas ruled out in passing ("leave every
// one of them out", "cut them out", "keep the commas out"), "X is banned", "keep X out of it", "we can't call it X",
// "don't call me a X"; "it's" ends a bare list. Controls: commas asked for; "can't call it a day"; "leave that out";
// from the review of part one: rules and pronouns that ask for no ban ("Running is forbidden", "We never talk about
// it", "leave me out of this", "Don't call me tonight"), "Everything after the first sentence", a word count before
// asterisks, "each of the 3 highlights", "writing the text of the law", "Ingilizce" in ASCII, "7 p.m.,", "exactly 3.".
// Part three: the reply language a foreign prompt names last ("doesn't understand English, so ... in German"),
// Malayalam and Telugu names inflected past their virama, Slovak "po poľsky".
import { test } from 'node:test';
import { IfevalResponder } from './respond.ts';
import { assertRequirements, V24_PROMPTS } from './test-support.ts';

const r = IfevalResponder.builtIn();

const WANT: string[] = [
"end_checker{\"end_phrase\":\"Game!\"}",
"end_checker{\"end_phrase\":\"Bread before dawn.\"}",
"end_checker{\"end_phrase\":\"ROAR ON!\"}",
"number_sentences{\"relation\":\"less than\",\"num_sentences\":6}",
"number_sentences{\"relation\":\"less than\",\"num_sentences\":6}",
"number_sentences{\"relation\":\"less than\",\"num_sentences\":6}",
"number_sentences{\"relation\":\"less than\",\"num_sentences\":5}",
"number_words{\"relation\":\"less than\",\"num_words\":40}",
"number_sentences{\"relation\":\"less than\",\"num_sentences\":4}",
"number_words{\"relation\":\"less than\",\"num_words\":71}",
"number_words{\"relation\":\"at least\",\"num_words\":120}",
"number_words{\"relation\":\"at least\",\"num_words\":90}",
"letter_frequency{\"letter\":\"k\",\"let_relation\":\"at least\",\"let_frequency\":4}",
"letter_frequency{\"letter\":\"q\",\"let_relation\":\"at least\",\"let_frequency\":5}",
"letter_frequency{\"letter\":\"t\",\"let_relation\":\"less than\",\"let_frequency\":20}",
"",
"nth_paragraph_first_word{\"num_paragraphs\":3,\"nth_paragraph\":1,\"first_word\":\"once\"}",
"nth_paragraph_first_word{\"num_paragraphs\":3,\"nth_paragraph\":1,\"first_word\":\"greetings\"}",
"nth_paragraph_first_word{\"num_paragraphs\":4,\"nth_paragraph\":1,\"first_word\":\"listen\"}",
"nth_paragraph_first_word{\"num_paragraphs\":3,\"nth_paragraph\":3,\"first_word\":\"finally\"}",
"nth_paragraph_first_word{\"num_paragraphs\":4,\"nth_paragraph\":4,\"first_word\":\"welcome\"}",
"nth_paragraph_first_word{\"num_paragraphs\":3,\"nth_paragraph\":2,\"first_word\":\"rain\"}",
"frequency{\"keyword\":\"lantern\",\"relation\":\"at least\",\"frequency\":3}",
"frequency{\"keyword\":\"tide\",\"relation\":\"at least\",\"frequency\":4}",
"frequency{\"keyword\":\"kettle\",\"relation\":\"at least\",\"frequency\":2}",
"frequency{\"keyword\":\"harbour\",\"relation\":\"at least\",\"frequency\":3}",
"existence{\"keywords\":[\"Saffron\"]}",
"existence{\"keywords\":[\"hallmark\"]} json_format{}",
"existence{\"keywords\":[\"Sea glass\"]}",
"existence{\"keywords\":[\"low bridge\"]}",
"existence{\"keywords\":[\"sparklers\"]}",
"existence{\"keywords\":[\"samphire\"]}",
"existence{\"keywords\":[\"focaccia\"]}",
"forbidden_words{\"forbidden_words\":[\"cheap\"]}",
"forbidden_words{\"forbidden_words\":[\"tent\"]}",
"repeat_prompt{\"prompt_to_repeat\":\"I sell kites on the beach. Write a post for our page.\"}",
"repeat_prompt{\"prompt_to_repeat\":\"I sell kites on the beach. Write a post for our page.\"}",
"repeat_prompt{\"prompt_to_repeat\":\"I sell kites on the beach. Write a post for our page.\"}",
"repeat_prompt{\"prompt_to_repeat\":\"I sell kites on the beach. Write a post for our page.\"}",
"repeat_prompt{\"prompt_to_repeat\":\"I sell kites on the beach. Write a post for our page.\"}",
"quotation{}",
"number_bullet_lists{\"num_bullets\":4}",
"number_bullet_lists{\"num_bullets\":3}",
"number_highlighted_sections{\"num_highlights\":3}",
"english_capital{}",
"english_lowercase{}",
"response_language{\"language\":\"ja\"}",
"response_language{\"language\":\"lt\"}",
"number_bullet_lists{\"num_bullets\":2}",
"existence{\"keywords\":[\"mirror\"]}",
"existence{\"keywords\":[\"garage\"]} json_format{}",
"number_bullet_lists{\"num_bullets\":3} english_capital{}",
"existence{\"keywords\":[\"plastic\"]}",
"no_comma{}",
"no_comma{}",
"no_comma{}",
"forbidden_words{\"forbidden_words\":[\"soggy\"]}",
"forbidden_words{\"forbidden_words\":[\"cheap\"]}",
"forbidden_words{\"forbidden_words\":[\"cognac\"]}",
"forbidden_words{\"forbidden_words\":[\"clerk\"]}",
"existence{\"keywords\":[\"slate\"]}",
"",
"",
"",
"",
"",
"",
"",
"number_words{\"relation\":\"at least\",\"num_words\":300} number_words{\"relation\":\"less than\",\"num_words\":316}",
"number_highlighted_sections{\"num_highlights\":3}",
"",
"response_language{\"language\":\"en\"}",
"",
"",
"response_language{\"language\":\"en\"}",
"response_language{\"language\":\"de\"}",
"response_language{\"language\":\"en\"}",
"response_language{\"language\":\"en\"}",
"response_language{\"language\":\"pl\"}",
];

test('sets 26 and 27 readings and the enforcer\'s misses on their drafts, with controls (prices and shares, a language inside a word, content named as highlights, a negation in the sentence before, commas asked for)', () => {
  assertRequirements(r, V24_PROMPTS, WANT);
});
