// The composer (docs/format.md §6.5): writes a response on the prompt's topic from the artifact's
// templates, lays it out to satisfy the detected Plan (title, sections, paragraphs, bullets,
// highlights, placeholders, postscript, end phrase, JSON, quotes, repeated request, two responses),
// then measures the draft with its own counters and adjusts (filler sentences, keyword and letter
// sentences, capitalised words) for a bounded number of rounds.
import { GROUP, type Responder } from './artifact.ts';
import { INF, type Plan, type Range } from './plan.ts';
import { TK_NL, TK_PUNCT, TK_WORD, decodeAsIs, hashOf, type Tokens } from './tokenize.ts';

const MAX_ROUNDS = 14;
const dec = new TextDecoder();

// ---------------------------------------------------------------- counters (approximate the verifier)

const isWordChar = (ch: string) => /[\p{L}\p{N}_]/u.test(ch);

/** Runs of letters, digits and "_" (the verifier's \w+ word count). */
export function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (const ch of s) {
    const w = isWordChar(ch);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

const ABBREV = new Set(['dr', 'mr', 'mrs', 'ms', 'vs', 'etc', 'i.e', 'e.g', 'u.s', 'st', 'jr', 'sr', 'no']);
const TERMS = '.!?\u0964\u3002\u06d4';

/** Sentences as Punkt would split our own text: terminator runs followed by space or the end. */
export function countSentences(s: string): number {
  let n = 0;
  let i = 0;
  let pending = false;
  while (i < s.length) {
    const ch = s[i];
    if (TERMS.includes(ch)) {
      let j = i;
      while (j < s.length && TERMS.includes(s[j])) j++;
      let k = j;
      while (k < s.length && '"\')*]'.includes(s[k])) k++;
      if (k >= s.length || /\s/.test(s[k])) {
        // the word before the terminator
        let w = i;
        while (w > 0 && !/\s/.test(s[w - 1])) w--;
        const word = s.slice(w, i).toLowerCase().replace(/^[^a-z0-9.]+/, '');
        if (ch === '.' && (ABBREV.has(word) || /^[a-z]$/.test(word))) {
          i = j;
          continue;
        }
        n++;
        pending = false;
        i = k;
        continue;
      }
      i = j;
      continue;
    }
    if (isWordChar(ch)) pending = true;
    i++;
  }
  return n + (pending ? 1 : 0);
}

export function countSub(hay: string, needle: string): number {
  if (!needle) return 0;
  const h = hay.toLowerCase();
  const nd = needle.toLowerCase();
  let n = 0;
  let at = h.indexOf(nd);
  while (at >= 0) {
    n++;
    at = h.indexOf(nd, at + nd.length);
  }
  return n;
}

export function countLetter(s: string, letter: string): number {
  let n = 0;
  for (const ch of s.toLowerCase()) if (ch === letter) n++;
  return n;
}

/** Tokens written entirely in capitals (approximating nltk word_tokenize + isupper). */
export function countCaps(s: string): number {
  let n = 0;
  for (const raw of s.split(/[\s<>[\]*"(),:;!?]+/)) {
    const w = raw.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '');
    if (/\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w)) n++;
  }
  return n;
}

/** Every run of ASCII letters without a lowercase letter, lowercased ("A" -> "a", "I'm" -> "i'm"). */
export function lowerCapsRuns(s: string): string {
  return s.replace(/[A-Za-z]+/g, (w) => (/[a-z]/.test(w) ? w : w.toLowerCase()));
}

/** Whole-word, case-insensitive containment. */
export function hasWord(hay: string, word: string): boolean {
  const h = hay.toLowerCase();
  const w = word.toLowerCase();
  if (!w) return false;
  let at = h.indexOf(w);
  while (at >= 0) {
    const before = at > 0 ? h[at - 1] : ' ';
    const after = at + w.length < h.length ? h[at + w.length] : ' ';
    const edgeOk = (c: string, inner: string) => !isWordChar(inner) || !isWordChar(c);
    if (edgeOk(before, w[0]) && edgeOk(after, w[w.length - 1])) return true;
    at = h.indexOf(w, at + 1);
  }
  return false;
}

const inRange = (n: number, r: Range | null) => !r || (n >= r[0] && n <= r[1]);
const capFirst = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

// ---------------------------------------------------------------- topic

/** A token's text as its bytes are (a leading U+FEFF kept, as C copies it; version 21: the default decoder dropped it). */
function tokenText(t: Tokens, i: number): string {
  return decodeAsIs(t.bytes.subarray(t.start[i], t.end[i]));
}

/** The topic phrase: after "about", else the object of the first verb, else the first words. */
export function extractTopic(r: Responder, t: Tokens, plan: Plan): string[] {
  const S = r.sets;
  const lo = t.start.findIndex((s, i) => i < t.n && s >= plan.taskStart);
  let first = -1;
  let objectMode = false;
  for (let i = Math.max(lo, 0); i < t.n && t.end[i] <= plan.taskEnd; i++) {
    if (t.kind[i] === TK_WORD && t.hash[i] === hashOf('about')) {
      first = i + 1;
      break;
    }
  }
  if (first < 0) {
    for (let i = Math.max(lo, 0); i < t.n && t.end[i] <= plan.taskEnd; i++) {
      if (t.kind[i] === TK_WORD && S.TOPIC_VERBS.has(t.hash[i])) {
        first = i + 1;
        objectMode = true;
        break;
      }
      if (t.kind[i] === TK_PUNCT && '.?!'.includes(String.fromCharCode(t.byte[i]))) break;
    }
  }
  if (first < 0) first = Math.max(lo, 0);
  const words: string[] = [];
  for (let i = first; i < t.n && t.end[i] <= plan.taskEnd && words.length < 8; i++) {
    if (t.kind[i] === TK_NL) break;
    if (t.kind[i] === TK_PUNCT) {
      if (t.byte[i] === 0x2d && words.length > 0 && i + 1 < t.n && t.kind[i + 1] === TK_WORD && t.start[i] === t.end[i - 1]) {
        words[words.length - 1] += '-' + tokenText(t, i + 1);
        i++;
        continue;
      }
      if (t.byte[i] === 0x22 || t.byte[i] === 0x27) continue;
      break;
    }
    const h = t.hash[i];
    const keepConnector = objectMode && (h === hashOf('for') || h === hashOf('of') || h === hashOf('on'));
    if (words.length > 0 && S.TOPIC_STOP.has(h) && !keepConnector) break;
    if (words.length === 0 && (S.TOPIC_DROP.has(h) || S.TOPIC_STOP.has(h))) continue;
    words.push(tokenText(t, i));
  }
  return words;
}

/** Fewest placeholders a response writes once any is asked for (version 22): the checker counts "at least", and a
 * count misread low ("the date and the time" read as one) is the commonest placeholder miss on unseen prompts. */
export const PLACEHOLDER_FLOOR = 3;
/** Least word ceiling that leaves room for the floor's longer placeholder sentence. */
export const PLACEHOLDER_ROOM_WORDS = 40;

/** Placeholders to write for a plan: PLACEHOLDER_FLOOR at least once any is asked for, unless a word ceiling under
 * PLACEHOLDER_ROOM_WORDS leaves no room ("at most 10 words, with one placeholder"). */
export function placeholderCount(plan: Plan): number {
  if (plan.placeholders <= 0) return 0;
  if (plan.words && plan.words[1] < PLACEHOLDER_ROOM_WORDS) return plan.placeholders;
  return Math.max(plan.placeholders, PLACEHOLDER_FLOOR);
}

/** Fewest words a trimmed filler sentence keeps (version 22). */
const TRIM_KEEP = 3;

/** Most names a response echoes (version 16). */
export const ECHO_MAX = 2;
/** Least word ceiling that leaves room for the echo: each name costs a sentence of about 8 words (and the echo is
 * left out under any sentence ceiling). */
export const ECHO_ROOM_WORDS = 120;

/** Equal up to ASCII letter case (a name is ASCII; C compares the same way). */
function asciiSame(a: string, b: string): boolean {
  const fold = (x: string) => x.replace(/[A-Z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 32));
  return fold(a) === fold(b);
}

/**
 * Names the prompt uses mid-sentence (an ASCII word of 3+ letters starting with a capital and holding a lowercase
 * letter, after a word, not after a sentence end, a colon, a quote or an opening bracket), at most ECHO_MAX distinct,
 * none of `taken`, in prompt order (version 16). A response that names what the prompt names is on its topic, and
 * prompts often ask for them without saying so ("a prophecy about the chosen one, Kethra").
 */
export function echoNames(t: Tokens, plan: Plan, taken: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < t.n && out.length < ECHO_MAX; i++) {
    if (t.kind[i] !== TK_WORD || t.start[i] < plan.taskStart || t.end[i] > plan.taskEnd) continue;
    const prev = t.kind[i - 1];
    if (prev === TK_NL || (prev === TK_PUNCT && '.?!:"\'<[('.includes(String.fromCharCode(t.byte[i - 1])))) continue;
    const a = t.start[i];
    const b = t.end[i];
    if (b - a < 3 || t.bytes[a] < 0x41 || t.bytes[a] > 0x5a) continue;
    let lower = false;
    let ascii = true;
    for (let j = a; j < b; j++) {
      const c = t.bytes[j];
      if (c >= 0x61 && c <= 0x7a) lower = true;
      else if (!(c >= 0x41 && c <= 0x5a)) ascii = false;
    }
    if (!lower || !ascii) continue;
    const w = dec.decode(t.bytes.subarray(a, b));
    if (taken.some((x) => asciiSame(x, w)) || out.some((x) => asciiSame(x, w))) continue;
    out.push(w);
  }
  return out;
}

