// The multiple-choice trainer's command-line flags (`engram build`, `engram logiqa`) turned into
// BuildOptions over a base configuration.
import { ALL_NS_MASK, nsMaskFromNames } from './features.ts';
import { DEFAULT_BUILD_OPTIONS, type BuildOptions } from './train/build.ts';

export interface BuildFlags {
  features?: string;
  hashBits?: number;
  epochs?: number;
  lr?: number;
  l2?: number;
  l2Dense?: number;
  seed?: number;
}

export function buildOptionsFrom(flags: BuildFlags, base: BuildOptions = DEFAULT_BUILD_OPTIONS): BuildOptions {
  return {
    hashBits: flags.hashBits ?? base.hashBits,
    epochs: flags.epochs ?? base.epochs,
    learningRate: flags.lr ?? base.learningRate,
    l2Hashed: flags.l2 ?? base.l2Hashed,
    l2Dense: flags.l2Dense ?? base.l2Dense,
    seed: flags.seed ?? base.seed,
    logic: base.logic,
    nsMask: flags.features ? nsMaskFromNames(flags.features.split(',').map((s) => s.trim()).filter(Boolean)) : (base.nsMask ?? ALL_NS_MASK),
  };
}
