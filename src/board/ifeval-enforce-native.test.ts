// The C99 IFEval enforcer (c/skills/respond/eg_ifr_enforce*.c) against the TypeScript enforcer
// (src/skills/respond/enforce/): every response byte-identical and the same fallback, on the plain
// build and under AddressSanitizer + UBSan, for (a) the 541 official prompts with the GPT-4 drafts,
// (b) data/ifeval-unseen-2/dev.jsonl with dev.drafts.jsonl, (c) data/ifeval-unseen/dev.jsonl with the
// naive drafts (naive-drafts.ts), (d) seeded fast-check drafts (invalid UTF-8 included) and JSON drafts.
// THE PORT IS PARTIAL: a row that reaches a fixer not ported yet is refused by C with
// IFR_ENFORCE_NOT_PORTED; the test asserts on every other row and prints how many were refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { errorNumber } from '../artifact/errors.ts';
import { findDataDir } from '../io/data-dir.ts';
import { createContext } from '../skills/ifeval/context.ts';
import { readInputs, readResponses } from '../skills/ifeval/io.ts';
import type { CheckContext } from '../skills/ifeval/types.ts';
import { buildResponderArtifact } from '../skills/respond/artifact.ts';
import { enforceOne } from '../skills/respond/enforce/enforce.ts';
import { naiveDraft } from '../skills/respond/enforce/naive-drafts.ts';
import { IfevalResponder } from '../skills/respond/respond.ts';
import { buildEnforceNative, encodeEnforceBatch, nativeIfevalEnv, runEnforceNative, type EnforceBatchRow } from './ifeval-enforce-native.ts';
import { withTempDir } from '../io/temp-dir.ts';

const { punktDir, profiles, skip } = nativeIfevalEnv(['responses_gpt4_20231107.jsonl']);
const ifevalDir = skip ? '' : join(findDataDir()!, 'ifeval');
const repo = new URL('../../', import.meta.url).pathname;

const NOT_PORTED = errorNumber('IFR_ENFORCE_NOT_PORTED');
const FALLBACK = [null, 'language', 'unsatisfied'];

interface Tally {
  rows: number;
  identical: number;
  /** Rows whose response is not the draft as it came (edited or composed): proof the edits ran. */
  edited: number;
  notPorted: number;
  disagreements: string[];
}

function compareSet(bin: string, dir: string, art: string, name: string, rows: EnforceBatchRow[], responder: IfevalResponder, ctx: CheckContext): Tally {
  const batch = join(dir, `${name}.bin`);
  writeFileSync(batch, encodeEnforceBatch(rows));
  const c = runEnforceNative(bin, art, batch, rows.length, punktDir, profiles);
  const dec = new TextDecoder();
  const out: Tally = { rows: rows.length, identical: 0, edited: 0, notPorted: 0, disagreements: [] };
  rows.forEach((row, i) => {
    const text = (x: string | Uint8Array) => (typeof x === 'string' ? x : dec.decode(x));
    const ts = enforceOne(responder, ctx, text(row.prompt), text(row.draft));
    const cr = c[i];
    if ('error' in cr) {
      if (cr.error === NOT_PORTED) out.notPorted++;
      else out.disagreements.push(`${name} row ${i}: C refused with error ${cr.error}`);
      return;
    }
    if (Buffer.compare(Buffer.from(cr.response), Buffer.from(ts.response, 'utf8')) !== 0) {
      out.disagreements.push(`${name} row ${i}: response differs (TS edits ${JSON.stringify(ts.edits)})`);
    } else if (FALLBACK[cr.fallback] !== ts.fallback) {
      out.disagreements.push(`${name} row ${i}: fallback TS ${ts.fallback} C ${FALLBACK[cr.fallback]}`);
    } else {
      out.identical++;
      if (ts.response !== text(row.draft)) out.edited++;
    }
  });
  return out;
}

// ---------------------------------------------------------------- the sets

function officialSet(): EnforceBatchRow[] {
  const drafts = readResponses(join(ifevalDir, 'responses_gpt4_20231107.jsonl'));
  return readInputs(join(ifevalDir, 'input_data.jsonl')).map((x) => ({ prompt: x.prompt, draft: drafts.get(x.prompt) ?? '' }));
}

