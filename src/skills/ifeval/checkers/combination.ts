// combination:* checks: two different responses split by "******"; the prompt repeated first.
import { strArg } from '../kwargs.ts';
import { pyLower, pyStrip } from '../py.ts';
import type { CheckerFactory } from '../types.ts';

export const combinationCheckers: Record<string, CheckerFactory> = {
  'combination:two_responses': () => (value) => {
    const parts = value.split('******');
    const valid: string[] = [];
    for (let i = 0; i < parts.length; i++) {
      if (pyStrip(parts[i])) valid.push(parts[i]);
      // An empty piece is tolerated only at either end.
      else if (i !== 0 && i !== parts.length - 1) return false;
    }
    return valid.length === 2 && pyStrip(valid[0]) !== pyStrip(valid[1]);
  },

  'combination:repeat_prompt': (kw) => {
    const prompt = pyLower(pyStrip(strArg(kw, 'prompt_to_repeat')));
    return (value) => pyLower(pyStrip(value)).startsWith(prompt);
  },
};
