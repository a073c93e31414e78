// IFEval pass rates per instruction from `engram ifeval score --json` output (another command's, so
// read defensively). Accepted shapes:
//   A) { per_instruction: { "<id>": { n, strict, loose } } | [{ instruction|id, n, strict, loose }],
//        prompt_level_strict?, prompt_level_loose?, prompts? }   (rates in 0..1, or counts when > 1)
//   B) { strict: OutputExample[], loose: OutputExample[] }          (the evaluator's own rows)
//   C) [{ instruction_id_list, follow_instruction_list | strict, loose }]
import { InputFileError } from '../io/input-error.ts';
import { basename } from 'node:path';
import { firstOf, isObj, num, str, type Json } from './json-read.ts';
import type { IfevalData, IfevalInstructionRow } from './types.ts';

interface Tally {
  n: number;
  strict: number;
  loose: number;
}

const boolList = (x: unknown): boolean[] | undefined => (Array.isArray(x) && x.every((b) => typeof b === 'boolean') ? (x as boolean[]) : undefined);

function rowsFromTallies(t: Map<string, Tally>): IfevalInstructionRow[] {
  return [...t]
    .map(([instruction, v]) => ({ instruction, n: v.n, strict: v.strict / v.n, loose: v.loose / v.n }))
    .sort((a, b) => a.strict - b.strict || a.instruction.localeCompare(b.instruction));
}

/** Shapes B and C: per-prompt verdict rows, tallied per instruction and per prompt. */
function fromVerdicts(source: string, strictRows: unknown[], looseRows: unknown[] | null): IfevalData {
  const t = new Map<string, Tally>();
  let ps = 0;
  let pl = 0;
  strictRows.forEach((r, i) => {
    if (!isObj(r)) throw new InputFileError(source, undefined, `row ${i}: expected an object`);
    const ids = Array.isArray(r.instruction_id_list) ? r.instruction_id_list.map(String) : [];
    const lr = looseRows?.[i];
    const s = boolList(r.follow_instruction_list) ?? boolList(r.strict) ?? [];
    const l = (isObj(lr) ? boolList(lr.follow_instruction_list) : undefined) ?? boolList(r.loose) ?? s;
    ids.forEach((id, k) => {
      const v = t.get(id) ?? { n: 0, strict: 0, loose: 0 };
      v.n++;
      if (s[k]) v.strict++;
      if (l[k]) v.loose++;
      t.set(id, v);
    });
    if (ids.length && s.length === ids.length && s.every(Boolean)) ps++;
    if (ids.length && l.length === ids.length && l.every(Boolean)) pl++;
  });
  const n = strictRows.length;
  return { source, system: basename(source), instructions: rowsFromTallies(t), promptStrict: n ? ps / n : null, promptLoose: n ? pl / n : null, prompts: n };
}

function rate(v: number | undefined, n: number): number | undefined {
  if (v === undefined) return undefined;
  return v > 1 && n > 0 ? v / n : v;
}

export function ifevalFrom(source: string, raw: unknown): IfevalData {
  if (Array.isArray(raw)) return fromVerdicts(source, raw, null);
  if (!isObj(raw)) throw new InputFileError(source, undefined, 'expected a JSON object or array');
  if (Array.isArray(raw.strict)) return fromVerdicts(source, raw.strict, Array.isArray(raw.loose) ? raw.loose : null);
  const per = firstOf(raw, ['per_instruction', 'instructions', 'by_instruction', 'instruction_level'], (x) => (isObj(x) || Array.isArray(x) ? x : undefined));
  if (per === undefined) throw new InputFileError(source, undefined, 'no per-instruction results (expected "per_instruction", or "strict"/"loose" verdict rows)');
  const entries: [string, Json][] = Array.isArray(per)
    ? per.filter(isObj).map((e, i) => [str(e.instruction) ?? str(e.id) ?? str(e.instruction_id) ?? `#${i}`, e])
    : Object.entries(per).filter((e): e is [string, Json] => isObj(e[1]));
  const instructions: IfevalInstructionRow[] = [];
  for (const [instruction, e] of entries) {
    const n = num(e.n) ?? num(e.count) ?? 0;
    const strict = rate(firstOf(e, ['strict', 'strict_rate', 'strict_accuracy'], num), n);
    const loose = rate(firstOf(e, ['loose', 'loose_rate', 'loose_accuracy'], num), n);
    if (strict === undefined) continue;
    instructions.push({ instruction, n, strict, loose: loose ?? strict });
  }
  instructions.sort((a, b) => a.strict - b.strict || a.instruction.localeCompare(b.instruction));
  const prompt = isObj(raw.prompt_level) ? raw.prompt_level : {};
  return {
    source,
    system: str(raw.system) ?? (str(raw.responses) ? basename(str(raw.responses)!) : basename(source)),
    instructions,
    promptStrict: firstOf(raw, ['prompt_level_strict', 'prompt_strict', 'strict_prompt_accuracy'], num) ?? num(prompt.strict) ?? null,
    promptLoose: firstOf(raw, ['prompt_level_loose', 'prompt_loose', 'loose_prompt_accuracy'], num) ?? num(prompt.loose) ?? null,
    prompts: firstOf(raw, ['prompts', 'n_prompts', 'n'], num) ?? null,
  };
}
