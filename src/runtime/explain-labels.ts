// Human-readable names for features, used by explanations (CLI `predict`, the explorer).
import { NAMESPACES, QT_ANY } from '../mcq/features.ts';
import { OPTION_FLAG_NAMES, QTYPE_NAMES } from '../mcq/lexicon.ts';
import { VERDICT_NAMES } from '../mcq/logic.ts';

const qtName = (q: number): string => (q === QT_ANY ? 'any' : QTYPE_NAMES[q]);

export function describeHashed(ns: number, token: number, tokens: string[], qtype: number): string {
  const t = JSON.stringify(tokens[token] ?? '?');
  switch (ns) {
    case 1:
      return `option word ${t}`;
    case 2:
      return `option bigram ${JSON.stringify(`${tokens[token] ?? '?'} ${tokens[token + 1] ?? '?'}`)}`;
    default:
      return `${qtName(qtype)} question × option word ${t}`;
  }
}

const BUCKETS = ['0-24%', '25-49%', '50-74%', '75-99%', '100%', 'no content words'];

export function describeDense(index: number): { family: string; label: string } {
  const block = NAMESPACES.find((n) => n.kind === 'dense' && index >= n.base && index < n.base + n.count);
  if (!block || block.kind !== 'dense') return { family: 'dense', label: `dense[${index}]` };
  const local = index - block.base;
  const by8 = `${qtName(local >> 3)} question ×`;
  const by6 = `${qtName(Math.floor(local / 6))} question ×`;
  const by5 = `${qtName(Math.floor(local / 5))} question ×`;
  switch (block.name) {
    case 'qt_len_long':
      return { family: block.name, label: `${by8} ${local & 7} options longer` };
    case 'qt_len_short':
      return { family: block.name, label: `${by8} ${local & 7} options shorter` };
    case 'qt_ctx_overlap':
      return { family: block.name, label: `${by6} words in context ${BUCKETS[local % 6]}` };
    case 'qt_opt_overlap':
      return { family: block.name, label: `${by6} words shared with other options ${BUCKETS[local % 6]}` };
    case 'qt_q_overlap':
      return { family: block.name, label: `${by6} words in question ${BUCKETS[local % 6]}` };
    case 'qt_flag':
      return { family: block.name, label: `${by8} option has ${OPTION_FLAG_NAMES[local & 7]}` };
    case 'qt_logic':
      return { family: block.name, label: `${by5} deductive verdict: ${VERDICT_NAMES[local % 5]}` };
    case 'qt_ctx_rank':
      return { family: block.name, label: `${by8} ${local & 7} options with more context overlap` };
    case 'qt_opt_rank':
      return { family: block.name, label: `${by8} ${local & 7} options sharing more with others` };
    default:
      return { family: block.name, label: `option position ${String.fromCharCode(65 + local)}` };
  }
}