// ---------------------------------------------------------------- composition

interface Knobs {
  fill: number;
  /** Words taken off the ends of part one's filler sentences (version 22), to land a word count a whole sentence
   * would overshoot. */
  trim: number;
  kwExtra: Map<string, number>;
  letterExtra: Map<string, number>;
  capBoost: number;
}

interface Ctx {
  r: Responder;
  plan: Plan;
  topic: string;
  titleText: string;
  fillers: string[];
  ok: (s: string) => boolean;
  prefixBullets: number;
  /** Names echoed from the prompt (echoNames), when the limits leave room. */
  echo: string[];
}

function jsonString(s: string): string {
  return JSON.stringify(s);
}

function highlight(s: string): string {
  const m = /^(.*\S)\s+(\S+\s+\S+?)([.!?\u0964\u3002]*)$/u.exec(s);
  if (m && m[1].length > 0) return `${m[1]} *${m[2]}*${m[3]}`;
  const m2 = /^(\S+)(.*?)([.!?\u0964\u3002]*)$/u.exec(s);
  if (m2 && m2[2].trim()) return `${m2[1]} *${m2[2].trim()}*${m2[3]}`;
  return `${s} *${s.replace(/[.!?]+$/, '')}*`;
}

/** A sentence without its last words (space-separated), down to TRIM_KEEP words, ASCII punctuation left at the cut
 * dropped ("a, b" -> "a"; letters and marks of any script kept), its closing marks (Urdu ۔ too) put back; takes what it
 * drops from the budget (version 22). */
