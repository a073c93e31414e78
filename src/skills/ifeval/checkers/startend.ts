// startend:* checks: a required closing phrase; the whole response wrapped in double quotes.
import { strArg } from '../kwargs.ts';
import { pyLower, pyStrip, pyStripChars } from '../py.ts';
import type { CheckerFactory } from '../types.ts';

export const startendCheckers: Record<string, CheckerFactory> = {
  'startend:end_checker': (kw) => {
    const phrase = pyLower(pyStrip(strArg(kw, 'end_phrase')));
    // value.strip().strip('"').lower(): quotes are removed before lowering, whitespace inside them stays.
    return (value) => pyLower(pyStripChars(pyStrip(value), '"')).endsWith(phrase);
  },

  'startend:quotation': () => (value) => {
    const v = Array.from(pyStrip(value));
    return v.length > 1 && v[0] === '"' && v[v.length - 1] === '"';
  },
};
