// Token features of the slot tagger and query features of the intent classifier, as u32 hashes
// (docs/format.md §7.3). The same functions serve training and the runtime, so the features the
// trainer weighted are exactly those the artifact scores. A feature's bucket is hash AND (2^bits - 1).
import { featureHash, FNV_OFFSET } from '../../text/hash.ts';
import { gazKey, MAX_GAZ_SPAN, phraseHash, type Gazetteer } from './gazetteer.ts';
import { capitalRuns, grammarMarks } from './grammar.ts';
import { FLAG_CAPS, FLAG_GRAMMAR, FLAG_INTENT_CLASSES } from './model.ts';
import { hashCp, hashCps, lowerCp, type Token } from './tokenize.ts';

/** Tagger feature namespaces (u8). Bit INTENT_NS marks the intent-conjoined copy of a feature. */
export const NS = {
  BIAS: 1, W0: 2, WM1: 3, WP1: 4, WM2: 5, WP2: 6, BIM1: 7, BIP1: 8, PRE2: 9, PRE3: 10, SUF2: 11, SUF3: 12,
  SUF4: 13, SHAPE0: 14, SHAPEM1: 15, SHAPEP1: 16, LEX0: 17, LEXM1: 18, LEXP1: 19, GAZ: 20, POS: 21,
  GRAM: 22, GRAMM1: 23, GRAMP1: 24, CAP: 25,
  INT_UNI: 40, INT_BI: 41, INT_GAZ: 42, INT_CLS: 43,
} as const;
export const INTENT_NS = 0x80;
/** Sentinel token hashes before the first and after the last token. */
export const BOS = 0x626f73;
export const EOS = 0x656f73;
/** Longest shape kept, in classes. */
const MAX_SHAPE = 6;
/** Gazetteer position codes: single-token match, begin, inside, last. */
const GAZ_U = 1;
const GAZ_B = 2;
const GAZ_I = 3;
const GAZ_L = 4;

export interface FeatureContext {
  lexicon: (hash: number) => number;
  gazetteer: Gazetteer;
  /** Slot ids the gazetteer is asked about (the intent's slots). */
  slotIds: readonly number[];
  /** Intent id for the intent-conjoined features. */
  intentId: number;
  /** Namespaces that also fire conjoined with the intent. */
  intentNs: ReadonlySet<number>;
  /** Model feature flags (FLAG_GRAMMAR, FLAG_CAPS switch the optional token features on). */
  flags?: number;
}

/** Word shape: X upper, x lower, d digit, u other non-ASCII, punctuation as itself; runs collapsed. */
export function shapeHash(cps: number[]): number {
  let h = FNV_OFFSET;
  let last = -1;
  let n = 0;
  for (const cp of cps) {
    const c = cp >= 0x41 && cp <= 0x5a ? 0x58 : cp >= 0x61 && cp <= 0x7a ? 0x78 : cp >= 0x30 && cp <= 0x39 ? 0x64 : cp >= 0x80 ? 0x75 : cp;
    if (c === last) continue;
    if (n === MAX_SHAPE) break;
    h = hashCp(h, c);
    last = c;
    n++;
  }
  return h >>> 0;
}

function affix(cps: number[], k: number, suffix: boolean): number {
  const n = cps.length;
  if (n <= k) return hashCps(cps);
  return suffix ? hashCps(cps, n - k, n) : hashCps(cps, 0, k);
}

/** Per-token gazetteer feature hashes (deduplicated), for every match of a slot in ctx.slotIds. */
function gazetteerFeatures(tokens: Token[], ctx: FeatureContext, labels?: string[][]): number[][] {
  const out: number[][] = tokens.map(() => []);
  for (let i = 0; i < tokens.length; i++) {
    for (let j = i + 1; j <= tokens.length && j - i <= MAX_GAZ_SPAN; j++) {
      const ph = phraseHash(tokens, i, j);
      for (const s of ctx.slotIds) {
        if (!ctx.gazetteer.has(gazKey(s, ph))) continue;
        for (let k = i; k < j; k++) {
          const code = j - i === 1 ? GAZ_U : k === i ? GAZ_B : k === j - 1 ? GAZ_L : GAZ_I;
          const f = featureHash(NS.GAZ, s, code);
          if (out[k].includes(f)) continue;
          out[k].push(f);
          labels?.[k].push(`gaz[${'?UBIL'[code]}:slot ${s}]`);
        }
      }
    }
  }
  return out;
}

