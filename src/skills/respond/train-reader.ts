// Trains the instruction reader (reader.ts) and writes reader-weights.ts: a one-vs-rest averaged perceptron per
// official instruction id over hashed clause features, integer weights clamped to int8, fixed epochs and a
// seeded shuffle, so the same data gives the same bytes. Weak labels (docs/ifeval-respond.md "Instruction
// reader"): a clause is positive for an id when one of the id's string kwargs (keyword, end phrase, marker...)
// starts in it (its last occurrence in the prompt), else when a pattern of the id's family matched in it;
// an id of the prompt that neither locates is left out of that prompt's rows. Plus one clause per pattern
// of tables.ts spelled out with sample slot values. Data: the official 541 ($ENGRAM_DATA_DIR/ifeval),
// data/ifeval-unseen{,-2,-3}/{dev,frozen}.jsonl, data/ifeval-unseen-{4,5,8,9,10,12,...,31}/frozen.jsonl (each frozen file was scored once,
// blind, and is development data since), data/ifeval-unseen-{6,7}/dev.jsonl, the phrasing banks
// data/ifeval-phrasings-{1,2}/dev.jsonl (version 21: one constraint per prompt, many wordings per id) and the in-repo held-out/paraphrase sets. A frozen
// set not yet scored is never read here; frozen-11 is kept out as a check on how the reader carries to sets it never read.
// `node --import tsx src/skills/respond/train-reader.ts [--check]` (--check: fail if the file would change).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../io/atomic-write.ts';
import { assertOutputsSafe } from '../../io/output-guard.ts';
import { readInputs } from '../ifeval/io.ts';
import type { InputExample } from '../ifeval/types.ts';
import { tokenKeys } from './match-index.ts';
import { clauseFeatures, clauses, READER_IDS, READER_LOG2, type Clause } from './reader.ts';
import { IfevalResponder } from './respond.ts';
import { KW_CUE, PATTERNS, type Family } from './tables.ts';
import { tokenize, type Tokens } from './tokenize.ts';

const EPOCHS = 12;
const MARGIN = 16;
const SEED = 13;
const WMAX = 127;

/** The instruction id a pattern family reads (IGNORE: none). */
const FAMILY_ID: Partial<Record<Family, string>> = {
  UPPER: 'change_case:english_capital', CAPFREQ: 'change_case:capital_word_frequency', LOWER: 'change_case:english_lowercase',
  WORDS: 'length_constraints:number_words', SENTS: 'length_constraints:number_sentences', PARCOUNT: 'length_constraints:number_paragraphs',
  STARDIV: 'length_constraints:number_paragraphs', NLSEP: 'length_constraints:number_paragraphs', SECCOUNT: 'detectable_format:multiple_sections',
  SECMARK: 'detectable_format:multiple_sections', NTHFIRST: 'length_constraints:nth_paragraph_first_word', FORBID: 'keywords:forbidden_words',
  KWFREQ: 'keywords:frequency', KEYWORDS: 'keywords:existence', LETTER: 'keywords:letter_frequency', BULLETS: 'detectable_format:number_bullet_lists',
  HIGHLIGHT: 'detectable_format:number_highlighted_sections', TITLE: 'detectable_format:title', PLACEHOLDER: 'detectable_content:number_placeholders',
  POSTSCRIPT: 'detectable_content:postscript', JSON: 'detectable_format:json_format', QUOTE: 'startend:quotation', ENDPHRASE: 'startend:end_checker',
  REPEAT: 'combination:repeat_prompt', TWO: 'combination:two_responses', CONSTRAINED: 'detectable_format:constrained_response',
  NOCOMMA: 'punctuation:no_comma', LANG: 'language:response_language',
};
/** kwargs whose string value is written in the prompt and locates its instruction. */
const STRING_KWARGS = ['keywords', 'forbidden_words', 'keyword', 'end_phrase', 'postscript_marker', 'section_spliter', 'first_word'];

/** One training row: a clause's feature buckets and, per class, +1 / -1 / 0 (left out). */
interface Row {
  feats: number[];
  y: Int8Array;
}

const enc = new TextEncoder();
const K = READER_IDS.length;

function featsOf(t: Tokens, c: Clause): number[] {
  const out: number[] = [];
  clauseFeatures(t, c, (b) => out.push(b));
  return out;
}

