// length_constraints:number_words / number_sentences. Too long: sentences are merged (for a
// sentence cap: "A. B." -> "A; B.", no word lost) and then whole sentences leave from the end,
// each removal kept only if no other requirement that held stops holding. Too short: the
// composer's topic sentences are added before any postscript or end phrase.
import { countWords } from '../../ifeval/checkers/length.ts';
import { addSentences, insertPoint, sentenceSpans } from './text.ts';
import { allHold, failing, reqsOf, type Job } from './job.ts';

/** Filler sentences not yet used in the body, in template order. */
function freshFillers(job: Job, body: string, n: number): string[] {
  const out: string[] = [];
  const pool = job.fillers.filter((s) => !body.includes(s));
  const src = pool.length ? pool : job.fillers;
  for (let i = 0; i < n; i++) out.push(src[i % src.length]);
  return out;
}

/** The [lo, hi) bounds a set of official relations give (hi exclusive; -1 = none). */
function bounds(job: Job, id: string, key: string, relKey: string): { lo: number; hi: number } {
  let lo = 0;
  let hi = -1;
  for (const q of reqsOf(job, id)) {
    const n = q.kwargs[key] as number;
    if (q.kwargs[relKey] === 'at least') lo = Math.max(lo, n);
    else hi = hi < 0 ? n : Math.min(hi, n);
  }
  return { lo, hi };
}

/** Sentence openers that are lower-cased when a merge puts them after a semicolon (not names). */
const LOWER_STARTERS = new Set(['the', 'they', 'it', 'this', 'that', 'we', 'he', 'she', 'many', 'some', 'there', 'these', 'those', 'a', 'an', 'in', 'on', 'but', 'and', 'so', 'you', 'our', 'his', 'her', 'its', 'their', 'as', 'at', 'for', 'with', 'when', 'if', 'most', 'each', 'every', 'then', 'also']);

const LENGTH_IDS = new Set(['length_constraints:number_words', 'length_constraints:number_sentences', 'language:response_language']);

/** Removable units before `limit`: a whole line when it holds one sentence, else one sentence with its space. */
function units(text: string, limit: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let ls = 0;
  while (ls < limit) {
    let le = text.indexOf('\n', ls);
    if (le < 0 || le > limit) le = limit;
    const line = text.slice(ls, le);
    const spans = sentenceSpans(line);
    if (spans.length === 1) out.push([ls, Math.min(le + 1, text.length)]);
    else {
      for (let j = 0; j < spans.length; j++) {
        if (j === 0) out.push([ls + spans[0][0], ls + spans[1][0]]);
        else out.push([ls + spans[j - 1][1], ls + spans[j][1]]);
      }
    }
    ls = le + 1;
  }
  return out;
}

/** Removes sentences from the end while `over` says so; keeps a removal only if nothing else broke. */
function trimFromEnd(job: Job, body: string, over: (b: string) => boolean): string {
  let out = body;
  const before = failing(job, out);
  const skip = (id: string) => LENGTH_IDS.has(id) || before.has(id);
  const us = units(out, insertPoint(job, out));
  // Removing unit i moves only text after it, so the units before i keep their offsets.
  for (let i = us.length - 1; i >= 0 && over(out); i--) {
    const cand = out.slice(0, us[i][0]) + out.slice(us[i][1]);
    if (cand.trim() && allHold(job, cand, skip)) out = cand;
  }
  return out.replace(/\n{3,}/g, '\n\n');
}

/** Merges sentences inside lines ("A. B" -> "A; B") from the end while over the cap. */
function mergeSentences(job: Job, body: string, over: (b: string) => boolean): string {
  let out = body;
  for (let guard = 0; guard < 400 && over(out); guard++) {
    const lines = out.split('\n');
    let done = false;
    for (let li = lines.length - 1; li >= 0 && !done; li--) {
      const spans = sentenceSpans(lines[li]);
      if (spans.length < 2) continue;
      const [, e] = spans[spans.length - 2];
      const line = lines[li];
      let t = e - 1;
      while (t >= 0 && '"\')]*\u201d\u2019'.includes(line[t])) t--;
      if (line[t] !== '.' && line[t] !== '!') continue;
      const rest = line.slice(t + 1).replace(/^(\s+)(\p{Lu})(\p{Ll}*)/u, (m, sp: string, a: string, b: string) => (LOWER_STARTERS.has((a + b).toLowerCase()) ? sp + a.toLowerCase() + b : m));
      lines[li] = `${line.slice(0, t)};${rest}`;
      done = true;
    }
    if (!done) break;
    out = lines.join('\n');
  }
  return out;
}

export function fixSentences(job: Job, body: string): string {
  const { lo, hi } = bounds(job, 'length_constraints:number_sentences', 'num_sentences', 'relation');
  const count = (b: string) => job.ctx.punkt.tokenize(job.finish(b)).length;
  let out = body;
  const n = count(out);
  if (hi >= 0 && n >= hi) {
    const over = (b: string) => count(b) >= hi;
    out = mergeSentences(job, out, over);
    if (over(out)) out = trimFromEnd(job, out, over);
    job.edits.push(`number_sentences: ${n} -> ${count(out)} (merged/trimmed below ${hi})`);
  } else if (n < lo) {
    out = addSentences(job, out, freshFillers(job, out, lo - n));
    job.edits.push(`number_sentences: ${n} -> ${count(out)} (added)`);
  }
  return out;
}

export function fixWords(job: Job, body: string): string {
  const { lo, hi } = bounds(job, 'length_constraints:number_words', 'num_words', 'relation');
  const count = (b: string) => countWords(job.finish(b));
  let out = body;
  const n = count(out);
  if (hi >= 0 && n >= hi) {
    out = trimFromEnd(job, out, (b) => count(b) >= hi);
    job.edits.push(`number_words: ${n} -> ${count(out)} (trimmed below ${hi})`);
  } else if (n < lo) {
    for (let guard = 0; guard < 200 && count(out) < lo; guard++) {
      const deficit = lo - count(out);
      out = addSentences(job, out, freshFillers(job, out, Math.max(1, Math.ceil(deficit / 8))));
    }
    job.edits.push(`number_words: ${n} -> ${count(out)} (added sentences)`);
  }
  return out;
}
