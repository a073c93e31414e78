// Host-vs-board parity from `out/board-report.logiqa.json` (written by `engram board prove`): per item the
// host's and the emulated board's integer scores and the board's instruction count. Field names are
// read defensively because that command evolves separately:
//   { summary: { n, host_full_match, instret_median, ... },
//     items: [{ id, host_scores | host: { scores } | host, board_scores | board: { scores } | board,
//               match | full_match, instret }] }
import { InputFileError } from '../io/input-error.ts';
import { firstOf, isObj, num, numArray, str, type Json } from './json-read.ts';
import type { ParityData, ParityItem, ParityPoint } from './types.ts';

function scoresIn(o: Json, side: 'host' | 'board'): number[] | undefined {
  const nested = o[side];
  return firstOf(o, [`${side}_scores`, `${side}Scores`], numArray) ?? numArray(nested) ?? (isObj(nested) ? numArray(nested.scores) : undefined);
}

export function parityFrom(source: string, raw: unknown): ParityData {
  if (!isObj(raw)) throw new InputFileError(source, undefined, 'expected a JSON object');
  const summary = isObj(raw.summary) ? raw.summary : {};
  const list = firstOf(raw, ['items', 'results', 'rows', 'per_item'], (x) => (Array.isArray(x) ? x : undefined)) ?? [];
  const items: ParityItem[] = [];
  const points: ParityPoint[] = [];
  list.forEach((r, i) => {
    if (!isObj(r)) return;
    const id = str(r.id) ?? String(r.id ?? i);
    const host = scoresIn(r, 'host');
    const board = scoresIn(r, 'board');
    let match: boolean | null = typeof r.match === 'boolean' ? r.match : typeof r.full_match === 'boolean' ? r.full_match : null;
    if (match === null && host && board) match = host.length === board.length && host.every((v, k) => v === board[k]);
    const instret = firstOf(r, ['instret', 'instructions', 'board_instret'], num) ?? (isObj(r.board) ? num(r.board.instret) : undefined) ?? null;
    items.push({ id, match, instret });
    if (host && board) host.forEach((h, k) => board[k] !== undefined && points.push({ id, option: k, host: h, board: board[k] }));
  });
  return { source, summary, items, points };
}
