// detectable_format:* and detectable_content:* fixers: placeholders, highlights, bullets, sections,
// *** paragraphs, \n\n paragraphs with a fixed first word, title, constrained answer. Structure is
// made from the draft's own text where it can be: numbered items become bullets, prose sentences
// become bullets, a first heading line becomes the <<title>>, blocks are regrouped into paragraphs.
import { GROUP } from '../artifact.ts';
import { addSentences, blocks, isStructural, sentenceSpans } from './text.ts';
import type { Job } from './job.ts';
import { placeholderCount } from '../compose.ts';

const PLACEHOLDER = /\[[^\n]*?\]/g;

export function fixPlaceholders(job: Job, body: string): string {
  const want = placeholderCount(job.plan);
  const have = (job.finish(body).match(PLACEHOLDER) ?? []).length;
  if (have >= want) return body;
  const names = job.r.groups.get(GROUP.PLACEHOLDER) ?? ['name'];
  const add: string[] = [];
  for (let p = have; p < want; p += 3) {
    const group: string[] = [];
    for (let q = p; q < Math.min(want, p + 3); q++) group.push(`[${names[q % names.length]}${q >= names.length ? ` ${Math.floor(q / names.length) + 1}` : ''}]`);
    add.push(`Fill in ${group.join(' and ')} here.`);
  }
  job.edits.push(`placeholders: added ${want - have}`);
  return addSentences(job, body, add);
}

/** Highlights as the verifier counts them (*x* and **x** with non-blank inside). */
function countHighlights(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/\*[^\n*]*\*/g)) if (m[0].replace(/^\*+|\*+$/g, '').trim()) n++;
  for (const m of text.matchAll(/\*\*[^\n*]*\*\*/g)) if (m[0].slice(2, -2).trim()) n++;
  return n;
}

/** Wraps the words after a sentence's first word in *...* (never at a line start, so never a bullet). */
function highlightSentence(s: string): string | null {
  const m = /^(\S+\s+)(.*?\S)([.!?:;]*)$/u.exec(s);
  if (!m || !/[\p{L}\p{N}]/u.test(m[2])) return null;
  return `${m[1]}*${m[2]}*${m[3]}`;
}

