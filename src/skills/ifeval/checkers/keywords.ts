// keywords:* checks. The official code uses each keyword as a Python regex, case-insensitively.
import { compare, intArg, relationArg, strArg, strListArg } from '../kwargs.ts';
import { B, countMatches, pyLower, pyRegexSource, pyStrip } from '../py.ts';
import { IfevalInstructionError } from '../errors.ts';
import type { CheckerFactory } from '../types.ts';
import { markUndefined } from './undefined-verdict.ts';

/** A kwarg as the official code's pattern; one Python could not compile either is a typed error, not a crash. */
function patternOf(kwarg: string, src: string, flags: string): RegExp {
  try {
    return new RegExp(src, flags);
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    throw new IfevalInstructionError(`kwarg "${kwarg}" is not a valid regular expression: ${e.message}`);
  }
}
const keywordRe = (kwarg: string, src: string, flags = 'iu') => patternOf(kwarg, pyRegexSource(src), flags);

export const keywordCheckers: Record<string, CheckerFactory> = {
  'keywords:existence': (kw) => {
    const res = strListArg(kw, 'keywords').map((k) => keywordRe('keywords', k));
    return (value) => res.every((re) => re.test(value));
  },

  'keywords:frequency': (kw) => {
    // build_description strips the keyword before it becomes a pattern.
    const re = keywordRe('keyword', pyStrip(strArg(kw, 'keyword')), 'giu');
    const frequency = intArg(kw, 'frequency');
    const relation = relationArg(kw, 'relation');
    return (value) => compare(countMatches(re, value), relation, frequency);
  },

  'keywords:forbidden_words': (kw) => {
    // Python's \b is Unicode-aware, so the word boundaries use the emulated B.
    const res = [...new Set(strListArg(kw, 'forbidden_words'))].map((w) => patternOf('forbidden_words', `${B}${pyRegexSource(w)}${B}`, 'iu'));
    return (value) => !res.some((re) => re.test(value));
  },

  'keywords:letter_frequency': (kw) => {
    const raw = strArg(kw, 'letter');
    // The official code draws a random letter when this kwarg is empty or longer than one character.
    if (raw.length === 0 || Array.from(raw).length > 1) {
      throw new IfevalInstructionError(`kwarg "letter" must be one character, got ${JSON.stringify(raw)}`);
    }
    const letter = pyLower(pyStrip(raw));
    const frequency = intArg(kw, 'let_frequency');
    const relation = relationArg(kw, 'let_relation');
    const check = (value: string) => {
      // collections.Counter(value.lower())[letter]: occurrences of that one code point.
      let n = 0;
      for (const ch of pyLower(value)) if (ch === letter) n++;
      return compare(n, relation, frequency);
    };
    // It also draws one when letter.lower() is outside a-z (ord < 97 or > 122), e.g. "#" in the
    // official data: its verdict then depends on the draw. Counting the symbol itself stays the
    // official-compatible figure; the verdict is marked undefined beside it.
    if (/^[a-z]$/.test(pyLower(raw))) return check;
    return markUndefined(check, `keywords:letter_frequency: letter ${JSON.stringify(raw)} is not a-z, so the official evaluator draws a random letter`);
  },
};
