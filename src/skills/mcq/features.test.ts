// Feature extraction invariants: the context token table is the same whether the deductive module's
// token stream is reused for it or the context is tokenized on its own (docs/format.md §2.5, §2.9);
// the feature-family table (NAMESPACES) is self-consistent and is what docs/format.md §2.7 says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { ALL_NS_MASK, FeatureExtractor, NAMESPACES, nsMaskFromNames, overlapBucket, QT_ANY, QT_SLOTS } from './features.ts';
import { LexiconTable } from './lexicon-table.ts';
import { buildLexicon, OPTION_FLAG_NAMES, QT_CUE_COUNT } from './lexicon.ts';
import { VERDICT_NAMES } from './logic.ts';
import { LIMITS } from '../../text/limits.ts';

const lex = LexiconTable.build(buildLexicon());
const fams = ['qt_ctx_overlap', 'qt_opt_overlap', 'qt_q_overlap'];
const plain = new FeatureExtractor(lex, 10, nsMaskFromNames(fams));
const fused = new FeatureExtractor(lex, 10, nsMaskFromNames([...fams, 'qt_logic']));
const enc = (s: string) => new TextEncoder().encode(s);

function sameTable(context: Uint8Array, options: Uint8Array[]): void {
  const item = { context, question: enc('Which must be true?'), options };
  plain.extract(item);
  fused.extract(item);
  for (let i = 0; i < options.length; i++) {
    assert.equal(fused.ctxHits[i], plain.ctxHits[i], `option ${i} context hits`);
    assert.equal(fused.optHits[i], plain.optHits[i]);
    assert.equal(fused.content[i], plain.content[i]);
  }
}

test('a punctuation-dense context that fills the logic stream still gives the same token table', () => {
  // 600 words each followed by a comma: 1200 stream entries, so the stream stops at 768 and the
  // plain tokenizer continues from its stop position up to 512 words.
  const words = Array.from({ length: 600 }, (_, i) => `w${i}`);
  const context = enc(words.join(', '));
  sameTable(context, [enc('w500 w510'), enc('w100 w700'), enc('w383 w384 w385')]);
  // An option of 150 comma-separated words: its logic stream (192 entries) stops after 96 words.
  const longOption = enc(Array.from({ length: 150 }, (_, i) => `w${i * 3}`).join(', '));
  sameTable(context, [longOption, enc('w1'), longOption]);
});

test('option tokens, flags and hashed features are the same with the logic stream reused', () => {
  const all = ['opt_uni', 'opt_bi', 'qt_uni', 'qt_flag'];
  const a = new FeatureExtractor(lex, 12, nsMaskFromNames(all));
  const b = new FeatureExtractor(lex, 12, nsMaskFromNames([...all, 'qt_logic']));
  const longOption = enc(Array.from({ length: 150 }, (_, i) => `not w${i}`).join(', '));
  const item = { context: enc('If the pump runs, the valve is open.'), question: enc('Which must be true?'), options: [longOption, enc('The valve is not open.')] };
  a.extract(item);
  b.extract(item);
  assert.deepEqual(Array.from(b.optTokenCount.subarray(0, 2)), Array.from(a.optTokenCount.subarray(0, 2)));
  assert.deepEqual(b.optHashes, a.optHashes);
  assert.deepEqual(b.optFlags, a.optFlags);
  assert.deepEqual(b.hashed.subarray(0, b.hashedStart[2]), a.hashed.subarray(0, a.hashedStart[2]));
});

test('property: fused and plain context tokenization agree on arbitrary text', () => {
  const word = fc.constantFrom('pump', 'valve', 'if', 'not', 'the', ',', '.', '3.5', '’', '—', 'Ünï', 'x');
  fc.assert(
    fc.property(fc.array(word, { maxLength: 1500 }), fc.array(fc.array(word, { maxLength: 30 }), { minLength: 2, maxLength: 8 }), (ctx, opts) => {
      sameTable(enc(ctx.join(' ')), opts.map((o) => enc(o.join(' '))));
      sameTable(enc(ctx.join('')), opts.map((o) => enc(o.join(''))));
    }),
    { seed: 31, numRuns: 300 },
  );
});

// ---------------------------------------------------------------- the feature-family table

test('NAMESPACES: dense blocks tile WDNS, crossed blocks have QT_SLOTS strides, strides fit their values', () => {
  let next = 0;
  for (const [i, f] of NAMESPACES.entries()) {
    assert.equal(f.ns, i + 1, `${f.name}: ns`);
    assert.equal(f.bit, i, `${f.name}: bit`);
    if (f.kind !== 'dense') continue;
    assert.equal(f.base, next, `${f.name}: base`);
    next += f.count;
    assert.equal(f.count, f.stride > 0 ? QT_SLOTS * f.stride : LIMITS.MAX_OPTIONS, `${f.name}: count`);
  }
  assert.equal(next, LIMITS.DENSE_COUNT);
  assert.equal(ALL_NS_MASK, (1 << NAMESPACES.length) - 1);
  assert.ok(QT_ANY > QT_CUE_COUNT, 'the shared slot must not be a question type');
  // The local value of each crossed family ranges over exactly its stride.
  const s = (name: string) => {
    const f = NAMESPACES.find((x) => x.name === name)!;
    return f.kind === 'dense' ? f.stride : -1;
  };
  for (const rank of ['qt_len_long', 'qt_len_short', 'qt_ctx_rank', 'qt_opt_rank']) assert.equal(s(rank), LIMITS.MAX_OPTIONS, rank);
  for (const ovl of ['qt_ctx_overlap', 'qt_opt_overlap', 'qt_q_overlap']) assert.equal(s(ovl), overlapBucket(0, 0) + 1, ovl);
  assert.equal(s('qt_flag'), OPTION_FLAG_NAMES.length);
  assert.equal(s('qt_logic'), VERDICT_NAMES.length);
});

test('docs/format.md §2.7 states the numbers of NAMESPACES', () => {
  const doc = readFileSync(new URL('../../../docs/format.md', import.meta.url), 'utf8');
  const section = doc.slice(doc.indexOf('### 2.7 Features'), doc.indexOf('### 2.8'));
  const rows = new Map<string, string[]>();
  for (const m of section.matchAll(/^\| (\d+) \| `(\w+)` \| (\d+) \|(.*)$/gm)) rows.set(m[2], [m[1], m[3], ...m[4].split('|').map((c) => c.trim())]);
  assert.deepEqual([...rows.keys()], NAMESPACES.map((f) => f.name));
  for (const f of NAMESPACES) {
    const [ns, bit, ...rest] = rows.get(f.name)!;
    assert.deepEqual([Number(ns), Number(bit)], [f.ns, f.bit], f.name);
    if (f.kind === 'dense') assert.deepEqual(rest.slice(0, 3), [String(f.base), String(f.count), f.stride > 0 ? String(f.stride) : '—'], f.name);
  }
  assert.ok(section.includes(`\`DENSE_COUNT = ${LIMITS.DENSE_COUNT}\``));
  assert.ok(section.includes(`fires at \`B + ${QT_ANY}*S + v\``) && section.includes(`bit\n(${NAMESPACES.find((f) => f.name === 'backoff')!.bit})`));
});
