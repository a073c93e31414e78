// The package as a user gets it: `npm pack` the repository, `npm install --omit=dev` the tarball into
// an empty project, then use it from there with no TypeScript loader and no repository around it:
// the runtime API from plain Node (the README example), its types under node10, node16 and bundler
// resolution, the installed CLI (build, report, serve, and the board proof on QEMU when the cross
// toolchain is here), the langdetect data as an optional peer, and the sizes (printed; the
// runtime-only node_modules must stay under 10 MB). Slow (pack + install): one file, run by `npm test`
// after `npm run build`, whose dist/ it packs. Writes only under os.tmpdir().
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { boardToolchainMissing } from '../board/toolchain.ts';
import { GOLDEN_DIR } from '../skills/mcq/golden.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const PY_PROFILES = process.env.ENGRAM_LANGDETECT_PROFILES || '/usr/lib/python3/dist-packages/langdetect/profiles';
const MAX_NODE_MODULES_BYTES = 10 * 1024 * 1024;

const work = mkdtempSync(join(tmpdir(), 'engram-install-'));
const proj = join(work, 'project');
const pkg = join(proj, 'node_modules', 'engram');
let tarball = '';
let tarFiles: string[] = [];

/** The environment of a user's shell: none of the npm_* variables `npm test` set for this repository. */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) && k !== 'ENGRAM_LANGDETECT_PROFILES') env[k] = v;
  // A cache of our own under the temp dir (kept between runs, so a re-run installs from it).
  return { ...env, npm_config_cache: join(tmpdir(), 'engram-install-test-npm-cache'), npm_config_update_notifier: 'false', ...extra };
}

function sh(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, { cwd: opts.cwd, env: opts.env ?? userEnv(), encoding: 'utf8', timeout: opts.timeoutMs ?? 300_000, maxBuffer: 1 << 28 });
  if (r.error) throw r.error;
  return r;
}

function ok(r: SpawnSyncReturns<string>, what: string): string {
  assert.equal(r.status, 0, `${what} exited with ${r.status ?? r.signal}:\n${r.stderr}\n${r.stdout}`);
  return r.stdout;
}

/** Apparent size of every file under `dir` (what `du --apparent-size` counts), symlinks not followed. */
function treeBytes(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) n += treeBytes(p);
    else n += lstatSync(p).size;
  }
  return n;
}

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(2)} MB`;

before(() => {
  // The tarball is packed from the dist/ already built (`npm test` builds first): packing with
  // scripts would rerun tsc over dist/ while other test files run the CLI from it.
  for (const f of ['dist/cli/main.js', 'dist/runtime/index.d.ts', 'dist/explorer/app.bundle.js', 'dist/report/page-client.bundle.js']) {
    assert.ok(existsSync(join(ROOT, f)), `${f} is missing: run \`npm run build\``);
  }
  ok(sh(process.execPath, [join(ROOT, 'bin', 'engram.mjs'), '--help'], { cwd: ROOT }), 'engram --help in the repository (is dist/ stale?)');
  const packed = JSON.parse(ok(sh('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT }), 'npm pack')) as {
    filename: string;
    size: number;
    unpackedSize: number;
    files: { path: string }[];
  }[];
  tarball = join(work, packed[0].filename);
  tarFiles = packed[0].files.map((f) => f.path);
  mkdirSync(proj);
  writeFileSync(join(proj, 'package.json'), JSON.stringify({ name: 'engram-consumer', version: '1.0.0', private: true, type: 'module' }, null, 2));
  ok(sh('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', tarball], { cwd: proj }), 'npm install <tarball>');
  const nm = treeBytes(join(proj, 'node_modules'));
  console.log(
    `tarball ${packed[0].filename}: ${mb(statSync(tarball).size)} packed, ${mb(packed[0].unpackedSize)} unpacked, ${tarFiles.length} files; ` +
      `runtime-only install: node_modules ${mb(nm)}, ${readdirSync(join(proj, 'node_modules')).filter((n) => !n.startsWith('.')).length} top-level entries`,
  );
  // An installed package may sit in a read-only node_modules: nothing below may need to write there.
  chmodSync(pkg, 0o555);
  chmodSync(join(pkg, 'c'), 0o555);
});

after(() => {
  if (existsSync(pkg)) {
    chmodSync(pkg, 0o755);
    chmodSync(join(pkg, 'c'), 0o755);
  }
  rmSync(work, { recursive: true, force: true });
});