function trimWords(s: string, budget: { n: number }): string {
  if (budget.n <= 0) return s;
  const words = s.split(' ');
  const d = Math.min(budget.n, words.length - TRIM_KEEP);
  if (d <= 0) return s;
  budget.n -= d;
  const end = /[.!?\u0964\u3002\u06d4]+$/u.exec(s)?.[0] ?? '';
  return words.slice(0, words.length - d).join(' ').replace(/[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+$/, '') + end;
}

function upWords(s: string, budget: { n: number }): string {
  if (budget.n <= 0) return s;
  return s.replace(/\b[A-Za-z]{3,}\b/g, (w) => {
    if (budget.n <= 0) return w;
    budget.n--;
    return w.toUpperCase();
  });
}

/** One draft for the given knobs. */
function render(c: Ctx, k: Knobs): string {
  const { plan, r } = c;
  const parts = plan.two ? 2 : 1;
  const blocks = Math.max(1, plan.parCount, plan.secCount);
  const capBudget = { n: k.capBoost };
  const trim = { n: k.trim };
  let fillIdx = 0;
  const nextFill = (offset: number) => c.fillers[(fillIdx++ + offset) % c.fillers.length];

  // Required sentences (go into part 1, spread over the blocks).
  const specials: string[] = [];
  if (plan.constrained) specials.push('My answer is maybe.');
  const kwTpl = r.groups.get(GROUP.KEYWORD)!;
  let kwi = 0;
  const kwSentence = (kw: string) => {
    for (let a = 0; a < kwTpl.length; a++) {
      const tpl = kwTpl[(kwi + a) % kwTpl.length];
      const s = tpl.replace('{K}', kw);
      if (c.ok(tpl.replace('{K}', '')) && !plan.lang) {
        kwi++;
        return s;
      }
    }
    return `${capFirst(kw)}.`;
  };
  for (const kw of plan.keywords) specials.push(kwSentence(kw));
  for (const kw of c.echo) specials.push(kwSentence(kw));
  for (const [kw, n] of k.kwExtra) for (let i = 0; i < n; i++) specials.push(kwSentence(kw));
  const ph = r.groups.get(GROUP.PLACEHOLDER)!;
  const phCount = placeholderCount(plan);
  for (let p = 0; p < phCount; p += 3) {
    const names: string[] = [];
    for (let q = p; q < Math.min(phCount, p + 3); q++) names.push(`[${q < ph.length ? ph[q] : `${ph[q % ph.length]} ${Math.floor(q / ph.length) + 1}`}]`);
    specials.push(plan.lang ? `${names.join(' ')}.` : `Fill in ${names.join(' and ')} here.`);
  }
  for (const [letter, n] of k.letterExtra) {
    const words = (r.groups.get(GROUP.LETTER_WORDS + letter.charCodeAt(0)) ?? [letter.repeat(3)]).slice();
    let left = n;
    let guard = 0;
    while (left > 0 && guard++ < 200) {
      const pick: string[] = [];
      for (let w = 0; w < 3 && left > 0; w++) {
        const word = words[(guard + w) % words.length];
        pick.push(word);
        left -= Math.max(1, countLetter(word, letter));
      }
      specials.push(plan.lang ? `${pick.join(' ')}.` : `Words like ${pick.join(' and ')} come to mind.`);
    }
  }

  const partTexts: string[] = [];
  for (let p = 0; p < parts; p++) {
    const offset = p * 7;
    const total = Math.max(blocks, p === 0 ? k.fill : Math.max(1, Math.ceil(k.fill / 2)));
    const sents: string[][] = Array.from({ length: blocks }, () => []);
    for (let i = 0; i < total; i++) {
      const f = nextFill(offset);
      sents[Math.floor((i * blocks) / total)].push(p === 0 ? trimWords(f, trim) : f);
    }
    if (p === 0) specials.forEach((s, i) => sents[i % blocks].splice(Math.min(1, sents[i % blocks].length), 0, s));
    // Highlights go on filler sentences, never at a line start.
    if (p === 0 && plan.highlights > 0) {
      let left = plan.highlights;
      for (let pass = 0; pass < 4 && left > 0; pass++) {
        for (const b of sents) {
          for (let i = 0; i < b.length && left > 0; i++) {
            if (b[i].includes('*') || b[i].includes('[')) continue;
            b[i] = highlight(b[i]);
            left--;
          }
        }
        if (left > 0) sents[sents.length - 1].push(highlight(nextFill(offset)));
      }
    }
    const blockTexts = sents.map((b, bi) => {
      let body = b.map((s) => upWords(s, capBudget)).join(' ');
      if (plan.nth && bi === plan.nth.n - 1) body = `${plan.lower ? plan.nth.word.toLowerCase() : capFirst(plan.nth.word)} ${plan.lang ? '' : 'is where this part begins. '}${body}`;
      if (p === 0 && bi === 0 && plan.bullets !== null) {
        const nb = Math.max(0, plan.bullets - c.prefixBullets);
        const bl: string[] = [];
        for (let i = 0; i < nb; i++) bl.push(`* ${nextFill(offset + 3)}`);
        if (bl.length) body = `${body}\n${bl.join('\n')}`;
      }
      if (plan.secMark) body = `${plan.secMark} ${bi + 1}\n${body}`;
      if (p === 0 && bi === 0 && plan.title && plan.nth && plan.nth.n === 1) body = `${body}\n<<${c.titleText}>>`;
      return body;
    });
    const sep = plan.parSep === 'stars' ? '\n\n***\n\n' : '\n\n';
    partTexts.push(blockTexts.join(sep));
  }
  let text = partTexts.join('\n\n******\n\n');
  if (plan.title && !(plan.nth && plan.nth.n === 1)) text = `<<${c.titleText}>>\n${text}`;
  const tight = plan.parCount > 0 || plan.nth !== null;
  if (plan.postscript) {
    const ps = c.fillers.find((s) => /thank|question|ask|hope/i.test(s)) ?? c.fillers[0];
    text += `${tight ? '\n' : '\n\n'}${plan.postscript} ${ps}`;
  }
  if (plan.endPhrase) text += `${tight ? ' ' : '\n\n'}${plan.endPhrase}`;
  if (plan.repeat) text = `${plan.repeat}\n\n${text}`;
  if (plan.upper) text = text.toUpperCase();
  else if (plan.lower) text = text.toLowerCase();
  if (plan.json) {
    const js = jsonString(text);
    text = plan.quote || plan.endPhrase ? js : `{"answer": ${js}}`;
  } else if (plan.quote) text = `"${text}"`;
  return text;
}

/** Builds the response for a detected plan. */
/**
 * The response for a plan. `exact` (version 22) aims a bounded word range at its lower end and lets the rounds shorten
 * filler sentences; the enforcer's fallback composes without it, as version 21 did: a composer that lands exact counts
 * replaced drafts that missed one by a word (more fallbacks, less retention, no strict gain on the development drafts).
 */
export function compose(r: Responder, plan: Plan, t: Tokens, exact = true): string {
  const forbid = plan.forbid.map((f) => f.toLowerCase()).filter(Boolean);
  const maxKw = [...plan.kwfreq].filter(([, rg]) => rg[1] < INF).map(([kw]) => kw);
  const tightLetters = [...plan.letters].filter(([, rg]) => rg[1] < 40).map(([l]) => l);
  const ok = (s: string) =>
    !forbid.some((f) => hasWord(s, f)) && !maxKw.some((kw) => countSub(s, kw) > 0) && !tightLetters.some((l) => countLetter(s, l) > 0);

  // Topic words, without anything the constraints forbid.
  // A prompt written in another language but answered in English: its words are no English topic.
  let words = plan.english || (plan.promptLang && !plan.lang) ? [] : extractTopic(r, t, plan).filter((w) => ok(w));
  if (plan.caps && plan.caps[1] < INF) words = words.map((w) => (/\p{Ll}/u.test(w) ? w : w.toLowerCase()));
  while (words.length && /^(of|for|on|about|the|a|an|and|or|to|in|with)$/i.test(words[words.length - 1])) words.pop();
  const topic = words.join(' ');

  let fillers: string[];
  if (plan.lang && r.passages.has(plan.lang)) {
    fillers = r.passages.get(plan.lang)!.filter(ok);
  } else {
    const tpl = r.groups.get(GROUP.SENTENCES)!;
    fillers = tpl.filter((s) => !s.includes('{T}') || topic).map((s) => s.replace('{T}', topic)).filter(ok);
    // Under a cap on all-capital words, the stock sentences' own ("A good place", "I'm") would count.
    if (plan.caps && plan.caps[1] < INF && !plan.upper && !plan.lower) fillers = fillers.map(lowerCapsRuns);
    for (const l of tightLetters) {
      const lip = r.groups.get(GROUP.LIPOGRAM + l.charCodeAt(0));
      if (lip) fillers = lip.filter(ok).concat(fillers);
    }
    if (plan.words && plan.words[1] < INF) {
      const perSentence = plan.words[1] / Math.max(1, plan.sents ? plan.sents[0] : 3);
      if (perSentence < 9) fillers = fillers.slice().sort((a, b) => countWords(a) - countWords(b) || (a < b ? -1 : 1));
    }
  }
  if (fillers.length === 0) fillers = ['Thank you.'];
  const titleWords = plan.lang ? (fillers[0] ?? '').replace(/[.!?\u0964\u3002]+$/u, '').split(/\s+/).slice(0, 3) : words.slice(0, 6).map(capFirst);
  const titleText = titleWords.filter(Boolean).join(' ') || 'A Short Answer';
  const prefixBullets = plan.repeat ? (plan.repeat.match(/^\s*[*-][^*]/gm) ?? []).length : 0;
  // Names the prompt uses, echoed in English answers with room to spare: a few more words and sentences.
  const roomy = !plan.lang && !plan.constrained && !plan.english && !plan.promptLang && (!plan.words || plan.words[1] >= ECHO_ROOM_WORDS) && (!plan.sents || plan.sents[1] === INF);
  const echo = roomy ? echoNames(t, plan, [...words, ...plan.keywords, ...plan.kwfreq.keys()]).filter((w) => ok(w)) : [];
  const c: Ctx = { r, plan, topic, titleText, fillers, ok, prefixBullets, echo };

  // Initial knobs.
  const blocks = Math.max(1, plan.parCount, plan.secCount) * (plan.two ? 2 : 1);
  let fill = 4;
  if (plan.words) fill = Math.max(1, Math.ceil(Math.min(plan.words[0] || 40, 4000) / 9));
  if (plan.sents) fill = Math.max(1, plan.sents[1] < INF ? Math.min(plan.sents[1], Math.max(plan.sents[0], fill)) : Math.max(plan.sents[0], fill));
  fill = Math.max(fill, blocks > 1 ? Math.ceil(blocks / (plan.two ? 2 : 1)) : 1, plan.highlights);
  const k: Knobs = { fill, trim: 0, kwExtra: new Map(), letterExtra: new Map(), capBoost: 0 };
  if (plan.caps && !plan.upper && !plan.lower) k.capBoost = plan.caps[0];

  // A bounded word range is aimed at its lower end (version 22): inside the range, and when the count was read without a
  // relation ("a 100-word ad", "it caps notes at 79 words": about N, the range [N, N + N/20]) exactly N words satisfy
  // both "at least N" and "at most N", whichever the writer meant.
  const aim: Range | null = exact && plan.words && plan.words[0] > 0 && plan.words[1] < INF ? [plan.words[0], plan.words[0]] : plan.words;
  let best = render(c, k);
  let bestScore = -1;
  // The most fill seen under the aim (untrimmed) and the least seen over it: with `exact` the rounds close in between
  // them instead of bouncing across a target narrower than a sentence, and trim at the fill just above the first.
  let lowFill = 0;
  let highFill = INF;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const text = render(c, k);
    const w = countWords(text);
    const s = countSentences(text);
    let score = 0;
    let changed = false;
    if (aim && !inRange(w, aim)) {
      const avg = Math.max(3, w / Math.max(1, s));
      const over = w > aim[1];
      if (exact && over) highFill = Math.min(highFill, k.fill);
      else if (exact && k.trim === 0) lowFill = Math.max(lowFill, k.fill);
      if (exact && over && (w - aim[1] < avg || k.fill - 1 <= lowFill)) {
        // Less than a sentence over, or one sentence fewer was under: shorten sentences rather than drop one.
        k.trim += w - aim[1];
        changed = true;
      } else if (!over && k.trim > 0) {
        k.trim = Math.max(0, k.trim - (aim[0] - w));
        changed = true;
      } else {
        const step = !over ? Math.ceil((aim[0] - w) / avg) : -Math.ceil((w - aim[1]) / avg);
        let nf = Math.max(1, k.fill + step);
        if (exact) nf = over ? Math.max(nf, lowFill + 1) : Math.min(nf, highFill);
        if (nf !== k.fill) {
          k.fill = nf;
          changed = true;
        }
      }
    }
    if (!plan.words || inRange(w, plan.words)) score++;
    if (plan.sents && !inRange(s, plan.sents)) {
      const target = plan.sents[0] > s ? plan.sents[0] : Math.min(plan.sents[1], plan.sents[0] > 0 ? plan.sents[0] : plan.sents[1]);
      const nf = Math.max(1, k.fill + (target - s));
      if (nf !== k.fill) {
        k.fill = nf;
        changed = true;
      }
    } else score++;
    for (const [kw, rg] of plan.kwfreq) {
      const n = countSub(text, kw);
      if (n < rg[0]) {
        k.kwExtra.set(kw, (k.kwExtra.get(kw) ?? 0) + (rg[0] - n));
        changed = true;
      } else score++;
    }
    for (const kw of plan.keywords) if (countSub(text, kw) > 0) score++;
    for (const [l, rg] of plan.letters) {
      const n = countLetter(text, l);
      if (n < rg[0]) {
        k.letterExtra.set(l, (k.letterExtra.get(l) ?? 0) + (rg[0] - n));
        changed = true;
      } else if (n <= rg[1]) score++;
    }
    if (plan.caps && !plan.upper && !plan.lower) {
      const n = countCaps(text);
      if (n < plan.caps[0]) {
        k.capBoost += plan.caps[0] - n;
        changed = true;
      } else if (n > plan.caps[1] && k.capBoost > 0) {
        k.capBoost = Math.max(0, k.capBoost - (n - plan.caps[1]));
        changed = true;
      } else score++;
    }
    if (score > bestScore) {
      bestScore = score;
      best = text;
    }
    if (!changed) return text;
  }
  return best;
}
