// A paragraph's first word asked in a sentence of its own wording (docs/format.md §6.4 step 6, responder_version 20),
// read after plan folding when the NTHFIRST rows read none; mirrored by c/skills/respond/eg_ifr_nth_sentence.c.
import type { Detector, Match } from './match.ts';
import { TK_PUNCT, TK_WORD, decodeAsIs, hashOf, sentenceEnd, type Tokens } from './tokenize.ts';

/** Words of a first-word ask (nthSentence): an adjective before "word", a verb of opening, a paragraph noun, and the
 * words right before the asked word. */
const NTH_ADJ = new Set([hashOf('first'), hashOf('opening'), hashOf('initial'), hashOf('starting')]);
const NTH_VERB = new Set([hashOf('open'), hashOf('opens'), hashOf('start'), hashOf('starts'), hashOf('begin'), hashOf('begins'), hashOf('lead'), hashOf('leads')]);
const NTH_PARA = new Set([hashOf('paragraph'), hashOf('para')]);
const NTH_UNIT = new Set([hashOf('paragraph'), hashOf('para'), hashOf('one')]);
const NTH_BEFORE = new Set([hashOf('word'), hashOf('is'), hashOf('be'), hashOf('with')]);
/** After "the" + an ordinal, the ordinal is a paragraph standing as the subject ("The third is ...", "the second must"). */
const NTH_SUBJECT = new Set([hashOf('is'), hashOf('must'), hashOf('should'), hashOf('has'), hashOf('needs'), hashOf('will')]);
const H_WORD = hashOf('word');
const H_THE = hashOf('the');
const H_AS = hashOf('as');
const H_I = hashOf('i');
const H_OF = hashOf('of');
/** After an ordinal, "of them" / "of those" makes it a paragraph's number ("the second of them begins: Imagine"). */
const NTH_OF = new Set([hashOf('them'), hashOf('those')]);
/** Before "be the word", the asked word as the subject ("Kit should be the word the final paragraph opens with"). */
const NTH_MODAL = new Set([hashOf('should'), hashOf('must'), hashOf('will')]);
const H_BE = hashOf('be');
/** RORD's value of "last" / "final": the last paragraph counted. */
const LAST = 255;

/**
 * Version 20: a paragraph's first word asked in a sentence the NTHFIRST rows do not read, when the prompt counts
 * paragraphs split by blank lines: the sentence has a first-word cue (an NTH_ADJ word before "word", or an NTH_VERB), a
 * paragraph number (an ordinal before "paragraph" / "para" / "one", or between "the" and an NTH_SUBJECT word, not the
 * cue's "first"; or
 * "paragraph" and a number or ordinal after it) of 1..parCount, and the word: a word token right after an
 * NTH_BEFORE word, written with a capital or quoted, or a capitalised word before "as (the) <NTH_ADJ> word"; not the
 * sentence's first token, not "I", not a cue word. "The third is the one about the new perks ... and its first word
 * must be Members", "I want Before as the opening word of paragraph 2", "paragraph three opens on the word Once".
 * Version 21: "last" / "final" number the last paragraph counted; an ordinal followed by "of them" / "of those", or
 * after "of the" and closing its clause, is a paragraph's number ("the second of them begins", "the opening word of the
 * last,"); the word may follow a colon ("begins: Imagine"), stand before "the <NTH_ADJ> word" without "as" ("make Store
 * the opening word"), or open the sentence before "should / must / will be the word" ("Kit should be the word the final
 * paragraph opens with").
 */