test('the tarball ships dist/, c/, docs/ and the demo data, and no tests or TypeScript sources', () => {
  for (const f of ['c/Makefile', 'c/board/firmware/main.c', 'c/board/firmware/link.ld', 'c/skills/mcq/eg_runtime.c', 'c/skills/respond/eg_ifr.h', 'docs/format.md', 'data/demo/train.jsonl', 'data/demo/test.jsonl', 'README.md', 'bin/engram.mjs', 'dist/cli/main.js', 'dist/explorer/app.bundle.js', 'dist/report/page-client.bundle.js', 'dist/train/index.d.ts']) {
    assert.ok(tarFiles.includes(f), `${f} is not in the tarball`);
  }
  assert.deepEqual(tarFiles.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')), [], 'TypeScript sources or tests in the tarball');
  assert.deepEqual(tarFiles.filter((f) => /(^|\/)(test-support|test-data|test-fixture|golden)\.|\.test\.|^dist\/conformance\/|^c\/build\/|^src\//.test(f)), []);
});

test('a runtime-only install stays small: no build tools, no langdetect data', () => {
  const nm = join(proj, 'node_modules');
  for (const dev of ['typescript', 'tsx', 'esbuild', '@observablehq', 'playwright-core', 'fast-check', 'langdetect', 'unicode-9.0.0', '@types']) {
    assert.ok(!existsSync(join(nm, dev)), `${dev} was installed with --omit=dev`);
  }
  const bytes = treeBytes(nm);
  assert.ok(bytes < MAX_NODE_MODULES_BYTES, `node_modules is ${mb(bytes)}, over ${mb(MAX_NODE_MODULES_BYTES)}`);
});

test("the README example runs in plain Node: import { loadArtifact } from 'engram', score and explain", () => {
  const script = `
    import { loadArtifact, ArtifactError } from 'engram';
    import { buildArtifact } from 'engram/train';
    import { readFileSync } from 'node:fs';
    const artifact = loadArtifact(new Uint8Array(readFileSync(${JSON.stringify(join(GOLDEN_DIR, 'tiny.engram'))})));
    const item = JSON.parse(readFileSync(${JSON.stringify(join(GOLDEN_DIR, 'tiny.items.jsonl'))}, 'utf8').split('\\n')[0]);
    const { scores, prediction } = artifact.score(item);
    const why = artifact.explain(item);
    let code = null;
    try { loadArtifact(new Uint8Array(8)); } catch (e) { code = e instanceof ArtifactError ? e.code : String(e); }
    console.log(JSON.stringify({ scores, prediction, code, sha: artifact.sha256.length, why: why.options.length, train: typeof buildArtifact }));`;
  const out = JSON.parse(ok(sh(process.execPath, ['--input-type=module', '-e', script], { cwd: proj }), 'README example'));
  const expected = JSON.parse(readFileSync(join(GOLDEN_DIR, 'tiny.expected.jsonl'), 'utf8').split('\n')[0]);
  assert.deepEqual(out, { scores: expected.scores, prediction: expected.prediction, code: 'TRUNCATED', sha: 64, why: expected.scores.length, train: 'function' });
});

test("'engram' and 'engram/train' type-check under moduleResolution node10, node16 and bundler", () => {
  writeFileSync(
    join(proj, 'check.ts'),
    [
      "import { loadArtifact, ArtifactError, type ScoreResult, type McqItem } from 'engram';",
      "import { buildArtifact } from 'engram/train';",
      "const item: McqItem = { context: 'c', question: 'q', options: ['a', 'b'] };",
      'const r: ScoreResult = loadArtifact(new Uint8Array(8)).score(item);',
      'const code: string | null = r.prediction > 0 ? null : new ArtifactError("TRUNCATED", "x").code;',
      'export { r, code, buildArtifact };',
      '',
    ].join('\n'),
  );
  for (const [resolution, module] of [['node10', 'commonjs'], ['node16', 'node16'], ['bundler', 'esnext']]) {
    // No skipLibCheck and no @types/node: the shipped .d.ts files must stand on their own.
    const config = { compilerOptions: { strict: true, noEmit: true, moduleResolution: resolution, module, target: 'es2022', lib: ['es2022'], types: [] }, files: ['check.ts'] };
    writeFileSync(join(proj, `tsconfig.${resolution}.json`), JSON.stringify(config));
    ok(sh(process.execPath, [TSC, '-p', `tsconfig.${resolution}.json`], { cwd: proj }), `tsc (moduleResolution ${resolution})`);
  }
});

test('the installed CLI builds the demo artifact and writes the report without a TypeScript loader', () => {
  ok(sh('npx', ['--no', 'engram', 'build', '--data', join(pkg, 'data/demo/train.jsonl'), '--out', 'demo.engram'], { cwd: proj }), 'engram build');
  assert.ok(statSync(join(proj, 'demo.engram')).size > 1000);
  mkdirSync(join(proj, 'report-in'));
  ok(sh('npx', ['--no', 'engram', 'report', '--in', 'report-in', '--out', 'report/report.html'], { cwd: proj }), 'engram report');
  // The Observable Plot bundle (built into dist/) is inlined: the page needs nothing else.
  assert.ok(statSync(join(proj, 'report/report.html')).size > 100_000, 'the report page lacks its plotting script');
});

test('the installed `engram serve` serves the prebuilt browser bundle', async () => {
  // The installed bin itself rather than npx, so that SIGTERM reaches the server and not a wrapper.
  const child = spawn(join(proj, 'node_modules', '.bin', 'engram'), ['serve', '--port', '0'], { cwd: proj, env: userEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /(http:\/\/127\.0\.0\.1:\d+\/?)/.exec(out);
        if (m) resolve(m[1]);
      });
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.on('exit', (code) => reject(new Error(`engram serve exited with ${code}: ${err}`)));
    });
    const app = await fetch(new URL('/app.js', url));
    assert.equal(app.status, 200);
    assert.ok((await app.text()).length > 10_000, 'app.js is not the bundled runtime');
  } finally {
    child.kill('SIGTERM');
  }
});

