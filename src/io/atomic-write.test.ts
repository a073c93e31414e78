// writeFileAtomic and mkdirp against hostile output paths: existing directories, paths under a
// regular file, /proc (where Node's recursive mkdir spins forever), symlinks, FIFOs, and injected
// write and rename failures. Every failure must name the user's path, never the temporary one, and
// leave no temporary file behind.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs, { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.ts';
import { OutputError } from './errors.ts';
import { missingDirs, mkdirp } from './mkdirp.ts';

const root = mkdtempSync(join(tmpdir(), 'engram-io-'));
after(() => rmSync(root, { recursive: true, force: true }));
const fresh = () => mkdtempSync(join(root, 't-'));
const tmpFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

/** Runs `fn`, expecting an OutputError with `code`; returns it. */
function expectOutputError(fn: () => void, code: string): OutputError {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof OutputError, `expected OutputError, got ${String(err)}`);
    assert.equal(err.code, code, err.message);
    return err;
  }
  assert.fail(`expected ${code}`);
}

/** Replaces one fs function for the duration of `fn` (named ESM imports see it via syncBuiltinESMExports). */
function withFsMock<K extends 'renameSync' | 'writeFileSync' | 'openSync'>(name: K, impl: (typeof fs)[K], fn: () => void): void {
  const orig = fs[name];
  fs[name] = impl;
  syncBuiltinESMExports();
  try {
    fn();
  } finally {
    fs[name] = orig;
    syncBuiltinESMExports();
  }
}

test('writes the bytes, replaces an existing file, makes missing folders, leaves no temp file', () => {
  const dir = fresh();
  const p = join(dir, 'a', 'b', 'out.txt');
  writeFileAtomic(p, 'one');
  writeFileAtomic(p, new Uint8Array([0x74, 0x77, 0x6f]));
  assert.equal(readFileSync(p, 'utf8'), 'two');
  assert.deepEqual(tmpFiles(join(dir, 'a', 'b')), []);
});

test('an existing directory as output is refused before anything is written', () => {
  const dir = fresh();
  const e = expectOutputError(() => writeFileAtomic(dir, 'x'), 'OUTPUT_IS_DIRECTORY');
  assert.match(e.message, new RegExp(`^${dir} is an existing directory`));
  assert.deepEqual(readdirSync(dir), []);
  assert.deepEqual(tmpFiles(join(dir, '..')).filter((f) => f.startsWith(dir.split('/').pop()!)), []);
  expectOutputError(() => writeFileAtomic(join(dir, 'sub') + '/', 'x'), 'OUTPUT_IS_DIRECTORY');
  expectOutputError(() => writeFileAtomic('', 'x'), 'OUTPUT_BAD_PATH');
  assert.deepEqual(readdirSync(dir), []);
});

test('a path under a regular file fails with the user path (ENOTDIR, also as root)', () => {
  const dir = fresh();
  const file = join(dir, 'somefile');
  writeFileSync(file, 'keep');
  for (const p of [join(file, 'out.jsonl'), join(file, 'deeper', 'out.jsonl')]) {
    const e = expectOutputError(() => writeFileAtomic(p, 'x'), 'OUTPUT_DIR_FAILED');
    assert.ok(e.message.includes(p), e.message);
    assert.match(e.message, /somefile is not a directory/);
    assert.doesNotMatch(e.message, /\.tmp/);
  }
  assert.equal(readFileSync(file, 'utf8'), 'keep');
  assert.deepEqual(readdirSync(dir), ['somefile']);
});

test('/proc paths fail quickly with a clear error instead of spinning (run in a child with a timeout)', () => {
  // A regression to mkdirSync({ recursive: true }) would loop forever, so never run this in-process.
  const code = `
    import { writeFileAtomic } from ${JSON.stringify(new URL('./atomic-write.ts', import.meta.url).pathname)};
    for (const p of ['/proc/engram-x/y/p.jsonl', '/proc/engram-x/p.jsonl', '/proc/p.jsonl']) {
      try { writeFileAtomic(p, 'x'); console.log('WROTE ' + p); } catch (e) { console.log(e.code + ' ' + e.message); }
    }`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8', timeout: 20_000 });
  assert.equal(r.signal, null, 'timed out: the write loops on /proc');
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 3, r.stdout + r.stderr);
  assert.match(lines[0], /^OUTPUT_DIR_FAILED cannot create folder \/proc\/engram-x for \/proc\/engram-x\/y\/p\.jsonl: /);
  assert.match(lines[1], /^OUTPUT_DIR_FAILED cannot create folder \/proc\/engram-x for \/proc\/engram-x\/p\.jsonl: /);
  assert.match(lines[2], /^OUTPUT_WRITE_FAILED cannot write \/proc\/p\.jsonl: /);
  for (const l of lines) assert.doesNotMatch(l, /\.tmp/);
});

