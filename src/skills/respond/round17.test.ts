// Issue 13 round 17 (responder_version 18): readings meant to carry to authors not yet seen rather than to one
// phrasing. The instruction reader takes an ending named after "with" when nothing else names it ("End with See you on
// the green.", up to a placing tail: "finish with ALL WELCOME as the final words"), but not a description ("a quick summary of the rules", "two tips", "NBA stats about LeBron"); a quoted
// keyword and endings in Spanish and German keep their readings; a forbidden "commas" is a ban on commas; "N times or
// more" / "or fewer" after the unit bounds the count ("exactly" still pins it; "or under 150 words" starts another count); in a prompt not written in English, a
// bullet marker or a highlight example takes a number word of the prompt's language (the cue lexicon's, above one: "un"
// is an article), and a `*` touching the Arabic comma is still a marker. The reader is now trained on sets 16-19
// too (their blind scores are recorded). Pinned with sentences written for this test
// (test-support.ts V18_PROMPTS; the C parity test runs them too).
import { test } from 'node:test';
import { IfevalResponder } from './respond.ts';
import { assertRequirements, V18_PROMPTS } from './test-support.ts';

const r = IfevalResponder.builtIn();

const V18_WANT: string[] = [
  'end_checker{"end_phrase":"See you on the green."}',
  'end_checker{"end_phrase":"ALL WELCOME"} english_capital{}',
  'end_checker{"end_phrase":"Cheers Mike"}',
  'number_words{"relation":"less than","num_words":150} number_paragraphs{"num_paragraphs":3}',
  'response_language{"language":"es"} existence{"keywords":["ruido"]}',
  'response_language{"language":"es"} end_checker{"end_phrase":"Gracias por todo"}',
  'response_language{"language":"de"} end_checker{"end_phrase":"Liebe Grüße"}',
  'no_comma{}',
  'letter_frequency{"letter":"k","let_relation":"at least","let_frequency":12}',
  'frequency{"keyword":"tide","relation":"less than","frequency":4}',
  'response_language{"language":"ar"} number_bullet_lists{"num_bullets":3}',
  'response_language{"language":"fa"} number_highlighted_sections{"num_highlights":3}',
  'response_language{"language":"te"} number_highlighted_sections{"num_highlights":3}',
  '',
  '',
  '',
  'response_language{"language":"es"}',
  'response_language{"language":"ar"}',
  'forbidden_words{"forbidden_words":["cheap"]}',
  'frequency{"keyword":"tide","relation":"at least","frequency":3} frequency{"keyword":"tide","relation":"less than","frequency":4}',
];

test('version 18 readings: an ending after "with", a ban on commas, "N times or more", number words next to symbols', () => {
  assertRequirements(r, V18_PROMPTS, V18_WANT);
});