test('the installed `engram board prove` builds the firmware outside the package and matches the host on every item', { skip: boardToolchainMissing() ?? undefined }, () => {
  const r = sh('npx', ['--no', 'engram', 'board', 'prove', '--artifact', 'demo.engram', '--data', join(pkg, 'data/demo/test.jsonl'), '--out', 'board.json', '--json'], {
    cwd: proj,
    timeoutMs: 900_000,
  });
  const summary = JSON.parse(ok(r, 'engram board prove').trim().split('\n').pop()!) as { host_full_match?: boolean; n?: number };
  assert.equal(summary.host_full_match, true, JSON.stringify(summary));
  assert.ok(!existsSync(join(pkg, 'c', 'build')), 'make wrote c/build inside the installed package');
});

test('without langdetect installed a language check fails with LangdetectDataError saying how to get the data', async () => {
  const script = `
    const { loadDefaultProfiles } = await import(${JSON.stringify(join(pkg, 'dist/skills/ifeval/langdetect/profiles.js'))});
    try { loadDefaultProfiles(); console.log(JSON.stringify({ loaded: true })); }
    catch (e) { console.log(JSON.stringify({ name: e.name, code: e.code, message: e.message })); }`;
  const out = JSON.parse(ok(sh(process.execPath, ['--input-type=module', '-e', script], { cwd: proj }), 'loadDefaultProfiles'));
  assert.equal(out.name, 'LangdetectDataError');
  assert.equal(out.code, 'LANGDETECT_MISSING');
  assert.match(out.message, /npm install langdetect/);
  assert.match(out.message, /ENGRAM_LANGDETECT_PROFILES/);
});

test("Python langdetect's profiles folder alone is enough for the language checks", { skip: existsSync(PY_PROFILES) ? undefined : `no Python langdetect profiles at ${PY_PROFILES} (apt-get install python3-langdetect)` }, () => {
  const script = `
    const { loadDefaultProfiles } = await import(${JSON.stringify(join(pkg, 'dist/skills/ifeval/langdetect/profiles.js'))});
    const { LangDetector } = await import(${JSON.stringify(join(pkg, 'dist/skills/ifeval/langdetect/detector.js'))});
    const d = new LangDetector(loadDefaultProfiles(${JSON.stringify(PY_PROFILES)}));
    console.log(JSON.stringify([d.detect('Ceci est une phrase en français sur le temps.'), d.detect('これは日本語の文です。')]));`;
  assert.deepEqual(JSON.parse(ok(sh(process.execPath, ['--input-type=module', '-e', script], { cwd: proj }), 'Python profiles')), ['fr', 'ja']);
});
