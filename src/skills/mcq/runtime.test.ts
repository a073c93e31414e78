// The tie rule, explanations that add up to the score, and hostile-input robustness. The golden
// scores (test/golden/*.expected.jsonl, listed in test/vectors/golden.txt) are checked against every
// runtime by src/conformance/conformance.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { loadArtifact } from '../../runtime/index.ts';
import { GOLDEN_DIR } from './golden.ts';
import { readDataset } from './dataset.ts';
import { writeContainer, readContainer } from '../../artifact/container.ts';
import { encodeItem } from './item.ts';

const art = () => loadArtifact(new Uint8Array(readFileSync(`${GOLDEN_DIR}/tiny.engram`)));

test('ties go to the lowest index', () => {
  // Zero every weight section: all scores are 0, so option 0 must win.
  const secs = readContainer(art().bytes).map((s) => ({ tag: s.tag, data: s.tag === 'WHSH' || s.tag === 'WDNS' ? new Uint8Array(s.length) : s.data }));
  const zero = loadArtifact(writeContainer(secs));
  const r = zero.score({ context: 'x', question: 'y', options: ['a', 'b', 'c'] });
  assert.deepEqual(r, { scores: [0, 0, 0], prediction: 0 });
});

test('explanations: contributions add up to each option score', () => {
  const a = art();
  for (const it of readDataset(`${GOLDEN_DIR}/tiny.items.jsonl`).items) {
    const ex = a.explain(it);
    assert.deepEqual(ex.scores, a.score(it).scores);
    for (const o of ex.options) assert.equal(o.contributions.reduce((s, c) => s + c.value, 0), o.score);
  }
});

test('property: arbitrary strings score without crashing; the hot path writes exactly one score per option and picks the first maximum', () => {
  const a = art();
  const SENTINEL = 0x7eadbeef;
  const out = new Int32Array(9);
  fc.assert(
    fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 80 }), fc.array(fc.string({ maxLength: 200 }), { minLength: 2, maxLength: 8 }), (context, question, options) => {
      out.fill(SENTINEL);
      const p = a.scoreEncoded(encodeItem({ context, question, options }), out);
      const scores = Array.from(out.subarray(0, options.length));
      assert.equal(p, scores.indexOf(Math.max(...scores)));
      for (let i = options.length; i < out.length; i++) assert.equal(out[i], SENTINEL, `slot ${i} past the options was written`);
      assert.deepEqual(a.score({ context, question, options }), { scores, prediction: p });
    }),
    { seed: 8, numRuns: 300 },
  );
});

test('property: arbitrary bytes (invalid UTF-8 included) never crash scoring', () => {
  const a = art();
  const out = new Int32Array(8);
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 5000 }), fc.uint8Array({ maxLength: 200 }), fc.array(fc.uint8Array({ maxLength: 1200 }), { minLength: 2, maxLength: 8 }), (context, question, options) => {
      const p = a.scoreEncoded({ context, question, options }, out);
      assert.ok(p >= 0 && p < options.length);
    }),
    { seed: 9, numRuns: 200 },
  );
});