const NS_NAME: Record<number, string> = Object.fromEntries(Object.entries(NS).map(([k, v]) => [v, k.toLowerCase()]));
const text = (t: Token | undefined) => (t ? String.fromCodePoint(...t.cps) : '');

/**
 * Feature hashes of every token (features within a token in a fixed order; see §7.3). When `labels`
 * is given, it receives a readable name for every feature, in the same order (for explanations).
 */
export function tokenFeatures(tokens: Token[], ctx: FeatureContext, labels?: string[][]): number[][] {
  const n = tokens.length;
  const w = (i: number) => (i < 0 ? BOS : i >= n ? EOS : tokens[i].hash);
  const shape = tokens.map((t) => shapeHash(t.cps));
  const sh = (i: number) => (i < 0 ? BOS : i >= n ? EOS : shape[i]);
  const lex = tokens.map((t) => ctx.lexicon(t.hash));
  const lx = (i: number) => (i < 0 || i >= n ? 0xff : lex[i]);
  const gazLabels: string[][] | undefined = labels ? tokens.map(() => []) : undefined;
  const gaz = gazetteerFeatures(tokens, ctx, gazLabels);
  const flags = ctx.flags ?? 0;
  const gram = flags & FLAG_GRAMMAR ? grammarMarks(tokens) : undefined;
  const gb = (i: number) => (i < 0 ? BOS : i >= n ? EOS : gram![i].bits);
  const caps = flags & FLAG_CAPS ? capitalRuns(tokens) : undefined;
  const all: number[][] = [];
  for (let i = 0; i < n; i++) {
    const lower = tokens[i].cps.map(lowerCp);
    const f: number[] = [];
    const lab: string[] = [];
    const tx = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : text(tokens[k]).toLowerCase());
    const cps = (k: number, from: number, to: number) => String.fromCodePoint(...lower.slice(Math.max(0, from), to));
    const L = lower.length;
    const desc: Record<number, () => string> = {
      [NS.BIAS]: () => '',
      [NS.W0]: () => tx(i), [NS.WM1]: () => tx(i - 1), [NS.WP1]: () => tx(i + 1), [NS.WM2]: () => tx(i - 2), [NS.WP2]: () => tx(i + 2),
      [NS.BIM1]: () => `${tx(i - 1)} ${tx(i)}`, [NS.BIP1]: () => `${tx(i)} ${tx(i + 1)}`,
      [NS.PRE2]: () => cps(i, 0, 2), [NS.PRE3]: () => cps(i, 0, 3),
      [NS.SUF2]: () => cps(i, L - 2, L), [NS.SUF3]: () => cps(i, L - 3, L), [NS.SUF4]: () => cps(i, L - 4, L),
      [NS.SHAPE0]: () => '', [NS.SHAPEM1]: () => '', [NS.SHAPEP1]: () => '',
      [NS.LEX0]: () => String(lx(i)), [NS.LEXM1]: () => String(lx(i - 1)), [NS.LEXP1]: () => String(lx(i + 1)), [NS.POS]: () => '',
      [NS.GRAM]: () => (gram ? `${gram[i].bits}/${gram[i].begins}` : ''), [NS.GRAMM1]: () => `${gb(i - 1)} ${gb(i)}`, [NS.GRAMP1]: () => `${gb(i)} ${gb(i + 1)}`,
      [NS.CAP]: () => String(caps?.[i] ?? 0),
    };
    const add = (ns: number, a: number, b: number) => {
      f.push(featureHash(ns, a, b));
      const d = labels ? `${NS_NAME[ns]}=${desc[ns]()}` : '';
      if (labels) lab.push(d);
      if (ctx.intentNs.has(ns)) {
        f.push(featureHash(ns | INTENT_NS, a, (b ^ Math.imul(ctx.intentId + 1, 0x9e3779b1)) >>> 0));
        if (labels) lab.push(`intent*${d}`);
      }
    };
    add(NS.BIAS, 0, 0);
    add(NS.W0, w(i), 0);
    add(NS.WM1, w(i - 1), 0);
    add(NS.WP1, w(i + 1), 0);
    add(NS.WM2, w(i - 2), 0);
    add(NS.WP2, w(i + 2), 0);
    add(NS.BIM1, w(i - 1), w(i));
    add(NS.BIP1, w(i), w(i + 1));
    add(NS.PRE2, affix(lower, 2, false), 0);
    add(NS.PRE3, affix(lower, 3, false), 0);
    add(NS.SUF2, affix(lower, 2, true), 0);
    add(NS.SUF3, affix(lower, 3, true), 0);
    add(NS.SUF4, affix(lower, 4, true), 0);
    add(NS.SHAPE0, sh(i), 0);
    add(NS.SHAPEM1, sh(i - 1), sh(i));
    add(NS.SHAPEP1, sh(i), sh(i + 1));
    if (lx(i) !== 0) add(NS.LEX0, lx(i), 0);
    add(NS.LEXM1, lx(i - 1), 0);
    add(NS.LEXP1, lx(i + 1), 0);
    add(NS.POS, i === 0 ? 1 : i === n - 1 ? 2 : 0, 0);
    if (gram) {
      // One feature per class with "span starts here" (B) or not (I), then the class pairs around.
      for (let c = 1; c <= 0x40; c <<= 1) if (gram[i].bits & c) add(NS.GRAM, c, gram[i].begins & c ? 1 : 2);
      add(NS.GRAMM1, gb(i - 1), gb(i));
      add(NS.GRAMP1, gb(i), gb(i + 1));
    }
    if (caps) add(NS.CAP, caps[i], 0);
    for (const g of gaz[i]) f.push(g);
    if (labels) labels.push([...lab, ...gazLabels![i]]);
    all.push(f);
  }
  return all;
}

