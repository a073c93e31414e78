// `engram report` end to end: the page is one offline file (no external src/href), report.json holds
// what is plotted, missing inputs are announced, and in chromium the plots render as SVG.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumMissing, launchChromium } from '../explorer/chromium.ts';
import type { ReportData } from './types.ts';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const CLI = join(ROOT, 'bin/engram.mjs');

function engram(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  assert.equal(r.status, 0, `engram ${args.join(' ')} failed:\n${r.stderr}`);
  return r.stdout;
}

/** The benchmark data, when this machine has it (CI does): the report then shows real LogiQA and IFEval numbers. */
const DATA = process.env.ENGRAM_DATA_DIR && existsSync(join(process.env.ENGRAM_DATA_DIR, 'logiqa/train.jsonl')) ? resolve(process.env.ENGRAM_DATA_DIR) : null;

/** The shape `npm run snips` writes (out/snips.report.json), two intents: running the job needs the data and minutes. */
const SNIPS_REPORT = {
  full: { eval: { intentAccuracy: { k: 196, n: 200 }, exactFrame: { k: 180, n: 200 }, intents: { GetWeather: { slotF1: 0.97 }, PlayMusic: { slotF1: 0.88 } } } },
  lowData: [{ size: 70, figure: { GetWeather: 0.74, PlayMusic: 0.71 }, intentAccuracy: [{ k: 190, n: 200 }, { k: 192, n: 200 }], exactFrame: [{ k: 120, n: 200 }, { k: 130, n: 200 }] }],
  anchors: { intents: ['GetWeather', 'PlayMusic'], snipsFull: { GetWeather: 0.947, PlayMusic: 0.883 }, lowData: { '70': { Snips: { GetWeather: 0.775, PlayMusic: 0.659 }, Luis: { GetWeather: 0.445, PlayMusic: 0.559 } } } },
};

/**
 * A work folder with the demo pipeline's outputs (and LogiQA's and real IFEval scores of the official
 * GPT-4 responses when the data is here), plus a sample board report: that command's output is
 * not fixed yet, so its shape is the one docs/report.md documents.
 */
function fixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'engram-report-'));
  engram(['demo', '--out-dir', join(dir, 'out'), '--json'], dir);
  const items = Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, host_scores: [i * 10, -i, 7], board_scores: [i * 10, -i, 7], match: true, instret: 90000 + 1500 * (i % 9) }));
  writeFileSync(join(dir, 'out/board-report.logiqa.json'), JSON.stringify({ summary: { n: 40, host_full_match: 40, instret_median: 96000 }, items }));
  writeFileSync(join(dir, 'out/snips.report.json'), JSON.stringify(SNIPS_REPORT));
  if (DATA) {
    engram(['logiqa', '--out-dir', join(dir, 'out'), '--json'], dir, { ENGRAM_DATA_DIR: DATA });
    const score = engram(['ifeval', 'score', '--input', join(DATA, 'ifeval/input_data.jsonl'), '--responses', join(DATA, 'ifeval/responses_gpt4_20231107.jsonl'), '--json'], dir, { ENGRAM_DATA_DIR: DATA });
    writeFileSync(join(dir, 'ifeval.json'), score);
    return dir;
  }
  writeFileSync(
    join(dir, 'ifeval.json'),
    JSON.stringify({
      prompt_level_strict: 0.5,
      prompt_level_loose: 0.6,
      prompts: 10,
      per_instruction: { 'punctuation:no_comma': { n: 4, strict: 0.75, loose: 1 }, 'change_case:english_lowercase': { n: 6, strict: 0.5, loose: 0.5 } },
    }),
  );
  return dir;
}

test('report on an empty folder says what is missing instead of failing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'engram-report-empty-'));
  mkdirSync(join(dir, 'out'));
  const out = engram(['report', '--in', 'out', '--out', 'out/report.html'], dir, { ENGRAM_DATA_DIR: '' });
  assert.match(out, /sections with missing inputs/);
  const html = readFileSync(join(dir, 'out/report.html'), 'utf8');
  for (const key of ['accuracy', 'confusion', 'parity', 'instret', 'sections', 'ifeval', 'commands']) assert.match(html, new RegExp(`data-missing="${key}"`));
  const data = JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8')) as ReportData;
  assert.equal(data.parity, null);
  assert.ok(data.accuracy.some((r) => r.kind === 'published' && r.accuracy === 0.3925));
});