function unseen2Set(): EnforceBatchRow[] {
  const inputs = readInputs(join(repo, 'data/ifeval-unseen-2/dev.jsonl'));
  const drafts = readFileSync(join(repo, 'data/ifeval-unseen-2/dev.drafts.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  return inputs.map((x, i) => ({ prompt: x.prompt, draft: (JSON.parse(drafts[i]) as { response: string }).response }));
}

function naiveSet(): EnforceBatchRow[] {
  return readInputs(join(repo, 'data/ifeval-unseen/dev.jsonl')).map((x) => ({ prompt: x.prompt, draft: naiveDraft(x.prompt) }));
}

// Pieces that reach the fixers' edge cases: commas between digits and before spaces, near-miss
// postscript markers, "my answer is", placeholders, fences and quotes, case corners (İ Σ ß), astral
// characters, Unicode spaces and line separators.
const PIECES = [
  '1,000', '12,34', 'a,b', ', ', ',\u00a0', ',,', 'x ,', 'P.S. ', 'PS: ', 'p. s', 'P.P.S', 'p.p.s.', '\nps ', '  P.S:', 'My answer is YES!',
  'my answer is maybe', 'Yes, ', 'no.', '[name]', '[a\nb]', '```json\n', '```', '"', ' "quoted" ', 'The end.', 'Thank you.',
  '\n\n', '\n', '\n \n', '\r\n', '\u2028', '\t', '  ', '. ', '! ', '? ', '."', '.)', '.\u201d ', '* ', '- ', '# ', '1. ', 'Section 1:',
  'İ', 'Σ.', 'ß', 'ﬁ', '😀', '𝒜', 'e\u0301', '日本語。', 'Any other questions?', 'hope', 'keyword', 'KEYWORD', 'is', 'the ', 'and ',
];

function randomDrafts(seed: number, n: number, words: string[]): Uint8Array[] {
  const enc = new TextEncoder();
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
    { weight: 3, arbitrary: fc.constantFrom(...words) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 5 }) }, // invalid UTF-8 included
  );
  return fc
    .sample(fc.array(piece, { maxLength: 40 }), { seed, numRuns: n })
    .map((parts) => Uint8Array.from(Buffer.concat(parts.map((p) => (p instanceof Uint8Array ? p : enc.encode(p))))));
}

/** Random drafts for every official prompt and every unseen-2 prompt, with words of the prompts. */
function propertySet(seed: number): EnforceBatchRow[] {
  const prompts = [...readInputs(join(ifevalDir, 'input_data.jsonl')), ...readInputs(join(repo, 'data/ifeval-unseen-2/dev.jsonl'))].map((x) => x.prompt);
  const words = [...new Set(prompts.join(' ').split(/\s+/).filter((w) => w.length > 2))].slice(0, 400);
  return randomDrafts(seed, prompts.length, words).map((draft, i) => ({ prompt: prompts[i], draft }));
}

/** JSON drafts (fast-check's JSON texts, some in code fences) for the prompts that mention JSON, 8 each. */
function jsonSet(seed: number): EnforceBatchRow[] {
  const prompts = readInputs(join(ifevalDir, 'input_data.jsonl')).map((x) => x.prompt).filter((p) => /json/i.test(p));
  const fenced = fc.tuple(fc.constantFrom('', '```json\n', '```\n'), fc.oneof(fc.json(), fc.jsonValue().map((v) => JSON.stringify(v, null, 2))));
  const rows = fc.sample(fenced, { seed, numRuns: prompts.length * 8 }).map(([fence, text], i) => ({ prompt: prompts[i % prompts.length], draft: fence ? `${fence}${text}\n\`\`\`` : text }));
  // Number literals across String(number)'s layouts, repeated and index keys, escapes, NaN (JSON.parse throws).
  const numbers = ['1e21', '1e20', '123e18', '1.5e-7', '0.000001', '0.0000012', '-0', '-0.0e5', '100', '1.50', '12345678901234.5', '9007199254740993', '2E+3', '5e-324', '1e400'];
  const objects = ['{"b": 1, "a": 2, "b": 3}', '{"10": "x", "2": "y", "a": {"1": null}, "": true}', '["\\u00e9\\ud83d\\ude00", [], [[1]], {}]', '{"a": NaN}', '"just a string"'];
  for (const [k, x] of [...numbers.map((n) => `{"n": ${n}, "w": "word"}`), ...objects].entries()) rows.push({ prompt: prompts[k % prompts.length], draft: x });
  return rows;
}

