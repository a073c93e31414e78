// The explorer's server without a browser: loopback only, GET/HEAD only, the routes the page uses,
// and clear errors for bad flags. The page itself is tested in browser.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ServeError, startExplorer, type ExplorerConfig } from './server.ts';
import type { DatasetRow } from './dataset.ts';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const GOLDEN = join(ROOT, 'test/golden/tiny.engram');
const ITEMS = join(ROOT, 'test/golden/tiny.items.jsonl');
const EXPECTED = join(ROOT, 'test/golden/tiny.expected.jsonl');

test('serves the page, the app bundle, the artifact and the joined dataset on 127.0.0.1', async () => {
  const { server, url } = await startExplorer({ port: 0, artifactPath: GOLDEN, predictionsPath: EXPECTED, dataPath: ITEMS });
  try {
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const addr = server.address();
    assert.ok(addr && typeof addr === 'object' && addr.address === '127.0.0.1');
    const page = await fetch(url);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    assert.match(await page.text(), /<script src="\/app.js">/);
    const app = await fetch(url + 'app.js');
    assert.equal(app.status, 200);
    assert.ok((await app.text()).length > 10_000, 'the runtime is bundled into app.js');
    const art = new Uint8Array(await (await fetch(url + 'api/artifact')).arrayBuffer());
    assert.deepEqual(art, new Uint8Array(readFileSync(GOLDEN)));
    const config = (await (await fetch(url + 'api/config')).json()) as ExplorerConfig;
    assert.equal(config.artifact?.name, 'tiny.engram');
    assert.equal(config.dataset?.unmatched, 0);
    const rows = (await (await fetch(url + 'api/dataset')).json()) as DatasetRow[];
    const expected = readFileSync(EXPECTED, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(rows.map((r) => r.scores), expected.map((e) => e.scores));
    assert.equal((await fetch(url + 'nope')).status, 404);
    assert.equal((await fetch(url, { method: 'POST', body: 'x' })).status, 405);
  } finally {
    await new Promise((r) => server.close(r));
  }
});

test('without inputs the API says so with 404; --predictions needs --data', async () => {
  const { server, url } = await startExplorer({ port: 0 });
  try {
    const config = (await (await fetch(url + 'api/config')).json()) as ExplorerConfig;
    assert.deepEqual(config, { artifact: null, dataset: null });
    assert.equal((await fetch(url + 'api/artifact')).status, 404);
    assert.equal((await fetch(url + 'api/dataset')).status, 404);
  } finally {
    await new Promise((r) => server.close(r));
  }
  await assert.rejects(startExplorer({ port: 0, predictionsPath: EXPECTED }), ServeError);
});
