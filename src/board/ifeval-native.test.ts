// The C99 IFEval responder (c/skills/respond/) against the TypeScript reference (src/skills/respond/):
// the loader's error codes match, and for every prompt of
// the official set, the paraphrases and both held-out sets the detected plan and the response are
// byte-identical — on the plain build and (official prompts) under AddressSanitizer + UBSan. The
// generated headers it relies on (Unicode tables, opcodes, words) are checked fresh by
// src/board/gen-c-tables.test.ts.
import { test } from 'node:test';
import { loadErrorCode, refreshCrcs } from '../artifact/test-support.ts';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findDataDir } from '../io/data-dir.ts';
import { buildResponderArtifact, loadResponder } from '../skills/respond/artifact.ts';
import { IfevalResponder, readPrompts } from '../skills/respond/respond.ts';
import { longPrompt } from '../skills/respond/test-support.ts';
import { haveTool } from './toolchain.ts';
import {
  buildIfevalNative,
  checkLoadIfevalNative,
  encodePromptBatch,
  planText,
  runIfevalNative,
} from './ifeval-native.ts';

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
  ];
}

function withDir<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'engram-ifeval-'));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const tsCode = (b: Uint8Array): number => loadErrorCode(loadResponder, b);

test('C responder loader: same error codes as loadResponder on the artifact and corrupted copies', { skip: noCc }, () => {
  buildIfevalNative();
  const good = buildResponderArtifact();
  const dv = new DataView(good.buffer, good.byteOffset, good.byteLength);
  const sectionAt = (tag: string) => {
    for (let i = 0; i < dv.getUint32(12, true); i++) {
      const e = 32 + 16 * i;
      if (dec.decode(good.subarray(e, e + 4)) === tag) return dv.getUint32(e + 4, true);
    }
    throw new Error(tag);
  };
  const cases: Array<[string, Uint8Array]> = [
    ['valid', good],
    ['truncated', good.slice(0, 20)],
    ['bad magic', (() => { const b = good.slice(); b[0] ^= 1; return b; })()],
    ['section crc', (() => { const b = good.slice(); b[sectionAt('RSTR') + 9] ^= 1; return b; })()],
    ['META not an object', refreshCrcs((() => { const b = good.slice(); b[sectionAt('META')] = 0x20; return b; })())],
    ['RCFG skill', refreshCrcs((() => { const b = good.slice(); b[sectionAt('RCFG')] = 1; return b; })())],
    ['ROPS opcode', refreshCrcs((() => { const b = good.slice(); b[sectionAt('ROPS')] = 99; return b; })())],
    ['RPAT family', refreshCrcs((() => { const b = good.slice(); b[sectionAt('RPAT')] = 200; return b; })())],
    ['RSTR not UTF-8', refreshCrcs((() => { const b = good.slice(); const at = sectionAt('RSTR'); const n = new DataView(b.buffer).getUint32(at, true); b[at + 4 + 8 * n] = 0xff; return b; })())],
  ];
  withDir((dir) => {
    for (const [name, bytes] of cases) {
      const f = join(dir, 'a.engram');
      writeFileSync(f, bytes);
      assert.equal(checkLoadIfevalNative(f), tsCode(bytes), name);
    }
  });
  assert.equal(tsCode(good), 0);
  assert.equal(tsCode(cases.find(([n]) => n === 'META not an object')![1]), 13, 'BAD_SECTION');
});

function parity(bin: string | undefined, label: string, only?: string): void {
  const responder = IfevalResponder.builtIn();
  withDir((dir) => {
    const art = join(dir, 'r.engram');
    writeFileSync(art, buildResponderArtifact());
    for (const [name, prompts] of sets()) {
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
