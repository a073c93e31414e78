// change_case:* checks: counts of ALL-CAPS tokens (nltk.word_tokenize), and whole-response
// upper/lower case in English. As in the official code, a failed language detection counts as
// followed, but only once the case test has passed (Python's `and` short-circuits).
import { compare, intArg, relationArg } from '../kwargs.ts';
import { pyIsLower, pyIsUpper } from '../py.ts';
import { wordTokenize } from '../word-tokenize.ts';
import type { CheckerFactory, CheckContext } from '../types.ts';

function caseAndEnglish(isCase: (s: string) => boolean, ctx: CheckContext) {
  return (value: string) => {
    if (!isCase(value)) return false;
    const lang = ctx.detectLanguage(value);
    return lang === null || lang === 'en';
  };
}

export const changeCaseCheckers: Record<string, CheckerFactory> = {
  'change_case:capital_word_frequency': (kw, ctx) => {
    const n = intArg(kw, 'capital_frequency');
    const relation = relationArg(kw, 'capital_relation');
    return (value) => compare(wordTokenize(value, ctx.punkt).filter(pyIsUpper).length, relation, n);
  },

  'change_case:english_capital': (_kw, ctx) => caseAndEnglish(pyIsUpper, ctx),
  'change_case:english_lowercase': (_kw, ctx) => caseAndEnglish(pyIsLower, ctx),
};