/** The clause holding byte offset `at`, or -1. */
function clauseAt(t: Tokens, cs: Clause[], at: number): number {
  for (let k = 0; k < cs.length; k++) if (t.start[cs[k].start] <= at && at < t.end[cs[k].end - 1]) return k;
  return -1;
}

function promptRows(resp: IfevalResponder, ex: InputExample): Row[] {
  const bytes = enc.encode(ex.prompt);
  const t = tokenize(bytes);
  const cs = clauses(t);
  const keys = tokenKeys(resp.detector.index, t);
  const ms = resp.detector.matches(t, keys, new Uint8Array(t.n));
  const rep = resp.detector.matches(t, keys, new Uint8Array(t.n), 'REPEAT');
  const rows: Row[] = cs.map((c) => ({ feats: featsOf(t, c), y: new Int8Array(K).fill(-1) }));
  const lower = ex.prompt.toLowerCase();
  ex.instruction_id_list.forEach((id, j) => {
    const k = READER_IDS.indexOf(id as (typeof READER_IDS)[number]);
    if (k < 0) return;
    const at = new Set<number>();
    const kw = (ex.kwargs[j] ?? {}) as Record<string, unknown>;
    for (const name of STRING_KWARGS) {
      const v = kw[name];
      for (const s of Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]) {
        if (typeof s !== 'string' || !s.trim()) continue;
        const i = lower.lastIndexOf(s.toLowerCase());
        if (i < 0) continue;
        const c = clauseAt(t, cs, Buffer.byteLength(ex.prompt.slice(0, i)));
        if (c >= 0) at.add(c);
      }
    }
    if (at.size === 0) {
      for (const m of [...ms, ...rep]) {
        if (FAMILY_ID[m.family] !== id || m.start >= t.n) continue;
        const c = clauseAt(t, cs, t.start[m.start]);
        if (c >= 0) at.add(c);
      }
    }
    for (let c = 0; c < rows.length; c++) rows[c].y[k] = at.size === 0 ? 0 : at.has(c) ? 1 : rows[c].y[k] === 1 ? 1 : -1;
  });
  return rows;
}

/** xorshift32: the seeded order of rows and of pattern spellings. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

const SLOT_TEXT: Record<string, string> = {
  '{REL}': 'at least', '{N}': '3', '{NT}': 'twice', '{ORD}': 'second', '{Q}': '"word"', '{QL}': '"alpha" and "beta"',
  '{L}': '"q"', '{W}': 'word', '{PH}': '"phrase here"', '{PHB}': 'phrase here', '{PHC}': 'GO TEAM', '{LANG}': 'Spanish', '{S6}': '******', '{S3}': '***',
};

/** One spelling of a pattern (alternatives and optional elements chosen by the seeded generator). */
function spell(pattern: string, next: () => number): string {
  const words: string[] = [];
  for (let e of pattern.trim().split(/\s+/)) {
    if (e.endsWith('?') && e.length > 1) {
      if (next() & 1) continue;
      e = e.slice(0, -1);
    }
    if (e.startsWith('..')) continue;
    if (SLOT_TEXT[e]) words.push(SLOT_TEXT[e]);
    else if (e.includes('|')) {
      const alts = e.split('|');
      words.push(alts[next() % alts.length]);
    } else words.push(e);
  }
  return words.join(' ');
}

/** Two spellings of every pattern. */
function patternRows(next: () => number): Row[] {
  const rows: Row[] = [];
  for (const p of PATTERNS) {
    const id = FAMILY_ID[p.family];
    if (!id) continue;
    const k = READER_IDS.indexOf(id as (typeof READER_IDS)[number]);
    for (let v = 0; v < 2; v++) {
      const t = tokenize(enc.encode(spell(p.pattern, next)));
      const y = new Int8Array(K).fill(-1);
      y[k] = 1;
      rows.push({ feats: featsOf(t, { start: 0, end: t.n }), y });
    }
  }
  return rows;
}

/** Generic nouns for the generated keyword clauses (none from any test prompt). */
const SAMPLE_NOUNS = ['apples', 'budget', 'weather', 'river', 'safety', 'deadline', 'history', 'music', 'gardens', 'coffee', 'trains', 'lanterns', 'parking permit', 'fire drill', 'bus timetable', 'school trip'];
const KW_LEADS = ['', 'also', 'please', 'make sure to', 'be sure to', 'remember to', 'you should', 'and'];
const KW_TAILS = ['', 'somewhere', 'in the text', 'because it matters', 'since it is important', 'too', 'at some point'];
const KW_BE = ['is in there', 'is in it', 'appears', 'shows up', 'must be in there', 'should appear', 'is included', 'gets used'];

