// Grammar classes and capitalised runs of the tagger's tokens (grammar.ts): exact marks on written cases.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CAP, capitalRuns, GRAM, grammarMarks } from './grammar.ts';
import { tokenize } from './tokenize.ts';

const marks = (text: string) => {
  const { tokens } = tokenize(text);
  return Object.fromEntries(grammarMarks(tokens).map((m, i) => [String.fromCodePoint(...tokens[i].cps) + '@' + i, [m.bits, m.begins]]));
};

test('durations, times, numbers, dates, ordinals and years are marked with where their span begins', () => {
  const m = marks('book it in 345 days at 7:30 pm on mar. 4th, 2039');
  assert.deepEqual(m['345@3'], [GRAM.NUM | GRAM.DUR, GRAM.NUM | GRAM.DUR]); // 345 is no hour
  assert.equal(m['days@4'][0] & GRAM.DUR, GRAM.DUR);
  assert.equal(m['days@4'][1] & GRAM.DUR, 0);
  assert.equal(m['7@6'][1] & GRAM.TIME, GRAM.TIME);
  assert.equal(m['pm@9'][0] & GRAM.TIME, GRAM.TIME);
  assert.equal(m['mar@11'][0], GRAM.DATE);
  assert.equal(m['4th@13'][0] & GRAM.ORD, GRAM.ORD);
  assert.equal(m['2039@15'][0] & GRAM.YEAR, GRAM.YEAR);
  assert.deepEqual(m['book@0'], [0, 0]);
});

test('quantities need a unit; words alone are not numbers', () => {
  const m = marks('five miles for the party');
  assert.equal(m['five@0'][0] & GRAM.QTY, GRAM.QTY);
  assert.deepEqual(m['party@4'], [0, 0]);
});

test('capitalised runs: single, begin, inside, last; +8 when the run starts the query', () => {
  const { tokens } = tokenize('Book Le Grand Cirque in Paris');
  assert.deepEqual(capitalRuns(tokens), [8 | CAP.B, 8 | CAP.I, 8 | CAP.I, 8 | CAP.L, 0, CAP.U]);
  assert.deepEqual(capitalRuns(tokenize('').tokens), []);
});
