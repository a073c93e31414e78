// Every language the detector can name has a stock passage, and the official evaluator's language
// detector (our port of Python langdetect) recognizes each passage as that language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { LangDetector } from '../ifeval/langdetect/detector.ts';
import { loadDefaultProfiles } from '../ifeval/langdetect/profiles.ts';
import { LANG_STEMS } from './language-lexicon.ts';
import { LANGUAGES, PASSAGES } from './tables.ts';

const pyProfiles = process.env.ENGRAM_LANGDETECT_PROFILES ?? '/usr/lib/python3/dist-packages/langdetect/profiles';

test('every named language except English has a stock passage', () => {
  const missing = [...new Set(LANGUAGES.map(([, code]) => code))].filter((c) => c !== 'en' && !(c in PASSAGES));
  assert.deepEqual(missing, []);
});

test("each stock passage is detected as its own language (Python langdetect's profiles)", { skip: existsSync(pyProfiles) ? undefined : `no Python langdetect profiles at ${pyProfiles}` }, () => {
  const d = new LangDetector(loadDefaultProfiles(pyProfiles));
  const wrong = Object.entries(PASSAGES).filter(([code, text]) => d.detect(text) !== code).map(([code, text]) => `${code} -> ${d.detect(text)}`);
  assert.deepEqual(wrong, []);
});

// Version 24 (language-lexicon.ts): an Indic name's inflected forms replace its final virama with a vowel sign
// ("ഇംഗ്ലീഷിൽ" holds "ഇംഗ്ലീഷ", not "ഇംഗ്ലീഷ്"), so a stem ending with one would never match them.
test('no named-language stem ends with a virama (Devanagari to Malayalam, Sinhala)', () => {
  const VIRAMAS = new Set([0x94d, 0x9cd, 0xa4d, 0xacd, 0xb4d, 0xbcd, 0xc4d, 0xccd, 0xd4d, 0xdca]);
  const ending = LANG_STEMS.filter(([stem]) => VIRAMAS.has(stem.codePointAt(stem.length - 1)!)).map(([stem]) => stem);
  assert.deepEqual(ending, []);
});