/** Keyword clauses spelled from the extractor's cue table (tables.ts KW_CUE): "<lead> <cue> <det> <noun> <tail>",
 * and "the word/name/term <noun> <be>" with and without quotes; labelled keywords:existence only. */
function cueRows(next: () => number): Row[] {
  const rows: Row[] = [];
  const k = READER_IDS.indexOf('keywords:existence');
  const pick = <T>(a: readonly T[]): T => a[next() % a.length];
  const row = (text: string) => {
    const t = tokenize(enc.encode(text));
    const y = new Int8Array(K).fill(-1);
    y[k] = 1;
    rows.push({ feats: featsOf(t, { start: 0, end: t.n }), y });
  };
  for (const cue of KW_CUE) {
    for (let v = 0; v < CUE_ROWS; v++) {
      const particle = cue === 'bring' ? 'up' : cue === 'talk' || cue === 'touch' ? pick(['about', 'on']) : pick(['', 'the', 'my', 'our']);
      row([pick(KW_LEADS), cue, particle, pick(SAMPLE_NOUNS), pick(KW_TAILS)].filter(Boolean).join(' '));
    }
  }
  const phrased: string[] = [];
  for (let v = 0; v < 24; v++) {
    const noun = pick(SAMPLE_NOUNS);
    const named = v % 2 ? `"${noun}"` : noun;
    phrased.push([pick(['make sure', 'check that', '', 'and make sure']), 'the', pick(['word', 'name', 'term']), named, pick(KW_BE)].filter(Boolean).join(' '));
    phrased.push([pick(['make sure', 'be sure', '']), `"${noun}"`, pick(KW_BE)].filter(Boolean).join(' '));
  }
  for (const p of phrased) row(p);
  // A keyword request is often the last part of a sentence that asks for other things first ("..., three
  // paragraphs, and make sure the word X is in it"): the same clauses after a spelled pattern of another
  // family, labelled with both ids.
  const others = PATTERNS.filter((p) => FAMILY_ID[p.family] && !KW_FAMILIES.has(p.family));
  for (let v = 0; v < COMPOUND_ROWS; v++) {
    const p = others[next() % others.length];
    const text = `${spell(p.pattern, next)}, and ${phrased[next() % phrased.length].replace(/^and /, '')}`;
    const t = tokenize(enc.encode(text));
    const y = new Int8Array(K).fill(-1);
    y[k] = 1;
    y[READER_IDS.indexOf(FAMILY_ID[p.family] as (typeof READER_IDS)[number])] = 1;
    rows.push({ feats: featsOf(t, { start: 0, end: t.n }), y });
  }
  return rows;
}

/** Families whose clauses name words themselves (a compound row must not mix them with a keyword request). */
const KW_FAMILIES = new Set<Family>(['KEYWORDS', 'KWFREQ', 'FORBID', 'LETTER', 'ENDPHRASE', 'NTHFIRST', 'SECMARK', 'POSTSCRIPT']);
/** Generated clauses per keyword cue. */
const CUE_ROWS = 6;
/** Generated compound keyword clauses. */
const COMPOUND_ROWS = 384;

export interface Trained {
  bias: Int32Array;
  weights: Int8Array;
  rows: number;
}

