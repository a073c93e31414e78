// Output formatting shared by the CLI commands. Writing files (atomically, never over an input) lives
// in src/io/, the lowest layer, so library code outside the CLI can use it too.

export function toJsonl(rows: unknown[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
}
