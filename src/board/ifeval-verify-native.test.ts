// The C99 IFEval verifier (c/skills/ifeval/) against the TypeScript verifier (src/skills/ifeval/):
// every strict and loose verdict of every instruction equal, on the plain build and under
// AddressSanitizer + UBSan, for (a) the 8,656 rows of parity_official.jsonl, (b) the GPT-4 responses,
// (c) the responses `engram ifeval respond` writes for the official prompts and the unseen dev sets
// (and the unseen-2 dev drafts), (d) seeded fast-check responses (invalid UTF-8 included) for a
// sample of prompts covering all 25 instruction ids. Both sides use Python langdetect's own profiles
// (the C loader reads that layout). The C tables' freshness is checked by gen-c-tables.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { findDataDir } from '../io/data-dir.ts';
import { createContext } from '../skills/ifeval/context.ts';
import { judge, looseVariants } from '../skills/ifeval/evaluate.ts';
import { LangDetector } from '../skills/ifeval/langdetect/detector.ts';
import { loadDefaultProfiles } from '../skills/ifeval/langdetect/profiles.ts';
import { readInputs, readResponses } from '../skills/ifeval/io.ts';
import type { CheckContext, InputExample } from '../skills/ifeval/types.ts';
import { IfevalResponder } from '../skills/respond/respond.ts';
import { CROSS_GCC, QEMU, haveTool, makeArgs, run } from './toolchain.ts';
import {
  VERIFY_LIMITS_BIN,
  buildVerifyNative,
  encodeVerifyBatch,
  runDetectNative,
  runVerifyBoard,
  runVerifyNative,
  type VerifyRow,
} from './ifeval-verify-native.ts';
import { withTempDir } from '../io/temp-dir.ts';

const dataDir = findDataDir();
const ifevalDir = dataDir ? join(dataDir, 'ifeval') : '';
const punktDir = dataDir ? join(dataDir, 'punkt-english') : '';
const DEBIAN_PROFILES = '/usr/lib/python3/dist-packages/langdetect/profiles';
const profiles = process.env.ENGRAM_LANGDETECT_PROFILES || (existsSync(DEBIAN_PROFILES) ? DEBIAN_PROFILES : '');
const repo = new URL('../../', import.meta.url).pathname;

const noCc = haveTool('make') && haveTool('cc') ? undefined : 'make or cc not installed';
const noData =
  ifevalDir && existsSync(join(ifevalDir, 'parity_official.jsonl')) && existsSync(punktDir)
    ? undefined
    : 'IFEval data not found: set ENGRAM_DATA_DIR (expects ifeval/ and punkt-english/)';
const noProfiles = profiles
  ? undefined
  : "Python langdetect profiles not found: set ENGRAM_LANGDETECT_PROFILES (Debian python3-langdetect or pip's site-packages/langdetect/profiles)";
const skip = noCc ?? noData ?? noProfiles ?? false;

interface Tally {
  rows: number;
  verdicts: number;
  /** Verdicts that are "followed" (a set of all-false verdicts would prove little). */
  followed: number;
  disagreements: string[];
}

/** Runs one set through both verifiers and lists every disagreement (and every C refusal). */
function compareSet(bin: string, dir: string, name: string, rows: VerifyRow[], ctx: CheckContext): Tally {
  const batch = join(dir, `${name.replace(/[^A-Za-z0-9-]/g, "_")}.bin`);
  writeFileSync(batch, encodeVerifyBatch(rows));
  const c = runVerifyNative(bin, batch, rows.length, punktDir, profiles);
  const dec = new TextDecoder();
  const out: Tally = { rows: rows.length, verdicts: 0, followed: 0, disagreements: [] };
  rows.forEach((row, i) => {
    const response = typeof row.response === 'string' ? dec.decode(new TextEncoder().encode(row.response)) : dec.decode(row.response);
    const ts = judge(row as InputExample & VerifyRow, response, ctx);
    const cr = c[i];
    if ('error' in cr) {
      out.disagreements.push(`${name} row ${i}: C refused with error ${cr.error}`);
      return;
    }
    row.instruction_id_list.forEach((id, k) => {
      out.verdicts += 2;
      out.followed += +ts.strict[k] + +ts.loose[k];
      if (ts.strict[k] !== cr.strict[k]) out.disagreements.push(`${name} row ${i} ${id}: strict TS ${ts.strict[k]} C ${cr.strict[k]}`);
      if (ts.loose[k] !== cr.loose[k]) out.disagreements.push(`${name} row ${i} ${id}: loose TS ${ts.loose[k]} C ${cr.loose[k]}`);
    });
  });
  return out;
}

