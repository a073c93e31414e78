// Issue 13 round 5 (responder_version 6, corrections.ts): a person's second thought, pinned with sentences written
// for this test (none from a test set). A self-correction drops what it retracts ("exactly... well, at least
// twice", "5 bullets, actually no, 4 bullets", "'cat', sorry, 'dog'"); a bare relation and number after a count
// restates it ("about 80 words, so keep it under 80"); ordinary commas, "no more than" and "well" stay as they are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IfevalResponder } from './respond.ts';
import { INF } from './plan.ts';
import { assertRequirements, REVIEW_PROMPTS, SEVENTH_AUTHOR_PROMPTS, SIXTH_AUTHOR_PROMPTS } from './test-support.ts';

const r = IfevalResponder.builtIn();

test('a self-correction keeps the corrected relation or number and drops the retracted one', () => {
  assert.deepEqual([...r.plan("Write a limerick and use the word 'kettle' exactly... well, at least three times.").kwfreq], [['kettle', [3, INF]]]);
  assert.equal(r.plan('Give me tips for packing light, 6 bullet points, actually no, 5 bullet points.').bullets, 5);
  assert.deepEqual(r.plan('A bio for the program, under 90 words - sorry, under 70 words.').words, [0, 69]);
  assert.deepEqual(r.plan('Keep the all-caps words to at least... no, at most 4 (fewer than 5).').caps, [0, 4]);
  // Without a marker: a relation trailing off in dots into another one.
  assert.deepEqual([...r.plan("Say the word 'tide' a maximum of... no more than twice.").kwfreq], [['tide', [0, 2]]]);
  // The same unit after both numbers: the whole first statement goes.
  assert.deepEqual([...r.plan("La palabra 'luna' debe aparecer por lo menos dos veces... o mejor, al menos 4 veces.").kwfreq], [['luna', [4, INF]]]);
  assert.deepEqual(r.plan("Mention the word 'harbour', sorry, 'harbor' in the caption.").keywords, ['harbor']);
});

test('a correction with its own number but no unit restates the earlier count', () => {
  assert.deepEqual(r.plan('Describe the museum café in more than 120 words, I mean at least 120.').words, [120, INF]);
  assert.deepEqual(r.plan('The label fits about 80 words, so keep it under 80.').words, [0, 79]);
  assert.deepEqual(r.plan('Write about 10 sentences on tides; make it no more than 10.').sents, [0, 10]);
});

test('ordinary commas, "no more than", "as well" and a count about something else change nothing', () => {
  const p = r.plan('Write at least 3 paragraphs, no more than 12 sentences, and mention the harbor as well.');
  assert.deepEqual(p.sents, [0, 12]);
  assert.equal(p.parCount, 3);
  assert.deepEqual(r.plan('Write a 200-word story about a girl under 12.').words, r.plan('Write a 200-word story about a girl.').words);
  assert.deepEqual(r.plan('Write 5 sentences. Well, at least make them short.').sents, [5, 5]);
});

test('enumeration labels are not counts; form fields name keywords and forbidden words; capitals for the whole message', () => {
  const p = r.plan('Write release notes. Requirements: 1) exactly 4 bullet points 2) all lowercase 3) the word "sync" at least twice.');
  assert.equal(p.bullets, 4);
  assert.equal(p.lower, true);
  assert.deepEqual([...p.kwfreq], [['sync', [2, INF]]]);
  // A number closing a parenthesis opened before it is not a label.
  assert.deepEqual(r.plan('Use at least 6 sentences (or 7).').sents, r.plan('Use at least 6 sentences (or seven).').sents);
  assert.deepEqual(r.plan('Use at least 6 sentences (or 7).').sents, [6, INF]);
  const f = r.plan('Task: a notice about the fridge.\nMust include: fridge, Friday\nAvoid: dirty, smelly\nDo not use: cheap');
  assert.deepEqual(f.keywords, ['fridge', 'Friday']);
  assert.deepEqual(f.forbid, ['dirty', 'smelly', 'cheap']);
  // Other families claim their words first.
  const g = r.plan('Include: 3 bullet points and a title in double angular brackets.');
  assert.equal(g.bullets, 3);
  assert.equal(g.title, true);
  assert.equal(r.plan('Write an alert for a full disk. Use capital letters for the whole message.').upper, true);
});