export function train(sets: InputExample[][]): Trained {
  const resp = IfevalResponder.builtIn();
  const next = rng(SEED);
  const rows: Row[] = [];
  for (const set of sets) for (const ex of set) rows.push(...promptRows(resp, ex));
  rows.push(...patternRows(next));
  rows.push(...cueRows(next));
  const B = 1 << READER_LOG2;
  const w = new Int32Array(K * B);
  const bias = new Int32Array(K);
  // Averaged perceptron (version 19): the weights written are the mean of the weights over every step, which is far
  // less moved by the order of the rows than the last step's (a new pattern row used to swap the reader's verdict on
  // a dozen weakly scored clauses). Each weight's running sum is brought up to date when it changes (sum += value x
  // steps since its last change) and once at the end; all in exact integers (below 2^53).
  const wSum = new Float64Array(K * B);
  const wLast = new Float64Array(K * B);
  const bSum = new Float64Array(K);
  const bLast = new Float64Array(K);
  let step = 0;
  const order = rows.map((_, i) => i);
  for (let ep = 0; ep < EPOCHS; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = next() % (i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const ri of order) {
      const row = rows[ri];
      step++;
      for (let k = 0; k < K; k++) {
        const y = row.y[k];
        if (y === 0) continue;
        let s = bias[k];
        for (const b of row.feats) s += w[k * B + b];
        if (y * s > MARGIN) continue;
        bSum[k] += bias[k] * (step - bLast[k]);
        bLast[k] = step;
        bias[k] += y;
        for (const b of row.feats) {
          const at = k * B + b;
          wSum[at] += w[at] * (step - wLast[at]);
          wLast[at] = step;
          w[at] = Math.max(-WMAX, Math.min(WMAX, w[at] + y));
        }
      }
    }
  }
  const mean = (sum: number, value: number, last: number) => Math.round((sum + value * (step - last)) / step);
  const avgW = new Int8Array(K * B);
  for (let i = 0; i < K * B; i++) avgW[i] = mean(wSum[i], w[i], wLast[i]);
  const avgB = new Int32Array(K);
  for (let k = 0; k < K; k++) avgB[k] = mean(bSum[k], bias[k], bLast[k]);
  return { bias: avgB, weights: avgW, rows: rows.length };
}

/** The development sets the reader is trained on. */
export function trainingSets(dataDir: string, root: string): InputExample[][] {
  const quiet = () => {};
  return [
    readInputs(join(dataDir, 'ifeval', 'input_data.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen/dev.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen/frozen.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen-2/dev.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen-2/frozen.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen-3/dev.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen-3/frozen.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen-4/frozen.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen-5/frozen.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen-6/dev.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen-7/dev.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen-8/frozen.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen-9/frozen.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen-10/frozen.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen-12/frozen.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen-13/frozen.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen-14/frozen.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen-15/frozen.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen-16/frozen.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen-17/frozen.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen-18/frozen.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen-19/frozen.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen-20/frozen.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen-21/frozen.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen-22/frozen.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen-23/frozen.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen-24/frozen.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen-25/frozen.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen-26/frozen.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen-27/frozen.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen-28/frozen.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen-29/frozen.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen-30/frozen.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-unseen-31/frozen.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-phrasings-1/dev.jsonl'), quiet),
    readInputs(join(root, 'data/ifeval-phrasings-2/dev.jsonl'), quiet),
    readInputs(join(root, 'src/skills/respond/heldout-a.jsonl'), quiet),
    readInputs(join(root, 'src/skills/respond/heldout-b.jsonl'), quiet),
    readInputs(join(root, 'src/skills/respond/paraphrases.jsonl'), quiet),
  ];
}

export function weightsSource(tr: Trained): string {
  const b64 = Buffer.from(tr.weights.buffer, tr.weights.byteOffset, tr.weights.length).toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 120) lines.push(`  '${b64.slice(i, i + 120)}'`);
  return [
    '// Generated by src/skills/respond/train-reader.ts: do not edit. The instruction reader\'s weights',
    '// (reader.ts, RCLS): per class of READER_IDS a bias and 2^READER_LOG2 int8 weights, base64.',
    `export const READER_BIAS: number[] = [${Array.from(tr.bias).join(', ')}];`,
    `export const READER_WEIGHTS =\n${lines.join(' +\n')};`,
    '',
  ].join('\n');
}

function main(argv: string[]): void {
  const dataDir = process.env.ENGRAM_DATA_DIR;
  if (!dataDir) throw new Error('ENGRAM_DATA_DIR must name the data folder (ifeval/input_data.jsonl)');
  const root = process.cwd();
  const out = join(root, 'src/skills/respond/reader-weights.ts');
  const tr = train(trainingSets(dataDir, root));
  const src = weightsSource(tr);
  process.stdout.write(`reader: ${tr.rows} clause rows, ${K} classes, ${1 << READER_LOG2} buckets\n`);
  if (argv.includes('--check')) {
    if (readFileSync(out, 'utf8') !== src) throw new Error('reader-weights.ts is not what train-reader.ts makes: rerun it');
    return;
  }
  assertOutputsSafe([out], []);
  writeFileAtomic(out, src);
}

if (process.argv[1] && process.argv[1].endsWith('train-reader.ts')) main(process.argv.slice(2));