const withDir = <T>(fn: (dir: string) => T): T => withTempDir('engram-ifv-', fn);

// ---------------------------------------------------------------- the sets

function paritySet(inputs: Map<number, InputExample>): VerifyRow[] {
  const rows: VerifyRow[] = [];
  for (const line of readFileSync(join(ifevalDir, 'parity_official.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { key: number; response: string };
    rows.push({ ...inputs.get(row.key)!, response: row.response });
  }
  return rows;
}

function gpt4Set(official: InputExample[]): VerifyRow[] {
  const responses = readResponses(join(ifevalDir, 'responses_gpt4_20231107.jsonl'));
  return official.map((inp) => ({ ...inp, response: responses.get(inp.prompt) ?? '' }));
}

const UNSEEN = ['data/ifeval-unseen/dev.jsonl', 'data/ifeval-unseen-2/dev.jsonl'];

function respondSets(official: InputExample[]): Array<[string, VerifyRow[]]> {
  const responder = IfevalResponder.builtIn();
  const sets: Array<[string, VerifyRow[]]> = [['respond-official', official.map((inp) => ({ ...inp, response: responder.respond(inp.prompt) }))]];
  for (const f of UNSEEN) {
    const inputs = readInputs(join(repo, f));
    sets.push([`respond-${f}`, inputs.map((inp) => ({ ...inp, response: responder.respond(inp.prompt) }))]);
  }
  // The unseen-2 dev drafts (answers written elsewhere, the enforcer's input) are responses too.
  const inputs = readInputs(join(repo, 'data/ifeval-unseen-2/dev.jsonl'));
  const drafts = readFileSync(join(repo, 'data/ifeval-unseen-2/dev.drafts.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  sets.push(['drafts-unseen-2-dev', inputs.map((inp, i) => ({ ...inp, response: (JSON.parse(drafts[i]) as { response: string }).response }))]);
  return sets;
}

// Fragments that steer random text into every check's edge cases: markers, separators, Unicode case
// and folding corners (İ Σ ſ K ǅ), Python-only whitespace, non-ASCII digits and word characters.
const FRAGMENTS = [
  'Section 1\n', 'Part 2 ', 'Day 3', 'DAY 4', 'color', 'colour', 'abc', 'xz', '123', 'RUNNING', 'cat', 'Cat.', 'dogs', 'straSSe',
  'STRASSE', 'NOTE: ok', 'p.p.p.s', 'ΤΈΛΟΣ', 'τέλος', 'İi̇', 'é', 'the the ', 'ooo',
  '***', '******', ' *** ', '\n\n', '\n', '\r\n', '* ', '** ', '- ', '*bold*', '**x**', '[name]', '[a\nb]', '<<Title>>', '<< >>',
  'P.S. ', 'p. p. s', 'P.P.S', '```json\n', '```', '{"a": [1, NaN]}', '{"a": 1,}', '"', "'", '``', "''", 'My answer is yes.',
  'SECTION 1', 'Section 2 ', 'PARAGRAPH 3', 'Day ٣', 'İ', 'Σ', 'ΟΔΟΣ.', 'ſ', 'K', 'ǅ', 'ß', '\u0085', '\u2028', '\u00a0', '\u3000', '\u200b',
  'e\u0301', 'हिन्दी', '日本語です。', 'Привет мир.', 'Hola amigo, ¿qué tal?', 'THE QUICK BROWN FOX', 'the lazy dog', 'Mr. Smith',
  'e.g. ', 'U.S. ', '3.5', '...', '. . .', ' -- ', '—', '–', "can't", 'cannot', 'gonna', "'tis", ', ', '; ', '!', '?', ':',
  'http://x.com/a?b=1', 'joe@mail.example.com', 'A.', 'No.', 'Dr.', '\t', '  ', '#', '%',
];

/** The kwarg strings of a prompt (keywords, phrases, markers, the prompt to repeat), upper-cased too. */
function kwargStrings(inp: InputExample): string[] {
  const out: string[] = [];
  for (const kw of inp.kwargs) {
    for (const v of Object.values(kw)) for (const x of Array.isArray(v) ? v : [v]) if (typeof x === 'string') out.push(x, x.toUpperCase());
  }
  return out.length ? out : ['none'];
}

/** Random responses for `prompts` (cycled): fragments, the prompt's own kwarg strings, random text and bytes. */
function randomResponses(prompts: InputExample[], seed: number, n: number): Uint8Array[] {
  const enc = new TextEncoder();
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
    { weight: 3, arbitrary: fc.nat(1000).map((k) => ({ kw: k })) },
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 6 }) }, // invalid UTF-8 included
  );
  return fc.sample(fc.array(piece, { maxLength: 40 }), { seed, numRuns: n }).map((parts, i) => {
    const kws = kwargStrings(prompts[i % prompts.length]);
    const bytes = parts.map((p) => (p instanceof Uint8Array ? p : enc.encode(typeof p === 'string' ? p : kws[p.kw % kws.length])));
    return Uint8Array.from(Buffer.concat(bytes));
  });
}

