// The lexicon as an open-addressing hash table (docs/format.md §4.6): built by the crystallizer,
// read in place by the runtimes. Slots are (hash, flags) pairs; flags = 0 marks an empty slot.
import { fmix32 as fmix32_ } from '../../text/hash.ts';

const fmix32 = fmix32_; // module-local: imported bindings can compile to getter calls in hot loops

export class LexiconTable {
  /** Interleaved (hash, flags) pairs, length 2 * slotCount. */
  readonly slots: Uint32Array;
  readonly slotMask: number;
  readonly entryCount: number;

  constructor(slots: Uint32Array, entryCount: number) {
    this.slots = slots;
    this.slotMask = slots.length / 2 - 1;
    this.entryCount = entryCount;
  }

  /** Flags of token hash `h`, 0 if absent. Terminates because at most half the slots are used. */
  lookup(h: number): number {
    const slots = this.slots;
    let i = fmix32(h) & this.slotMask;
    for (;;) {
      const f = slots[2 * i + 1];
      if (f === 0) return 0;
      if (slots[2 * i] === h) return f;
      i = (i + 1) & this.slotMask;
    }
  }

  /** `lookup` with fm = fmix32(h) already computed (the token table probes with the same fmix32). */
  lookupFm(h: number, fm: number): number {
    const slots = this.slots;
    const mask = this.slotMask;
    let i = fm & mask;
    for (;;) {
      const f = slots[2 * i + 1];
      if (f === 0) return 0;
      if (slots[2 * i] === h) return f;
      i = (i + 1) & mask;
    }
  }

  /** Builds the table from (hash, flags) entries sorted by hash; slot count = smallest power of two >= 2E (min 2). */
  static build(entries: ReadonlyArray<readonly [number, number]>): LexiconTable {
    let slotCount = 2;
    while (slotCount < 2 * entries.length) slotCount *= 2;
    const slots = new Uint32Array(2 * slotCount);
    const mask = slotCount - 1;
    for (const [h, flags] of entries) {
      if (flags === 0) continue;
      let i = fmix32(h) & mask;
      while (slots[2 * i + 1] !== 0) {
        if (slots[2 * i] === h) throw new Error(`duplicate lexicon hash ${h}`);
        i = (i + 1) & mask;
      }
      slots[2 * i] = h >>> 0;
      slots[2 * i + 1] = flags >>> 0;
    }
    return new LexiconTable(slots, entries.filter(([, f]) => f !== 0).length);
  }
}
