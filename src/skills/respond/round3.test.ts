// Issue 13 round 3: the kinds of miss left on unseen prompts, each pinned with sentences written for this
// test (none from a test set): named postscript markers, counted capitals next to an "in ALL CAPS" cue,
// stock sentences under a cap on capital words, keyword requests at the end of a compound sentence, the
// repeat instruction claiming only its own sentence, end phrases and counts named in running text, and
// comma bans phrased as leaving commas out (detected, so the enforcer removes them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createContext } from '../ifeval/context.ts';
import { evaluate } from '../ifeval/evaluate.ts';
import type { InputExample } from '../ifeval/types.ts';
import { IfevalResponder } from './respond.ts';
import { enforceOne } from './enforce/enforce.ts';
import { lowerCapsRuns } from './compose.ts';

const r = IfevalResponder.builtIn();
const ctx = createContext();

/** Whether a response follows every instruction (strict) of a prompt. */
function follows(ex: InputExample, response: string): boolean {
  return evaluate([ex], new Map([[ex.prompt, response]]), ctx).strict[0].follow_all_instructions;
}

test('a postscript marker the prompt names is the one written (quoted, or "PS:" as written)', () => {
  const es = 'Escríbeme una nota corta para mi hermana sobre la cena del sábado y termina con una posdata que empiece con "P.D." recordándole el postre.';
  assert.equal(r.plan(es).postscript, 'P.D.');
  assert.match(r.respond(es), /^P\.D\. /m);
  const de = 'Schreib eine kurze Nachricht an meinen Chef wegen des Urlaubs. Und am Schluss ein PS: mit einem Dank für die Geduld.';
  assert.equal(r.plan(de).postscript, 'PS:');
  const en = 'Write a note to the book club about the next meeting, with a postscript that begins with "N.B." about parking.';
  assert.equal(r.plan(en).postscript, 'N.B.');
  // A quoted P.S. spelling stays the official marker.
  assert.equal(r.plan('Write a memo about lunch. Add a postscript starting with "p.s".').postscript, 'P.S.');
  for (const [prompt, marker] of [[es, 'P.D.'], [en, 'N.B.']] as const) {
    const ex: InputExample = { key: 1, prompt, instruction_id_list: ['detectable_content:postscript'], kwargs: [{ postscript_marker: marker }] };
    assert.ok(follows(ex, r.respond(prompt)));
    const out = enforceOne(r, ctx, prompt, 'Hello there.\n\nSee you on Saturday.').response;
    assert.ok(follows(ex, out), out);
    // A draft that already has the marker at a line start keeps it once.
    const kept = enforceOne(r, ctx, prompt, `Hello there.\n\n${marker} Bring an umbrella.`).response;
    assert.equal(kept.split(marker).length - 1, 1, kept);
  }
});

test('counted capitals beat the all-capitals reading of "in ALL CAPS" in the same prompt', () => {
  const p = 'Write a notice for the swimming pool. A couple of words in ALL CAPS are fine, but use fewer than 4 all-caps words in total.';
  const plan = r.plan(p);
  assert.equal(plan.upper, false);
  assert.deepEqual(plan.caps, [0, 3]);
  const ex: InputExample = { key: 2, prompt: p, instruction_id_list: ['change_case:capital_word_frequency'], kwargs: [{ capital_relation: 'less than', capital_frequency: 4 }] };
  assert.ok(follows(ex, r.respond(p)));
});

test('under a cap on capital words the stock sentences lose their capital runs ("A", "I")', () => {
  assert.equal(lowerCapsRuns("A good place. I'm sure the NASA team is OK-ish."), "a good place. i'm sure the nasa team is ok-ish.");
  const p = "I'm the treasurer of a chess club and need a reminder about fees. Use fewer than 2 words in all capital letters.";
  const ex: InputExample = { key: 3, prompt: p, instruction_id_list: ['change_case:capital_word_frequency'], kwargs: [{ capital_relation: 'less than', capital_frequency: 2 }] };
  assert.ok(follows(ex, r.respond(p)), r.respond(p));
});

test('a keyword request at the end of a sentence that asks for other things first is read', () => {
  assert.deepEqual(r.plan('Write a leaflet for the allotment open day. Use four paragraphs, and make sure the word marrow is in there.').keywords, ['marrow']);
  assert.deepEqual(r.plan('Write a leaflet for the allotment open day. Keep it under 200 words and make sure the word "marrow" appears.').keywords, ['marrow']);
  assert.deepEqual(r.plan('Write a leaflet for the allotment open day. Give it a title in double angle brackets, and mention the compost heap somewhere.').keywords, ['compost heap']);
});

test('the repeat instruction claims only its own sentence: later instructions on its line are read', () => {
  const p = 'Why do cats knock things off tables?\nFirst repeat my question word for word with nothing before it, then answer. Put a title in double angle brackets like <<this>>, and do not use any commas.';
  const plan = r.plan(p);
  assert.equal(plan.repeat, 'Why do cats knock things off tables?');
  assert.equal(plan.title, true);
  assert.equal(plan.noComma, true);
  const above = 'Write a riddle about a kettle that whistles at midnight.\nBefore the riddle, copy the sentence above exactly as it is.';
  assert.equal(r.plan(above).repeat, 'Write a riddle about a kettle that whistles at midnight.');
  assert.equal(r.plan(above).sents, null);
});

test('end phrases, counts and bans named in running text', () => {
  assert.equal(r.plan('Write a thank-you card for the neighbours and sign it off with "Love, the Parkers".').endPhrase, 'Love, the Parkers');
  assert.equal(r.plan('Draft the auto-reply. Our replies always close with this sentence, exactly as written: Have a lovely week!').endPhrase, 'Have a lovely week!');
  assert.deepEqual(r.plan('Describe the harbour at dawn in 80 words at most.').words, [0, 80]);
  assert.deepEqual(r.plan('Describe the harbour at dawn in 6 sentences at least.').sents, [6, 0x7fffffff]);
  assert.equal(r.plan('Make a form letter with at least 3 gaps in square brackets like [date] to fill in.').placeholders, 3);
  assert.equal(r.plan('Write the menu blurb and please leave out commas entirely.').noComma, true);
  assert.equal(r.plan('Write the menu blurb. My printer chokes on commas, so none of those.').noComma, true);
  assert.deepEqual(r.plan('Write a review of the cafe and do not describe anything as "cosy".').forbid, ['cosy']);
  assert.deepEqual(r.plan('Write a poster with at most two words in ALL CAPS, and under 50 words total.').caps, [0, 2]);
  assert.equal(r.plan('Écris un message et mets en évidence au moins 3 passages avec des astérisques.').highlights, 3);
});

test('repeat + no comma with commas in the request: the request stays verbatim, the answer loses its commas', () => {
  // The official checker counts the repeated request's commas, so no response follows both strictly; the
  // enforcer keeps repeat_prompt (verbatim) and makes everything after it comma-free (loose: both hold).
  const p = 'Name three rivers in France, Spain, or Italy.\nFirst repeat the request word for word without change, then answer. Do not use any commas.';
  const o = enforceOne(r, ctx, p, 'Sure, here they are: the Loire, the Ebro, and the Po.');
  assert.equal(o.response, 'Name three rivers in France, Spain, or Italy.\n\nSure here they are: the Loire the Ebro and the Po.');
  assert.deepEqual(o.strict, [true, false]);
  assert.deepEqual(o.loose, [true, true]);
});