export function fixHighlights(job: Job, body: string): string {
  let left = job.plan.highlights - countHighlights(job.finish(body));
  if (left <= 0) return body;
  const lines = body.split('\n');
  let added = 0;
  for (let li = 0; li < lines.length && left > 0; li++) {
    const line = lines[li];
    // Lines with asterisks (bullets, bold) would pair their stars with ours; headings and titles stay plain.
    if (line.includes('*') || line.includes('"') || /^\s*([-+#>]|<<)/.test(line) || !line.trim()) continue;
    const spans = sentenceSpans(line);
    let rebuilt = '';
    let pos = 0;
    for (const [s, e] of spans) {
      const h = left > 0 ? highlightSentence(line.slice(s, e)) : null;
      rebuilt += line.slice(pos, s) + (h ?? line.slice(s, e));
      if (h) {
        left--;
        added++;
      }
      pos = e;
    }
    lines[li] = rebuilt + line.slice(pos);
  }
  let out = lines.join('\n');
  for (let i = 0; left > 0 && i < 50; i++, left--, added++) out = addSentences(job, out, [highlightSentence(job.fillers[i % job.fillers.length]) ?? '*Note.*']);
  job.edits.push(`highlights: added ${added}`);
  return out;
}

const BULLET = /^\s*(\*[^*]|-)/;

export function fixBullets(job: Job, body: string): string {
  const want = job.plan.bullets ?? 0;
  let lines = body.split('\n');
  const isBullet = (l: string) => BULLET.test(l) || /^\s*\*$/.test(l);
  let have = lines.filter(isBullet).length;
  const start = have;
  if (have < want) {
    // Numbered items become bullets first.
    for (let i = 0; i < lines.length && have < want; i++) {
      const m = /^(\s*)\d+[.)]\s+(.*)$/.exec(lines[i]);
      if (m) {
        lines[i] = `${m[1]}* ${m[2]}`;
        have++;
      }
    }
    // Then sentences of the last prose lines, one bullet each.
    for (let i = lines.length - 1; i >= 0 && have < want; i--) {
      if (isStructural(lines[i]) || !lines[i].trim() || /^\s*p\.\s?(p\.\s?)?s/i.test(lines[i])) continue;
      const spans = sentenceSpans(lines[i]);
      if (spans.length < 2) continue;
      const take = Math.min(want - have, spans.length - 1);
      const keep = lines[i].slice(0, spans[spans.length - take][0]).trimEnd();
      const items = spans.slice(spans.length - take).map(([s, e]) => `* ${lines[i].slice(s, e)}`);
      lines.splice(i, 1, keep, ...items);
      have += take;
    }
    const out = lines.join('\n');
    const add = [];
    for (let i = 0; have < want; i++, have++) add.push(`* ${job.fillers[i % job.fillers.length]}`);
    job.edits.push(`bullets: ${start} -> ${want}`);
    if (!add.length) return out;
    const trimmed = out.replace(/\s+$/, '');
    const lastIsBullet = isBullet(trimmed.slice(trimmed.lastIndexOf('\n') + 1));
    return `${trimmed}${lastIsBullet ? '\n' : '\n\n'}${add.join('\n')}`;
  }
  if (have > want) {
    // Extra items become plain lines (rules "---" go), from the end.
    for (let i = lines.length - 1; i >= 0 && have > want; i--) {
      if (!isBullet(lines[i])) continue;
      if (/^\s*-{3,}\s*$/.test(lines[i]) || /^\s*\*$/.test(lines[i])) lines[i] = '\u0000';
      else lines[i] = lines[i].replace(/^\s*(\*|-)\s*/, '');
      have--;
    }
    lines = lines.filter((l) => l !== '\u0000');
    job.edits.push(`bullets: ${start} -> ${want}`);
    return lines.join('\n');
  }
  return body;
}

/** Splits the longest multi-sentence block in two until there are `n` blocks (or none can split). */
function atLeastBlocks(bs: string[], n: number): string[] {
  const out = bs.slice();
  while (out.length < n) {
    let best = -1;
    let bestN = 1;
    for (let i = 0; i < out.length; i++) {
      if (out[i].includes('\n')) continue;
      const k = sentenceSpans(out[i]).length;
      if (k > bestN) {
        best = i;
        bestN = k;
      }
    }
    if (best < 0) break;
    const spans = sentenceSpans(out[best]);
    const cut = spans[Math.floor(spans.length / 2)][0];
    out.splice(best, 1, out[best].slice(0, cut).trimEnd(), out[best].slice(cut));
  }
  return out;
}

/** `n` consecutive groups of blocks, as even as integer division makes them. */
function group(bs: string[], n: number): string[][] {
  const out: string[][] = [];
  for (let k = 0; k < n; k++) out.push(bs.slice(Math.floor((k * bs.length) / n), Math.floor(((k + 1) * bs.length) / n)));
  return out.filter((g) => g.length > 0);
}

/** The body's blocks with *** divider lines taken as block boundaries. */
function plainBlocks(body: string): string[] {
  return blocks(body.replace(/^[ \t]*\*{3,}[ \t]*$/gm, '\n'));
}

function fillTo(job: Job, bs: string[], n: number): string[] {
  const out = atLeastBlocks(bs, n);
  for (let i = 0; out.length < n; i++) out.push(job.fillers[i % job.fillers.length]);
  return out;
}

export function fixStarParagraphs(job: Job, body: string): string {
  const n = job.plan.parCount;
  const groups = group(fillTo(job, plainBlocks(body), n), n);
  job.edits.push(`paragraphs: regrouped into ${n} *** paragraphs`);
  return groups.map((g) => g.join('\n\n')).join('\n\n***\n\n');
}

export function fixNthParagraph(job: Job, body: string): string {
  const nth = job.plan.nth!;
  const n = job.plan.parCount;
  const groups = group(fillTo(job, plainBlocks(body), n), n).map((g) => g.join('\n'));
  const p = groups[nth.n - 1];
  if (p !== undefined) {
    const first = (p.trim().split(/\s+/)[0] ?? '').replace(/^['"]+/, '');
    let got = '';
    for (const ch of first) {
      if ('.,?!\'"'.includes(ch)) break;
      got += ch.toLowerCase();
    }
    if (got !== nth.word.toLowerCase()) groups[nth.n - 1] = `${nth.word.charAt(0).toUpperCase()}${nth.word.slice(1)} \u2014 ${p.trim()}`;
  }
  job.edits.push(`nth_paragraph: ${n} paragraphs, paragraph ${nth.n} starts with "${nth.word}"`);
  return groups.join('\n\n');
}

export function fixSections(job: Job, body: string): string {
  const mark = job.plan.secMark!;
  const n = job.plan.secCount;
  // Existing markers leave their line's text in place; the sections are then laid out afresh.
  const stripped = body.replace(new RegExp(`^([ \\t#*]*)${mark}\\s?\\d+[:.]?[ \\t]*`, 'gm'), '$1');
  const groups = group(fillTo(job, plainBlocks(stripped), n), n);
  job.edits.push(`sections: ${n} "${mark}" sections`);
  return groups.map((g, k) => `${mark} ${k + 1}\n${g.join('\n\n')}`).join('\n\n');
}

export function fixTitle(job: Job, body: string): string {
  const lines = body.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  const head = first >= 0 ? lines[first].trim() : '';
  const m = /^(#{1,6}\s*|\*\*)?([^*#<>\n]{1,80}?)(\*\*)?:?$/.exec(head);
  if (first >= 0 && m && (m[1] || m[3] || !/[.!?]$/.test(head)) && m[2].trim().split(/\s+/).length <= 12) {
    lines[first] = `<<${m[2].trim()}>>`;
    job.edits.push('title: first heading line became the title');
    return lines.join('\n');
  }
  const words = job.fillers.length ? titleWords(job) : 'A Short Answer';
  job.edits.push('title: added');
  if (job.plan.nth && job.plan.nth.n === 1) {
    const bs = body.split('\n\n');
    bs[0] = `${bs[0]}\n<<${words}>>`;
    return bs.join('\n\n');
  }
  return `<<${words}>>\n${job.plan.nth || job.plan.parSep === 'nl' ? '' : '\n'}${body}`;
}

/** Title text: the topic words, capitalised. */
function titleWords(job: Job): string {
  const t = job.topic.trim();
  if (!t) return 'A Short Answer';
  return t.split(/\s+/).slice(0, 6).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

export function fixConstrained(job: Job, body: string): string {
  const m = /my answer is (yes|no|maybe)/i.exec(body);
  if (m) {
    job.edits.push('constrained: normalised "My answer is ..."');
    return body.slice(0, m.index) + `My answer is ${m[1].toLowerCase()}.` + body.slice(m.index + m[0].length).replace(/^[.!]?/, '');
  }
  const lead = /^\W*(yes|no)\b/i.exec(body);
  const answer = lead ? lead[1].toLowerCase() : 'maybe';
  job.edits.push(`constrained: added "My answer is ${answer}."`);
  return addSentences(job, body, [`My answer is ${answer}.`]);
}

