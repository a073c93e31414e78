// `engram repair propose | promote | report`: auditable local patches to a deployed expert
// (docs/repairs.md). propose mines candidate repairs from failing cases; promote gates them one
// at a time and writes the patched artifact and an append-only audit log; report shows in-sample
// and held-out effects side by side.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { readDataset, validateItem } from '../dataset.ts';
import { loadArtifact } from '../runtime.ts';
import { Analyzer } from './analyze.ts';
import { appendAuditLog, maxLoggedRepairId, readAuditLog } from './audit.ts';
import { promote } from './promote.ts';
import { propose, type Candidate, type FamilyKey } from './propose.ts';
import { formatPatchReport, patchReport, trialArtifact, trialRepairsFromLog, type ReportSet } from './report.ts';
import { TOOL_VERSION } from '../train/crystallize.ts';
import { writeFileAtomic } from '../../../io/atomic-write.ts';
import { InputFileError } from '../../../io/input-error.ts';
import { readJsonl } from '../../../io/jsonl.ts';
import { assertOutputsSafe } from '../../../io/output-guard.ts';
import { toJsonl } from '../../../io/jsonl.ts';
import { floatArg } from '../../../io/args.ts';

const readBytes = (p: string): Uint8Array => new Uint8Array(readFileSync(p));

export function readCandidates(path: string): Candidate[] {
  return readJsonl(path, { objects: true }).map(({ line, value }) => {
    const o = value as unknown as Candidate;
    if (typeof o.name !== 'string' || typeof o.family !== 'string' || typeof o.repair !== 'object' || !Array.isArray(o.cases)) {
      throw new InputFileError(path, line, 'a candidate needs name, family, repair and cases');
    }
    o.cases = o.cases.map((c, k) => validateItem(c, path, line, `${o.name}-case-${k}`));
    return o;
  });
}

const collect = (v: string, acc: string[]): string[] => [...acc, v];

