// Consistency checks every reader applies to an annotated query before it enters a dataset: each
// slot span lies inside the text (code-point offsets), its `text` is exactly that slice, and no two
// slots overlap. A broken annotation is an error naming the file and line (or query index): a
// model trained on it would learn the wrong spans.
import type { CommandExample } from '../types.ts';
import { CommandDataError } from './errors.ts';

function where(ex: CommandExample): string {
  return ex.source.line !== undefined ? '' : ` (query ${ex.source.index ?? '?'} of intent ${ex.intent})`;
}

/** Throws CommandDataError when a slot span of `ex` is outside its text, mismatched or overlapping. */
export function validateExample(ex: CommandExample): void {
  const cps = Array.from(ex.text);
  const sorted = [...ex.slots].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const s of sorted) {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end <= s.start || s.end > cps.length) {
      throw new CommandDataError('SPAN_OUT_OF_RANGE', ex.source.file, `slot "${s.slot}" spans [${s.start}, ${s.end}) outside the ${cps.length}-character query${where(ex)}`, ex.source.line);
    }
    const slice = cps.slice(s.start, s.end).join('');
    if (slice !== s.text) {
      throw new CommandDataError('SPAN_OUT_OF_RANGE', ex.source.file, `slot "${s.slot}" says ${JSON.stringify(s.text)} but the query has ${JSON.stringify(slice)} there${where(ex)}`, ex.source.line);
    }
  }
  for (let k = 1; k < sorted.length; k++) {
    if (sorted[k].start < sorted[k - 1].end) {
      throw new CommandDataError('OVERLAPPING_SLOTS', ex.source.file, `slots "${sorted[k - 1].slot}" and "${sorted[k].slot}" overlap${where(ex)}`, ex.source.line);
    }
  }
}
