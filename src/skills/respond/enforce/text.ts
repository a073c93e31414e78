// Text helpers the fixers share: sentence spans inside a line, paragraph blocks, the word count the
// verifier uses, and where in a body new sentences go (before a postscript and an end phrase, so
// later passes never push them off the end). Integer-only and regex-light for the C port.
import type { Job } from './job.ts';

/** Characters that may follow a sentence terminator before the space ("end." "end.)" "end.*"). */
const CLOSERS = '"\')]*\u201d\u2019';
const TERMINATORS = '.!?';

/** [start, end) of each sentence of one line: a terminator run, closers, then space or line end. */
export function sentenceSpans(line: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (start < line.length && line[start] === ' ') start++;
  let i = start;
  while (i < line.length) {
    if (TERMINATORS.includes(line[i])) {
      let j = i;
      while (j < line.length && TERMINATORS.includes(line[j])) j++;
      while (j < line.length && CLOSERS.includes(line[j])) j++;
      if (j >= line.length || line[j] === ' ') {
        out.push([start, j]);
        while (j < line.length && line[j] === ' ') j++;
        start = j;
        i = j;
        continue;
      }
      i = j;
      continue;
    }
    i++;
  }
  if (start < line.length && line.slice(start).trim()) out.push([start, line.length]);
  return out;
}

/** A line that is a list item, heading, divider, title or section marker (not prose to merge into). */
export function isStructural(line: string): boolean {
  const t = line.trim();
  return /^([*\-+#>]|\d+[.)]\s|<<|\*\*\*|SECTION|Section|PARAGRAPH|Paragraph)/.test(t) || /^[^.!?]*:$/.test(t);
}

/** Where new sentences go: before a trailing end phrase and a trailing postscript. */
export function insertPoint(job: Job, body: string): number {
  let at = body.length;
  while (at > 0 && /\s/.test(body[at - 1])) at--;
  const phrase = job.plan.endPhrase;
  if (phrase && body.slice(0, at).toLowerCase().endsWith(phrase.toLowerCase())) at -= phrase.length;
  if (job.plan.postscript) {
    const lower = body.slice(0, at).toLowerCase();
    const mk = job.plan.postscript.toLowerCase();
    const ps = Math.max(lower.lastIndexOf('\np.s'), lower.lastIndexOf('\np.p.s'), lower.startsWith('p.') ? 0 : -1, lower.lastIndexOf(`\n${mk}`), lower.startsWith(mk) ? 0 : -1);
    if (ps >= 0) at = ps;
  }
  return at;
}

/** Adds sentences at the insertion point: on the last prose line, or as a new paragraph after structure. */
export function addSentences(job: Job, body: string, sentences: string[]): string {
  if (sentences.length === 0) return body;
  const at = insertPoint(job, body);
  let head = body.slice(0, at);
  const tail = body.slice(at);
  const trimmed = head.replace(/\s+$/, '');
  const lastLine = trimmed.slice(trimmed.lastIndexOf('\n') + 1);
  const text = sentences.join(' ');
  if (!trimmed) head = text;
  else if (!isStructural(lastLine) && /[.!?]["')\]*]*$/.test(lastLine)) head = `${trimmed} ${text}`;
  else head = `${trimmed}\n\n${text}`;
  return tail.trim() ? `${head}${/^\s/.test(tail) ? tail : ` ${tail}`}` : head + tail;
}

/** Paragraph blocks split on blank lines (the \n\n paragraphs of the verifier). */
export function blocks(body: string): string[] {
  return body.split(/\n[ \t]*\n/).filter((b) => b.trim() !== '');
}

/** Lowercase letter/digit word tokens (retention). */
export function wordTokens(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
