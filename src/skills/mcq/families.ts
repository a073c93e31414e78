// Feature families of the multiple-choice skill (docs/format.md §2.7) and the encoded item both
// runtimes consume: the one table every extractor number comes from (c/skills/mcq/eg_features_table.h
// is generated from it by scripts/gen-c-tables.ts).

/** Question-type slots of a crossed dense block: qtype 0..12 (13 and 14 unused), then the shared
 * back-off slot `QT_ANY` (docs/format.md §2.7). A crossed block has `QT_SLOTS * stride` weights. */
export const QT_SLOTS = 16;
/** With `backoff`, every question-type-crossed dense feature also fires in this shared slot. */
export const QT_ANY = QT_SLOTS - 1;

/**
 * Feature families (docs/format.md §2.7): `ns` is the feature-hash namespace (hashed) and the family
 * id, `bit` its bit in `ns_mask`. Dense blocks hold `count` weights from index `base`; a crossed block
 * has `stride` local values per question type (its feature index is `base + qtype*stride + v`);
 * `position` is not crossed (`stride` 0: index `base + option`). Every number the two extractors use
 * comes from here (c/skills/mcq/eg_features_table.h is generated from this table by scripts/gen-c-tables.ts).
 */
export const NAMESPACES = [
  { ns: 1, name: 'opt_uni', bit: 0, kind: 'hashed' },
  { ns: 2, name: 'opt_bi', bit: 1, kind: 'hashed' },
  { ns: 3, name: 'qt_uni', bit: 2, kind: 'hashed' },
  { ns: 4, name: 'qt_len_long', bit: 3, kind: 'dense', base: 0, count: 128, stride: 8 },
  { ns: 5, name: 'qt_len_short', bit: 4, kind: 'dense', base: 128, count: 128, stride: 8 },
  { ns: 6, name: 'qt_ctx_overlap', bit: 5, kind: 'dense', base: 256, count: 96, stride: 6 },
  { ns: 7, name: 'qt_opt_overlap', bit: 6, kind: 'dense', base: 352, count: 96, stride: 6 },
  { ns: 8, name: 'qt_flag', bit: 7, kind: 'dense', base: 448, count: 128, stride: 8 },
  { ns: 9, name: 'position', bit: 8, kind: 'dense', base: 576, count: 8, stride: 0 },
  { ns: 10, name: 'qt_q_overlap', bit: 9, kind: 'dense', base: 584, count: 96, stride: 6 },
  { ns: 11, name: 'qt_logic', bit: 10, kind: 'dense', base: 680, count: 80, stride: 5 },
  { ns: 12, name: 'qt_ctx_rank', bit: 11, kind: 'dense', base: 760, count: 128, stride: 8 },
  { ns: 13, name: 'qt_opt_rank', bit: 12, kind: 'dense', base: 888, count: 128, stride: 8 },
  { ns: 14, name: 'backoff', bit: 13, kind: 'modifier' },
] as const;

export type NamespaceName = (typeof NAMESPACES)[number]['name'];
export const ALL_NS_MASK = (1 << NAMESPACES.length) - 1;

export function nsMaskFromNames(names: readonly string[]): number {
  let mask = 0;
  for (const n of names) {
    const ns = NAMESPACES.find((x) => x.name === n);
    if (!ns) throw new Error(`unknown feature namespace "${n}" (known: ${NAMESPACES.map((x) => x.name).join(', ')})`);
    mask |= 1 << ns.bit;
  }
  return mask;
}

export function nsNamesFromMask(mask: number): NamespaceName[] {
  return NAMESPACES.filter((x) => (mask >> x.bit) & 1).map((x) => x.name);
}

/** An item as UTF-8 bytes: what both runtimes consume. */
export interface EncodedItem {
  context: Uint8Array;
  question: Uint8Array;
  options: Uint8Array[];
}
