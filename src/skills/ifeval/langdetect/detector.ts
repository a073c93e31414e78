// A deterministic port of Python langdetect 1.0.9's `detect` (Detector.append, cleaning_text,
// _extract_ngrams, _detect_block with 7 trials, NGram.normalize/normalize_vi), seeded like
// `DetectorFactory.seed = 0`. Returns null where Python raises LangDetectException
// ("No features in text"), and "unknown" where no language passes the 0.1 threshold.
import { pyIsUpper } from '../py.ts';
import { PyRandom } from './py-random.ts';
import type { LangProfiles } from './profiles.ts';

const ALPHA_DEFAULT = 0.5;
const ALPHA_WIDTH = 0.05;
const ITERATION_LIMIT = 1000;
const PROB_THRESHOLD = 0.1;
const CONV_THRESHOLD = 0.99999;
const BASE_FREQ = 10000;
const N_TRIAL = 7;
const MAX_TEXT_LENGTH = 10000;

const URL_RE = /https?:\/\/[-_.?&~;+=/#0-9A-Za-z]{1,2076}/g;
const MAIL_RE = /[-_.0-9A-Za-z]{1,64}@[-_0-9A-Za-z]{1,255}[-_.0-9A-Za-z]{1,255}/g;

// Vietnamese: base letter + combining mark -> precomposed letter (langdetect's messages.properties).
const TO_NORMALIZE_VI = 'AEIOUYaeiouy\u00c2\u00ca\u00d4\u00e2\u00ea\u00f4\u0102\u0103\u01a0\u01a1\u01af\u01b0';
const DMARK_CLASS = '\u0300\u0301\u0303\u0309\u0323';
const NORMALIZED_VI = [
  '\u00C0\u00C8\u00CC\u00D2\u00D9\u1EF2\u00E0\u00E8\u00EC\u00F2\u00F9\u1EF3\u1EA6\u1EC0\u1ED2\u1EA7\u1EC1\u1ED3\u1EB0\u1EB1\u1EDC\u1EDD\u1EEA\u1EEB',
  '\u00C1\u00C9\u00CD\u00D3\u00DA\u00DD\u00E1\u00E9\u00ED\u00F3\u00FA\u00FD\u1EA4\u1EBE\u1ED0\u1EA5\u1EBF\u1ED1\u1EAE\u1EAF\u1EDA\u1EDB\u1EE8\u1EE9',
  '\u00C3\u1EBC\u0128\u00D5\u0168\u1EF8\u00E3\u1EBD\u0129\u00F5\u0169\u1EF9\u1EAA\u1EC4\u1ED6\u1EAB\u1EC5\u1ED7\u1EB4\u1EB5\u1EE0\u1EE1\u1EEE\u1EEF',
  '\u1EA2\u1EBA\u1EC8\u1ECE\u1EE6\u1EF6\u1EA3\u1EBB\u1EC9\u1ECF\u1EE7\u1EF7\u1EA8\u1EC2\u1ED4\u1EA9\u1EC3\u1ED5\u1EB2\u1EB3\u1EDE\u1EDF\u1EEC\u1EED',
  '\u1EA0\u1EB8\u1ECA\u1ECC\u1EE4\u1EF4\u1EA1\u1EB9\u1ECB\u1ECD\u1EE5\u1EF5\u1EAC\u1EC6\u1ED8\u1EAD\u1EC7\u1ED9\u1EB6\u1EB7\u1EE2\u1EE3\u1EF0\u1EF1',
];
const VI_RE = new RegExp(`([${TO_NORMALIZE_VI}])([${DMARK_CLASS}])`, 'gu');
const LATIN1_EXCLUDED = '\u00A0\u00AB\u00B0\u00BB';

const inRange = (cp: number, lo: number, hi: number) => cp >= lo && cp <= hi;

/** NGram.normalize: folds a character by its Unicode block. */
function normalize(ch: string, cjkMap: Map<string, string>): string {
  const cp = ch.codePointAt(0)!;
  if (cp <= 0x7f) {
    // Basic Latin: only letters survive.
    return cp < 0x41 || (cp > 0x5a && cp < 0x61) || cp > 0x7a ? ' ' : ch;
  }
  if (cp <= 0xff) return LATIN1_EXCLUDED.includes(ch) ? ' ' : ch;
  if (inRange(cp, 0x180, 0x24f)) {
    // Romanian: comma below -> cedilla.
    if (cp === 0x219) return '\u015f';
    if (cp === 0x21b) return '\u0163';
    return ch;
  }
  if (inRange(cp, 0x2000, 0x206f)) return ' ';
  if (inRange(cp, 0x600, 0x6ff)) return cp === 0x6cc ? '\u064a' : ch;
  if (inRange(cp, 0x1e00, 0x1eff)) return cp >= 0x1ea0 ? '\u1ec3' : ch;
  if (inRange(cp, 0x3040, 0x309f)) return '\u3042';
  if (inRange(cp, 0x30a0, 0x30ff)) return '\u30a2';
  if (inRange(cp, 0x3100, 0x312f) || inRange(cp, 0x31a0, 0x31bf)) return '\u3105';
  if (inRange(cp, 0x4e00, 0x9fff)) return cjkMap.get(ch) ?? ch;
  if (inRange(cp, 0xac00, 0xd7af)) return '\uac00';
  return ch;
}

/** Detector.append: URLs and e-mails blanked, Vietnamese normalized, 10,000 code points, "  " -> " ". */
function prepare(text: string): string[] {
  text = text.replace(URL_RE, ' ').replace(MAIL_RE, ' ');
  text = text.replace(VI_RE, (_m, a: string, d: string) => Array.from(NORMALIZED_VI[DMARK_CLASS.indexOf(d)])[TO_NORMALIZE_VI.indexOf(a)]);
  const out: string[] = [];
  let pre = '';
  const cps = Array.from(text);
  for (let i = 0; i < Math.min(cps.length, MAX_TEXT_LENGTH); i++) {
    const ch = cps[i];
    if (ch !== ' ' || pre !== ' ') out.push(ch);
    pre = ch;
  }
  return out;
}

/** Detector.cleaning_text: drops Latin letters when non-Latin script dominates. */
function clean(chars: string[]): string[] {
  let latin = 0;
  let nonLatin = 0;
  for (const ch of chars) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x41 && cp <= 0x7a) latin++;
    else if (cp >= 0x300 && !inRange(cp, 0x1e00, 0x1eff)) nonLatin++;
  }
  if (latin * 2 >= nonLatin) return chars;
  return chars.filter((ch) => {
    const cp = ch.codePointAt(0)!;
    return cp < 0x41 || cp > 0x7a;
  });
}

