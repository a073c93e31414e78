// length_constraints:* checks: sentences (Punkt), words (\w+ runs), *** paragraphs, "\n\n" paragraphs.
import { compare, intArg, relationArg, strArg } from '../kwargs.ts';
import { S, W, countMatches, pyLower, pySplit, pyStrip, pyStripChars } from '../py.ts';
import type { PunktSentenceTokenizer } from '../punkt.ts';
import { IfevalInstructionError } from '../errors.ts';
import type { CheckerFactory } from '../types.ts';

const WORD_RUN = new RegExp(`${W}+`, 'gu');
const STARS_DIVIDER = new RegExp(`${S}?\\*\\*\\*${S}?`, 'u');

/** instructions_util.count_words: nltk RegexpTokenizer(r"\w+") tokens. */
export function countWords(text: string): number {
  return countMatches(WORD_RUN, text);
}

/** instructions_util.count_sentences: Punkt sentences. */
export function countSentences(text: string, punkt: PunktSentenceTokenizer): number {
  return punkt.tokenize(text).length;
}

export const lengthCheckers: Record<string, CheckerFactory> = {
  'length_constraints:number_sentences': (kw, ctx) => {
    const n = intArg(kw, 'num_sentences');
    const relation = relationArg(kw, 'relation');
    return (value) => compare(countSentences(value, ctx.punkt), relation, n);
  },

  'length_constraints:number_words': (kw) => {
    const n = intArg(kw, 'num_words');
    const relation = relationArg(kw, 'relation');
    return (value) => compare(countWords(value), relation, n);
  },

  'length_constraints:number_paragraphs': (kw) => {
    const want = intArg(kw, 'num_paragraphs');
    return (value) => {
      const paragraphs = value.split(STARS_DIVIDER);
      let count = paragraphs.length;
      for (let i = 0; i < paragraphs.length; i++) {
        if (pyStrip(paragraphs[i])) continue;
        // An empty piece is allowed only at either end (a leading or trailing divider).
        if (i === 0 || i === paragraphs.length - 1) count--;
        else return false;
      }
      return count === want;
    };
  },

  'length_constraints:nth_paragraph_first_word': (kw) => {
    const want = intArg(kw, 'num_paragraphs');
    const nth = intArg(kw, 'nth_paragraph');
    const firstWord = pyLower(strArg(kw, 'first_word'));
    // Out of this range the official code draws a random paragraph number.
    if (nth < 1 || nth > want) {
      throw new IfevalInstructionError(`kwarg "nth_paragraph" must be in 1..${want}, got ${nth}`);
    }
    return (value) => {
      const paragraphs = value.split('\n\n');
      const count = paragraphs.filter((p) => pyStrip(p)).length;
      // Quirk: the count skips empty pieces but the index does not.
      if (nth > count) return false;
      const paragraph = pyStrip(paragraphs[nth - 1]);
      if (!paragraph) return false;
      let word = pyStrip(pySplit(paragraph)[0]);
      word = pyStripChars(pyStripChars(word, "'", 'left'), '"', 'left');
      let got = '';
      for (const ch of word) {
        if ('.,?!\'"'.includes(ch)) break;
        got += pyLower(ch);
      }
      return count === want && got === firstWord;
    };
  },
};
