// Test helper for data-backed IFEval tests: where the benchmark data is (the shared rule of
// src/io/data-dir.ts) and the reason shown when a test cannot run without it. Never copies data.
export { dataPath } from '../../io/data-dir.ts';

export const SKIP_REASON = 'IFEval data not found: set ENGRAM_DATA_DIR (e.g. ../shared/data)';
