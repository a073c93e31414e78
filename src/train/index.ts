// The trainer's public API (Node only): build artifacts from labelled items.
export { buildArtifact, floatAccuracy, sharedLexicon, DEFAULT_BUILD_OPTIONS, type BuildOptions, type BuildResult } from '../skills/mcq/train/build.ts';
export { DEFAULT_TRAIN_OPTIONS, type TrainOptions } from '../skills/mcq/train/softmax.ts';
