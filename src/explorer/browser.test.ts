// The explorer in a real browser (Debian chromium through playwright-core): `engram serve` on a free
// loopback port, the golden artifact loaded through the file picker, items typed into the form, and
// the page's decision and integer scores compared with `engram predict --json` on the same items.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumMissing, launchChromium } from './chromium.ts';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const CLI = join(ROOT, 'bin/engram.mjs');
const GOLDEN = join(ROOT, 'test/golden/tiny.engram');
const ITEMS = join(ROOT, 'test/golden/tiny.items.jsonl');

interface Item {
  id: string;
  context: string;
  question: string;
  options: string[];
}

function cliPredict(item: Item): { prediction: number; scores: number[]; questionType: string; deductive: { verdicts: string[] } | null } {
  const r = spawnSync(process.execPath, [CLI, 'predict', GOLDEN, '--json'], { input: JSON.stringify(item), encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

/** Starts `engram serve --port 0` and resolves with its URL once it prints it. */
function startServe(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolveUrl, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`engram serve printed no URL in 20 s: ${out}${err}`)), 20_000);
    child.stderr!.on('data', (d) => (err += d));
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolveUrl({ child, url: m[0] });
      }
    });
    child.once('exit', (code) => reject(new Error(`engram serve exited ${code}: ${err}`)));
  });
}

/** Drops a file on the page's drop zone the way a browser does (a drop event carrying a DataTransfer). */
async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.evaluate(
    ({ name, b64 }) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([data], name));
      document.getElementById('drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { name, b64: Buffer.from(bytes).toString('base64') },
  );
}

async function enterItem(page: Page, item: Item): Promise<void> {
  await page.fill('#context', item.context);
  await page.fill('#question', item.question);
  // Grow or shrink the option list to the item's size, then type each option.
  while ((await page.$$('input[data-option]')).length < item.options.length) await page.click('#add-option');
  while ((await page.$$('input[data-option]')).length > item.options.length) await page.click('#options .opt:last-child button');
  for (let i = 0; i < item.options.length; i++) await page.fill(`input[data-option="${i}"]`, item.options[i]);
  await page.click('#score');
}

async function pageResult(page: Page, n: number): Promise<{ prediction: number; scores: number[]; questionType: string }> {
  const decision = (await page.textContent('[data-testid=decision]'))!;
  const scores: number[] = [];
  for (let i = 0; i < n; i++) scores.push(Number(await page.textContent(`[data-testid=score-${i}]`)));
  return { prediction: decision.charCodeAt(0) - 65, scores, questionType: (await page.textContent('[data-testid=question-type]'))! };
}

