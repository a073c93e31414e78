// The C99 IFEval responder (c/skills/respond/) against the TypeScript reference (src/skills/respond/):
// for every prompt of the official set, the paraphrases, both held-out sets and data/ifeval-unseen the detected plan and
// the response are byte-identical — on the plain build and (official prompts) under AddressSanitizer
// + UBSan. The loader's error codes are vectors (test/vectors/load-errors.txt), run on every runtime
// by src/conformance/conformance.test.ts. The
// generated headers it relies on (Unicode tables, opcodes, words) are checked fresh by
// src/board/gen-c-tables.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDataDir } from '../io/data-dir.ts';
import { buildResponderArtifact } from '../skills/respond/artifact.ts';
import { IfevalResponder, readPrompts } from '../skills/respond/respond.ts';
import { longPrompt, RULE_PROMPTS } from '../skills/respond/test-support.ts';
import { haveTool } from './toolchain.ts';
import {
  buildIfevalNative,
  encodePromptBatch,
  planText,
  runIfevalNative,
} from './ifeval-native.ts';
import { withTempDir } from '../io/temp-dir.ts';

const here = new URL('../skills/respond/', import.meta.url).pathname;
const dataDir = findDataDir();
const official = dataDir ? join(dataDir, 'ifeval', 'input_data.jsonl') : '';
const noCc = haveTool('make') && haveTool('cc') ? undefined : 'make or cc not installed';
const noData = official && existsSync(official) ? undefined : 'IFEval data not found: set ENGRAM_DATA_DIR (expects ifeval/input_data.jsonl)';
const skip = noCc ?? noData ?? false;
const dec = new TextDecoder();
const enc = new TextEncoder();

function sets(): Array<[string, string[]]> {
  return [
    ['official', readPrompts(official)],
    ['paraphrases', readPrompts(join(here, 'paraphrases.jsonl'))],
    ['heldout-a', readPrompts(join(here, 'heldout-a.jsonl'))],
    ['heldout-b', readPrompts(join(here, 'heldout-b.jsonl'))],
    ['unseen-dev', readPrompts(join(here, '../../../data/ifeval-unseen/dev.jsonl'))],
    ['unseen-frozen-1', readPrompts(join(here, '../../../data/ifeval-unseen/frozen.jsonl'))],
    ['unseen-2-dev', readPrompts(join(here, '../../../data/ifeval-unseen-2/dev.jsonl'))],
    ['unseen-2-frozen', readPrompts(join(here, '../../../data/ifeval-unseen-2/frozen.jsonl'))],
    ['unseen-3-dev', readPrompts(join(here, '../../../data/ifeval-unseen-3/dev.jsonl'))],
    ['unseen-3-frozen', readPrompts(join(here, '../../../data/ifeval-unseen-3/frozen.jsonl'))],
    ['unseen-4-frozen', readPrompts(join(here, '../../../data/ifeval-unseen-4/frozen.jsonl'))],
    ['unseen-5-frozen', readPrompts(join(here, '../../../data/ifeval-unseen-5/frozen.jsonl'))],
    ['unseen-8-frozen', readPrompts(join(here, '../../../data/ifeval-unseen-8/frozen.jsonl'))],
    ['unseen-9-frozen', readPrompts(join(here, '../../../data/ifeval-unseen-9/frozen.jsonl'))],
    ['unseen-10-frozen', readPrompts(join(here, '../../../data/ifeval-unseen-10/frozen.jsonl'))],
    ['unseen-6-dev', readPrompts(join(here, '../../../data/ifeval-unseen-6/dev.jsonl'))],
    ['unseen-7-dev', readPrompts(join(here, '../../../data/ifeval-unseen-7/dev.jsonl'))],
  ];
}

const withDir = <T>(fn: (dir: string) => T): T => withTempDir('engram-ifeval-', fn);

