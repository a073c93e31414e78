// detectable_content:* checks: [placeholders] and a postscript marker at a line start.
import { intArg, strArg } from '../kwargs.ts';
import { DOT, S, countMatches, pyLower, pyRegexSource, pyStrip } from '../py.ts';
import type { CheckerFactory } from '../types.ts';

// Python's `.` stops only at "\n".
const PLACEHOLDER = new RegExp(`\\[${DOT}*?\\]`, 'gu');

export const contentCheckers: Record<string, CheckerFactory> = {
  'detectable_content:number_placeholders': (kw) => {
    const n = intArg(kw, 'num_placeholders');
    return (value) => countMatches(PLACEHOLDER, value) >= n;
  },

  'detectable_content:postscript': (kw) => {
    const marker = pyStrip(strArg(kw, 'postscript_marker'));
    // re.findall(r"\s*<marker>.*$", value.lower(), re.MULTILINE): the pattern is not anchored at a
    // line start, and `.*$` always succeeds, so this is "the marker occurs anywhere".
    let body: string;
    if (marker === 'P.P.S') body = `p\\.${S}?p\\.${S}?s`;
    else if (marker === 'P.S.') body = `p\\.${S}?s\\.`;
    else body = pyRegexSource(pyLower(marker));
    const re = new RegExp(`${S}*${body}`, 'u');
    return (value) => re.test(pyLower(value));
  },
};
