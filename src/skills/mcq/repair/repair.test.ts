// Repairs and the promotion contract: the proposer covers its family, each gate can fail, the
// audit log is append-only and reproducible, disabling repairs gives exactly the unrepaired
// predictions, and the C replay gate runs against the native build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withRepairs } from './patch.ts';
import { readArtifact } from '../reader.ts';
import { ANY, MAX_DELTA, MAX_REPAIRS, RANK } from './section.ts';
import { haveTool, REPO_ROOT } from '../../../board/toolchain.ts';
import { predictAll } from '../eval/evaluate.ts';
import { readItems } from '../dataset.ts';
import type { McqItem } from '../item.ts';
import { loadArtifact } from '../runtime.ts';
import { fnv1aString } from '../../../text/hash.ts';
import { DEFAULT_BUILD_OPTIONS, buildArtifact } from '../train/build.ts';
import { Analyzer } from './analyze.ts';
import { appendAuditLog, readAuditLog } from './audit.ts';
import { promote, type PromoteOptions } from './promote.ts';
import { propose, rankingTarget, type Candidate } from './propose.ts';
import { repairFromJson, repairToJson } from './repair-json.ts';
import { nativeScorer, replayGate, type NativeScorer } from './replay.ts';
import { patchReport } from './report.ts';

const DEMO = join(REPO_ROOT, 'data', 'demo');
const train = readItems(join(DEMO, 'train.jsonl'));
const demoTest = readItems(join(DEMO, 'test.jsonl'));
const cases = readItems(join(DEMO, 'repairs', 'cases.jsonl'));
const base = buildArtifact(train, new Uint8Array(readFileSync(join(DEMO, 'train.jsonl'))), DEFAULT_BUILD_OPTIONS).bytes;

/** A scorer that agrees with the TypeScript runtime by construction (gates 1–3 tested on their own). */
const tsScorer: NativeScorer = (bytes, items) => predictAll(loadArtifact(bytes), items as McqItem[]).map((p) => p.scores);
const OPTS: PromoteOptions = { tool: 'engram test', scorer: tsScorer };

function mineDemo(): Candidate[] {
  const an = new Analyzer(base);
  const deployed = loadArtifact(base);
  return propose(an.analyzeAll(cases), an.analyzeAll(train), (a) => deployed.score(a.item).prediction !== a.gold, { family: 'file' }).candidates;
}

test('the proposer covers its family: every case passes route, exclude and ranking, and the repair flips it', () => {
  const cands = mineDemo();
  assert.ok(cands.length >= 1);
  const an = new Analyzer(base);
  const lex = readArtifact(base).lexicon;
  for (const c of cands) {
    const r = repairFromJson(c.repair, 1);
    assert.ok(r.routeMinHits >= 1 && r.route.length >= 1 && r.route.length <= 8, 'a non-empty route');
    assert.ok(r.delta >= 1 && r.delta <= MAX_DELTA);
    for (const h of [...r.route, ...r.exclude]) assert.equal(lex.lookup(h) & 1, 0, 'route and exclude tokens are content tokens');
    for (const item of c.cases) {
      const a = an.analyze(item);
      assert.ok(r.route.filter((h) => a.tokens.has(h)).length >= r.routeMinHits, `${a.id} passes the route`);
      assert.ok(!r.exclude.some((h) => a.tokens.has(h)), `${a.id} has no exclude token`);
      assert.equal(rankingTarget(r, a), a.gold, `${a.id}: the ranking condition lifts the gold option`);
      assert.ok(a.scores[a.top] - a.scores[a.gold!] <= r.maxMargin);
    }
    const repaired = loadArtifact(withRepairs(base, [r]));
    for (const item of c.cases) assert.equal(repaired.score(item).prediction, item.answer, `${item.id} is fixed`);
  }
  // The JSON form round-trips through the binary record.
  const r0 = repairFromJson(cands[0].repair, 9);
  assert.deepEqual(repairToJson(r0, new Map([...cands[0].repair.route, ...cands[0].repair.exclude].map((t) => [t.hash, t.word]))), cands[0].repair);
});

test('a family whose gold rank differs is split so that each candidate has one selector', () => {
  const an = new Analyzer(base);
  const wrong = demoTest.filter((it) => loadArtifact(base).score(it).prediction !== it.answer);
  const res = propose(an.analyzeAll(wrong), an.analyzeAll(train), () => true, { family: 'file' });
  assert.ok(res.candidates.length >= 2);
  for (const c of res.candidates) {
    const ranks = new Set(c.cases.map((it) => an.analyze(it).goldRank));
    const golds = new Set(c.cases.map((it) => it.answer));
    assert.ok(ranks.size === 1 || golds.size === 1, `${c.name}: one selector fits`);
  }
  const covered = res.candidates.reduce((k, c) => k + c.cases.length, 0) + res.skipped.length;
  assert.equal(covered, wrong.length, 'every case is in a candidate or reported as skipped');
});

