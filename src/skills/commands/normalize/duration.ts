// Durations -> whole seconds: "in 10 minutes", "90 seconds", "an hour and a half", "half an hour",
// "2 hours 15 minutes", "1h30", "1.5 hours", "a quarter of an hour". A duration is a sum of terms
// (number, unit); "and a half" after a term adds half of that term's unit; a bare number right after
// an hours or minutes term counts in the next smaller unit ("1h30" = 1 h 30 min). A fractional
// second total is rounded half away from zero. Lead words ("in", "for", "after") are skipped simply
// because the parser looks for the first term anywhere in the text.
import { addFixed, divRoundHalfAway, type Fixed, MAX_FIXED_VALUE } from './fixed.ts';
import { parseNumberAt } from './number.ts';
import { firstMatch, matchSeq, type Token } from './tokens.ts';
import { isKey } from './number-words.ts';

export const SECONDS_PER_MINUTE = 60;
export const SECONDS_PER_HOUR = 3600;
export const SECONDS_PER_DAY = 86_400;
export const SECONDS_PER_WEEK = 604_800;

/** Duration unit words -> seconds. */
export const DURATION_UNITS: Readonly<Record<string, number>> = {
  s: 1, sec: 1, secs: 1, second: 1, seconds: 1,
  m: SECONDS_PER_MINUTE, min: SECONDS_PER_MINUTE, mins: SECONDS_PER_MINUTE, minute: SECONDS_PER_MINUTE, minutes: SECONDS_PER_MINUTE, minuts: SECONDS_PER_MINUTE, minites: SECONDS_PER_MINUTE,
  h: SECONDS_PER_HOUR, hr: SECONDS_PER_HOUR, hrs: SECONDS_PER_HOUR, hour: SECONDS_PER_HOUR, hours: SECONDS_PER_HOUR, hous: SECONDS_PER_HOUR,
  d: SECONDS_PER_DAY, day: SECONDS_PER_DAY, days: SECONDS_PER_DAY,
  wk: SECONDS_PER_WEEK, wks: SECONDS_PER_WEEK, week: SECONDS_PER_WEEK, weeks: SECONDS_PER_WEEK,
};

/** Words allowed between a number and its unit: "half an hour", "a quarter of an hour". */
const FILLERS: readonly (readonly string[])[] = [['of', 'an'], ['of', 'a'], ['an'], ['a']];
/** Words allowed between two terms: "1 hour and 20 minutes", "2 hours, 15 minutes". */
const JOINERS: readonly string[] = ['and'];

function unitAt(tokens: readonly Token[], i: number): { seconds: number; end: number } | undefined {
  const t = tokens[i];
  if (t && t.kind === 'word' && isKey(DURATION_UNITS, t.text)) return { seconds: DURATION_UNITS[t.text], end: i + 1 };
  return undefined;
}

/** One term at tokens[i]: "10 minutes", "an hour", "half an hour". Seconds as a Fixed (may be fractional). */
function termAt(tokens: readonly Token[], i: number): { seconds: Fixed; unit: number; end: number } | undefined {
  let value: Fixed | undefined;
  let j: number;
  const t = tokens[i];
  if (t?.kind === 'word' && (t.text === 'a' || t.text === 'an') && unitAt(tokens, i + 1)) {
    value = { value: 1, scale: 1 };
    j = i + 1;
  } else {
    const num = parseNumberAt(tokens, i);
    if (!num || num.value.value < 0) return undefined;
    value = num.value;
    j = num.end;
    for (const f of FILLERS) {
      const n = matchSeq(tokens, j, f);
      if (n > 0 && unitAt(tokens, j + n)) {
        j += n;
        break;
      }
    }
  }
  const u = unitAt(tokens, j);
  if (!u) return undefined;
  const seconds = { value: value.value * u.seconds, scale: value.scale };
  if (Math.abs(seconds.value) > MAX_FIXED_VALUE) return undefined;
  return { seconds, unit: u.seconds, end: u.end };
}

/** The duration starting at tokens[i] as whole seconds, or undefined. */
export function parseDurationAt(tokens: readonly Token[], i: number): { seconds: number; end: number } | undefined {
  const first = termAt(tokens, i);
  if (!first) return undefined;
  let total: Fixed | undefined = first.seconds;
  let lastUnit = first.unit;
  let end = first.end;
  for (;;) {
    let j = end;
    if (tokens[j]?.kind === 'word' && JOINERS.includes(tokens[j].text)) j++;
    const half = matchSeq(tokens, j, ['a', 'half']) || matchSeq(tokens, j, ['half']);
    if (j > end && half > 0) {
      // "an hour and a half": half of the last term's unit.
      total = total && addFixed(total, { value: lastUnit * 5, scale: 10 });
      end = j + half;
      continue;
    }
    const next = termAt(tokens, j);
    if (next && next.unit < lastUnit) {
      total = total && addFixed(total, next.seconds);
      lastUnit = next.unit;
      end = next.end;
      continue;
    }
    // "1h30" / "2 hours 15": a bare whole number after hours counts minutes, after minutes seconds.
    const bare = tokens[j];
    const smaller = lastUnit === SECONDS_PER_HOUR ? SECONDS_PER_MINUTE : lastUnit === SECONDS_PER_MINUTE ? 1 : 0;
    if (j === end && bare?.kind === 'num' && smaller > 0 && /^\d{1,2}$/.test(bare.text) && !termAt(tokens, j)) {
      total = total && addFixed(total, { value: Number(bare.text) * smaller, scale: 1 });
      lastUnit = smaller;
      end = j + 1;
      continue;
    }
    break;
  }
  if (!total) return undefined;
  return { seconds: Number(divRoundHalfAway(BigInt(total.value), BigInt(total.scale))), end };
}

/** The first duration anywhere in `text`, in whole seconds, or undefined. Never throws. */
export function parseDuration(text: string): number | undefined {
  return firstMatch(text, parseDurationAt)?.seconds;
}

/** ISO 8601 duration text of whole seconds: 5400 -> "PT1H30M", 0 -> "PT0S", 90061 -> "P1DT1H1M1S". */
export function formatDuration(seconds: number): string {
  let s = seconds;
  const days = Math.floor(s / SECONDS_PER_DAY);
  s -= days * SECONDS_PER_DAY;
  const h = Math.floor(s / SECONDS_PER_HOUR);
  s -= h * SECONDS_PER_HOUR;
  const m = Math.floor(s / SECONDS_PER_MINUTE);
  s -= m * SECONDS_PER_MINUTE;
  const time = `${h > 0 ? `${h}H` : ''}${m > 0 ? `${m}M` : ''}${s > 0 ? `${s}S` : ''}`;
  if (days === 0) return `PT${time || '0S'}`;
  return `P${days}D${time ? `T${time}` : ''}`;
}
