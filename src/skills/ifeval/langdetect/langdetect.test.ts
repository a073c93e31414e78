// The langdetect port: Python's MT19937 stream, and detections as Python langdetect 1.0.9 gives
// them with DetectorFactory.seed = 0 (reference values from CPython).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PyRandom } from './py-random.ts';
import { LangDetector } from './detector.ts';
import { loadDefaultProfiles } from './profiles.ts';

test('PyRandom reproduces random.Random(0)', () => {
  const r = new PyRandom(0);
  assert.deepEqual([r.uint32(), r.uint32(), r.uint32()], [3626764237, 1654615998, 3255389356]);
  assert.equal(r.random(), 0.890243920837131);
  assert.equal(r.gauss(), 2.5110373812253317);
  assert.equal(r.gauss(), 0.6528772028059545); // the cached second Box-Muller value
  assert.equal(r.choice([...Array(1000).keys()]), 497);
  assert.equal(r.choice([...Array(7).keys()]), 3);
});

test('detect: languages, scripts, ALL-CAPS words and featureless text', () => {
  const d = new LangDetector(loadDefaultProfiles());
  assert.equal(d.detect('This is an English sentence about the weather today.'), 'en');
  assert.equal(d.detect('Ceci est une phrase en français sur le temps.'), 'fr');
  assert.equal(d.detect('Это предложение на русском языке.'), 'ru');
  assert.equal(d.detect('これは日本語の文です。'), 'ja');
  assert.equal(d.detect('HELLO WORLD THIS IS ALL CAPS'), 'en');
  assert.equal(d.detect('12345 !!!'), null); // Python raises "No features in text"
  assert.equal(d.detect(''), null);
});