const h = fnv1aString;
function candidate(name: string, repair: Candidate['repair'], targets: McqItem[]): Candidate {
  return { name, family: 'test', repair, cases: targets, reference: { eligible: 0, fires: 0, wrong_fires: 0, breaks: 0, fixes: 0 } };
}
const blunt = (r: Partial<Candidate['repair']> = {}): Candidate['repair'] => ({
  route: [], route_min_hits: 0, exclude: [], when_top: 'any', when_second: 'any', target: 'rank:3', competitor: 'rank:0', max_margin: 0x7fffffff, delta: MAX_DELTA, ...r,
});

test('gate 1 fails: a candidate that fixes none of its targets', () => {
  const good = mineDemo()[0];
  const c = candidate('no-fix', { ...good.repair, route: [{ hash: h('zzqqxxnotaword'), word: 'zzqqxxnotaword' }], route_min_hits: 1 }, good.cases);
  const res = promote(base, [c], train, train, OPTS);
  const e = res.entries[0];
  assert.equal(e.decision, 'rejected');
  assert.deepEqual(e.failed_gates, ['fixes_target']);
  assert.equal(e.gates.fixes_target.fixed, 0);
  assert.deepEqual(res.bytes, base, 'a rejected candidate leaves the artifact unchanged');
});

test('gate 2 fails: collateral flips on the protected set', () => {
  const good = mineDemo()[0];
  const c = candidate('blunt', blunt(), good.cases);
  const e = promote(base, [c], train, [], OPTS).entries[0];
  assert.equal(e.decision, 'rejected');
  assert.ok(e.failed_gates.includes('protected'));
  assert.ok(e.gates.protected.collateral_flips > 0);
  assert.equal(e.gates.protected.flipped_ids.length, e.gates.protected.collateral_flips);
});

test('gate 3 fails: guard accuracy drop beyond the threshold, with the exact McNemar p', () => {
  const good = mineDemo()[0];
  const c = candidate('blunt', blunt(), good.cases);
  const e = promote(base, [c], [], train, { ...OPTS, threshold: 0.01 }).entries[0];
  assert.deepEqual(e.failed_gates, ['guard'], 'protected is empty here, so only the guard can catch it');
  const g = e.gates.guard;
  assert.ok(g.drop > 0.01 && g.b > 0);
  assert.ok(g.mcnemar_p < 0.001);
  // A tolerant threshold lets the same candidate through gate 3.
  const loose = promote(base, [c], [], train, { ...OPTS, threshold: 1 }).entries[0];
  assert.equal(loose.gates.guard.pass, true);
});

test('gate 4 fails: C runtime unavailable is a failure, and so is any score mismatch', () => {
  const good = mineDemo()[0];
  const unavailable: NativeScorer = () => {
    throw new Error('native build failed: no compiler');
  };
  const e = promote(base, [good], train, train, { ...OPTS, scorer: unavailable }).entries[0];
  assert.deepEqual(e.failed_gates, ['replay']);
  assert.match(e.gates.replay.reason ?? '', /^C runtime unavailable \(native build failed: no compiler\)/);
  const offByOne: NativeScorer = (bytes, items) => tsScorer(bytes, items).map((s, i) => (i === 2 ? s.map((x) => x + 1) : s));
  const e2 = promote(base, [good], train, train, { ...OPTS, scorer: offByOne }).entries[0];
  assert.deepEqual(e2.failed_gates, ['replay']);
  assert.equal(e2.gates.replay.mismatches, 1);
  // With an agreeing runtime the same candidate is accepted.
  const ok = promote(base, [good], train, train, OPTS);
  assert.equal(ok.entries[0].decision, 'accepted');
  assert.equal(loadArtifact(ok.bytes).repairs.length, 1);
});

test('candidates are gated in order against the previously accepted repairs; ids continue', () => {
  const good = mineDemo()[0];
  const res = promote(base, [good, good], train, train, OPTS);
  assert.deepEqual(res.entries.map((e) => e.decision), ['accepted', 'rejected']);
  assert.deepEqual(res.entries[1].failed_gates, ['fixes_target'], 'the second copy has nothing left to fix');
  assert.equal(res.entries[1].artifact_sha256_before, res.entries[0].artifact_sha256_after);
  assert.deepEqual(res.entries.map((e) => e.repair_id), [1, 2]);
  const again = promote(res.bytes, [good], train, train, OPTS);
  assert.equal(again.entries[0].repair_id, 2, 'new ids start after the artifact\'s largest id');
});

