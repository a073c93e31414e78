// The enforcer (issue 13): a draft answer from anywhere is edited, minimally, until every
// constraint the responder's detector reads from the prompt holds, measured with the project's
// verifier. A draft that already verifies is returned unchanged (so enforce is idempotent on it).
//
// Order (fixed; later families are the ones earlier edits cannot break):
//   1. content removals: forbidden words, commas, capped keywords, capped letters
//   2. insertions: keywords, keyword and letter counts, placeholders, "My answer is ..."
//   3. length: sentences (merge, trim, add), words (trim, add)
//   4. structure: sections, *** paragraphs, \n\n paragraphs + first word, bullets, highlights, title
//   5. tail: postscript, end phrase
//   6. capital-word counts
//   then finish(): second response, repeated request, upper/lower case, quotes or JSON.
// The passes repeat (at most MAX_PASSES) while any requirement fails: a later insertion can undo an
// earlier count. A language other than the draft's cannot be reached by editing: that row, and a row
// the edits cannot satisfy where the composer can, falls back to the composer, and says so.
import { compose, extractTopic } from '../compose.ts';
import { GROUP } from '../artifact.ts';
import { detect, INF, type Plan } from '../plan.ts';
import type { IfevalResponder } from '../respond.ts';
import { buildCheck } from '../../ifeval/registry.ts';
import { looseVariants } from '../../ifeval/evaluate.ts';
import { pyStrip } from '../../ifeval/py.ts';
import type { CheckContext } from '../../ifeval/types.ts';
import { planRequirements, type Requirement } from './requirements.ts';
import { unwrap, makeFinish } from './combination.ts';
import { allHold, failing, type BoundRequirement, type Job } from './job.ts';
import { removeCommas } from './punctuation.ts';
import { fixExistence, fixForbidden, fixFrequency, fixLetters } from './keywords.ts';
import { fixSentences, fixWords } from './length.ts';
import { fixBullets, fixConstrained, fixHighlights, fixNthParagraph, fixPlaceholders, fixSections, fixStarParagraphs, fixTitle } from './format.ts';
import { fixEndPhrase, fixPostscript } from './startend.ts';
import { fixCapitalWords } from './case.ts';
import { retentionPpm } from './retention.ts';

/** Passes over the fixers; each pass runs only the fixers whose requirements fail. */
export const MAX_PASSES = 4;
/** The one sentence left when every template is ruled out by the constraints. */
const NO_FILLER = 'Thank you.';

interface Fixer {
  id: string;
  fix: (job: Job, body: string) => string;
}

/** The fixers in the documented order (one per instruction id). */
const FIXERS: Fixer[] = [
  { id: 'keywords:forbidden_words', fix: fixForbidden },
  { id: 'punctuation:no_comma', fix: removeCommas },
  { id: 'keywords:frequency', fix: fixFrequency },
  { id: 'keywords:letter_frequency', fix: fixLetters },
  { id: 'keywords:existence', fix: fixExistence },
  { id: 'detectable_content:number_placeholders', fix: fixPlaceholders },
  { id: 'detectable_format:constrained_response', fix: fixConstrained },
  { id: 'length_constraints:number_sentences', fix: fixSentences },
  { id: 'length_constraints:number_words', fix: fixWords },
  { id: 'detectable_format:multiple_sections', fix: fixSections },
  { id: 'length_constraints:number_paragraphs', fix: fixStarParagraphs },
  { id: 'length_constraints:nth_paragraph_first_word', fix: fixNthParagraph },
  { id: 'detectable_format:number_bullet_lists', fix: fixBullets },
  { id: 'detectable_format:number_highlighted_sections', fix: fixHighlights },
  { id: 'detectable_format:title', fix: fixTitle },
  { id: 'detectable_content:postscript', fix: fixPostscript },
  { id: 'startend:end_checker', fix: fixEndPhrase },
  { id: 'change_case:capital_word_frequency', fix: fixCapitalWords },
];

/** Why a row's response came from the composer. */
export type FallbackReason = 'language' | 'unsatisfied';

/** One row's result and report. */
export interface EnforceResult {
  response: string;
  /** Null when the response is the edited draft. */
  fallback: FallbackReason | null;
  /** The detected requirements (instruction ids + kwargs, official form). */
  detected: Requirement[];
  edits: string[];
  /** Per detected requirement, verified on the response (strict / loose). */
  strict: boolean[];
  loose: boolean[];
  /** LCS(words(draft), words(response)) / |words(draft)|, parts per million. */
  retentionPpm: number;
}

