// change_case:* fixers. Whole-response upper/lower case is applied by finish() (combination.ts), so
// it covers every later addition; here the count of ALL-CAPS words is raised (content words of five
// letters or more, spread evenly over the text) or lowered (the last ones become Capitalised).
import { wordTokenize } from '../../ifeval/word-tokenize.ts';
import { pyIsUpper } from '../../ifeval/py.ts';
import type { Job } from './job.ts';

/** Shortest word that is upper-cased to raise the count (short ones are mostly function words). */
const MIN_CAPS_WORD = 5;

export function fixCapitalWords(job: Job, body: string): string {
  const r = job.plan.caps!;
  const n = wordTokenize(job.finish(body), job.ctx.punkt).filter(pyIsUpper).length;
  if (n < r[0]) {
    const need = r[0] - n;
    const re = new RegExp(`(?<![\\p{L}\\p{N}_<\\[])\\p{L}{${MIN_CAPS_WORD},}(?![\\p{L}\\p{N}_\\]>])`, 'gu');
    const cands = [...body.matchAll(re)].filter((m) => /\p{Ll}/u.test(m[0]));
    const pick = new Set<number>();
    for (let i = 0; i < need && i < cands.length; i++) pick.add(Math.floor((i * cands.length) / need));
    let out = '';
    let pos = 0;
    cands.forEach((m, i) => {
      if (!pick.has(i)) return;
      out += body.slice(pos, m.index) + m[0].toUpperCase();
      pos = m.index! + m[0].length;
    });
    job.edits.push(`capital_word_frequency: upper-cased ${pick.size} word(s)`);
    return out + body.slice(pos);
  }
  if (n > r[1]) {
    let over = n - r[1];
    const re = /(?<![\p{L}\p{N}_])\p{Lu}{2,}(?![\p{L}\p{N}_])/gu;
    const cands = [...body.matchAll(re)];
    let out = body;
    for (let i = cands.length - 1; i >= 0 && over > 0; i--, over--) {
      const m = cands[i];
      out = out.slice(0, m.index) + m[0][0] + m[0].slice(1).toLowerCase() + out.slice(m.index! + m[0].length);
    }
    job.edits.push(`capital_word_frequency: lowered ${n - r[1] - over} word(s)`);
    return out;
  }
  return body;
}