/** Prompts covering every instruction id (the first prompts that add a new id), plus every 20th. */
function promptSample(official: InputExample[]): InputExample[] {
  const seen = new Set<string>();
  return official.filter((inp, i) => {
    const adds = inp.instruction_id_list.some((id) => !seen.has(id));
    inp.instruction_id_list.forEach((id) => seen.add(id));
    return adds || i % 20 === 0;
  });
}

function propertySet(official: InputExample[], seed: number, perPrompt: number): VerifyRow[] {
  const prompts = promptSample(official);
  const responses = randomResponses(prompts, seed, prompts.length * perPrompt);
  return responses.map((response, i) => ({ ...prompts[i % prompts.length], response }));
}

// kwargs the official code splices into regexes, with syntax both dialects share: the C engine must
// read them as V8 does with the TS verifier's Python meanings of \\s \\w \\d \\b and `.`.
const REGEX_KWARGS: Array<[string, Record<string, unknown>]> = [
  ['keywords:existence', { keywords: ['colou?r', 'a.c', '(?:x|y)z', '\\d{3}', '[A-Z]+ing', 'K', 'straße'] }],
  ['keywords:existence', { keywords: ['\\bcat\\b', 'ſ', 'σ'] }],
  ['keywords:frequency', { keyword: ' the ', frequency: 2, relation: 'at least' }],
  ['keywords:frequency', { keyword: 'o+', frequency: 3, relation: 'less than' }],
  ['keywords:forbidden_words', { forbidden_words: ['cat|dog', 'İ', 'k', 'e\u0301'] }],
  ['detectable_format:multiple_sections', { section_spliter: 'Section|Part', num_sections: 2 }],
  ['detectable_format:multiple_sections', { section_spliter: '(Day)', num_sections: 3 }],
  ['detectable_content:postscript', { postscript_marker: 'NOTE:' }],
  ['detectable_content:postscript', { postscript_marker: 'P.P.P.S' }],
  ['keywords:letter_frequency', { letter: 'İ', let_frequency: 1, let_relation: 'at least' }],
  ['keywords:letter_frequency', { letter: ' ', let_frequency: 1, let_relation: 'less than' }],
  ['length_constraints:nth_paragraph_first_word', { num_paragraphs: 2, nth_paragraph: 2, first_word: 'ΟΔΟΣ' }],
  ['startend:end_checker', { end_phrase: 'ΤΈΛΟΣ' }],
];

function regexKwargSet(seed: number, perRow: number): VerifyRow[] {
  const prompts: InputExample[] = REGEX_KWARGS.map(([id, kw], i) => ({ key: -1 - i, prompt: `p${i}`, instruction_id_list: [id], kwargs: [kw] }));
  const responses = randomResponses(prompts, seed, prompts.length * perRow);
  return responses.map((response, i) => ({ ...prompts[i % prompts.length], response }));
}

function allSets(): Array<[string, VerifyRow[]]> {
  const official = readInputs(join(ifevalDir, 'input_data.jsonl'));
  const byKey = new Map(official.map((i) => [i.key, i]));
  return [
    ['parity', paritySet(byKey)],
    ['gpt4', gpt4Set(official)],
    ...respondSets(official),
    ['property', propertySet(official, 20261130, 60)],
    ['regex-kwargs', regexKwargSet(20261131, 150)],
  ];
}

function runAll(bin: string, label: string): void {
  const ctx = createContext({ punktDir, langdetectProfiles: profiles });
  withDir((dir) => {
    const lines: string[] = [];
    const problems: string[] = [];
    for (const [name, rows] of allSets()) {
      const t = compareSet(bin, dir, name, rows, ctx);
      lines.push(`  ${name.padEnd(40)} ${t.rows} rows, ${t.verdicts} verdicts (${t.followed} followed), ${t.disagreements.length} disagreements`);
      problems.push(...t.disagreements);
    }
    console.log(`C verifier (${label}) vs TS verifier:\n${lines.join('\n')}`);
    assert.deepEqual(problems.slice(0, 20), [], `${problems.length} disagreement(s)`);
  });
}


