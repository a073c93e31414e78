// `nltk.word_tokenize` as IFEval's capital-word check uses it: Punkt sentences, then NLTK's
// improved Treebank tokenizer (NLTKWordTokenizer, nltk/tokenize/destructive.py) on each sentence.
// Every regex keeps Python's semantics: Unicode \w, \b, \d, \s and Python's `$`.
import type { PunktSentenceTokenizer } from './punkt.ts';
import { B, D, S, W, pySplit } from './py.ts';

type Rule = [RegExp, string];

const rx = (src: string, flags = '') => new RegExp(src, `gu${flags}`);

const STARTING_QUOTES: Rule[] = [
  [rx('([«“‘„]|[`]+)'), ' $1 '],
  [rx('^"'), '``'],
  [rx('(``)'), ' $1 '],
  [rx(`([ ([{<])("|'{2})`), '$1 `` '],
  [rx(`(?<!${W})(')(?!(?:re|ve|ll|m|t|s|d|n)${B})(?=${W})`, 'i'), '$1 '],
];

// Python's `$` without MULTILINE also matches before a final "\n".
const END = '(?=\\n?$)';

const PUNCTUATION: Rule[] = [
  [rx(`([^.])(\\.)([\\])}>"'»”’ ]*)${S}*${END}`), '$1 $2 $3 '],
  [rx(`([:,])([^${D}])`), ' $1 $2'],
  [rx(`([:,])${END}`), ' $1 '],
  [rx('\\.{2,}'), ' $& '],
  [rx('[;@#$%&]'), ' $& '],
  [rx('[\\u2012-\\u2015]'), ' $& '],
  [rx(`([^.])(\\.)([\\])}>"']*)${S}*${END}`), '$1 $2$3 '],
  [rx('[?!]'), ' $& '],
  [rx(`([^'])' `), "$1 ' "],
  [rx('[*]'), ' $& '],
];

const PARENS_BRACKETS: Rule = [rx('[\\][(){}<>]'), ' $& '];
const DOUBLE_DASHES: Rule = [rx('--'), ' -- '];

const ENDING_QUOTES: Rule[] = [
  [rx('([»”’])'), ' $1 '],
  [rx("''"), " '' "],
  [rx('"'), " '' "],
  [rx(`${S}+`), ' '],
  [rx("([^' ])('[sS]|'[mM]|'[dD]|') "), '$1 $2 '],
  [rx("([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) "), '$1 $2 '],
];

const CONTRACTIONS: RegExp[] = [
  rx(`${B}(can)(not)${B}`, 'i'),
  rx(`${B}(d)('ye)${B}`, 'i'),
  rx(`${B}(gim)(me)${B}`, 'i'),
  rx(`${B}(gon)(na)${B}`, 'i'),
  rx(`${B}(got)(ta)${B}`, 'i'),
  rx(`${B}(lem)(me)${B}`, 'i'),
  rx(`${B}(more)('n)${B}`, 'i'),
  rx(`${B}(wan)(na)(?=${S})`, 'i'),
  rx(` ('t)(is)${B}`, 'i'),
  rx(` ('t)(was)${B}`, 'i'),
];

function applyRules(text: string, rules: Rule[]): string {
  for (const [re, sub] of rules) text = text.replace(re, sub);
  return text;
}

/** NLTKWordTokenizer.tokenize (convert_parentheses=False) on one sentence. */
export function treebankTokenize(sentence: string): string[] {
  let text = applyRules(sentence, STARTING_QUOTES);
  text = applyRules(text, PUNCTUATION);
  text = applyRules(text, [PARENS_BRACKETS, DOUBLE_DASHES]);
  text = applyRules(` ${text} `, ENDING_QUOTES);
  for (const re of CONTRACTIONS) text = text.replace(re, ' $1 $2 ');
  return pySplit(text);
}

/** nltk.word_tokenize(text) with the English Punkt model. */
export function wordTokenize(text: string, punkt: PunktSentenceTokenizer): string[] {
  return punkt.tokenize(text).flatMap(treebankTokenize);
}