/**
 * Intent classifier features: lowered unigrams and bigrams with sentence boundaries, then one feature
 * per slot (in increasing id) that has a gazetteer match of 2+ tokens anywhere in the query ("a known
 * movie name is here" separates screening searches from creative-work searches). `slotCount` 0 = none.
 */
export function intentFeatures(tokens: Token[], gazetteer?: Gazetteer, slotCount = 0, flags = 0): number[] {
  const f: number[] = [];
  let prev = BOS;
  for (const t of tokens) {
    f.push(featureHash(NS.INT_UNI, t.hash, 0));
    f.push(featureHash(NS.INT_BI, prev, t.hash));
    prev = t.hash;
  }
  f.push(featureHash(NS.INT_BI, prev, EOS));
  if (flags & FLAG_INTENT_CLASSES) {
    // Word classes stand in for words never seen: "a capitalised run after 'the'", "a date here".
    const caps = capitalRuns(tokens);
    const gram = grammarMarks(tokens);
    let pc = BOS;
    for (let i = 0; i < tokens.length; i++) {
      const c = caps[i] ? caps[i] : gram[i].bits ? 0x100 | gram[i].bits : tokens[i].hash;
      f.push(featureHash(NS.INT_CLS, pc, c));
      pc = c;
    }
    f.push(featureHash(NS.INT_CLS, pc, EOS));
  }
  if (gazetteer && slotCount > 0) {
    for (let s = 0; s < slotCount; s++) {
      let hit = false;
      for (let i = 0; i < tokens.length && !hit; i++) {
        for (let j = i + MIN_INTENT_GAZ_SPAN; j <= tokens.length && j - i <= MAX_GAZ_SPAN && !hit; j++) hit = gazetteer.has(gazKey(s, phraseHash(tokens, i, j)));
      }
      if (hit) f.push(featureHash(NS.INT_GAZ, s, 0));
    }
  }
  return f;
}

/** Shortest gazetteer match (tokens) that counts for the intent: single words are too ambiguous. */
export const MIN_INTENT_GAZ_SPAN = 2;
