// Development measurement of the responder and the enforcer on IFEval-format sets (docs/ifeval-respond.md
// "Generalisation"): prompt-level strict for `respond` and for `enforce` (naive drafts, or a drafts file),
// misses per official instruction id, and, with --misses, each missed prompt with what was detected.
// Not part of the CLI: `node --import tsx src/skills/respond/measure.ts [--misses] [--no-enforce] SET[=DRAFTS] ...`
import { evaluate, summarize, type Summary } from '../ifeval/evaluate.ts';
import { readInputs, readResponses } from '../ifeval/io.ts';
import { createContext } from '../ifeval/context.ts';
import type { CheckContext, InputExample } from '../ifeval/types.ts';
import { IfevalResponder } from './respond.ts';
import { enforceOne } from './enforce/enforce.ts';
import { naiveDraft } from './enforce/naive-drafts.ts';
import { planRequirements } from './enforce/requirements.ts';

export interface SetScore {
  n: number;
  strict: Summary;
  /** Official instruction ids not followed (strict), with their counts. */
  missedIds: Record<string, number>;
  missed: InputExample[];
}

export function score(inputs: InputExample[], responses: string[], ctx: CheckContext): SetScore {
  const map = new Map(inputs.map((inp, i) => [inp.prompt, responses[i]]));
  const ev = evaluate(inputs, map, ctx);
  const missedIds: Record<string, number> = {};
  const missed: InputExample[] = [];
  ev.strict.forEach((o, i) => {
    if (!o.follow_all_instructions) missed.push(inputs[i]);
    o.instruction_id_list.forEach((id, k) => {
      if (!o.follow_instruction_list[k]) missedIds[id] = (missedIds[id] ?? 0) + 1;
    });
  });
  return { n: inputs.length, strict: summarize(ev.strict), missedIds, missed };
}

function line(name: string, s: SetScore): string {
  const p = s.strict.prompt;
  const ins = s.strict.instruction;
  const ids = Object.entries(s.missedIds).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k.split(':')[1]} ${v}`).join(', ');
  return `${name}: prompt strict ${(p.correct / p.total).toFixed(4)} (${p.correct}/${p.total}), instr ${ins.correct}/${ins.total}; misses: ${ids}`;
}

function main(argv: string[]): void {
  const showMisses = argv.includes('--misses');
  const doEnforce = !argv.includes('--no-enforce');
  const ctx = createContext();
  const r = IfevalResponder.builtIn();
  for (const arg of argv.filter((a) => !a.startsWith('--'))) {
    const [file, draftsFile] = arg.split('=');
    const inputs = readInputs(file, () => {});
    const responded = inputs.map((x) => r.respond(x.prompt));
    const rs = score(inputs, responded, ctx);
    process.stdout.write(line(`${file} respond`, rs) + '\n');
    if (showMisses) {
      for (const m of rs.missed) {
        const got = planRequirements(r.plan(m.prompt)).map((q) => `${q.id.split(':')[1]}${JSON.stringify(q.kwargs)}`).join(' ');
        const want = m.instruction_id_list.map((id, k) => `${id.split(':')[1]}${JSON.stringify(m.kwargs[k])}`).join(' ');
        process.stdout.write(`  - ${m.key} ${JSON.stringify(m.prompt.slice(0, 300))}\n    want ${want}\n    got  ${got}\n`);
      }
    }
    if (!doEnforce) continue;
    const drafts = draftsFile ? readResponses(draftsFile, () => {}) : null;
    const enforced = inputs.map((x) => enforceOne(r, ctx, x.prompt, drafts ? drafts.get(x.prompt) ?? '' : naiveDraft(x.prompt)).response);
    const es = score(inputs, enforced, ctx);
    process.stdout.write(line(`${file} enforce${draftsFile ? '' : ' (naive drafts)'}`, es) + '\n');
    if (showMisses) for (const m of es.missed) process.stdout.write(`  - ${m.key} enforce miss\n`);
  }
}

if (process.argv[1] && process.argv[1].endsWith('measure.ts')) main(process.argv.slice(2));
