// A port of NLTK's PunktSentenceTokenizer (Kiss & Strunk 2006) as NLTK 3.9 applies a trained model:
// word tokenization, first-pass annotation (sentence breaks, abbreviations, ellipses), second-pass
// token-based reclassification (collocations, orthographic heuristic, frequent sentence starters,
// initials and ordinals), candidate contexts, slices and boundary realignment. Only tokenization is
// ported, not training. IFEval counts sentences with it and feeds its sentences to the word tokenizer.
import type { PunktParameters } from './punkt-params.ts';
import { ALPHA, D, NS, S, pyLower, pyRstrip, pyStrip } from './py.ts';

// Orthographic context flags, as stored in ortho_context.tab.
const ORTHO_BEG_UC = 1 << 1;
const ORTHO_MID_UC = 1 << 2;
const ORTHO_UNK_UC = 1 << 3;
const ORTHO_BEG_LC = 1 << 4;
const ORTHO_MID_LC = 1 << 5;
const ORTHO_UNK_LC = 1 << 6;
const ORTHO_UC = ORTHO_BEG_UC | ORTHO_MID_UC | ORTHO_UNK_UC;
const ORTHO_LC = ORTHO_BEG_LC | ORTHO_MID_LC | ORTHO_UNK_LC;

const SENT_END_CHARS = new Set(['.', '?', '!']);
const PUNCTUATION = new Set([';', ':', ',', '.', '!', '?']);

// PunktLanguageVars regexes, with Python's Unicode \s/\S spelled out.
const NON_WORD = `(?:[)";}\\]*:@'({\\[?!])`;
const MULTI_CHAR = `(?:-{2,}|\\.{2,}|(?:\\.${S}){2,}\\.)`;
const WORD_START = `[^("\`{\\[:;&#*@)}\\]\\-,]`;
// Lines never contain "\n" here, so Python's `$` is simply the end of the line.
const WORD_TOKENIZER = new RegExp(
  `${MULTI_CHAR}|(?=${WORD_START})${NS}+?(?=${S}|$|${NON_WORD}|${MULTI_CHAR}|,(?=$|${S}|${NON_WORD}|${MULTI_CHAR}))|${NS}`,
  'gu',
);
const PERIOD_CONTEXT = new RegExp(`[.?!](?=(?<after>${NON_WORD}|${S}+(?<next>${NS}+)))`, 'gu');
// Python's `$` under MULTILINE is before any "\n" or at the end.
const BOUNDARY_REALIGNMENT = new RegExp(`^["')\\]}]+?(?:${S}+|(?=--)|(?=\\n|$))`, 'u');

// PunktToken regexes. `re.match` anchors at the start; `$` may also match before a final "\n",
// which a token never has.
const RE_ELLIPSIS = /^\.\.+$/u;
const RE_NUMERIC = new RegExp(`^-?[.,]?${D}[${D},.\\-]*\\.?$`, 'u');
const RE_INITIAL = new RegExp(`^${ALPHA}\\.$`, 'u');
const RE_ALPHA = new RegExp(`^${ALPHA}+$`, 'u');
const RE_NON_PUNCT = new RegExp(ALPHA, 'u');
const RE_UPPER_CHAR = /^[\p{Uppercase}]/u;
const RE_LOWER_CHAR = /^[\p{Lowercase}]/u;

class Token {
  readonly tok: string;
  readonly type: string;
  readonly periodFinal: boolean;
  parastart = false;
  linestart = false;
  sentbreak = false;
  abbr = false;
  ellipsis = false;

  constructor(tok: string) {
    this.tok = tok;
    this.type = pyLower(tok).replace(RE_NUMERIC, '##number##');
    this.periodFinal = tok.endsWith('.');
  }

  get typeNoPeriod(): string {
    return this.type.length > 1 && this.type.endsWith('.') ? this.type.slice(0, -1) : this.type;
  }

  get typeNoSentperiod(): string {
    return this.sentbreak ? this.typeNoPeriod : this.type;
  }

