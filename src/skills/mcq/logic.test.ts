// The deductive module (docs/format.md §2.9) on hand-made items: each sentence rule, the three
// verdicts, abstention, and robustness on arbitrary bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DeductiveModule, VERDICT } from './logic.ts';
import { LexiconTable } from './lexicon-table.ts';
import { buildLexicon } from './lexicon.ts';
import { logicTokenize, makeLogicTokens, LT_COMMA, LT_END, LT_WORD } from './logic-tokens.ts';
import { fnv1aString } from '../../text/hash.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const dm = new DeductiveModule(LexiconTable.build(buildLexicon()));

function verdicts(context: string, options: string[]): number[] {
  dm.run(enc(context), options.map(enc));
  return Array.from(dm.verdicts.subarray(0, options.length));
}

const { ABSTAIN, ENTAILED, CONTRADICTED, UNKNOWN, UNKNOWN_NEW } = VERDICT;

test('logic tokens: markers, decimal points, plural stems', () => {
  const t = makeLogicTokens(32);
  logicTokenize(enc('If pumps run, 3.5 bars; ok?! Glass'), 100, t);
  assert.deepEqual(Array.from(t.kind.subarray(0, t.n)), [LT_WORD, LT_WORD, LT_WORD, LT_COMMA, LT_WORD, LT_WORD, LT_WORD, LT_END, LT_WORD, LT_END, LT_WORD]);
  assert.equal(t.stem[1], fnv1aString('pump'));
  assert.equal(t.stem[10], fnv1aString('glass'), '"ss" is not a plural');
  assert.equal(t.stem[6], fnv1aString('bar'));
});

test('if-then: modus ponens and modus tollens', () => {
  const ctx = 'If the valve is open, the tank drains. The valve is open.';
  assert.deepEqual(verdicts(ctx, ['The tank drains.', 'The tank does not drain.', 'The pump hums.']), [ENTAILED, CONTRADICTED, UNKNOWN_NEW]);
  const tollens = 'If the valve is open, then the tank drains. The tank does not drain.';
  assert.deepEqual(verdicts(tollens, ['The valve is not open.', 'The valve is open.']), [ENTAILED, CONTRADICTED]);
});

test('only if, unless, and "P if Q"', () => {
  assert.deepEqual(verdicts('The alarm sounds only if the sensor trips. The sensor does not trip.', ['The alarm does not sound.']), [ENTAILED]);
  assert.deepEqual(verdicts('Unless the fuse is replaced, the lamp stays dark. The fuse is not replaced.', ['The lamp stays dark.']), [ENTAILED]);
  assert.deepEqual(verdicts('The lamp stays dark unless the fuse is replaced. The lamp does not stay dark.', ['The fuse is replaced.']), [ENTAILED]);
  assert.deepEqual(verdicts('The door locks if the card is invalid. The card is invalid.', ['The door locks.']), [ENTAILED]);
  assert.deepEqual(verdicts('The door locks as if the card is invalid. The card is invalid.', ['The door locks.']), [ABSTAIN], '"as if" is not a conditional');
});

test('all / no and either-or', () => {
  assert.deepEqual(verdicts('All certified welders are trained. No trained person is careless.', ['If someone is a certified welder, then they are trained.']), [ENTAILED]);
  assert.deepEqual(verdicts('Either the fan spins or the heater glows. The fan does not spin.', ['The heater glows.', 'The heater does not glow.']), [ENTAILED, CONTRADICTED]);
});

test('unknown when the context does not decide; abstain without rules', () => {
  assert.deepEqual(verdicts('If the valve is open, the tank drains.', ['The tank drains.']), [UNKNOWN]);
  assert.deepEqual(verdicts('The valve is open. The tank drains.', ['The tank drains.']), [ABSTAIN]);
  assert.deepEqual(verdicts('', ['a', 'b']), [ABSTAIN, ABSTAIN]);
});

test('property: arbitrary bytes never throw and give a verdict in 0..4', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 3000 }), fc.array(fc.uint8Array({ maxLength: 400 }), { minLength: 2, maxLength: 8 }), (ctx, opts) => {
      dm.run(ctx, opts);
      for (let i = 0; i < opts.length; i++) assert.ok(dm.verdicts[i] <= 4);
    }),
    { seed: 11, numRuns: 300 },
  );
  const words = fc.constantFrom('if', 'then', 'only', 'unless', 'either', 'or', 'and', 'not', 'no', 'all', 'is', ',', '.', 'pump', 'valve', 'open', 'runs', 'as', 'nor', 'every');
  fc.assert(
    fc.property(fc.array(words, { maxLength: 120 }), fc.array(fc.array(words, { maxLength: 20 }), { minLength: 2, maxLength: 8 }), (ctx, opts) => {
      dm.run(enc(ctx.join(' ')), opts.map((o) => enc(o.join(' '))));
      for (let i = 0; i < opts.length; i++) assert.ok(dm.verdicts[i] <= 4);
    }),
    { seed: 12, numRuns: 500 },
  );
});

test('neither-nor is a conjunction of negations; not-both negates a conjunction', () => {
  const ctx = 'Neither the fan spins nor the heater glows. If the heater does not glow, the alarm sounds.';
  assert.deepEqual(verdicts(ctx, ['The fan does not spin.', 'The heater glows.', 'The alarm sounds.']), [ENTAILED, CONTRADICTED, ENTAILED]);
  const notBoth = 'Not both the pump runs and the valve opens. If the valve is stuck, the pump runs. The valve is stuck.';
  assert.deepEqual(verdicts(notBoth, ['The valve opens.', 'The pump runs.']), [CONTRADICTED, ENTAILED]);
});