test('a symlink and a FIFO are never replaced', () => {
  const dir = fresh();
  const target = join(dir, 'target.txt');
  writeFileSync(target, 'keep');
  const link = join(dir, 'link');
  symlinkSync(target, link);
  const e = expectOutputError(() => writeFileAtomic(link, 'x'), 'OUTPUT_NOT_REGULAR');
  assert.match(e.message, /symbolic link/);
  assert.ok(fs.lstatSync(link).isSymbolicLink());
  assert.equal(readFileSync(target, 'utf8'), 'keep');
  const fifo = join(dir, 'fifo');
  if (spawnSync('mkfifo', [fifo]).status === 0) expectOutputError(() => writeFileAtomic(fifo, 'x'), 'OUTPUT_NOT_REGULAR');
  assert.deepEqual(tmpFiles(dir), []);
});

test('a failing write removes the temp file, keeps the old output and names the user path', () => {
  const dir = fresh();
  const p = join(dir, 'out.jsonl');
  writeFileSync(p, 'old');
  const enospc = () => {
    throw Object.assign(new Error("ENOSPC: no space left on device, write '/somewhere/out.jsonl.1.abc.tmp'"), { code: 'ENOSPC' });
  };
  withFsMock('writeFileSync', enospc as typeof fs.writeFileSync, () => {
    const e = expectOutputError(() => writeFileAtomic(p, 'new'), 'OUTPUT_WRITE_FAILED');
    assert.equal(e.message, `cannot write ${p}: ENOSPC: no space left on device`);
  });
  assert.equal(readFileSync(p, 'utf8'), 'old');
  assert.deepEqual(readdirSync(dir), ['out.jsonl']);
});

test('a failing rename removes the temp file and names the user path', () => {
  const dir = fresh();
  const p = join(dir, 'out.jsonl');
  const exdev = (from: fs.PathLike) => {
    throw Object.assign(new Error(`EXDEV: cross-device link not permitted, rename '${String(from)}' -> '${p}'`), { code: 'EXDEV' });
  };
  withFsMock('renameSync', exdev as typeof fs.renameSync, () => {
    const e = expectOutputError(() => writeFileAtomic(p, 'new'), 'OUTPUT_WRITE_FAILED');
    assert.equal(e.message, `cannot write ${p}: EXDEV: cross-device link not permitted`);
  });
  assert.deepEqual(readdirSync(dir), []);
});

test('temp names carry pid and a random suffix and are opened exclusively (wx)', () => {
  const dir = fresh();
  const p = join(dir, 'out.txt');
  const opened: { path: string; flags: unknown }[] = [];
  const realOpen = fs.openSync;
  const spy = ((path: fs.PathLike, flags: fs.OpenMode, mode?: fs.Mode) => {
    opened.push({ path: String(path), flags });
    return realOpen(path, flags, mode);
  }) as typeof fs.openSync;
  withFsMock('openSync', spy, () => {
    writeFileAtomic(p, 'a');
    writeFileAtomic(p, 'b');
  });
  assert.equal(opened.length, 2);
  for (const o of opened) {
    assert.match(o.path, new RegExp(`^${p}\\.${process.pid}\\.[0-9a-f]{12}\\.tmp$`));
    assert.equal(o.flags, 'wx');
  }
  assert.notEqual(opened[0].path, opened[1].path);
  assert.equal(readFileSync(p, 'utf8'), 'b');
});

test('missingDirs creates nothing; mkdirp follows the path as spelled', () => {
  const dir = fresh();
  const deep = join(dir, 'x', 'y', 'z');
  assert.deepEqual(missingDirs(deep), [join(dir, 'x'), join(dir, 'x', 'y'), deep]);
  assert.equal(existsSync(join(dir, 'x')), false);
  mkdirp(deep);
  assert.ok(fs.statSync(deep).isDirectory());
  mkdirp(deep); // already there: nothing to do
  mkdirp(`${dir}/n/../m`);
  assert.deepEqual(readdirSync(dir).sort(), ['m', 'n', 'x']);
  mkdirSync(join(dir, 'plain'));
  writeFileSync(join(dir, 'plain', 'f'), '');
  expectOutputError(() => mkdirp(join(dir, 'plain', 'f', 'g'), 'user/out.txt'), 'OUTPUT_DIR_FAILED');
});
