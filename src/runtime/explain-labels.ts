// Human-readable names for features, used by explanations (CLI `predict`, the explorer).
import { NAMESPACES } from '../mcq/features.ts';
import { OPTION_FLAG_NAMES, QTYPE_NAMES } from '../mcq/lexicon.ts';

export function describeHashed(ns: number, token: number, tokens: string[], qtype: number): string {
  const t = JSON.stringify(tokens[token] ?? '?');
  switch (ns) {
    case 1:
      return `option word ${t}`;
    case 2:
      return `option bigram ${JSON.stringify(`${tokens[token] ?? '?'} ${tokens[token + 1] ?? '?'}`)}`;
    default:
      return `${QTYPE_NAMES[qtype]} question × option word ${t}`;
  }
}

export function describeDense(index: number): { family: string; label: string } {
  const block = NAMESPACES.find((n) => n.kind === 'dense' && index >= n.base && index < n.base + n.count);
  if (!block || block.kind !== 'dense') return { family: 'dense', label: `dense[${index}]` };
  const local = index - block.base;
  const buckets = ['0-24%', '25-49%', '50-74%', '75-99%', '100%', 'no content words'];
  switch (block.name) {
    case 'qt_len_long':
      return { family: block.name, label: `${QTYPE_NAMES[local >> 3]} question × ${local & 7} options longer` };
    case 'qt_len_short':
      return { family: block.name, label: `${QTYPE_NAMES[local >> 3]} question × ${local & 7} options shorter` };
    case 'qt_ctx_overlap':
      return { family: block.name, label: `${QTYPE_NAMES[Math.floor(local / 6)]} question × words in context ${buckets[local % 6]}` };
    case 'qt_opt_overlap':
      return { family: block.name, label: `${QTYPE_NAMES[Math.floor(local / 6)]} question × words shared with other options ${buckets[local % 6]}` };
    case 'qt_flag':
      return { family: block.name, label: `${QTYPE_NAMES[local >> 3]} question × option has ${OPTION_FLAG_NAMES[local & 7]}` };
    default:
      return { family: block.name, label: `option position ${String.fromCharCode(65 + local)}` };
  }
}
