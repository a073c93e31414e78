// Enforcer tests: one exact case per constraint family (prompt, draft -> response, retention),
// retention itself, a seeded property test (every output verifies strict against the detected plan
// or is marked as a fallback, and enforce is idempotent on verified rows) and the pinned figures on
// the official GPT-4 drafts when the IFEval data is present.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { findDataDir } from '../../../io/data-dir.ts';
import { createContext } from '../../ifeval/context.ts';
import { IfevalResponder } from '../respond.ts';
import { enforceOne } from './enforce.ts';
import { lcsLength, retentionPpm } from './retention.ts';
import { enforceAll, readEnforceInputs } from './run.ts';
import { summarizeEnforce } from './report.ts';
import { readResponses } from '../../ifeval/io.ts';

const dataDir = findDataDir();
const haveData = !!dataDir && existsSync(join(dataDir, 'punkt-english'));
const skip = haveData ? false : 'Punkt data not found: set ENGRAM_DATA_DIR (expects punkt-english/)';
const gpt4 = dataDir ? join(dataDir, 'ifeval', 'responses_gpt4_20231107.jsonl') : '';
const official = dataDir ? join(dataDir, 'ifeval', 'input_data.jsonl') : '';
/** Pinned figures on the official GPT-4 drafts (official kwargs, Punkt English, Python langdetect profiles). */
const PIN_STRICT = 533;
const PIN_LOOSE = 538;
const PIN_RETENTION_PPM = 972317;
// Language fallbacks 6 -> 1: a language name used as a topic ("Croatian", "Czech", "Chinese poem",
// "Ukrainian", "Dutch") is no longer read as a response language, so those drafts are edited, not replaced.
const PIN_FALLBACK = { language: 1, unsatisfied: 12, missing_draft: 0 };
const haveGpt4 = haveData && existsSync(gpt4) && existsSync(official);

