// Responder tests: the artifact round trip and reproducibility, prompt-only input, the CLI output
// format, and the verifier's scores on the 541 official prompts and on our own paraphrase set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArtifactError } from '../../artifact/errors.ts';
import { createContext, defaultDataDir } from '../context.ts';
import { evaluate, summarize } from '../evaluate.ts';
import { readInputs } from '../io.ts';
import { buildResponderArtifact, loadResponder } from './artifact.ts';
import { IfevalResponder, formatResponses, readPrompts, respondAll } from './respond.ts';
import { benchRespond } from './bench.ts';

const here = new URL('.', import.meta.url).pathname;
const dataDir = defaultDataDir();
const officialFile = dataDir ? join(dataDir, 'ifeval', 'input_data.jsonl') : '';
const haveData = !!dataDir && existsSync(officialFile) && existsSync(join(dataDir, 'punkt-english'));
const skipReason = haveData ? false : 'IFEval data not found: set ENGRAM_DATA_DIR (expects ifeval/input_data.jsonl and punkt-english/)';

test('artifact: build twice gives the same bytes; it loads and responds the same as the built-in skill', () => {
  const a = buildResponderArtifact();
  const b = buildResponderArtifact();
  assert.deepEqual(a, b);
  const fromBytes = IfevalResponder.fromBytes(a);
  const prompt = 'Write a poem about rain in all lowercase letters with a title in double angular brackets, i.e. <<title>>.';
  assert.equal(fromBytes.respond(prompt), IfevalResponder.builtIn().respond(prompt));
  assert.equal(loadResponder(a).patFamily.length > 100, true);
});

test('artifact: corruption is rejected with the container error codes', () => {
  const a = buildResponderArtifact();
  const bad = a.slice();
  bad[bad.length - 20] ^= 0xff;
  assert.throws(() => loadResponder(bad), (e: unknown) => e instanceof ArtifactError && e.code === 'SECTION_CRC_MISMATCH');
  assert.throws(() => loadResponder(a.subarray(0, 40)), (e: unknown) => e instanceof ArtifactError && e.code === 'TRUNCATED');
});

test('prompt-only input gives byte-identical output (instruction ids and kwargs are never read)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'engram-respond-'));
  const src = join(here, 'paraphrases.jsonl');
  const rows = readFileSync(src, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  const promptOnly = join(dir, 'prompt-only.jsonl');
  writeFileSync(promptOnly, rows.map((r) => JSON.stringify({ prompt: r.prompt }) + '\n').join(''));
  // Same prompts with misleading ids and kwargs: must not change anything either.
  const decoy = join(dir, 'decoy.jsonl');
  writeFileSync(decoy, rows.map((r) => JSON.stringify({ ...r, instruction_id_list: ['punctuation:no_comma'], kwargs: [{}] }) + '\n').join(''));
  const R = IfevalResponder.builtIn();
  const out = (file: string) => {
    const prompts = readPrompts(file);
    return formatResponses(prompts, respondAll(R, prompts));
  };
  const full = out(src);
  assert.equal(out(promptOnly), full);
  assert.equal(out(decoy), full);
  const first = JSON.parse(full.split('\n')[0]) as Record<string, unknown>;
  assert.deepEqual(Object.keys(first), ['prompt', 'response']);
});

function score(file: string) {
  const inputs = readInputs(file);
  const R = IfevalResponder.builtIn();
  const map = new Map(inputs.map((i) => [i.prompt, R.respond(i.prompt)]));
  const ctx = createContext({ punktDir: join(dataDir!, 'punkt-english') });
  const ev = evaluate(inputs, map, ctx);
  return { strict: summarize(ev.strict), loose: summarize(ev.loose) };
}

test('official 541 prompts: prompt-level strict >= 0.95, instruction-level strict >= 0.97', { skip: skipReason }, () => {
  const { strict, loose } = score(officialFile);
  const p = strict.prompt.correct / strict.prompt.total;
  const i = strict.instruction.correct / strict.instruction.total;
  assert.equal(strict.prompt.total, 541);
  assert.ok(p >= 0.95, `prompt-level strict ${p}`);
  assert.ok(i >= 0.97, `instruction-level strict ${i}`);
  assert.ok(loose.prompt.correct >= strict.prompt.correct);
});

test('own paraphrase set (40 prompts): prompt-level strict >= 0.9', { skip: skipReason }, () => {
  const { strict } = score(join(here, 'paraphrases.jsonl'));
  assert.equal(strict.prompt.total, 40);
  assert.ok(strict.prompt.correct / 40 >= 0.9, `prompt-level strict ${strict.prompt.correct}/40`);
});

// Held-out sets (docs/ifeval-respond.md, "Held-out sets"). heldout-a was scored before any change
// (0.9057) and then used to improve the detector, so it is a regression set now (1.0). heldout-b was
// written after the improvements and scored once: 0.9194 (57/62) prompt strict; the floor below is
// that measurement minus a margin of two prompts, not the later figure after fixing its failures.
test('heldout-a (106 prompts, regression): prompt-level strict >= 0.98, instruction-level strict >= 0.98', { skip: skipReason }, () => {
  const { strict } = score(join(here, 'heldout-a.jsonl'));
  assert.equal(strict.prompt.total, 106);
  assert.ok(strict.prompt.correct / 106 >= 0.98, `prompt-level strict ${strict.prompt.correct}/106`);
  assert.ok(strict.instruction.correct / strict.instruction.total >= 0.98, `instruction-level strict ${strict.instruction.correct}/${strict.instruction.total}`);
});

test('heldout-b (62 prompts, scored once after the improvements): prompt-level strict >= 0.88', { skip: skipReason }, () => {
  const { strict } = score(join(here, 'heldout-b.jsonl'));
  assert.equal(strict.prompt.total, 62);
  assert.ok(strict.prompt.correct / 62 >= 0.88, `prompt-level strict ${strict.prompt.correct}/62`);
  assert.ok(strict.instruction.correct / strict.instruction.total >= 0.9, `instruction-level strict ${strict.instruction.correct}/${strict.instruction.total}`);
});

// Speed is a benchmark figure (`npm run bench`: about 1,700 prompts/s against the 1,000 target),
// never a timed test; this only checks that the benchmark function runs and reports both rates.
test('bench function reports the responder and its baseline rates', { skip: skipReason }, () => {
  const r = benchRespond(officialFile, 50);
  assert.ok(Number.isFinite(r.prompts_per_s) && r.prompts_per_s > 0);
  assert.ok(Number.isFinite(r.baseline_prompts_per_s) && r.baseline_prompts_per_s > 0);
});