function namedSet(spec: string, role: ReportSet['role']): ReportSet {
  const eq = spec.indexOf('=');
  const name = eq > 0 ? spec.slice(0, eq) : spec.replace(/^.*\//, '').replace(/\.[^.]*$/, '');
  return { name, role, items: readDataset(eq > 0 ? spec.slice(eq + 1) : spec).items };
}

function dateArg(v: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new InvalidArgumentError('--date must be yyyy-mm-dd');
  return v;
}

export function registerRepair(program: Command): void {
  const repair = program.command('repair').description('auditable local patches: propose, promote (gated) and report repairs');

  repair
    .command('propose')
    .description('mine candidate repairs from failing cases (JSONL items with gold answers)')
    .requiredOption('--artifact <file>', 'the deployed .engram artifact')
    .requiredOption('--cases <file>', 'failing cases (items the artifact gets right are skipped)')
    .option('--reference <file>', 'reference items the repairs should not touch, e.g. the training data (repeatable)', collect, [] as string[])
    .option('--family <key>', 'family grouping: type-rank (question type and gold rank) or file (one family)', 'type-rank')
    .option('--out <file>', 'candidates file to write', 'candidates.jsonl')
    .option('--json', 'print the summary as JSON')
    .action((flags: { artifact: string; cases: string; reference: string[]; family: string; out: string; json?: boolean }) => {
      if (flags.family !== 'type-rank' && flags.family !== 'file') throw new Error('--family must be type-rank or file');
      assertOutputsSafe([flags.out], [flags.artifact, flags.cases, ...flags.reference]);
      const bytes = readBytes(flags.artifact);
      const deployed = loadArtifact(bytes);
      const an = new Analyzer(bytes);
      const cases = an.analyzeAll(readDataset(flags.cases).items);
      const refs = an.analyzeAll(flags.reference.flatMap((f) => readDataset(f).items));
      const res = propose(cases, refs, (a) => deployed.score(a.item).prediction !== a.gold, { family: flags.family as FamilyKey });
      writeFileAtomic(flags.out, toJsonl(res.candidates));
      const summary = {
        artifact_sha256: deployed.sha256,
        cases: cases.length,
        candidates: res.candidates.length,
        skipped: res.skipped.length,
        out: flags.out,
        by_candidate: res.candidates.map((c) => ({ name: c.name, cases: c.cases.length, route: c.repair.route.map((t) => t.word), min_hits: c.repair.route_min_hits, exclude: c.repair.exclude.map((t) => t.word), target: c.repair.target, delta: c.repair.delta, reference: c.reference })),
      };
      if (flags.json) {
        process.stdout.write(JSON.stringify({ ...summary, skipped_cases: res.skipped }) + '\n');
        return;
      }
      const L = [`proposed ${res.candidates.length} candidates from ${cases.length} cases (${res.skipped.length} skipped) -> ${flags.out}`];
      for (const c of summary.by_candidate) {
        L.push(
          `  ${c.name.padEnd(28)} cases ${String(c.cases).padStart(3)}  route [${c.route.join(' ')}] >= ${c.min_hits}` +
            `${c.exclude.length ? `  exclude [${c.exclude.join(' ')}]` : ''}  target ${c.target} +${c.delta}  reference: fires ${c.reference.fires}/${c.reference.eligible} eligible, breaks ${c.reference.breaks}, fixes ${c.reference.fixes}`,
        );
      }
      const reasons = new Map<string, number>();
      for (const s of res.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
      for (const [r, k] of reasons) L.push(`  skipped ${k}: ${r}`);
      process.stdout.write(L.join('\n') + '\n');
    });

  repair
    .command('promote')
    .description('gate candidates one at a time; write the patched artifact and append the audit log')
    .requiredOption('--artifact <file>', 'the deployed .engram artifact')
    .requiredOption('--candidates <file>', 'candidates (from repair propose), tried in file order')
    .requiredOption('--protected <file>', 'items whose correct predictions must not change')
    .requiredOption('--guard <file>', 'items whose accuracy must not drop beyond --threshold')
    .option('--threshold <x>', 'largest allowed guard accuracy drop (fraction)', floatArg('--threshold'), 0.01)
    .option('--out <file>', 'patched artifact to write', 'repaired.engram')
    .option('--log <file>', 'append-only audit log (JSONL)', 'repairs.audit.jsonl')
    .option('--date <yyyy-mm-dd>', 'date recorded in the log (default: today, UTC)', dateArg)
    .option('--no-date', 'record no date (fully reproducible log lines)')
    .option('--json', 'print the audit entries as JSON lines')
    .action((flags: { artifact: string; candidates: string; protected: string; guard: string; threshold: number; out: string; log: string; date?: string | false; json?: boolean }) => {
      // The log is read and rewritten on purpose (append); it must still not be any other input or --out.
      assertOutputsSafe([flags.out, flags.log], [flags.artifact, flags.candidates, flags.protected, flags.guard]);
      const bytes = readBytes(flags.artifact);
      const cands = readCandidates(flags.candidates);
      const prior = readAuditLog(flags.log);
      const existing = loadArtifact(bytes).repairs.reduce((m, r) => Math.max(m, r.id), 0);
      const date = flags.date === false ? undefined : (flags.date ?? new Date().toISOString().slice(0, 10));
      const res = promote(bytes, cands, readDataset(flags.protected).items, readDataset(flags.guard).items, {
        threshold: flags.threshold,
        firstId: Math.max(existing, maxLoggedRepairId(prior)) + 1,
        tool: TOOL_VERSION,
        date,
      });
      writeFileAtomic(flags.out, res.bytes);
      appendAuditLog(flags.log, res.entries);
      if (flags.json) {
        process.stdout.write(toJsonl(res.entries));
        return;
      }
      const L = [`promoted ${res.accepted} of ${cands.length} candidates (${res.rejected} rejected, ${res.skipped.length} not tried) -> ${flags.out} sha256 ${loadArtifact(res.bytes).sha256}; log ${flags.log}`];
      for (const e of res.entries) {
        const g = e.gates;
        L.push(
          `  #${e.repair_id} ${e.candidate.padEnd(28)} ${e.decision.padEnd(8)} fixes ${g.fixes_target.fixed}/${g.fixes_target.targets}` +
            `  protected flips ${g.protected.collateral_flips}/${g.protected.n}` +
            `  guard ${g.guard.correct_before}->${g.guard.correct_after}/${g.guard.n} p=${g.guard.mcnemar_p.toFixed(4)}` +
            `  replay ${g.replay.pass ? `ok ${g.replay.items} items` : (g.replay.reason ?? `${g.replay.mismatches} mismatches${g.replay.c_equals_unrepaired !== undefined ? ` (${g.replay.c_equals_unrepaired} = unrepaired scores)` : ''}`)}` +
            (e.failed_gates.length ? `  FAILED: ${e.failed_gates.join(', ')}` : ''),
        );
      }
      if (res.skipped.length) L.push(`  not tried: ${res.skipped.length} candidates (${res.skipped[0].reason})`);
      process.stdout.write(L.join('\n') + '\n');
    });

  repair
    .command('report')
    .description('accuracy before/after a patch on in-sample and held-out sets (n, 95% CI, McNemar p), and the ablation check')
    .requiredOption('--before <file>', 'the artifact before the patch')
    .option('--after <file>', 'the patched artifact')
    .option('--trial-log <file>', 'instead of --after: a TRIAL patch of the logged candidates on --before that failed only the C replay gate (never written as an artifact)')
    .option('--in-sample <name=file>', 'a set the repairs were mined or gated on (repeatable)', collect, [] as string[])
    .option('--held-out <name=file>', 'a set never used to select or gate (repeatable)', collect, [] as string[])
    .option('--json', 'print JSON')
    .action((flags: { before: string; after?: string; trialLog?: string; inSample: string[]; heldOut: string[]; json?: boolean }) => {
      const sets = [...flags.inSample.map((s) => namedSet(s, 'in-sample')), ...flags.heldOut.map((s) => namedSet(s, 'held-out'))];
      if (sets.length === 0) throw new Error('give at least one --in-sample or --held-out set');
      if ((flags.after === undefined) === (flags.trialLog === undefined)) throw new Error('give exactly one of --after and --trial-log');
      const before = readBytes(flags.before);
      let after: Uint8Array;
      let title: string | undefined;
      let trial: ReturnType<typeof trialRepairsFromLog> | undefined;
      if (flags.trialLog) {
        trial = trialRepairsFromLog(loadArtifact(before).sha256, readAuditLog(flags.trialLog));
        after = trialArtifact(before, trial);
        title = `TRIAL (not promoted): ${trial.length} logged candidates that failed only gate 4 (C replay), applied together`;
      } else after = readBytes(flags.after!);
      const r = patchReport(before, after, sets);
      process.stdout.write(flags.json ? JSON.stringify({ ...r, ...(trial ? { trial: trial.map((t) => t.candidate) } : {}) }) + '\n' : formatPatchReport(r, title));
    });
}
