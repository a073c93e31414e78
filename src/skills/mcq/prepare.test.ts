// The item preparation's one pass per field (prepare.ts `scan`) fills the deductive module's stream
// with its own copy of the byte loop (kept for speed); this checks it against logic-tokens.ts
// `logicTokenize` + a lexicon probe per word, the reference the trainer and explanations use: the
// same entries (kinds, stems), the same count and the same flags, on seeded random text made of
// every kind of byte piece, invalid UTF-8 included, for the context and for the options.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FeatureExtractor, nsMaskFromNames } from './features.ts';
import { LexiconTable } from './lexicon-table.ts';
import { buildLexicon } from './lexicon.ts';
import { CONTEXT_LOGIC_TOKENS, OPTION_LOGIC_TOKENS } from './logic.ts';
import { LT_WORD, logicTokenize, makeLogicTokens, type LogicTokens } from './logic-tokens.ts';
import { LIMITS } from '../../text/limits.ts';

const lex = LexiconTable.build(buildLexicon());
const ex = new FeatureExtractor(lex, 10, nsMaskFromNames(['qt_ctx_overlap', 'qt_logic']));
const enc = (s: string) => new TextEncoder().encode(s);

/** Every byte piece the tokenizer tells apart, words (logic words among them) and raw bytes. */
const piece = fc.oneof(
  fc.constantFrom(
    ...['if', 'If', 'then', 'unless', 'or', 'and', 'all', 'no', 'not', 'is', 'nor', 'neither', 'both', 'therefore', 'pumps', 'glass', 'runs', 'x', '3', '3.5', 'e.g.'].map(enc),
    ...[[0x20], [0x2c], [0x3a], [0x2e], [0x3b], [0x3f], [0x21], [0x0a], [0x27], [0xc3, 0xa9], [0xc2, 0xa0], [0xc2], [0xe2], [0xe2, 0x80],
      [0xe2, 0x80, 0x98], [0xe2, 0x80, 0x99], [0xe2, 0x80, 0x9c], [0xe2, 0x80, 0x9d], [0xe2, 0x80, 0x93], [0xe2, 0x80, 0x94], [0xff]].map((b) => Uint8Array.from(b)),
  ),
  fc.uint8Array({ minLength: 1, maxLength: 4 }),
);
const text = (max: number) => fc.array(piece, { maxLength: max }).map((ps) => Uint8Array.from(ps.flatMap((p) => [...p])));

/** The reference stream of `bytes`: logicTokenize, then each word's flags from the lexicon. */
function reference(bytes: Uint8Array, maxBytes: number, cap: number): { t: LogicTokens; flags: number[] } {
  const t = makeLogicTokens(cap);
  logicTokenize(bytes, maxBytes, t);
  const flags = Array.from({ length: t.n }, (_, k) => (t.kind[k] === LT_WORD ? lex.lookup(t.hash[k]) : 0));
  return { t, flags };
}

function sameStream(got: LogicTokens, gotFlags: Uint32Array, want: { t: LogicTokens; flags: number[] }, what: string): void {
  assert.equal(got.n, want.t.n, `${what}: entries`);
  assert.deepEqual(Array.from(got.kind.subarray(0, got.n)), Array.from(want.t.kind.subarray(0, got.n)), `${what}: kinds`);
  assert.deepEqual(Array.from(got.stem.subarray(0, got.n)), Array.from(want.t.stem.subarray(0, got.n)), `${what}: stems`);
  assert.deepEqual(Array.from(gotFlags.subarray(0, got.n)), want.flags, `${what}: flags`);
}

test('property: the fused scan fills the same deductive stream as logicTokenize, context and options', () => {
  // A context with a consistent rule, so the options' streams are filled and parsed too.
  const rule = enc('If the pump runs, the valve is open. The pump runs. ');
  fc.assert(
    fc.property(text(400), fc.array(text(120), { minLength: 2, maxLength: LIMITS.MAX_OPTIONS }), (ctx, options) => {
      // the context alone (any text), and after the rule (so that the options are read as streams)
      for (const context of [ctx, Uint8Array.from([...rule, ...ctx])]) {
        ex.prepare({ context, question: enc('Which must be true?'), options });
        const lg = ex.logic;
        sameStream(lg.ctx, lg.ctxFlags, reference(context, LIMITS.MAX_CONTEXT_BYTES, CONTEXT_LOGIC_TOKENS), 'context');
        if (!lg.active) continue;
        options.forEach((o, i) => sameStream(lg.opts[i], lg.optFlags[i], reference(o, LIMITS.MAX_OPTION_BYTES, OPTION_LOGIC_TOKENS), `option ${i}`));
      }
    }),
    { seed: 41, numRuns: 400 },
  );
});

test('the fused scan and logicTokenize agree where the streams fill up (punctuation-dense fields)', () => {
  const dense = (n: number) => enc(Array.from({ length: n }, (_, i) => `w${i}`).join(', '));
  const context = Uint8Array.from([...enc('If the pump runs, the valve is open. The pump runs. '), ...dense(600)]);
  const options = [dense(150), enc('The valve is open.')];
  ex.prepare({ context, question: enc('Which must be true?'), options });
  const lg = ex.logic;
  assert.equal(lg.ctx.n, CONTEXT_LOGIC_TOKENS, 'the context stream is full');
  sameStream(lg.ctx, lg.ctxFlags, reference(context, LIMITS.MAX_CONTEXT_BYTES, CONTEXT_LOGIC_TOKENS), 'context');
  assert.ok(lg.active);
  assert.equal(lg.opts[0].n, OPTION_LOGIC_TOKENS, 'the option stream is full');
  options.forEach((o, i) => sameStream(lg.opts[i], lg.optFlags[i], reference(o, LIMITS.MAX_OPTION_BYTES, OPTION_LOGIC_TOKENS), `option ${i}`));
});
