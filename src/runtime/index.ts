// Engram's public runtime API: load an artifact, score and explain items, parse commands. Browser-safe; carries no
// training code. `import { loadArtifact } from 'engram'`.
export { loadArtifact, Artifact } from '../skills/mcq/runtime.ts';
export type { ScoreResult, Explanation, OptionExplanation, Contribution, SectionInfo } from '../skills/mcq/runtime.ts';
export type { McqItem } from '../skills/mcq/item.ts';
export { ArtifactError, type ArtifactErrorCode } from '../artifact/errors.ts';
// score/explain/scoreEncoded throw ItemError (with `code` and `field`) for a malformed item;
// checkItem is the same check, for callers that validate before scoring (docs/validation.md).
export { ItemError, checkItem, type ItemErrorCode } from '../skills/mcq/validate-item.ts';

// The structured-commands skill: words -> intent, slots with normalized values, refusal.
// `new CommandsRuntime(loadCommandsArtifact(bytes)).parse("set the oven to 350 F")`.
export { CommandsRuntime, type Frame, type FrameSlot } from '../skills/commands/runtime.ts';
export { loadCommandsArtifact } from '../skills/commands/artifact.ts';
