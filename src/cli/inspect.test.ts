// `engram inspect` reads every artifact kind the project writes (multiple choice and the IFEval
// responder), and refuses a container that holds neither skill with a typed error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { writeContainer } from '../artifact/container.ts';
import { buildResponderArtifact } from '../ifeval/respond/artifact.ts';
import { GOLDEN_DIR } from '../runtime/golden.ts';

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
