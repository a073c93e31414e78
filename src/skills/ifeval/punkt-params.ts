// Loads the trained parameters of NLTK's English Punkt model from the plain-text export
// (the `punkt_tab` layout: abbrev_types.txt, collocations.tab, sent_starters.txt, ortho_context.tab).
// The parameters are user-provided data, never shipped with the project.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputFileError } from '../../io/input-error.ts';

export interface PunktParameters {
  abbrevTypes: Set<string>;
  /** Collocations keyed as `type1 + "\t" + type2`. */
  collocations: Set<string>;
  sentStarters: Set<string>;
  orthoContext: Map<string, number>;
}

const FILES = ['abbrev_types.txt', 'collocations.tab', 'sent_starters.txt', 'ortho_context.tab'] as const;

// Lines are kept as they are (no stripping): the English model has an abbreviation ". . " whose
// trailing space is significant. Only line terminators are removed.
function readLines(dir: string, name: string): string[] {
  const text = readFileSync(join(dir, name), 'utf8');
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function loadPunktParameters(dir: string): PunktParameters {
  for (const f of FILES) {
    if (!existsSync(join(dir, f))) {
      throw new InputFileError(undefined, undefined, `Punkt parameter file ${f} not found in ${dir} (pass --punkt DIR or set ENGRAM_DATA_DIR to the folder holding punkt-english/)`);
    }
  }
  const collocations = new Set<string>();
  readLines(dir, 'collocations.tab').forEach((line, i) => {
    const parts = line.split('\t');
    if (parts.length !== 2) throw new InputFileError(join(dir, 'collocations.tab'), i + 1, 'expected two tab-separated words');
    collocations.add(`${parts[0]}\t${parts[1]}`);
  });
  const orthoContext = new Map<string, number>();
  readLines(dir, 'ortho_context.tab').forEach((line, i) => {
    const tab = line.lastIndexOf('\t');
    const flags = Number(line.slice(tab + 1));
    if (tab < 0 || !Number.isInteger(flags)) {
      throw new InputFileError(join(dir, 'ortho_context.tab'), i + 1, 'expected "word<TAB>flags"');
    }
    orthoContext.set(line.slice(0, tab), flags);
  });
  return {
    abbrevTypes: new Set(readLines(dir, 'abbrev_types.txt')),
    collocations,
    sentStarters: new Set(readLines(dir, 'sent_starters.txt')),
    orthoContext,
  };
}
