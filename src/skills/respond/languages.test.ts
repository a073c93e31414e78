// Every language the detector can name has a stock passage, and the official evaluator's language
// detector (our port of Python langdetect) recognizes each passage as that language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { LangDetector } from '../ifeval/langdetect/detector.ts';
import { loadDefaultProfiles } from '../ifeval/langdetect/profiles.ts';
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
