// The multiple-choice skill's lexicon: word lists for each flag of docs/format.md §2.4. It is
// crystallized into the artifact's LEXN section as a hash table, so the runtimes never see words.
import { tokenHashes } from '../../text/tokenize.ts';

export const FLAG = {
  STOP: 1 << 0,
  NEG: 1 << 1,
  UNIV: 1 << 2,
  EXIST: 1 << 3,
  MODAL: 1 << 4,
  COMPAR: 1 << 5,
  ONLY: 1 << 6,
  COND: 1 << 7,
  // Question cues, bits 8..19, in priority order (the lowest set bit decides the question type).
  QT_EXCEPT: 1 << 8,
  QT_WEAKEN: 1 << 9,
  QT_STRENGTHEN: 1 << 10,
  QT_ASSUME: 1 << 11,
  QT_EXPLAIN: 1 << 12,
  QT_FLAW: 1 << 13,
  QT_PARALLEL: 1 << 14,
  QT_ROLE: 1 << 15,
  QT_DEFINITION: 1 << 16,
  QT_MAINIDEA: 1 << 17,
  QT_COMPLETE: 1 << 18,
  QT_INFER: 1 << 19,
} as const;

export type FlagName = keyof typeof FLAG;

/** Question-cue bits occupy 8..19; logic word ids occupy bits 20..24 (docs/format.md §2.4). */
export const QT_FIRST_BIT = 8;
export const QT_CUE_COUNT = 12;
export const LOGIC_SHIFT = 20;

/** Names of the option-property flags (bits 0..7), in bit order: used by the `qt_flag` features. */
export const OPTION_FLAG_NAMES = ['STOP', 'NEG', 'UNIV', 'EXIST', 'MODAL', 'COMPAR', 'ONLY', 'COND'] as const;

/** Names of question types by qtype value (0 = none of the cues); 16 slots, 13 used. */
export const QTYPE_NAMES = [
  'other', 'except', 'weaken', 'strengthen', 'assumption', 'explain', 'flaw', 'parallel', 'role',
  'definition', 'main idea', 'complete', 'infer', 'qt13', 'qt14', 'qt15',
] as const;

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
  QT_EXCEPT: ['except', 'cannot', 'not', 'false', 'least', 'impossible', 'exception', 'inconsistent', 'unlikely'],
  QT_WEAKEN: ['weaken', 'weakens', 'weakened', 'weakening', 'undermine', 'undermines', 'refute', 'refutes', 'challenge', 'challenges', 'doubt', 'against', 'counter', 'objection', 'questioned', 'oppose', 'rebut', 'rebuts'],
  QT_STRENGTHEN: ['strengthen', 'strengthens', 'strengthened', 'support', 'supports', 'bolster', 'bolsters', 'justify', 'justifies', 'confirm', 'confirms'],
  QT_ASSUME: ['assumption', 'assumptions', 'assume', 'assumes', 'assumed', 'presupposition', 'presupposes', 'presuppose', 'premise', 'premises', 'prerequisite', 'relies', 'depends'],
  QT_EXPLAIN: ['explain', 'explains', 'explanation', 'explained', 'resolve', 'resolves', 'discrepancy', 'paradox', 'contradiction', 'reconcile', 'puzzle'],
  QT_FLAW: ['flaw', 'flawed', 'flaws', 'vulnerable', 'error', 'errors', 'criticism', 'mistake', 'fallacy', 'questionable', 'loophole'],
  QT_PARALLEL: ['similar', 'parallel', 'analogous', 'closely', 'resembles', 'same'],
  QT_ROLE: ['boldface', 'boldfaced', 'role', 'roles', 'proceeds', 'technique', 'method', 'strategy', 'portions'],
  QT_DEFINITION: ['definition', 'definitions', 'belongs', 'belong', 'defined'],
  QT_MAINIDEA: ['main', 'gist', 'summary', 'intended', 'intends', 'emphasize', 'emphasized', 'purpose', 'title', 'summarizes', 'idea', 'meant'],
  QT_COMPLETE: ['complete', 'completes', 'completion', 'blank'],
  QT_INFER: ['infer', 'inferred', 'infered', 'inference', 'conclude', 'concluded', 'conclusion', 'follows', 'follow', 'deduced', 'deduce', 'derived', 'implied', 'implies', 'must', 'true', 'determined', 'drawn', 'consistent', 'correct', 'understanding', 'accurate'],
};

/** Logic words for the deductive module: id stored in flag bits 20..24 (docs/format.md §2.9). */
export const LOGIC_WORDS: Record<number, readonly string[]> = {
  1: ['if', 'whenever', 'provided'],
  2: ['then'],
  3: ['only'],
  4: ['unless'],
  5: ['either'],
  6: ['or'],
  7: ['and', 'but'],
  8: ['both'],
  9: ['all', 'every', 'each'],
  10: ['no', 'none'],
  11: ['is', 'are', 'was', 'were', 'be'],
  12: ['neither'],
  13: ['nor'],
  14: ['therefore', 'thus', 'hence', 'consequently'],
  15: ['as', 'even'],
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
  for (const [id, words] of Object.entries(LOGIC_WORDS)) {
    for (const word of words) {
      const h = tokenHashes(word)[0];
      const prev = map.get(h) ?? 0;
      if (prev >>> LOGIC_SHIFT) throw new Error(`logic word ${JSON.stringify(word)} has two ids`);
      map.set(h, prev | (Number(id) << LOGIC_SHIFT));
    }
  }
  return [...map.entries()].sort((x, y) => x[0] - y[0]);
}
