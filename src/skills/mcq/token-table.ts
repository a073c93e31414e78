// The item token table (docs/format.md §2.5) <-> c/skills/mcq/eg_token_table.h: an open-addressing
// set of the item's content token hashes, each with a mask of where it occurs (bits 0..7 the
// options, bit 8 the context, bit 9 the question). Shared by item preparation and repairs.
//
// A generation number in the top bits of every slot's mask tells this item's slots from stale ones,
// so a new item bumps the generation instead of clearing the masks; they are cleared only when the
// generation wraps (the same algorithm as the C runtime, where the clear was a fifth of an item).
import { fmix32 as fmix32_ } from '../../text/hash.ts';
import { LIMITS } from '../../text/limits.ts';

const fmix32 = fmix32_; // module-local: imported bindings can compile to getter calls in hot loops
const SLOTS = LIMITS.TOKEN_TABLE_SLOTS;
const SLOT_MASK = SLOTS - 1;
const MAX_ENTRIES = LIMITS.TOKEN_TABLE_MAX_ENTRIES;

export const TT_CONTEXT = 1 << 8;
export const TT_QUESTION = 1 << 9;
const GEN_SHIFT = 10;
// Module-local names for the probes: an exported binding is read through its module cell (a load
// and a check) at every use, even in its own module.
const BITS = (1 << GEN_SHIFT) - 1;
const DROPPED = -1;
/** Mask bits 0..9: where a token occurs. */
export const TT_BITS = BITS;
const GEN_MAX = 0xffff >>> GEN_SHIFT;
/** `insert`: a new token the full table did not take. */
export const TT_DROPPED = DROPPED;

export class TokenTable {
  readonly hash = new Uint32Array(SLOTS);
  readonly mask = new Uint16Array(SLOTS);
  count = 0;
  private gen = GEN_MAX; // the first `begin` clears

  /** Starts a new item: an empty table. */
  begin(): void {
    if (this.gen >= GEN_MAX) {
      this.mask.fill(0);
      this.gen = 0;
    }
    this.gen++;
    this.count = 0;
  }

  /** Inserts token h with mask bit `bit`; returns its slot, or TT_DROPPED when the full table drops it. */
  insert(h: number, bit: number): number {
    return this.insertFm(h, fmix32(h), bit);
  }

  /** `insert` with fm = fmix32(h) already computed (the lexicon probe uses the same fmix32). */
  insertFm(h: number, fm: number, bit: number): number {
    let i = fm & SLOT_MASK;
    const hs = this.hash;
    const ms = this.mask;
    const live = this.gen << GEN_SHIFT;
    for (;;) {
      const m = ms[i];
      if ((m & ~BITS) !== live) {
        if (this.count >= MAX_ENTRIES) return DROPPED;
        hs[i] = h;
        ms[i] = live | bit;
        this.count++;
        return i;
      }
      if (hs[i] === h) {
        ms[i] = m | bit;
        return i;
      }
      i = (i + 1) & SLOT_MASK;
    }
  }

  /** Where token h occurs (mask bits 0..9), 0 when it is not in the table. */
  lookup(h: number): number {
    let i = fmix32(h) & SLOT_MASK;
    const hs = this.hash;
    const ms = this.mask;
    const live = this.gen << GEN_SHIFT;
    for (;;) {
      const m = ms[i];
      if ((m & ~BITS) !== live) return 0;
      if (hs[i] === h) return m & BITS;
      i = (i + 1) & SLOT_MASK;
    }
  }

  /** The occurrence bits of a slot `insert` returned for this item. */
  bits(slot: number): number {
    return this.mask[slot] & BITS;
  }
}
