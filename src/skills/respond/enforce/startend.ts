// detectable_content:postscript and startend:end_checker. The postscript goes after the draft's
// text (before an end phrase); the end phrase goes last. With \n\n paragraphs counted (nth
// paragraph plans) both join the last paragraph instead of opening a new one.
import { insertPoint } from './text.ts';
import type { Job } from './job.ts';

const POSTSCRIPT_TEXT = 'Thank you for reading.';

/** Whether the plan counts blank-line paragraphs, so the tail must not open a new one. */
const tight = (job: Job) => job.plan.nth !== null || job.plan.parSep === 'nl';

export function fixPostscript(job: Job, body: string): string {
  const marker = job.plan.postscript!;
  // A marker the prompt names ("P.D.", "PS:") is checked as written, at a line start.
  if (!isStandardMarker(marker) && markerLineAt(body, marker) >= 0) return body;
  // A near-miss marker ("PS:", "P.S:", "P.S") at a line start becomes the official one.
  const near = /^([ \t]*)(p\.?\s?p\.?\s?s|p\.?\s?s)\b\.?:?/im;
  const m = near.exec(body);
  const wantsPPS = marker === 'P.P.S';
  if (m && isStandardMarker(marker) && /p.*p.*s/i.test(m[2]) === wantsPPS) {
    job.edits.push(`postscript: "${m[0].trim()}" -> "${marker}"`);
    return body.slice(0, m.index) + m[1] + marker + (/^\s/.test(body.slice(m.index + m[0].length)) ? '' : ' ') + body.slice(m.index + m[0].length);
  }
  const ps = job.fillers.find((s) => /thank|question|ask|hope/i.test(s)) ?? POSTSCRIPT_TEXT;
  const at = insertPoint(job, body);
  const head = body.slice(0, at).replace(/\s+$/, '');
  job.edits.push(`postscript: added "${marker}"`);
  return `${head}${tight(job) ? '\n' : '\n\n'}${marker} ${job.ok(ps) ? ps : POSTSCRIPT_TEXT}${body.slice(at) ? ` ${body.slice(at).trimStart()}` : ''}`;
}

const isStandardMarker = (marker: string) => marker === 'P.S.' || marker === 'P.P.S';

/** Offset of the line that starts (after blanks) with the marker, case-insensitively; -1 when none. */
export function markerLineAt(body: string, marker: string): number {
  const lower = body.toLowerCase();
  const mk = marker.toLowerCase();
  let at = 0;
  while (at <= lower.length) {
    let s = at;
    while (s < lower.length && (lower[s] === ' ' || lower[s] === '\t')) s++;
    if (lower.startsWith(mk, s)) return at;
    const nl = lower.indexOf('\n', at);
    if (nl < 0) break;
    at = nl + 1;
  }
  return -1;
}

export function fixEndPhrase(job: Job, body: string): string {
  const phrase = job.plan.endPhrase!;
  const trimmed = body.replace(/\s+$/, '');
  job.edits.push(`end_checker: ended with "${phrase}"`);
  return `${trimmed}${tight(job) ? ' ' : '\n\n'}${phrase}`;
}
