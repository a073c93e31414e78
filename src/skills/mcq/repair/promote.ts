// The promotion contract (docs/repairs.md "Promoting"): candidates are tried one at a time in the
// order given, each against the artifact carrying the repairs accepted before it, and accepted only
// when every gate passes:
//   1 fixes-target  — it fixes at least one of its own target cases;
//   2 protected     — zero collateral flips: no protected item that was correct changes prediction;
//   3 guard         — guard accuracy drops by at most `threshold` (exact McNemar p reported);
//   4 replay        — the native C build gives the TypeScript runtime's integer scores, item for
//                     item, on targets + protected + guard (fails when C cannot run).
// All gates are evaluated and recorded for every candidate, accepted or not.
import { withRepairs } from './patch.ts';
import { MAX_REPAIRS } from './section.ts';
import { readArtifact } from '../reader.ts';
import { predictAll } from '../eval/evaluate.ts';
import { mcnemarExact } from '../../../eval/stats.ts';
import type { McqItem } from '../item.ts';
import { loadArtifact } from '../runtime.ts';
import type { Candidate } from './propose.ts';
import { repairFromJson, type RepairJson } from './repair-json.ts';
import { replayGate, type NativeScorer, type ReplayGate } from './replay.ts';

export interface GateResults {
  fixes_target: { pass: boolean; targets: number; fixed: number; correct_after: number };
  protected: { pass: boolean; n: number; collateral_flips: number; flipped_ids: string[] };
  guard: {
    pass: boolean;
    n: number;
    correct_before: number;
    correct_after: number;
    accuracy_before: number;
    accuracy_after: number;
    drop: number;
    threshold: number;
    /** McNemar discordant counts: b = right before only, c = right after only. */
    b: number;
    c: number;
    mcnemar_p: number;
  };
  replay: ReplayGate;
}

export interface AuditEntry {
  kind: 'repair';
  decision: 'accepted' | 'rejected';
  /** The id the repair has (accepted) or would have had (rejected) in the RPRS section. */
  repair_id: number;
  candidate: string;
  family: string;
  repair: RepairJson;
  evidence: { target_ids: string[] };
  gates: GateResults;
  failed_gates: string[];
  /** The artifact the gates started from, the one they evaluated, and the one after the decision. */
  artifact_sha256_before: string;
  artifact_sha256_trial: string;
  artifact_sha256_after: string;
  tool: string;
  /** Calendar date of the run (ISO yyyy-mm-dd): the only field not fixed by the inputs. */
  date?: string;
}

export interface PromoteOptions {
  threshold?: number;
  scorer?: NativeScorer;
  /** First repair id to assign (default: 1 + the largest id already in the artifact). */
  firstId?: number;
  tool: string;
  date?: string;
}

export interface PromoteResult {
  bytes: Uint8Array;
  entries: AuditEntry[];
  accepted: number;
  rejected: number;
  /** Candidates not tried (the section is full), in order, with the reason. */
  skipped: { candidate: string; reason: string }[];
}

interface Eval {
  scores: number[][];
  pred: number[];
}

function evaluate(bytes: Uint8Array, items: readonly McqItem[]): Eval {
  const preds = predictAll(loadArtifact(bytes), items as McqItem[]);
  return { scores: preds.map((p) => p.scores), pred: preds.map((p) => p.prediction) };
}

function evaluateUnrepaired(bytes: Uint8Array, items: readonly McqItem[]): Eval {
  const preds = predictAll(loadArtifact(bytes, { repairs: false }), items as McqItem[]);
  return { scores: preds.map((p) => p.scores), pred: preds.map((p) => p.prediction) };
}

const correct = (items: readonly McqItem[], e: Eval): boolean[] => items.map((it, i) => it.answer !== undefined && e.pred[i] === it.answer);

