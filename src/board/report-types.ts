// The board proof's report types: what the firmware prints (c/board/firmware/main.c, fw_report.h) and
// the host's comparison of it (docs/board.md).

/** The firmware's own report, as printed on semihosting stdout (c/board/firmware/main.c). */
export interface BoardRawReport {
  engram_board_report: number;
  target: string;
  artifact: {
    bytes: number;
    crc32: string;
    sha256: string;
    load_error: number;
    load_instret: number;
    crc32_instret: number;
    sha256_instret: number;
  };
  batch: { bytes: number; open_error: number; items: number; open_instret: number };
  items: { i: number; scores: number[]; prediction: number; answer: number; error: number; instret: number }[];
  fold: string;
  memory: BoardMemory;
}

/** The memory fields every board firmware reports (c/board/firmware/fw_report.h out_memory_fields). */
export interface BoardMemory {
  static_ram_bytes: number;
  stack_high_water_bytes: number;
  ram_region_bytes: number;
  flash_firmware_bytes: number;
  flash_artifact_bytes: number;
  flash_batch_bytes: number;
  scratch_bytes: number;
}

export interface BoardSummary {
  n: number;
  host_full_match: boolean;
  mismatches: number;
  /** Board predictions against the items' answers; null when no item has an answer. */
  accuracy: number | null;
  accuracy_n: number;
  accuracy_ci95: [number, number] | null;
  instret_median: number;
  instret_p95: number;
  instret_min: number;
  instret_max: number;
  instret_mean: number;
  /** Static RAM (.data + .bss, incl. the scratch) + measured stack high-water mark. */
  ram_bytes: number;
  static_ram_bytes: number;
  stack_high_water_bytes: number;
  /** Flash of the product image: code + read-only data + artifact + .data load image (no batch). */
  flash_bytes: number;
  artifact_bytes: number;
  batch_bytes: number;
  load_instret: number;
  sha256_instret: number;
  artifact_sha256: string;
  artifact_crc32: string;
  sha256_match: boolean;
  crc32_match: boolean;
  fold_board: string;
  fold_host: string;
  fold_match: boolean;
  estimates: {
    note: string;
    latency_us_median: number;
    latency_us_p95: number;
    energy_uj_median: number;
    energy_uj_p95: number;
    load_latency_ms: number;
  };
}

export interface BoardItemRow {
  i: number;
  id: string;
  answer: number | null;
  host_scores: number[];
  board_scores: number[];
  host_prediction: number;
  board_prediction: number;
  match: boolean;
  instret: number;
}

export interface BoardReport {
  engram_board_report: 1;
  summary: BoardSummary;
  artifact_path: string;
  data_path: string;
  qemu: string[];
  board: Omit<BoardRawReport, 'items'>;
  items: BoardItemRow[];
}