test('retention: LCS of lowercase word tokens over the draft length, in ppm', () => {
  assert.equal(lcsLength(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd']), 3);
  assert.equal(retentionPpm('One, two; three four.', 'one TWO four'), 750000);
  assert.equal(retentionPpm('', 'anything'), 1000000);
  assert.equal(retentionPpm('Same words here.', '"Same words here."'), 1000000);
});

/** [name, prompt, draft, expected response, expected retention ppm] */
const CASES: Array<[string, string, string, string, number]> = [
  ["no_comma: commas go, digit groups close up",
    "Write a short note about gardens. Do not use any commas in your response.",
    "Gardens need water, light, and care. In 2023, 1,000 people visited.",
    "Gardens need water light and care. In 2023 1000 people visited.", 833333],
  ["forbidden words: a listed word goes with its connector, a sentence that holds one goes",
    "Write a short note about gardens. Do not include the words \"water\" or \"soil\" in your response.",
    "Gardens need water and good soil. Water them daily.",
    "Gardens need good.", 333333],
  ["bullets: numbered items become bullets",
    "List the planets. Your answer must contain exactly 3 bullet points in markdown format.",
    "Here are some planets:\n1. Mercury is closest.\n2. Venus is hot.\n3. Earth is home.\n4. Mars is red.",
    "Here *are some planets*:\n* Mercury is closest.\n* Venus is hot.\n* Earth is home.\n4. Mars is red.", 850000],
  ["title: the first heading line becomes the title",
    "Write a poem about the sea. Your answer must contain a title, wrapped in double angular brackets, such as <<poem of joy>>.",
    "# The Sea\n\nWaves roll in.\nSalt in the air.",
    "<<The Sea>>\n\nWaves roll in.\nSalt in the air.", 1000000],
  ["postscript: added after the text",
    "Write a note about tea. At the end of your response, please explicitly add a postscript starting with P.S.",
    "Tea is calming. Green tea is mild.",
    "Tea is calming. Green tea is mild.\n\nP.S. Honest questions lead to the best answers.", 1000000],
  ["end phrase: added last",
    "Write a note about tea. Finish your response with this exact phrase \"Any other questions?\". No other words should follow this phrase.",
    "Tea is calming. Green tea is mild.",
    "Tea is calming. Green tea is mild.\n\nAny other questions?", 1000000],
  ["highlights: phrases after each sentence's first word",
    "Write about cats. Highlight at least 2 sections in your answer with markdown, i.e. *highlighted section*.",
    "Cats sleep a lot. They like warm places. Some cats enjoy water.",
    "Cats *sleep a lot*. They *like warm places*. Some cats enjoy water.", 1000000],
  ["*** paragraphs: blocks regrouped",
    "Write about cats. There should be 2 paragraphs. Paragraphs are separated with the markdown divider: ***",
    "Cats sleep a lot.\n\nThey like warm places.\n\nSome cats enjoy water.",
    "Cats sleep a lot.\n\n***\n\nThey like warm places.\n\nSome cats enjoy water.", 1000000],
  ["sentence cap: sentences merged with semicolons (no word lost)",
    "Write about cats in fewer than 3 sentences.",
    "Cats sleep a lot. They like warm places. Some cats enjoy water. Many purr.",
    "Cats sleep a lot. They like warm places; some cats enjoy water; many purr.", 1000000],
  ["lowercase: applied to the whole response",
    "Write about cats. Your entire response should be in English, and in all lowercase letters. No capital letters are allowed.",
    "Cats sleep a lot. They like warm places.",
    "cats sleep a lot. they like warm places.", 1000000],
  ["quotation: wrapped",
    "Write about cats. Wrap your entire response with double quotation marks.",
    "Cats sleep a lot.",
    "\"Cats sleep a lot.\"", 1000000],
  ["keywords: carrier sentences",
    "Write about cats. Make sure to include the keywords \"whisker\" and \"nap\".",
    "Cats sleep a lot.",
    "Cats sleep a lot. The word whisker fits well here. We should also mention nap.", 1000000],
  ["word minimum: topic sentences added",
    "Write about cats. Answer with at least 40 words.",
    "Cats sleep a lot.",
    "Cats sleep a lot. This answer is about cats. Many people want to know more about cats. A good place to start is with the basics of cats. It helps to look at cats one step at a time. Small details about cats can make a big difference.", 1000000],
];

test('per family: exact edits on small drafts, each verified strict against the detected plan', { skip }, () => {
  const ctx = createContext();
  const R = IfevalResponder.builtIn();
  for (const [name, prompt, draft, want, ret] of CASES) {
    const r = enforceOne(R, ctx, prompt, draft);
    assert.equal(r.response, want, name);
    assert.equal(r.retentionPpm, ret, name);
    assert.equal(r.fallback, null, name);
    assert.ok(r.strict.every(Boolean), name);
  }
});

test('a draft that already verifies is returned unchanged; a draft in another language falls back to the composer', { skip }, () => {
  const ctx = createContext();
  const R = IfevalResponder.builtIn();
  const ok = enforceOne(R, ctx, 'Write about cats. Do not use any commas.', 'Cats sleep a lot.');
  assert.equal(ok.response, 'Cats sleep a lot.');
  assert.deepEqual(ok.edits, []);
  const fr = enforceOne(R, ctx, 'Write about cats. Your entire response should be in French, no other language is allowed.', 'Cats sleep a lot during the day and they like warm places near the window.');
  assert.equal(fr.fallback, 'language');
  assert.ok(fr.strict.every(Boolean));
});

/** Prompts whose plans the property test draws drafts against. */
const PLANS = [
  'Write about the sea. Do not use any commas. Answer with at least 60 words.',
  'Write about the sea in fewer than 4 sentences. Your entire response should be in all lowercase letters.',
  'Write about the sea. Your answer must contain exactly 3 bullet points in markdown format and a title wrapped in double angular brackets, i.e. <<title>>.',
  'Write about the sea. There should be 3 paragraphs. Paragraphs are separated with the markdown divider: ***. At the end of your response, please explicitly add a postscript starting with P.S.',
  'Write about the sea. Include the keywords "harbor" and "tide". Do not include the word "wave". Highlight at least 2 sections with markdown, i.e. *highlighted section*.',
  'Write about the sea. Finish your response with this exact phrase "Is there anything else I can help with?". Wrap your entire response with double quotation marks.',
  'Write about the sea. Answer with less than 50 words. Make sure the letter z appears at least 3 times.',
  'Write about the sea. Wrap your entire output in JSON format. Include at least 2 placeholders represented by square brackets, such as [address].',
];

test('property: every output verifies strict or is a fallback; enforce is idempotent on verified rows', { skip }, () => {
  const ctx = createContext();
  const R = IfevalResponder.builtIn();
  const piece = fc.constantFrom('The sea is wide', 'waves crash, and gulls cry', 'Boats wait in the harbor', '1. A list item', '* a bullet', '# Heading', 'SALT', 'the wave returns', 'P.S. later', '"quoted"', '1,000 fish');
  const sentence = fc.tuple(piece, fc.constantFrom('.', '!', '?', '', ':')).map(([a, b]) => a + b);
  const draft = fc.array(fc.tuple(sentence, fc.constantFrom(' ', '\n', '\n\n')), { maxLength: 14 }).map((xs) => xs.map(([s, sep]) => s + sep).join('').trim());
  fc.assert(
    fc.property(fc.integer({ min: 0, max: PLANS.length - 1 }), draft, (k, d) => {
      const r = enforceOne(R, ctx, PLANS[k], d);
      if (r.fallback === null && !r.strict.every(Boolean)) return false;
      if (!r.strict.every(Boolean)) return true;
      return enforceOne(R, ctx, PLANS[k], r.response).response === r.response;
    }),
    { seed: 13, numRuns: 120 },
  );
});

test('official GPT-4 drafts: pinned strict count, retention and fallbacks', { skip: haveGpt4 ? false : 'IFEval GPT-4 responses not found under ENGRAM_DATA_DIR/ifeval' }, () => {
  const ctx = createContext();
  const R = IfevalResponder.builtIn();
  const { prompts, official: off } = readEnforceInputs(official);
  const rows = enforceAll(R, ctx, prompts, readResponses(gpt4));
  const s = summarizeEnforce(rows, off, ctx);
  assert.equal(s.official!.strict.prompt.correct, PIN_STRICT);
  assert.equal(s.official!.loose.prompt.correct, PIN_LOOSE);
  assert.equal(s.retention.mean_ppm, PIN_RETENTION_PPM);
  assert.deepEqual(s.fallback_rows, PIN_FALLBACK);
});
