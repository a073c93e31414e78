// Times of day -> minutes since midnight (0..1439): "7:30 pm", "7.30pm", "19:30", "0730", "noon",
// "midnight", "half past seven", "quarter to nine", "ten past six", "twenty to five pm",
// "seven thirty", "seven oh five", "5 o'clock", "8 in the morning", "9 at night".
//
// AM/PM policy (no clock is consulted, so the same words always give the same value):
// - an hour 13..23 or 0, or a 4-digit "0730"/"1930", is a 24-hour time and never ambiguous;
// - an hour 1..12 with "am"/"pm" (or "a.m."), "in the morning" (am), "in the afternoon",
//   "in the evening", "tonight" (pm), or "at night" (pm for 6..11, am for 1..5, 12 -> midnight) is resolved;
// - an hour 1..12 with no marker is read as written on a 24-hour clock (7 -> 07:00, 12 -> 12:00) and
//   the value says `ambiguous: true`, so an application that knows the current time can move it
//   forward by 12 hours (the next occurrence) if it wants to.
// "quarter to nine pm" applies the marker to the named hour first, then subtracts (20:45).
import { parseNumberAt } from './number.ts';
import { firstMatch, matchSeq, type Token } from './tokens.ts';
import { isKey } from './number-words.ts';

export const MINUTES_PER_HOUR = 60;
export const MINUTES_PER_DAY = 1440;
const NOON = 720;

export interface TimeOfDay {
  minutes: number;
  ambiguous: boolean;
}

type Meridiem = 'am' | 'pm' | 'night' | undefined;

/** Marker phrases after an hour, longest first. */
const MERIDIEM_PHRASES: readonly { words: readonly string[]; m: Meridiem }[] = [
  { words: ['in', 'the', 'morning'], m: 'am' },
  { words: ['in', 'the', 'afternoon'], m: 'pm' },
  { words: ['in', 'the', 'evening'], m: 'pm' },
  { words: ['at', 'night'], m: 'night' },
  { words: ['a', 'm'], m: 'am' },
  { words: ['p', 'm'], m: 'pm' },
  { words: ['am'], m: 'am' },
  { words: ['pm'], m: 'pm' },
  { words: ['tonight'], m: 'pm' },
  { words: ['this', 'evening'], m: 'pm' },
  { words: ['this', 'morning'], m: 'am' },
];

const NAMED_TIMES: Readonly<Record<string, number>> = { noon: NOON, midday: NOON, midnight: 0 };
const OCLOCK: readonly (readonly string[])[] = [["o'clock"], ['oclock'], ['o', 'clock']];
/** Minute words of "half past", "quarter to". */
const PAST_WORDS: readonly string[] = ['past', 'after'];
const TO_WORDS: readonly string[] = ['to', 'till', 'til', 'before'];
/** Last night hour read as am under "at night" (1..5 at night is early morning). */
const LAST_EARLY_NIGHT_HOUR = 5;

function meridiemAt(tokens: readonly Token[], i: number): { m: Meridiem; end: number } {
  for (const p of MERIDIEM_PHRASES) {
    const n = matchSeq(tokens, i, p.words);
    if (n > 0) return { m: p.m, end: i + n };
  }
  return { m: undefined, end: i };
}

/** A whole number 0..59 at tokens[i] (digits or words), or undefined. */
function smallIntAt(tokens: readonly Token[], i: number, max: number): { n: number; end: number } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.kind === 'num') {
    if (!/^\d{1,2}$/.test(t.text)) return undefined;
    const n = Number(t.text);
    return n <= max ? { n, end: i + 1 } : undefined;
  }
  const num = parseNumberAt(tokens, i);
  if (!num || num.value.scale !== 1 || num.value.value < 0 || num.value.value > max) return undefined;
  return { n: num.value.value, end: num.end };
}

/** hour (0..23 as written) + marker -> minutes of that hour's start, and whether it stays ambiguous. */
function resolveHour(hour: number, m: Meridiem): { minutes: number; ambiguous: boolean } | undefined {
  if (hour < 0 || hour > 23) return undefined;
  if (m === undefined) return { minutes: hour * MINUTES_PER_HOUR, ambiguous: hour >= 1 && hour <= 12 };
  if (hour === 0 || hour > 12) return undefined; // "15 pm" is not a time
  let h = hour % 12;
  if (m === 'pm') h += 12;
  if (m === 'night') h = hour === 12 ? 0 : hour <= LAST_EARLY_NIGHT_HOUR ? hour : hour + 12;
  return { minutes: h * MINUTES_PER_HOUR, ambiguous: false };
}

function wrap(minutes: number): number {
  return ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
}

/** "half past seven", "quarter to nine pm", "ten past six", "20 to 5" at tokens[i]. */
function relativeAt(tokens: readonly Token[], i: number): { t: TimeOfDay; end: number } | undefined {
  let offset: number | undefined;
  let j = i;
  if (matchSeq(tokens, j, ['half']) > 0) {
    offset = 30;
    j++;
  } else if (matchSeq(tokens, j, ['a', 'quarter']) > 0 || matchSeq(tokens, j, ['quarter']) > 0) {
    offset = 15;
    j += tokens[j].text === 'a' ? 2 : 1;
  } else {
    const n = smallIntAt(tokens, j, 59);
    if (!n) return undefined;
    offset = n.n;
    j = n.end;
    if (matchSeq(tokens, j, ['minutes']) > 0 || matchSeq(tokens, j, ['minute']) > 0 || matchSeq(tokens, j, ['mins']) > 0) j++;
  }
  const past = PAST_WORDS.some((w) => matchSeq(tokens, j, [w]) > 0);
  const to = TO_WORDS.some((w) => matchSeq(tokens, j, [w]) > 0);
  if (!past && !to) return undefined;
  if (to && offset === 30) return undefined; // "half to" is not English for a time
  j++;
  const named = tokens[j]?.kind === 'word' && isKey(NAMED_TIMES, tokens[j].text) ? NAMED_TIMES[tokens[j].text] : undefined;
  let base: { minutes: number; ambiguous: boolean } | undefined;
  if (named !== undefined) {
    base = { minutes: named, ambiguous: false };
    j++;
  } else {
    const h = smallIntAt(tokens, j, 12);
    if (!h || h.n === 0) return undefined;
    const mer = meridiemAt(tokens, h.end);
    base = resolveHour(h.n, mer.m);
    j = mer.end;
  }
  if (!base) return undefined;
  return { t: { minutes: wrap(base.minutes + (past ? offset : -offset)), ambiguous: base.ambiguous }, end: j };
}

