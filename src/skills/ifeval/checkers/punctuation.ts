// punctuation:no_comma: no "," anywhere (the ASCII comma only, as in the official regex).
import type { CheckerFactory } from '../types.ts';

export const punctuationCheckers: Record<string, CheckerFactory> = {
  'punctuation:no_comma': () => (value) => !value.includes(','),
};
