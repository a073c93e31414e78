// combination:*, startend:quotation and detectable_format:json_format: the wrappers. unwrap() takes
// them off a draft (enclosing quotes, code fences, a repeated request at the start) so the fixers
// edit the answer itself; makeFinish() puts them back in a fixed order — second response, repeated
// request, case, then quotes or JSON — so every fixer measures the text the evaluator will see.
import { pyJsonLoads } from '../../ifeval/py-json.ts';
import { blocks, sentenceSpans, wordTokens } from './text.ts';
import { lcsLength } from './retention.ts';
import type { Plan } from '../plan.ts';

/** The separator of two responses. */
const TWO_SEP = '******';
/** Share of the request's words (per mille) a leading block must contain to count as a repeat attempt. */
const REPEAT_OVERLAP_PERMILLE = 600;

/** True when the text holds exactly two different non-empty responses split by ******. */
export function twoValid(text: string): boolean {
  const parts = text.split(TWO_SEP);
  const valid = parts.filter((p) => p.trim());
  if (parts.slice(1, -1).some((p) => !p.trim())) return false;
  return valid.length === 2 && valid[0].trim() !== valid[1].trim();
}

/** Code fences off a JSON draft ("```json ... ```"). */
function stripFences(s: string): string {
  return s.trim().replace(/^```[A-Za-z]*\s*\n?/, '').replace(/\n?```\s*$/, '');
}

/** The draft without the wrappers the plan asks for. */
export function unwrap(plan: Plan, draft: string, keepJson: boolean): string {
  let body = draft.trim();
  if (plan.json && !keepJson) {
    const inner = stripFences(body);
    // A JSON draft's words stay, as text: keys and string values line by line.
    if (pyJsonLoads(inner)) {
      try {
        body = jsonText(JSON.parse(inner) as unknown).trim() || inner;
      } catch {
        body = inner;
      }
    } else body = inner;
  }
  if (plan.quote && body.length > 1 && body.startsWith('"') && body.endsWith('"')) body = body.slice(1, -1).trim();
  if (plan.repeat) {
    const req = plan.repeat.trim();
    if (body.toLowerCase().startsWith(req.toLowerCase())) body = body.slice(req.length).trim();
    else {
      const bs = body.split(/\n[ \t]*\n/);
      const want = wordTokens(req);
      if (bs.length > 1 && want.length > 0 && lcsLength(want, wordTokens(bs[0])) * 1000 >= want.length * REPEAT_OVERLAP_PERMILLE) body = bs.slice(1).join('\n\n').trim();
    }
  }
  return body;
}

/** A JSON value as plain text: "key: value" lines, arrays one item a line. */
function jsonText(v: unknown, key = ''): string {
  if (Array.isArray(v)) return v.map((x) => jsonText(x)).join('\n');
  if (v && typeof v === 'object') return Object.entries(v as Record<string, unknown>).map(([k, x]) => (x && typeof x === 'object' ? `${k}:\n${jsonText(x)}` : jsonText(x, k))).join('\n');
  const s = v === null ? '' : String(v);
  return key ? `${key}: ${s}` : s;
}

/** A second, different response made from the body: its first block, else its first sentence. */
function secondResponse(body: string, fallback: string): string {
  const bs = blocks(body);
  if (bs.length > 1) return bs[0].trim();
  const spans = sentenceSpans(body.trim().split('\n')[0] ?? '');
  const first = spans.length > 1 ? body.trim().slice(spans[0][0], spans[0][1]) : '';
  return first && first !== body.trim() ? first : fallback;
}

/** body -> the final response, for one plan. */
export function makeFinish(plan: Plan, keepJson: boolean, filler: string): (body: string) => string {
  return (body) => {
    let t = body;
    if (plan.two && !twoValid(t)) t = `${t.replace(/\s+$/, '')}\n\n${TWO_SEP}\n\n${secondResponse(t, filler)}`;
    if (plan.repeat) t = `${plan.repeat}\n\n${t}`;
    if (plan.upper) t = t.toUpperCase();
    else if (plan.lower) t = t.toLowerCase();
    if (plan.json && !keepJson) {
      const s = JSON.stringify(t);
      t = plan.quote || plan.endPhrase ? s : `{"answer": ${s}}`;
    } else if (plan.quote && !(t.length > 1 && t.startsWith('"') && t.endsWith('"'))) t = `"${t}"`;
    return t;
  };
}