test('the audit log is append-only and reproducible', () => {
  const dir = mkdtempSync(join(tmpdir(), 'engram-audit-'));
  try {
    const cands = mineDemo();
    const run = (): ReturnType<typeof promote> => promote(base, cands, train, train, OPTS);
    const a = run();
    const b = run();
    assert.deepEqual(a.bytes, b.bytes, 'same inputs, same artifact bytes');
    assert.equal(JSON.stringify(a.entries), JSON.stringify(b.entries), 'same inputs, same log lines (no timestamps)');
    const log = join(dir, 'audit.jsonl');
    appendAuditLog(log, a.entries);
    const first = readFileSync(log);
    appendAuditLog(log, b.entries);
    const second = readFileSync(log);
    assert.deepEqual(second.subarray(0, first.length), first, 'earlier lines are never rewritten');
    assert.equal(readAuditLog(log).length, a.entries.length + b.entries.length);
    const e = readAuditLog(log)[0] as Record<string, any>;
    for (const k of ['repair', 'evidence', 'gates', 'artifact_sha256_before', 'artifact_sha256_after', 'tool']) assert.ok(k in e, `entry has ${k}`);
    assert.ok(e.repair.route.every((t: { word: string }) => typeof t.word === 'string' && t.word.length > 0), 'route words are kept');
    assert.ok(!('date' in e), 'no date unless asked for');
    const dated = promote(base, cands, train, train, { ...OPTS, date: '2026-11-26' }).entries[0];
    assert.equal(dated.date, '2026-11-26');
    writeFileSync(log, Buffer.concat([second, Buffer.from('not json\n')]));
    assert.throws(() => appendAuditLog(log, a.entries), /not JSON; refusing to append/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ablation: the repaired artifact with repairs disabled gives exactly the unrepaired scores', () => {
  const dataDir = process.env.ENGRAM_DATA_DIR ?? join(REPO_ROOT, '..', 'shared', 'data');
  const logiqa = join(REPO_ROOT, 'out', 'logiqa.engram');
  const haveLogiqa = existsSync(logiqa) && existsSync(join(dataDir, 'logiqa', 'dev.jsonl'));
  let bytes = base;
  let sets: McqItem[][] = [train, demoTest, cases];
  let mine = cases;
  if (haveLogiqa) {
    bytes = new Uint8Array(readFileSync(logiqa));
    const dev = readItems(join(dataDir, 'logiqa', 'dev.jsonl'));
    sets = [dev, readItems(join(dataDir, 'logiqa', 'test.jsonl'))];
    mine = dev;
  }
  const an = new Analyzer(bytes);
  const deployed = loadArtifact(bytes);
  const cands = propose(an.analyzeAll(mine), [], (a) => deployed.score(a.item).prediction !== a.gold).candidates.slice(0, MAX_REPAIRS);
  const repaired = withRepairs(bytes, cands.map((c, i) => repairFromJson(c.repair, i + 1)));
  const off = loadArtifact(repaired, { repairs: false });
  const unrepaired = loadArtifact(bytes, { repairs: false });
  const on = loadArtifact(repaired);
  let fired = 0;
  for (const items of sets) {
    const p0 = predictAll(unrepaired, items);
    const p1 = predictAll(off, items);
    assert.deepEqual(p1, p0);
    predictAll(on, items, () => (fired += on.lastFired.length > 0 ? 1 : 0));
  }
  assert.ok(fired > 0, 'the repairs do fire when enabled');
  const report = patchReport(bytes, repaired, sets.map((items, i) => ({ name: `set${i}`, role: 'held-out', items })));
  assert.ok(report.rows.every((r) => r.ablation_identical));
});

// The C replay gate against the real native build. It fails (never skips) when the native build
// cannot load the artifact or apply its repairs; it skips only without a C toolchain.
const skipReplay = haveTool('make') && haveTool('cc') ? undefined : 'make or cc not installed';

test('C replay gate: the native build scores a repaired artifact exactly like the TypeScript runtime', { skip: skipReplay }, () => {
  const good = mineDemo()[0];
  const repaired = withRepairs(base, [repairFromJson(good.repair, 1), { id: 2, route: [h('valve')], routeMinHits: 1, exclude: [], whenTop: ANY, whenSecond: ANY, target: RANK | 2, competitor: RANK | 0, maxMargin: 1 << 30, delta: 5 }]);
  const items = [...good.cases, ...demoTest, ...train];
  const ts = predictAll(loadArtifact(repaired), items).map((p) => p.scores);
  const gate = replayGate(repaired, items, ts, nativeScorer);
  assert.equal(gate.reason, undefined, gate.reason);
  assert.equal(gate.mismatches, 0, JSON.stringify(gate.first_mismatch));
  assert.equal(gate.pass, true);
  const res = promote(base, [good], train, train, { tool: 'engram test' });
  assert.equal(res.entries[0].gates.replay.pass, true, JSON.stringify(res.entries[0].gates.replay));
});
