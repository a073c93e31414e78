// The artifact: reproducible bytes, a lossless round trip, quantized (integer) decisions agreeing with
// the float model, refusals, and a loader that rejects every corruption with a typed ArtifactError.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { ArtifactError } from '../../artifact/errors.ts';
import { refreshCrcs } from '../../artifact/test-support.ts';
import { COMMANDS_SECTIONS, loadCommandsArtifact, writeCommandsArtifact } from './artifact.ts';
import { buildModel, DEFAULT_BUILD, quantize, trainFloat } from './build.ts';
import { benchmarkExamples } from './formats/snips-benchmark.ts';
import { fixtureJson } from './test-fixture.ts';
import { CommandsRuntime } from './runtime.ts';
import { decodeFloat } from './train-tagger.ts';
import { allowedTags } from './tags.ts';
import { tokenFeatures } from './features.ts';
import { CountingGazetteer } from './gazetteer.ts';
import { lexiconEntries } from './lexicon.ts';
import type { CommandDataset } from './types.ts';

const OPTS = { ...DEFAULT_BUILD, taggerBits: 10, intentBits: 8, minWeight: 1 };
const ds = (): CommandDataset => ({ examples: benchmarkExamples(fixtureJson(8), 'fixture.json'), intents: {}, entities: {}, warnings: [] });
const bytes = writeCommandsArtifact(buildModel(ds(), OPTS));
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

test('building twice gives the same bytes (sha256)', () => {
  assert.equal(sha(writeCommandsArtifact(buildModel(ds(), OPTS))), sha(bytes));
});

test('section order and round trip: load(write(m)) writes the same bytes', () => {
  const m = loadCommandsArtifact(bytes);
  assert.equal(sha(writeCommandsArtifact(m)), sha(bytes));
  assert.deepEqual(m.intents.map((i) => [i.name, i.refuse]), [['LightsOn', false], ['SetOven', false], ['StartTimer', false], ['out_of_scope', true]]);
});

test('parses fixture queries, refuses out of scope with a reason', () => {
  const rt = new CommandsRuntime(loadCommandsArtifact(bytes));
  assert.deepEqual(rt.parse('set the oven to 350 F'), { intent: 'SetOven', slots: [{ slot: 'temperature', text: '350 F', start: 16, end: 21 }] });
  const oos = rt.parse('tell me a joke');
  assert.equal(oos.intent, 'out_of_scope');
  assert.equal(oos.refused, true);
  assert.ok(oos.reason && oos.reason.length > 0);
  assert.deepEqual(oos.slots, []);
});

test('quantized integer tagging agrees with the float model on every fixture query', () => {
  const d = ds();
  const fb = trainFloat(d, OPTS);
  const rt = new CommandsRuntime(quantize(fb, d, OPTS, {}));
  const lex = lexiconEntries();
  const gaz = new CountingGazetteer();
  for (const p of fb.prepared) gaz.add(p.gazKeys);
  const mask = (1 << OPTS.taggerBits) - 1;
  let agree = 0;
  let total = 0;
  for (const p of fb.prepared) {
    if (p.example.intent === 'out_of_scope') continue;
    const slotIds = fb.inv.intentSlots[p.intentId];
    const feats = tokenFeatures(p.tokens, { lexicon: (h) => lex.get(h) ?? 0, gazetteer: gaz, slotIds, intentId: p.intentId, intentNs: new Set(OPTS.intentNs) });
    const float = decodeFloat(fb.tagger, feats.map((f) => Int32Array.from(f, (h) => h & mask)), allowedTags(slotIds));
    const q = rt.decide(p.example.text, p.example.intent).tags;
    total += float.length;
    agree += float.filter((t, i) => t === q[i]).length;
  }
  // Quantization (and the Bloom filter standing in for the exact gazetteer) may flip a rare tie.
  assert.ok(agree / total >= 0.98, `agreement ${agree}/${total}`);
});

test('a missing section is MISSING_SECTION; bad contents BAD_SECTION', () => {
  const view = new DataView(bytes.buffer.slice(0));
  const b = new Uint8Array(view.buffer);
  // Rename the last section's table entry (CESY) so that it is missing.
  const entry = 32 + 16 * (COMMANDS_SECTIONS.length - 1);
  b[entry] = 0x58;
  assert.throws(() => loadCommandsArtifact(refreshCrcs(b)), (e: unknown) => e instanceof ArtifactError && e.code === 'MISSING_SECTION');
  const c = new Uint8Array(bytes);
  const cfg = new DataView(c.buffer).getUint32(32 + 16 + 4, true); // CCFG offset
  c[cfg] = 9; // skill
  assert.throws(() => loadCommandsArtifact(refreshCrcs(c)), (e: unknown) => e instanceof ArtifactError && e.code === 'BAD_SECTION' && e.section === 'CCFG');
});

test('property: random corruption (with or without refreshed CRCs, truncation) only ever throws ArtifactError', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
      fc.boolean(),
      fc.option(fc.nat()),
      (edits, refresh, cut) => {
        let b: Uint8Array = new Uint8Array(bytes);
        for (const [pos, v] of edits) b[pos % b.length] = v;
        if (refresh) b = refreshCrcs(b);
        if (cut !== null) b = b.subarray(0, cut % b.length);
        try {
          const m = loadCommandsArtifact(b);
          new CommandsRuntime(m).parse('set the oven to 350 F in the kitchen for ten minutes');
        } catch (e) {
          assert.ok(e instanceof ArtifactError, `not an ArtifactError: ${(e as Error).stack}`);
        }
      },
    ),
    { seed: 7, numRuns: 400 },
  );
});