export function promote(start: Uint8Array, candidates: readonly Candidate[], protectedItems: readonly McqItem[], guardItems: readonly McqItem[], opts: PromoteOptions): PromoteResult {
  const threshold = opts.threshold ?? 0.01;
  let bytes = start;
  let repairs = readArtifact(bytes).repairs;
  let nextId = opts.firstId ?? repairs.reduce((m, r) => Math.max(m, r.id), 0) + 1;
  let protBefore = evaluate(bytes, protectedItems);
  let guardBefore = evaluate(bytes, guardItems);
  const entries: AuditEntry[] = [];
  const skipped: PromoteResult['skipped'] = [];
  let accepted = 0;
  for (const cand of candidates) {
    if (repairs.length >= MAX_REPAIRS) {
      skipped.push({ candidate: cand.name, reason: `the RPRS section is full (${MAX_REPAIRS} repairs)` });
      continue;
    }
    const id = nextId++;
    const repair = repairFromJson(cand.repair, id);
    const trial = withRepairs(bytes, [...repairs, repair]);
    const targets = cand.cases;
    const tBefore = evaluate(bytes, targets);
    const tAfter = evaluate(trial, targets);
    const protAfter = evaluate(trial, protectedItems);
    const guardAfter = evaluate(trial, guardItems);

    const rightBefore = correct(targets, tBefore);
    const rightAfter = correct(targets, tAfter);
    const fixed = targets.filter((_, i) => !rightBefore[i] && rightAfter[i]).length;
    const fixesTarget = { pass: fixed >= 1, targets: targets.length, fixed, correct_after: rightAfter.filter(Boolean).length };

    // Collateral flips: protected items correct before the candidate whose prediction changes.
    const protNow = correct(protectedItems, protBefore);
    const flipped = protectedItems.map((it, i) => (protNow[i] && protAfter.pred[i] !== protBefore.pred[i] ? (it.id ?? String(i)) : null)).filter((x): x is string => x !== null);
    const prot = { pass: flipped.length === 0, n: protectedItems.length, collateral_flips: flipped.length, flipped_ids: flipped };

    const gB = correct(guardItems, guardBefore);
    const gA = correct(guardItems, guardAfter);
    const n = guardItems.length;
    const cb = gB.filter(Boolean).length;
    const ca = gA.filter(Boolean).length;
    let b = 0;
    let c = 0;
    for (let i = 0; i < n; i++) {
      if (gB[i] && !gA[i]) b++;
      if (!gB[i] && gA[i]) c++;
    }
    const accB = n ? cb / n : 0;
    const accA = n ? ca / n : 0;
    // Compare in counts so the gate does not depend on floating-point rounding of the difference.
    const guard = { pass: cb - ca <= Math.floor(threshold * n + 1e-9), n, correct_before: cb, correct_after: ca, accuracy_before: accB, accuracy_after: accA, drop: (cb - ca) / Math.max(1, n), threshold, b, c, mcnemar_p: mcnemarExact(b, c) };

    const replayItems = [...targets, ...protectedItems, ...guardItems];
    const replayScores = [...tAfter.scores, ...protAfter.scores, ...guardAfter.scores];
    const replay = replayGate(trial, replayItems, replayScores, opts.scorer, () => evaluateUnrepaired(trial, replayItems).scores);

    const gates: GateResults = { fixes_target: fixesTarget, protected: prot, guard, replay };
    const failed = (Object.keys(gates) as (keyof GateResults)[]).filter((k) => !gates[k].pass);
    const ok = failed.length === 0;
    const shaBefore = loadArtifact(bytes).sha256;
    const shaTrial = loadArtifact(trial).sha256;
    entries.push({
      kind: 'repair',
      decision: ok ? 'accepted' : 'rejected',
      repair_id: id,
      candidate: cand.name,
      family: cand.family,
      repair: cand.repair,
      evidence: { target_ids: targets.map((t, i) => t.id ?? String(i)) },
      gates,
      failed_gates: failed,
      artifact_sha256_before: shaBefore,
      artifact_sha256_trial: shaTrial,
      artifact_sha256_after: ok ? shaTrial : shaBefore,
      tool: opts.tool,
      ...(opts.date ? { date: opts.date } : {}),
    });
    if (ok) {
      accepted++;
      bytes = trial;
      repairs = [...repairs, repair];
      protBefore = protAfter;
      guardBefore = guardAfter;
    }
  }
  return { bytes, entries, accepted, rejected: entries.length - accepted, skipped };
}
