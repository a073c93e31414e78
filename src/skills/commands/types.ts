// Shared types of the commands skill (a person's words -> intent, slots, normalized values,
// refusal). The dataset readers produce CommandDataset; the trainer, the runtime and the evaluator
// consume it. Offsets are in Unicode code points of the query text (as Snips NLU and Python count),
// never UTF-16 units or bytes, so TS, C and a Python user all agree on them.

/** One annotated slot inside a query: `text` === [...query].slice(start, end).join(''). */
export interface SlotSpan {
  slot: string;
  start: number;
  end: number;
  text: string;
}

/** Where an example came from, for error and warning messages (file:line or file#index). */
export interface SourceRef {
  file: string;
  /** 1-based line for line formats (Rasa), else the 0-based index of the query in its intent. */
  line?: number;
  index?: number;
}

/** One annotated training or test query. Intent OUT_OF_SCOPE marks queries the assistant must refuse. */
export interface CommandExample {
  text: string;
  intent: string;
  slots: SlotSpan[];
  source: SourceRef;
}

/** The intent name for out-of-scope queries in every format (refused, never mapped to an intent). */
export const OUT_OF_SCOPE = 'out_of_scope';

export type SlotType = 'text' | 'entity' | 'number' | 'quantity' | 'duration' | 'time' | 'temperature';

export interface SlotSchema {
  type: SlotType;
  /** For type 'entity': the entity whose listed values (and synonyms) this slot takes. */
  entity?: string;
  /** For 'quantity' / 'temperature': the unit the value is converted to (e.g. "C", "km"). */
  unit?: string;
  /** For 'quantity' / 'temperature' with a unit: decimals kept after conversion (default 2). */
  decimals?: number;
  required?: boolean;
}

export interface IntentSchema {
  name: string;
  slots: Record<string, SlotSchema>;
  /** Unsafe intents are recognised and refused with `refusal` as the reason. */
  unsafe?: boolean;
  refusal?: string;
}

export interface EntityValue {
  value: string;
  synonyms: string[];
}

export interface EntityDef {
  name: string;
  values: EntityValue[];
  /** Snips NLU's flag: values outside the list may still fill the slot. */
  automaticallyExtensible: boolean;
}

/** What a warning is about; the CLI prints a count per kind (see dataset.ts summarizeWarnings). */
export type WarningKind =
  | 'invalid-utf8' // bytes replaced with U+FFFD
  | 'duplicate-query' // the same query (case and spacing aside) twice
  | 'skipped' // a section, heading or file not read as data
  | 'unused' // a synonym no annotation uses
  | 'schema' // schema and data disagree in a way that leaves the data usable
  | 'language'; // a dataset language the English value readers may not handle

/** A non-fatal problem found while reading (invalid UTF-8, duplicate query, ...), with its place. */
export interface DatasetWarning {
  kind: WarningKind;
  file: string;
  line?: number;
  /** Byte offset in the file, for encoding problems. */
  byte?: number;
  message: string;
}

export interface CommandDataset {
  examples: CommandExample[];
  /** Every intent seen (in examples or the schema); schema fields default to free-text slots. */
  intents: Record<string, IntentSchema>;
  entities: Record<string, EntityDef>;
  warnings: DatasetWarning[];
  /** The files read, in reading order (their bytes make META's data hash). */
  files?: string[];
}
