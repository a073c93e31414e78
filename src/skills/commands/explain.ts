// Explanations of a decision: which features decided the intent (their i8 weights for the chosen
// intent and the runner-up) and, per token, the chosen tag, the features that weighed most for it, the
// best other tag and the transition taken. Everything shown is read from the artifact's tables, so the
// numbers add up to the integer scores the runtime used.
import { intentFeatures, tokenFeatures } from './features.ts';
import { FLAG_INTENT_GAZ, intentNsSet, type CommandsModel } from './model.ts';
import { featureHash } from '../../text/hash.ts';
import { NS } from './features.ts';

const featureHashIs = (fs: number[], slot: number) => fs.includes(featureHash(NS.INT_GAZ, slot, 0));
import { emissionWeight, type Decision } from './runtime.ts';
import { BloomGazetteer } from './gazetteer.ts';
import { allowedTags, isInside, slotOfTag, TAG_O } from './tags.ts';

/** Features listed per decision. */
const TOP_FEATURES = 5;

export interface FeatureWeight {
  feature: string;
  weight: number;
}

export interface TokenExplanation {
  token: string;
  tag: string;
  score: number;
  runnerUp?: { tag: string; score: number };
  transition: number;
  top: FeatureWeight[];
}

export interface Explanation {
  intent: { chosen: string; score: number; runnerUp?: { intent: string; score: number }; scores: Record<string, number>; top: FeatureWeight[] };
  tokens: TokenExplanation[];
  pathScore: number;
  truncated: boolean;
  refused?: string;
}

export function tagName(m: CommandsModel, tag: number): string {
  if (tag === TAG_O) return 'O';
  return `${isInside(tag) ? 'I' : 'B'}-${m.slots[slotOfTag(tag)]}`;
}

export function explain(m: CommandsModel, d: Decision): Explanation {
  const C = m.intents.length;
  const order = [...d.intentScores.keys()].sort((a, b) => d.intentScores[b] - d.intentScores[a] || a - b);
  const runner = order.find((c) => c !== d.intentId);
  const words = d.tokens.map((t) => String.fromCodePoint(...t.cps).toLowerCase());
  const iLabels: string[] = [];
  words.forEach((w, k) => iLabels.push(`word=${w}`, `pair=${k ? words[k - 1] : '<s>'} ${w}`));
  iLabels.push(`pair=${words[words.length - 1] ?? '<s>'} </s>`);
  const gaz = new BloomGazetteer(m.bloom, m.bloomProbes);
  const iFeatures = intentFeatures(d.tokens, gaz, m.featureFlags & FLAG_INTENT_GAZ ? m.slots.length : 0, m.featureFlags);
  // Gazetteer features follow the word features, one per matched slot in increasing id.
  const matched = m.slots.filter((_, s) => featureHashIs(iFeatures, s));
  matched.forEach((s) => iLabels.push(`known ${s} value in the query`));
  const imask = (1 << m.intentBits) - 1;
  const iTop = iFeatures
    .map((h, k) => ({ feature: iLabels[k], weight: m.intentWeights[(h & imask) * C + d.intentId] }))
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, TOP_FEATURES);
  const info = m.intents[d.intentId];
  const allowed = allowedTags(info.slots);
  const labels: string[][] = [];
  tokenFeatures(d.tokens, { lexicon: (h) => m.lexicon.get(h) ?? 0, gazetteer: gaz, slotIds: info.slots, intentId: d.intentId, intentNs: intentNsSet(m.intentNsMask), flags: m.featureFlags }, labels);
  const tmask = (1 << m.taggerBits) - 1;
  const T = m.tagCount;
  const tokens = d.tokens.map((t, i): TokenExplanation => {
    const score = (tag: number) => d.features[i].reduce((s, h) => s + emissionWeight(m, h & tmask, tag), 0);
    const tag = d.tags[i];
    const others = allowed.filter((a) => a !== tag).map((a) => ({ tag: tagName(m, a), score: score(a) }));
    others.sort((a, b) => b.score - a.score);
    const top = d.features[i]
      .map((h, k) => ({ feature: labels[i][k].replace(/slot (\d+)/, (_, s: string) => m.slots[Number(s)]), weight: emissionWeight(m, h & tmask, tag) }))
      .filter((f) => f.weight !== 0)
      .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
      .slice(0, TOP_FEATURES);
    return {
      token: String.fromCodePoint(...t.cps),
      tag: tagName(m, tag),
      score: score(tag),
      runnerUp: others[0],
      transition: m.trans[(i === 0 ? 0 : d.tags[i - 1] + 1) * T + tag],
      top,
    };
  });
  const scores: Record<string, number> = {};
  m.intents.forEach((it, c) => (scores[it.name] = d.intentScores[c]));
  return {
    intent: {
      chosen: info.name,
      score: d.intentScores[d.intentId],
      runnerUp: runner === undefined ? undefined : { intent: m.intents[runner].name, score: d.intentScores[runner] },
      scores,
      top: iTop,
    },
    tokens,
    pathScore: d.pathScore,
    truncated: d.truncated,
    refused: info.refuse ? info.reason : undefined,
  };
}

/** Plain-text rendering for the terminal. */
export function formatExplanation(e: Explanation): string {
  const lines: string[] = [];
  const ru = e.intent.runnerUp ? `, runner-up ${e.intent.runnerUp.intent} ${e.intent.runnerUp.score}` : '';
  lines.push(`intent ${e.intent.chosen} (score ${e.intent.score}${ru})${e.refused ? ` -> refused: ${e.refused}` : ''}`);
  for (const f of e.intent.top) lines.push(`  ${f.weight >= 0 ? '+' : ''}${f.weight}  ${f.feature}`);
  lines.push(`slots (Viterbi path score ${e.pathScore}${e.truncated ? ', query truncated' : ''}):`);
  for (const t of e.tokens) {
    const ru = t.runnerUp ? `; next best ${t.runnerUp.tag} ${t.runnerUp.score}` : '';
    lines.push(`  ${t.token.padEnd(14)} ${t.tag.padEnd(24)} emission ${t.score}, transition ${t.transition}${ru}`);
    lines.push(`      ${t.top.map((f) => `${f.feature} ${f.weight >= 0 ? '+' : ''}${f.weight}`).join(', ')}`);
  }
  return lines.join('\n');
}