export class LangDetector {
  constructor(
    private readonly profiles: LangProfiles,
    private readonly seed = 0,
  ) {}

  /** Detector._extract_ngrams with NGram.add_char's capital-word rule (ALL-CAPS words are skipped). */
  private extractNgrams(chars: string[]): string[] {
    const { wordLangProb, cjkMap } = this.profiles;
    const result: string[] = [];
    let grams: string[] = [' '];
    let capitalword = false;
    for (const raw of chars) {
      const ch = normalize(raw, cjkMap);
      const last = grams[grams.length - 1];
      if (last === ' ') {
        grams = [' '];
        capitalword = false;
        if (ch === ' ') continue;
      } else if (grams.length >= 3) {
        grams = grams.slice(1);
      }
      grams.push(ch);
      if (pyIsUpper(ch)) {
        if (pyIsUpper(last)) capitalword = true;
      } else {
        capitalword = false;
      }
      if (capitalword) continue;
      for (let n = 1; n <= 3; n++) {
        if (grams.length < n) break;
        const w = grams.slice(grams.length - n).join('');
        if (w !== ' ' && wordLangProb.has(w)) result.push(w);
      }
    }
    return result;
  }

  /** Language code, "unknown", or null where Python raises "No features in text". */
  detect(text: string): string | null {
    const ngrams = this.extractNgrams(clean(prepare(text)));
    if (ngrams.length === 0) return null;
    const { langs, wordLangProb } = this.profiles;
    const L = langs.length;
    const langprob = new Float64Array(L);
    const rnd = new PyRandom(this.seed);
    for (let t = 0; t < N_TRIAL; t++) {
      const prob = new Float64Array(L).fill(1.0 / L);
      const alpha = ALPHA_DEFAULT + rnd.gauss(0.0, 1.0) * ALPHA_WIDTH;
      const weight = alpha / BASE_FREQ;
      for (let i = 0; ; i++) {
        const row = wordLangProb.get(rnd.choice(ngrams))!;
        for (let k = 0; k < L; k++) prob[k] *= weight + row[k];
        if (i % 5 === 0) {
          // _normalize_prob: plain left-to-right sum, as Python's sum() before 3.12.
          let sum = 0;
          for (let k = 0; k < L; k++) sum += prob[k];
          let maxp = 0;
          for (let k = 0; k < L; k++) {
            const p = prob[k] / sum;
            if (maxp < p) maxp = p;
            prob[k] = p;
          }
          if (maxp > CONV_THRESHOLD || i >= ITERATION_LIMIT) break;
        }
      }
      for (let k = 0; k < L; k++) langprob[k] += prob[k] / N_TRIAL;
    }
    // _sort_probability: above the threshold, highest first (a stable sort keeps the first on ties).
    let best = -1;
    for (let k = 0; k < L; k++) if (langprob[k] > PROB_THRESHOLD && (best < 0 || langprob[k] > langprob[best])) best = k;
    return best < 0 ? 'unknown' : langs[best];
  }
}
