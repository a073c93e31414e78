// readCommandData: the one entry point from files to a CommandDataset. It detects the format of
// each path (a folder of Snips benchmark JSON files, a Rasa markdown file, a Snips NLU JSON dataset,
// a schema file), reads them all, merges them (examples in order, intents and entities united),
// checks every annotation (spans inside their text, no overlaps: CommandDataError with file:line),
// warns on duplicate queries, and finally lays the schema over the result.
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { CommandDataset, CommandExample, DatasetWarning, EntityDef, IntentSchema } from '../types.ts';
import { CommandDataError } from './errors.ts';
import { decodeDataFile, readDataBytes } from './decode.ts';
import { parseRasa } from './rasa.ts';
import { isSnipsNluJson, parseSnipsNlu } from './snips-nlu.ts';
import { isSchemaJson, mergeSchema, parseSchema, readSchema, type CommandSchema } from './schema.ts';
import { benchmarkExamples, isSnipsBenchmark } from './snips-benchmark.ts';
import { validateExample } from './validate.ts';

export interface ReadOptions {
  /** A schema file applied after every input is merged (a schema may also be one of `paths`). */
  schema?: string;
}

const RASA_EXTENSIONS = ['.md', '.markdown'];
const RASA_SECTION = /^##\s*intent\s*:/m;

function empty(warnings: DatasetWarning[]): CommandDataset {
  return { examples: [], intents: {}, entities: {}, warnings };
}

/** Benchmark JSON (already decoded and parsed) as a dataset: each slot is free text (no entity lists). */
function benchmarkDataset(json: unknown, file: string, warnings: DatasetWarning[]): CommandDataset {
  const examples = benchmarkExamples(json, file);
  const ds = empty(warnings);
  for (const ex of examples) {
    validateExample(ex);
    const intent = (ds.intents[ex.intent] ??= { name: ex.intent, slots: {} });
    for (const s of ex.slots) intent.slots[s.slot] ??= { type: 'text' };
    ds.examples.push(ex);
  }
  return ds;
}

type FileRead = { kind: 'data'; ds: CommandDataset } | { kind: 'schema'; schema: CommandSchema; file: string };

/** One file by its extension and content. */
function readFile(file: string, warnings: DatasetWarning[]): FileRead {
  const ext = extname(file).toLowerCase();
  const text = decodeDataFile(readDataBytes(file), file, warnings);
  if (RASA_EXTENSIONS.includes(ext)) return { kind: 'data', ds: parseRasa(text, file, warnings) };
  if (ext !== '.json') throw new CommandDataError('UNKNOWN_FORMAT', file, 'expected a Rasa markdown file (.md), a Snips NLU or benchmark JSON file, or a schema (.json)');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new CommandDataError('BAD_JSON', file, `not valid JSON: ${(e as Error).message}`);
  }
  if (isSchemaJson(json)) return { kind: 'schema', schema: parseSchema(text, file), file };
  if (isSnipsNluJson(json)) return { kind: 'data', ds: parseSnipsNlu(text, file, warnings) };
  if (isSnipsBenchmark(json)) return { kind: 'data', ds: benchmarkDataset(json, file, warnings) };
  throw new CommandDataError('UNKNOWN_FORMAT', file, 'JSON that is neither a Snips NLU dataset ({"intents": {..: {"utterances"}}}), a Snips benchmark file ({"Intent": [{"data"}]}) nor a schema ("format": "engram-command-schema/1")');
}

/** The files a folder contributes: its .json and .md files in name order; a .md without "## intent:" (a README) is skipped with a warning. */
function folderFiles(dir: string, warnings: DatasetWarning[]): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (e) {
    throw new CommandDataError('READ_FAILED', dir, (e as Error).message);
  }
  const out: string[] = [];
  for (const name of names) {
    const p = join(dir, name);
    const ext = extname(name).toLowerCase();
    if (ext === '.json') out.push(p);
    else if (RASA_EXTENSIONS.includes(ext)) {
      if (RASA_SECTION.test(new TextDecoder().decode(readDataBytes(p)))) out.push(p);
      else warnings.push({ kind: 'skipped', file: p, message: 'no "## intent:" section; not read as data' });
    }
  }
  if (out.length === 0) throw new CommandDataError('UNKNOWN_FORMAT', dir, 'the folder holds no .json or Rasa .md data file');
  return out;
}

