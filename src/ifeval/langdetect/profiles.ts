// Loads langdetect language profiles (one JSON file per language: {name, freq, n_words}) into the
// n-gram -> per-language probability table that Python's DetectorFactory.add_profile builds, plus
// the CJK ideograph classes used to normalize Kanji.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { IfevalInputError } from '../errors.ts';

export interface LangProfiles {
  langs: string[];
  /** n-gram -> probability for each language of `langs` (0 where the profile lacks it). */
  wordLangProb: Map<string, Float64Array>;
  /** CJK classes: every ideograph of a class normalizes to the class's first ideograph. */
  cjkMap: Map<string, string>;
}

interface ProfileJson {
  name: string;
  freq: Record<string, number>;
  n_words: number[];
}

/** The folder of the npm `langdetect` package (a JS port of the same library; its data only is used). */
export function npmLangdetectDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('langdetect/package.json'));
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new IfevalInputError(`cannot read langdetect data: ${(err as Error).message}`, file);
  }
}

/**
 * Reads every profile in `profileDir` (Python langdetect's `profiles/` folder, files without an
 * extension, or the npm package's `profiles/`, files ending in .json). Languages are taken in
 * sorted file-name order; Python takes os.listdir order, which only changes float summation order.
 */
export function loadProfiles(profileDir: string, cjkFile: string): LangProfiles {
  if (!existsSync(profileDir)) throw new IfevalInputError(`langdetect profile folder not found: ${profileDir}`);
  const files = readdirSync(profileDir)
    .filter((f) => !f.startsWith('.') && statSync(join(profileDir, f)).isFile())
    .sort();
  if (files.length < 2) throw new IfevalInputError(`need at least two langdetect profiles in ${profileDir}`);
  const langs: string[] = [];
  const wordLangProb = new Map<string, Float64Array>();
  files.forEach((f, index) => {
    const p = readJson(join(profileDir, f)) as ProfileJson;
    if (typeof p?.name !== 'string' || typeof p.freq !== 'object' || !Array.isArray(p.n_words)) {
      throw new IfevalInputError('not a langdetect profile ({name, freq, n_words})', join(profileDir, f));
    }
    langs.push(p.name);
    for (const [word, count] of Object.entries(p.freq)) {
      let row = wordLangProb.get(word);
      if (!row) wordLangProb.set(word, (row = new Float64Array(files.length)));
      const len = Array.from(word).length;
      if (len >= 1 && len <= 3) row[index] = count / p.n_words[len - 1];
    }
  });
  const classes = Object.values(readJson(cjkFile) as Record<string, string>);
  const cjkMap = new Map<string, string>();
  for (const cls of classes) {
    const chars = Array.from(cls);
    for (const ch of chars) cjkMap.set(ch, chars[0]);
  }
  return { langs, wordLangProb, cjkMap };
}

/** Profiles from `dir` if given, else those shipped in the npm `langdetect` package. */
export function loadDefaultProfiles(dir?: string): LangProfiles {
  const npm = npmLangdetectDir();
  return loadProfiles(dir ?? join(npm, 'profiles'), join(npm, 'res', 'cjk.json'));
}
