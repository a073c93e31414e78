// Published reference figures shown beside our own numbers. None of them is reproduced here: they are
// what their authors report, drawn without intervals and labelled so on the page.
import type { AccuracyRow } from './types.ts';

export const PUBLISHED_LABEL = 'published, not reproduced here';

export const PUBLISHED: AccuracyRow[] = [
  { benchmark: 'logiqa', split: 'tuning set', system: 'public system (on its tuning set)', kind: 'published', accuracy: 0.3925, note: PUBLISHED_LABEL },
  { benchmark: 'logiqa', split: 'test', system: 'its untuned parent', kind: 'published', accuracy: 0.3037, note: PUBLISHED_LABEL },
  { benchmark: 'logiqa', split: 'test', system: 'BERT (~)', kind: 'published', accuracy: 0.32, note: PUBLISHED_LABEL },
  { benchmark: 'logiqa', split: 'test', system: 'RoBERTa (~)', kind: 'published', accuracy: 0.35, note: PUBLISHED_LABEL },
  { benchmark: 'logiqa', split: 'test', system: '7B LLMs zero-shot (~)', kind: 'published', accuracy: 0.3, note: PUBLISHED_LABEL },
  { benchmark: 'ifeval', split: 'prompt strict', system: 'GPT-4 official responses', kind: 'published', accuracy: 0.7708, note: PUBLISHED_LABEL },
  { benchmark: 'ifeval', split: 'prompt loose', system: 'GPT-4 official responses', kind: 'published', accuracy: 0.7967, note: PUBLISHED_LABEL },
];
