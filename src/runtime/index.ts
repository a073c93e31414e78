// Engram's public runtime API: load an artifact, score and explain items. Browser-safe; carries no
// training code. `import { loadArtifact } from 'engram'`.
export { loadArtifact, Artifact } from '../skills/mcq/runtime.ts';
export type { ScoreResult, Explanation, OptionExplanation, Contribution, SectionInfo } from '../skills/mcq/runtime.ts';
export type { McqItem } from '../skills/mcq/item.ts';
export { ArtifactError, type ArtifactErrorCode } from '../artifact/errors.ts';
// score/explain/scoreEncoded throw ItemError (with `code` and `field`) for a malformed item;
// checkItem is the same check, for callers that validate before scoring (docs/validation.md).
export { ItemError, checkItem, type ItemErrorCode } from '../skills/mcq/validate-item.ts';
