// `engram inspect` reads every artifact kind the project writes (multiple choice, the IFEval
// responder and structured commands), and refuses a container that holds neither skill with a typed error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { writeContainer } from '../artifact/container.ts';
import { buildResponderArtifact } from '../skills/respond/artifact.ts';
import { GOLDEN_DIR } from '../skills/mcq/golden.ts';
import { formatInspect, inspectArtifact } from './inspect.ts';
import { writeCommandsArtifact } from '../skills/commands/artifact.ts';
import { buildModel, DEFAULT_BUILD } from '../skills/commands/build.ts';
import { benchmarkExamples } from '../skills/commands/formats/snips-benchmark.ts';
import { fixtureJson } from '../skills/commands/test-fixture.ts';

const BIN = new URL('../../bin/engram.mjs', import.meta.url).pathname;

function inspect(path: string, json = true) {
  const r = spawnSync(process.execPath, [BIN, 'inspect', path, ...(json ? ['--json'] : [])], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('inspect: the multiple-choice golden artifact', () => {
  const r = inspect(join(GOLDEN_DIR, 'tiny.engram'));
  assert.equal(r.code, 0, r.err);
  const info = JSON.parse(r.out);
  assert.equal(info.skill, 'mcq');
  assert.deepEqual(info.sections.map((s: { tag: string }) => s.tag), ['META', 'MCQC', 'LEXN', 'WHSH', 'WDNS']);
  assert.ok(Array.isArray(info.config.feature_families) && info.config.feature_families.length > 0);
});

test('inspect: the IFEval responder artifact (sections, counts, sha256 of the exact bytes)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'engram-inspect-'));
  try {
    const bytes = buildResponderArtifact();
    const p = join(dir, 'responder.engram');
    writeFileSync(p, bytes);
    const r = inspect(p);
    assert.equal(r.code, 0, r.err);
    const info = JSON.parse(r.out);
    assert.equal(info.skill, 'ifeval-responder');
    assert.equal(info.bytes, bytes.length);
    assert.equal(info.sha256, createHash('sha256').update(bytes).digest('hex'));
    assert.ok(info.sections.some((s: { tag: string }) => s.tag === 'RCFG'));
    assert.ok(info.config.patterns > 0 && info.config.languages > 0);
    const text = inspect(p, false);
    assert.equal(text.code, 0, text.err);
    assert.match(text.out, /skill ifeval-responder/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('inspect: a commands artifact is told by CCFG and shows its counts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'engram-inspect-'));
  try {
    const ds = { examples: benchmarkExamples(fixtureJson(4), 'fixture.json'), intents: {}, entities: {}, warnings: [] };
    const bytes = writeCommandsArtifact(buildModel(ds, { ...DEFAULT_BUILD, taggerBits: 10, intentBits: 8 }));
    const p = join(dir, 'commands.engram');
    writeFileSync(p, bytes);
    const info = inspectArtifact(p);
    assert.equal(info.skill, 'commands');
    assert.equal(info.bytes, bytes.length);
    assert.equal(info.sections[1].tag, 'CCFG');
    assert.deepEqual(
      { intents: info.config.intents, refused_intents: info.config.refused_intents, slots: info.config.slots, tags: info.config.tags, tagger_bits: info.config.tagger_bits, intent_bits: info.config.intent_bits, entities: info.config.entities },
      { intents: 4, refused_intents: 1, slots: 3, tags: 7, tagger_bits: 10, intent_bits: 8, entities: 0 },
    );
    assert.match(formatInspect(info), /skill commands\n[^]*config {5}intents=4 refused_intents=1 slots=3 tags=7 /);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('inspect: a valid container with no skill section is refused with MISSING_SECTION', () => {
  const dir = mkdtempSync(join(tmpdir(), 'engram-inspect-'));
  try {
    const p = join(dir, 'empty.engram');
    writeFileSync(p, writeContainer([{ tag: 'META', data: new TextEncoder().encode('{}') }]));
    const r = inspect(p);
    assert.notEqual(r.code, 0);
    assert.match(r.err, /MISSING_SECTION: .*empty\.engram: no skill section/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
