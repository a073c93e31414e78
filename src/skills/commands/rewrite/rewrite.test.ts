// The unit-conversion rewrite (rewrite.ts): every case of the hand-written set data/demo-rewrite must
// come out exactly as written; the rules one by one (rounding ties, decimals, spans in code points,
// ranges, the places a quantity is not taken); and, on seeded random text, that nothing outside the
// reported spans changes and that it never throws.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { errorNumber } from '../../../artifact/errors.ts';
import { formatRewrites, type RewriteOptions, RewriteOptionError, rewriteUnits } from './rewrite.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputFileError } from '../../../io/input-error.ts';
import { readRewriteSet } from './set.ts';
import { REWRITE_VOCAB, randomText } from './test-support.ts';

const rw = (t: string, o?: RewriteOptions) => rewriteUnits(t, o).text;

test('data/demo-rewrite: every hand-written expected output, exactly', () => {
  const cases = readRewriteSet();
  assert.ok(cases.length >= 120, `only ${cases.length} cases`);
  const bad = cases.filter((c) => rw(c.input, { direction: c.direction }) !== c.expected)
    .map((c) => `line ${c.line}: ${c.input}\n  want ${c.expected}\n  got  ${rw(c.input, { direction: c.direction })}`);
  assert.deepEqual(bad, []);
  const changed = cases.filter((c) => c.expected !== c.input).length;
  const cats = new Set(cases.map((c) => c.category)).size;
  process.stdout.write(`# rewrite set: ${cases.length}/${cases.length} exact (${changed} rewritten, ${cases.length - changed} unchanged, ${cats} categories)\n`);
});

test('the brief example, with its rewrites (code-point spans, from, to, units)', () => {
  const r = rewriteUnits('The trail is 5 miles and the tower is 30 feet.');
  assert.equal(r.text, 'The trail is 8.05 km and the tower is 9.14 m.');
  assert.deepEqual(r.rewrites, [
    { start: 13, end: 20, from: '5 miles', to: '8.05 km', unit: 'mi', target: 'km' },
    { start: 38, end: 45, from: '30 feet', to: '9.14 m', unit: 'ft', target: 'm' },
  ]);
  assert.equal(formatRewrites(r), '  [13, 20) "5 miles" -> "8.05 km"  (mi -> km)\n  [38, 45) "30 feet" -> "9.14 m"  (ft -> m)');
  assert.equal(formatRewrites(rewriteUnits('nothing')), '  (no quantity rewritten)');
});

test('spans are code points: an emoji before the quantity counts once', () => {
  const r = rewriteUnits('🏔️ 2 miles');
  assert.equal(r.text, '🏔️ 3.22 km');
  assert.deepEqual([r.rewrites[0].start, r.rewrites[0].end], [3, 10]);
});

test('rounding: half away from zero at the last decimal, both signs; trailing zeros dropped', () => {
  assert.equal(rw('0.25 in'), '0.64 cm'); // 0.635 exactly
  assert.equal(rw('-0.25 in'), '-0.64 cm');
  assert.equal(rw('32.009 F'), '0.01 °C'); // 0.005 exactly
  assert.equal(rw('31.991 F'), '-0.01 °C'); // -0.005 exactly
  assert.equal(rw('31.999 F'), '0 °C'); // -0.000555...: rounds to 0, never "-0"
  assert.equal(rw('10 in'), '25.4 cm');
  assert.equal(rw('212 F'), '100 °C');
});

test('decimals option: 0..6, the same exact conversion', () => {
  assert.equal(rw('5 miles', { decimals: 0 }), '8 km');
  assert.equal(rw('5 miles', { decimals: 6 }), '8.04672 km');
  assert.equal(rw('1 lb', { decimals: 6 }), '0.453592 kg');
  assert.equal(rw('350 F', { decimals: 1 }), '176.7 °C');
  for (const decimals of [-1, 7, 1.5, Number.NaN]) {
    assert.throws(() => rewriteUnits('5 miles', { decimals }), (e: unknown) => e instanceof RewriteOptionError && e.number === errorNumber('CMD_REWRITE_OPTION'));
  }
  assert.throws(() => rewriteUnits('5 miles', { direction: 'sideways' as never }), RewriteOptionError);
});

