// Rasa 1.x markdown NLU data -> CommandDataset. The layout:
//   ## intent:set_timer            a section of examples of one intent
//   - set a timer for [10 minutes](duration)
//   - dim the [lounge]{"entity": "room", "value": "living_room"}
//   - turn on the [lounge](room:living_room)      Rasa's synonym shorthand
//   ## synonym:living_room         lines are synonyms of that entity value
//   ## lookup:room                 lines are listed values of entity "room"
//   ## regex:NAME                  ignored with a warning (no regex features here)
// plus blank lines and <!-- comments --> (which may span lines). A list item starts with "-", "*"
// or "+". The slot name is the annotation's entity (Rasa has no separate slot names), and the
// entity is kept in the schema (type 'entity', open: Rasa entities take any value). Offsets are in
// code points. Problems are CommandDataError / DatasetWarning with file:line.
import type { CommandDataset, CommandExample, DatasetWarning, EntityDef, SlotSpan } from '../types.ts';
import { CommandDataError } from './errors.ts';
import { readDataFile } from './decode.ts';
import { validateExample } from './validate.ts';

const SECTION = /^##\s*([a-z_]+)\s*:\s*(.*?)\s*$/;
const LIST_ITEM = /^\s*[-*+]\s+(.*)$/;
const NAME = /^[A-Za-z0-9_.\-/]+$/;

interface Annotation {
  entity: string;
  value?: string;
}

/** The `(entity)` / `(entity:value)` or `{"entity": ..., "value": ...}` part after `[text]`, or an error. */
function readAnnotation(line: string, at: number, file: string, lineNo: number): { ann: Annotation; end: number } {
  if (line[at] === '(') {
    const close = line.indexOf(')', at);
    if (close < 0) throw new CommandDataError('BAD_ANNOTATION', file, `"(" at column ${at + 1} has no ")"`, lineNo);
    const body = line.slice(at + 1, close).trim();
    const colon = body.indexOf(':');
    const entity = (colon < 0 ? body : body.slice(0, colon)).trim();
    const value = colon < 0 ? undefined : body.slice(colon + 1).trim();
    if (!NAME.test(entity)) throw new CommandDataError('BAD_ANNOTATION', file, `entity name ${JSON.stringify(entity)} at column ${at + 2} is not a name`, lineNo);
    return { ann: { entity, value: value || undefined }, end: close + 1 };
  }
  // JSON object: find its end by bracket depth outside strings.
  let depth = 0;
  let inString = false;
  let end = -1;
  for (let k = at; k < line.length; k++) {
    const ch = line[k];
    if (inString) {
      if (ch === '\\') k++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) {
      end = k + 1;
      break;
    }
  }
  if (end < 0) throw new CommandDataError('BAD_ANNOTATION', file, `"{" at column ${at + 1} is not closed`, lineNo);
  let obj: unknown;
  try {
    obj = JSON.parse(line.slice(at, end));
  } catch (e) {
    throw new CommandDataError('BAD_ANNOTATION', file, `annotation at column ${at + 1} is not JSON: ${(e as Error).message}`, lineNo);
  }
  const o = obj as Record<string, unknown>;
  if (typeof o !== 'object' || o === null || typeof o.entity !== 'string' || !NAME.test(o.entity)) {
    throw new CommandDataError('BAD_ANNOTATION', file, `annotation at column ${at + 1} needs "entity": a name`, lineNo);
  }
  if (o.value !== undefined && typeof o.value !== 'string') {
    throw new CommandDataError('BAD_ANNOTATION', file, `annotation at column ${at + 1}: "value" must be a string`, lineNo);
  }
  return { ann: { entity: o.entity, value: o.value as string | undefined }, end };
}

/** One example line's text and slots (code-point offsets), with Rasa values as `annotations`. */
export function parseRasaExample(line: string, file: string, lineNo: number): { text: string; slots: SlotSpan[]; values: (string | undefined)[] } {
  let text = '';
  let len = 0; // code points in `text`
  const slots: SlotSpan[] = [];
  const values: (string | undefined)[] = [];
  let i = 0;
  while (i < line.length) {
    const open = line.indexOf('[', i);
    const close = open < 0 ? -1 : line.indexOf(']', open + 1);
    const after = close < 0 ? '' : line[close + 1];
    if (open < 0 || close < 0 || (after !== '(' && after !== '{')) {
      // No annotation from here (a lone "[" is ordinary text, as in Rasa).
      const rest = open < 0 ? line.slice(i) : line.slice(i, open + 1);
      text += rest;
      len += Array.from(rest).length;
      if (open < 0) break;
      i = open + 1;
      continue;
    }
    const before = line.slice(i, open);
    text += before;
    len += Array.from(before).length;
    const spanText = line.slice(open + 1, close);
    if (spanText.length === 0) throw new CommandDataError('BAD_ANNOTATION', file, `empty [] at column ${open + 1}`, lineNo);
    const { ann, end } = readAnnotation(line, close + 1, file, lineNo);
    const n = Array.from(spanText).length;
    slots.push({ slot: ann.entity, start: len, end: len + n, text: spanText });
    values.push(ann.value);
    text += spanText;
    len += n;
    i = end;
  }
  return { text, slots, values };
}

