// The number/date word lexicon: a handful of closed word classes the tagger can generalise from when
// training data is scarce ("twenty", "fifth", "tuesday", "tonight" never seen in a slot still look
// like a party size, a rating or a time). Shipped in the artifact (section CLEX) as token hash ->
// class bits, so the runtime needs no word list of its own.
import { fnv1aString } from '../../text/hash.ts';

/** Class bits (u8). */
export const LEX = { NUMBER: 1, ORDINAL: 2, MONTH: 4, WEEKDAY: 8, TIME: 16, UNIT: 32, RELATIVE: 64 } as const;

const WORDS: Record<keyof typeof LEX, string> = {
  NUMBER:
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million a couple few several dozen half',
  ORDINAL:
    'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth last',
  MONTH: 'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec',
  WEEKDAY: 'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun weekend weekday',
  TIME:
    'today tomorrow tonight yesterday now morning noon afternoon evening night midnight am pm oclock dawn sunrise sunset breakfast lunch dinner brunch week month year day hour minute minutes hours days weeks months years season spring summer autumn fall winter christmas easter',
  UNIT: 'degrees degree celsius fahrenheit percent stars star points point km miles mile meters meter kg pounds minutes seconds times',
  RELATIVE: 'next this last coming previous within until before after from in at on by around about approximately',
};

/** token hash -> class bits, built once. */
export function lexiconEntries(): Map<number, number> {
  const m = new Map<number, number>();
  for (const [name, words] of Object.entries(WORDS) as Array<[keyof typeof LEX, string]>) {
    for (const w of words.split(' ')) {
      const h = fnv1aString(w);
      m.set(h, (m.get(h) ?? 0) | LEX[name]);
    }
  }
  return m;
}
