// Turning annotated examples into what the trainers consume: tokens, gold BIO tags (a token belongs
// to a slot when it starts inside the slot's trimmed span), the intent and slot inventories, and the
// gazetteer keys of every example (so each query's own values can be left out while training).
import { exampleKeys } from './gazetteer.ts';
import { beginTag, insideTag, TAG_O } from './tags.ts';
import { tokenize, type Token } from './tokenize.ts';
import { OUT_OF_SCOPE, type CommandDataset, type CommandExample } from './types.ts';

export interface Prepared {
  example: CommandExample;
  tokens: Token[];
  intentId: number;
  gold: number[];
  gazKeys: number[];
}

export interface Inventory {
  intents: string[];
  slots: string[];
  intentSlots: number[][];
}

/** Sorted intents and slots of a dataset (examples and schema), and each intent's slot ids. */
export function inventory(ds: CommandDataset): Inventory {
  const intentSet = new Set<string>(Object.keys(ds.intents));
  const slotSet = new Set<string>();
  for (const ex of ds.examples) {
    intentSet.add(ex.intent);
    for (const s of ex.slots) slotSet.add(s.slot);
  }
  for (const it of Object.values(ds.intents)) for (const s of Object.keys(it.slots)) slotSet.add(s);
  const intents = [...intentSet].sort();
  const slots = [...slotSet].sort();
  const slotId = new Map(slots.map((s, i) => [s, i]));
  const per = intents.map(() => new Set<number>());
  const intentId = new Map(intents.map((s, i) => [s, i]));
  for (const ex of ds.examples) for (const s of ex.slots) per[intentId.get(ex.intent)!].add(slotId.get(s.slot)!);
  for (const it of Object.values(ds.intents)) for (const s of Object.keys(it.slots)) per[intentId.get(it.name)!]?.add(slotId.get(s)!);
  return { intents, slots, intentSlots: per.map((s) => [...s].sort((a, b) => a - b)) };
}

/** Code-point span of a slot with surrounding white space removed. */
export function trimmedSpan(s: { start: number; end: number; text: string }): { start: number; end: number } {
  const cps = [...s.text];
  let a = 0;
  let b = cps.length;
  while (a < b && cps[a].trim() === '') a++;
  while (b > a && cps[b - 1].trim() === '') b--;
  return { start: s.start + a, end: s.start + b };
}

/** Gold BIO tags and token spans per slot. */
export function goldTags(tokens: Token[], ex: CommandExample, slotId: Map<string, number>): { tags: number[]; spans: Array<{ slotId: number; first: number; last: number }> } {
  const tags = tokens.map(() => TAG_O);
  const spans: Array<{ slotId: number; first: number; last: number }> = [];
  for (const s of ex.slots) {
    const id = slotId.get(s.slot);
    if (id === undefined) continue;
    const { start, end } = trimmedSpan(s);
    let first = -1;
    let last = -1;
    tokens.forEach((t, k) => {
      if (t.start >= start && t.start < end) {
        if (first < 0) first = k;
        last = k;
      }
    });
    if (first < 0) continue;
    for (let k = first; k <= last; k++) tags[k] = k === first ? beginTag(id) : insideTag(id);
    spans.push({ slotId: id, first, last });
  }
  return { tags, spans };
}

export function prepare(examples: CommandExample[], inv: Inventory): Prepared[] {
  const slotId = new Map(inv.slots.map((s, i) => [s, i]));
  const intentId = new Map(inv.intents.map((s, i) => [s, i]));
  return examples.map((example) => {
    const { tokens } = tokenize(example.text);
    const { tags, spans } = goldTags(tokens, example, slotId);
    return { example, tokens, intentId: intentId.get(example.intent)!, gold: tags, gazKeys: example.intent === OUT_OF_SCOPE ? [] : exampleKeys(tokens, spans) };
  });
}
