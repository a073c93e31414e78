// The unit rewrite on the emulated RV32IMC board (QEMU): every line of the hand-written set
// (data/demo-rewrite), seeded random lines (invalid UTF-8 included, random options) and lines at and over
// the firmware's line limit are rewritten on the device from their raw bytes and must equal rewriteUnits
// byte for byte (over the limit: CMD_TOO_LARGE). Instructions per line, RAM and flash are printed and RAM
// and flash held to the board budget. Skipped, with the reason, without the cross toolchain or QEMU.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { boardToolchainMissing } from './toolchain.ts';
import { compareRewriteWithHost, formatRewriteBoardSummary, parseRewriteBoardOutput, proveRewriteBoard, type RewriteBoardLine, setLines } from './rewrite-board.ts';
import { REWRITE_DIRECTIONS } from '../skills/commands/rewrite/rewrite.ts';
import { randomText } from '../skills/commands/rewrite/test-support.ts';

const noBoard = boardToolchainMissing() ?? undefined;
const enc = new TextEncoder();

const head = '{"engram_rewrite_board": 1, "target": "t", "batch_bytes": 9, "lines": 1, "batch_error": 0, "max_line_bytes": 512}';
const mem =
  '{"memory": {"static_ram_bytes": 1, "stack_high_water_bytes": 2, "ram_region_bytes": 3, "flash_firmware_bytes": 4, "flash_artifact_bytes": 0, "flash_batch_bytes": 6, "scratch_bytes": 7}}';

test('rewrite board report parser: strict framing; comparison with the host', () => {
  const ok = [head, '{"i": 0, "error": 0, "instret": 42, "bytes": 7, "hex": "382e3035206b6d"}', mem, '{"end": 1}', ''].join('\n');
  const raw = parseRewriteBoardOutput(ok);
  assert.equal(Buffer.from(raw.lines[0].out).toString(), '8.05 km');
  assert.equal(raw.header.max_line_bytes, 512);
  assert.throws(() => parseRewriteBoardOutput(ok.replace('"bytes": 7', '"bytes": 6')), /byte count differs/);
  assert.throws(() => parseRewriteBoardOutput(ok.replace('{"end": 1}\n', '')), /end marker/);
  assert.throws(() => parseRewriteBoardOutput(ok.replace('engram_rewrite_board', 'x')), /not a rewrite board report/);
  const line = (t: string): RewriteBoardLine => ({ id: 'x', bytes: enc.encode(t), direction: 'to-metric', decimals: 2 });
  assert.equal(compareRewriteWithHost(raw, [line('5 miles')]).summary.identical, 1);
  const bad = compareRewriteWithHost(raw, [line('6 miles')]);
  assert.deepEqual([bad.summary.identical, bad.rows[0].host, bad.rows[0].board], [0, '9.66 km', '8.05 km']);
});

/** Lines at the firmware's limit (512 bytes: answered) and over it (CMD_TOO_LARGE). */
function limitLines(): RewriteBoardLine[] {
  const fill = (n: number) => enc.encode('5 miles and 30 feet, '.repeat(100).slice(0, n));
  return [511, 512, 513, 2000].map((n) => ({ id: `${n} bytes`, bytes: fill(n), direction: 'to-metric', decimals: 6 }));
}

test('unit rewrite on the RV32IMC board = rewriteUnits: the whole hand-written set, 400 random lines, the line limit', { skip: noBoard ?? false }, () => {
  const set = setLines();
  const arb = fc.tuple(randomText, fc.constantFrom(...REWRITE_DIRECTIONS), fc.integer({ min: 0, max: 6 }));
  const random = fc.sample(arb, { seed: 20261201, numRuns: 400 }).map(([bytes, direction, decimals], k): RewriteBoardLine => ({ id: `random#${k}`, bytes, direction, decimals }));
  const r = proveRewriteBoard([...set, ...random, ...limitLines()]);
  process.stdout.write(formatRewriteBoardSummary(r).trimEnd().replace(/^/gm, '# ') + '\n');
  const s = r.summary;
  assert.deepEqual(s.mismatched, []);
  assert.equal(s.identical, set.length + random.length + 4);
  assert.equal(s.too_large, 2);
  assert.ok(s.within_budget, `RAM ${s.ram_bytes} B or flash ${s.flash_bytes} B over the board budget`);
  const onSet = proveRewriteBoard(set);
  const f = (x: number) => x.toLocaleString('en-US');
  process.stdout.write(`# the set alone: ${onSet.summary.identical}/${set.length} byte-identical; instret/line median ${f(onSet.summary.instret_median)}, p95 ${f(onSet.summary.instret_p95)}, max ${f(onSet.summary.instret_max)}\n`);
  assert.equal(onSet.summary.identical, set.length);
  assert.deepEqual([onSet.summary.expected_match, onSet.summary.expected_n], [set.length, set.length]);
});
