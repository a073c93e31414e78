// The shape of everything the report plots: written as out/report.json and embedded in the HTML page,
// where the browser script (page-client.ts) draws it. Shared by the Node side and the browser side.

/** Who produced an accuracy figure: decides its colour and whether it carries our n. */
export type SystemKind = 'engram' | 'baseline' | 'published' | 'other';

export interface AccuracyRow {
  /** Benchmark name (`logiqa`, `demo`, `ifeval`). */
  benchmark: string;
  /** Evaluation split, or a description for published figures (`test`, `tuning set`). */
  split: string;
  system: string;
  kind: SystemKind;
  accuracy: number;
  /** Counts behind the figure; absent for published numbers we did not reproduce. */
  correct?: number;
  n?: number;
  /** 95% interval (Wilson for measured accuracies; the binomial range for expected-value baselines). */
  lo?: number;
  hi?: number;
  note?: string;
}

export interface ConfusionCell {
  benchmark: string;
  split: string;
  gold: string;
  predicted: string;
  count: number;
}

export interface QuestionTypeRow {
  benchmark: string;
  split: string;
  questionType: string;
  n: number;
  correct: number;
  accuracy: number;
  lo: number;
  hi: number;
}

export interface SectionBytes {
  artifact: string;
  tag: string;
  /** Null for the alignment padding, which is spread between sections. */
  offset: number | null;
  bytes: number;
}

export interface ParityPoint {
  id: string;
  option: number;
  host: number;
  board: number;
}

export interface ParityItem {
  id: string;
  /** Whether every option's score and the decision agree between host and board. */
  match: boolean | null;
  instret: number | null;
}

export interface ParityData {
  source: string;
  /** The board report's own summary, passed through (n, host_full_match, instret_median, ...). */
  summary: Record<string, unknown>;
  items: ParityItem[];
  points: ParityPoint[];
}

export interface IfevalInstructionRow {
  instruction: string;
  n: number;
  strict: number;
  loose: number;
}

export interface IfevalData {
  source: string;
  /** Whose responses were scored: the file's `system` or `responses` field, else the file name. */
  system: string;
  instructions: IfevalInstructionRow[];
  promptStrict: number | null;
  promptLoose: number | null;
  prompts: number | null;
}

/** Slot F1 of one intent by one system (the Snips benchmark's figure), at full data or 70 queries per intent. */
export interface CommandsSlotRow {
  intent: string;
  regime: 'full' | '70';
  system: string;
  kind: 'engram' | 'published';
  f1: number;
}

/** A measured rate with its counts and 95% Wilson interval (intent accuracy, exact frame, refusal precision/recall). */
export interface CommandsRate {
  /** What was measured on: "Snips validate", "demo assistant test", or a refusal class. */
  group: string;
  metric: string;
  k: number;
  n: number;
  rate: number;
  lo: number;
  hi: number;
}

export interface CommandsData {
  sources: string[];
  slots: CommandsSlotRow[];
  rates: CommandsRate[];
  /** Demo assistant refusals: group = refusal class, metric = precision | recall. */
  refusals: CommandsRate[];
}

/** Keys of the page's sections; each either has data or a reason in `missing`. */
export type SectionKey = 'accuracy' | 'confusion' | 'questionTypes' | 'parity' | 'instret' | 'sections' | 'ifeval' | 'commands';

export interface ReportData {
  /** Format of this file, bumped when a field changes meaning. */
  report_version: 1;
  inputs: { dir: string; dataDir: string | null; summaries: string[]; board: string | null; ifeval: string | null };
  artifacts: { name: string; path: string; bytes: number; sha256: string }[];
  accuracy: AccuracyRow[];
  confusion: ConfusionCell[];
  questionTypes: QuestionTypeRow[];
  sections: SectionBytes[];
  parity: ParityData | null;
  ifeval: IfevalData | null;
  /** Structured commands (Snips benchmark and the demo assistant); null when neither input exists. */
  commands: CommandsData | null;
  /** Per section, why it is empty or partial (inputs not found, ...). */
  missing: Partial<Record<SectionKey, string[]>>;
}