test('to-imperial: metric units rewritten, imperial ones left alone', () => {
  assert.equal(rw('5 km and 5 miles', { direction: 'to-imperial' }), '3.11 mi and 5 miles');
  assert.equal(rw('a 250 ml glass at 20 °C', { direction: 'to-imperial' }), 'a 8.45 fl oz glass at 68 °F');
  assert.equal(rw('100 km/h, 10 m/s, 2 t, 5 K', { direction: 'to-imperial' }), '62.14 mph, 10 m/s, 2 t, 5 K');
  assert.equal(rw('100 km/hour', { direction: 'to-imperial' }), '62.14 mi/hour'); // the numerator of a rate
});

test('units the mode does not convert are left alone, as whole quantities', () => {
  for (const t of ['20 knots', '500 mg', '2 tonnes', '5 kelvin', '3 cl', '10 m/s', '2 km 300 m']) assert.equal(rw(t), t);
});

test('ranges: both ends or neither', () => {
  assert.equal(rw('3-4 miles'), '4.83-6.44 km');
  assert.equal(rw('3 – 4 miles'), '4.83 – 6.44 km');
  assert.equal(rw('3 or 4 miles'), '4.83 or 6.44 km');
  assert.equal(rw('two to three miles'), '3.22 to 4.83 km');
  assert.equal(rw('3 and 4 miles'), '3 and 6.44 km'); // "and" joins a range only after "between"
  assert.equal(rw('1, 2 or 3 miles'), '1, 2 or 3 miles');
  assert.equal(rw('1-2-3 miles'), '1-2-3 miles');
  assert.equal(rw('3 to 5 km'), '3 to 5 km');
  assert.equal(rw('3 to 5 ft 2 in'), '3 to 157.48 cm'); // a compound second end is not a range end
  assert.equal(rw('$3-4 a pound'), '$3-4 a pound');
});

test('where a quantity is not taken: money, rates, areas, products, sterling, glued numbers', () => {
  for (const t of ['$4 a gallon', '€5 per lb', '£2 a pound', '2 a pound', 'a mile away', '200 ft²', '5 ft2', '80 ft-lb',
    '300 pound-feet', '20 pounds sterling', 'A4 in', 'B12 lbs', '1e3 ft', '3 1/3 miles', '½ mile', 'mile 5']) {
    assert.equal(rw(t), t, t);
  }
  // The number of a rate is a quantity like any other: 30 miles a gallon is 48.28 km a gallon.
  assert.equal(rw('30 miles a gallon, $3.50/lb, 4 lb/ft'), '48.28 km a gallon, $3.50/lb, 1.81 kg/ft');
});

test('"in" is inches only after a digit number, at the end, before punctuation or a size word', () => {
  assert.equal(rw('12 in'), '30.48 cm');
  assert.equal(rw('12in.'), '30.48 cm.');
  assert.equal(rw('12 in (30 cm)'), '30.48 cm (30 cm)');
  assert.equal(rw('12 in wide'), '30.48 cm wide');
  assert.equal(rw('12 IN X 8 IN'), '30.48 cm X 20.32 cm');
  assert.equal(rw('5 ft 2 in\n'), '157.48 cm\n');
  for (const t of ['at 5 in the morning', '2 in 3 people', 'one in five', 'in 2 weeks', '12 in pan']) assert.equal(rw(t), t);
});

test('compounds: named and implied smaller units; not across "and" with a bare number', () => {
  assert.equal(rw('5 ft 10 in'), '177.8 cm');
  assert.equal(rw('5 feet and 10 inches'), '177.8 cm');
  assert.equal(rw('6 foot 2'), '187.96 cm');
  assert.equal(rw('6 feet and 2'), '1.83 m and 2');
  assert.equal(rw('2 lb 3 oz'), '992.23 g');
  assert.equal(rw('1 mile 200 yards'), '1792.22 m');
});

