// Reader of the hand-written rewrite set (data/demo-rewrite/sentences.txt; its format is described in
// data/demo-rewrite/README.md): "## category [| direction]" headers, "< input" lines each followed by
// "> expected" or "=" (unchanged). Strict: any other line is an error naming its line number, so a
// typo in the set cannot silently drop a case.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputFileError, readFailure } from '../../../io/input-error.ts';
import { PACKAGE_ROOT } from '../../../io/package-root.ts';
import { REWRITE_DIRECTIONS, type RewriteDirection } from './rewrite.ts';

export const REWRITE_SET = join(PACKAGE_ROOT, 'data', 'demo-rewrite', 'sentences.txt');

export interface RewriteCase {
  category: string;
  direction: RewriteDirection;
  input: string;
  expected: string;
  /** 1-based line of the input in the file. */
  line: number;
}

/** The cases of a rewrite set file, in file order. */
export function readRewriteSet(path = REWRITE_SET): RewriteCase[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new InputFileError(path, undefined, readFailure(err));
  }
  const lines = text.split('\n');
  const out: RewriteCase[] = [];
  let category = '';
  let direction: RewriteDirection = 'to-metric';
  const fail = (k: number, why: string): never => {
    throw new InputFileError(path, k + 1, why);
  };
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    if (l.startsWith('## ')) {
      const [name, dir] = l.slice(3).split('|').map((x) => x.trim());
      if (dir !== undefined && !REWRITE_DIRECTIONS.includes(dir as RewriteDirection)) fail(k, `unknown direction "${dir}"`);
      category = name;
      direction = (dir as RewriteDirection | undefined) ?? 'to-metric';
    } else if (l.startsWith('< ')) {
      if (!category) fail(k, 'a case before the first "## category"');
      const next = lines[k + 1];
      if (next === undefined || (next !== '=' && !next.startsWith('> '))) fail(k + 1, 'an input must be followed by "> expected" or "="');
      out.push({ category, direction, input: l.slice(2), expected: next === '=' ? l.slice(2) : next.slice(2), line: k + 1 });
      k++;
    } else if (l !== '' && !l.startsWith('#')) fail(k, `unexpected line: ${JSON.stringify(l.slice(0, 80))}`);
  }
  return out;
}