export function nthSentence(det: Detector, t: Tokens, ms: Match[], parCount: number): { n: number; word: string } | null {
  const isW = (k: number) => k >= 0 && k < t.n && t.kind[k] === TK_WORD;
  const isQuote = (k: number) => k >= 0 && k < t.n && t.kind[k] === TK_PUNCT && (t.byte[k] === 0x22 || t.byte[k] === 0x27);
  for (let a = 0; a < t.n; ) {
    const e = sentenceEnd(t, a);
    const sentence = [a, e];
    a = e + 1;
    if (ms.some((m) => m.family === 'NTHFIRST' && m.start < sentence[1] && m.end > sentence[0])) continue;
    const [lo, hi] = sentence;
    let cue = false;
    for (let k = lo; k < hi; k++) {
      if (!isW(k)) continue;
      if ((NTH_ADJ.has(t.hash[k]) && isW(k + 1) && t.hash[k + 1] === H_WORD) || NTH_VERB.has(t.hash[k])) cue = true;
    }
    if (!cue) continue;
    // The paragraph number, the surest reading first: "paragraph 2" / "paragraph three", an ordinal before a paragraph
    // noun or "one", an ordinal after "the" and before an NTH_SUBJECT word ("The third is the one about ..."; not "the
    // first time", "the first two"); never the cue's "first word".
    let n = 0;
    for (let pass = 0; pass < 3 && n === 0; pass++) {
      for (let k = lo; k < hi && n === 0; k++) {
        if (!isW(k)) continue;
        if (pass === 0) {
          // Not a count ("each paragraph 2 to 3 sentences"): no range, no NUM_UNIT word after it.
          const v = NTH_PARA.has(t.hash[k]) && k + 1 < hi ? det.numberAt(t, k + 1) ?? det.ordinalAt(t, k + 1) : null;
          const range = v !== null && 'n2' in v && v.n2 !== 0 && v.n2 !== v.n;
          if (v && v.end <= hi && !range && !(isW(v.end) && det.r.sets.NUM_UNIT.has(t.hash[v.end]))) n = v.n;
          continue;
        }
        // An ordinal word of RORD, or digits with a suffix ("2nd"): "one paragraph" is a count, not the first.
        if (!det.r.ordinals.has(t.hash[k]) && !(t.bytes[t.start[k]] >= 0x30 && t.bytes[t.start[k]] <= 0x39)) continue;
        const o = det.ordinalAt(t, k);
        if (!o || o.end > hi || (isW(o.end) && t.hash[o.end] === H_WORD)) continue;
        const ofThem = isW(o.end) && t.hash[o.end] === H_OF && isW(o.end + 1) && NTH_OF.has(t.hash[o.end + 1]);
        const ofThe = k >= lo + 2 && isW(k - 2) && t.hash[k - 2] === H_OF && t.hash[k - 1] === H_THE && !isW(o.end);
        if (pass === 1 ? (isW(o.end) && NTH_UNIT.has(t.hash[o.end])) || ofThem || ofThe : isW(k - 1) && t.hash[k - 1] === H_THE && isW(o.end) && NTH_SUBJECT.has(t.hash[o.end])) n = o.n;
      }
    }
    if (n === LAST) n = parCount;
    if (n < 1 || n > parCount) continue;
    for (let k = lo; k < hi; k++) {
      if (!isW(k) || t.hash[k] === H_I || NTH_ADJ.has(t.hash[k]) || NTH_VERB.has(t.hash[k]) || NTH_UNIT.has(t.hash[k])) continue;
      const quoted = isQuote(k - 1) && isQuote(k + 1) && t.byte[k - 1] === t.byte[k + 1];
      const b0 = t.bytes[t.start[k]];
      const capital = b0 >= 0x41 && b0 <= 0x5a;
      if (!quoted && !capital) continue;
      // The sentence's first token only as the subject of "should / must / will be the word".
      const subject = capital && isW(k + 1) && isW(k + 2) && isW(k + 3) && isW(k + 4) && NTH_MODAL.has(t.hash[k + 1]) && t.hash[k + 2] === H_BE && t.hash[k + 3] === H_THE && t.hash[k + 4] === H_WORD;
      if (k === lo && !subject) continue;
      const before = quoted ? k - 2 : k - 1;
      const colon = capital && k > lo + 1 && t.kind[k - 1] === TK_PUNCT && t.byte[k - 1] === 0x3a;
      // "as the", "as" or (version 21) "the" between the word and "<NTH_ADJ> word".
      let after = k + 1;
      if (isW(after) && t.hash[after] === H_AS) after++;
      if (isW(after) && t.hash[after] === H_THE) after++;
      if (after === k + 1) after = -1;
      if (subject || colon || (isW(before) && NTH_BEFORE.has(t.hash[before])) || (capital && after > 0 && isW(after) && NTH_ADJ.has(t.hash[after]) && isW(after + 1) && t.hash[after + 1] === H_WORD)) {
        return { n, word: decodeAsIs(t.bytes.subarray(t.start[k], t.end[k])) };
      }
    }
  }
  return null;
}
