// Builds the CheckContext from the user-provided data folders: Punkt parameters and, optionally,
// Python langdetect's own profiles (the default profiles come from the npm `langdetect` package, an
// optional peer dependency). The profiles are loaded on the first language check, so prompts
// without one never need them; their absence then fails that check with a LangdetectDataError.
import { join } from 'node:path';
import { findDataDir } from '../../io/data-dir.ts';
import { InputFileError } from '../../io/input-error.ts';
import { LangDetector } from './langdetect/detector.ts';
import { loadDefaultProfiles } from './langdetect/profiles.ts';
import { loadPunktParameters } from './punkt-params.ts';
import { PunktSentenceTokenizer } from './punkt.ts';
import type { CheckContext } from './types.ts';

export interface ContextOptions {
  /** Folder with abbrev_types.txt, collocations.tab, sent_starters.txt, ortho_context.tab. */
  punktDir?: string;
  /** A langdetect `profiles/` folder; default: $ENGRAM_LANGDETECT_PROFILES, else the npm package's. */
  langdetectProfiles?: string;
}

export function createContext(opts: ContextOptions = {}): CheckContext {
  let punktDir = opts.punktDir;
  if (!punktDir) {
    const data = findDataDir();
    if (!data) {
      throw new InputFileError(undefined, undefined, 'no Punkt parameters: pass --punkt DIR or set ENGRAM_DATA_DIR (expects DIR/punkt-english)');
    }
    punktDir = join(data, 'punkt-english');
  }
  const punkt = new PunktSentenceTokenizer(loadPunktParameters(punktDir));
  const profiles = opts.langdetectProfiles ?? (process.env.ENGRAM_LANGDETECT_PROFILES || undefined);
  let detector: LangDetector | undefined;
  return { punkt, detectLanguage: (text) => (detector ??= new LangDetector(loadDefaultProfiles(profiles))).detect(text) };
}
