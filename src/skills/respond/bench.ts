// Responder speed: prompts per second over an IFEval JSONL file, beside a baseline measured in
// the same run (reading the file and JSON-parsing the prompts, nothing else). The enforcer's speed, in
// TypeScript and in C over the same rows, is src/board/bench-enforce.ts.
import { readFileSync } from 'node:fs';
import { IfevalResponder } from './respond.ts';

function rate(fn: () => number, minMs: number): number {
  fn(); // warm up
  let items = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < minMs) {
    items += fn();
    t = performance.now();
  }
  return items / ((t - t0) / 1000);
}

export function benchRespond(inputPath: string, minMs = 1500): { prompts_per_s: number; baseline_prompts_per_s: number } {
  const parse = () =>
    readFileSync(inputPath, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { prompt: string }).prompt);
  const responder = IfevalResponder.builtIn();
  const baseline = rate(() => parse().length, minMs);
  const full = rate(() => {
    const prompts = parse();
    for (const p of prompts) responder.respond(p);
    return prompts.length;
  }, minMs);
  return { prompts_per_s: Math.round(full), baseline_prompts_per_s: Math.round(baseline) };
}

