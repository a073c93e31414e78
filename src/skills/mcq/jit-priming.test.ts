// The JIT priming of features.ts (`primeOnce`): once the first extractor of a process exists, scoring
// never deoptimizes the item preparation, the deductive module or the option scores for want of
// type feedback, whatever the bytes. Without it a rare byte sequence met after V8 had optimized the
// scan deoptimized it, and V8 could leave it running from the interpreter (2x slower scoring).
// Checked in a child process under V8's --trace-deopt, on seeded random items made of every byte
// piece the tokenizer tells apart (invalid UTF-8 included) and the logic words of §2.9.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { GOLDEN_DIR } from './golden.ts';

const HOT = /JSFunction (scan|prepare\w*|parse\w*|clause|conjunction|literal|atomFor|find\w*|firstWord|mayHaveRule|emitOption|optionScore|scoreEncoded|lookupFm|insertFm|fmix32|applyRepairs) /;

const child = `
import { readFileSync } from 'node:fs';
import { loadArtifact } from ${JSON.stringify(new URL('../../runtime/index.ts', import.meta.url).href)};
const art = loadArtifact(new Uint8Array(readFileSync(${JSON.stringify(`${GOLDEN_DIR}/tiny.engram`)})));
const pieces = [[0x77, 0x6f, 0x72, 0x64], [0x57], [0x39], [0x73], [0xc3, 0xa9], [0x27], [0xe2, 0x80, 0x99], [0xe2, 0x80, 0x98], [0xe2, 0x80, 0x9c],
  [0xe2, 0x80, 0x9d], [0xe2, 0x80, 0x93], [0xe2, 0x80, 0x94], [0xc2, 0xa0], [0xc2], [0xe2], [0xe2, 0x80], [0x20], [0x2c], [0x3a], [0x2e],
  [0x3b], [0x3f], [0x21], [0x0a], [0xff],
  ...['if', 'then', 'only', 'unless', 'either', 'or', 'and', 'both', 'all', 'no', 'not', 'is', 'neither', 'nor', 'therefore', 'even', 'pumps', 'valve', 'the']
    .map((w) => [...new TextEncoder().encode(' ' + w + ' ')])];
let seed = 12345;
const r = (n) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
const field = (n) => Uint8Array.from(Array.from({ length: n }, () => pieces[r(pieces.length)]).flat());
console.log('START');
const out = new Int32Array(8);
for (let k = 0; k < 3000; k++) {
  const item = { context: field(r(k % 50 === 0 ? 1500 : 120)), question: field(r(15)), options: Array.from({ length: 2 + r(7) }, () => field(r(k % 40 === 0 ? 400 : 25))) };
  art.scoreEncoded(item, out);
}
console.log('END');
`;

test('after the priming, scoring random bytes never deoptimizes the runtime for want of type feedback', { timeout: 120_000 }, () => {
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  const res = spawnSync(process.execPath, ['--import', 'tsx', '--trace-deopt', '--input-type=module', '-e', child], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(res.status, 0, res.stderr);
  const lines = res.stdout.split('\n');
  const start = lines.indexOf('START');
  const end = lines.indexOf('END');
  assert.ok(start >= 0 && end > start, 'the child scored every item');
  const deopts = lines.slice(start, end).filter((l) => l.includes('deoptimizing') && l.includes('Insufficient type feedback') && HOT.test(l));
  assert.deepEqual(deopts, []);
});