function entityOf(entities: Record<string, EntityDef>, name: string): EntityDef {
  return (entities[name] ??= { name, values: [], automaticallyExtensible: true });
}

function addValue(def: EntityDef, value: string, synonym?: string): void {
  let v = def.values.find((x) => x.value === value);
  if (!v) def.values.push((v = { value, synonyms: [] }));
  if (synonym !== undefined && synonym !== value && !v.synonyms.includes(synonym)) v.synonyms.push(synonym);
}

/** Rasa markdown text of `file` -> CommandDataset (schema: each slot an open entity of its name). */
export function parseRasa(source: string, file: string, warnings: DatasetWarning[] = []): CommandDataset {
  const ds: CommandDataset = { examples: [], intents: {}, entities: {}, warnings };
  const synonyms: { value: string; synonym: string; line: number }[] = [];
  let section: { kind: string; name: string; line: number } | undefined;
  let inComment = false;
  const lines = source.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const lineNo = k + 1;
    let line = lines[k].replace(/\r$/, '');
    if (inComment || line.includes('<!--')) {
      // Drop comment text; what is left on the line is read as usual.
      let out = '';
      let rest = line;
      for (;;) {
        if (inComment) {
          const endC = rest.indexOf('-->');
          if (endC < 0) { rest = ''; break; }
          rest = rest.slice(endC + 3);
          inComment = false;
        }
        const startC = rest.indexOf('<!--');
        if (startC < 0) { out += rest; break; }
        out += rest.slice(0, startC);
        rest = rest.slice(startC + 4);
        inComment = true;
      }
      line = out;
    }
    if (line.trim() === '') continue;
    const head = SECTION.exec(line);
    if (head) {
      const [, kind, name] = head;
      if (!name) throw new CommandDataError('BAD_FORMAT', file, `section "## ${kind}:" has no name`, lineNo);
      if (kind !== 'intent' && kind !== 'synonym' && kind !== 'lookup') {
        warnings.push({ kind: 'skipped', file, line: lineNo, message: `"## ${kind}:" sections are not used by this reader; its lines are skipped` });
      } else if (kind !== 'synonym' && !NAME.test(name)) {
        throw new CommandDataError('BAD_FORMAT', file, `${kind} name ${JSON.stringify(name)} is not a name (letters, digits, _ . - /)`, lineNo);
      }
      section = { kind, name, line: lineNo };
      if (kind === 'intent') ds.intents[name] ??= { name, slots: {} };
      if (kind === 'lookup') entityOf(ds.entities, name);
      continue;
    }
    if (line.startsWith('#')) {
      warnings.push({ kind: 'skipped', file, line: lineNo, message: `heading ${JSON.stringify(line.trim())} is not "## intent:NAME"; skipped` });
      section = { kind: 'skip', name: '', line: lineNo };
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (!section) throw new CommandDataError('BAD_FORMAT', file, `text before the first "## intent:NAME" heading`, lineNo);
    if (!item) throw new CommandDataError('BAD_FORMAT', file, `expected a list item ("- example") in ${section.kind} "${section.name}"`, lineNo);
    const body = item[1].trim();
    if (section.kind === 'intent') {
      const { text, slots, values } = parseRasaExample(body, file, lineNo);
      const ex: CommandExample = { text, intent: section.name, slots, source: { file, line: lineNo } };
      validateExample(ex);
      ds.examples.push(ex);
      const intent = ds.intents[section.name];
      slots.forEach((s, n) => {
        intent.slots[s.slot] ??= { type: 'entity', entity: s.slot };
        const def = entityOf(ds.entities, s.slot);
        if (values[n] !== undefined) addValue(def, values[n] as string, s.text);
      });
    } else if (section.kind === 'synonym') synonyms.push({ value: section.name, synonym: body, line: lineNo });
    else if (section.kind === 'lookup') addValue(entityOf(ds.entities, section.name), body);
  }
  // "## synonym:VALUE" names a value, not an entity: attach it to every entity holding that value.
  for (const s of synonyms) {
    const holders = Object.values(ds.entities).filter((e) => e.values.some((v) => v.value === s.value));
    if (holders.length === 0) warnings.push({ kind: 'unused', file, line: s.line, message: `synonym of "${s.value}", a value no annotation or lookup uses; ignored` });
    for (const e of holders) addValue(e, s.value, s.synonym);
  }
  return ds;
}

/** Reads one Rasa markdown file (UTF-8 problems become warnings). */
export function readRasa(file: string, warnings: DatasetWarning[] = []): CommandDataset {
  return parseRasa(readDataFile(file, warnings), file, warnings);
}
