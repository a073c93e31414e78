// assertOutputsSafe and the path identity behind it: an output is refused when it is an input under
// any spelling (same path, `./x/../x`, a symlink to it, a hard link, a symlinked folder, a not-yet
// existing folder followed by `..`), when two outputs are one file, and when it cannot hold a file.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { OutputError } from './errors.ts';
import { assertOutputsSafe } from './output-guard.ts';
import { realPathOf } from './real-path.ts';

function refused(outputs: string[], inputs: string[], code: string, inputDirs: string[] = []): OutputError {
  try {
    assertOutputsSafe(outputs, inputs, inputDirs);
  } catch (err) {
    assert.ok(err instanceof OutputError, String(err));
    assert.equal(err.code, code, err.message);
    return err;
  }
  assert.fail(`expected ${code} for ${outputs.join(', ')}`);
}

const root = mkdtempSync(join(tmpdir(), 'engram-guard-'));
after(() => rmSync(root, { recursive: true, force: true }));

function setup() {
  const dir = mkdtempSync(join(root, 't-'));
  const d = join(dir, 'd');
  mkdirSync(d);
  const input = join(d, 'in.jsonl');
  writeFileSync(input, '{}\n');
  return { dir, d, input };
}

test('an output equal to an input is refused, naming both paths, under every spelling', () => {
  const { dir, d, input } = setup();
  symlinkSync(input, join(dir, 'link.jsonl'));
  symlinkSync(d, join(dir, 'dlink'));
  linkSync(input, join(dir, 'hard.jsonl'));
  const spellings = [
    input,
    join(dir, 'd', '.', 'in.jsonl'),
    `${d}/../d/in.jsonl`,
    join(dir, 'link.jsonl'),
    join(dir, 'dlink', 'in.jsonl'),
    `${dir}/dlink/not-yet/../in.jsonl`,
    join(dir, 'hard.jsonl'),
    relative(process.cwd(), input),
  ];
  for (const out of spellings) {
    const e = refused([out], ['other.jsonl', input], 'OUTPUT_IS_INPUT');
    assert.ok(e.message.includes(out) && e.message.includes(input), e.message);
    assert.equal(e.path, out);
    assert.equal(e.other, input);
  }
  // The same check with the input spelled through the link instead.
  refused([input], [join(dir, 'dlink', 'in.jsonl')], 'OUTPUT_IS_INPUT');
});

test('two outputs that are one file are refused; distinct outputs pass', () => {
  const { dir, d, input } = setup();
  const e = refused([join(dir, 'a.json'), join(d, 'x.json'), `${dir}/d/../a.json`], [input], 'OUTPUT_COLLISION');
  assert.match(e.message, /two outputs are the same file/);
  assertOutputsSafe([join(dir, 'a.json'), join(dir, 'b.json'), join(dir, 'new', 'c.json')], [input]);
  assert.equal(existsSync(join(dir, 'new')), false, 'the guard creates nothing');
});

test('outputs inside an input folder are refused; beside it they pass', () => {
  const { dir, d } = setup();
  refused([join(d, 'new', 'out.json')], [], 'OUTPUT_IS_INPUT', [d]);
  assertOutputsSafe([join(dir, 'd2', 'out.json'), join(dir, 'out.json')], [], [d]);
});

test('outputs that cannot hold a file are refused before any work', () => {
  const { dir, d, input } = setup();
  refused([d], [], 'OUTPUT_IS_DIRECTORY');
  refused([join(input, 'out.jsonl')], [], 'OUTPUT_DIR_FAILED');
  assert.deepEqual(readdirSync(d), ['in.jsonl']);
  assert.deepEqual(readdirSync(dir), ['d']);
});

test('realPathOf resolves missing tails under the real path of the nearest existing ancestor', () => {
  const { dir, d } = setup();
  symlinkSync(d, join(dir, 'dlink'));
  const real = realPathOf(d);
  assert.equal(realPathOf(join(dir, 'dlink', 'a', 'b.json')), join(real, 'a', 'b.json'));
  assert.equal(realPathOf(`${dir}/dlink/a/../../dlink/b.json`), join(real, 'b.json'));
  symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling'));
  assert.equal(realPathOf(join(dir, 'dangling')), join(realPathOf(dir), 'dangling'));
});