  // Python tests tok[0].isupper()/islower() on the first code point.
  get firstUpper(): boolean {
    return RE_UPPER_CHAR.test(this.tok);
  }

  get firstLower(): boolean {
    return RE_LOWER_CHAR.test(this.tok);
  }

  get isEllipsis(): boolean {
    return RE_ELLIPSIS.test(this.tok);
  }

  get isNumber(): boolean {
    return this.type.startsWith('##number##');
  }

  get isInitial(): boolean {
    return RE_INITIAL.test(this.tok);
  }

  get isAlpha(): boolean {
    return RE_ALPHA.test(this.tok);
  }

  get isNonPunct(): boolean {
    return RE_NON_PUNCT.test(this.type);
  }
}

/** PunktLanguageVars.word_tokenize: split off punctuation other than periods. */
export function punktWordTokenize(line: string): string[] {
  return Array.from(line.matchAll(WORD_TOKENIZER), (m) => m[0]);
}

/** A sentence splitter bound to one set of trained parameters. */
export class PunktSentenceTokenizer {
  constructor(private readonly params: PunktParameters) {}

  /** Sentences of `text` (NLTK `tokenize` with realign_boundaries=True). */
  tokenize(text: string): string[] {
    return this.spanTokenize(text).map(([s, e]) => text.slice(s, e));
  }

  /** [start, end) offsets (UTF-16) of the sentences of `text`. */
  spanTokenize(text: string): Array<[number, number]> {
    return this.realignBoundaries(text, this.slicesFromText(text));
  }

  private tokenizeWords(plaintext: string): Token[] {
    const out: Token[] = [];
    let parastart = false;
    for (const line of plaintext.split('\n')) {
      if (pyStrip(line)) {
        const toks = punktWordTokenize(line);
        if (toks.length === 0) continue;
        const first = new Token(toks[0]);
        first.parastart = parastart;
        first.linestart = true;
        out.push(first);
        parastart = false;
        for (let i = 1; i < toks.length; i++) out.push(new Token(toks[i]));
      } else {
        parastart = true;
      }
    }
    return out;
  }

  private firstPassAnnotation(t: Token): void {
    const tok = t.tok;
    if (SENT_END_CHARS.has(tok)) {
      t.sentbreak = true;
    } else if (t.isEllipsis) {
      t.ellipsis = true;
    } else if (t.periodFinal && !tok.endsWith('..')) {
      const stem = pyLower(tok.slice(0, -1));
      const parts = stem.split('-');
      if (this.params.abbrevTypes.has(stem) || this.params.abbrevTypes.has(parts[parts.length - 1])) {
        t.abbr = true;
      } else {
        t.sentbreak = true;
      }
    }
  }

  private orthoHeuristic(t: Token): boolean | 'unknown' {
    if (PUNCTUATION.has(t.tok)) return false;
    const ctx = this.params.orthoContext.get(t.typeNoSentperiod) ?? 0;
    if (t.firstUpper && ctx & ORTHO_LC && !(ctx & ORTHO_MID_UC)) return true;
    if (t.firstLower && (ctx & ORTHO_UC || !(ctx & ORTHO_BEG_LC))) return false;
    return 'unknown';
  }

  private secondPassAnnotation(t1: Token, t2: Token | undefined): void {
    if (!t2) return;
    if (!t1.periodFinal) return;
    const typ = t1.typeNoPeriod;
    const nextTyp = t2.typeNoSentperiod;
    const isInitial = t1.isInitial;

    // Collocation heuristic: a known pair across the period is no sentence break.
    if (this.params.collocations.has(`${typ}\t${nextTyp}`)) {
      t1.sentbreak = false;
      t1.abbr = true;
      return;
    }
    // An abbreviation or ellipsis may also end a sentence.
    if ((t1.abbr || t1.ellipsis) && !isInitial) {
      if (this.orthoHeuristic(t2) === true) {
        t1.sentbreak = true;
        return;
      }
      if (t2.firstUpper && this.params.sentStarters.has(nextTyp)) {
        t1.sentbreak = true;
        return;
      }
    }
    // Initials and ordinals marked as breaks may be abbreviations after all.
    if (isInitial || typ === '##number##') {
      const starter = this.orthoHeuristic(t2);
      if (starter === false) {
        t1.sentbreak = false;
        t1.abbr = true;
        return;
      }
      if (
        starter === 'unknown' &&
        isInitial &&
        t2.firstUpper &&
        !((this.params.orthoContext.get(nextTyp) ?? 0) & ORTHO_LC)
      ) {
        t1.sentbreak = false;
        t1.abbr = true;
      }
    }
  }

