// `engram report` end to end: the page is one offline file (no external src/href), report.json holds
// what is plotted, missing inputs are announced, and in chromium the plots render as SVG.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
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

/** A work folder with the demo pipeline's outputs, a fake board report and fake IFEval scores. */
function fixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'engram-report-'));
  engram(['demo', '--out-dir', join(dir, 'out'), '--json'], dir);
  const items = Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, host_scores: [i * 10, -i, 7], board_scores: [i * 10, -i, 7], match: true, instret: 90000 + 1500 * (i % 9) }));
  writeFileSync(join(dir, 'out/board-report.json'), JSON.stringify({ summary: { n: 40, host_full_match: 40, instret_median: 96000 }, items }));
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
  for (const key of ['accuracy', 'confusion', 'parity', 'instret', 'sections', 'ifeval']) assert.match(html, new RegExp(`data-missing="${key}"`));
  const data = JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8')) as ReportData;
  assert.equal(data.parity, null);
  assert.ok(data.accuracy.some((r) => r.kind === 'published' && r.accuracy === 0.3925));
});

test('report is self-contained and renders its plots as SVG in chromium', async (t) => {
  const dir = fixture();
  engram(['report', '--in', 'out', '--out', 'out/report.html', '--ifeval', 'ifeval.json'], dir);
  const html = readFileSync(join(dir, 'out/report.html'), 'utf8');
  assert.doesNotMatch(html, /(src|href)\s*=\s*["']?\s*(https?:)?\/\//i, 'no external src/href');
  assert.doesNotMatch(html, /@import|url\(\s*["']?https?:/i, 'no external CSS');
  const data = JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8')) as ReportData;
  assert.deepEqual(Object.keys(data.missing).sort(), ['accuracy', 'questionTypes'].filter((k) => k in data.missing).sort());
  assert.ok(data.accuracy.some((r) => r.benchmark === 'demo' && r.kind === 'engram' && r.n === 62));
  assert.ok(data.accuracy.some((r) => r.system === 'longest option'));
  assert.equal(data.parity?.points.length, 120);
  assert.equal(data.ifeval?.instructions.length, 2);

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
    for (const k of ['accuracy-demo', 'accuracy-logiqa', 'accuracy-ifeval', 'confusion-demo', 'questionTypes-demo', 'parity', 'instret', 'sections', 'ifeval']) assert.ok(keys.includes(k), `missing plot ${k}`);
    mkdirSync(join(ROOT, 'out'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'out/report.png'), fullPage: true });
  } finally {
    await b.close();
  }
});

