// The explorer's dataset view on the server side: a predictions JSONL (from `eval --out`, `npm start`
// or `npm run logiqa`) joined by id with the dataset it was made from, so the page can show each
// item with its scores. Read once at startup; the page filters it in the browser.
import { InputFileError } from '../io/input-error.ts';
import { readDataset } from '../skills/mcq/dataset.ts';
import type { McqItem } from '../skills/mcq/item.ts';
import { isObj, num, numArray, readJsonlFile, str } from '../report/json-read.ts';

export interface DatasetRow {
  id: string;
  item: McqItem;
  scores: number[] | null;
  prediction: number | null;
  gold: number | null;
}

export interface ExplorerDataset {
  predictions: string;
  data: string;
  rows: DatasetRow[];
  /** Predictions whose id is not in the dataset (shown as a warning on the page). */
  unmatched: number;
}

/** Large enough for any benchmark split here; keeps the JSON the page loads bounded. */
export const MAX_ROWS = 20000;

export function loadExplorerDataset(predictionsPath: string, dataPath: string): ExplorerDataset {
  const items = readDataset(dataPath).items;
  if (items.length > MAX_ROWS) throw new InputFileError(dataPath, undefined, `more than ${MAX_ROWS} items; the explorer shows at most that many`);
  const preds = new Map<string, { scores: number[] | null; prediction: number | null }>();
  readJsonlFile(predictionsPath).forEach((r, i) => {
    if (!isObj(r)) throw new InputFileError(predictionsPath, undefined, `line ${i + 1}: expected an object`);
    preds.set(str(r.id) ?? String(r.id ?? i), { scores: numArray(r.scores) ?? null, prediction: num(r.prediction) ?? null });
  });
  let matched = 0;
  const rows = items.map((item, i) => {
    const id = item.id ?? String(i);
    const p = preds.get(id);
    if (p) matched++;
    return { id, item, scores: p?.scores ?? null, prediction: p?.prediction ?? null, gold: item.answer ?? null };
  });
  return { predictions: predictionsPath, data: dataPath, rows, unmatched: preds.size - matched };
}