function parity(bin: string | undefined, label: string, only?: string, list: () => Array<[string, readonly string[]]> = sets): void {
  const responder = IfevalResponder.builtIn();
  withDir((dir) => {
    const art = join(dir, 'r.engram');
    writeFileSync(art, buildResponderArtifact());
    for (const [name, prompts] of list()) {
      if (only && name !== only) continue;
      const batch = join(dir, `${name}.bin`);
      writeFileSync(batch, encodePromptBatch(prompts));
      const plans = runIfevalNative(art, batch, 'plan', bin);
      const responses = runIfevalNative(art, batch, 'respond', bin);
      assert.equal(plans.length, prompts.length);
      assert.equal(responses.length, prompts.length);
      let planOk = 0;
      let respOk = 0;
      const firstBad: string[] = [];
      prompts.forEach((p, i) => {
        if (dec.decode(plans[i]) === planText(responder.plan(p))) planOk++;
        else if (firstBad.length < 3) firstBad.push(`plan #${i}`);
        const want = enc.encode(responder.respond(p));
        if (Buffer.compare(Buffer.from(want), Buffer.from(responses[i])) === 0) respOk++;
        else if (firstBad.length < 3) firstBad.push(`response #${i}`);
      });
      assert.deepEqual(
        { set: name, plans: planOk, responses: respOk, firstBad },
        { set: name, plans: prompts.length, responses: prompts.length, firstBad: [] },
        `${label}: ${name}`,
      );
    }
  });
}

test('C responder = TS responder byte for byte (plans and responses; official, paraphrases, held-out a and b)', { skip }, () => {
  parity(buildIfevalNative('ifeval'), 'plain build');
});

test('C responder under AddressSanitizer + UBSan: official prompts, same bytes', { skip }, () => {
  parity(buildIfevalNative('ifeval-san'), 'asan+ubsan', 'official');
});

// The rule sentences of responder_version 5 need no benchmark data: every new rule in both runtimes, also under ASan.
test('C responder = TS responder on the rule sentences of responder_versions 5 and 6 (plain and ASan + UBSan)', { skip: noCc ?? false }, () => {
  parity(buildIfevalNative('ifeval'), 'plain build', undefined, () => [['rules', RULE_PROMPTS]]);
  parity(buildIfevalNative('ifeval-san'), 'asan+ubsan', undefined, () => [['rules', RULE_PROMPTS]]);
});

// The C port stores as many tokens as TypeScript keeps (MAX_TOKENS, 4,096): an 8 KB prompt is
// answered, not TOO_LARGE, and a longer one is cut at the same token in both.
test('C responder = TS responder on 8 KB and 24 KB prompts (the second past the 4,096-token cut)', { skip: noCc }, () => {
  const responder = IfevalResponder.builtIn();
  const prompts = [longPrompt(8 * 1024), longPrompt(24 * 1024)];
  withDir((dir) => {
    const art = join(dir, 'r.engram');
    const batch = join(dir, 'long.bin');
    writeFileSync(art, buildResponderArtifact());
    writeFileSync(batch, encodePromptBatch(prompts));
    const bin = buildIfevalNative('ifeval');
    const plans = runIfevalNative(art, batch, 'plan', bin).map((b) => dec.decode(b));
    const responses = runIfevalNative(art, batch, 'respond', bin).map((b) => dec.decode(b));
    assert.deepEqual(plans, prompts.map((p) => planText(responder.plan(p))));
    assert.deepEqual(responses, prompts.map((p) => responder.respond(p)));
    assert.ok(responses.every((r) => r.length > 0));
  });
});

// The C matcher's load-time index has fixed limits (c/skills/respond/eg_ifr.h EG_IFR_IX_*); past one, the C runtime
// still answers the same by scanning its tables, but 15x slower on the board. Round 4d and round 5 each outgrew a
// limit silently until a board budget caught it: the built-in artifact must fit, with the usage printed.
test('the built-in artifact fits the C matcher index (every EG_IFR_IX_* limit)', { skip: noCc ?? false }, () => {
  withDir((dir) => {
    const art = join(dir, 'r.engram');
    writeFileSync(art, buildResponderArtifact());
    const out = execFileSync(buildIfevalNative('ifeval'), ['--index', art], { encoding: 'utf8' });
    process.stdout.write(`matcher index: ${out}`);
    assert.match(out, /^ok 1 rel_ok 1 /);
  });
});
