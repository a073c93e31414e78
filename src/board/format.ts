// What `engram board prove` prints: the human summary and the --json object.
import type { BoardReport } from './report-types.ts';

function kb(n: number): string {
  return `${n} B (${(n / 1024).toFixed(1)} KiB)`;
}

/** The human-readable summary printed by `engram board prove`. */
export function formatSummary(r: BoardReport): string {
  const s = r.summary;
  const e = s.estimates;
  const lines = [
    `board proof: ${r.artifact_path} on ${r.data_path} (RV32IMC, QEMU virt, semihosting)`,
    `  host vs board   ${s.n - s.mismatches}/${s.n} items identical (scores and prediction)` +
      ` -> host_full_match ${s.host_full_match}`,
    `  artifact        sha256 ${s.artifact_sha256} ${s.sha256_match ? '(= host)' : '(DIFFERS from host)'}, ` +
      `crc32 ${s.artifact_crc32}; score fold ${s.fold_board} ${s.fold_match ? '(= host)' : `(host ${s.fold_host})`}`,
    s.accuracy === null
      ? '  accuracy        n/a (no answers in the data)'
      : `  accuracy        ${(100 * s.accuracy).toFixed(1)}% (n=${s.accuracy_n}, 95% CI ` +
        `${(100 * s.accuracy_ci95![0]).toFixed(1)}-${(100 * s.accuracy_ci95![1]).toFixed(1)}%), board predictions`,
    `  instret/item    median ${s.instret_median}, p95 ${s.instret_p95}, min ${s.instret_min}, max ${s.instret_max}` +
      ` (retired instructions, exact under qemu -icount)`,
    `  load+checksum   ${s.load_instret} instructions (all CRC-32s + validation); sha256 ${s.sha256_instret}`,
    `  RAM             ${kb(s.ram_bytes)} = static ${s.static_ram_bytes} + stack high-water ${s.stack_high_water_bytes}`,
    `  flash           ${kb(s.flash_bytes)} firmware + artifact (artifact ${s.artifact_bytes}); probe batch ${s.batch_bytes} more`,
    `  ESTIMATES       ~${e.latency_us_median} us/item median (${e.latency_us_p95} p95), ~${e.energy_uj_median} uJ/item median` +
      ` (${e.energy_uj_p95} p95); artifact load ~${e.load_latency_ms} ms`,
    `                  ${e.note}`,
  ];
  const bad = r.items.filter((x) => !x.match);
  if (bad.length > 0) {
    lines.push(`  MISMATCHES (${bad.length}):`);
    for (const x of bad.slice(0, 50)) {
      lines.push(`    item ${x.i} (${x.id}): host [${x.host_scores.join(', ')}] -> ${x.host_prediction}; ` +
        `board [${x.board_scores.join(', ')}] -> ${x.board_prediction}`);
    }
    if (bad.length > 50) lines.push(`    ... ${bad.length - 50} more in the report`);
  }
  return lines.join('\n') + '\n';
}

/** The `--json` object. */
export function summaryJson(r: BoardReport): Record<string, unknown> {
  return {
    ...r.summary,
    mismatched_items: r.items.filter((x) => !x.match).map((x) => ({ i: x.i, id: x.id, host: x.host_scores, board: x.board_scores })),
  };
}
