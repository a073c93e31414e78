// Issue 13 round 12 (responder_version 13): the cue step (cues.ts, docs/format.md §6.4 step 5b) reads a prompt not
// written in English by cue words near numbers and quoted strings, in scripts with and without spaces, from the
// multilingual lexicon (cue-lexicon.ts, artifact section RCUE). Pinned with sentences written for this test
// (test-support.ts V13_PROMPTS, none from a test set, controls included) as official requirements; RCUE's loader
// rejects unsorted or unknown records with a typed error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArtifactError } from '../../artifact/errors.ts';
import { CUE_LEXICON, CUE_NUMBERS } from './cue-lexicon.ts';
import { CUE_CONCEPTS } from './cues.ts';
import { IfevalResponder } from './respond.ts';
import { FUNCTION_WORDS } from './language-lexicon.ts';
import { assertRequirements, rcueEditor, V13_PROMPTS } from './test-support.ts';

const r = IfevalResponder.builtIn();

const V13_WANT: string[] = [
  'response_language{"language":"ru"} number_words{"relation":"less than","num_words":51} existence{"keywords":["спасибо"]}',
  'response_language{"language":"ru"} number_sentences{"relation":"at least","num_sentences":5} number_sentences{"relation":"less than","num_sentences":6}',
  'response_language{"language":"ja"} number_paragraphs{"num_paragraphs":3} end_checker{"end_phrase":"よろしくお願いします"}',
  'response_language{"language":"zh-cn"} frequency{"keyword":"环保","relation":"at least","frequency":2} number_paragraphs{"num_paragraphs":4}',
  'response_language{"language":"ko"} frequency{"keyword":"행복","relation":"at least","frequency":2} number_paragraphs{"num_paragraphs":4}',
  'response_language{"language":"el"} no_comma{} number_sentences{"relation":"at least","num_sentences":3}',
  'response_language{"language":"tr"} number_words{"relation":"less than","num_words":121} frequency{"keyword":"mutluluk","relation":"at least","frequency":2}',
  'response_language{"language":"ar"} number_sentences{"relation":"less than","num_sentences":4}',
  'response_language{"language":"hi"} number_words{"relation":"at least","num_words":80}',
  'response_language{"language":"vi"} no_comma{} number_words{"relation":"less than","num_words":61}',
  'response_language{"language":"th"} number_words{"relation":"less than","num_words":51}',
  'no_comma{} number_paragraphs{"num_paragraphs":3}',
  'response_language{"language":"pt"} number_words{"relation":"less than","num_words":41} end_checker{"end_phrase":"Até logo!"}',
  'response_language{"language":"sv"} number_sentences{"relation":"less than","num_sentences":5}',
  'response_language{"language":"fi"} number_paragraphs{"num_paragraphs":3}',
  'response_language{"language":"cs"} number_sentences{"relation":"less than","num_sentences":6}',
  'response_language{"language":"id"} number_words{"relation":"at least","num_words":100}',
  'response_language{"language":"sw"} number_sentences{"relation":"at least","num_sentences":3} number_sentences{"relation":"less than","num_sentences":4}',
  'number_sentences{"relation":"at least","num_sentences":3} number_sentences{"relation":"less than","num_sentences":4}',
  'response_language{"language":"ru"}',
  'response_language{"language":"ru"}',
  'response_language{"language":"he"} number_words{"relation":"less than","num_words":31}',
  'response_language{"language":"fa"} number_words{"relation":"less than","num_words":51}',
  'number_sentences{"relation":"less than","num_sentences":4}',
  'response_language{"language":"de"} forbidden_words{"forbidden_words":["Party"]}',
  'response_language{"language":"it"} number_sentences{"relation":"at least","num_sentences":8} existence{"keywords":["zafferano"]}',
  'response_language{"language":"ru"} no_comma{} number_sentences{"relation":"less than","num_sentences":4}',
  'response_language{"language":"ja"} forbidden_words{"forbidden_words":["限定"]}',
  'response_language{"language":"he"} no_comma{}',
  'response_language{"language":"ru"} number_bullet_lists{"num_bullets":3}',
];

test('cue step: counts, relations, keywords, endings, commas and negations in 21 languages; controls read nothing', () => {
  assertRequirements(r, V13_PROMPTS, V13_WANT);
});

test('cue lexicon: no number word above 1 is a function word of another language (one table serves every prompt)', () => {
  const fw = new Map<string, string[]>();
  for (const [code, words] of FUNCTION_WORDS) for (const w of words.split(' ')) fw.set(w, [...(fw.get(w) ?? []), code]);
  // Spanish "dos" (2) is also Portuguese "of the": kept, as Spanish prompts write it for every count of two.
  const kept = new Set(['dos']);
  const clashes: string[] = [];
  for (const [lang, nums] of CUE_NUMBERS) {
    for (const [v, forms] of nums) {
      for (const f of forms.split('|')) {
        const langs = fw.get(f);
        if (v > 1 && !kept.has(f) && langs && langs.some((x) => x !== lang.split('-')[0])) clashes.push(`${lang} ${v} ${f}`);
      }
    }
  }
  assert.deepEqual(clashes, []);
  assert.ok(CUE_LEXICON.length >= 35);
});

test('RCUE: records out of order or of an unknown concept are a typed BAD_SECTION error', () => {
  const { rcue, edit } = rcueEditor();
  const n = new DataView(rcue.buffer, rcue.byteOffset, rcue.byteLength).getUint32(0, true);
  assert.ok(n > 4000, `RCUE holds ${n} records`);
  const swapped = edit((dv) => {
    const a = dv.getUint32(4, true);
    dv.setUint32(4, dv.getUint32(16, true), true);
    dv.setUint32(16, a, true);
  });
  assert.throws(swapped, (e: unknown) => e instanceof ArtifactError && e.code === 'BAD_SECTION' && /RCUE/.test(e.message));
  const unknown = edit((dv) => dv.setUint32(8, CUE_CONCEPTS.length, true));
  assert.throws(unknown, (e: unknown) => e instanceof ArtifactError && e.code === 'BAD_SECTION' && /RCUE/.test(e.message));
  const truncated = edit((dv) => dv.setUint32(0, n + 1, true));
  assert.throws(truncated, (e: unknown) => e instanceof ArtifactError && e.code === 'BAD_SECTION' && /RCUE/.test(e.message));
});
