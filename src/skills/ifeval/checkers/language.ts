// language:response_language: the detected language must be the requested ISO 639-1 code.
// Where detection finds no features (langdetect raises), the official code counts it as followed.
import { strArg } from '../kwargs.ts';
import type { CheckerFactory } from '../types.ts';

export const languageCheckers: Record<string, CheckerFactory> = {
  'language:response_language': (kw, ctx) => {
    const language = strArg(kw, 'language');
    return (value) => {
      const detected = ctx.detectLanguage(value);
      return detected === null || detected === language;
    };
  },
};
