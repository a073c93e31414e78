// The multiple-choice item as users write it, and its UTF-8 encoding for the runtimes.
import type { EncodedItem } from './features.ts';

export interface McqItem {
  id?: string;
  context: string;
  question: string;
  options: string[];
  /** 0-based index of the correct option, when known. */
  answer?: number;
  /** Training weight (default 1); used only by the trainer, never by the runtimes. */
  weight?: number;
}

const utf8 = new TextEncoder();

export function encodeItem(item: McqItem): EncodedItem {
  return {
    context: utf8.encode(item.context),
    question: utf8.encode(item.question),
    options: item.options.map((o) => utf8.encode(o)),
  };
}
