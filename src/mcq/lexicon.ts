// The multiple-choice skill's lexicon: word lists for each flag of docs/format.md §2.4. It is
// crystallized into the artifact's LEXN section as a hash table, so the runtimes never see words.
import { tokenHashes } from '../text/tokenize.ts';

export const FLAG = {
  STOP: 1 << 0,
  NEG: 1 << 1,
  UNIV: 1 << 2,
  EXIST: 1 << 3,
  MODAL: 1 << 4,
  COMPAR: 1 << 5,
  ONLY: 1 << 6,
  COND: 1 << 7,
  QT_EXCEPT: 1 << 8,
  QT_WEAKEN: 1 << 9,
  QT_STRENGTHEN: 1 << 10,
  QT_ASSUME: 1 << 11,
  QT_EXPLAIN: 1 << 12,
  QT_FLAW: 1 << 13,
  QT_INFER: 1 << 14,
} as const;

export type FlagName = keyof typeof FLAG;

/** Names of the option-property flags (bits 0..7), in bit order: used by the `qt_flag` features. */
export const OPTION_FLAG_NAMES = ['STOP', 'NEG', 'UNIV', 'EXIST', 'MODAL', 'COMPAR', 'ONLY', 'COND'] as const;

/** Names of question types by qtype value (0 = none of the cues). */
export const QTYPE_NAMES = ['other', 'except', 'weaken', 'strengthen', 'assumption', 'explain', 'flaw', 'infer'] as const;

/** Words are written as they appear after normalization (lowercase, apostrophes removed). */
export const LEXICON_WORDS: Record<FlagName, readonly string[]> = {
  STOP: [
    'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'into', 'about',
    'and', 'or', 'but', 'so', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'it', 'its',
    'this', 'that', 'these', 'those', 'there', 'their', 'they', 'them', 'he', 'she', 'his', 'her',
    'we', 'our', 'you', 'your', 'i', 'me', 'my', 'which', 'who', 'whom', 'what', 'has', 'have', 'had',
    'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'also', 'such', 'following', 'above',
    'statement', 'statements', 'one', 'other', 'than', 'then', 'if', 'not', 'no', 'all', 'some',
    'can', 'may', 'must', 'only', 'more', 'most', 'less', 'very', 'just', 'because', 'when', 'while',
  ],
  NEG: [
    'not', 'no', 'never', 'none', 'nor', 'neither', 'nothing', 'nobody', 'nowhere', 'cannot', 'cant',
    'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'wont', 'without', 'unable',
    'impossible', 'false', 'fail', 'fails', 'failed', 'lack', 'lacks', 'neednt', 'shouldnt', 'hasnt',
  ],
  UNIV: ['all', 'every', 'each', 'always', 'any', 'entire', 'whole', 'everyone', 'everything', 'everybody', 'whenever', 'necessarily'],
  EXIST: ['some', 'several', 'many', 'most', 'few', 'certain', 'sometimes', 'partly', 'part', 'often', 'usually', 'majority', 'minority', 'least'],
  MODAL: ['may', 'might', 'could', 'possibly', 'possible', 'perhaps', 'likely', 'probably', 'can', 'unlikely', 'maybe'],
  COMPAR: ['more', 'less', 'than', 'better', 'worse', 'higher', 'lower', 'greater', 'fewer', 'larger', 'smaller', 'most', 'least', 'increase', 'decrease', 'faster', 'slower'],
  ONLY: ['only', 'solely', 'exclusively', 'unless', 'just', 'alone'],
  COND: ['if', 'then', 'whenever', 'provided', 'necessary', 'sufficient', 'requires', 'require', 'required', 'unless', 'otherwise', 'therefore', 'thus', 'hence', 'because'],
  QT_EXCEPT: ['except', 'cannot', 'not', 'false', 'least', 'impossible', 'exception'],
  QT_WEAKEN: ['weaken', 'weakens', 'weakened', 'weakening', 'undermine', 'undermines', 'refute', 'refutes', 'challenge', 'challenges', 'doubt', 'against', 'counter', 'objection', 'questioned', 'oppose'],
  QT_STRENGTHEN: ['strengthen', 'strengthens', 'strengthened', 'support', 'supports', 'supported', 'bolster', 'bolsters', 'justify', 'justifies', 'confirm', 'confirms'],
  QT_ASSUME: ['assumption', 'assumptions', 'assume', 'assumes', 'assumed', 'presupposition', 'presupposes', 'premise', 'premises', 'prerequisite', 'relies', 'depends'],
  QT_EXPLAIN: ['explain', 'explains', 'explanation', 'explained', 'resolve', 'resolves', 'discrepancy', 'paradox', 'contradiction', 'reconcile', 'puzzle'],
  QT_FLAW: ['flaw', 'flawed', 'flaws', 'vulnerable', 'error', 'errors', 'similar', 'parallel', 'method', 'technique', 'criticism', 'mistake', 'fallacy'],
  QT_INFER: ['infer', 'inferred', 'inference', 'conclude', 'concluded', 'conclusion', 'follows', 'follow', 'deduced', 'deduce', 'derived', 'implied', 'implies', 'must', 'true', 'determined', 'drawn'],
};

/** The lexicon as (token hash -> flags), flags OR-ed for words in several lists. Sorted by hash. */
export function buildLexicon(): Array<[number, number]> {
  const map = new Map<number, number>();
  for (const name of Object.keys(LEXICON_WORDS) as FlagName[]) {
    for (const word of LEXICON_WORDS[name]) {
      const hs = tokenHashes(word);
      if (hs.length !== 1) throw new Error(`lexicon word ${JSON.stringify(word)} is not exactly one token`);
      map.set(hs[0], (map.get(hs[0]) ?? 0) | FLAG[name]);
    }
  }
  return [...map.entries()].sort((x, y) => x[0] - y[0]);
}
