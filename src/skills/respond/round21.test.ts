// Issue 13 round 21 (responder_version 22): two composer rules that hold whatever a prompt's wording, chosen because
// the checker's own semantics make them safe. Placeholders are counted "at least", so once any is asked for the
// composer (and the enforcer, for a draft short of the count read) writes at least PLACEHOLDER_FLOOR of them: a count misread low ("the date and the time"
// read as one blank) was the commonest placeholder miss on unseen prompts. A bounded word range is aimed at its lower
// end and filler sentences are shortened to land it: a count read without a relation ("a 100-word ad", "caps notes
// at 79 words", the range [N, N + N/20]) is then exactly N words, which satisfies "at least N" and "at most N" alike.
// Word counts here are the official checker's (\w+ runs). The C parity test runs V22_PROMPTS too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IfevalResponder } from './respond.ts';
import { PLACEHOLDER_FLOOR } from './compose.ts';
import { V22_PROMPTS } from './test-support.ts';
import { planRequirements } from './enforce/requirements.ts';
import { enforceOne } from './enforce/enforce.ts';
import { createContext } from '../ifeval/context.ts';
import { countWords } from '../ifeval/checkers/length.ts';

const r = IfevalResponder.builtIn();
const placeholders = (s: string) => (s.match(/\[[^\n]*?\]/g) ?? []).length;
const wordsAsked = (p: string) =>
  planRequirements(r.plan(p))
    .filter((q) => q.id === 'length_constraints:number_words')
    .map((q) => `${q.kwargs.relation} ${q.kwargs.num_words}`)
    .join(', ');

test('the composer writes at least PLACEHOLDER_FLOOR placeholders once any is asked for', () => {
  assert.equal(PLACEHOLDER_FLOOR, 3);
  const [one, two] = V22_PROMPTS;
  assert.equal(r.plan(one).placeholders, 1);
  assert.equal(r.plan(two).placeholders, 2);
  assert.equal(placeholders(r.respond(one)), 3);
  assert.equal(placeholders(r.respond(two)), 3);
  // No placeholder asked, none written.
  assert.equal(placeholders(r.respond(V22_PROMPTS[2])), 0);
});

test('the enforcer, when a draft falls short, tops it up to PLACEHOLDER_FLOOR placeholders, keeping the draft', () => {
  const ctx = createContext();
  const draft = 'Dear neighbour, the new fence goes up next week. Thank you for your patience.';
  const out = enforceOne(r, ctx, V22_PROMPTS[0], draft);
  assert.equal(placeholders(out.response), 3);
  assert.equal(out.fallback, null);
  assert.ok(out.response.startsWith(draft), out.response);
  // A draft that already meets the count read is not edited (edits only where a detected constraint fails).
  const met = 'Dear neighbour, the new fence goes up on [date]. Thank you for your patience.';
  assert.equal(enforceOne(r, ctx, V22_PROMPTS[0], met).response, met);
});

test('a word count read without a relation is met exactly; a stated relation keeps its range', () => {
  const want: Array<[string, string, number]> = [
    ['at least 100, less than 106', V22_PROMPTS[2], 100],
    ['at least 79, less than 83', V22_PROMPTS[3], 79],
    ['at least 57, less than 60', V22_PROMPTS[4], 57],
    ['at least 40, less than 43', V22_PROMPTS[5], 40],
    ['less than 60', V22_PROMPTS[6], 59],
  ];
  for (const [asked, prompt, words] of want) {
    assert.equal(wordsAsked(prompt), asked, prompt);
    assert.equal(countWords(r.respond(prompt)), words, prompt);
  }
  // "at least 150" has no upper end to aim inside: the composer's own length, over the floor.
  assert.equal(wordsAsked(V22_PROMPTS[7]), 'at least 150');
  assert.equal(countWords(r.respond(V22_PROMPTS[7])), 154);
});