/** "7:30 pm", "19:30", "7.30pm", "7.30" (a slot typed as a time, so the dot is a clock), "0730". */
function clockDigitsAt(tokens: readonly Token[], i: number): { t: TimeOfDay; end: number } | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'num') return undefined;
  let hour: number;
  let minute = 0;
  let twentyFour = false;
  const sep = t.text.includes(':') ? ':' : t.text.includes('.') ? '.' : '';
  if (sep) {
    const parts = t.text.split(sep);
    if (parts.length !== 2 || !/^\d{1,2}$/.test(parts[0]) || !/^\d{2}$/.test(parts[1])) return undefined;
    hour = Number(parts[0]);
    minute = Number(parts[1]);
    twentyFour = parts[0].length === 2 && parts[0][0] === '0';
  } else if (/^\d{4}$/.test(t.text)) {
    hour = Number(t.text.slice(0, 2));
    minute = Number(t.text.slice(2));
    twentyFour = true;
  } else if (/^\d{1,2}$/.test(t.text)) hour = Number(t.text);
  else return undefined;
  if (minute > 59) return undefined;
  let j = i + 1;
  // "7 30 pm": a two-digit minute token after a bare hour.
  if (!sep && !twentyFour && /^\d{2}$/.test(tokens[j]?.text ?? '') && tokens[j].kind === 'num') {
    const mm = Number(tokens[j].text);
    if (mm <= 59) {
      minute = mm;
      j++;
    }
  }
  const oclock = OCLOCK.find((w) => matchSeq(tokens, j, w) > 0);
  if (oclock) j += oclock.length;
  const mer = meridiemAt(tokens, j);
  if (!sep && !twentyFour && !oclock && mer.m === undefined && j === i + 1) return undefined; // a bare "7" is not a time
  const base = twentyFour && mer.m === undefined ? { minutes: hour * MINUTES_PER_HOUR, ambiguous: false } : resolveHour(hour, mer.m);
  if (!base || hour > 23) return undefined;
  return { t: { minutes: base.minutes + minute, ambiguous: base.ambiguous }, end: mer.end };
}

/** "seven thirty pm", "seven oh five", "five o'clock", "eight in the morning", "noon" (words). */
function wordClockAt(tokens: readonly Token[], i: number): { t: TimeOfDay; end: number } | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return undefined;
  if (isKey(NAMED_TIMES, t.text)) return { t: { minutes: NAMED_TIMES[t.text], ambiguous: false }, end: i + 1 };
  const hour = smallIntAt(tokens, i, 23);
  if (!hour) return undefined;
  // parseNumberAt reads "seven thirty" as 7 (a unit word stops before tens), so the minutes follow.
  let j = hour.end;
  let minute = 0;
  let hasMinute = false;
  if (matchSeq(tokens, j, ['oh']) > 0 || matchSeq(tokens, j, ['o']) > 0) {
    const d = smallIntAt(tokens, j + 1, 9);
    if (d) {
      minute = d.n;
      j = d.end;
      hasMinute = true;
    }
  } else {
    const mm = smallIntAt(tokens, j, 59);
    if (mm && mm.n >= 10) {
      minute = mm.n;
      j = mm.end;
      hasMinute = true;
    }
  }
  const oclock = !hasMinute ? OCLOCK.find((w) => matchSeq(tokens, j, w) > 0) : undefined;
  if (oclock) j += oclock.length;
  const mer = meridiemAt(tokens, j);
  if (!hasMinute && !oclock && mer.m === undefined) return undefined; // "seven" alone is a number
  const base = resolveHour(hour.n, mer.m);
  if (!base) return undefined;
  return { t: { minutes: base.minutes + minute, ambiguous: base.ambiguous }, end: mer.end };
}

/** The time of day starting at tokens[i], or undefined. */
export function parseTimeAt(tokens: readonly Token[], i: number): { t: TimeOfDay; end: number } | undefined {
  return relativeAt(tokens, i) ?? clockDigitsAt(tokens, i) ?? wordClockAt(tokens, i);
}

/**
 * The first time of day anywhere in `text`, or undefined. Never throws. When no clock phrase is
 * found, the first bare hour 0..23 ("at 7", "seven") is the time: the text is a time slot already.
 */
export function parseTimeOfDay(text: string): TimeOfDay | undefined {
  const clock = firstMatch(text, parseTimeAt);
  if (clock) return clock.t;
  return firstMatch(text, (tokens, i) => {
    const h = smallIntAt(tokens, i, 23);
    // "15 pm" was refused above; a marker after the hour means the text is no time at all.
    return h && h.end === i + 1 && meridiemAt(tokens, h.end).m === undefined ? resolveHour(h.n, undefined) : undefined;
  });
}

/** "HH:MM" of minutes since midnight (0..1439). */
export function formatTimeOfDay(minutes: number): string {
  const h = Math.floor(minutes / MINUTES_PER_HOUR);
  const m = minutes % MINUTES_PER_HOUR;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
