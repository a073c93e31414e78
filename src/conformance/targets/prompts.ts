// The prompts a responses.txt line refers to, read once per file.
import { join } from 'node:path';
import { readPrompts } from '../../skills/respond/respond.ts';
import { REPO_ROOT, type ResponseVector } from '../vectors.ts';

const cache = new Map<string, string[]>();

export function promptsOf(file: string): string[] {
  let p = cache.get(file);
  if (!p) {
    p = readPrompts(join(REPO_ROOT, file));
    cache.set(file, p);
  }
  return p;
}

/** The vectors' prompts in order, with the vectors (so a batch can be built and compared by index). */
export function vectorPrompts(vectors: ResponseVector[]): string[] {
  return vectors.map((v) => {
    const p = promptsOf(v.prompts)[v.index];
    if (p === undefined) throw new Error(`responses.txt:${v.line}: ${v.prompts} has no prompt ${v.index}`);
    return p;
  });
}