test('C verifier = TS verifier on every verdict (plain build)', { skip }, () => {
  runAll(buildVerifyNative(false), 'plain');
});

test('C verifier = TS verifier on every verdict (ASan + UBSan)', { skip }, () => {
  runAll(buildVerifyNative(true), 'ASan + UBSan');
});

test('at small limits (ASan + UBSan) every row gets the same verdicts or IFV_TOO_LARGE, never others', { skip }, () => {
  const official = readInputs(join(ifevalDir, 'input_data.jsonl'));
  const rows = [...paritySet(new Map(official.map((i) => [i.key, i]))), ...propertySet(official, 20261130, 60), ...regexKwargSet(20261131, 150)];
  const full = buildVerifyNative(false);
  run('make', makeArgs('ifeval-verify-limits'));
  withDir((dir) => {
    const batch = join(dir, 'limits.bin');
    writeFileSync(batch, encodeVerifyBatch(rows));
    const want = runVerifyNative(full, batch, rows.length, punktDir, profiles);
    const got = runVerifyNative(VERIFY_LIMITS_BIN, batch, rows.length, punktDir, profiles);
    let same = 0;
    let tooLarge = 0;
    const other: string[] = [];
    got.forEach((g, i) => {
      if (JSON.stringify(g) === JSON.stringify(want[i])) same++;
      else if ('error' in g && g.error === 320) tooLarge++;
      else other.push(`row ${i}: ${JSON.stringify(g)} vs ${JSON.stringify(want[i])}`);
    });
    console.log(`small limits: ${rows.length} rows, ${same} identical, ${tooLarge} IFV_TOO_LARGE, ${other.length} other`);
    assert.deepEqual(other.slice(0, 10), []);
    assert.ok(same > 0 && tooLarge > 0, 'the limits must be reached by some rows and not by others');
  });
});

const noBoard = haveTool(CROSS_GCC) && haveTool(QEMU) ? undefined : `${CROSS_GCC} or ${QEMU} not installed`;

test('on the board (RV32IMC, QEMU): the host verdicts, or a typed refusal (limit, language check)', { skip: noCc ?? noData ?? noProfiles ?? noBoard ?? false }, () => {
  const sets = allSets().filter(([name]) => name !== 'parity');
  const rows = sets.flatMap(([, r]) => r);
  const host = buildVerifyNative(false);
  withDir((dir) => {
    const batch = join(dir, 'board.bin');
    const blob = join(dir, 'punkt.blob');
    writeFileSync(batch, encodeVerifyBatch(rows));
    run(host, ['--punkt', punktDir, '--write-punkt', blob]);
    const want = runVerifyNative(host, batch, rows.length, punktDir, profiles);
    const board = runVerifyBoard(blob, batch, dir);
    assert.deepEqual([board.header.punkt_error, board.header.batch_error, board.rows.length], [0, 0, rows.length]);
    const LANG = ['language:response_language', 'change_case:english_capital', 'change_case:english_lowercase'];
    let same = 0;
    let tooLarge = 0;
    let noLang = 0;
    const other: string[] = [];
    const instret: number[] = [];
    const gpt4 = sets[0][1].length; // the GPT-4 rows come first: their median is the figure to quote
    board.rows.forEach((b, i) => {
      const { instret: n, ...got } = b;
      if (JSON.stringify(got) === JSON.stringify(want[i])) {
        same++;
        if (i < gpt4) instret.push(n);
      } else if ('error' in got && got.error === 320) tooLarge++;
      else if ('error' in got && got.error === 323 && rows[i].instruction_id_list.some((id) => LANG.includes(id))) noLang++;
      else other.push(`row ${i}: board ${JSON.stringify(got)} host ${JSON.stringify(want[i])}`);
    });
    instret.sort((a, b) => a - b);
    const m = board.memory;
    console.log(
      `board: ${rows.length} rows (${sets.map(([n, r]) => `${n} ${r.length}`).join(', ')}): ${same} identical, ${tooLarge} IFV_TOO_LARGE, ` +
        `${noLang} IFV_NO_LANGDETECT, ${other.length} other; median instret of the ${instret.length} GPT-4 rows judged ${instret[instret.length >> 1]}; ` +
        `RAM ${m.static_ram_bytes} + stack ${m.stack_high_water_bytes} of ${m.ram_region_bytes} B; flash ${m.flash_firmware_bytes} + Punkt ${m.flash_artifact_bytes} B`,
    );
    assert.deepEqual(other.slice(0, 10), []);
    assert.ok(same > rows.length / 2, 'most rows are judged on the board');
    assert.ok(m.static_ram_bytes + m.stack_high_water_bytes <= m.ram_region_bytes);
  });
});

