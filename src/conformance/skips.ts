// The explicit skip list: which vector classes a target does not run, and why. Printed by the
// conformance test; a pair must be either here or implemented by the target, never both, never
// neither (checked). A skip here is a design decision; a missing tool is not a skip of this kind.
import type { TargetName } from './target.ts';
import type { VectorClass } from './vectors.ts';

const ONE_IMAGE =
  'the firmware embeds one artifact and one batch in flash, so each case would need its own firmware build and QEMU run; ' +
  'the same C source is checked on the host (native target, C unit tests plain and under ASan/UBSan)';

export const SKIPS: Record<TargetName, Partial<Record<VectorClass, string>>> = {
  ts: {},
  native: {},
  board: {
    hashes:
      'the firmware has no vector mode; FNV-1a, fmix32 and feature_hash are exercised by the golden scores on the board ' +
      '(every score goes through them) and CRC-32 and SHA-256 by the board\'s digest of the golden artifact, checked there',
    tokenize: 'the firmware has no vector mode; the tokenizer is exercised by the golden scores on the board (every token of every item)',
    'load-errors': ONE_IMAGE,
    'batch-errors': ONE_IMAGE,
  },
};