test('report is self-contained and renders its plots as SVG in chromium', async (t) => {
  const dir = fixture();
  engram(['report', '--in', 'out', '--out', 'out/report.html', '--ifeval', 'ifeval.json'], dir, DATA ? { ENGRAM_DATA_DIR: DATA } : {});
  const html = readFileSync(join(dir, 'out/report.html'), 'utf8');
  assert.doesNotMatch(html, /(src|href)\s*=\s*["']?\s*(https?:)?\/\//i, 'no external src/href');
  assert.doesNotMatch(html, /@import|url\(\s*["']?https?:/i, 'no external CSS');
  const data = JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8')) as ReportData;
  for (const k of ['confusion', 'sections', 'parity', 'instret', 'ifeval', 'commands'] as const) assert.equal(data.missing[k], undefined, `${k}: ${data.missing[k]}`);
  // Commands: Engram, Snips and the other engines at 70; rates with Wilson intervals; both refusal classes.
  const c = data.commands!;
  assert.deepEqual(c.slots.filter((r) => r.regime === '70').map((r) => r.system).sort(), ['Engram', 'Engram', 'Luis', 'Luis', 'Snips', 'Snips']);
  assert.ok(c.slots.some((r) => r.regime === 'full' && r.system === 'Snips' && r.f1 === 0.947));
  const pooled70 = c.rates.find((r) => r.group.startsWith('Snips, 70') && r.metric === 'intent accuracy')!;
  assert.deepEqual([pooled70.k, pooled70.n], [382, 400]);
  assert.ok(pooled70.lo < pooled70.rate && pooled70.rate < pooled70.hi);
  assert.ok(c.rates.some((r) => r.group === 'demo assistant test' && r.metric === 'exact frame' && r.n === 169));
  assert.deepEqual(c.refusals.map((r) => `${r.group} ${r.metric}`).sort(), ['out_of_scope precision', 'out_of_scope recall', 'unsafe precision', 'unsafe recall']);
  assert.ok(data.accuracy.some((r) => r.benchmark === 'demo' && r.kind === 'engram' && r.n === 62));
  assert.ok(data.accuracy.some((r) => r.system === 'longest option'));
  assert.equal(data.parity?.points.length, 120);
  if (DATA) {
    // The official GPT-4 responses, scored by our port, land on the published figure.
    assert.equal(data.ifeval?.promptStrict?.toFixed(4), '0.7708');
    assert.equal(data.ifeval?.instructions.length, 25);
    assert.ok(data.accuracy.some((r) => r.benchmark === 'logiqa' && r.kind === 'engram' && r.split === 'test' && r.n === 651));
    assert.ok(data.questionTypes.some((q) => q.benchmark === 'logiqa'));
  } else {
    assert.equal(data.ifeval?.instructions.length, 2);
  }

  const why = chromiumMissing();
  if (why) return t.skip(why);
  const b = await launchChromium();
  try {
    const page = await b.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) errors.push(`network request: ${r.url()}`);
    });
    await page.goto(pathToFileURL(join(dir, 'out/report.html')).href);
    await page.waitForSelector('body[data-rendered="true"]', { timeout: 20000 });
    assert.deepEqual(errors, []);
    const slots = await page.$$eval('[data-plot]', (els) => els.map((e) => [e.getAttribute('data-plot'), e.querySelectorAll('svg').length] as const));
    for (const [key, svgs] of slots) assert.ok(svgs > 0, `plot ${key} rendered no SVG`);
    const keys = slots.map(([k]) => k);
    for (const k of ['accuracy-demo', 'accuracy-logiqa', 'accuracy-ifeval', 'confusion-demo', 'questionTypes-demo', 'parity', 'instret', 'sections', 'ifeval', 'commands-slots', 'commands-rates', 'commands-refusals']) assert.ok(keys.includes(k), `missing plot ${k}`);
    // Tests write only under the temp dir; ENGRAM_SCREENSHOT_DIR keeps the picture for a person.
    const shotDir = process.env.ENGRAM_SCREENSHOT_DIR ?? mkdtempSync(join(tmpdir(), 'engram-shot-'));
    mkdirSync(shotDir, { recursive: true });
    await page.screenshot({ path: join(shotDir, 'report.png'), fullPage: true });
  } finally {
    await b.close();
  }
});