/** Sentences on the prompt's topic that the enforcer may add (the composer's templates). */
function topicFillers(responder: IfevalResponder, topic: string, ok: (s: string) => boolean): string[] {
  const tpl = responder.skill.groups.get(GROUP.SENTENCES) ?? [];
  const out = tpl.filter((s) => !s.includes('{T}') || topic).map((s) => s.replace('{T}', topic)).filter(ok);
  return out.length ? out : [NO_FILLER];
}

/** The responder's "may this added text be used" test: no forbidden word, comma, capped keyword or letter. */
function okFor(plan: Plan): (s: string) => boolean {
  const forbid = plan.forbid.map((f) => f.toLowerCase());
  const capped = [...plan.kwfreq].filter(([, r]) => r[1] < INF).map(([k]) => k.toLowerCase());
  const letters = [...plan.letters].filter(([, r]) => r[1] < INF).map(([l]) => l);
  return (s) => {
    const l = s.toLowerCase();
    if (plan.noComma && s.includes(',')) return false;
    if (forbid.some((f) => new RegExp(`(^|[^\\p{L}\\p{N}_])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}_])`, 'u').test(l))) return false;
    return !capped.some((k) => l.includes(k)) && !letters.some((x) => l.includes(x));
  };
}

function bind(reqs: Requirement[], ctx: CheckContext, prompt: string): BoundRequirement[] {
  return reqs.map((q) => ({ ...q, check: buildCheck(q.id, q.kwargs, ctx, prompt) }));
}

const passCount = (reqs: BoundRequirement[], text: string) => reqs.filter((q) => q.check(text)).length;

/** Runs the fixers on one unwrapped body. */
function runFixers(job: Job, start: string): string {
  let body = start;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const bad = failing(job, body);
    if (bad.size === 0) break;
    for (const f of FIXERS) if (failing(job, body).has(f.id)) body = f.fix(job, body);
  }
  return body;
}

/** Enforces one prompt's constraints on one draft. */
export function enforceOne(responder: IfevalResponder, ctx: CheckContext, prompt: string, draft: string): EnforceResult {
  const { plan, tokens } = detect(responder.detector, prompt);
  const detected = planRequirements(plan);
  const reqs = bind(detected, ctx, prompt);
  const done = (response: string, fallback: FallbackReason | null, edits: string[]): EnforceResult => {
    const variants = looseVariants(response);
    return {
      response,
      fallback,
      detected,
      edits,
      strict: reqs.map((q) => pyStrip(response).length > 0 && q.check(response)),
      loose: reqs.map((q) => variants.some((v) => pyStrip(v).length > 0 && q.check(v))),
      retentionPpm: retentionPpm(draft, response),
    };
  };
  if (pyStrip(draft) && reqs.every((q) => q.check(draft))) return done(draft, null, []);
  const composed = () => compose(responder.skill, plan, tokens, false);
  const lang = reqs.find((q) => q.id === 'language:response_language');
  if (lang && !lang.check(draft)) return done(composed(), 'language', ['language: the draft is in another language; composed']);

  const ok = okFor(plan);
  const topic = (plan.english || (plan.promptLang && !plan.lang) ? [] : extractTopic(responder.skill, tokens, plan)).filter(ok).join(' ').replace(/\s+(of|for|on|about|the|a|an|and|or|to|in|with)$/i, '');
  const fillers = topicFillers(responder, topic, ok);
  // Two attempts for a JSON plan: keep a draft that is already JSON as it is, or wrap the edited text.
  let best: { response: string; edits: string[]; passed: number } | null = null;
  for (const keepJson of plan.json ? [true, false] : [false]) {
    const job: Job = { plan, r: responder.skill, ctx, reqs, topic, fillers, ok, finish: makeFinish(plan, keepJson, fillers[0]), edits: [], second: null };
    const body = runFixers(job, unwrap(plan, draft, keepJson));
    const response = job.finish(body);
    const passed = passCount(reqs, response);
    if (!best || passed > best.passed) best = { response, edits: job.edits, passed };
    if (allHold(job, body)) break;
  }
  if (best!.passed < reqs.length) {
    const c = composed();
    if (passCount(reqs, c) === reqs.length) return done(c, 'unsatisfied', [...best!.edits, 'unsatisfied after edits; composed']);
  }
  return done(best!.response, null, best!.edits);
}
