// The honest report of a patch: accuracy before and after on each evaluation set, labelled
// in-sample (the repairs were mined or gated on it) or held-out (never used to select or gate),
// with n, 95% Wilson intervals and the exact McNemar p; plus the ablation check that the patched
// artifact with its repairs disabled predicts exactly what the unrepaired artifact predicts.
import { predictAll } from '../eval/evaluate.ts';
import { mcnemarExact, wilson } from '../../../eval/stats.ts';
import type { McqItem } from '../item.ts';
import { loadArtifact } from '../runtime.ts';
import { withRepairs } from './patch.ts';
import { MAX_REPAIRS } from './section.ts';
import { repairFromJson, type RepairJson } from './repair-json.ts';

export interface ReportSet {
  name: string;
  role: 'in-sample' | 'held-out';
  items: McqItem[];
}

export interface ReportRow {
  set: string;
  role: 'in-sample' | 'held-out';
  n: number;
  correct_before: number;
  correct_after: number;
  accuracy_before: number;
  accuracy_after: number;
  ci95_before: [number, number];
  ci95_after: [number, number];
  /** Items right only after (fixed) and right only before (broken). */
  fixed: number;
  broken: number;
  mcnemar_p: number;
  /** Items on which at least one repair fired. */
  fired: number;
  /** Repairs disabled: predictions identical to the unrepaired artifact's on every item. */
  ablation_identical: boolean;
}

export interface PatchReport {
  before_sha256: string;
  after_sha256: string;
  repairs_before: number;
  repairs_after: number;
  rows: ReportRow[];
}

export function patchReport(before: Uint8Array, after: Uint8Array, sets: readonly ReportSet[]): PatchReport {
  const a0 = loadArtifact(before);
  const a1 = loadArtifact(after);
  const unrepaired = loadArtifact(before, { repairs: false });
  const ablated = loadArtifact(after, { repairs: false });
  const rows = sets.map((s): ReportRow => {
    const p0 = predictAll(a0, s.items);
    let fired = 0;
    const p1 = predictAll(a1, s.items, () => {
      if (a1.lastFired.length > 0) fired++;
    });
    const u = predictAll(unrepaired, s.items);
    const x = predictAll(ablated, s.items);
    const ablationIdentical = u.every((p, i) => p.prediction === x[i].prediction && p.scores.every((v, k) => v === x[i].scores[k]));
    const labelled = s.items.map((it) => it.answer !== undefined);
    const n = labelled.filter(Boolean).length;
    let cb = 0;
    let ca = 0;
    let fixed = 0;
    let broken = 0;
    s.items.forEach((_, i) => {
      if (!labelled[i]) return;
      const r0 = p0[i].correct === true;
      const r1 = p1[i].correct === true;
      if (r0) cb++;
      if (r1) ca++;
      if (!r0 && r1) fixed++;
      if (r0 && !r1) broken++;
    });
    return {
      set: s.name,
      role: s.role,
      n,
      correct_before: cb,
      correct_after: ca,
      accuracy_before: n ? cb / n : 0,
      accuracy_after: n ? ca / n : 0,
      ci95_before: wilson(cb, n),
      ci95_after: wilson(ca, n),
      fixed,
      broken,
      mcnemar_p: mcnemarExact(broken, fixed),
      fired,
      ablation_identical: ablationIdentical,
    };
  });
  return { before_sha256: a0.sha256, after_sha256: a1.sha256, repairs_before: a0.repairs.length, repairs_after: a1.repairs.length, rows };
}

const acc = (k: number, n: number, ci: [number, number]): string => `${(k / Math.max(1, n)).toFixed(4)} (${k}/${n}) [${ci[0].toFixed(3)}, ${ci[1].toFixed(3)}]`;

const fmtP = (p: number): string => (p < 1e-4 ? p.toExponential(1) : p.toFixed(4));

export function formatPatchReport(r: PatchReport, title?: string): string {
  const L: string[] = [];
  if (title) L.push(title);
  L.push(`before  ${r.before_sha256}  (${r.repairs_before} repairs)`);
  L.push(`after   ${r.after_sha256}  (${r.repairs_after} repairs)`);
  L.push('');
  L.push(`${'set'.padEnd(14)}${'role'.padEnd(11)}${'before'.padEnd(34)}${'after'.padEnd(34)}${'fixed'.padStart(6)}${'broken'.padStart(7)}${'McNemar p'.padStart(11)}${'fired'.padStart(7)}  ablation`);
  for (const x of r.rows) {
    L.push(
      `${x.set.padEnd(14)}${x.role.padEnd(11)}${acc(x.correct_before, x.n, x.ci95_before).padEnd(34)}${acc(x.correct_after, x.n, x.ci95_after).padEnd(34)}` +
        `${String(x.fixed).padStart(6)}${String(x.broken).padStart(7)}${fmtP(x.mcnemar_p).padStart(11)}${String(x.fired).padStart(7)}  ${x.ablation_identical ? 'identical' : 'DIFFERS'}`,
    );
  }
  return L.join('\n') + '\n';
}

/**
 * A trial patch (what the artifact would be if gate 4 alone had not blocked): the repairs of the
 * audit-log entries on `before` whose only failed gate is the C replay, in log order (the last
 * entry per candidate name), at most 64. For reporting only; `promote` never writes it.
 */
export function trialRepairsFromLog(beforeSha: string, log: readonly Record<string, unknown>[]): { candidate: string; repair_id: number; repair: RepairJson }[] {
  const byName = new Map<string, { candidate: string; repair_id: number; repair: RepairJson }>();
  for (const e of log) {
    if (e.kind !== 'repair' || e.artifact_sha256_before !== beforeSha) continue;
    const failed = e.failed_gates as string[];
    const name = e.candidate as string;
    byName.delete(name);
    if (failed.length === 1 && failed[0] === 'replay') byName.set(name, { candidate: name, repair_id: e.repair_id as number, repair: e.repair as RepairJson });
  }
  return [...byName.values()].slice(0, MAX_REPAIRS);
}

export function trialArtifact(before: Uint8Array, trial: ReturnType<typeof trialRepairsFromLog>): Uint8Array {
  const existing = loadArtifact(before).repairs;
  return withRepairs(before, [...existing, ...trial.map((t) => repairFromJson(t.repair, t.repair_id))].slice(0, MAX_REPAIRS));
}