function sameSlot(a: IntentSchema['slots'][string], b: IntentSchema['slots'][string]): boolean {
  return a.type === b.type && a.entity === b.entity && a.unit === b.unit;
}

/** Adds `src` into `into`; the same slot typed two ways in two inputs is INCONSISTENT. */
function mergeInto(into: CommandDataset, src: CommandDataset, file: string): void {
  into.examples.push(...src.examples);
  for (const intent of Object.values(src.intents)) {
    const cur = (into.intents[intent.name] ??= { name: intent.name, slots: {} });
    for (const [slot, s] of Object.entries(intent.slots)) {
      const have = cur.slots[slot];
      if (have && !sameSlot(have, s)) {
        throw new CommandDataError('INCONSISTENT', file, `slot "${slot}" of intent ${intent.name} is ${s.entity ?? s.type} here but ${have.entity ?? have.type} in an earlier input`);
      }
      cur.slots[slot] = s;
    }
  }
  for (const e of Object.values(src.entities)) {
    const cur: EntityDef = (into.entities[e.name] ??= { name: e.name, values: [], automaticallyExtensible: e.automaticallyExtensible });
    cur.automaticallyExtensible &&= e.automaticallyExtensible;
    for (const v of e.values) {
      const have = cur.values.find((x) => x.value === v.value);
      if (!have) cur.values.push({ value: v.value, synonyms: [...v.synonyms] });
      else for (const s of v.synonyms) if (!have.synonyms.includes(s)) have.synonyms.push(s);
    }
  }
}

/** Where a query is: "file:line" (line formats) or "file query N of Intent" (JSON); the file is left out when it is `sameFile`. */
function place(ex: CommandExample, sameFile?: string): string {
  const file = ex.source.file === sameFile ? '' : ex.source.file;
  if (ex.source.line !== undefined) return file ? `${file}:${ex.source.line}` : `line ${ex.source.line}`;
  return `${file ? `${file} ` : ''}query ${ex.source.index} of ${ex.intent}`;
}

/** One warning per query whose text (case and spacing aside) was seen before, naming both places. */
function warnDuplicates(ds: CommandDataset): void {
  const first = new Map<string, CommandExample>();
  for (const ex of ds.examples) {
    const key = ex.text.toLowerCase().split(/\s+/).filter(Boolean).join(' ');
    const prev = first.get(key);
    if (!prev) {
      first.set(key, ex);
      continue;
    }
    const differs = prev.intent !== ex.intent ? ` with a different intent (${prev.intent} there, ${ex.intent} here)` : '';
    // The warning's own place is file(:line); JSON queries add which one, the first place names the file only if it differs.
    const here = ex.source.line === undefined ? ` (query ${ex.source.index} of ${ex.intent})` : '';
    ds.warnings.push({ kind: 'duplicate-query', file: ex.source.file, line: ex.source.line, message: `duplicate query ${JSON.stringify(ex.text)}${here}, first at ${place(prev, ex.source.file)}${differs}` });
  }
}

/**
 * Reads and merges every path (files or folders) into one CommandDataset; see the header. Throws
 * CommandDataError for input that would make the dataset wrong; everything else is a warning.
 */
export function readCommandData(paths: readonly string[], opts: ReadOptions = {}): CommandDataset {
  const ds = empty([]);
  const files: string[] = [];
  const schemas: { schema: CommandSchema; file: string }[] = [];
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch (e) {
      throw new CommandDataError('READ_FAILED', p, (e as Error).message);
    }
    for (const file of isDir ? folderFiles(p, ds.warnings) : [p]) {
      const r = readFile(file, ds.warnings);
      files.push(file);
      if (r.kind === 'schema') schemas.push(r);
      else mergeInto(ds, r.ds, file);
    }
  }
  if (opts.schema) {
    schemas.push({ schema: readSchema(opts.schema, ds.warnings), file: opts.schema });
    files.push(opts.schema);
  }
  if (schemas.length > 1) throw new CommandDataError('INCONSISTENT', schemas[1].file, `a second schema (the first is ${schemas[0].file}); give one`);
  warnDuplicates(ds);
  const out = schemas.length === 1 ? mergeSchema(ds, schemas[0].schema, schemas[0].file) : ds;
  return { ...out, files };
}

export { CommandDataError } from './errors.ts';
