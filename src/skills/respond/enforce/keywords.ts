// keywords:* fixers. Forbidden words are removed where they stand (whole words, any case, as the
// verifier's \b...\b test sees them); a capped keyword loses its last occurrences; missing keywords,
// keyword counts and letter counts get carrier sentences from the responder's templates, added before
// any postscript or end phrase.
import { GROUP } from '../artifact.ts';
import { INF } from '../plan.ts';
import { addSentences, sentenceSpans } from './text.ts';
import { keywordSentence, reqsOf, type Job } from './job.ts';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Letters, digits and "_" (the verifier's word characters), for whole-word edges. */
const WORDCH = '\\p{L}\\p{N}_';

/** A whole-word, case-insensitive pattern for a word or phrase, with the text before it in group 1. */
const wordRe = (word: string, flags = 'giu') => new RegExp(`(^|[^${WORDCH}])${escapeRe(word)}(?![${WORDCH}])`, flags);

/**
 * Removes a forbidden word or phrase. In a list ("x, y and z", "x or y") it goes with its connector;
 * elsewhere the sentence that holds it goes, when the body has other sentences (a sentence with a
 * hole reads worse than one sentence fewer); as a last resort the word alone goes.
 */
function removeWord(body: string, word: string): string {
  const w = escapeRe(word);
  let out = body
    .replace(new RegExp(`(^|[^${WORDCH}])${w},\\s+(?=[${WORDCH}])`, 'giu'), '$1')
    .replace(new RegExp(`,\\s+${w}(?![${WORDCH}])`, 'giu'), '')
    .replace(new RegExp(`(^|[^${WORDCH}])${w}\\s+(and|or)\\s+(?=[${WORDCH}])`, 'giu'), '$1')
    .replace(new RegExp(`\\s+(and|or)\\s+${w}(?![${WORDCH}])`, 'giu'), '');
  const lines = out.split('\n');
  let sentences = 0;
  for (const l of lines) sentences += sentenceSpans(l).length;
  for (let li = 0; li < lines.length && sentences > 1; li++) {
    const spans = sentenceSpans(lines[li]);
    for (let k = spans.length - 1; k >= 0 && sentences > 1; k--) {
      const [s, e] = spans[k];
      if (!wordRe(word, 'iu').test(lines[li].slice(s, e))) continue;
      lines[li] = (lines[li].slice(0, s) + lines[li].slice(e)).replace(/ {2,}/g, ' ').trimEnd();
      sentences--;
    }
  }
  out = lines.join('\n').replace(/\n{3,}/g, '\n\n');
  return out.replace(wordRe(word), '$1').replace(/ {2,}/g, ' ').replace(/ ([.,;:!?])/g, '$1');
}

export function fixForbidden(job: Job, body: string): string {
  let out = body;
  // The plan's words, not the requirement's kwargs: those are the words as patterns (requirements.ts literalPattern).
  if (reqsOf(job, 'keywords:forbidden_words').length > 0) {
    for (const w of job.plan.forbid) {
      const next = removeWord(out, w);
      if (next !== out) job.edits.push(`forbidden_words: removed "${w}"`);
      out = next;
    }
  }
  return out;
}

/** Occurrences of a keyword as the verifier counts them (case-insensitive substring matches). */
function countKeyword(text: string, kw: string): number {
  const h = text.toLowerCase();
  const k = kw.toLowerCase();
  let n = 0;
  for (let at = h.indexOf(k); at >= 0 && k; at = h.indexOf(k, at + k.length)) n++;
  return n;
}

/** keywords:frequency: carriers up to the lower bound; the last occurrences' words go above the upper one. */
export function fixFrequency(job: Job, body: string): string {
  let out = body;
  for (const [kw, r] of job.plan.kwfreq) {
    if (r[1] === 0) continue;
    const n = countKeyword(job.finish(out), kw);
    if (n < r[0]) {
      const add: string[] = [];
      for (let i = 0; i < r[0] - n; i++) add.push(keywordSentence(job, kw, i));
      job.edits.push(`frequency: added ${add.length} sentence(s) with "${kw}"`);
      out = addSentences(job, out, add);
    } else if (r[1] < INF && n > r[1]) {
      for (let extra = n - r[1]; extra > 0; extra--) {
        const at = out.toLowerCase().lastIndexOf(kw.toLowerCase());
        if (at < 0) break;
        let s = at;
        let e = at + kw.length;
        while (s > 0 && /[\p{L}\p{N}_'-]/u.test(out[s - 1])) s--;
        while (e < out.length && /[\p{L}\p{N}_'-]/u.test(out[e])) e++;
        out = (out.slice(0, s) + out.slice(e)).replace(/ {2,}/g, ' ');
      }
      job.edits.push(`frequency: removed occurrences of "${kw}" above ${r[1]}`);
    }
  }
  return out;
}

export function fixExistence(job: Job, body: string): string {
  const text = job.finish(body);
  const missing: string[] = [];
  for (const q of reqsOf(job, 'keywords:existence')) {
    for (const kw of q.kwargs.keywords as string[]) if (!new RegExp(escapeRe(kw), 'iu').test(text)) missing.push(kw);
  }
  if (missing.length === 0) return body;
  job.edits.push(`existence: added ${missing.map((k) => `"${k}"`).join(', ')}`);
  return addSentences(job, body, missing.map((kw, i) => keywordSentence(job, kw, i)));
}

const countLetter = (s: string, l: string) => {
  let n = 0;
  for (const ch of s.toLowerCase()) if (ch === l) n++;
  return n;
};

/** keywords:letter_frequency: carriers of words rich in the letter; above a cap, words with it go from the end. */
export function fixLetters(job: Job, body: string): string {
  let out = body;
  for (const [letter, r] of job.plan.letters) {
    const n = countLetter(job.finish(out), letter);
    if (n < r[0]) {
      const words = (job.r.groups.get(GROUP.LETTER_WORDS + letter.charCodeAt(0)) ?? [letter.repeat(3)]).filter((w) => job.ok(w));
      const pool = words.length ? words : [letter.repeat(3)];
      const add: string[] = [];
      let left = r[0] - n;
      for (let k = 0; left > 0 && k < 400; k += 3) {
        const pick = [pool[k % pool.length], pool[(k + 1) % pool.length], pool[(k + 2) % pool.length]];
        for (const w of pick) left -= Math.max(1, countLetter(w, letter));
        add.push(`Words like ${pick.slice(0, 2).join(' and ')} and ${pick[2]} come to mind.`);
      }
      job.edits.push(`letter_frequency: added ${add.length} sentence(s) rich in "${letter}"`);
      out = addSentences(job, out, add);
    } else if (n > r[1]) {
      let over = n - r[1];
      const re = new RegExp(`[\\p{L}\\p{N}_'-]*${escapeRe(letter)}[\\p{L}\\p{N}_'-]*`, 'giu');
      const spans = [...out.matchAll(re)].map((m) => [m.index!, m.index! + m[0].length] as const);
      for (let i = spans.length - 1; i >= 0 && over > 0; i--) {
        over -= countLetter(out.slice(spans[i][0], spans[i][1]), letter);
        out = out.slice(0, spans[i][0]) + out.slice(spans[i][1]);
      }
      out = out.replace(/ {2,}/g, ' ');
      job.edits.push(`letter_frequency: removed words with "${letter}" above ${r[1]}`);
    }
  }
  return out;
}
