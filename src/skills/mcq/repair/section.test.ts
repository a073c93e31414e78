// Repairs (docs/format.md §2.10): the repaired golden artifact scores exactly as recorded, disabling
// repairs gives exactly the unrepaired scores, and hostile RPRS bytes only ever give BAD_SECTION.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { loadArtifact } from '../runtime.ts';
import { GOLDEN_DIR, GOLDEN_REPAIRS } from '../golden.ts';
import { readDataset } from '../dataset.ts';
import { ArtifactError } from '../../../artifact/errors.ts';
import { decodeRprs, encodeRprs, optionAtRank, topTwo } from './section.ts';
import { withRepairs } from './patch.ts';

const items = () => readDataset(`${GOLDEN_DIR}/tiny.items.jsonl`).items;
const bytes = (name: string) => new Uint8Array(readFileSync(`${GOLDEN_DIR}/${name}`));

test('repaired golden: every item scores and fires exactly as recorded', () => {
  const art = loadArtifact(bytes('tiny-repaired.engram'));
  const expected = readFileSync(`${GOLDEN_DIR}/tiny-repaired.expected.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  items().forEach((it, i) => {
    const r = art.score(it);
    assert.deepEqual({ id: it.id, ...r, fired: art.lastFired }, expected[i]);
  });
  assert.ok(expected.some((e) => e.fired.length > 0) && expected.some((e) => e.fired.length === 0));
});

test('repairs disabled: exactly the unrepaired artifact scores', () => {
  const plain = loadArtifact(bytes('tiny.engram'));
  const off = loadArtifact(bytes('tiny-repaired.engram'), { repairs: false });
  for (const it of items()) assert.deepEqual(off.score(it), plain.score(it));
});

test('withRepairs only changes the RPRS section, and removing repairs restores the parent bytes', () => {
  const parent = bytes('tiny.engram');
  assert.deepEqual(withRepairs(withRepairs(parent, GOLDEN_REPAIRS), []), parent);
});

test('explanations attribute repair adjustments, so contributions still add up', () => {
  const art = loadArtifact(bytes('tiny-repaired.engram'));
  const ex = art.explain(items()[0]);
  assert.deepEqual(ex.repairsFired, [1]);
  for (const o of ex.options) assert.equal(o.contributions.reduce((s, c) => s + c.value, 0), o.score);
});

test('ranking helpers: ties go to the lower index', () => {
  const s = new Int32Array([5, 9, 9, 1]);
  assert.deepEqual(topTwo(s, 4), [1, 2]);
  assert.deepEqual([0, 1, 2, 3].map((r) => optionAtRank(s, 4, r)), [1, 2, 0, 3]);
  assert.equal(optionAtRank(s, 4, 4), -1);
});

test('property: arbitrary RPRS bytes decode or throw BAD_SECTION, nothing else', () => {
  const good = encodeRprs(GOLDEN_REPAIRS);
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }), fc.nat({ max: good.length }), (edits, len) => {
      const b = good.slice(0, Math.max(len, 0));
      for (const [i, v] of edits) if (i < b.length) b[i] = v;
      try {
        decodeRprs(b);
      } catch (e) {
        assert.ok(e instanceof ArtifactError && e.code === 'BAD_SECTION', String(e));
      }
    }),
    { seed: 21, numRuns: 1000 },
  );
});
