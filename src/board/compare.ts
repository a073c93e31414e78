// Host vs board for the multiple-choice skill: every item's integer scores and prediction from the
// board's report against the TypeScript runtime's, the score fold, and the summary figures.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { crc32 } from '../artifact/crc32.ts';
import type { McqItem } from '../skills/mcq/item.ts';
import { loadArtifact } from '../runtime/index.ts';
import { wilson } from '../eval/stats.ts';
import { estimate } from './estimates.ts';
import type { BoardItemRow, BoardRawReport, BoardSummary } from './report-types.ts';

/** Nearest-rank percentile (p in (0, 100]) of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[Math.min(rank, s.length) - 1];
}

/** FNV-1a over the little-endian bytes of every score, item by item (docs/board.md). */
export function scoreFold(scoresPerItem: readonly (readonly number[])[]): string {
  let h = 0x811c9dc5;
  for (const scores of scoresPerItem) {
    for (const s of scores) {
      const v = s >>> 0;
      for (let k = 0; k < 4; k++) h = Math.imul(h ^ ((v >>> (8 * k)) & 0xff), 0x01000193) >>> 0;
    }
  }
  return h.toString(16).padStart(8, '0');
}

/** Compares the board's report with the host runtime item by item and summarizes. */
export function compareWithHost(raw: BoardRawReport, artifactBytes: Uint8Array, items: readonly McqItem[]): { summary: BoardSummary; rows: BoardItemRow[] } {
  const art = loadArtifact(artifactBytes);
  if (raw.artifact.load_error !== 0) throw new Error(`the board could not load the artifact: error ${raw.artifact.load_error}`);
  if (raw.batch.open_error !== 0) throw new Error(`the board could not read the probe batch: error ${raw.batch.open_error}`);
  if (raw.items.length !== items.length) throw new Error(`the board scored ${raw.items.length} items, expected ${items.length}`);
  const rows: BoardItemRow[] = [];
  const hostScores: number[][] = [];
  let correct = 0;
  let answered = 0;
  items.forEach((item, i) => {
    const host = art.score(item);
    const b = raw.items[i];
    hostScores.push(host.scores);
    const match =
      b.i === i && b.error === 0 && b.prediction === host.prediction &&
      b.scores.length === host.scores.length && b.scores.every((v, k) => v === host.scores[k]);
    if (item.answer !== undefined) {
      answered++;
      if (b.prediction === item.answer) correct++;
    }
    rows.push({
      i,
      id: item.id ?? String(i),
      answer: item.answer ?? null,
      host_scores: host.scores,
      board_scores: b.scores,
      host_prediction: host.prediction,
      board_prediction: b.prediction,
      match,
      instret: b.instret,
    });
  });
  const instret = rows.map((r) => r.instret);
  const med = percentile(instret, 50);
  const p95 = percentile(instret, 95);
  const mismatches = rows.filter((r) => !r.match).length;
  const hostSha = bytesToHex(sha256(artifactBytes));
  const hostCrc = crc32(artifactBytes).toString(16).padStart(8, '0');
  const foldHost = scoreFold(hostScores);
  const m = raw.memory;
  const summary: BoardSummary = {
    n: rows.length,
    host_full_match: mismatches === 0 && raw.artifact.sha256 === hostSha && raw.fold === foldHost,
    mismatches,
    accuracy: answered > 0 ? correct / answered : null,
    accuracy_n: answered,
    accuracy_ci95: answered > 0 ? wilson(correct, answered) : null,
    instret_median: med,
    instret_p95: p95,
    instret_min: Math.min(...instret),
    instret_max: Math.max(...instret),
    instret_mean: Math.round(instret.reduce((a, b) => a + b, 0) / instret.length),
    ram_bytes: m.static_ram_bytes + m.stack_high_water_bytes,
    static_ram_bytes: m.static_ram_bytes,
    stack_high_water_bytes: m.stack_high_water_bytes,
    flash_bytes: m.flash_firmware_bytes,
    artifact_bytes: m.flash_artifact_bytes,
    batch_bytes: m.flash_batch_bytes,
    load_instret: raw.artifact.load_instret,
    sha256_instret: raw.artifact.sha256_instret,
    artifact_sha256: raw.artifact.sha256,
    artifact_crc32: raw.artifact.crc32,
    sha256_match: raw.artifact.sha256 === hostSha,
    crc32_match: raw.artifact.crc32 === hostCrc,
    fold_board: raw.fold,
    fold_host: foldHost,
    fold_match: raw.fold === foldHost,
    estimates: estimate(med, p95, raw.artifact.load_instret),
  };
  return { summary, rows };
}
