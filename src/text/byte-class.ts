// The one byte classifier of the text pipeline (docs/format.md §2.2–2.3 and §2.9): a 256-entry
// table read by both tokenizers (src/text/tokenize.ts and the deductive module's
// src/skills/mcq/logic-tokens.ts), so the byte rules are written once. The C runtime's
// c/text/eg_byte_class.h is generated from this table by scripts/gen-c-tables.ts.
//
// WORD and UPPER are 0 and 1 so that "is a plain word byte" is `class <= BC_UPPER` and the
// normalized byte is `b | (class << BC_CASE_SHIFT)` (A-Z get the ASCII case bit 0x20).

/** Always a word byte: 0-9, a-z, and every byte >= 0x80 except the lead bytes C2 and E2. */
export const BC_WORD = 0;
/** A-Z: a word byte once lowercased. */
export const BC_UPPER = 1;
/** A separator with no further meaning (space, most punctuation, control bytes). */
export const BC_SEP = 2;
/** ' : deleted by normalization (neither a word byte nor a boundary). */
export const BC_APOS = 3;
/** C2 or E2: starts a mapped sequence (C2 A0, E2 80 xx) when one follows, else a word byte. */
export const BC_LEAD = 4;
/** , and : — a clause marker for the deductive module, a plain separator for §2.3. */
export const BC_COMMA = 5;
/** ; ? ! and newline — a sentence end for the deductive module. */
export const BC_END = 6;
/** . — a sentence end unless a word byte follows (3.5, e.g). */
export const BC_DOT = 7;

/** Shift that turns class BC_UPPER (1) into the ASCII case bit 0x20. */
export const BC_CASE_SHIFT = 5;

export const BYTE_CLASS_NAMES = ['WORD', 'UPPER', 'SEP', 'APOS', 'LEAD', 'COMMA', 'END', 'DOT'] as const;

export const BYTE_CLASS: Uint8Array = (() => {
  const t = new Uint8Array(256).fill(BC_SEP);
  for (let b = 0x30; b <= 0x39; b++) t[b] = BC_WORD;
  for (let b = 0x61; b <= 0x7a; b++) t[b] = BC_WORD;
  for (let b = 0x41; b <= 0x5a; b++) t[b] = BC_UPPER;
  for (let b = 0x80; b <= 0xff; b++) t[b] = BC_WORD;
  t[0xc2] = BC_LEAD;
  t[0xe2] = BC_LEAD;
  t[0x27] = BC_APOS;
  t[0x2c] = BC_COMMA;
  t[0x3a] = BC_COMMA;
  for (const b of [0x3b, 0x3f, 0x21, 0x0a]) t[b] = BC_END;
  t[0x2e] = BC_DOT;
  return t;
})();

/** The bytes of the mapped multi-byte sequences (§2.2); the C header gets them as EG_SEQ_*. */
export const SEQ = {
  LEAD_C2: 0xc2,
  LEAD_E2: 0xe2,
  NBSP_2: 0xa0, // C2 A0: no-break space, a separator
  E2_80: 0x80, // E2 80 xx: general punctuation
  CURLY_APOS_1: 0x98, // E2 80 98 / 99: curly apostrophes, deleted
  CURLY_APOS_2: 0x99,
  CURLY_QUOTE_1: 0x9c, // E2 80 9C / 9D: curly quotes, separators
  CURLY_QUOTE_2: 0x9d,
  EN_DASH: 0x93, // E2 80 93 / 94: dashes, separators (clause markers for §2.9)
  EM_DASH: 0x94,
} as const;
const { LEAD_E2, NBSP_2, E2_80, CURLY_APOS_1, CURLY_APOS_2, CURLY_QUOTE_1, CURLY_QUOTE_2, EN_DASH, EM_DASH } = SEQ;

/** What a lead byte (class BC_LEAD) at i starts; see `leadAt`. The C header gets them as EG_LEAD_*. */
export const LEAD_KINDS = ['AS_WORD', 'DELETE', 'SEP', 'DASH'] as const;
export const LEAD_AS_WORD = 0; // no mapped sequence follows: an ordinary non-ASCII word byte
export const LEAD_DELETE = 1; // curly apostrophe (3 bytes): deleted
export const LEAD_SEP = 2; // curly quote (3 bytes) or no-break space (2 bytes): a separator
export const LEAD_DASH = 3; // en/em dash (3 bytes): a separator, a clause marker for §2.9

/** Classifies the sequence starting with lead byte bytes[i] within bytes[0, end). */
export function leadAt(bytes: Uint8Array, i: number, end: number): number {
  if (bytes[i] === LEAD_E2) {
    if (i + 2 < end && bytes[i + 1] === E2_80) {
      const c = bytes[i + 2];
      if (c === CURLY_APOS_1 || c === CURLY_APOS_2) return LEAD_DELETE;
      if (c === CURLY_QUOTE_1 || c === CURLY_QUOTE_2) return LEAD_SEP;
      if (c === EN_DASH || c === EM_DASH) return LEAD_DASH;
    }
    return LEAD_AS_WORD;
  }
  return i + 1 < end && bytes[i + 1] === NBSP_2 ? LEAD_SEP : LEAD_AS_WORD;
}

/** Bytes a lead sequence spans: 3 for E2 80 xx, 2 for C2 A0, 1 when the lead is a word byte. */
export function leadLength(bytes: Uint8Array, i: number, kind: number): number {
  return kind === LEAD_AS_WORD ? 1 : bytes[i] === LEAD_E2 ? 3 : 2;
}
