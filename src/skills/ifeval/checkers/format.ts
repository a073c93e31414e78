// detectable_format:* checks: bullets, constrained answers, *highlights*, sections, JSON, <<title>>.
import { intArg, strArg } from '../kwargs.ts';
import { D, ML_START, S, countMatches, pyRegexSource, pyStrip, pyStripChars } from '../py.ts';
import { pyJsonLoads } from '../py-json.ts';
import type { CheckerFactory } from '../types.ts';

// `^\s*\*[^\*].*$` under MULTILINE: `\s*` may run across blank lines and `[^\*]` may be "\n".
// `.*$` always succeeds (it stops at "\n", where `$` matches), so it only consumes the rest of the line.
const STAR_BULLET = new RegExp(`(?:${ML_START})${S}*\\*[^*][^\\n]*`, 'gu');
const DASH_BULLET = new RegExp(`(?:${ML_START})${S}*-[^\\n]*`, 'gu');
const HIGHLIGHT = /\*[^\n*]*\*/gu;
const DOUBLE_HIGHLIGHT = /\*\*[^\n*]*\*\*/gu;
const TITLE = /<<[^\n]+>>/gu;

const CONSTRAINED_OPTIONS = ['My answer is yes.', 'My answer is no.', 'My answer is maybe.'];

export const formatCheckers: Record<string, CheckerFactory> = {
  'detectable_format:number_bullet_lists': (kw) => {
    const n = intArg(kw, 'num_bullets');
    return (value) => countMatches(STAR_BULLET, value) + countMatches(DASH_BULLET, value) === n;
  },

  'detectable_format:constrained_response': () => (value) => {
    const v = pyStrip(value);
    return CONSTRAINED_OPTIONS.some((o) => v.includes(o));
  },

  'detectable_format:number_highlighted_sections': (kw) => {
    const n = intArg(kw, 'num_highlights');
    return (value) => {
      let count = 0;
      for (const m of value.matchAll(HIGHLIGHT)) if (pyStrip(pyStripChars(m[0], '*'))) count++;
      // removeprefix("**").removesuffix("**"): each match starts and ends with "**".
      for (const m of value.matchAll(DOUBLE_HIGHLIGHT)) if (pyStrip(m[0].slice(2, -2))) count++;
      return count >= n;
    };
  },

  'detectable_format:multiple_sections': (kw) => {
    const spliter = pyStrip(strArg(kw, 'section_spliter'));
    const n = intArg(kw, 'num_sections');
    const re = new RegExp(`${S}?${pyRegexSource(spliter)}${S}?${D}+${S}?`, 'u');
    return (value) => value.split(re).length - 1 >= n;
  },

  'detectable_format:json_format': () => (value) => {
    let v = pyStrip(value);
    // Chained removeprefix calls: after "```json" is removed, "```" is still tried on the rest.
    for (const prefix of ['```json', '```Json', '```JSON', '```']) if (v.startsWith(prefix)) v = v.slice(prefix.length);
    if (v.endsWith('```')) v = v.slice(0, -3);
    return pyJsonLoads(pyStrip(v));
  },

  'detectable_format:title': () => (value) => {
    for (const m of value.matchAll(TITLE)) {
      if (pyStrip(pyStripChars(pyStripChars(m[0], '<', 'left'), '>', 'right'))) return true;
    }
    return false;
  },
};
