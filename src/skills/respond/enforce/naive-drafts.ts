// Naive drafts for measuring the enforcer on prompts it never saw (issue 13): a fixed generic
// three-paragraph answer that knows nothing of the prompt's constraints and shares no code with the
// detector or the composer. Its only tie to the prompt is one opening sentence naming the request
// (the prompt's first line, cut at a word boundary), so every constraint has to be reached by edits.
import { readJsonl } from '../../ifeval/io.ts';

/** Longest stretch of the prompt quoted in the opening sentence. */
const OPENING_CHARS = 80;

const BODY = [
  'There are a few things worth saying about this, and I will keep them simple. First, it helps to understand what the question is really asking, because a clear goal makes every later step easier. Second, good answers usually come from looking at a problem from more than one side.',
  'In practice, most people start with what they already know, then fill the gaps one at a time. It is fine to make small mistakes along the way, as long as you notice them and adjust. Talking to others, reading widely, and taking short notes all help.',
  'To sum up, take it step by step, stay curious, and be patient with yourself. The details matter, but the overall direction matters more. I hope this gives you a useful starting point.',
];

export function naiveDraft(prompt: string): string {
  let head = prompt.trim().split('\n')[0] ?? '';
  if (head.length > OPENING_CHARS) head = head.slice(0, head.lastIndexOf(' ', OPENING_CHARS)).trim() + '...';
  return [`You asked: "${head}" Here is my answer.`, ...BODY].join('\n\n');
}

/** A responses file of naive drafts for every prompt of an IFEval JSONL file. */
export function naiveDraftsFile(inputPath: string): string {
  return readJsonl(inputPath)
    .map(({ value }) => JSON.stringify({ prompt: value.prompt, response: naiveDraft(String(value.prompt)) }) + '\n')
    .join('');
}
