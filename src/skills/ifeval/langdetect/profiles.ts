// Loads langdetect language profiles (one JSON file per language: {name, freq, n_words}) into the
// n-gram -> per-language probability table that Python's DetectorFactory.add_profile builds, plus
// the CJK ideograph classes used to normalize Kanji. The data comes from Python langdetect's
// profiles/ folder (ENGRAM_LANGDETECT_PROFILES, --langdetect-profiles) or from the npm `langdetect`
// package, an optional peer dependency: it is looked up only when a language check first runs, and
// its absence is a typed LangdetectDataError that says how to get the data.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { InputFileError } from '../../../io/input-error.ts';

/** How to get the profiles, appended to every LangdetectDataError. */
export const LANGDETECT_HOWTO =
  'IFEval language checks (language:response_language, change_case:english_capital/english_lowercase) need langdetect profiles: ' +
  'install the optional peer dependency (`npm install langdetect`), or point ENGRAM_LANGDETECT_PROFILES ' +
  "(or `engram ifeval score --langdetect-profiles DIR`) at Python langdetect's profiles/ folder " +
  '(`pip install langdetect`, or Debian\'s python3-langdetect: /usr/lib/python3/dist-packages/langdetect/profiles)';

/** The language profiles a language check needs are not installed or not where they were said to be. */
export class LangdetectDataError extends InputFileError {
  override name = 'LangdetectDataError';
  readonly code = 'LANGDETECT_MISSING';
  constructor(what: string) {
    super(undefined, undefined, `${what}. ${LANGDETECT_HOWTO}`);
  }
}

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
  try {
    return dirname(require.resolve('langdetect/package.json'));
  } catch (err) {
    if ((err as { code?: string }).code === 'MODULE_NOT_FOUND') throw new LangdetectDataError('the npm package `langdetect` is not installed');
    throw err;
  }
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new InputFileError(file, undefined, `cannot read langdetect data: ${(err as Error).message}`);
  }
}

/**
 * Reads every profile in `profileDir` (Python langdetect's `profiles/` folder, files without an
 * extension, or the npm package's `profiles/`, files ending in .json). Languages are taken in
 * sorted file-name order; Python takes os.listdir order, which only changes float summation order.
 */
export function loadProfiles(profileDir: string, cjkFile: string): LangProfiles {
  if (!existsSync(profileDir)) throw new LangdetectDataError(`langdetect profile folder not found: ${profileDir}`);
  const files = readdirSync(profileDir)
    .filter((f) => !f.startsWith('.') && statSync(join(profileDir, f)).isFile())
    .sort();
  if (files.length < 2) throw new InputFileError(undefined, undefined, `need at least two langdetect profiles in ${profileDir}`);
  const langs: string[] = [];
  const wordLangProb = new Map<string, Float64Array>();
  files.forEach((f, index) => {
    const p = readJson(join(profileDir, f)) as ProfileJson;
    if (typeof p?.name !== 'string' || typeof p.freq !== 'object' || !Array.isArray(p.n_words)) {
      throw new InputFileError(join(profileDir, f), undefined, 'not a langdetect profile ({name, freq, n_words})');
    }
    langs.push(p.name);
    for (const [word, count] of Object.entries(p.freq)) {
      let row = wordLangProb.get(word);
      if (!row) wordLangProb.set(word, (row = new Float64Array(files.length)));
      const len = Array.from(word).length;
      if (len >= 1 && len <= 3) row[index] = count / p.n_words[len - 1];
    }
  });
  return { langs, wordLangProb, cjkMap: cjkMapOf(readCjkClasses(cjkFile)) };
}

/** Every ideograph of a class normalizes to the class's first ideograph (NGram._init_cjk_map). */
function cjkMapOf(classes: string[]): Map<string, string> {
  const cjkMap = new Map<string, string>();
  for (const cls of classes) {
    const chars = Array.from(cls);
    for (const ch of chars) cjkMap.set(ch, chars[0]);
  }
  return cjkMap;
}

/**
 * The CJK classes from the npm package's res/cjk.json ({name: ideographs}) or from Python's
 * utils/messages.properties (`NGram.KANJI_i_j=\uXXXX...` lines, the same 126 classes in the same order).
 */
function readCjkClasses(file: string): string[] {
  if (file.endsWith('.json')) return Object.values(readJson(file) as Record<string, string>);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new InputFileError(file, undefined, `cannot read langdetect data: ${(err as Error).message}`);
  }
  const classes: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^NGram\.KANJI_[0-9_]+=(.*)$/.exec(line.trim());
    if (m) classes.push(m[1].replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
  }
  if (classes.length === 0) throw new InputFileError(file, undefined, 'no NGram.KANJI_* classes');
  return classes;
}

/** Python langdetect keeps the CJK classes beside profiles/, in utils/messages.properties. */
function pythonCjkFile(profileDir: string): string {
  return join(profileDir, '..', 'utils', 'messages.properties');
}

/**
 * Profiles from `dir` if given, else those shipped in the npm `langdetect` package. The CJK classes
 * come from the same install as the profiles: Python's messages.properties beside `dir` when it is
 * there, else the npm package's (identical data).
 */
export function loadDefaultProfiles(dir?: string): LangProfiles {
  if (dir !== undefined && existsSync(pythonCjkFile(dir))) return loadProfiles(dir, pythonCjkFile(dir));
  if (dir !== undefined && !existsSync(dir)) throw new LangdetectDataError(`langdetect profile folder not found: ${dir}`);
  const npm = npmLangdetectDir();
  return loadProfiles(dir ?? join(npm, 'profiles'), join(npm, 'res', 'cjk.json'));
}