test('overflow leaves the quantity as written', () => {
  assert.equal(rw('999999999999999 miles'), '999999999999999 miles');
  assert.equal(rw('99999999999 miles and 2 miles'), '160934399998.39 km and 3.22 km');
});

test('text outside the spans is kept code point for code point (invalid UTF-8 read as U+FFFD, as the skill does)', () => {
  const dec = new TextDecoder('utf-8', { ignoreBOM: true });
  const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, 0xff, 0x35, 0x20, 0x6d, 0x69, 0xe2, 0x80, 0x20, 0x33, 0x20, 0x66, 0x74, 0xc0]);
  assert.equal(rw(dec.decode(bytes)), '\ufeff\ufffd8.05 km\ufffd 0.91 m\ufffd');
  assert.equal(rw('\ud800 5 mi \udc00'), '\ud800 8.05 km \udc00');
});

/** Rebuilds the output from the input and the rewrites: equal only if nothing else changed. */
function rebuilt(input: string, o?: RewriteOptions): { want: string; got: string } {
  const r = rewriteUnits(input, o);
  const cps = Array.from(input);
  let at = 0;
  let want = '';
  for (const w of r.rewrites) {
    assert.ok(w.start >= at && w.end > w.start, 'spans in order, not overlapping');
    assert.equal(cps.slice(w.start, w.end).join(''), w.from);
    want += cps.slice(at, w.start).join('') + w.to;
    at = w.end;
  }
  return { want: want + cps.slice(at).join(''), got: r.text };
}

test('seeded random text: only the reported spans change, and never a throw (fast-check)', () => {
  const arb = fc.tuple(randomText, fc.constantFrom<RewriteOptions>({}, { direction: 'to-imperial' }, { decimals: 0 }, { decimals: 6 }));
  let rewritten = 0;
  fc.assert(
    fc.property(arb, ([bytes, o]) => {
      const t = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      const { want, got } = rebuilt(t, o);
      if (rewriteUnits(t, o).rewrites.length) rewritten++;
      return want === got;
    }),
    { seed: 16, numRuns: 4000 },
  );
  assert.ok(rewritten > 1000, `only ${rewritten} random texts had a rewrite`);
  assert.ok(REWRITE_VOCAB.length > 50);
});

test('a second to-metric pass changes nothing on the set', () => {
  for (const c of readRewriteSet()) {
    if (c.direction !== 'to-metric') continue;
    assert.equal(rw(c.expected), c.expected, `line ${c.line}`);
  }
});

test('the set reader is strict: a stray line, an input without its expected line, a bad direction, a missing file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'engram-rewrite-set-'));
  try {
    const f = join(dir, 's.txt');
    const bad = (body: string, re: RegExp) => {
      writeFileSync(f, body);
      assert.throws(() => readRewriteSet(f), (e: unknown) => e instanceof InputFileError && re.test(e.message));
    };
    bad('## a\n< 5 mi\n> 8.05 km\noops\n', /s\.txt:4: unexpected line/);
    bad('## a\n< 5 mi\n< 6 mi\n=\n', /s\.txt:3: an input must be followed/);
    bad('## a | sideways\n', /s\.txt:1: unknown direction/);
    bad('< 5 mi\n=\n', /s\.txt:1: a case before the first/);
    writeFileSync(f, '# c\n\n## a | to-imperial\n< 5 km\n> 3.11 mi\n< x\n=\n');
    assert.deepEqual(readRewriteSet(f), [
      { category: 'a', direction: 'to-imperial', input: '5 km', expected: '3.11 mi', line: 4 },
      { category: 'a', direction: 'to-imperial', input: 'x', expected: 'x', line: 6 },
    ]);
    assert.throws(() => readRewriteSet(join(dir, 'none.txt')), /none\.txt: cannot read \(ENOENT\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