// The sixth author's kinds of wording, in sentences written for this test (none copied from that set): each of
// test-support.ts SIXTH_AUTHOR_PROMPTS with its check, by index (the C parity test runs the same sentences).
type Check = (p: ReturnType<typeof r.plan>) => void;
const SIXTH_CHECKS: Check[] = [
  (p) => assert.equal(p.endPhrase, 'Cheers, everyone'),
  (p) => assert.equal(p.endPhrase, 'GO SHARKS'),
  (p) => assert.equal(p.endPhrase, 'SEE U THERE'),
  (p) => assert.deepEqual([...p.letters], [['z', [8, INF]]]),
  (p) => assert.deepEqual([...p.letters], [['t', [20, INF]]]),
  (p) => assert.deepEqual(p.nth, { n: 2, word: 'Meanwhile' }),
  (p) => assert.equal(p.repeat, 'Tell me about tides.'),
  (p) => assert.equal(p.placeholders, 4),
  (p) => assert.deepEqual(p.forbid, ['cheap']),
  (p) => assert.equal(p.noComma, true),
  (p) => assert.deepEqual(p.keywords, ['lemonade']),
  (p) => assert.deepEqual(p.forbid, ['unfortunately']),
  (p) => assert.deepEqual(p.forbid, ['boss']),
  (p) => assert.deepEqual(p.forbid, ['amazing']),
  (p) => assert.deepEqual([...p.kwfreq], [['team', [0, 3]]]),
  (p) => assert.deepEqual(p.sents, [0, 5]),
  (p) => assert.deepEqual(p.caps, [0, 2]),
  (p) => assert.deepEqual(p.caps, [0, 2]),
  (p) => assert.equal(p.lang, 'uk'),
  (p) => {
    assert.deepEqual(p.words, [0, 50]);
    assert.deepEqual([...p.kwfreq], [['kedi', [2, INF]]]);
  },
  (p) => assert.deepEqual(p.forbid, ['kaffe']),
  (p) => {
    assert.deepEqual(p.forbid, []);
    assert.ok(p.keywords.includes('Lyon') || p.kwfreq.has('lyon'));
  },
  (p) => {
    assert.equal(p.highlights, 2);
    assert.deepEqual(p.words, [0, 59]);
  },
];

test("the sixth author's kinds of wording (table rows of responder_version 6)", () => {
  assert.equal(SIXTH_CHECKS.length, SIXTH_AUTHOR_PROMPTS.length);
  SIXTH_AUTHOR_PROMPTS.forEach((prompt, k) => SIXTH_CHECKS[k](r.plan(prompt)));
});

// The seventh author's kinds of wording: test-support.ts SEVENTH_AUTHOR_PROMPTS with their checks, by index.
const SEVENTH_CHECKS: Check[] = [
  (p) => assert.equal(p.bullets, 4),
  (p) => assert.deepEqual([p.secMark, p.secCount], ['Tip', 5]),
  (p) => assert.deepEqual([p.secMark, p.secCount], ['Stage', 3]),
  (p) => assert.deepEqual(p.caps, [2, INF]),
  (p) => assert.deepEqual(p.sents, [6, INF]),
  (p) => assert.deepEqual(p.words, [0, 25]),
  (p) => assert.deepEqual([...p.letters], [['s', [12, INF]]]),
  (p) => assert.deepEqual(p.keywords, ['title', 'author']),
  (p) => assert.equal(p.upper, true),
  (p) => assert.equal(p.lower, true),
];

test("the seventh author's kinds of wording (layout examples, labels with slashes or dots, postfix relations)", () => {
  assert.equal(SEVENTH_CHECKS.length, SEVENTH_AUTHOR_PROMPTS.length);
  SEVENTH_AUTHOR_PROMPTS.forEach((prompt, k) => SEVENTH_CHECKS[k](r.plan(prompt)));
});

// A review of the version-6 rules found these ordinary sentences misread (a label's value, an aside in parentheses,
// another number or unit between, a sentence-final "." taken for a trailing-off, pronouns as keywords, a phrase in
// capitals that goes on in lowercase, "en büyük" = "the biggest"). What each must read, as official requirements:
const REVIEW_WANT: string[] = [
  'number_words{"relation":"at least","num_words":100}',
  'number_words{"relation":"at least","num_words":200} number_words{"relation":"less than","num_words":211}',
  'number_words{"relation":"at least","num_words":100} number_words{"relation":"less than","num_words":106}',
  'number_words{"relation":"at least","num_words":300} number_words{"relation":"less than","num_words":316}',
  'number_sentences{"relation":"at least","num_sentences":5} number_sentences{"relation":"less than","num_sentences":6}',
  'number_words{"relation":"at least","num_words":150} number_words{"relation":"less than","num_words":158}',
  'frequency{"keyword":"cloud","relation":"at least","frequency":3} frequency{"keyword":"cloud","relation":"less than","frequency":4}',
  'number_words{"relation":"at least","num_words":250} number_words{"relation":"less than","num_words":263}',
  'number_sentences{"relation":"at least","num_sentences":4} number_sentences{"relation":"less than","num_sentences":5}',
  'number_words{"relation":"at least","num_words":200} number_paragraphs{"num_paragraphs":3} number_bullet_lists{"num_bullets":2}',
  '', '', '', '', '', '', '',
  'response_language{"language":"tr"}',
  'existence{"keywords":["love","hope","end"]}',
  'existence{"keywords":["budget","start","finish"]}',
];

test('ordinary sentences keep their reading (the review of the version-6 rules)', () => {
  assertRequirements(r, REVIEW_PROMPTS, REVIEW_WANT);
});