const withDir = <T>(fn: (dir: string) => T): T => withTempDir('engram-ifr-enf-', fn);

function runAll(san: boolean): void {
  const bin = buildEnforceNative(san ? 'san' : 'plain');
  const responder = IfevalResponder.builtIn();
  const ctx = createContext({ punktDir, langdetectProfiles: profiles });
  withDir((dir) => {
    const art = join(dir, 'responder.bin');
    writeFileSync(art, buildResponderArtifact());
    const sets: Array<[string, EnforceBatchRow[]]> = [
      ['official-gpt4', officialSet()],
      ['unseen-2-dev', unseen2Set()],
      ['unseen-dev-naive', naiveSet()],
      ['property-seed-13', propertySet(13)],
      ['property-json-seed-7', jsonSet(7)],
    ];
    for (const [name, rows] of sets) {
      const t = compareSet(bin, dir, art, name, rows, responder, ctx);
      console.log(`${san ? 'asan ' : ''}${name}: ${t.rows} rows, ${t.identical} byte-identical (${t.edited} edited or composed), ${t.notPorted} not ported, ${t.disagreements.length} disagreements`);
      assert.deepEqual(t.disagreements.slice(0, 20), [], `${name}: C and TS disagree`);
      assert.equal(t.identical + t.notPorted, t.rows);
      assert.ok(t.edited > 0, `${name}: no row was edited, so the comparison proves little`);
    }
  });
}

test('C enforcer: responses byte-identical to the TypeScript enforcer (rows not ported counted)', { skip, timeout: 1_800_000 }, () => runAll(false));

test('C enforcer under ASan + UBSan: byte-identical too', { skip, timeout: 1_800_000 }, () => runAll(true));

test('C enforcer at small limits (ASan + UBSan): the same bytes or a TOO_LARGE code, never other bytes', { skip, timeout: 1_800_000 }, () => {
  const bin = buildEnforceNative('limits');
  const full = buildEnforceNative('plain');
  const allowed = new Set([errorNumber('IFR_TOO_LARGE'), errorNumber('IFV_TOO_LARGE'), NOT_PORTED]);
  withDir((dir) => {
    const art = join(dir, 'responder.bin');
    writeFileSync(art, buildResponderArtifact());
    for (const [name, rows] of [['official-gpt4', officialSet()], ['property-seed-13', propertySet(13)], ['property-json-seed-7', jsonSet(7)]] as const) {
      const batch = join(dir, `${name}.bin`);
      writeFileSync(batch, encodeEnforceBatch(rows));
      const small = runEnforceNative(bin, art, batch, rows.length, punktDir, profiles);
      const ref = runEnforceNative(full, art, batch, rows.length, punktDir, profiles);
      let same = 0;
      const refused = new Map<number, number>();
      const bad: string[] = [];
      small.forEach((r, i) => {
        const f = ref[i];
        if ('error' in r) {
          if (allowed.has(r.error)) refused.set(r.error, (refused.get(r.error) ?? 0) + 1);
          else bad.push(`${name} row ${i}: error ${r.error}`);
        } else if ('error' in f || Buffer.compare(Buffer.from(r.response), Buffer.from(f.response)) !== 0 || r.fallback !== f.fallback) {
          bad.push(`${name} row ${i}: bytes differ from the default build`);
        } else same++;
      });
      console.log(`limits ${name}: ${rows.length} rows, ${same} identical to the default build, refused ${JSON.stringify([...refused])}`);
      assert.deepEqual(bad.slice(0, 20), []);
      assert.ok(refused.size > 0 && same > 0, `${name}: the limits neither refused nor passed anything`);
    }
  });
});
