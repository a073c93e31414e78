// The state one enforcement works on: the draft's body (the text without the wrappers the plan
// asks for), the plan's requirements bound to the verifier's checks, and `finish`, which turns a
// body into the final response (case, two responses, repeated request, quotes, JSON). Every fixer
// measures its requirement on finish(body) — the text the evaluator will see — and edits the body.
import { GROUP, type Responder } from '../artifact.ts';
import type { Plan } from '../plan.ts';
import type { BoundCheck, CheckContext } from '../../ifeval/types.ts';
import type { Requirement } from './requirements.ts';

/** A requirement bound to the verifier's checker for it. */
export interface BoundRequirement extends Requirement {
  check: BoundCheck;
}

export interface Job {
  plan: Plan;
  r: Responder;
  ctx: CheckContext;
  reqs: BoundRequirement[];
  /** The prompt's topic phrase (the composer's extractTopic), for a title. */
  topic: string;
  /** Generic sentences on the prompt's topic (the composer's templates), for length and carriers. */
  fillers: string[];
  /** Whether a sentence the enforcer adds may be used (no forbidden word, comma, capped keyword or letter). */
  ok: (s: string) => boolean;
  /** The body as the final response. */
  finish: (body: string) => string;
  /** Edits applied, in order (the per-row report). */
  edits: string[];
  /** A second answer for "two responses" (set by unwrapping a draft that already had one). */
  second: string | null;
}

/** The requirements of one id. */
export const reqsOf = (job: Job, id: string): BoundRequirement[] => job.reqs.filter((q) => q.id === id);

/** True when every requirement of `id` holds on finish(body). */
export function holds(job: Job, id: string, body: string): boolean {
  const text = job.finish(body);
  return reqsOf(job, id).every((q) => q.check(text));
}

/** Every requirement holds on finish(body). */
export function allHold(job: Job, body: string, skip: (id: string) => boolean = () => false): boolean {
  const text = job.finish(body);
  return job.reqs.every((q) => skip(q.id) || q.check(text));
}

/** The ids of failing requirements on finish(body). */
export function failing(job: Job, body: string): Set<string> {
  const text = job.finish(body);
  return new Set(job.reqs.filter((q) => !q.check(text)).map((q) => q.id));
}

/** The responder's keyword carrier templates ("{K}"), usable ones first. */
export function keywordSentence(job: Job, kw: string, k: number): string {
  const tpl = job.r.groups.get(GROUP.KEYWORD) ?? [];
  for (let a = 0; a < tpl.length; a++) {
    const t = tpl[(k + a) % tpl.length];
    if (job.ok(t.replace('{K}', ''))) return t.replace('{K}', kw);
  }
  return `${kw.charAt(0).toUpperCase()}${kw.slice(1)} matters here.`;
}
