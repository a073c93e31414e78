// Issue 13 round 19 (responder_version 20): readings added in session 20, each written as a rule about a kind of
// sentence and checked on every development prompt. A JSON key, field, column, property or attribute named after
// what it holds ("the key for the top score should be called high_game", "a field literally called odometer") is a
// word the answer must have. Step 2f: capital words named as such ("capital-letter words", "fully capitalised words":
// a CAPS_CUE word and "word(s)" at most 3 tokens apart) take the segment's count when it is a bound ("Keep
// capital-letter words to fewer than two"), or a later segment's of the same sentence that refers back to them ("so
// keep them to two at most", "fewer than 4 such words"). Symbol step: with no count stated, placeholders are the items
// listed before their mention in its sentence ("The name, the date and the time need to be slots in square
// brackets"). Plan: a paragraph's first word asked in a sentence of its own wording when blank-line paragraphs are
// counted (a first-word cue, a paragraph number, a capitalised or quoted word after "word" / "is" / "be" / "with" or
// before "as the opening word": "The third is the one about prices and its first word must be Members", "I want
// Before as the opening word of paragraph 2"). Controls: a pet called by name, "keys ... named after", a description
// ("about twenty shouty words"), the whole answer in capitals with a word limit, a list in another sentence than the
// brackets, "the first time you open the box, start with Step one", a first word asked without blank-line paragraphs
// counted. Matching: a comma between words in capitals belongs to an ending ("finish with THREE, TWO, ONE, LIFT OFF!";
// not before a lowercase word: "GO TEAM, and keep it short"); a count read without a relation takes a bound phrase
// right after it ("husky 3 times minimum"; not when a count follows the phrase: "2 times, at least 100 words");
// corrections: a marker with no punctuation after it stands when a count follows ("twice, actually three times at
// least"). Rows: "The word free is out", "Each item needs a sku field" (not "has a spare key"), "call the stretcher by
// name". Symbol step, in a prompt not written in English: a bullet dash shown as "(-)", in corner brackets, or an ASCII
// hyphen-minus standing alone ("ஒவ்வொரு வரியும் - குறியுடன்"); not an em dash ("— он не любит"), not in English. Tokenizer: the Arabic comma is a
// comma ("لا يقل عددها عن ٣، مثل [اسم العميل]": the count is a token of its own). Cue lexicon: Hebrew "פחות" / "יותר"
// alone ("פחות משישה משפטים"). Step 2f: capitals asked of the whole answer in words of their own, with no count
// and no capital word named as such ("The stencil font has uppercase letters only", "full caps from first letter to
// last", "capital letters all the way through"); not "capital letters only for the names", not when lowercase is asked
// ("everything lowercase please, she thinks capitals look like shouting"). Symbol step: a count a weak bullet pattern
// read is open to the highlight example's count ("give two things the single-asterisk treatment ..., like
// *Hüttenschuhe*"). Controls from the review of the session's change: a colon ending of words only an IGNORE row
// read ("Closing line: Don't hesitate to call us."), an ending in capitals that ends at its comma when what follows is
// not capitals ("GO TEAM, NOT too loud though"), a prose dash in Russian, "3 times over the course of the story", a
// reference in the next sentence, counts after "paragraph" ("each paragraph 2 to 3 sentences", "Only one paragraph"),
// Hebrew "פחות או יותר" (more or less), and "3 times max and no commas". Pinned with sentences written for this test (test-support.ts
// V20_PROMPTS; the C parity test runs them too).
import { test } from 'node:test';
import { IfevalResponder } from './respond.ts';
import { assertRequirements, V20_PROMPTS } from './test-support.ts';

const r = IfevalResponder.builtIn();

const V20_WANT: string[] = [
  'existence{"keywords":["pts_total"]} json_format{}',
  'existence{"keywords":["mileage"]} json_format{}',
  'existence{"keywords":["final_score"]} json_format{}',
  '',
  '',
  'capital_word_frequency{"capital_relation":"less than","capital_frequency":2}',
  'capital_word_frequency{"capital_relation":"less than","capital_frequency":3}',
  'capital_word_frequency{"capital_relation":"less than","capital_frequency":4}',
  '',
  'number_words{"relation":"less than","num_words":40} english_capital{}',
  'number_placeholders{"num_placeholders":3}',
  'number_placeholders{"num_placeholders":2}',
  'number_placeholders{"num_placeholders":1}',
  'nth_paragraph_first_word{"num_paragraphs":4,"nth_paragraph":3,"first_word":"members"}',
  'nth_paragraph_first_word{"num_paragraphs":4,"nth_paragraph":2,"first_word":"before"}',
  'nth_paragraph_first_word{"num_paragraphs":3,"nth_paragraph":3,"first_word":"once"}',
  '',
  '',
  'end_checker{"end_phrase":"THREE, TWO, ONE, LIFT OFF!"} english_capital{}',
  'end_checker{"end_phrase":"GO TEAM"}',
  'forbidden_words{"forbidden_words":["free"]}',
  'existence{"keywords":["sku"]} json_format{}',
  '',
  'existence{"keywords":["stretcher"]}',
  'frequency{"keyword":"husky","relation":"at least","frequency":3}',
  'frequency{"keyword":"husky","relation":"at least","frequency":3}',
  'number_words{"relation":"less than","num_words":51} number_paragraphs{"num_paragraphs":3}',
  'number_words{"relation":"at least","num_words":100} frequency{"keyword":"tide","relation":"at least","frequency":2} frequency{"keyword":"tide","relation":"less than","frequency":3}',
  'response_language{"language":"tr"} number_bullet_lists{"num_bullets":6}',
  'response_language{"language":"ta"} number_bullet_lists{"num_bullets":5}',
  'response_language{"language":"ru"} number_sentences{"relation":"less than","num_sentences":6}',
  '',
  'response_language{"language":"ar"} number_placeholders{"num_placeholders":3}',
  'response_language{"language":"he"} number_sentences{"relation":"less than","num_sentences":6}',
  'english_capital{}',
  'english_capital{}',
  'english_capital{}',
  '',
  'english_lowercase{}',
  'response_language{"language":"de"} number_highlighted_sections{"num_highlights":2} number_bullet_lists{"num_bullets":5}',
  'end_checker{"end_phrase":"Don\'t hesitate to call us."}',
  'end_checker{"end_phrase":"GO TEAM"}',
  'response_language{"language":"ru"} number_sentences{"relation":"at least","num_sentences":3} number_sentences{"relation":"less than","num_sentences":4}',
  'frequency{"keyword":"husky","relation":"at least","frequency":3} frequency{"keyword":"husky","relation":"less than","frequency":4}',
  '',
  'number_sentences{"relation":"less than","num_sentences":4}',
  '',
  'response_language{"language":"he"} number_words{"relation":"at least","num_words":100} number_words{"relation":"less than","num_words":101}',
  'no_comma{} frequency{"keyword":"harbour","relation":"less than","frequency":4}',
];

test('version 20 readings: a JSON key named after a gap, capital words counted in their sentence, listed placeholders, a first word in its own wording, endings with commas, bounds after counts, corrections, new rows, foreign bullet dashes, the Arabic comma, Hebrew less/more, capitals throughout, a weak count for a highlight example', () => {
  assertRequirements(r, V20_PROMPTS, V20_WANT);
});
