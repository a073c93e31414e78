// The text pipeline's limits (docs/format.md §2.1). The C runtime's `eg_limits.h` is generated
// from this table by scripts/gen-c-tables.ts, so the two cannot drift.

export const LIMITS = {
  MAX_OPTIONS: 8,
  MIN_OPTIONS: 2,
  MAX_CONTEXT_BYTES: 4096,
  MAX_QUESTION_BYTES: 1024,
  MAX_OPTION_BYTES: 1024,
  MAX_CONTEXT_TOKENS: 512,
  MAX_QUESTION_TOKENS: 128,
  MAX_OPTION_TOKENS: 128,
  TOKEN_TABLE_SLOTS: 2048,
  TOKEN_TABLE_MAX_ENTRIES: 1024,
  DENSE_COUNT: 1016,
  FORMAT_VERSION: 3,
} as const;