  /** True if some token after the first one annotated as a sentence break exists. */
  private textContainsSentbreak(text: string): boolean {
    const toks = this.tokenizeWords(text);
    for (const t of toks) this.firstPassAnnotation(t);
    let found = false;
    for (let i = 0; i < toks.length; i++) {
      if (found) return true;
      this.secondPassAnnotation(toks[i], toks[i + 1]);
      if (toks[i].sentbreak) found = true;
    }
    return false;
  }

  // NLTK's _get_last_whitespace_index: ASCII whitespace only (string.whitespace), and an index
  // of 0 means "not found" even when the whitespace is at position 0.
  private static lastWhitespaceIndex(text: string, from: number, to: number): number {
    for (let i = to - 1; i >= from; i--) {
      if (' \t\n\r\x0b\x0c'.includes(text[i])) return i - from;
    }
    return 0;
  }

  /** Candidate sentence ends with their context "previous word + end char + following token". */
  private matchPotentialEndContexts(text: string): Array<{ end: number; nextStart: number | null; context: string }> {
    const out: Array<{ end: number; nextStart: number | null; context: string }> = [];
    let prevStart = 0;
    let prevStop = 0;
    let prev: RegExpExecArray | null = null;
    const emit = (m: RegExpExecArray, start: number, stop: number) => {
      const after = m.groups!.after;
      const next = m.groups!.next;
      out.push({
        end: m.index + 1,
        nextStart: next ? m.index + 1 + after.length - next.length : null,
        context: text.slice(start, stop) + m[0] + after,
      });
    };
    PERIOD_CONTEXT.lastIndex = 0;
    for (let m = PERIOD_CONTEXT.exec(text); m; m = PERIOD_CONTEXT.exec(text)) {
      const idx = PunktSentenceTokenizer.lastWhitespaceIndex(text, prevStop, m.index);
      const wordStart = idx ? idx + prevStop + 1 : prevStart;
      if (prev && prevStop <= wordStart) emit(prev, prevStart, prevStop);
      prev = m;
      prevStart = wordStart;
      prevStop = m.index;
    }
    if (prev) emit(prev, prevStart, prevStop);
    return out;
  }

  private slicesFromText(text: string): Array<[number, number]> {
    const slices: Array<[number, number]> = [];
    let lastBreak = 0;
    for (const c of this.matchPotentialEndContexts(text)) {
      if (this.textContainsSentbreak(c.context)) {
        slices.push([lastBreak, c.end]);
        lastBreak = c.nextStart ?? c.end;
      }
    }
    slices.push([lastBreak, pyRstrip(text).length]);
    return slices;
  }

  private realignBoundaries(text: string, slices: Array<[number, number]>): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    let realign = 0;
    for (let i = 0; i < slices.length; i++) {
      const s1: [number, number] = [slices[i][0] + realign, slices[i][1]];
      const s2 = slices[i + 1];
      if (!s2) {
        if (s1[1] > s1[0]) out.push(s1);
        continue;
      }
      const m = BOUNDARY_REALIGNMENT.exec(text.slice(s2[0], s2[1]));
      if (m) {
        out.push([s1[0], s2[0] + pyRstrip(m[0]).length]);
        realign = m[0].length;
      } else {
        realign = 0;
        if (s1[1] > s1[0]) out.push(s1);
      }
    }
    return out;
  }
}