test('C langdetect = TS langdetect: the same language code on every text', { skip }, () => {
  const official = readInputs(join(ifevalDir, 'input_data.jsonl'));
  const byKey = new Map(official.map((i) => [i.key, i]));
  // What the verifier sends to the detector on the parity rows (responses and loose variants of rows
  // with a language check), every GPT-4 response, and the property texts.
  const LANG = new Set(['language:response_language', 'change_case:english_capital', 'change_case:english_lowercase']);
  const texts = new Set<string>();
  for (const row of paritySet(byKey)) {
    if (row.instruction_id_list.some((id) => LANG.has(id))) for (const v of looseVariants(row.response as string)) texts.add(v);
  }
  for (const row of gpt4Set(official)) texts.add(row.response as string);
  const dec = new TextDecoder();
  for (const row of propertySet(official, 20261130, 60)) texts.add(dec.decode(row.response as Uint8Array));
  const list = [...texts];
  const detector = new LangDetector(loadDefaultProfiles(profiles));
  const bin = buildVerifyNative(false);
  withDir((dir) => {
    const batch = join(dir, 'detect.bin');
    writeFileSync(batch, encodeVerifyBatch(list.map((response) => ({ instruction_id_list: [], kwargs: [], prompt: '', response }))));
    const c = runDetectNative(bin, batch, list.length, punktDir, profiles);
    const diffs = list.flatMap((t, i) => (detector.detect(t) === c[i] ? [] : [`${JSON.stringify(t.slice(0, 80))}: TS ${detector.detect(t)} C ${JSON.stringify(c[i])}`]));
    console.log(`langdetect: ${list.length} distinct texts, ${diffs.length} differing codes`);
    assert.deepEqual(diffs.slice(0, 10), []);
  });
});

test('C verifier refuses bad kwargs and over-limit rows with typed errors, never a verdict', { skip: noCc ?? noData ?? false }, () => {
  const bin = buildVerifyNative(false);
  withDir((dir) => {
    const rows: VerifyRow[] = [
      { instruction_id_list: ['keywords:nope'], kwargs: [{}], prompt: 'p', response: 'x' },
      { instruction_id_list: ['length_constraints:number_words'], kwargs: [{ num_words: 3, relation: 'at most' }], prompt: 'p', response: 'x' },
      { instruction_id_list: ['keywords:letter_frequency'], kwargs: [{ letter: 'ab', let_frequency: 1, let_relation: 'at least' }], prompt: 'p', response: 'x' },
      { instruction_id_list: ['keywords:existence'], kwargs: [{ keywords: ['a('] }], prompt: 'p', response: 'x' },
      { instruction_id_list: ['punctuation:no_comma'], kwargs: [{}], prompt: 'p', response: 'x'.repeat(70000) },
      { instruction_id_list: ['language:response_language'], kwargs: [{ language: 'en' }], prompt: 'p', response: 'hello' },
    ];
    const batch = join(dir, 'bad.bin');
    writeFileSync(batch, encodeVerifyBatch(rows));
    const got = runVerifyNative(bin, batch, rows.length, punktDir);
    // 321 IFV_BAD_INSTRUCTION, 322 IFV_BAD_PATTERN, 320 IFV_TOO_LARGE, 323 IFV_NO_LANGDETECT (eg_errors.h)
    assert.deepEqual(got, [{ error: 321 }, { error: 321 }, { error: 321 }, { error: 322 }, { error: 320 }, { error: 323 }]);
    // The rows refused for their kwargs are the rows the TS verifier throws on.
    const ctx = createContext({ punktDir });
    for (const row of rows.slice(0, 4)) assert.throws(() => judge(row as InputExample & VerifyRow, row.response as string, ctx));
  });
});

test('the checking path compiles for the board (RV32IMC) without floating point', { skip: noCc ?? (haveTool(CROSS_GCC) ? false : `${CROSS_GCC} not installed`) }, () => {
  const out = run('make', makeArgs('-B', 'ifeval-verify-rv32')); // -B: the check prints only when it runs
  assert.match(out, /no soft-float helpers in the verifier's checking path/);
});
