// Human-readable names for features, used by explanations (CLI `predict`, the explorer).
import { NAMESPACES, QT_ANY } from './features.ts';
import { OPTION_FLAG_NAMES, QTYPE_NAMES } from './lexicon.ts';
import { VERDICT_NAMES } from './logic.ts';

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
  // A crossed block's local index is qtype * stride + v (docs/format.md §2.7); position has stride 0.
  const stride = block.stride;
  const v = stride > 0 ? local % stride : local;
  const by = stride > 0 ? `${qtName(Math.floor(local / stride))} question ×` : '';
  switch (block.name) {
    case 'qt_len_long':
      return { family: block.name, label: `${by} ${v} options longer` };
    case 'qt_len_short':
      return { family: block.name, label: `${by} ${v} options shorter` };
    case 'qt_ctx_overlap':
      return { family: block.name, label: `${by} words in context ${BUCKETS[v]}` };
    case 'qt_opt_overlap':
      return { family: block.name, label: `${by} words shared with other options ${BUCKETS[v]}` };
    case 'qt_q_overlap':
      return { family: block.name, label: `${by} words in question ${BUCKETS[v]}` };
    case 'qt_flag':
      return { family: block.name, label: `${by} option has ${OPTION_FLAG_NAMES[v]}` };
    case 'qt_logic':
      return { family: block.name, label: `${by} deductive verdict: ${VERDICT_NAMES[v]}` };
    case 'qt_ctx_rank':
      return { family: block.name, label: `${by} ${v} options with more context overlap` };
    case 'qt_opt_rank':
      return { family: block.name, label: `${by} ${v} options sharing more with others` };
    case 'position':
      return { family: block.name, label: `option position ${String.fromCharCode(65 + v)}` };
  }
}