test('explorer: page scores equal the CLI, dataset filters work', async (t) => {
  const why = chromiumMissing();
  if (why) return t.skip(why);
  const work = mkdtempSync(join(tmpdir(), 'engram-explorer-'));
  const preds = join(work, 'tiny.predictions.jsonl');
  const ev = spawnSync(process.execPath, [CLI, 'eval', GOLDEN, '--data', ITEMS, '--out', preds, '--json'], { encoding: 'utf8' });
  assert.equal(ev.status, 0, ev.stderr);
  const items = readFileSync(ITEMS, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Item & { answer?: number });

  const { child, url } = await startServe(['--predictions', preds, '--data', ITEMS]);
  const b = await launchChromium();
  try {
    const page = await b.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
    page.on('request', (r) => {
      if (!r.url().startsWith(url)) errors.push(`request outside the server: ${r.url()}`);
    });
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]');
    // Drag-and-drop: a corrupted artifact is refused with the loader's error code, a good one loads.
    const golden = readFileSync(GOLDEN);
    const corrupt = Buffer.from(golden);
    corrupt[corrupt.length - 1] ^= 0xff;
    await dropFile(page, 'broken.engram', corrupt);
    await page.waitForFunction(() => /SECTION_CRC_MISMATCH|SIZE_MISMATCH|BAD_SECTION/.test(document.getElementById('load-error')?.textContent ?? ''));
    await dropFile(page, 'dropped.engram', golden);
    await page.waitForFunction(() => document.querySelector('[data-testid=artifact-name]')?.textContent === 'dropped.engram');
    // The file picker, with the same golden artifact.
    await page.setInputFiles('#artifact-file', GOLDEN);
    await page.waitForFunction(() => document.querySelector('[data-testid=artifact-name]')?.textContent === 'tiny.engram');

    // g1 (4 options, typed) and g2 (3 options, non-ASCII text): decision and every score as the CLI.
    for (const item of [items[0], items[1]]) {
      await enterItem(page, item);
      await page.waitForFunction((n) => document.querySelectorAll('[data-option-card]').length === n, item.options.length);
      const got = await pageResult(page, item.options.length);
      const want = cliPredict(item);
      assert.deepEqual(got, { prediction: want.prediction, scores: want.scores, questionType: want.questionType }, `item ${item.id}`);
      // The deductive module's verdicts, computed in the browser, as the CLI reports them.
      const verdicts = await page.textContent('[data-testid=verdicts]');
      assert.equal(verdicts, `Verdicts: ${want.deductive!.verdicts.map((v, i) => `${String.fromCharCode(65 + i)} ${v}`).join(' · ')}`);
    }
    assert.equal(await page.$$eval('[data-slot]', (els) => els.length), 2, 'reserved slots for deductive verdicts and repairs');

    // The dataset browser re-scores every row in the browser and matches the predictions file.
    assert.match((await page.textContent('[data-testid=rescore]'))!, new RegExp(`${items.length}/${items.length} items identical`));
    assert.match((await page.textContent('[data-testid=ds-count]'))!, new RegExp(`^${items.length} of ${items.length}`));
    const wrong = items.filter((it, i) => it.answer !== undefined && it.answer !== JSON.parse(readFileSync(preds, 'utf8').trim().split('\n')[i]).prediction).length;
    await page.check('#f-wrong');
    assert.match((await page.textContent('[data-testid=ds-count]'))!, new RegExp(`^${wrong} of ${items.length}`));
    await page.uncheck('#f-wrong');
    const qtypes = await page.$$eval('#f-qtype option', (os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    assert.ok(qtypes.length > 0);
    await page.selectOption('#f-qtype', qtypes[0]);
    const rows = await page.$$eval('#ds-table tbody tr', (trs) => trs.map((tr) => tr.children[1].textContent));
    assert.ok(rows.length > 0 && rows.every((q) => q === qtypes[0]));
    await page.selectOption('#f-qtype', '');

    // Clicking a row explains that item; then a clean screenshot of the whole page for people.
    await page.click('#ds-table tbody tr[data-row="g1"]');
    await page.waitForSelector('#decision-line .ok, #decision-line .bad');
    await page.evaluate(() => window.scrollTo(0, 0));
    assert.deepEqual(errors, []);
    // Tests write only under the temp dir; ENGRAM_SCREENSHOT_DIR keeps the picture for a person.
    const shotDir = process.env.ENGRAM_SCREENSHOT_DIR ?? mkdtempSync(join(tmpdir(), 'engram-shot-'));
    mkdirSync(shotDir, { recursive: true });
    await page.screenshot({ path: join(shotDir, 'explorer.png'), fullPage: true });
  } finally {
    await b.close();
    child.kill('SIGTERM');
  }
});

test('explorer commands panel: the parse shown equals `engram commands parse`, slots highlighted, refusals with a reason', async (t) => {
  const why = chromiumMissing();
  if (why) return t.skip(why);
  const work = mkdtempSync(join(tmpdir(), 'engram-explorer-cmd-'));
  const art = join(work, 'demo.engram');
  const demo = join(ROOT, 'data/demo-commands');
  const built = spawnSync(process.execPath, [CLI, 'commands', 'build', '--data', join(demo, 'train.md'), join(demo, 'schema.json'), '--out', art], { encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  const cliParse = (text: string) => {
    const r = spawnSync(process.execPath, [CLI, 'commands', 'parse', art, text], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout.trim();
  };
  const { child, url } = await startServe(['--commands', art]);
  const b = await launchChromium();
  try {
    const page = await b.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]');
    assert.match((await page.textContent('#cmd-status'))!, /demo\.engram/);
    // A typed slot with a value, a missing slot, an entity synonym, an unsafe refusal, non-ASCII text.
    for (const q of ['set the oven to 350 F', 'set the thermostat', 'turn on the lights in the lounge', 'unlock the front door', 'play “Café Tacvba” in the kitchen']) {
      await page.fill('#cmd-input', q);
      await page.click('#cmd-parse');
      await page.waitForSelector('#cmd-json'); // the click renders synchronously
      const shown = (await page.textContent('#cmd-json'))!;
      assert.equal(shown, cliParse(q), q);
      const frame = JSON.parse(shown) as { slots: Array<{ slot: string; text: string }>; refused?: true; reason?: string };
      const marks = await page.$$eval('#cmd-highlight mark', (ms) => ms.map((m) => [m.getAttribute('data-slot'), m.firstChild?.textContent ?? '']));
      assert.deepEqual(marks, frame.slots.map((s) => [s.slot, s.text]), q);
      if (frame.refused) assert.match((await page.textContent('#cmd-reason'))!, new RegExp(`^Reason: ${frame.reason!.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    }
    assert.deepEqual(errors, []);
  } finally {
    await b.close();
    child.kill('SIGTERM');
  }
});
