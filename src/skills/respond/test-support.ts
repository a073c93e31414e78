// Test prompts the IFEval sets lack: long ones, to pin the token cut and the C port's limits
// (src/board/ifeval-native.test.ts, src/board/ifeval-board.test.ts).

const LINES = [
  'The river town keeps its old stone bridge, and the market opens on Tuesdays when the boats come in.',
  'Travelers ask about the lighthouse, the 1887 flood, and the recipes the bakers still share at dawn.',
  'Write about how the town changed, what the people remember, and why the bridge still matters to them.',
];
/** Every PARAGRAPH_EVERY-th line ends a paragraph, so the prompt has blank lines too. */
const PARAGRAPH_EVERY = 7;
const CONSTRAINTS = '\nAnswer with at least 300 words, in all lowercase letters, and do not use any commas.';

/** A prompt of about `bytes` UTF-8 bytes: varied request text, then a few constraints. */
export function longPrompt(bytes: number): string {
  let text = '';
  for (let k = 0; text.length + CONSTRAINTS.length < bytes; k++) text += LINES[k % LINES.length] + ((k + 1) % PARAGRAPH_EVERY === 0 ? '\n\n' : ' ');
  return text + CONSTRAINTS;
}
